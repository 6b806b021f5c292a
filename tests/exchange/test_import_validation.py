"""Record-level attacks on the import (issue 13): every record goes through the forms' domain
validation, records never change store, clocks are bounded and cannot be forged with this
machine's own device id. Each crafted file is refused WHOLE — through the service layer and through
``bygdeliv import FILE`` — with the record and field named in Norwegian, and the receiving
database is unchanged (file hash and a logical dump)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from bygdeliv_desktop import errors
from bygdeliv_desktop.app import main
from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.domain.assessment_models import Answer
from bygdeliv_desktop.domain.validation import orgnr_is_valid
from bygdeliv_desktop.exchange import clock as clocks
from bygdeliv_desktop.exchange.importer import import_file
from bygdeliv_desktop.exchange.writer import export_file
from bygdeliv_desktop.services import AppServices
from tests.exchange.conftest import database_digest, repack_file

HEADER = {"assessor_role": "consultant", "assessor_name": "Kari Konsulent",
          "assessed_on": dt.date(2025, 3, 1)}


def _other_orgnr(*taken: str) -> str:
    return next(str(n) for n in range(910_000_000, 920_000_000)
                if orgnr_is_valid(str(n)) and str(n) not in taken)


def logical_dump(path: Path) -> str:
    """Every row of every table (sync bookkeeping too), read without writing."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


@dataclass
class World:
    sender_dir: Path  # the machine the crafted files claim to come from
    receiver_dir: Path  # the data dir of the machine importing them
    good: Path  # the sender's unmodified export, already imported once by the receiver
    own: Path  # the receiver's own export (its store and the sender's)
    ids: dict

    @property
    def db_path(self) -> Path:
        return self.receiver_dir / "bygdeliv.sqlite3"


@pytest.fixture(scope="module")
def base_world(tmp_path_factory) -> World:
    """Sender: store S (activity, service, assessment with an answer, action from a criterion).
    Receiver: its own store L with an activity and an assessment, and S imported from the sender.
    Built once; each test works on copies of both data folders."""
    root = tmp_path_factory.mktemp("verden")
    sender = AppServices.for_database(open_database(root / "avsender" / "bygdeliv.sqlite3"))
    try:
        store = sender.stores.create({"name": "Testbutikken", "org_number": "974760673",
                                      "municipality_code": "3426"})
        ids = {"S": store.id}
        ids["S_activity"] = sender.activities.add(store.id, {
            "date": dt.date(2025, 5, 2), "kind_code": "quiz", "title": "Quiz",
            "participants": 20}).id
        sender.offerings.add(store.id, {"kind_code": "post", "partner": "Posten"})
        assessment = sender.assessments.create(store.id, HEADER)
        ids["S_assessment"] = assessment.id
        criterion = sender.assessments.view(assessment.id).catalogue.categories[0].criteria[0].id
        ids["criterion"] = criterion
        sender.assessments.save_answer(assessment.id, criterion, {"value": 1, "evidence": "Krok"})
        ids["S_action"] = sender.actions.from_criterion(assessment.id, criterion,
                                                        {"title": "Større kaffikrok"}).id
        photo = root / "kaffikrok.jpg"
        photo.write_bytes(b"\xff\xd8 not really a jpeg " * 40)
        sender.attachments.attach(assessment.id, criterion, photo)
        good = export_file(sender.database, root / "good.bygdeliv", [store.id]).path
    finally:
        sender.database.close()

    receiver = AppServices.for_database(open_database(root / "mottaker" / "bygdeliv.sqlite3"))
    try:
        local = receiver.stores.create({"name": "Mottakerbutikken",
                                        "org_number": _other_orgnr(store.org_number)})
        ids["L"], ids["L_orgnr"] = local.id, local.org_number
        ids["L_activity"] = receiver.activities.add(local.id, {
            "date": dt.date(2025, 6, 1), "kind_code": "quiz", "title": "Lokal quiz"}).id
        ids["L_assessment"] = receiver.assessments.create(local.id, HEADER).id
        import_file(receiver.database, good)
        own = export_file(receiver.database, root / "own.bygdeliv").path
        with receiver.database.reader() as session:
            ids["me"] = clocks.device_id(session, create=False)
    finally:
        receiver.database.close()
    return World(root / "avsender", root / "mottaker", good, own, ids)


