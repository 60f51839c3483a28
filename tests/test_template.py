"""Tests for loaders.template: the blank roster template, and a filled copy read back by the intake."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from loaders import RosterError, read_roster
from loaders.columns import field_for_header
from loaders.ranks import GOLONGAN_ORDER
from loaders.template import (
    DATA_ROWS,
    FIRST_DATA_ROW,
    GUIDE_SHEET,
    HEADER_ROW,
    ROSTER_SHEET,
    roster_template_xlsx,
)

HEADERS = [
    ("No", "no"),
    ("Nama", "name"),
    ("NIP", "nip"),
    ("Jenis Kelamin", "gender"),
    ("Pangkat/Golongan", "pangkat_golongan"),
    ("Jabatan", "jabatan"),
    ("Unit Kerja", "unit_kerja"),
    ("Instansi", "instansi"),
    ("Provinsi", "province"),
    ("Tempat Lahir", "birth_place"),
    ("Tanggal Lahir", "birth_date"),
]
# Fictional people; the NIPs are valid in form (PNS, PNS, PPPK).
PEOPLE = [
    (1, "Rina Kartikasari, S.E.", "198503152010012001", "P", "III/c", "Analis Kebijakan Ahli Muda",
     "Bagian Organisasi", "Pemerintah Kabupaten Sleman", "DI Yogyakarta", "Sleman", None),
    (2, "Budi Santoso", "199002202015031002", "L", "III/b", "Pranata Komputer Ahli Pertama",
     "Sekretariat Jenderal", "Kementerian Keuangan", "DKI Jakarta", "Bogor", None),
    (3, "Maria Lestari", "198807122023212001", "P", "IX", "Guru Ahli Pertama",
     "Dinas Pendidikan", "Pemerintah Kota Surabaya", "Jawa Timur", None, None),
]  # fmt: skip
# Program, angkatan, year, dates, venue as an officer types them (the same in both languages' templates).
TITLE_VALUES = ("Pelatihan Coaching dan Mentoring", "IV", "2023", "5 - 8 September 2023",
                "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta")  # fmt: skip


def roster_sheet(lang: str = "id") -> Worksheet:
    book = openpyxl.load_workbook(io.BytesIO(roster_template_xlsx(lang)))
    sheet = book[ROSTER_SHEET]
    assert isinstance(sheet, Worksheet)
    return sheet


def fill(tmp_path: Path, lang: str = "id", people: Sequence[tuple[object, ...]] = PEOPLE) -> Path:
    """The template with the title block and the given participants written in, as an officer would."""
    book = openpyxl.load_workbook(io.BytesIO(roster_template_xlsx(lang)))
    sheet = book[ROSTER_SHEET]
    for offset, text in enumerate(TITLE_VALUES, start=2):
        sheet.cell(offset, 3, text)
    for i, person in enumerate(people):
        for j, value in enumerate(person, start=1):
            sheet.cell(FIRST_DATA_ROW + i, j, value)
    path = tmp_path / f"roster_{lang}.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("lang", ["id", "en"])
def test_header_row_holds_the_canonical_headers(lang: str) -> None:
    sheet = roster_sheet(lang)
    headers = [c.value for c in sheet[HEADER_ROW] if c.value is not None]
    assert headers == [h for h, _ in HEADERS]


@pytest.mark.parametrize(("header", "field"), HEADERS)
def test_every_header_is_one_the_intake_recognises(header: str, field: str) -> None:
    assert field_for_header(header) == field


def test_nip_column_is_text_for_every_prepared_row() -> None:
    sheet = roster_sheet()
    rows = range(FIRST_DATA_ROW, HEADER_ROW + DATA_ROWS + 1)
    assert len(rows) == DATA_ROWS >= 500
    assert {sheet.cell(r, 3).number_format for r in rows} == {"@"}
    assert sheet.cell(FIRST_DATA_ROW, 2).number_format == "General"  # only the NIP column is forced to text


def test_title_block_cells_are_text_so_year_and_dates_stay_as_typed() -> None:
    sheet = roster_sheet()
    assert "DAFTAR PESERTA PELATIHAN" in str(sheet.cell(1, 1).value)
    labels = [sheet.cell(r, 1).value for r in range(2, 7)]
    assert labels == ["Program", "Angkatan", "Tahun", "Tanggal", "Tempat"]
    assert all(sheet.cell(r, 3).number_format == "@" for r in range(2, 7))
    assert all(sheet.cell(r, 3).value is None for r in range(2, 7))


@pytest.mark.parametrize(
    ("column", "choices", "style"),
    [("D", ("L", "P"), "stop"), ("E", GOLONGAN_ORDER, "warning")],
)
def test_drop_downs_offer_the_right_lists(column: str, choices: tuple[str, ...], style: str) -> None:
    sheet = roster_sheet()
    lists = {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation if dv.type == "list"}
    validation = lists[f"{column}{FIRST_DATA_ROW}:{column}{HEADER_ROW + DATA_ROWS}"]
    assert validation.formula1 == '"' + ",".join(choices) + '"'
    assert len(validation.formula1) <= 257  # Excel's limit for an inline list is 255 characters
    assert validation.allow_blank
    assert validation.errorStyle == style


def test_header_is_frozen_and_printed_on_every_page() -> None:
    sheet = roster_sheet()
    assert sheet.freeze_panes == f"A{FIRST_DATA_ROW}"
    assert str(sheet.print_title_rows).replace("$", "") == f"{HEADER_ROW}:{HEADER_ROW}"


@pytest.mark.parametrize(
    ("lang", "needles"),
    [
        ("id", ["18 digit", "Pemerintah Kabupaten Sleman", "satu peserta", "Tempel Khusus"]),
        ("en", ["18 digits", "Pemerintah Kabupaten Sleman", "One row per participant", "Paste Special"]),
    ],
)
def test_guide_sheet_explains_the_rules(lang: str, needles: list[str]) -> None:
    book = openpyxl.load_workbook(io.BytesIO(roster_template_xlsx(lang)))
    assert book.sheetnames == [ROSTER_SHEET, GUIDE_SHEET]
    text = "\n".join(str(c.value) for c in book[GUIDE_SHEET]["A"] if c.value)
    for needle in needles:
        assert needle in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_filled_template_reads_back_through_the_intake(tmp_path: Path, lang: str) -> None:
    result = read_roster(fill(tmp_path, lang))
    frame = result.participants
    assert len(frame) == 3
    assert frame["nip"].tolist() == [p[2] for p in PEOPLE]
    assert frame["nip_status"].tolist() == ["pns", "pns", "pppk"]
    assert frame["name"].tolist() == [p[1] for p in PEOPLE]
    assert frame["gender"].tolist() == ["P", "L", "P"]
    assert frame["golongan"].tolist() == ["III/c", "III/b", "IX"]
    assert frame["instansi"].tolist() == [p[7] for p in PEOPLE]
    assert frame["sector"].tolist() == ["regional", "central", "regional"]
    assert frame["province_stated"].tolist() == [p[8] for p in PEOPLE]
    assert frame["row"].tolist() == [FIRST_DATA_ROW, FIRST_DATA_ROW + 1, FIRST_DATA_ROW + 2]
    mapped = result.columns[ROSTER_SHEET]["mapped"]
    assert set(mapped) == {field for _, field in HEADERS}
    assert result.columns[ROSTER_SHEET]["ignored"] == []
    (meta,) = result.cohorts
    assert (meta.program, meta.angkatan, meta.year) == ("Pelatihan Coaching dan Mentoring", "IV", 2023)
    assert (meta.start_date, meta.end_date) == (date(2023, 9, 5), date(2023, 9, 8))
    assert meta.venue == "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta"
    problems = [i for i in result.issues if i.severity != "info"]
    assert problems == []


def test_blank_template_is_refused_for_having_no_participant_rows(tmp_path: Path) -> None:
    # Used to load as a cohort of 0 participants (issue 14 item 4): now a clear error naming the sheet.
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(roster_template_xlsx())
    with pytest.raises(
        RosterError, match="File 'kosong.xlsx', lembar 'Peserta'.*Tidak ditemukan baris peserta"
    ):
        read_roster(path)


def test_birth_date_typed_as_a_date_reads_back(tmp_path: Path) -> None:
    person = (1, "Sari Wulandari", None, "P", "III/a", "Analis", "Bagian Umum",
              "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah", "Semarang", date(1992, 4, 30))  # fmt: skip
    frame = read_roster(fill(tmp_path, people=[person])).participants
    assert frame["birth_date"].dt.date.tolist() == [date(1992, 4, 30)]
    assert frame["birth_place"].tolist() == ["Semarang"]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="lang must be one of id, en"):
        roster_template_xlsx("fr")
