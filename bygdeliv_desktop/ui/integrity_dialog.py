"""Shown when the start-up ``quick_check`` fails: offer the newest good backup, or quit.

Nothing is repaired or deleted here. Restoring keeps the damaged file as a backup first
(see db/restore.py), so a person with tools can still look at it later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from bygdeliv_desktop.db import backups
from bygdeliv_desktop.db.restore import RestoreResult, restore_backup
from bygdeliv_desktop.errors import BygdelivError

Restore = Callable[[Path, Path], RestoreResult]


class IntegrityDialog(QDialog):
    """Accepted = the backup was restored and the app may open the database; rejected = quit."""

    def __init__(self, database: Path, problems: list[str], parent: QWidget | None = None,
                 restore: Restore = restore_backup) -> None:
        super().__init__(parent)
        self.database = database
        self.candidate = backups.newest_good(database)
        self.result_of_restore: RestoreResult | None = None
        self.error: BygdelivError | None = None
        self._restore = restore
        self.setWindowTitle(self.tr("Databasen er skadet"))
        text = self.tr(
            "Kontrollen ved oppstart fant feil i databasen\n%1\n\n"
            "Ingenting er endret eller slettet.").replace("%1", str(database))
        if self.candidate is not None:
            when = self.candidate.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
            text += "\n\n" + self.tr(
                "Den nyeste hele sikkerhetskopien er fra %1. Gjenoppretter du den, mister du "
                "endringer gjort etter det. Den skadede filen blir tatt vare på som "
                "sikkerhetskopi.").replace("%1", when)
        else:
            text += "\n\n" + self.tr(
                "Det finnes ingen hel sikkerhetskopi i %1. Kontakt brukerstøtte før du gjør "
                "noe med filen.").replace("%1", str(backups.backup_dir(database)))
        message = QLabel(text)
        message.setWordWrap(True)
        self.details = QLabel("\n".join(problems[:5]))
        self.details.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Gjenopprett sikkerhetskopien"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.candidate is not None)
        self.quit_button = buttons.addButton(self.tr("Avslutt"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_candidate)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (message, self.details, buttons):
            layout.addWidget(widget)

    def restore_candidate(self) -> None:
        """Restore the offered backup; on failure say why and stay open (nothing changed)."""
        if self.candidate is None:
            return
        try:
            self.result_of_restore = self._restore(self.database, self.candidate.folder)
        except BygdelivError as error:
            self.error = error
            QMessageBox.warning(self, self.tr("Kunne ikke gjenopprette"),
                                self.tr("Sikkerhetskopien ble ikke brukt (%1). Databasen er "
                                        "uendret.").replace("%1", error.code))
            return
        self.accept()


def ask_to_restore(database: Path, problems: list[str], parent: QWidget | None = None) -> bool:
    """Show the dialog modally; True when a backup was restored and start-up may go on."""
    return IntegrityDialog(database, problems, parent).exec() == QDialog.DialogCode.Accepted
