"""Light checks that each fixture builder writes the file it promises (no loader involved)."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msoffcrypto
import openpyxl
import pytest

from tests import builders as b

ZIP = b"PK\x03\x04"
OLE = bytes.fromhex("d0cf11e0a1b11ae1")
NIP_RE = re.compile(r"^\d{8}\d{6}[12]\d{3}$")


def sheet_xml(path: Path, part: str = "xl/worksheets/sheet1.xml") -> str:
    """Return one part of a zip package as text."""
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode()


def cells(path: Path, sheet: str | None = None) -> list[tuple[Any, ...]]:
    """Return every row's values of a sheet, as openpyxl reads them."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet] if sheet else wb.active
    return list(ws.iter_rows(values_only=True))


# --- people and NIPs ----------------------------------------------------------------------------------


def test_sample_people_reproduce_the_reference_cohort() -> None:
    people = b.sample_people()
    assert len(people) == 26
    assert sum(p.sector == "central" for p in people) == 14
    assert sum(p.sector == "regional" for p in people) == 12
    assert len({p.nip for p in people}) == 26
    for p in people:
        assert NIP_RE.match(p.nip), p.nip
        assert p.nip[14] == ("1" if p.gender == "L" else "2")
        assert p.name.encode("cp1252")  # every default name survives a Windows-1252 CSV


@pytest.mark.parametrize(
    ("nip", "digits", "xml", "general"),
    [
        ("196608011988031001", "196608011988031000", "1.96608011988031E+17", "1.96608E+17"),
        ("196608011988039501", "196608011988040000", "1.9660801198804E+17", "1.96608E+17"),
        ("199912312022122999", "199912312022123000", "1.99912312022123E+17", "1.99912E+17"),
    ],
)
def test_excel_number_forms(nip: str, digits: str, xml: str, general: str) -> None:
    assert b.excel15_digits(nip) == digits
    assert b.excel15_xml(nip) == xml
    assert b.excel_general(nip) == general
    assert b.excel15(nip) == float(digits)


# --- xlsx rosters -------------------------------------------------------------------------------------


def test_default_xlsx_roster_matches_its_ground_truth(tmp_path: Path) -> None:
    roster = b.xlsx_roster(tmp_path)
    assert roster.path.read_bytes()[:4] == ZIP
    assert Path(roster) == roster.path  # a Roster is os.PathLike
    rows = cells(roster.path)
    assert rows[0][0] == "DAFTAR PESERTA"
    assert rows[roster.header_rows[0] - 1] == tuple(b.DEFAULT_HEADER[f] for f in b.FIELDS)
    for row in roster.rows:
        written = rows[row.excel_row - 1]
        assert written[1] == row.name
        assert written[2] == row.nip
        assert written[6] == row.instansi
    assert roster.count_by("sector") == {"central": 14, "regional": 12}


def test_messy_xlsx_roster_has_every_trap(tmp_path: Path) -> None:
    roster = b.xlsx_roster(
        tmp_path,
        two_row_header=True,
        number_row=True,
        footer="both",
        agency_subheaders=True,
        merged_instansi=True,
        formulas_without_cache=True,
        error_values=True,
        start_row=7,
        start_col=2,
        blank_rows_after=[3],
        missing_nip=[5],
        extra_sheets=[("Petunjuk", b.INSTRUCTIONS)],
        hidden_sheets=["Data Lama"],
    )
    wb = openpyxl.load_workbook(roster.path)
    assert wb.sheetnames == ["Data Lama", "Petunjuk", "Peserta"]
    assert wb["Data Lama"].sheet_state == "hidden"
    assert wb.active.title == "Peserta"
    ws = wb["Peserta"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "B1:H1" in merged  # title across the table
    assert "C7:E7" in merged  # "Identitas Peserta" over Nama | NIP | L/P
    assert any(re.fullmatch(r"H\d+:H\d+", m) for m in merged)  # vertically merged instansi
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    for text in ("A. KEMENTERIAN/LEMBAGA", "B. PEMERINTAH DAERAH", "Sub Jumlah", "JUMLAH", b.SIGNATURE[-1]):
        assert text in values
    assert "#N/A" in values and "#REF!" in values
    xml = sheet_xml(roster.path, "xl/worksheets/sheet3.xml")
    assert "<f>B" in xml and "<f>UPPER(" in xml  # formulas ...
    assert re.search(
        r"</f><v\s*/>|</f><v></v>", xml
    )  # ... without cached values (openpyxl with or without lxml)
    assert 't="e"><v>#N/A</v>' in xml
    assert roster.count == 26 and len(roster.stale_rows) == 26
    assert sum(r.name_formula is not None for r in roster.rows) > 0
    assert [r.nip for r in roster.rows].count(None) == 1
    excel_rows = [r.excel_row for r in roster.rows]
    assert not set(excel_rows) & {row for _, row in roster.skip_rows}
    assert excel_rows == sorted(excel_rows)


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("exact", lambda nip: nip),
        ("excel15", b.excel15_xml),
    ],
)
def test_nip_as_number_writes_the_exact_xml(
    tmp_path: Path, mode: Any, expected: Callable[[str], str]
) -> None:
    roster = b.xlsx_roster(tmp_path, nip_as_number=mode)
    xml = sheet_xml(roster.path)
    for row in roster.rows:
        assert row.nip is not None
        assert f'<c r="C{row.excel_row}" t="n"><v>{expected(row.nip)}</v></c>' in xml
        assert row.nip_damaged is (mode == "excel15")


