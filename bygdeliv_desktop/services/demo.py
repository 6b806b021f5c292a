"""A fictional demo store with a year of services and activities, so a newcomer sees a living app.

"Nærbutikken Eksempelbygd" is invented; it is not one of the pilot stores.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from bygdeliv_desktop.domain.models import Store
from bygdeliv_desktop.services import AppServices

DEMO_STORE_NAME = "Nærbutikken Eksempelbygd"
DEMO_ORGNR = "974760673"  # a valid MOD11 number used in examples; not the store's own

_SERVICES = [
    ("post", "Posten Bring", 2019, "I åpningstiden"),
    ("pharmacy", "Apotek 1 Tynset", 2021, "I åpningstiden"),
    ("cash", "SpareBank 1", 2018, "Kassen"),
    ("coffee_corner", "", 2022, "Hele åpningstiden"),
    ("library", "Tolga folkebibliotek", 2024, "Tirsdag og torsdag"),
    ("defibrillator", "Tolga kommune", 2023, "Døgnet rundt, ved inngangen"),
    ("transport_elderly", "Frivilligsentralen", 2025, "Torsdager kl. 11"),
]
_WEEKLY = ("coffee_meetup", "Kaffeprat torsdag", ("elderly", "everyone"), "Frivilligsentralen")
_EVENTS = [
    ("quiz", "Quiz i kaffekroken", ("everyone",), "Idrettslaget"),
    ("market", "Lokalmatdag med gardsprodukter", ("everyone", "cabin_owners"), "Bondelaget"),
    ("village_evening", "Bygdekveld på butikken", ("everyone",), "Grendelaget"),
    ("bygdeliv_meeting", "Arbeidsmøte i bygdelivsgruppa", ("everyone",), "Tolga kommune"),
    ("youth", "Ungdomskveld med pizza", ("children_youth",), "Skolen"),
    ("holiday", "Juletrefest", ("children_youth", "everyone"), "Grendelaget"),
    ("course", "Kurs i bruk av mobilbank", ("elderly",), "SpareBank 1"),
    ("dugnad", "Vårdugnad rundt butikken", ("everyone",), "Velforeningen"),
]


def create_demo_store(services: AppServices, today: date | None = None, seed: int = 7) -> Store:
    """Create the demo store with the year up to ``today``; returns it. Deterministic for a seed.

    One transaction: on a disk that fills up halfway, no half-made demo store is left behind.
    """
    with services.database.batch():
        return _create(services, today or date.today(), seed)


def _create(services: AppServices, today: date, seed: int) -> Store:
    rng = random.Random(seed)
    store = services.stores.create({
        "name": DEMO_STORE_NAME,
        "org_number": DEMO_ORGNR,
        "municipality_code": "3426",
        "chain": "Nærbutikken",
        "address": "Bygdevegen 1",
        "postal_code": "2540",
        "postal_place": "Eksempelbygd",
        "contact_person": "Kari Kjøpmann",
        "phone": "+47 900 00 000",
        "email": "post@eksempelbygd.example",
        "opening_hours": "Man–fre 9–20, lør 9–18, søn 12–18 (selvbetjening 7–23)",
        "centrality_class": 6,
        "merkur_participant": True,
        "merkur_since": date(2015, 3, 1),
        "notes": "Demobutikk: oppdiktede data for å vise hvordan appen brukes.",
    })
    for kind, partner, year, hours in _SERVICES:
        services.offerings.add(store.id, {"kind_code": kind, "partner": partner,
                                          "started_on": date(year, 1, 1), "hours": hours})
    services.offerings.add(store.id, {"kind_code": "other", "other_text": "Utleie av tilhenger",
                                      "started_on": date(2020, 5, 1),
                                      "ended_on": date(2024, 12, 31)})
    day = today - timedelta(days=364)
    day += timedelta(days=(3 - day.weekday()) % 7)  # first Thursday
    while day <= today:
        kind, title, groups, partner = _WEEKLY
        services.activities.add(store.id, {
            "date": day, "kind_code": kind, "title": title, "participants": rng.randint(4, 14),
            "target_groups": list(groups), "partners": partner})
        if rng.random() < 0.25:
            kind, title, groups, partner = rng.choice(_EVENTS)
            event_day = day + timedelta(days=2)
            if event_day <= today:
                services.activities.add(store.id, {
                    "date": event_day, "kind_code": kind, "title": title,
                    "participants": rng.randint(15, 80), "target_groups": list(groups),
                    "partners": partner, "cost_nok": rng.choice([0, 500, 1500, 3000]),
                    "funding": rng.choice(["Eigeninnsats", "Kommunen", "Bygdeliv-tilskudd"])})
        day += timedelta(days=7)
    _add_assessment_and_actions(services, store, today)
    return store


def _add_assessment_and_actions(services: AppServices, store: Store, today: date) -> None:
    """A finalised baseline with a few criteria partly met, actions for them, and a follow-up
    draft."""
    baseline = services.assessments.create(store.id, {
        "assessed_on": today - timedelta(days=60), "assessor_role": "shopkeeper",
        "assessor_name": "Kari Kjøpmann", "purpose": "baseline"})
    criteria = services.assessments.view(baseline.id).catalogue.criteria()
    for index, criterion in enumerate(criteria):
        # Every fourth non-mandatory criterion partly met: a plausible, fixed picture.
        level = 1 if index % 4 == 3 and not criterion.mandatory else 2
        services.assessments.save_answer(baseline.id, criterion.id, {"value": level})
    services.assessments.finalise(baseline.id)
    partly = [c for i, c in enumerate(criteria) if i % 4 == 3 and not c.mandatory]
    for criterion, days, status in zip(partly, (-10, 45, 120), ("in_progress", "planned",
                                                                 "planned")):
        services.actions.from_criterion(baseline.id, criterion.id, {
            "responsible": "Kari Kjøpmann", "deadline": today + timedelta(days=days),
            "status": status, "estimated_cost_nok": 5000, "funding_code": "bygdeliv_grant"})
    # A follow-up in progress (a draft), where the first measure has lifted its criterion:
    # something to compare with the baseline.
    follow_up = services.assessments.copy_to_draft(baseline.id, {
        "assessed_on": today - timedelta(days=3), "assessor_role": "consultant",
        "assessor_name": "Ola Rådgiver"})
    if partly:
        services.assessments.save_answer(follow_up.id, partly[0].id, {
            "value": 2, "evidence": "Fast avtale er på plass, se tiltaksplanen."})
