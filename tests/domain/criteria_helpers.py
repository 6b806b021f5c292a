"""Hand-made catalogues for tests: small TOML texts built from a compact description."""

from __future__ import annotations


def catalogue_toml(categories: dict[str, list[tuple[str, bool]]], *, version: int = 1,
                   min_share: float = 0.6, mandatory_level: int | None = 2,
                   catalogue_id: str = "test-criteria", title_suffix: str = "") -> str:
    """``categories``: {"A": [("A1", mandatory), ...]}; every criterion uses a 0..2 scale with "na"."""
    lines = [
        'schema = "bygdeliv.criteria"',
        f'id = "{catalogue_id}"',
        f"version = {version}",
        "valid_from = 2025-01-01",
        f'title = {{ nb = "Testkatalog{title_suffix}", nn = "Testkatalog{title_suffix}" }}',
        "[readiness]",
        f"category_min_share = {min_share}",
    ]
    if mandatory_level is not None:
        lines.append(f"mandatory_level = {mandatory_level}")
    lines += [
        "[scales.standard]",
        "max = 2",
        "[scales.standard.labels]",
        '"0" = { nb = "Ikke oppfylt", nn = "Ikkje oppfylt" }',
        '"1" = { nb = "Delvis", nn = "Delvis" }',
        '"2" = { nb = "Oppfylt", nn = "Oppfylt" }',
        'na = { nb = "Ikke aktuelt", nn = "Ikkje aktuelt" }',
    ]
    for category_id, criteria in categories.items():
        lines += ["[[categories]]", f'id = "{category_id}"',
                  f'title = {{ nb = "Kategori {category_id}", nn = "Kategori {category_id}" }}']
        for criterion_id, mandatory in criteria:
            lines += [
                "[[categories.criteria]]",
                f'id = "{criterion_id}"',
                f"mandatory = {'true' if mandatory else 'false'}",
                f'title = {{ nb = "Kriterium {criterion_id}{title_suffix}", nn = "Kriterium {criterion_id}{title_suffix}" }}',
                f'description = {{ nb = "Beskrivelse {criterion_id}", nn = "Skildring {criterion_id}" }}',
                f'evidence = {{ nb = "Dokumentasjon {criterion_id}", nn = "Dokumentasjon {criterion_id}" }}',
            ]
    return "\n".join(lines) + "\n"
