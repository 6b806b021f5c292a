"""Issue 13, county part: what fills a store's row in the county overview must be what the county
trusts; untrusted files are listed apart; refused files cost one quiet line each."""

from __future__ import annotations

import datetime as dt
import io
from contextlib import redirect_stdout

import pytest

from bygdeliv_desktop.app import main
from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.exchange.signing import CmsManifestVerifier
from bygdeliv_desktop.services.county_import import import_folder
from bygdeliv_desktop.services.county_table import build_table
from bygdeliv_desktop.signing.ca import CountyCA
from tests.exchange.conftest import database_digest
from tests.signing import attack_helpers as attack
from tests.signing.conftest import CA_PASSPHRASE, PASSPHRASE, PROFILE

GENUINE_PERIOD = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
LATER_PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 11, 30))


@pytest.fixture(scope="session")
def twin_ca(session_dir):
    ca = CountyCA(session_dir / "twin-ca-county")
    ca.init("Innlandet fylkeskommune", CA_PASSPHRASE)
    return ca


@pytest.fixture
def county(tmp_path):
    database = open_database(tmp_path / "fylke" / "fylke.sqlite3")
    yield database
    database.close()


@pytest.fixture
def store_a(services):
    store = services.stores.create({"name": "Butikk A", "org_number": "974760673",
                                    "municipality_code": "3435"})
    services.activities.add(store.id, {"date": dt.date(2025, 5, 1), "kind_code": "quiz",
                                       "title": "Quiz", "participants": 5,
                                       "target_groups": ["everyone"]})
    return store


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "innboks"
    folder.mkdir()
    return folder


def _summary(services, store, identity, period, change=None) -> bytes:
    return attack.sign_summary(attack.unsigned_summary(services, store.id, identity, change,
                                                       period), identity)


def _inflate(doc):
    doc["activities"]["total"] = 999


def test_trusted_summary_outranks_later_untrusted_ones(county, services, store_a, inbox,
                                                       county_identity, self_signed_identity,
                                                       county_ca, twin_ca):
    genuine = county_identity.load(PASSPHRASE)
    (inbox / "1-ekte.pdf").write_bytes(_summary(services, store_a, genuine, GENUINE_PERIOD))
    # Self-signed with the store's own name and number, later period, inflated numbers.
    forger = self_signed_identity.load(PASSPHRASE)
    (inbox / "2-selvsignert.pdf").write_bytes(
        _summary(services, store_a, forger, LATER_PERIOD, _inflate))
    # A look-alike CA with the county CA's very name.
    twin = attack.issue(twin_ca.certificate(), attack.ca_key(twin_ca, CA_PASSPHRASE), PROFILE)
    (inbox / "3-tvilling.pdf").write_bytes(_summary(services, store_a, twin, LATER_PERIOD, _inflate))

    report = import_folder(county, inbox, CmsManifestVerifier([county_ca.cert_file]))
    assert len(report.imported) == 3 and report.refused == []
    rows = build_table(county)
    trusted = [r for r in rows if r.signature == "trusted"]
    others = [r for r in rows if r.signature != "trusted"]
    assert len(trusted) == 1 and trusted[0].activities_12m == 1 and trusted[0].note == ""
    assert len(others) == 2
    assert all(r.note == "ikke bekreftet" and r.activities_12m == 999 for r in others)
    # Listed apart: never the same row as the trusted one.
    assert trusted[0].store_id not in {r.store_id for r in others}


def test_untrusted_alone_is_shown_marked(county, services, store_a, inbox, self_signed_identity,
                                         county_ca):
    forger = self_signed_identity.load(PASSPHRASE)
    (inbox / "s.pdf").write_bytes(_summary(services, store_a, forger, LATER_PERIOD))
    import_folder(county, inbox, CmsManifestVerifier([county_ca.cert_file]))
    [row] = build_table(county)
    assert row.signature == "valid" and row.note == "ikke bekreftet"


def test_two_trusted_summaries_for_one_period_are_both_kept_and_flagged(
        county, services, store_a, inbox, county_identity, county_ca):
    genuine = county_identity.load(PASSPHRASE)
    (inbox / "a.pdf").write_bytes(_summary(services, store_a, genuine, GENUINE_PERIOD))
    (inbox / "b.pdf").write_bytes(_summary(services, store_a, genuine, GENUINE_PERIOD, _inflate))
    (inbox / "eldre.pdf").write_bytes(
        _summary(services, store_a, genuine, (dt.date(2024, 1, 1), dt.date(2024, 12, 31))))
    import_folder(county, inbox, CmsManifestVerifier([county_ca.cert_file]))
    rows = build_table(county)
    assert sorted(r.activities_12m for r in rows) == [1, 999]  # the older period is not shown
    assert all(r.signature == "trusted" and "samme periode" in r.note for r in rows)


