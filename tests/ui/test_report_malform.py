"""The summary's default Målform follows the store's municipality (Lesja, Vågå … write nynorsk)."""

from __future__ import annotations

from .signing_flow import show_page


def test_a_store_in_a_nynorsk_municipality_gets_a_nynorsk_summary_by_default(windows):
    window = windows.open()
    lesja = window.services.stores.create({"name": "Lesja Landhandel", "municipality_code": "3432"})
    hamar = window.services.stores.create({"name": "Hamarbutikken", "municipality_code": "3403"})
    page = window.report
    window.reload_stores(lesja.id)
    show_page(window, page)
    page.refresh()
    assert page.report_language.currentData() == "nn"
    window.reload_stores(hamar.id)
    page.refresh()
    assert page.report_language.currentData() == "nb"  # the app is in bokmål, so is Hamar


def test_the_stores_own_choice_still_wins(windows):
    window = windows.open()
    lesja = window.services.stores.create({"name": "Lesja Landhandel", "municipality_code": "3432"})
    page = window.report
    window.reload_stores(lesja.id)
    show_page(window, page)
    page.refresh()
    page.report_language.setCurrentIndex(page.report_language.findData("nb"))
    page.report_language.activated.emit(page.report_language.currentIndex())
    page.refresh()
    assert page.report_language.currentData() == "nb"