def test_excel_table_starts_where_asked(tmp_path: Path) -> None:
    roster = b.xlsx_roster(tmp_path, as_excel_table=True, start_col=3, start_row=6, footer="jumlah")
    ws = openpyxl.load_workbook(roster.path).active
    assert dict(ws.tables.items()) == {"TabelPeserta": "C6:I32"}
    with pytest.raises(ValueError, match="two_row_header"):
        b.xlsx_roster(tmp_path, as_excel_table=True, two_row_header=True)


def test_multi_sheet_workbook(tmp_path: Path) -> None:
    roster = b.multi_sheet_xlsx(tmp_path)
    wb = openpyxl.load_workbook(roster.path)
    assert wb.sheetnames == ["Petunjuk", "Data Lama", "Angkatan I", "Angkatan II", "Rekap"]
    assert wb["Data Lama"].sheet_state == "hidden"
    assert roster.count_by("sheet") == {"Angkatan I": 11, "Angkatan II": 11}
    assert "ANGKATAN II" in wb["Angkatan II"]["A2"].value
    recap = list(wb["Rekap"].values)
    assert recap[-1][:2] == ("JUMLAH", roster.count)


def test_xlsm_has_macro_parts(tmp_path: Path) -> None:
    roster = b.xlsm_roster(tmp_path)
    assert roster.path.suffix == ".xlsm"
    with zipfile.ZipFile(roster.path) as z:
        assert "xl/vbaProject.bin" in z.namelist()
        assert b"macroEnabled.main+xml" in z.read("[Content_Types].xml")
    assert openpyxl.load_workbook(roster.path, keep_vba=True).vba_archive is not None


def test_ods_roster(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    roster = b.ods_roster(tmp_path, two_row_header=True, footer="jumlah")
    assert roster.path.read_bytes()[:4] == ZIP
    with zipfile.ZipFile(roster.path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    frame = pd.read_excel(roster.path, engine="odf", header=None, dtype=str)
    first = roster.rows[0]
    assert frame.iloc[0, 0] == "DAFTAR PESERTA"
    assert frame.iloc[first.excel_row - 1, 2] == first.nip


def test_xls_roster(tmp_path: Path) -> None:
    xlrd = pytest.importorskip("xlrd")
    roster = b.xls_roster(tmp_path, nip_as_number="excel15", extra_sheets=[("Petunjuk", b.INSTRUCTIONS)])
    assert roster.path.read_bytes()[:8] == OLE
    book = xlrd.open_workbook(str(roster.path))
    assert book.sheet_names() == ["Petunjuk", "Peserta"]
    sheet = book.sheet_by_name("Peserta")
    first = roster.rows[0]
    assert first.nip is not None
    assert sheet.cell_value(first.excel_row - 1, 2) == b.excel15(first.nip)
    with pytest.raises(ValueError, match="doubles"):
        b.xls_roster(tmp_path, nip_as_number="exact")


# --- csv and html -------------------------------------------------------------------------------------


@pytest.mark.parametrize("variant", list(b.CSV_VARIANTS))
def test_csv_variants(tmp_path: Path, variant: str) -> None:
    options = b.CSV_VARIANTS[variant]
    roster = b.csv_roster(tmp_path, **options)
    raw = roster.path.read_bytes()
    encoding = options["encoding"]
    assert raw.startswith(b"\xef\xbb\xbf") is (encoding == "utf-8-sig")
    lines = raw.decode(encoding).splitlines()
    if options.get("sep_line"):
        assert lines[0] == "sep=;"
    parsed = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=options["sep"]))
    for row in roster.rows:
        assert parsed[row.excel_row - 1][1] == row.name
        assert parsed[row.excel_row - 1][2] == row.nip_cell
    assert parsed[roster.header_rows[0] - 1][:3] == ["No", "Nama", "NIP"]