@pytest.fixture
def world(base_world, tmp_path) -> World:
    """Fresh copies of both machines' data folders (databases closed, so a file copy is whole)."""
    sender, receiver = tmp_path / "avsender", tmp_path / "mottaker"
    shutil.copytree(base_world.sender_dir, sender, ignore=shutil.ignore_patterns("backups"))
    shutil.copytree(base_world.receiver_dir, receiver, ignore=shutil.ignore_patterns("backups"))
    return World(sender, receiver, base_world.good, base_world.own, dict(base_world.ids))


def _records(data: dict, table: str) -> list[dict]:
    return [item["record"] for item in data["tables"][table]]


def _item(data: dict, table: str, record_id: str) -> dict:
    return next(i for i in data["tables"][table] if i["record"]["id"] == record_id)


def craft(world: World, tmp_path: Path, edit, source: Path | None = None) -> Path:
    """A copy of ``source`` (the sender's file) with ``edit(data, ids)`` applied, a fresh export
    id (so it is not skipped as already imported) and record counts that match the edited data."""
    counts: dict[str, int] = {}

    def data_edit(data):
        edit(data, world.ids)
        counts.update({table: len(items) for table, items in data["tables"].items()})
        return data

    def manifest_edit(manifest):
        manifest["export_id"] = str(uuid.uuid4())
        if "record_counts" in manifest:
            manifest["record_counts"] = dict(counts)
        return manifest

    target = tmp_path / f"angrep-{uuid.uuid4().hex[:8]}.bygdeliv"
    return repack_file(source or world.good, target, data=data_edit, manifest=manifest_edit)


# --- the attacks ----------------------------------------------------------------------------

def _activity(data, ids):
    return next(r for r in _records(data, "activity") if r["id"] == ids["S_activity"])


def negative_participants(data, ids):
    _activity(data, ids)["participants"] = -5


def too_many_participants(data, ids):
    _activity(data, ids)["participants"] = 250_000


def end_before_start(data, ids):
    _activity(data, ids)["end_date"] = "2025-04-01"


def date_before_1900(data, ids):
    _activity(data, ids)["date"] = "1850-01-01"


def date_after_2100(data, ids):
    _activity(data, ids)["end_date"] = "2150-01-01"


def control_character_in_title(data, ids):
    _activity(data, ids)["title"] = "Quiz\x07\x1b[2J"


def bidi_override_in_store_name(data, ids):
    _records(data, "store")[0]["name"] = "Butikk \u202egnirolf"


def lone_surrogate(data, ids):
    _activity(data, ids)["title"] = "Quiz \ud800"


def invalid_org_number(data, ids):
    _records(data, "store")[0]["org_number"] = "123456789"


def unknown_activity_kind(data, ids):
    _activity(data, ids)["kind_code"] = "hacking"


def blank_required_title(data, ids):
    _activity(data, ids)["title"] = "   "


def null_in_required_field(data, ids):
    _activity(data, ids)["title"] = None


def string_for_int(data, ids):
    _activity(data, ids)["participants"] = "12"


def bool_for_int(data, ids):
    _activity(data, ids)["participants"] = True


def huge_number(data, ids):
    _activity(data, ids)["cost_nok"] = 10**40


def huge_version(data, ids):
    _activity(data, ids)["version"] = 2**40


def version_just_above_2_31(data, ids):
    _activity(data, ids)["version"] = 2**31


def negative_version(data, ids):
    _activity(data, ids)["version"] = -3


def bool_version(data, ids):
    _activity(data, ids)["version"] = True


def string_version(data, ids):
    _activity(data, ids)["version"] = "7"


def string_clock_entry(data, ids):
    _item(data, "activity", ids["S_activity"])["clock"] = {str(uuid.uuid4()): "7"}


def negative_clock(data, ids):
    _item(data, "activity", ids["S_activity"])["clock"] = {str(uuid.uuid4()): -1}


def huge_clock_entry(data, ids):
    _item(data, "activity", ids["S_activity"])["clock"] = {str(uuid.uuid4()): 2**40}


def bool_clock_entry(data, ids):
    _item(data, "activity", ids["S_activity"])["clock"] = {str(uuid.uuid4()): True}


def nil_device_in_clock(data, ids):
    _item(data, "activity", ids["S_activity"])["clock"] = {str(uuid.UUID(int=0)): 7}


def forged_own_clock_on_peer_record(data, ids):
    """The sender claims this machine already saw its edit: it would overwrite silently."""
    item = _item(data, "activity", ids["S_activity"])
    item["record"]["title"] = "Overskrevet i det stille"
    item["record"]["version"] += 50
    item["clock"][ids["me"]] = 40


