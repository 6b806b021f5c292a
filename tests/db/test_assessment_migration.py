"""Migration 0003 creates the assessment tables and is known to the app."""

from __future__ import annotations

import sqlite3

from bygdeliv_desktop.db import migrate


def test_revision_list_matches_the_scripts():
    assert list(migrate.KNOWN_REVISIONS) == migrate.script_revisions()


def test_new_database_has_the_assessment_tables(services, db_path):
    with sqlite3.connect(db_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"catalog_snapshot", "assessment", "answer", "attachment_file", "action_item"} <= tables
