"""The questionnaire: answer one assessment criterion by criterion, saved as you go.

Keyboard: Alt+0/1/2 and Alt+I choose the answer, Ctrl+PgDown / Ctrl+PgUp move to the next /
previous criterion (across categories), Tab walks the fields of the current criterion.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton,
    QRadioButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.criteria import NOT_APPLICABLE
from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.assessments import AssessmentView
from bygdeliv_desktop.ui import assessment_text as words
from bygdeliv_desktop.ui.pages.criteria_tree import CRITERION_ROLE, CriteriaTree
from bygdeliv_desktop.ui.pages.evidence_box import EvidenceBox

_NA_ID = -1  # button id of "ikke aktuelt" in the button group (levels use their own number)


class Questionnaire(QWidget):
    """Shows one assessment; ``changed`` after each autosave, ``back`` to return to the list."""

    changed = Signal()
    back = Signal()
    error = Signal(object)  # a BygdelivError the page should show
    action_requested = Signal(str, str)  # assessment id, criterion id
    finalise_requested = Signal(str)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view: AssessmentView | None = None
        self.criterion_id: str | None = None
        self._suggestions: dict = {}
        self._texts_dirty = False
        self._loading = False

        self.header = QLabel()
        self.header.setObjectName("pageHeading")
        self.header.setWordWrap(True)
        self.locked = QLabel(self.tr("Låst: denne egenvurderingen er endelig og kan bare "
                                     "leses. Bruk «Kopier til nytt utkast» for å følge opp."))
        self.locked.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(220)  # room for "Besvart 26 av 26" on one line
        self.back_button = QPushButton(self.tr("Tilbake til &listen"))
        self.back_button.clicked.connect(self._go_back)
        self.finalise_button = QPushButton(self.tr("Lå&s vurderingen…"))
        self.finalise_button.clicked.connect(self._request_finalise)

        self.tree = CriteriaTree()
        self.model = self.tree.items
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        self.result = QLabel()
        self.result.setObjectName("resultText")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.result.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 3)
        result_box = QGroupBox(self.tr("Resultat"))
        result_layout = QVBoxLayout(result_box)
        result_scroll = QScrollArea()
        result_scroll.setWidgetResizable(True)
        result_scroll.setFrameShape(QScrollArea.NoFrame)
        result_scroll.setWidget(self.result)
        result_layout.addWidget(result_scroll)
        left_layout.addWidget(result_box, 2)

        self.detail = self._build_detail()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        # The criterion scrolls; the buttons under it stay in view at any window height.
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(self.step_buttons)
        split = QSplitter(Qt.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([450, 550])

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.progress)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.finalise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.locked)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))

    # -- building ----------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        detail = QWidget()
        self.title = QLabel()
        self.title.setObjectName("criterionTitle")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)

        self.answer_box = QGroupBox(self.tr("Vurdering"))
        self.answer_group = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        answer_layout = QVBoxLayout(self.answer_box)
        for level in (0, 1, 2, _NA_ID):
            radio = QRadioButton()
            self.answer_group.addButton(radio, level)
            answer_layout.addWidget(radio)
            self.radios[level] = radio
        self.answer_group.idClicked.connect(self._on_answer_clicked)

        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("evidence")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        texts = []
        for edit, caption in ((self.evidence, self.tr("&Dokumentasjon")),
                              (self.comment, self.tr("&Kommentar"))):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(80)
            edit.textChanged.connect(self._on_text_changed)
            edit.installEventFilter(self)
            label = QLabel(caption)
            label.setBuddy(edit)
            edit.setAccessibleName(caption.replace("&", ""))
            texts += [label, edit]

        self.files = EvidenceBox(self.services, self)
        self.files.error.connect(self.error)
        self.files.changed.connect(self._after_files_changed)

        self.previous_button = QPushButton(self.tr("F&orrige"))
        self.previous_button.setToolTip(self.tr("Forrige kriterium (Ctrl+PgUp)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("&Neste"))
        self.next_button.setToolTip(self.tr("Neste kriterium (Ctrl+PgDown)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.action_button = QPushButton(self.tr("Lag &tiltak…"))
        self.action_button.setToolTip(self.tr("Lag et tiltak i tiltaksplanen for dette kriteriet"))
        self.action_button.clicked.connect(self._request_action)
        self.step_buttons = buttons = QHBoxLayout()
        buttons.addWidget(self.action_button)
        buttons.addStretch(1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(detail)
        for widget in (self.title, self.description, self.guidance, self.suggestion,
                       self.answer_box, *texts, self.files):
            layout.addWidget(widget)
        layout.addStretch(1)
        return detail

    def radios_first(self) -> QRadioButton:
        return self.radios[0]

    # -- loading -----------------------------------------------------------------------------
    def open(self, assessment_id: str, criterion_id: str | None = None) -> None:
        """Show an assessment, at ``criterion_id`` or its first criterion."""
        self.view = self.services.assessments.view(assessment_id)
        catalogue = self.view.catalogue
        self._suggestions = self.services.evidence.suggestions(self.view.summary.store_id,
                                                               catalogue)
        self.tree.fill(catalogue)
        final = self.view.summary.is_final
        self.locked.setVisible(final)
        self.finalise_button.setVisible(not final)
        self._update_overview()
        self.criterion_id = None
        self.select(criterion_id or catalogue.criteria()[0].id)

    def reload(self) -> None:
        if self.view is not None:
            self.view = self.services.assessments.view(self.view.summary.id)
            self._update_overview()

    def _update_overview(self) -> None:
        view = self.view
        s, result, catalogue = view.summary, view.result, view.catalogue
        self.header.setText(
            self.tr("Egenvurdering %1 · %2: %3 · %4").replace("%1", words.date_text(s.assessed_on))
            .replace("%2", words.role_label(s.assessor_role)).replace("%3", s.assessor_name)
            .replace("%4", self.tr("Låst") if s.is_final else self.tr("Utkast")))
        self.progress.setRange(0, result.overall.total)
        self.progress.setValue(result.overall.answered)
        self.progress.setFormat(words.progress_text(result.overall))
        self.progress.setAccessibleName(words.progress_text(result.overall))
        self.tree.show_answers(view)
        lines = [words.progress_text(result.overall),
                 self.tr("Totalt: %1").replace("%1", words.totals_text(result.overall)), ""]
        lines += [f"{words.category_title(catalogue, t.category_id)}: {words.totals_text(t)}"
                  for t in result.categories]
        lines += ["", words.readiness_text(result.readiness, catalogue)]
        self.result.setText("\n".join(lines))

    def select(self, criterion_id: str) -> None:
        self.tree.select(criterion_id)

    def _on_current_changed(self, current, _previous) -> None:
        criterion_id = current.data(CRITERION_ROLE)
        if criterion_id is None or self.view is None or criterion_id == self.criterion_id:
            return
        self.flush()
        self.criterion_id = criterion_id
        self._show_criterion()

    def _show_criterion(self) -> None:
        view, cid = self.view, self.criterion_id
        catalogue = view.catalogue
        criterion = catalogue.criterion(cid)
        scale = catalogue.scale_of(criterion)
        answer = view.answer(cid)
        final = view.summary.is_final
        self._loading = True
        try:
            mandatory = self.tr(" (Obligatorisk)") if criterion.mandatory else ""
            category = catalogue.category_of(cid)
            self.title.setText(f"{cid} {criterion.title.get()}{mandatory}")
            self.title.setAccessibleName(self.title.text())
            self.answer_box.setTitle(self.tr("Vurdering av %1 (%2)").replace("%1", cid)
                                     .replace("%2", category.title.get()))
            self.description.setText(criterion.description.get())
            self.guidance.setText(self.tr("Hva som teller som dokumentasjon: %1")
                                  .replace("%1", criterion.evidence.get()))
            self.suggestion.setText(self._suggestion_text(cid))
            self.suggestion.setVisible(bool(self.suggestion.text()))
            self.answer_group.setExclusive(False)
            for level, radio in self.radios.items():
                allowed = level in scale.levels or (level == _NA_ID and scale.not_applicable)
                radio.setVisible(allowed)
                if allowed:
                    text = scale.label(NOT_APPLICABLE if level == _NA_ID else level)
                    radio.setText("&" + text if level == _NA_ID else f"&{level} – {text}")
                wanted = NOT_APPLICABLE if level == _NA_ID else level
                radio.setChecked(answer.value == wanted)
                radio.setEnabled(not final)
            self.answer_group.setExclusive(True)
            self.evidence.setPlainText(answer.evidence)
            self.comment.setPlainText(answer.comment)
            for edit in (self.evidence, self.comment):
                edit.setReadOnly(final)
            self.files.show_answer(view.summary.id, cid, answer.attachments, final)
        finally:
            self._loading = False
        self._texts_dirty = False
        self._update_buttons()

    def _suggestion_text(self, criterion_id: str) -> str:
        hint = self._suggestions.get(criterion_id)
        if hint is None:
            return ""
        if hint.source == "active_services":
            if hint.items:
                names = ", ".join(catalogs.service_kinds().label(code) for code in hint.items)
                text = self.tr("Fra registreringene: %1 aktive tjenester som teller her (%2).")
                text = text.replace("%2", names)
            else:
                text = self.tr("Fra registreringene: ingen aktive tjenester som teller her.")
        else:
            text = self.tr("Fra registreringene: %1 aktiviteter registrert siste 12 måneder.")
        text = text.replace("%1", str(hint.count))
        if hint.target is not None:
            text += " " + self.tr("Kriteriet regnes som oppfylt ved %1.").replace(
                "%1", str(hint.target))
        return text

    def _update_buttons(self) -> None:
        value = self.view.answer(self.criterion_id).value
        can_plan = words.is_not_met(self.view.catalogue, self.criterion_id, value)
        self.action_button.setEnabled(can_plan)
        self.action_button.setToolTip(
            self.tr("Lag et tiltak i tiltaksplanen for dette kriteriet") if can_plan else
            self.tr("Tiltak kan lages når kriteriet er vurdert som ikke eller delvis oppfylt."))

    # -- saving ------------------------------------------------------------------------------
    def _on_answer_clicked(self, button_id: int) -> None:
        if self._loading or self.view is None or self.view.summary.is_final:
            return
        value = NOT_APPLICABLE if button_id == _NA_ID else button_id
        self._save({"value": value})

    def _on_text_changed(self) -> None:
        if not self._loading:
            self._texts_dirty = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.FocusOut and watched in (self.evidence, self.comment):
            self.flush()
        return super().eventFilter(watched, event)

    def has_unsaved_texts(self) -> bool:
        return self._texts_dirty

    def flush(self) -> bool:
        """Save the texts of the current criterion if they were edited; False if refused."""
        if not self._texts_dirty or self.view is None or self.criterion_id is None:
            return True
        return self._save({"evidence": self.evidence.toPlainText(),
                           "comment": self.comment.toPlainText()})

    def discard(self) -> None:
        self._texts_dirty = False

    def _save(self, values: dict) -> bool:
        try:
            self.services.assessments.save_answer(self.view.summary.id, self.criterion_id, values)
        except BygdelivError as error:
            self.error.emit(error)
            return False
        if "evidence" in values:
            self._texts_dirty = False
        self._after_save()
        return True

    def _after_save(self) -> None:
        self.reload()
        self._update_buttons()
        self.changed.emit()

    def _after_files_changed(self) -> None:
        self._after_save()
        answer = self.view.answer(self.criterion_id)
        self.files.show_answer(self.view.summary.id, self.criterion_id, answer.attachments,
                               self.view.summary.is_final)

    # -- navigation --------------------------------------------------------------------------
    def step(self, step: int) -> None:
        """Move to the next (1) or previous (-1) criterion, across categories."""
        ids = [c.id for c in self.view.catalogue.criteria()]
        index = ids.index(self.criterion_id) + step
        if 0 <= index < len(ids):
            self.select(ids[index])
        checked = self.answer_group.checkedButton()
        (checked if checked is not None and checked.isEnabled() else
         self.radios[0] if self.radios[0].isEnabled() else self.tree).setFocus(Qt.OtherFocusReason)

    def _go_back(self) -> None:
        if self.flush():
            self.back.emit()

    def _request_action(self) -> None:
        if self.flush():
            self.action_requested.emit(self.view.summary.id, self.criterion_id)

    def _request_finalise(self) -> None:
        if self.flush():
            self.finalise_requested.emit(self.view.summary.id)