def forged_own_clock_on_new_record(data, ids):
    item = _item(data, "activity", ids["S_activity"])
    record = dict(item["record"], id=str(uuid.uuid4()), title="Ny, men 'fra deg'")
    data["tables"]["activity"].append({"record": record, "clock": {ids["me"]: 3}})


def forged_own_clock_on_own_record(data, ids):
    """(Built from the receiver's own export.) Its own activity, 'edited by itself' 99 times."""
    item = _item(data, "activity", ids["L_activity"])
    item["record"]["title"] = "Falsk lokal endring"
    item["record"]["version"] = 99
    item["clock"] = {ids["me"]: 99}


def store_id_with_other_org_number(data, ids):
    record = dict(_records(data, "store")[0], id=ids["L"], name="Mottakerbutikken",
                  org_number=_other_orgnr(ids["L_orgnr"], _records(data, "store")[0]["org_number"]))
    data["tables"]["store"].append({"record": record, "clock": {str(uuid.uuid4()): 1}})


def activity_moves_to_another_store(data, ids):
    item = _item(data, "activity", ids["S_activity"])
    item["record"]["store_id"] = ids["L"]
    item["record"]["version"] += 1
    item["clock"] = {k: v + 1 for k, v in item["clock"].items()}


def activity_moves_between_stores_in_the_file(data, ids):
    """(Built from the receiver's own export, which carries both stores.)"""
    _item(data, "activity", ids["L_activity"])["record"]["store_id"] = ids["S"]


def new_activity_in_store_not_in_file(data, ids):
    record = dict(_activity(data, ids), id=str(uuid.uuid4()), store_id=ids["L"],
                  title="Snike inn i en annen butikk")
    data["tables"]["activity"].append({"record": record, "clock": {str(uuid.uuid4()): 1}})


def answer_to_another_stores_assessment(data, ids):
    item = data["tables"]["answer"][0]
    assessment = ids["L_assessment"]
    record = dict(item["record"], assessment_id=assessment,
                  id=Answer.id_for(assessment, item["record"]["criterion_id"]))
    data["tables"]["answer"].append({"record": record, "clock": {str(uuid.uuid4()): 1}})


def action_linked_to_another_stores_assessment(data, ids):
    _item(data, "action_item", ids["S_action"])["record"]["assessment_id"] = ids["L_assessment"]


def draft_copied_from_another_stores_assessment(data, ids):
    _records(data, "assessment")[0]["copied_from_id"] = ids["L_assessment"]


def answer_id_not_derived(data, ids):
    item = data["tables"]["answer"][0]
    item["record"]["id"] = str(uuid.uuid4())


def answer_level_off_the_scale(data, ids):
    data["tables"]["answer"][0]["record"]["level"] = 99


def assessment_in_the_future(data, ids):
    next(r for r in _records(data, "assessment"))["assessed_on"] = \
        (dt.date.today() + dt.timedelta(days=400)).isoformat()


def duplicate_id_in_one_file(data, ids):
    item = _item(data, "activity", ids["S_activity"])
    data["tables"]["activity"].append({"record": dict(item["record"], title="Tvilling"),
                                       "clock": dict(item["clock"])})


def same_id_in_two_tables(data, ids):
    record = dict(_records(data, "service_offering")[0], id=ids["S_activity"])
    data["tables"]["service_offering"][0]["record"] = record


def attachment_for_unknown_criterion(data, ids):
    data["tables"]["attachment_file"][0]["record"]["criterion_id"] = "Z99"


def assessment_claims_another_catalogue_version(data, ids):
    _records(data, "assessment")[0]["catalog_version"] += 7


def activity_of_a_store_nobody_has(data, ids):
    _activity(data, ids)["store_id"] = str(uuid.uuid4())


def date_as_number(data, ids):
    _activity(data, ids)["date"] = 20250502


def title_too_long(data, ids):
    _activity(data, ids)["title"] = "Q" * 201


def unknown_target_group(data, ids):
    _activity(data, ids)["target_groups"] = "elderly,aliens"


def unknown_municipality(data, ids):
    _records(data, "store")[0]["municipality_code"] = "9999"


def unknown_service_kind(data, ids):
    _records(data, "service_offering")[0]["kind_code"] = "rakettoppskyting"


def unknown_action_status(data, ids):
    _item(data, "action_item", ids["S_action"])["record"]["status"] = "hemmelig"


INVALID, IDENTITY, FORGED = (errors.ExchangeInvalidRecord, errors.ExchangeIdentityConflict,
                             errors.ExchangeForgedClock)
