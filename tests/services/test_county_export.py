"""Issue 19, county part: the county table written to CSV/XLSX never carries live formulas and
never crashes on control characters that old databases may hold."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from bygdeliv_desktop.app import main
from bygdeliv_desktop.db import open_database
from bygdeliv_desktop.domain.county_models import CountySummary
from bygdeliv_desktop.services.county_table import COLUMNS
from bygdeliv_desktop.services.county_workspace import COUNTY_DATABASE
from bygdeliv_desktop.services.table_export import write_csv, write_xlsx

DANGEROUS = ["=HYPERLINK(\"http://x\",\"klikk\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1",
             "\r=1+1", "=cmd|' /C calc'!A0"]


def _county(data_dir, names):
    database = open_database(data_dir / COUNTY_DATABASE)
    with database.transaction() as session:
        for index, name in enumerate(names):
            session.add(CountySummary(
                file_sha256=f"{index:064x}", file_name=f"{index}.pdf", store_name=name,
                municipality="3435 Vågå", org_number="974760673", signature_status="trusted",
                signer="=Kari", period_end=dt.date(2025, 12, 31), activities_total=index))
    database.close()


@pytest.mark.parametrize("name", DANGEROUS)
def test_xlsx_writes_formula_like_text_as_text(tmp_path, name):
    out = tmp_path / "t.xlsx"
    write_xlsx(out, ["Butikk", "Tall"], [[name, -5]])
    sheet = load_workbook(out).active
    cell = sheet["A2"]
    assert cell.data_type == "s"
    assert cell.value == name
    assert sheet["B2"].value == -5 and sheet["B2"].data_type == "n"  # real numbers stay numbers


@pytest.mark.parametrize("name", DANGEROUS)
def test_csv_prefixes_formula_like_text_with_an_apostrophe(tmp_path, name):
    out = tmp_path / "t.csv"
    write_csv(out, ["Butikk", "Tall"], [[name, -5], ["Vanlig butikk", 3]])
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1][0] == "'" + name
    assert rows[1][1] == "-5"  # a number is not text: no apostrophe
    assert rows[2] == ["Vanlig butikk", "3"]


def test_control_characters_are_cleaned_not_fatal(tmp_path):
    out = tmp_path / "t.xlsx"
    write_xlsx(out, ["Butikk"], [["Butikk\x07 med\x00 bjelle\x1b"], ["Linje\nto\tfane"]])
    sheet = load_workbook(out).active
    assert sheet["A2"].value == "Butikk med bjelle"
    assert sheet["A3"].value == "Linje\nto\tfane"  # tab and newline are allowed in cells
    write_csv(tmp_path / "t.csv", ["Butikk"], [["Butikk\x07"]])
    assert "\x07" not in (tmp_path / "t.csv").read_text(encoding="utf-8-sig")


def test_county_table_cli_with_hostile_stored_text(tmp_path, capsys):
    data_dir = tmp_path / "fylke"
    data_dir.mkdir()
    _county(data_dir, ["=HYPERLINK(\"http://x\",\"klikk\")", "Bjelle\x07butikk\x0b"])
    xlsx, csv_file = tmp_path / "fylke.xlsx", tmp_path / "fylke.csv"
    assert main(["county", "table", "--xlsx", str(xlsx), "--csv", str(csv_file),
                 "--data-dir", str(data_dir)]) == 0
    sheet = load_workbook(xlsx).active
    keys = [key for key, _ in COLUMNS]
    by_name = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(by_name) == {"=HYPERLINK(\"http://x\",\"klikk\")", "Bjellebutikk"}
    hostile = by_name["=HYPERLINK(\"http://x\",\"klikk\")"]
    assert hostile[0].data_type == "s"
    assert hostile[keys.index("signer")].data_type == "s"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    text = csv_file.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'=Kari" in text and "\x07" not in text
