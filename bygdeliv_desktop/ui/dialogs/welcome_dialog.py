"""First start: a short welcome instead of an empty window — make the store, or read the file
the consultant brought."""

from __future__ import annotations

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

CREATE, IMPORT, LATER = "create", "import", "later"


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Velkommen til Bygdeliv Desktop"))
        self.choice = LATER
        heading = QLabel(self.tr("Velkommen!"))
        heading.setObjectName("pageHeading")
        text = QLabel(self.tr(
            "Her fører butikken tjenester og møteplassaktiviteter, gjør egenvurdering mot "
            "kriteriene for bygdelivsbutikker og lager et signert sammendrag til fylket. "
            "Alt ligger på denne maskinen; ingenting sendes over nettet.\n\n"
            "Hvordan vil du begynne?"))
        text.setWordWrap(True)
        self.create_button = QCommandLinkButton(
            self.tr("&Opprett butikken"),
            self.tr("Skriv inn navnet nå og fyll ut profilen etterpå."))
        self.import_button = QCommandLinkButton(
            self.tr("&Importer fil fra konsulenten"),
            self.tr("Les inn en utvekslingsfil (.bygdeliv) fra minnepinne eller e-post."))
        later = QPushButton(self.tr("&Senere"))
        self.create_button.clicked.connect(lambda: self._choose(CREATE))
        self.import_button.clicked.connect(lambda: self._choose(IMPORT))
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.create_button)
        layout.addWidget(self.import_button)
        layout.addWidget(later)
        self.create_button.setDefault(True)
        self.setMinimumWidth(520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
