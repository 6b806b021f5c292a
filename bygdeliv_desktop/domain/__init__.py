"""Domain layer: tables, validation and catalogues. No Qt here."""
