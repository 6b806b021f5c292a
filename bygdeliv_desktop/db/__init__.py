"""Database access: opening, checking and migrating the SQLite file. No Qt here."""

from bygdeliv_desktop.db.database import Database, open_database

__all__ = ["Database", "open_database"]
