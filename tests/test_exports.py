"""Tests for peserta.exports: formula-injection defence, masking and round trips of the downloads."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

from loaders.catalog import t
from loaders.nip import mask_nip
from loaders.schema import PARTICIPANT_COLUMNS
from peserta.exports import (
    ISSUE_LABELS,
    PARTICIPANT_LABELS,
    frame_csv,
    issues_csv,
    issues_xlsx,
    participants_xlsx,
)
from store.xlsx import FORMULA_TRIGGERS, neutralise

PAYLOADS = ['=HYPERLINK("http://x")', "+62 812", "-1+1", "@SUM(A1)", "\tX", "\rX", "\nX"]
SAFE_TEXTS = ["Rina Kartikasari, S.E.", "Pemerintah Kabupaten Sleman", "III/a", "O'Brien", "a=b", "", "'=x"]


def participants_frame(n: int = 3, **overrides: list[Any]) -> pd.DataFrame:
    """A participants frame shaped like the intake's (fictional people)."""
    base: dict[str, list[Any]] = {
        "sheet": ["Peserta"] * n,
        "row": list(range(8, 8 + n)),
        "name": [f"Peserta Fiktif {k}" for k in range(n)],
        "nip": [f"1985031520100{k % 2 + 1}1{k % 999 + 1:03d}" for k in range(n)],
        "nip_status": ["pns"] * n,
        "gender": [("L", "P")[k % 2] for k in range(n)],
        "birth_date": [date(1985, 3, 15)] * n,
        "appointment_date": [date(2010, 1, 1)] * n,
        "birth_place": [None] * n,
        "pangkat": ["Penata"] * n,
        "golongan": ["III/c"] * n,
        "jabatan": ["Analis Kebijakan Ahli Muda"] * n,
        "unit_kerja": [None] * n,
        "instansi": ["Pemerintah Kabupaten Sleman"] * n,
        "province_stated": [None] * n,
        "city_stated": [None] * n,
        "status": ["Lulus"] * n,
        "score": [85.5] * n,
        "agency": ["Pemerintah Kabupaten Sleman"] * n,
        "sector": ["regional"] * n,
        "level": ["regency"] * n,
        "province": ["DI Yogyakarta"] * n,
        "issues": [()] * n,
    }
    base.update(overrides)
    frame = pd.DataFrame(base)
    text = [
        c
        for c in PARTICIPANT_COLUMNS
        if c not in ("row", "score", "birth_date", "appointment_date", "issues")
    ]
    frame[text] = frame[text].astype("str")
    for column in ("birth_date", "appointment_date"):
        frame[column] = pd.Series(pd.to_datetime(frame[column]), dtype="datetime64[s]")
    frame["score"] = frame["score"].astype("Float64")
    return frame


def read_xlsx(payload: bytes) -> Worksheet:
    sheet = openpyxl.load_workbook(io.BytesIO(payload)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def as_records(sheet: Worksheet) -> list[dict[str, Any]]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def read_csv_rows(payload: bytes) -> list[list[str]]:
    assert payload.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(payload.decode("utf-8-sig"), newline="")))


# --- neutralise ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS + [" =1+1", "  @x", "-", "="])
def test_neutralise_prefixes_formula_text(payload: str) -> None:
    assert neutralise(payload) == "'" + payload


@pytest.mark.parametrize("text", SAFE_TEXTS)
def test_neutralise_leaves_ordinary_text_alone(text: str) -> None:
    assert neutralise(text) == text


@pytest.mark.parametrize("value", [-5, -1.5, 0, 3, 2.5, Decimal("-7"), None, True, date(2023, 9, 5)])
def test_neutralise_leaves_numbers_and_other_values_alone(value: object) -> None:
    assert neutralise(value) is value


@given(st.text())
def test_neutralised_text_never_starts_a_formula(text: str) -> None:
    result = neutralise(text)
    assert result in (text, "'" + text)
    assert not result[:1] or result[0] not in FORMULA_TRIGGERS


# --- participants_xlsx -----------------------------------------------------------------------------------