def test_cp1252_csv_keeps_accented_names(tmp_path: Path) -> None:
    names = ["André Siregar", "Désy Ä. Lubis"]
    people = [dataclasses.replace(p, name=n) for p, n in zip(b.sample_people(2), names, strict=True)]
    roster = b.csv_roster(tmp_path, people)
    assert "Désy Ä. Lubis".encode("cp1252") in roster.path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        roster.path.read_bytes().decode("utf-8")


@pytest.mark.parametrize(("style", "pattern"), [("sci", r"^1\.\d{5}E\+17$"), ("zeros", r"^\d{15}000$")])
def test_csv_damaged_nips(tmp_path: Path, style: str, pattern: str) -> None:
    roster = b.csv_roster(tmp_path, nip_style=style)
    assert all(r.nip_damaged and re.match(pattern, str(r.nip_cell)) for r in roster.rows)


def test_html_roster_saved_as_xls(tmp_path: Path) -> None:
    roster = b.html_roster(tmp_path, two_row_header=True)
    text = roster.path.read_text("utf-8")
    assert roster.path.suffix == ".xls" and text.startswith("<html")
    assert 'colspan="3">Identitas Peserta' in text
    assert all(f">{r.nip}<" in text for r in roster.rows)


@pytest.mark.parametrize(
    ("kind", "magic", "suffix"),
    [
        ("csv_as_xlsx", b"DAFTAR", ".xlsx"),
        ("xlsx_as_xls", ZIP, ".xls"),
        ("xlsx_as_csv", ZIP, ".csv"),
        ("html_as_xls", b"<html", ".xls"),
    ],
)
def test_misnamed(tmp_path: Path, kind: str, magic: bytes, suffix: str) -> None:
    roster = b.MISNAMED[kind](tmp_path)
    assert roster.path.suffix == suffix
    assert roster.path.read_bytes().startswith(magic)
    assert roster.count == 26


# --- hostile and broken -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("builder", "magic"),
    [
        (b.empty_file, b""),
        (b.truncated_xlsx, ZIP),
        (b.corrupt_zip_xlsx, ZIP),
        (b.png_named_xlsx, b"\x89PNG\r\n\x1a\n"),
        (b.pdf_named_xlsx, b"%PDF-"),
        (b.encrypted_xlsx, OLE),
        (b.garbage_csv, b""),
    ],
)
def test_broken_files_have_the_right_magic(
    tmp_path: Path, builder: Callable[[Path], Path], magic: bytes
) -> None:
    path = builder(tmp_path)
    assert path.read_bytes().startswith(magic)
    if magic == ZIP:
        with pytest.raises(zipfile.BadZipFile):
            zipfile.ZipFile(path).testzip()


def test_empty_file_is_empty(tmp_path: Path) -> None:
    assert b.empty_file(tmp_path).stat().st_size == 0


def test_encrypted_xlsx_is_detected_and_opens_with_the_password(tmp_path: Path) -> None:
    path = b.encrypted_xlsx(tmp_path, password="rahasia123")
    with path.open("rb") as f:
        office = msoffcrypto.OfficeFile(f)
        assert office.is_encrypted()
        office.load_key(password="rahasia123")
        plain = io.BytesIO()
        office.decrypt(plain)
    assert openpyxl.load_workbook(plain).active["A1"].value == "DAFTAR PESERTA"


def test_zip_bomb_is_small_but_inflates_huge(tmp_path: Path) -> None:
    path = b.zip_bomb_xlsx(tmp_path)
    assert path.stat().st_size < 5 * 1024**2
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        assert info.file_size > 2 * 1000**3
        assert info.file_size / info.compress_size > 900
        assert z.read("xl/workbook.xml").startswith(b"<workbook")
        with z.open(info) as f:  # the start of the stream is real, well-formed XML
            assert f.read(200).startswith(b'<?xml version="1.0"')


