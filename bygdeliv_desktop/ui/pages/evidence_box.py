"""Evidence files of one answer: list, add (copied and hashed by the service), open, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QGroupBox, QHBoxLayout, QListView, QPushButton, QVBoxLayout,
    QWidget,
)

from bygdeliv_desktop.errors import BygdelivError
from bygdeliv_desktop.services import AppServices
from bygdeliv_desktop.services.assessments import AttachmentView


def _size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} kB"


class EvidenceBox(QGroupBox):
    changed = Signal()
    error = Signal(object)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Vedlegg"))
        self.services = services
        self.assessment_id: str | None = None
        self.criterion_id: str | None = None
        self.items: tuple[AttachmentView, ...] = ()
        self.model = QStringListModel(self)
        self.list = QListView()
        self.list.setObjectName("attachments")
        self.list.setAccessibleName(self.tr("Vedlegg"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setMaximumHeight(70)
        self.add_button = QPushButton(self.tr("Legg &ved fil…"))
        self.open_button = QPushButton(self.tr("Å&pne vedlegg"))
        self.remove_button = QPushButton(self.tr("Fj&ern vedlegg"))
        self.add_button.clicked.connect(self.add_file)
        self.open_button.clicked.connect(self.open_file)
        self.remove_button.clicked.connect(self.remove_file)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def show_answer(self, assessment_id: str, criterion_id: str,
                    items: tuple[AttachmentView, ...], read_only: bool) -> None:
        self.assessment_id, self.criterion_id, self.items = assessment_id, criterion_id, items
        self.model.setStringList([f"{a.original_name} ({_size_text(a.size_bytes)})" for a in items])
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and bool(items))
        self.open_button.setEnabled(bool(items))
        if items:
            self.list.setCurrentIndex(self.model.index(0))

    def _chosen(self) -> AttachmentView | None:
        row = self.list.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    def add_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Legg ved dokumentasjon"))
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> None:
        try:
            self.services.attachments.attach(self.assessment_id, self.criterion_id, path)
        except BygdelivError as error:
            self.error.emit(error)
            return
        self.changed.emit()

    def open_file(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            path = self.services.attachments.path(chosen.id)
        except BygdelivError as error:
            self.error.emit(error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_file(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            self.services.attachments.remove(chosen.id)
        except BygdelivError as error:
            self.error.emit(error)
            return
        self.changed.emit()
