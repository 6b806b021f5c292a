import csv
import datetime as dt

from bygdeliv_desktop.app import main
from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.services import AppServices


def _seed(data_dir):
    services = AppServices.for_database(open_database(data_dir / "bygdeliv.sqlite3"))
    store = services.stores.create({"name": "Nærbutikken Svatsum", "municipality_code": "3441",
                                    "org_number": "974760673"})
    services.activities.add(store.id, {"date": dt.date.today(), "kind_code": "quiz",
                                       "title": "Quiz"})
    services.database.close()
    return store.id


def test_export_import_and_county_from_the_command_line(tmp_path, capsys, monkeypatch):
    shop, laptop = tmp_path / "butikk", tmp_path / "konsulent"
    store_id = _seed(shop)
    out = tmp_path / "inn" / "svatsum.bygdeliv"
    assert main(["export", "--store", store_id, "--out", str(out), "--data-dir", str(shop)]) == 0
    assert out.exists()

    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert main(["import", str(out), "--data-dir", str(laptop)]) == 1
    printed = capsys.readouterr().out
    assert "Butikk: Nærbutikken Svatsum" in printed and "activity: 1 nye" in printed
    assert "Avbrutt" in printed

    assert main(["import", str(out), "--yes", "--data-dir", str(laptop)]) == 0
    assert main(["import", str(out), "--yes", "--data-dir", str(laptop)]) == 0
    assert "allerede importert" in capsys.readouterr().out

    assert main(["county", "import", str(out.parent), "--data-dir", str(laptop)]) == 0
    table = tmp_path / "tabell.csv"
    assert main(["county", "table", "--csv", str(table), "--data-dir", str(laptop)]) == 0
    with open(table, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][:2] == ["Nærbutikken Svatsum", "3441 Gausdal"]
    assert rows[1][rows[0].index("Aktiviteter siste 12 mnd")] == "1"


def test_refused_file_gives_a_reason_and_exit_code(tmp_path, capsys):
    bad = tmp_path / "x.bygdeliv"
    bad.write_bytes(b"nonsense")
    assert main(["import", str(bad), "--yes", "--data-dir", str(tmp_path / "d")]) == 2
    assert "exchange.not_zip" in capsys.readouterr().err


def test_demo_command_makes_the_demo_store_once(tmp_path, capsys):
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    first = capsys.readouterr().out.strip()
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == first  # the same store, not a second one
    services = AppServices.for_database(open_database(tmp_path / "bygdeliv.sqlite3"))
    try:
        [store] = services.stores.list_stores()
        assert store.id == first and store.name == "Nærbutikken Eksempelbygd"
        assert services.activities.list_rows(store.id)
    finally:
        services.database.close()


# -- issue 13 / 19: signing on export, --trust and hostile files on import ---------------------

import hashlib  # noqa: E402
import json  # noqa: E402
import zipfile  # noqa: E402

import pytest  # noqa: E402

from tests.exchange import pki  # noqa: E402
from tests.exchange.conftest import database_digest, repack_file  # noqa: E402

PASSPHRASE = "riktig-passord"


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    folder = tmp_path_factory.mktemp("county")
    ca = pki.make_ca()
    return {"root": ca.pem_file(folder / "ca.pem"),
            "store": pki.make_signer(folder / "store", ca),
            "other_org": pki.make_signer(folder / "other", ca, org_number="910000000"),
            "self_signed": pki.make_signer(folder / "self", None)}


def _shop_with_identity(tmp_path):
    from bygdeliv_desktop.signing.certs import SignerProfile
    from bygdeliv_desktop.signing.identity import SigningIdentity

    shop = tmp_path / "butikk"
    store_id = _seed(shop)
    identity = SigningIdentity.in_data_dir(shop)
    identity.create(SignerProfile("Kari", "Daglig leder", "Svatsum", "974760673"), PASSPHRASE)
    return shop, store_id, identity