def test_small_zip_bomb_inflates_to_its_crc(tmp_path: Path) -> None:
    path = b.zip_bomb_xlsx(tmp_path, 8 * 1024**2, payload="whitespace")
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None  # CRC and sizes are honest
        assert z.read("xl/worksheets/sheet1.xml").endswith(b"</sheetData></worksheet>")


@pytest.mark.parametrize("where", ["sharedStrings", "sheet"])
def test_billion_laughs(tmp_path: Path, where: Any) -> None:
    path = b.billion_laughs_xlsx(tmp_path, where=where)
    part = "xl/sharedStrings.xml" if where == "sharedStrings" else "xl/worksheets/sheet1.xml"
    xml = sheet_xml(path, part)
    assert "<!DOCTYPE" in xml and '<!ENTITY lol9 "&lol8;' in xml and "&lol9;</t>" in xml


def test_xxe_points_at_a_canary(tmp_path: Path) -> None:
    path = b.xxe_xlsx(tmp_path)
    xml = sheet_xml(path, "xl/sharedStrings.xml")
    target = re.search(r'<!ENTITY xxe SYSTEM "file://([^"]+)">', xml)
    assert target and b.XXE_CANARY in Path(target.group(1)).read_text()
    assert "<si><t>&xxe;</t></si>" in xml
    assert "file:///etc/passwd" in sheet_xml(
        b.xxe_xlsx(tmp_path, system_id="file:///etc/passwd"), "xl/sharedStrings.xml"
    )


def test_max_cell_is_written_without_opening_it_with_calamine(tmp_path: Path) -> None:
    roster = b.max_cell_xlsx(tmp_path)
    xml = sheet_xml(roster.path)
    assert '<c r="XFD1048576"' in xml and '<dimension ref="A1:XFD1048576"' in xml
    assert roster.count == 26


def test_lying_dimension(tmp_path: Path) -> None:
    roster = b.lying_dimension_xlsx(tmp_path)
    xml = sheet_xml(roster.path)
    assert '<dimension ref="A1:XFD1048576"' in xml and "XFD1048576</" not in xml
    assert max(int(r) for r in re.findall(r'<row r="(\d+)"', xml)) < 100


@pytest.mark.parametrize("engine", ["xml", "openpyxl"])
def test_big_roster_xlsx(tmp_path: Path, engine: Any) -> None:
    roster = b.big_roster_xlsx(tmp_path, 2_000, engine=engine)
    rows = list(openpyxl.load_workbook(roster.path, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == 2_004 and rows[3][:3] == ("No", "Nama", "NIP")
    last = roster.rows[-1]
    assert rows[last.excel_row - 1][1:3] == (last.name, last.nip)


def test_big_roster_csv_has_unique_valid_nips(tmp_path: Path) -> None:
    roster = b.big_roster_csv(tmp_path, 30_000)
    nips = [r.nip for r in roster.rows]
    assert len(set(nips)) == 30_000 and all(NIP_RE.match(n or "") for n in nips)
    lines = roster.path.read_text("utf-8").splitlines()
    assert len(lines) == 30_001 and lines[-1].split(";")[2] == nips[-1]


def test_oversized_xlsx_is_valid_and_sparse(tmp_path: Path) -> None:
    roster = b.oversized_xlsx(tmp_path)
    assert roster.path.stat().st_size > 30 * 1024**2
    with zipfile.ZipFile(roster.path) as z:
        assert z.getinfo("xl/media/padding.bin").file_size == 30 * 1024**2
    assert cells(roster.path)[0][0] == "DAFTAR PESERTA"


def test_sparse_and_long_line_files(tmp_path: Path) -> None:
    assert b.sparse_file(tmp_path).stat().st_size == 30 * 1024**2
    path = b.long_line_csv(tmp_path, 5 * 1024**2)
    data = path.read_bytes()
    assert b"\n" not in data and data.count(b";") > 2_000_000


def test_hostile_table_builds_everything(tmp_path: Path) -> None:
    for name, builder in b.HOSTILE.items():
        if name in ("zip_bomb", "long_line_csv", "oversized", "sparse"):
            continue  # built by their own tests above
        folder = tmp_path / name
        folder.mkdir()
        assert Path(builder(folder)).exists(), name
