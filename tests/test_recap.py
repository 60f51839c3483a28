"""peserta.recap: the Excel recap reopened with openpyxl - each sheet's numbers equal the dashboard's, headers
formatted and frozen, participants only on request with masked NIPs, and every injection payload inert."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import openpyxl
import pandas as pd
import pytest

from loaders.catalog import t
from peserta import stats
from peserta.facts import facts_from_participants
from peserta.filters import Filters
from peserta.recap import recap_xlsx
from peserta.slides import build_slides
from tests.factories import CM, DKI, REFERENCE_ID, cohorts_frame, multi_cohorts, multi_facts, participants

MOMENT = datetime(2023, 9, 5, 7, 3, tzinfo=UTC)
ALL = Filters()
SHEETS_ID = [
    "Ringkasan", "Jenis Instansi", "Tingkat Pemda", "Instansi", "Provinsi", "Jenis Kelamin", "Golongan",
    "Kelompok Umur", "Angkatan",
]  # fmt: skip
# Sheet -> the stats table whose label, count and share it holds.
BREAKDOWNS = {
    "Jenis Instansi": stats.by_sector,
    "Tingkat Pemda": stats.regional_by_level,
    "Provinsi": stats.by_province,
    "Jenis Kelamin": stats.by_gender,
    "Golongan": stats.by_golongan,
    "Kelompok Umur": stats.by_age_band,
}
# OWASP CSV injection: what a hostile roster may carry in any text field.
PAYLOADS = (
    "=1+1", '=HYPERLINK("http://contoh.invalid","klik")', "+628123", "-1+2", "@SUM(A1:A9)", "\t=1", "\r=1",
    "\n=1", "  =1", "=cmd|' /C calc'!A0",
)  # fmt: skip


def workbook(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def rows(sheet) -> list[tuple]:
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def recap(facts=None, cohorts=None, filters=ALL, lang="id", **kwargs) -> openpyxl.Workbook:
    facts = multi_facts() if facts is None else facts
    cohorts = multi_cohorts() if cohorts is None else cohorts
    return workbook(recap_xlsx(facts, cohorts, filters, lang, generated_at=MOMENT, **kwargs))


def test_sheets_in_order():
    assert recap().sheetnames == SHEETS_ID
    assert recap(lang="en").sheetnames == [t(f"sheet.{k}", "en") for k in (
        "summary", "sector", "level", "agencies", "provinces", "gender", "golongan", "age", "cohorts")]  # fmt: skip


@pytest.mark.parametrize("sheet", list(BREAKDOWNS))
def test_breakdown_sheets_equal_the_stats_tables(sheet):
    table = BREAKDOWNS[sheet](multi_facts(), "id")
    got = rows(recap()[sheet])[1:]
    assert [r[0] for r in got] == table["label"].tolist()
    assert [r[1] for r in got] == table["count"].tolist()
    assert [r[2] for r in got] == pytest.approx(table["share"].tolist())


def test_agency_sheet_lists_every_agency_with_its_sector():
    table = stats.top_agencies(multi_facts(), n=1000)
    got = rows(recap()["Instansi"])
    assert got[0] == ("Instansi", "Jenis instansi", "Jumlah", "Persentase")
    assert [r[0] for r in got[1:]] == table["label"].tolist()
    assert sum(r[2] for r in got[1:]) == stats.kpis(multi_facts()).participants
    assert "Lainnya" not in " ".join(str(r[0]) for r in got[1:])
    assert got[1][:3] == ("Lembaga Administrasi Negara", "Kementerian/Lembaga", 5)


def test_cohort_sheet_equals_the_trend_numbers():
    got = rows(recap()["Angkatan"])
    per_cohort = stats.regional_share_by_cohort(multi_facts(), multi_cohorts())
    assert [r[5] for r in got[1:]] == per_cohort["participants"].tolist()
    assert [(r[6], r[7]) for r in got[1:]] == list(
        zip(per_cohort["central"], per_cohort["regional"], strict=True)
    )
    assert [r[10] for r in got[1:]] == pytest.approx(per_cohort["regional_share"].tolist())
    assert got[2][:5] == (CM, "IV", 2023, "5-8 September 2023", "Jakarta")


def test_summary_sheet_states_filters_source_time_and_the_sentence():
    filters = Filters(angkatan=("IV",))
    sheet = dict(rows(recap(filters=filters)["Ringkasan"])[1:])
    assert sheet["Filter"] == "Angkatan: IV"
    assert sheet["Dibuat"] == "5 September 2023 14.03 WIB"
    assert "DATA CONTOH" in sheet["Sumber"]
    assert (sheet["Peserta"], sheet["Kementerian/Lembaga"], sheet["Pemerintah Daerah"]) == (26, 14, 12)
    slides = build_slides(multi_facts(), multi_cohorts(), filters, "id")
    assert sheet["Ringkasan naratif"] == slides[-1].message


def test_headers_are_formatted_frozen_and_filterable():
    book = recap()
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        header = sheet[1]
        assert all(cell.font.bold for cell in header)
        assert all(cell.fill.fgColor.rgb.endswith("0072B2") for cell in header)
        assert sheet.auto_filter.ref.startswith("A1:")
        assert all(sheet.column_dimensions[cell.column_letter].width >= 8 for cell in header)
    share = book["Jenis Instansi"]["C2"]
    assert share.number_format == "0.0%"
    assert book["Jenis Instansi"]["B2"].number_format == "#,##0"


def test_suppressed_recap_shows_less_than_five_without_shares():
    book = recap(suppress_small=True)
    sector = rows(book["Jenis Instansi"])[1:]
    assert sector == [
        ("Kementerian/Lembaga", 17, pytest.approx(17 / 36)),
        ("Pemerintah Daerah", 17, pytest.approx(17 / 36)),
        ("Bukan instansi pemerintah", "< 5", None),
        ("Belum dikenali", "< 5", None),
    ]
    cohorts = rows(book["Angkatan"])[1:]
    assert cohorts[0][5:] == (4, "< 5", "< 5", "< 5", 0, None)  # the cohort's size stays, its split goes
    assert "Jumlah 1 sampai 4 disamarkan" in " ".join(str(v) for r in rows(book["Ringkasan"]) for v in r)
    agencies = [r[2] for r in rows(book["Instansi"])[1:]]
    assert all(isinstance(v, int) and v >= 5 or v == "< 5" for v in agencies)


def people_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "cohort": ["CM IV 2023", "CM IV 2023"],
            "name": ["Siti Rahayu", '=HYPERLINK("http://contoh.invalid","x")'],
            "nip": ["198501012010012001", None],
            "birth_date": [pd.Timestamp("1985-01-01"), None],
            "gender": ["P", "L"],
            "instansi": ["Kementerian Keuangan", "+62 Dinas"],
            "agency": ["Kementerian Keuangan", "Dinas"],
            "sector": ["central", "regional"],
            "level": ["ministry", "city"],
            "province": [DKI, DKI],
        }
    )


def test_participants_sheet_masks_nips_and_leaves_out_birth_dates():
    book = recap(participants=people_frame(), with_names=True)
    sheet = rows(book["Peserta"])
    assert sheet[0] == (
        "Angkatan Pelatihan", "Nama", "NIP", "Jenis Kelamin", "Instansi (tertulis)", "Instansi (baku)", "Sektor",
        "Tingkat Instansi", "Provinsi Instansi",
    )  # fmt: skip
    assert sheet[1][2] == "*" * 15 + "001"
    assert sheet[1][6:8] == ("Kementerian/Lembaga", "Kementerian")
    assert "1985" not in " ".join(str(v) for r in sheet for v in r)


def test_participants_sheet_without_names_unless_asked():
    sheet = rows(recap(participants=people_frame())["Peserta"])
    assert "Nama" not in sheet[0] and "Siti Rahayu" not in str(sheet)
    assert "Peserta" not in recap().sheetnames


def hostile_data() -> tuple[pd.DataFrame, pd.DataFrame]:
    people = [
        (REFERENCE_ID, "regional", "city", DKI, payload, "P", "III", "30-39")
        for payload in PAYLOADS
        for _ in range(6)
    ]
    facts = facts_from_participants(participants(*people))
    cohorts = cohorts_frame((REFERENCE_ID, "=1+1 Pelatihan", "@IV", 2023, None, None)).assign(venue="-Aula")
    return facts, cohorts


def test_every_injection_payload_comes_out_inert():
    facts, cohorts = hostile_data()
    book = recap(facts, cohorts, participants=people_frame(), with_names=True)
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    assert not [t for t in texts if t[:1] in ("=", "+", "-", "@", "\t", "\r", "\n")]
    assert not [t for t in texts if t.lstrip(" ")[:1] in ("=", "+", "-", "@") and not t.startswith("'")]
    for payload in PAYLOADS:
        assert "'" + payload in texts, payload
    assert "'=1+1 Pelatihan" in texts and "'@IV" in texts and "'-Aula" in texts


def test_empty_selection_still_makes_a_workbook():
    book = recap(filters=Filters(years=(2030,)))
    assert book.sheetnames[0] == "Ringkasan"
    assert dict(rows(book["Ringkasan"])[1:])["Peserta"] == 0