def test_trusted_summary_of_another_store_never_joins_a_store_row(
        county, services, store_a, inbox, county_identity, county_ca, tmp_path):
    """Store B's trusted summary claiming store A's id (data.json store.id) stays its own row."""
    from bygdeliv_desktop.exchange.writer import export_file

    export_file(services.database, inbox / "a.bygdeliv", [store_a.id])
    key = attack.ca_key(county_ca, CA_PASSPHRASE)
    store_b = attack.issue(county_ca.certificate(), key, attack.STORE_B)

    def claim_a(doc):
        doc["store"]["org_number"] = attack.STORE_B.org_number
        doc["store"]["name"] = "Butikk B"

    (inbox / "b.pdf").write_bytes(_summary(services, store_a, store_b, GENUINE_PERIOD, claim_a))
    import_folder(county, inbox, CmsManifestVerifier([county_ca.cert_file]))
    rows = {r.store: r for r in build_table(county)}
    assert rows["Butikk A"].source == "fil" and rows["Butikk A"].signature == "unsigned"
    assert rows["Butikk B"].source == "PDF" and rows["Butikk B"].signature == "trusted"


def test_county_import_is_quiet_and_gives_one_line_per_refused_file(
        county, services, store_a, inbox, county_identity, self_signed_identity, county_ca, capfd,
        tmp_path):
    genuine = county_identity.load(PASSPHRASE)
    good = _summary(services, store_a, genuine, GENUINE_PERIOD)
    (inbox / "ok.pdf").write_bytes(good)
    # Imported as "ikke bekreftet": pyHanko's failed path building used to log a traceback.
    (inbox / "selvsignert.pdf").write_bytes(
        _summary(services, store_a, self_signed_identity.load(PASSPHRASE), GENUINE_PERIOD))
    (inbox / "vendt.pdf").write_bytes(good[:3000] + bytes([good[3000] ^ 1]) + good[3001:])
    (inbox / "kort.pdf").write_bytes(good[: len(good) // 2])
    (inbox / "tull.pdf").write_bytes(b"%PDF-1.7\nikke en pdf")
    key = attack.ca_key(county_ca, CA_PASSPHRASE)
    store_b = attack.issue(county_ca.certificate(), key, attack.STORE_B)
    (inbox / "annen.pdf").write_bytes(_summary(services, store_a, store_b, GENUINE_PERIOD))
    capfd.readouterr()
    code = main(["county", "import", str(inbox), "--trust", str(county_ca.cert_file),
                 "--data-dir", str(tmp_path / "fylke-cli")])
    out, err = capfd.readouterr()
    assert code == 3
    lines = err.splitlines()
    assert len(lines) == 4, err
    assert "Traceback" not in err and "WARNING" not in err and "pyhanko" not in err.lower()
    assert {line.split(":")[0].strip() for line in lines} == \
        {"vendt.pdf", "kort.pdf", "tull.pdf", "annen.pdf"}
    assert any("annen.pdf" in line and "organisasjonsnummer" in line for line in lines)
    assert "Importert: 2" in out


def test_no_backup_when_every_file_is_refused_or_known(county, services, store_a, inbox,
                                                       county_identity, county_ca):
    (inbox / "tull.pdf").write_bytes(b"%PDF-1.7\nikke en pdf")
    (inbox / "tull.bygdeliv").write_bytes(b"not a zip")
    from bygdeliv_desktop.db.backups import backup_dir

    backups = backup_dir(county.path)
    before = database_digest(county.path)
    report = import_folder(county, inbox, CmsManifestVerifier([county_ca.cert_file]))
    assert len(report.refused) == 2 and report.backup is None
    assert not backups.exists() or not any(backups.iterdir())
    assert database_digest(county.path) == before
    genuine = county_identity.load(PASSPHRASE)
    (inbox / "ok.pdf").write_bytes(_summary(services, store_a, genuine, GENUINE_PERIOD))
    report = import_folder(county, inbox, CmsManifestVerifier([county_ca.cert_file]))
    assert report.imported == [inbox / "ok.pdf"] and report.backup is not None
    assert report.backup.exists()
    # Known files again: nothing is written, so no new backup.
    (inbox / "ok.pdf").touch()
    again = import_folder(county, inbox, CmsManifestVerifier([county_ca.cert_file]))
    assert again.skipped == [inbox / "ok.pdf"] and again.backup is None