def test_export_signs_with_the_apps_encrypted_key_asking_for_the_passphrase(
        tmp_path, capsys, monkeypatch):
    shop, store_id, identity = _shop_with_identity(tmp_path)
    args = ["export", "--store", store_id, "--sign-key", str(identity.key_file),
            "--sign-cert", str(identity.cert_file), "--data-dir", str(shop)]
    asked = []
    monkeypatch.delenv("BYGDELIV_PASSPHRASE", raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    out = tmp_path / "interaktiv.bygdeliv"
    assert main([*args, "--out", str(out)]) == 0
    assert asked and "signert" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        assert "manifest.json.p7s" in archive.namelist()

    monkeypatch.setattr("getpass.getpass", lambda prompt: pytest.fail("asked although env set"))
    monkeypatch.setenv("BYGDELIV_PASSPHRASE", PASSPHRASE)
    assert main([*args, "--out", str(tmp_path / "env.bygdeliv")]) == 0
    assert (tmp_path / "env.bygdeliv").exists()


def test_export_with_a_wrong_passphrase_says_so_and_writes_nothing(tmp_path, capsys,
                                                                   monkeypatch):
    shop, store_id, identity = _shop_with_identity(tmp_path)
    monkeypatch.setenv("BYGDELIV_PASSPHRASE", "feil-passord")
    out = tmp_path / "ut.bygdeliv"
    code = main(["export", "--store", store_id, "--out", str(out), "--sign-key",
                 str(identity.key_file), "--sign-cert", str(identity.cert_file),
                 "--data-dir", str(shop)])
    err = capsys.readouterr().err
    assert code == 1 and "Feil passord" in err and "Traceback" not in err
    assert not out.exists() and list(tmp_path.glob("*.partial")) == []


def _export(tmp_path, signer=None) -> tuple:
    shop = tmp_path / "butikk"
    store_id = _seed(shop)
    out = tmp_path / "svatsum.bygdeliv"
    args = ["export", "--store", store_id, "--out", str(out), "--data-dir", str(shop)]
    if signer is not None:
        args += ["--sign-key", str(signer.key_file), "--sign-cert", str(signer.cert_file)]
    assert main(args) == 0
    return out, store_id


def _receiver(tmp_path):
    laptop = tmp_path / "konsulent"
    services = AppServices.for_database(open_database(laptop / "bygdeliv.sqlite3"))
    services.stores.create({"name": "Mottakerbutikken"})
    services.database.close()
    return laptop, laptop / "bygdeliv.sqlite3"


def _import(path, laptop, *extra):
    return main(["import", str(path), "--yes", "--data-dir", str(laptop), *extra])


def test_import_with_trust_refuses_unsigned_stripped_and_untrusted_files(tmp_path, capsys,
                                                                         county):
    signed, _ = _export(tmp_path, county["store"])
    laptop, db = _receiver(tmp_path)
    trust = ["--trust", str(county["root"])]
    stripped = repack_file(signed, tmp_path / "stripped.bygdeliv", keep_hashes=True,
                           members=lambda c: {k: v for k, v in c.items()
                                              if k != "manifest.json.p7s"})
    capsys.readouterr()
    for path, reason in [(stripped, "ikke signert")]:
        before = database_digest(db)
        assert _import(path, laptop, *trust) == 2
        assert reason in capsys.readouterr().err
        assert database_digest(db) == before
    assert _import(signed, laptop, *trust) == 0  # the real one still goes in
    assert "gyldig og klarert" in capsys.readouterr().out


@pytest.mark.parametrize("who", ["self_signed", "other_org"])
def test_import_with_trust_refuses_other_signers(tmp_path, capsys, county, who):
    signed, _ = _export(tmp_path, county[who])
    laptop, db = _receiver(tmp_path)
    before = database_digest(db)
    capsys.readouterr()
    assert _import(signed, laptop, "--trust", str(county["root"])) == 2
    err = capsys.readouterr().err
    assert "exchange.bad_signature" in err
    assert ("910000000" in err) if who == "other_org" else ("klarert utsteder" in err)
    assert database_digest(db) == before


def test_signer_of_another_organisation_is_not_shown_as_trusted(tmp_path, capsys, county,
                                                                monkeypatch):
    signed, _ = _export(tmp_path, county["other_org"])
    laptop, db = _receiver(tmp_path)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    capsys.readouterr()
    assert main(["import", str(signed), "--trust", str(county["root"]), "--data-dir",
                 str(laptop)]) == 2
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    assert main(["import", str(signed), "--data-dir", str(laptop)]) == 1  # looked, said no
    out = capsys.readouterr().out
    assert "gyldig og klarert" not in out
    assert "Advarsel: sertifikatet tilhører org.nr. 910000000" in out and "974760673" in out


def _with_manifest(source, target, edit):
    return repack_file(source, target, manifest=edit)


def test_hostile_files_through_the_command_line(tmp_path, capsys):
    good, store_id = _export(tmp_path)
    laptop, db = _receiver(tmp_path)
    polyglot = tmp_path / "polyglot.bygdeliv"
    polyglot.write_bytes(b"%PDF-1.7\n%%EOF\n" + good.read_bytes())
    counts = _with_manifest(good, tmp_path / "counts.bygdeliv", lambda m: {
        **m, "record_counts": {**m["record_counts"], "activity": 0}})
    stores = _with_manifest(good, tmp_path / "stores.bygdeliv", lambda m: {**m, "stores": []})
    big = repack_file(good, tmp_path / "big.bygdeliv")
    raw = bytearray(big.read_bytes())
    entry = raw.index(b"PK\x01\x02")
    while raw[entry + 46:entry + 55] != b"data.json":
        entry = raw.index(b"PK\x01\x02", entry + 4)
    raw[entry + 24:entry + 28] = (100 * 1024 * 1024).to_bytes(4, "little")
    big.write_bytes(bytes(raw))
    cases = [(polyglot, "exchange.not_zip"), (counts, "record_counts"),
             (stores, "exchange.malformed"), (big, "grensen på 20 MB")]
    for path, expected in cases:
        before = database_digest(db)
        capsys.readouterr()
        assert _import(path, laptop) == 2, path.name
        assert expected in capsys.readouterr().err, path.name
        assert database_digest(db) == before, path.name
    assert _import(good, laptop) == 0
    assert hashlib.sha256(good.read_bytes()).hexdigest()  # the good file was never touched
    assert json.loads(zipfile.ZipFile(good).read("manifest.json"))["stores"] == [store_id]


def test_untrusted_signer_gives_no_library_log_on_the_terminal(tmp_path, county):
    """pyHanko logs its failed path building (a traceback) to stderr unless quietened."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    signed, _ = _export(tmp_path, county["self_signed"])
    laptop, db = _receiver(tmp_path)
    before = database_digest(db)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "bygdeliv_desktop", "import", str(signed),
                           "--data-dir", str(laptop)], input="n\n", capture_output=True,
                          text=True, cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 1 and "gyldig, men ikke klarert" in done.stdout
    assert "PathBuildingError" not in done.stderr and "Traceback" not in done.stderr
    assert database_digest(db) == before
