"""Checks of a parsed exchange file against its own manifest: what the manifest says must be what
data.json holds, and every record must belong to a store the file names.

The preview and the signature are judged from the manifest and the store records; a record that
hangs under a store the file does not list (an activity slipped into somebody else's store) would
otherwise be imported without the preview or the signature ever naming that store.
"""

from __future__ import annotations

from bygdeliv_desktop.domain.models import Store
from bygdeliv_desktop.errors import ExchangeMalformed, ExchangeMissingParent
from bygdeliv_desktop.exchange import record_text
from bygdeliv_desktop.exchange.codec import parent_links, registry
from bygdeliv_desktop.exchange.package_format import DATA, MANIFEST, Manifest

STORE = Store.__table__.name


def _lie(what: str, detail: str) -> ExchangeMalformed:
    return ExchangeMalformed(f"{MANIFEST} stemmer ikke med data.json: {what} {detail}"[:300],
                             member=MANIFEST,
                             reason=f"manifest_{what}")


def _check_counts(manifest: Manifest, tables: dict) -> None:
    actual = {table: len(records) for table, records in tables.items()}
    if manifest.record_counts != actual:
        odd = sorted(set(manifest.record_counts) ^ set(actual)) or sorted(
            t for t in actual if manifest.record_counts[t] != actual[t])
        table = odd[0]
        raise _lie("record_counts", f"{table}: manifestet sier {manifest.record_counts.get(table)}, "
                                    f"data.json har {actual.get(table)}")


def _owners(tables: dict) -> dict[str, dict[str, str]]:
    """table -> record id -> the store it belongs to, following links inside the file only.

    Every link must point at a record in the file, of the same store; tables with no link to a
    store (the shared criteria catalogues) belong to no store."""
    models = registry()
    owners: dict[str, dict[str, str]] = {}
    for table, model in models.items():  # parents before children
        records = tables.get(table, [])
        if table == STORE:
            owners[table] = {r.values["id"]: r.values["id"] for r in records}
            continue
        links = parent_links(model)
        if not links:
            continue
        mine: dict[str, str] = {}
        for record in records:
            owner = None
            for link in sorted(links, key=lambda lk: (lk.nullable, lk.parent_table != STORE)):
                parent = record.values[link.column]
                if parent is None:
                    continue
                parent_owner = owners.get(link.parent_table, {}).get(parent)
                where = (f"{record_text.record(table, record.values)}: "
                         f"{record_text.field(link.column)} viser til "
                         f"{record_text.kind(link.parent_table)} {str(parent)[:40]}")
                if parent_owner is None:
                    raise ExchangeMissingParent(
                        f"{where}, som ikke er med i filen; en post må høre til en butikk "
                        f"som filen selv inneholder"[:400], table=table,
                        parent_table=link.parent_table, parent_id=parent, reason="outside_file")
                if owner is not None and parent_owner != owner:
                    raise ExchangeMalformed(f"identitetskonflikt: {where}, i en annen butikk"[:400],
                                            member=DATA, reason="cross_store")
                owner = owner or parent_owner
            mine[record.values["id"]] = owner
        owners[table] = mine
    return owners


def check_against_manifest(manifest: Manifest, tables: dict) -> tuple[str, ...]:
    """Refuse a file whose manifest does not tell the truth about data.json; return the stores
    every record belongs to (sorted), which then equal the manifest's and data.json's stores."""
    owners = _owners(tables)  # first: a record whose parent is missing says the most
    _check_counts(manifest, tables)
    listed = manifest.store_ids
    in_data = sorted(r.values["id"] for r in tables.get(STORE, []))
    if len(set(listed)) != len(listed) or sorted(listed) != in_data:
        extra = sorted(set(in_data) ^ set(listed))
        raise _lie("stores", f"manifestet sier {len(listed)} butikker, data.json har {len(in_data)}"
                             + (f" ({extra[0]})" if extra else ""))
    touched = {owner for ids in owners.values() for owner in ids.values()}
    return tuple(sorted(touched | set(in_data)))


def store_org_numbers(tables: dict) -> list[str]:
    """The organisation number of every store in the file ("" where none is recorded)."""
    return [r.values["org_number"] for r in tables.get(STORE, [])]
