"""``bygdeliv county``: the county overview (Fylkesoversikt) from many stores' exchange files.

The county's data lives in its own database file (``fylke.sqlite3`` in the data folder), apart
from any store's own data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bygdeliv_desktop.commands._common import add_data_dir, add_trust, data_dir, verifier
from bygdeliv_desktop.services.county_workspace import COUNTY_DATABASE

HELP = "fylkesoversikt: importer en mappe med filer og lag tabell (CSV/XLSX)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True)
    importer = sub.add_parser("import", help="importer alle .bygdeliv-filer i en mappe")
    importer.add_argument("folder")
    add_trust(importer)
    add_data_dir(importer)
    table = sub.add_parser("table", help="vis tabellen, eller skriv den til CSV/XLSX")
    table.add_argument("--csv", help="skriv tabellen til denne CSV-filen")
    table.add_argument("--xlsx", help="skriv tabellen til denne Excel-filen")
    table.add_argument("--sort", default="store", help="kolonne å sortere på (f.eks. activities_12m)")
    table.add_argument("--desc", action="store_true", help="synkende rekkefølge")
    table.add_argument("--filter", default="", help="tekst i butikk- eller kommunenavn")
    table.add_argument("--municipality", default="", help="kommunenummer")
    add_data_dir(table)


def _import(database, args: argparse.Namespace) -> int:
    from bygdeliv_desktop.services.county_import import import_folder

    report = import_folder(database, Path(args.folder), verifier(args))
    print(f"Importert: {len(report.imported)}, allerede importert: {len(report.skipped)}, "
          f"avvist: {len(report.refused)}")
    if report.backup is not None:
        print(f"Sikkerhetskopi før import: {report.backup.parent}")
    for path, error in report.refused:
        # One line per refused file on stderr, with its reason in words.
        print(f"{path.name}: avvist – {_one_line(refusal_words(error))}", file=sys.stderr)
    return 0 if not report.refused else 3


def refusal_words(error) -> str:
    from bygdeliv_desktop.errors import CountySummaryRefused

    if isinstance(error, CountySummaryRefused):
        return error.detail or error.code
    return f"{error.code}: {error.detail}" if error.detail else error.code


def _one_line(text: str) -> str:
    return " ".join(str(text).split())[:300]


def _table(database, args: argparse.Namespace) -> int:
    from bygdeliv_desktop.services.county_table import COLUMNS, build_table, filter_rows, sort_rows
    from bygdeliv_desktop.services.table_export import clean_text, table_rows, write_csv, write_xlsx

    rows = filter_rows(build_table(database), args.filter, args.municipality)
    try:
        rows = sort_rows(rows, args.sort, args.desc)
    except ValueError:
        print(f"Ukjent kolonne: {args.sort}. Velg blant: {', '.join(k for k, _ in COLUMNS)}")
        return 2
    keys, headers = [k for k, _ in COLUMNS], [h for _, h in COLUMNS]
    values = table_rows(rows, keys)
    if args.csv:
        write_csv(Path(args.csv), headers, values)
        print(f"Skrev {args.csv} ({len(rows)} butikker)")
    if args.xlsx:
        write_xlsx(Path(args.xlsx), headers, values)
        print(f"Skrev {args.xlsx} ({len(rows)} butikker)")
    if not (args.csv or args.xlsx):
        for row in values:  # control characters (e.g. escape sequences) never reach the terminal
            print(" | ".join(_one_line(clean_text("" if v is None else str(v))) for v in row))
    return 0


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.db import open_database

    database = open_database(data_dir(args) / COUNTY_DATABASE)
    try:
        return _import(database, args) if args.action == "import" else _table(database, args)
    finally:
        database.close()