@pytest.mark.parametrize("column", ["name", "instansi", "jabatan"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_participant_payloads_come_out_inert(payload: str, column: str) -> None:
    frame = participants_frame(2, **{column: [payload, "Pemerintah Kota Bogor"]})
    sheet = read_xlsx(participants_xlsx(frame))
    header = [c.value for c in sheet[1]].index(t(PARTICIPANT_LABELS[column], "id")) + 1
    cell = sheet.cell(2, header)
    assert cell.data_type == "s"
    assert cell.value == "'" + payload
    assert sheet.cell(3, header).value == "Pemerintah Kota Bogor"


def test_control_characters_are_dropped_before_neutralising() -> None:
    frame = participants_frame(1, name=["\x01=cmd|' /C calc'!A0"])
    cell = read_xlsx(participants_xlsx(frame)).cell(2, 3)
    assert cell.value == "'=cmd|' /C calc'!A0"
    assert cell.data_type == "s"


def test_nip_is_masked_and_birth_dates_left_out_by_default() -> None:
    frame = participants_frame(3)
    (record, *_) = as_records(read_xlsx(participants_xlsx(frame)))
    assert record["NIP"] == mask_nip(frame["nip"][0]) == "***************001"
    assert "Tanggal Lahir" not in record and "TMT Pengangkatan" not in record


def test_unmasked_export_keeps_nip_and_dates_as_dates() -> None:
    frame = participants_frame(2)
    sheet = read_xlsx(participants_xlsx(frame, mask=False))
    (first, _) = as_records(sheet)
    assert first["NIP"] == frame["nip"][0]
    assert first["Tanggal Lahir"] == datetime(1985, 3, 15)
    column = [c.value for c in sheet[1]].index("Tanggal Lahir") + 1
    assert sheet.cell(2, column).is_date
    assert sheet.cell(2, column).number_format == "dd/mm/yyyy"


def test_values_round_trip() -> None:
    frame = participants_frame(
        3,
        name=["Rina Kartikasari, S.E.", "Budi Santoso", None],
        score=[85.5, None, 90.0],
        issues=[(), ("nip_invalid", "gender_mismatch"), ("agency_unknown",)],
    )
    records = as_records(read_xlsx(participants_xlsx(frame)))
    labels = {t(v, "id"): k for k, v in PARTICIPANT_LABELS.items() if k in frame.columns}
    for k, record in enumerate(records):
        for label, value in record.items():
            column = labels[label]
            original = frame[column][k]
            if column == "nip":
                assert value == mask_nip(original)
            elif column == "issues":
                assert value == (", ".join(original) or None)
            elif pd.isna(original):
                assert value is None
            else:
                assert value == original, column
    assert records[2]["Nilai"] == 90  # a whole score is still that number


def test_workbook_has_bold_frozen_filtered_header_and_widths() -> None:
    frame = participants_frame(4)
    sheet = read_xlsx(participants_xlsx(frame))
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Lembar", "Baris", "Nama"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}5"
    widths = {sheet.cell(1, k).value: sheet.column_dimensions[sheet.cell(1, k).column_letter].width
              for k in range(1, len(header) + 1)}  # fmt: skip
    assert 6 <= widths["Baris"] < widths["Instansi (tertulis)"] <= 50


def test_english_headers_and_only_known_columns() -> None:
    frame = participants_frame(1)
    frame.insert(0, "cohort", ["Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023"])
    frame["person_key"] = ["nip:" + frame["nip"][0]]
    sheet = read_xlsx(participants_xlsx(frame, "en"))
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Cohort", "Sheet", "Row", "Name"]
    assert "person_key" not in header
    values = [c.value for c in sheet[2]]
    assert not any(isinstance(v, str) and frame["nip"][0] in v for v in values)


def test_store_shaped_frame_with_object_dates_and_codes() -> None:
    frame = participants_frame(2).astype(object)
    frame["birth_date"] = [date(1985, 3, 15), None]
    frame["issue_codes"] = ["nip_invalid", None]
    frame = frame.drop(columns=["issues"])
    records = as_records(read_xlsx(participants_xlsx(frame, mask=False)))
    assert [r["Tanggal Lahir"] for r in records] == [datetime(1985, 3, 15), None]
    assert [r["Catatan Pemuatan"] for r in records] == ["nip_invalid", None]


def test_empty_frame_gives_a_header_only_workbook() -> None:
    sheet = read_xlsx(participants_xlsx(participants_frame(0)))
    assert sheet.max_row == 1


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="lang must be one of id, en"):
        participants_xlsx(participants_frame(1), "fr")


@pytest.mark.slow
def test_big_frame_builds() -> None:
    n = 20_000  # the write-only path has no size threshold: 20,000 rows exercise it as 50,000 did, in 40% of the time
    frame = participants_frame(n, name=[f"Peserta {k}" if k % 1000 else "=1+1" for k in range(n)])
    # Read back with calamine: openpyxl would take longer to read the file than to write it.
    rows = (
        CalamineWorkbook.from_filelike(io.BytesIO(participants_xlsx(frame))).get_sheet_by_index(0).to_python()
    )
    assert len(rows) == n + 1
    assert [rows[1][2], rows[2][2], rows[-1][2]] == ["'=1+1", "Peserta 1", f"Peserta {n - 1}"]


# --- load report and generic CSV --------------------------------------------------------------------------


def issues_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "file": ["roster.xlsx", "roster.xlsx", "roster.xlsx"],
            "sheet": ["Peserta", "Peserta", None],
            "row": [12, 13, None],
            "code": ["agency_unknown", "nip_invalid", "macros_ignored"],
            "severity": ["warning", "warning", "info"],
            "message": [
                "Instansi '=HYPERLINK(\"http://x\")' belum dikenali; klasifikasikan di halaman Unggah.",
                "-1+1",
                "File berisi makro (VBA); makro tidak dijalankan dan diabaikan.",
            ],
        }
    )


