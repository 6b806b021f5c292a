"""``bygdeliv criteria-check FILE``: check a criteria catalogue file before it is sent to stores."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "sjekk en kriteriekatalog (TOML) uten å importere den"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="katalogfilen som skal sjekkes")


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.domain.criteria import content_sha256, read_catalogue_file
    from bygdeliv_desktop.errors import CatalogError

    try:
        catalogue, text = read_catalogue_file(args.file)
    except CatalogError as exc:
        print(f"Feil i katalogen: {exc.detail}", file=sys.stderr)
        return 1
    mandatory = sum(1 for c in catalogue.criteria() if c.mandatory)
    print(f"{catalogue.title.nb} ({catalogue.id}, versjon {catalogue.version}"
          f"{', utkast' if catalogue.draft else ''})")
    print(f"Gyldig fra {catalogue.valid_from:%d.%m.%Y}: {len(catalogue.categories)} kategorier, "
          f"{len(catalogue.criteria())} kriterier, {mandatory} obligatoriske")
    print(f"SHA-256: {content_sha256(text)}")
    return 0