MALFORMED = errors.ExchangeMalformed
OUTSIDE = errors.ExchangeMissingParent

# (attack, expected error type, words the Norwegian message must contain, source file)
CASES = [
    (negative_participants, INVALID, ["aktivitet «Quiz»", "deltakere"], "good"),
    (too_many_participants, INVALID, ["aktivitet «Quiz»", "deltakere", "99999"], "good"),
    (end_before_start, INVALID, ["aktivitet «Quiz»", "sluttdato"], "good"),
    (date_before_1900, INVALID, ["aktivitet «Quiz»", "dato", "1900"], "good"),
    (date_after_2100, INVALID, ["aktivitet «Quiz»", "sluttdato", "2100"], "good"),
    (control_character_in_title, INVALID, ["aktivitet", "tittel", "tegn"], "good"),
    (bidi_override_in_store_name, INVALID, ["butikk", "navn", "tegn"], "good"),
    (lone_surrogate, INVALID, ["aktivitet", "tittel", "tegn"], "good"),
    (invalid_org_number, INVALID, ["butikk «Testbutikken»", "organisasjonsnummer"], "good"),
    (unknown_activity_kind, INVALID, ["aktivitet «Quiz»", "type", "hacking"], "good"),
    (blank_required_title, INVALID, ["aktivitet", "tittel", "fylles ut"], "good"),
    (null_in_required_field, INVALID, ["aktivitet", "tittel", "tom"], "good"),
    (string_for_int, INVALID, ["aktivitet «Quiz»", "deltakere", "helt tall"], "good"),
    (bool_for_int, INVALID, ["aktivitet «Quiz»", "deltakere", "helt tall"], "good"),
    (huge_number, INVALID, ["aktivitet «Quiz»", "kostnad", "helt tall"], "good"),
    (huge_version, INVALID, ["aktivitet «Quiz»", "versjon"], "good"),
    (version_just_above_2_31, INVALID, ["aktivitet «Quiz»", "versjon", "2147483647"], "good"),
    (negative_version, INVALID, ["aktivitet «Quiz»", "versjon", "fra 1"], "good"),
    (bool_version, INVALID, ["aktivitet «Quiz»", "versjon", "helt tall"], "good"),
    (string_version, INVALID, ["aktivitet «Quiz»", "versjon", "helt tall"], "good"),
    (negative_clock, MALFORMED, [], "good"),
    (string_clock_entry, MALFORMED, [], "good"),
    (huge_clock_entry, INVALID, ["aktivitet «Quiz»", "versjonsvektor", "2147483647"], "good"),
    (bool_clock_entry, MALFORMED, [], "good"),
    (nil_device_in_clock, INVALID, ["aktivitet «Quiz»", "versjonsvektor"], "good"),
    (forged_own_clock_on_peer_record, FORGED, ["aktivitet", "denne maskinen"], "good"),
    (forged_own_clock_on_new_record, FORGED, ["aktivitet", "denne maskinen"], "good"),
    (forged_own_clock_on_own_record, FORGED, ["aktivitet «Falsk lokal endring»",
                                              "denne maskinen"], "own"),
    (store_id_with_other_org_number, IDENTITY, ["identitetskonflikt", "organisasjonsnummer"],
     "good"),
    # A record hanging under a store the file does not carry is refused by the package check
    # before the merge looks at identities: same outcome (nothing written), plainer reason.
    (activity_moves_to_another_store, OUTSIDE, ["aktivitet «Quiz»", "butikk",
                                                "ikke er med i filen"], "good"),
    (activity_moves_between_stores_in_the_file, IDENTITY,
     ["identitetskonflikt", "aktivitet «Lokal quiz»", "flytter", "butikk"], "own"),
    (new_activity_in_store_not_in_file, OUTSIDE, ["aktivitet", "butikk", "ikke er med i filen"],
     "good"),
    (answer_to_another_stores_assessment, OUTSIDE, ["svar", "egenvurdering", "ikke er med i filen"],
     "good"),
    (action_linked_to_another_stores_assessment, OUTSIDE,
     ["tiltak «Større kaffikrok»", "egenvurdering", "ikke er med i filen"], "good"),
    (draft_copied_from_another_stores_assessment, IDENTITY,
     ["identitetskonflikt", "egenvurdering «Kari Konsulent»", "annen butikk"], "good"),
    (answer_id_not_derived, IDENTITY, ["identitetskonflikt", "svar"], "good"),
    (answer_level_off_the_scale, INVALID, ["svar", "nivå"], "good"),
    (assessment_in_the_future, INVALID, ["egenvurdering", "vurderingsdato"], "good"),
    (duplicate_id_in_one_file, MALFORMED, [], "good"),
    (same_id_in_two_tables, IDENTITY, ["identitetskonflikt", "tjeneste"], "good"),
    (attachment_for_unknown_criterion, INVALID, ["vedlegg «kaffikrok.jpg»", "kriterium", "Z99"],
     "good"),
    (assessment_claims_another_catalogue_version, INVALID,
     ["egenvurdering «Kari Konsulent»", "katalogversjon"], "good"),
    (activity_of_a_store_nobody_has, errors.ExchangeMissingParent,
     ["aktivitet «Quiz»", "viser til butikk"], "good"),
    (date_as_number, INVALID, ["aktivitet «Quiz»", "dato", "ÅÅÅÅ-MM-DD"], "good"),
    (title_too_long, INVALID, ["aktivitet «QQQ", "tittel", "høyst 200 tegn"], "good"),
    (unknown_target_group, INVALID, ["aktivitet «Quiz»", "målgrupper", "aliens"], "good"),
    (unknown_municipality, INVALID, ["butikk «Testbutikken»", "kommune", "9999"], "good"),
    (unknown_service_kind, INVALID, ["tjeneste", "rakettoppskyting"], "good"),
    (unknown_action_status, INVALID, ["tiltak «Større kaffikrok»", "status", "hemmelig"], "good"),
]
IDS = [case[0].__name__ for case in CASES]


