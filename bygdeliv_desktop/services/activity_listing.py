"""The activity list as the page shows it: filtered and sorted in SQLite, read a block at a time.

A store with 100 000 activities must open, sort and filter in well under 100 ms (issue 8,
benchmarks/activities_list.py). Reading every row into Python costs more than that on its own, so a
listing asks SQLite for the row ids only, in order, through indexes made for it (migration 0006),
and fetches the rows themselves when the view scrolls to them.

Text columns sort in Norwegian order (æ, ø, å after z; case ignored) through an index on the same
key expression ``domain.text.norwegian_key_sql`` builds, so a sort walks an index instead of sorting.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.models import Activity
from bygdeliv_desktop.domain.text import norwegian_key_sql, sort_key

# Columns of one list row, in order; the list model indexes rows by these positions.
ROW_COLUMNS = ("id", "date", "end_date", "kind_code", "title", "participants", "target_groups",
               "partners")
# A tuple (fast to build and index) that still reads as row.title where speed does not matter.
ActivityRow = namedtuple("ActivityRow", ROW_COLUMNS)
SORT_FIELDS = ("date", "kind", "title", "participants", "target_groups", "partners")
BLOCK_ROWS = 256
CACHED_BLOCKS = 64  # 16 384 rows kept; a block is read again after that


def glob_pattern(text: str) -> str:
    """A GLOB pattern matching ``text`` anywhere, case-insensitively (Ø as ø, É as é...).

    LIKE would be case-insensitive for ASCII letters only; GLOB with a class per letter runs in
    SQLite's C code for every letter. GLOB's own wildcards in the text are matched literally.
    """
    parts = []
    for char in text:
        lower, upper = char.lower(), char.upper()
        if len(lower) == len(upper) == 1 and lower != upper:
            parts.append(f"[{lower}{upper}]")
        elif char in "*?[":
            parts.append(f"[{char}]")
        else:
            parts.append(char)
    return f"*{''.join(parts)}*"


@dataclass(frozen=True)
class ActivityQuery:
    """Which of a store's live activities the list shows, and in what order."""

    store_id: str
    year: int | None = None
    kind_code: str | None = None
    text: str = ""
    sort: str = "date"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort not in SORT_FIELDS:
            raise ValueError(f"unknown sort field {self.sort!r}")


class ActivityListing(Sequence):
    """A read-only sequence of ``ActivityRow`` for one query; rows are read when asked for.

    It holds the matching row ids of the moment it was made (a snapshot of which rows and in what
    order; each row's values are read when its block is first needed). Make a new listing after
    a change.
    """

    def __init__(self, database: Database, query: ActivityQuery,
                 kind_labels: Mapping[str, str], group_labels: Mapping[str, str],
                 block_rows: int = BLOCK_ROWS) -> None:
        self._db = database
        self.query = query
        self._block_rows = block_rows
        self._blocks: dict[int, list] = {}
        self._rowids = _ordered_rowids(database, query, kind_labels, group_labels)

    def __len__(self) -> int:
        return len(self._rowids)

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        block, offset = divmod(position, self._block_rows)
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._read_block(block)
        return rows[offset]

    def rows_in_memory(self) -> int:
        """How many rows have been read and are kept (the ids of all of them always are)."""
        return sum(len(rows) for rows in self._blocks.values())

    def index_of(self, activity_id: str) -> int:
        """The position of an activity in this listing, or -1 when it is not in it."""
        with self._db.reader() as session:
            found = session.connection().connection.driver_connection.execute(
                f"SELECT rowid FROM {Activity.__tablename__} WHERE id = ?", (activity_id,)
            ).fetchone()
        if found is None:
            return -1
        try:
            return self._rowids.index(found[0])
        except ValueError:
            return -1

    def _read_block(self, block: int) -> list:
        wanted = self._rowids[block * self._block_rows:(block + 1) * self._block_rows]
        marks = ", ".join("?" * len(wanted))
        sql = (f"SELECT rowid, {', '.join(ROW_COLUMNS)} FROM {Activity.__tablename__}"
               f" WHERE rowid IN ({marks})")
        with self._db.reader() as session:
            raw = session.connection().connection.driver_connection.execute(sql, wanted).fetchall()
        to_date = date.fromisoformat
        by_rowid = {rowid: ActivityRow(id_, to_date(day), end and to_date(end), kind, title, people,
                                       groups, partners)
                    for rowid, id_, day, end, kind, title, people, groups, partners in raw}
        # A row gone since the listing was made (a restore under it) shows as blank, not a crash.
        gone = ActivityRow("", date.min, None, "", "", None, "", "")
        rows = [by_rowid.get(rowid, gone) for rowid in wanted]
        if len(self._blocks) >= CACHED_BLOCKS:
            self._blocks.pop(next(iter(self._blocks)))
        self._blocks[block] = rows
        return rows


