"""Choose what goes into an exchange file: which stores, and whether to sign it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)


class ExportDialog(QDialog):
    """A checkable list of the stores (the current one ticked) and a "sign" box."""

    def __init__(self, stores: list[tuple[str, str]], current_id: str | None, can_sign: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Eksporter utvekslingsfil"))
        intro = QLabel(self.tr("Velg butikkene som skal med i filen. Filen kan tas med på "
                               "minnepinne eller sendes som vedlegg, og leses inn med "
                               "«Importer utvekslingsfil…» på den andre maskinen."))
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Butikker:"))
        self.list = QListWidget()
        self.list.setObjectName("exportStores")
        self.list.setAccessibleName(self.tr("Butikker som skal eksporteres"))
        label.setBuddy(self.list)
        for store_id, name in stores:
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, store_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if store_id == current_id or len(stores) == 1
                               else Qt.Unchecked)
            self.list.addItem(item)
        all_button = QPushButton(self.tr("Velg &alle"))
        none_button = QPushButton(self.tr("Velg &ingen"))
        all_button.clicked.connect(lambda: self._check_all(Qt.Checked))
        none_button.clicked.connect(lambda: self._check_all(Qt.Unchecked))
        self.sign_box = QCheckBox(self.tr("&Signer filen med signeringsidentiteten min"))
        self.sign_box.setChecked(can_sign)
        self.sign_box.setEnabled(can_sign)
        if not can_sign:
            self.sign_box.setToolTip(self.tr("Lag en signeringsidentitet på siden Rapport for å "
                                             "signere filer."))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Eksporter…"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)

        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.sign_box)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(480, 420)
        self._update()

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def chosen_store_ids(self) -> list[str]:
        return [self.list.item(row).data(Qt.UserRole) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.Checked]

    def sign(self) -> bool:
        return self.sign_box.isChecked()

    def _update(self, *_args) -> None:
        count = len(self.chosen_store_ids())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(count > 0)
        self.note.setText(self.tr("%1 av %2 butikker valgt.").replace("%1", str(count))
                          .replace("%2", str(self.list.count())))
