"""A record belongs to one store for ever: identity checks on an incoming file.

Refused as an identity conflict ("identitetskonflikt"), never applied:

- a record whose id is known here under another owner (an activity of store A arriving as store
  B's, an answer moving to another assessment);
- a store whose id is known here with another org number (another shop wearing its id);
- a record belonging to a store the file does not carry (the writer only ever exports the chosen
  stores' records, so only a crafted file injects records into a store it does not describe);
- a reference to a record of another store (an answer to another store's assessment, an action
  linked to another store's assessment, a draft "copied from" another store's assessment);
- an answer whose id is not the one derived from its assessment and criterion (the same answer has
  the same id on every machine; another id could only collide with it);
- one id used for records of two kinds in one file.

A record's store is found through its first non-nullable link to a synced parent, followed up to
the store (store → assessment → answer), the same rule the writer selects records by.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from sqlmodel import Session, col, select

from bygdeliv_desktop.domain.assessment_models import Answer, Assessment
from bygdeliv_desktop.domain.models import Store
from bygdeliv_desktop.errors import ExchangeIdentityConflict
from bygdeliv_desktop.exchange import clock as clocks
from bygdeliv_desktop.exchange import record_text
from bygdeliv_desktop.exchange.codec import ParentLink, parent_links, registry
from bygdeliv_desktop.exchange.package_format import DATA
from bygdeliv_desktop.exchange.reader import ExchangePackage, IncomingRecord

STORE = Store.__table__.name
# References that are not foreign keys but must stay within the store all the same.
SOFT_LINKS = {Assessment.__table__.name: [ParentLink("copied_from_id", Assessment.__table__.name,
                                                     True)]}


def _conflict(item: IncomingRecord, text: str) -> ExchangeIdentityConflict:
    detail = f"identitetskonflikt: {record_text.record(item.table, item.values)} {text}"
    return ExchangeIdentityConflict(detail[:600], member=DATA, reason="identity_conflict",
                                    table=item.table, record_id=item.values["id"])


@lru_cache(maxsize=None)
def owner_link(table: str) -> ParentLink | None:
    links = [link for link in parent_links(registry()[table]) if not link.nullable]
    if not links:
        return None
    return next((link for link in links if link.parent_table == STORE), links[0])


def _rows(session: Session, table: str, columns: list[str],
          ids: Iterable[str]) -> dict[str, tuple]:
    """``id -> (columns...)`` of the local rows among ``ids``."""
    model = registry()[table]
    ordered = sorted(set(ids))
    found: dict[str, tuple] = {}
    fields = [model.id] + [getattr(model, name) for name in columns]
    for start in range(0, len(ordered), clocks.CHUNK):
        query = select(*fields).where(col(model.id).in_(ordered[start:start + clocks.CHUNK]))
        found.update({row[0]: tuple(row[1:]) for row in session.exec(query)})
    return found


class _Owners:
    """Which store a record belongs to: the file's version of it first, else this database's."""

    def __init__(self, session: Session, package: ExchangePackage) -> None:
        self._session = session
        self._incoming = {table: {r.values["id"]: r.values for r in records}
                          for table, records in package.tables.items()}
        self._cache: dict[tuple[str, str], str | None] = {}

    def store_of(self, table: str, record_id: str) -> str | None:
        key = (table, record_id)
        if key not in self._cache:
            self._cache[key] = self._find(table, record_id)
        return self._cache[key]

    def _find(self, table: str, record_id: str) -> str | None:
        if table == STORE:
            return record_id
        link = owner_link(table)
        if link is None:
            return None
        values = self._incoming.get(table, {}).get(record_id)
        if values is not None:
            parent = values[link.column]
        else:
            row = _rows(self._session, table, [link.column], [record_id]).get(record_id)
            if row is None:
                return None
            parent = row[0]
        return self.store_of(link.parent_table, parent) if parent else None


@lru_cache(maxsize=None)
def _links(table: str) -> list[ParentLink]:
    return parent_links(registry()[table]) + SOFT_LINKS.get(table, [])


def _same_id_in_two_kinds(package: ExchangePackage) -> None:
    seen: dict[str, str] = {}
    for table, records in package.tables.items():
        for item in records:
            other = seen.setdefault(item.values["id"], table)
            if other != table:
                raise _conflict(item, f"har samme id som en post av typen "
                                      f"«{record_text.kind(other)}» i filen")


def _answer_ids(package: ExchangePackage) -> None:
    for item in package.tables.get(Answer.__table__.name, []):
        values = item.values
        if values["id"] != Answer.id_for(values["assessment_id"], values["criterion_id"]):
            raise _conflict(item, "har en id som ikke hører til egenvurderingen og kriteriet "
                                  "den gjelder (den kunne overta et annet svar)")


def check_local(item: IncomingRecord, local: object) -> None:
    """A record known here keeps its owner; a store known here keeps its org number. Called by the
    merge with the local row it has loaded anyway."""
    values = item.values
    if item.table == STORE:
        here, there = local.org_number, values["org_number"]
        if here and there and here != there:
            raise _conflict(item, f"har organisasjonsnummer {there} i filen, men butikken med "
                                  f"samme id har {here} her")
        return
    link = owner_link(item.table)
    if link is not None and getattr(local, link.column) != values[link.column]:
        parent = record_text.kind(link.parent_table)
        raise _conflict(item, f"hører til {parent} {getattr(local, link.column)} her, men filen "
                              f"flytter den til {parent} {values[link.column]}; en post kan aldri "
                              "flytte til en annen butikk")


def _within_one_store(session: Session, package: ExchangePackage) -> None:
    owners = _Owners(session, package)
    stores_in_file = {r.values["id"] for r in package.tables.get(STORE, [])}
    for table, records in package.tables.items():
        if table == STORE:
            continue
        links = _links(table)
        for item in records:
            store = owners.store_of(table, item.values["id"])
            if store is not None and store not in stores_in_file:
                raise _conflict(item, f"hører til butikk {store}, som ikke er med i filen. "
                                      "En fil kan bare endre butikkene den selv inneholder")
            for link in links:
                parent = item.values[link.column]
                if parent is None:
                    continue
                theirs = owners.store_of(link.parent_table, parent)
                if theirs is not None and store is not None and theirs != store:
                    raise _conflict(item, f"viser til {record_text.kind(link.parent_table)} "
                                          f"{parent} i en annen butikk ({theirs}). "
                                          "Poster kan bare vise til poster i sin egen butikk")


def check_identity(session: Session, package: ExchangePackage) -> None:
    """Raise ExchangeIdentityConflict on the first record that points across stores (the records
    known here are compared with their local rows by ``check_local``, during the merge)."""
    _same_id_in_two_kinds(package)
    _answer_ids(package)
    _within_one_store(session, package)