def _snapshot(world: World) -> tuple[str, str]:
    return database_digest(world.db_path), logical_dump(world.db_path)


def _check_message(text: str, words: list[str]) -> None:
    for word in words:
        assert word.casefold() in text.casefold(), (word, text)


@pytest.mark.parametrize(("attack", "expected", "words", "source"), CASES, ids=IDS)
def test_refused_by_the_service_layer(world, tmp_path, attack, expected, words, source):
    path = craft(world, tmp_path, attack, getattr(world, source))
    before = _snapshot(world)
    database = open_database(world.db_path)
    try:
        with pytest.raises(expected) as caught:
            import_file(database, path)
    finally:
        database.close()
    assert isinstance(caught.value, errors.ExchangeRefused)
    _check_message(caught.value.detail, words)
    assert _snapshot(world) == before


@pytest.mark.parametrize(("attack", "expected", "words", "source"), CASES, ids=IDS)
def test_refused_by_the_command_line(world, tmp_path, capsys, attack, expected, words, source):
    path = craft(world, tmp_path, attack, getattr(world, source))
    before = _snapshot(world)
    code = main(["import", str(path), "--yes", "--data-dir", str(world.receiver_dir)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Avvist" in err
    _check_message(err, words)
    assert _snapshot(world) == before


def test_the_unmodified_crafted_copy_imports(world, tmp_path):
    """The crafting itself (fresh export id, counts) is not what gets files refused."""
    path = craft(world, tmp_path, lambda data, ids: None)
    database = open_database(world.db_path)
    try:
        assert import_file(database, path).applied
    finally:
        database.close()


def test_a_legitimate_edit_from_the_sender_still_merges(world, tmp_path):
    """The checks do not stop normal exchange: the sender edits, the receiver takes it."""
    sender = AppServices.for_database(open_database(world.sender_dir / "bygdeliv.sqlite3"))
    try:
        sender.activities.update(world.ids["S_activity"], {"participants": 35})
        path = export_file(sender.database, tmp_path / "again.bygdeliv", [world.ids["S"]]).path
    finally:
        sender.database.close()
    database = open_database(world.db_path)
    try:
        import_file(database, path)
    finally:
        database.close()
    receiver = AppServices.for_database(open_database(world.db_path))
    try:
        assert receiver.activities.get(world.ids["S_activity"]).participants == 35
    finally:
        receiver.database.close()


def test_a_store_may_gain_an_org_number_it_did_not_have(services, other, tmp_path):
    """Only a *different* identity is a conflict: filling in a missing org number is an edit."""
    store = services.stores.create({"name": "Uten nummer"})
    import_file(other.database, export_file(services.database, tmp_path / "a.bygdeliv").path)
    services.stores.update(store.id, {"org_number": "974760673"})
    import_file(other.database, export_file(services.database, tmp_path / "b.bygdeliv").path)
    assert other.stores.get(store.id).org_number == "974760673"