def test_issues_xlsx_headers_and_inert_messages() -> None:
    sheet = read_xlsx(issues_xlsx(issues_frame()))
    assert [c.value for c in sheet[1]] == [t(ISSUE_LABELS[c], "id") for c in ("file", "sheet", "row", "code",
                                                                        "severity", "message")]  # fmt: skip
    assert sheet.cell(3, 6).value == "'-1+1" and sheet.cell(3, 6).data_type == "s"
    assert sheet.cell(2, 6).value.startswith("Instansi '=HYPERLINK")
    assert [sheet.cell(r, 3).value for r in (2, 3, 4)] == [12, 13, None]  # not 12.0 after the gap


def test_issues_csv_is_bom_utf8_and_inert() -> None:
    rows = read_csv_rows(issues_csv(issues_frame(), "en"))
    assert rows[0] == ["File", "Sheet", "Row", "Code", "Severity", "Message"]
    assert rows[2][5] == "'-1+1"
    assert rows[1][2] == "12" and rows[3][2] == ""


@pytest.mark.parametrize("payload", PAYLOADS)
def test_frame_csv_payloads_come_out_inert(payload: str) -> None:
    frame = pd.DataFrame({"nama": [payload, "Siti Rahmawati"], "jumlah": [-3, 14]})
    rows = read_csv_rows(frame_csv(frame))
    assert rows == [["nama", "jumlah"], ["'" + payload, "-3"], ["Siti Rahmawati", "14"]]


def test_frame_csv_round_trips_through_pandas() -> None:
    frame = pd.DataFrame(
        {
            "instansi": ["Kementerian Keuangan", "Pemerintah Provinsi Papua Pegunungan", None],
            "n": [14, 12, 0],
            "share": [0.538, 0.462, 0.0],
            "tanggal": pd.to_datetime(["2023-09-05", "2023-09-08", None]),
            "catatan": ['kata "kutip", koma\nbaris baru', "", "é ü"],
        }
    )
    back = pd.read_csv(io.BytesIO(frame_csv(frame)), encoding="utf-8-sig", keep_default_na=False)
    assert back["instansi"].tolist() == ["Kementerian Keuangan", "Pemerintah Provinsi Papua Pegunungan", ""]
    assert back["n"].tolist() == [14, 12, 0]
    assert back["share"].tolist() == [0.538, 0.462, 0.0]
    assert back["tanggal"].tolist() == ["2023-09-05", "2023-09-08", ""]
    assert back["catatan"].tolist() == ['kata "kutip", koma\nbaris baru', "", "é ü"]


def test_frame_csv_neutralises_column_names_too() -> None:
    rows = read_csv_rows(frame_csv(pd.DataFrame({"=cmd": [1]})))
    assert rows[0] == ["'=cmd"]


def test_time_zone_aware_timestamps_keep_their_offset_in_csv_and_become_utc_in_xlsx() -> None:
    frame = pd.DataFrame({"uploaded_at": pd.to_datetime(["2023-09-05 10:00"]).tz_localize("Asia/Jakarta")})
    assert read_csv_rows(frame_csv(frame))[1] == ["2023-09-05T10:00:00+07:00"]
    cell = read_xlsx(issues_xlsx(frame)).cell(2, 1)
    assert cell.value == datetime(2023, 9, 5, 3, 0)
    assert cell.number_format == "dd/mm/yyyy hh:mm"


def test_stored_load_report_with_cohort_names() -> None:
    frame = issues_frame().drop(columns=["file"])
    frame.insert(0, "cohort_id", [7, 7, 7])
    frame["cohort"] = "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023"
    header = [c.value for c in read_xlsx(issues_xlsx(frame, "en"))[1]]
    assert header == ["Cohort", "Cohort ID", "Sheet", "Row", "Code", "Severity", "Message"]
