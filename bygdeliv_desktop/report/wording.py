"""The summary's words: bokmål (the keys, as written in the code) and nynorsk.

The county reads both. A store in a nynorsk municipality (Lesja, Vågå, Vang…) writes its report
in nynorsk; the numbers in data.json are the same whatever the language. A test checks that every
text the report modules ask for has its nynorsk form here.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = ("nb", "nn")

NYNORSK = {
    "Side {number} av {total}": "Side {number} av {total}",
    "Bygdeliv – sammendrag for {name}": "Bygdeliv – samandrag for {name}",
    "Sammendrag til fylkeskommunen": "Samandrag til fylkeskommunen",
    "kriterier {version}; {catalogues}": "kriterium {version}; {catalogues}",
    "Laget {when} · Bygdeliv Desktop {version}\nKataloger: {catalogues}":
        "Laga {when} · Bygdeliv Desktop {version}\nKatalogar: {catalogues}",
    "Butikk": "Butikk",
    "Organisasjonsnummer": "Organisasjonsnummer",
    "Kommune": "Kommune",
    "Periode": "Periode",
    "Signert av": "Signert av",
    "Laget": "Laga",
    "Bygdelivsbutikken": "Bygdelivsbutikken",
    "Merk: Rapporten er signert med et selvutstedt sertifikat. Signaturen viser at filen ikke er "
    "endret etter signering, men fylkeskommunen har ennå ikke bekreftet hvem som signerte.":
        "Merk: Rapporten er signert med eit sjølvutferda sertifikat. Signaturen viser at fila "
        "ikkje er endra etter signering, men fylkeskommunen har enno ikkje stadfesta kven som "
        "signerte.",
    "Signaturfeltet nederst på siden er en digital signatur (PAdES). Tallene i rapporten ligger "
    "også som vedlegget data.json i PDF-filen.":
        "Signaturfeltet nedst på sida er ein digital signatur (PAdES). Tala i rapporten ligg òg "
        "som vedlegget data.json i PDF-fila.",
    "Ja": "Ja",
    "Nei": "Nei",
    "{answer}, siden {date}": "{answer}, sidan {date}",
    "1. Butikkprofil": "1. Butikkprofil",
    "Felt": "Felt",
    "Verdi": "Verdi",
    "Kjede": "Kjede",
    "Adresse": "Adresse",
    "Kontaktperson": "Kontaktperson",
    "Telefon": "Telefon",
    "E-post": "E-post",
    "Åpningstider": "Opningstider",
    "Sentralitetsklasse (SSB)": "Sentralitetsklasse (SSB)",
    "Merkur-butikk": "Merkur-butikk",
    "2. Tjenester": "2. Tenester",
    "Ingen tjenester er registrert.": "Ingen tenester er registrerte.",
    "Aktiv": "Aktiv",
    "Avsluttet {date}": "Avslutta {date}",
    "Tjeneste": "Teneste",
    "Partner": "Partnar",
    "Fra": "Frå",
    "Status": "Status",
    "Tid": "Tid",
    "3. Møteplassaktiviteter": "3. Møteplassaktivitetar",
    "Ingen aktiviteter er registrert i perioden.": "Ingen aktivitetar er registrerte i perioden.",
    "{total} aktiviteter med til sammen {people} deltakere i perioden.":
        "{total} aktivitetar med til saman {people} deltakarar i perioden.",
    "Aktiviteter per måned": "Aktivitetar per månad",
    "Per type": "Per type",
    "Type": "Type",
    "Antall": "Tal",
    "Deltakere": "Deltakarar",
    "Målgrupper": "Målgrupper",
    "Målgruppe": "Målgruppe",
    "Aktiviteter": "Aktivitetar",
    "Samarbeidspartnere": "Samarbeidspartnarar",
    "… og {count} andre (alle står i data.json).": "… og {count} andre (alle står i data.json).",
    "4. Vurdering": "4. Vurdering",
    "Ingen vurdering er valgt for denne rapporten.": "Inga vurdering er vald for denne rapporten.",
    "{title} ({date}), kriteriekatalog {version}.": "{title} ({date}), kriteriekatalog {version}.",
    "Klar for sertifisering": "Klar for sertifisering",
    "Ikke klar for sertifisering ennå": "Ikkje klar for sertifisering enno",
    "<b>Vurdering:</b> {verdict}": "<b>Vurdering:</b> {verdict}",
    "Kategori": "Kategori",
    "Poeng": "Poeng",
    "Andel": "Del",
    "Forrige": "Førre",
    "Endring": "Endring",
    "{points} av {possible}": "{points} av {possible}",
    "{change} %-poeng": "{change} %-poeng",
    "ny": "ny",
    "Sammenlignet med {title} ({date}): lys stolpe er forrige vurdering.":
        "Samanlikna med {title} ({date}): lys stolpe er førre vurdering.",
    "5. Handlingsplan": "5. Handlingsplan",
    "Ingen tiltak er registrert.": "Ingen tiltak er registrerte.",
    "Tiltak": "Tiltak",
    "Ansvarlig": "Ansvarleg",
    "Frist": "Frist",
    "Kostnad": "Kostnad",
    "Finansiering": "Finansiering",
    "Sum kostnad: {sum}": "Sum kostnad: {sum}",
    "Andel av mulige poeng (%)": "Del av moglege poeng (%)",
    # signing.appearance: the visible signature box
    "Digitalt signert av: {name}": "Digitalt signert av: {name}",
    "Rolle: {role}": "Rolle: {role}",
    "Butikk: {store}": "Butikk: {store}",
    "Dato: {date}": "Dato: {date}",
    "Bekreftet av konsulent": "Stadfesta av konsulent",
    "Selvutstedt sertifikat – ikke bekreftet av fylket":
        "Sjølvutferda sertifikat – ikkje stadfesta av fylket",
    # assessment_input: purposes, action states, readiness reasons
    "Første vurdering": "Første vurdering",
    "Oppfølging": "Oppfølging",
    "Egenvurdering": "Eigenvurdering",
    "Planlagt": "Planlagd",
    "I gang": "I gang",
    "Ferdig": "Ferdig",
    "Avlyst": "Avlyst",
    "{purpose} – {name}": "{purpose} – {name}",
    "{purpose} – {name} (utkast, ikke låst)": "{purpose} – {name} (utkast, ikkje låst)",
    "{count} kriterier er ikke besvart ({criteria}).":
        "{count} kriterium er ikkje svara på ({criteria}).",
    "{criterion} er obligatorisk og bare delvis oppfylt.":
        "{criterion} er obligatorisk og berre delvis oppfylt.",
    "{criterion} er obligatorisk og ikke oppfylt.": "{criterion} er obligatorisk og ikkje oppfylt.",
    "{criterion} er obligatorisk og kan ikke settes til «ikke aktuelt».":
        "{criterion} er obligatorisk og kan ikkje setjast til «ikkje aktuelt».",
    "{title}: {points} av {possible} poeng ({percent} %), krav {required} %.":
        "{title}: {points} av {possible} poeng ({percent} %), krav {required} %.",
    "Ingen kriterier er aktuelle.": "Ingen kriterium er aktuelle.",
    # issue 16: overview page, attendances, ended services, catalogue status, criteria, actions
    "<b>Vurdering:</b> {verdict} ({status})": "<b>Vurdering:</b> {verdict} ({status})",
    "Handlingsplan": "Handlingsplan",
    "• Forfalt {date}: {title}": "• Forfalle {date}: {title}",
    "… og {count} til (se kapittel 5).": "… og {count} til (sjå kapittel 5).",
    "Avsluttede tjenester": "Avslutta tenester",
    "Avsluttet": "Avslutta",
    "Deltakinger": "Deltakingar",
    "Deltakinger (besøk, ikke ulike personer)": "Deltakingar (besøk, ikkje ulike personar)",
    "Denne perioden": "Denne perioden",
    "Dokumentasjon og kommentar": "Dokumentasjon og kommentar",
    "Dokumentasjon: {evidence}": "Dokumentasjon: {evidence}",
    "En aktivitet kan ha flere målgrupper, så tallene kan ikke legges sammen.":
        "Ein aktivitet kan ha fleire målgrupper, så tala kan ikkje leggjast saman.",
    "Forrige periode ({start} – {end})": "Førre periode ({start} – {end})",
    "Handlingsplan: {open} åpne tiltak, {overdue} forfalt, {done} fullført.":
        "Handlingsplan: {open} opne tiltak, {overdue} forfalne, {done} fullførte.",
    "Ikke besvart": "Ikkje svara på",
    "Kommentar: {comment}": "Kommentar: {comment}",
    "Kriteriekatalog: {name}": "Kriteriekatalog: {name}",
    "Kriteriene og svarene": "Kriteria og svara",
    "Kriterium": "Kriterium",
    "Måned": "Månad",
    "Møteplassaktiviteter": "Møteplassaktivitetar",
    "Nøkkeltall": "Nøkkeltal",
    "Rader med farge er ikke oppfylt. «Obligatorisk» må være oppfylt for å bli klar for "
    "sertifisering.":
        "Rader med farge er ikkje oppfylte. «Obligatorisk» må vere oppfylt for å bli klar for "
        "sertifisering.",
    "Sum": "Sum",
    "Svar": "Svar",
    "Tjenester i drift": "Tenester i drift",
    "Vedlegg": "Vedlegg",
    "Vurdering": "Vurdering",
    "obligatorisk": "obligatorisk",
    "vurdert mot arbeidsutkast til kriterier, versjon {version} — ikke vedtatte kriterier":
        "vurdert mot arbeidsutkast til kriterium, versjon {version} — ikkje vedtekne kriterium",
    "vurdert mot kriterier, versjon {version}": "vurdert mot kriterium, versjon {version}",
    "{answer} (endret)": "{answer} (endra)",
    "{status} – FORFALT": "{status} – FORFALLE",
    "{status} ✓": "{status} ✓",
    "{status}; vurderingen er ikke låst": "{status}; vurderinga er ikkje låst",
    "{total} aktiviteter med til sammen {attendances} deltakinger i perioden. En deltaking er ett "
    "besøk: samme person telles hver gang.":
        "{total} aktivitetar med til saman {attendances} deltakingar i perioden. Ei deltaking er "
        "eitt besøk: same person blir talt kvar gong.",
    "… og {count} grunner til (se kapittel 4).": "… og {count} grunnar til (sjå kapittel 4).",
}


def words(language: str) -> Callable[..., str]:
    """``w(text, **values)``: ``text`` in ``language`` with ``values`` filled in."""
    table = NYNORSK if language == "nn" else {}

    def w(text: str, **values: object) -> str:
        chosen = table.get(text, text)
        return chosen.format(**values) if values else chosen

    return w