# Each order walks its own index (migration 0006); ties go by date, the same direction.
_ORDER_SQL = {
    "date": "date",
    "participants": "participants",
    "title": norwegian_key_sql("title"),
    "partners": norwegian_key_sql("partners"),
    # Code columns: walked in code order here, then put in the order of their labels in Python
    # (a handful of distinct values, so a dict lookup per row).
    "kind": "kind_code",
    "target_groups": "target_groups",
}
_BY_LABEL = ("kind", "target_groups")
_KEYED = ("title", "partners")


def _selection(query: ActivityQuery) -> tuple[list[str], dict[str, object]]:
    """The WHERE terms for the query's store, year and kind (what the indexes can answer)."""
    conditions = ["store_id = :store", "deleted_at IS NULL"]
    params: dict[str, object] = {"store": query.store_id}
    if query.year is not None:
        conditions.append("date BETWEEN :first AND :last")
        params.update(first=date(query.year, 1, 1).isoformat(),
                      last=date(query.year, 12, 31).isoformat())
    if query.kind_code:
        conditions.append("kind_code = :kind")
        params["kind"] = query.kind_code
    return conditions, params


def _text_condition(text: str, kind_labels: Mapping[str, str], params: dict) -> str:
    """Rows whose title or partners contain ``text``, or whose kind's label does."""
    params["pattern"] = glob_pattern(text)
    matches = ["title GLOB :pattern", "partners GLOB :pattern"]
    folded = text.casefold()
    kinds = sorted(code for code, label in kind_labels.items() if folded in label.casefold())
    for number, code in enumerate(kinds):
        params[f"kind_{number}"] = code
    if kinds:
        matches.append(f"kind_code IN ({', '.join(f':kind_{n}' for n in range(len(kinds)))})")
    return f"({' OR '.join(matches)})"


def listing_sql(query: ActivityQuery, kind_labels: Mapping[str, str]) -> tuple[str, dict]:
    """The query for the listing's row ids in order: ``rowid`` alone, or ``rowid`` and the code
    for the code columns (kind, target groups), which are then put in label order in Python."""
    table = Activity.__tablename__
    conditions, params = _selection(query)
    needle = query.text.strip()
    if needle:
        # The text is in no index, so one pass over the table finds the matching rows. Sorting
        # them on a plain column is cheap; sorting on a Norwegian key would compute the key for
        # every match, so then the outer query walks the key's index and keeps the matches.
        text = _text_condition(needle, kind_labels, params)
        if query.sort in _KEYED:
            inner = " AND ".join(conditions + [text])
            conditions = conditions + [f"rowid IN (SELECT rowid FROM {table} NOT INDEXED"
                                       f" WHERE {inner})"]
        else:
            table += " NOT INDEXED"
            conditions = conditions + [text]
    key = _ORDER_SQL[query.sort]
    where = " AND ".join(conditions)
    direction = "DESC" if query.descending else "ASC"
    if query.sort in _BY_LABEL:
        return (f"SELECT rowid, {key} FROM {table} WHERE {where}"
                f" ORDER BY {key} {direction}, date {direction}", params)
    # By date, ties follow the index (kind, then row): naming date twice, or any column outside
    # the index, would make SQLite sort again.
    tie = "kind_code" if key == "date" else "date"
    return (f"SELECT rowid FROM {table} WHERE {where}"
            f" ORDER BY {key} {direction}, {tie} {direction}", params)


def _ordered_rowids(database: Database, query: ActivityQuery, kind_labels: Mapping[str, str],
                    group_labels: Mapping[str, str]) -> list[int]:
    sql, params = listing_sql(query, kind_labels)
    with database.reader() as session:
        rows = session.connection().connection.driver_connection.execute(sql, params).fetchall()
    if query.sort not in _BY_LABEL:
        return [rowid for (rowid,) in rows]
    labels = kind_labels if query.sort == "kind" else group_labels
    rank = _label_ranks({value for _rowid, value in rows}, labels)
    # Stable, also reversed: rows with the same value keep SQLite's date order.
    rows.sort(key=lambda row: rank[row[1]], reverse=query.descending)
    return [rowid for rowid, _value in rows]


def _label_ranks(values: set[str], labels: Mapping[str, str]) -> dict[str, int]:
    """Each stored value (a code, or codes joined by commas) ranked by the text the list shows."""
    def shown(value: str) -> str:
        return ", ".join(labels.get(code, code) for code in value.split(",") if code)

    ordered = sorted(values, key=lambda value: (sort_key(shown(value)), value))
    return {value: number for number, value in enumerate(ordered)}


def count_live(database: Database, query: ActivityQuery) -> int:
    """How many activities the query's year and kind select, before its text filter."""
    conditions, params = _selection(query)
    sql = f"SELECT count(*) FROM {Activity.__tablename__} WHERE {' AND '.join(conditions)}"
    with database.reader() as session:
        return session.connection().connection.driver_connection.execute(sql, params).fetchone()[0]
