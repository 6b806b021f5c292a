"""Søk (Ctrl+F): one field that finds stores, services, actions and activities; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.services.search import ACTION, ACTIVITY, SERVICE, STORE, SearchHit, search

LIMIT = 50


class SearchDialog(QDialog):
    def __init__(self, database: Database, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.chosen: SearchHit | None = None
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Søk"))
        self.kinds = {STORE: self.tr("Butikk"), SERVICE: self.tr("Tjeneste"),
                      ACTION: self.tr("Tiltak"), ACTIVITY: self.tr("Aktivitet")}
        label = QLabel(self.tr("&Søk etter:"))
        self.field = QLineEdit(text)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Butikk, tjeneste, tiltak eller aktivitet"))
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Treff"))
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)  # search when the typing pauses, not on every key
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self._enter)
        self.results.itemActivated.connect(self._open)
        self.resize(560, 440)
        self.run()

    def run(self) -> None:
        self.timer.stop()
        hits = search(self.database, self.field.text(), limit=LIMIT)
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{self.kinds[hit.kind]}: {hit.title}"
                                   + (f" — {hit.detail}" if hit.detail else ""))
            item.setData(Qt.UserRole, hit)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        typed = len(self.field.text().strip()) >= 2
        if not typed:
            self.count.setText(self.tr("Skriv minst to tegn."))
        elif len(hits) >= LIMIT:
            self.count.setText(self.tr("Viser de første %1 treff. Skriv mer for å snevre inn.")
                               .replace("%1", str(LIMIT)))
        else:
            self.count.setText(self.tr("%1 treff").replace("%1", str(len(hits))))

    def _enter(self) -> None:
        if self.timer.isActive():
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Up/Down in the field move in the list: type, arrow, Enter.
        if self.field.hasFocus() and event.key() in (Qt.Key_Down, Qt.Key_Up):
            step = 1 if event.key() == Qt.Key_Down else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)

    def _open(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.UserRole)
        self.accept()
