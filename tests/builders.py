"""Build roster fixture files (messy, misnamed and hostile) in a test's tmp_path, with their ground truth."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import os
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

Sector = Literal["central", "regional", "other"]
NipAsNumber = Literal[False, "exact", "excel15"]
# Text forms of a NIP: "sci" ("1.96608E+17") and "zeros" ("196608011988031000") show Excel's 15-digit loss.
NipStyle = Literal["plain", "spaced", "prefixed", "apostrophe", "sci", "zeros", "mixed"]
DAMAGED_STYLES = ("sci", "zeros")
Footer = Literal["jumlah", "signature", "both"] | None

# ---------------------------------------------------------------------------------------------------------
# Reference data (fictional people; only the cohort totals are real)
# ---------------------------------------------------------------------------------------------------------

FIELDS: tuple[str, ...] = ("no", "name", "nip", "gender", "golongan", "jabatan", "instansi")
DEFAULT_HEADER: Mapping[str, str] = {
    "no": "No",
    "name": "Nama",
    "nip": "NIP",
    "gender": "L/P",
    "golongan": "Pangkat/Gol",
    "jabatan": "Jabatan",
    "instansi": "Instansi",
}
# Upper label of a two-row header; fields without a group span both rows.
HEADER_GROUPS: Mapping[str, str] = {
    "name": "Identitas Peserta",
    "nip": "Identitas Peserta",
    "gender": "Identitas Peserta",
    "jabatan": "Jabatan dan Instansi",
    "instansi": "Jabatan dan Instansi",
}
DEFAULT_TITLE: tuple[str, ...] = (
    "DAFTAR PESERTA",
    "PELATIHAN COACHING DAN MENTORING ANGKATAN IV TAHUN 2023",
    "Jakarta, 5 - 8 September 2023",
    "Aula Makarti Bhakti Nagari, Pejompongan",
)
SUBHEADERS: Mapping[str, str] = {
    "central": "A. KEMENTERIAN/LEMBAGA",
    "regional": "B. PEMERINTAH DAERAH",
    "other": "C. LAINNYA",
}
SIGNATURE: tuple[str, ...] = (
    "Jakarta, 4 September 2023",
    "Kepala Pusat Pengembangan Kompetensi Kepemimpinan",
    "",
    "",
    "Dr. Hendra Kusumawardhana, M.Si.",
    "NIP 19700315 199503 1 002",
)
INSTRUCTIONS: tuple[str, ...] = (
    "PETUNJUK PENGISIAN",
    "1. Isi satu baris untuk setiap peserta.",
    "2. NIP ditulis 18 digit tanpa spasi, format kolom Teks.",
    "3. Jangan mengubah judul kolom.",
)
XXE_CANARY = "KANARI-XXE-7f3a9c"

# The reference cohort: 26 participants, 14 Kementerian/Lembaga and 12 Pemerintah Daerah, grouped by instansi.
REFERENCE_INSTANSI: tuple[tuple[str, Sector, int], ...] = (
    ("Lembaga Administrasi Negara", "central", 3),
    ("Kementerian Keuangan", "central", 2),
    ("Badan Kepegawaian Negara", "central", 2),
    ("BPS Kabupaten Sleman", "central", 1),
    ("Kantor Kementerian Agama Kota Bandung", "central", 1),
    ("Kementerian Hukum dan HAM", "central", 2),
    ("Kanwil DJP Jawa Timur", "central", 1),
    ("Kejaksaan Negeri Surabaya", "central", 1),
    ("KemenPANRB", "central", 1),
    ("Pemerintah Provinsi Jawa Barat", "regional", 2),
    ("BKPSDM Kabupaten Bogor", "regional", 2),
    ("Dinas Kesehatan Kota Surabaya", "regional", 1),
    ("Setda Provinsi Papua Tengah", "regional", 2),
    ("Pemkot Bogor", "regional", 1),
    ("RSUD Kabupaten Banjar", "regional", 1),
    ("Bappeda DIY", "regional", 1),
    ("Sekretariat DPRD Kota Tangerang Selatan", "regional", 1),
    ("Inspektorat Kabupaten Sleman", "regional", 1),
)
_MALE = (
    "Budi", "Agus", "Andri", "Bambang", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rahmat",
    "Yusuf", "Teguh", "Wahyu", "Ma'ruf", "André", "I Made", "I Ketut", "Muhammad", "Arief",
)  # fmt: skip
_FEMALE = (
    "Siti", "Dewi", "Rina", "Fitri", "Lestari", "Nur", "Ratna", "Wulan", "Indah", "Yuliana", "Désy",
    "Ni Luh", "Ni Made", "Sri", "Kartika", "Anisa", "Putri", "Mega", "Retno", "Ayu",
)  # fmt: skip
_FAMILY = (
    "Santoso", "Wijaya", "Siregar", "Simanjuntak", "Nasution", "Hidayat", "Saputra", "Rahayu",
    "Kusuma", "Pratama", "Lubis", "Harahap", "Wibowo", "Setiawan", "Handayani", "Purnamasari",
    "Sembiring", "Pangaribuan", "Mahendra", "Ginting", "Tanjung", "Latuconsina", "Wanggai", "Daeng Pasau",
)  # fmt: skip
_FRONT = ("", "", "", "", "Dr. ", "Ir. ", "drg. ")
_BACK = ("", ", S.E.", ", S.Sos.", ", S.H., M.H.", ", M.Si.", ", S.Kom., M.T.", ", S.E., M.Ak.", ", S.ST.")
GOLONGAN: Mapping[str, str] = {
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tk. I",
    "III/c": "Penata",
    "III/d": "Penata Tk. I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tk. I",
}
_JABATAN = (
    "Analis Kebijakan Ahli Muda", "Widyaiswara Ahli Madya", "Kepala Subbagian Umum",
    "Pranata Komputer Ahli Pertama", "Analis SDM Aparatur Ahli Muda", "Auditor Ahli Muda",
    "Perencana Ahli Muda", "Kepala Seksi Pelayanan", "Analis Keuangan Pusat dan Daerah Ahli Pertama",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    """A fictional participant as the truth behind a roster row."""

    name: str
    nip: str  # 18 digits
    gender: Literal["L", "P"]
    pangkat: str
    golongan: str
    jabatan: str
    instansi: str
    sector: Sector


@dataclass(frozen=True)
class RosterRow:
    """One participant row as written: where it is and what a correct loader must recover."""

    sheet: str
    excel_row: int  # 1-based sheet row; for CSV/TXT the 1-based line number
    name: str
    nip: str | None  # the true 18 digits; None when the NIP cell was left blank
    gender: Literal["L", "P"]
    golongan: str
    instansi: str
    sector: Sector
    nip_cell: object = None  # what the NIP cell holds (str / int / raw <v> text / None)
    nip_damaged: bool = False  # the cell shows Excel's 15-digit loss: derive nothing from it
    name_formula: str | None = None  # formula written instead of the name, with no cached value
    errors: tuple[tuple[str, str], ...] = ()  # (field, error literal such as "#N/A") written in the row


@dataclass(frozen=True)
class Roster:
    """A built roster file and its ground truth; usable wherever a path is (os.PathLike)."""

    path: Path
    rows: tuple[RosterRow, ...]
    sheets: tuple[str, ...]  # sheets that hold participants (CSV: the file name)
    header_rows: tuple[int, ...]
    columns: tuple[str, ...]
    header: tuple[str, ...]
    skip_rows: tuple[tuple[str, int], ...] = ()  # (sheet, row) of non-participant rows below the header
    stale_rows: tuple[RosterRow, ...] = ()  # rows on hidden sheets (stale data)
    hidden_sheets: tuple[str, ...] = ()
    other_sheets: tuple[str, ...] = ()  # visible sheets without participants (instructions, recap)

    def __fspath__(self) -> str:
        """Return the file's path as text."""
        return str(self.path)

    @property
    def count(self) -> int:
        """Return the number of participants written."""
        return len(self.rows)

    @property
    def nips(self) -> list[str | None]:
        """Return the true NIPs in row order."""
        return [row.nip for row in self.rows]

    def count_by(self, attr: str) -> dict[Any, int]:
        """Return participant counts keyed by a RosterRow attribute (e.g. "sector", "sheet")."""
        counts: dict[Any, int] = {}
        for row in self.rows:
            key = getattr(row, attr)
            counts[key] = counts.get(key, 0) + 1
        return counts


# ---------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------


def make_nip(birth: dt.date, tmt: tuple[int, int], gender: Literal["L", "P"], serial: int = 1) -> str:
    """Return an 18-digit PNS NIP from birth date, TMT (year, month), gender and serial."""
    return f"{birth:%Y%m%d}{tmt[0]:04d}{tmt[1]:02d}{1 if gender == 'L' else 2}{serial:03d}"


def sample_people(n: int = 26, *, seed: int = 0) -> tuple[Person, ...]:
    """Return n deterministic fictional people; n=26 reproduces the reference cohort's 14 K/L + 12 Pemda."""
    rng = random.Random(seed)
    pool = [(name, sector) for name, sector, count in REFERENCE_INSTANSI for _ in range(count)]
    seen: set[str] = set()
    people = []
    golongan = tuple(GOLONGAN)
    for i in range(n):
        instansi, sector = pool[i % len(pool)]
        gender: Literal["L", "P"] = "L" if rng.random() < 0.55 else "P"
        first = rng.choice(_MALE if gender == "L" else _FEMALE)
        name = f"{rng.choice(_FRONT)}{first} {rng.choice(_FAMILY)}{rng.choice(_BACK)}"
        birth = dt.date(1966, 1, 1) + dt.timedelta(days=rng.randrange(30 * 365))
        tmt = (min(birth.year + rng.randint(22, 30), 2022), rng.choice((1, 3, 4, 12)))
        serial = 1
        nip = make_nip(birth, tmt, gender, serial)
        while nip in seen:
            serial += 1
            nip = make_nip(birth, tmt, gender, serial)
        seen.add(nip)
        gol = golongan[rng.randrange(len(golongan))]
        jabatan = _JABATAN[rng.randrange(len(_JABATAN))]
        people.append(Person(name, nip, gender, GOLONGAN[gol], gol, jabatan, instansi, sector))
    return tuple(people)


def excel15_digits(nip: str) -> str:
    """Return the digits Excel keeps for a number typed as a digit string: 15 significant, then zeros."""
    return str(round(int(nip), -max(len(nip) - 15, 0)))


def excel15(nip: str) -> float:
    """Return the double Excel holds for a digit string typed as a number."""
    return float(excel15_digits(nip))


def excel15_xml(nip: str) -> str:
    """Return the <v> text Excel writes for such a number, e.g. "1.96608011988031E+17"."""
    digits = excel15_digits(nip)
    mantissa = digits.rstrip("0") or "0"
    mantissa = mantissa[0] + ("." + mantissa[1:] if len(mantissa) > 1 else "")
    return f"{mantissa}E+{len(digits) - 1}"


def excel_general(nip: str) -> str:
    """Return how Excel's General format shows (and a CSV export writes) a long number: "1.96608E+17"."""
    return f"{Decimal(nip):.5E}"


def _spaced(nip: str) -> str:
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


# ---------------------------------------------------------------------------------------------------------
# Layout: one grid shared by every writer (xlsx, xls, ods, csv, html)
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Formula:
    """A formula cell (written without a cached value) and what it would evaluate to."""

    text: str  # starting with "="
    value: object


@dataclass(frozen=True)
class Layout:
    """Options that shape a roster sheet; every roster builder accepts these as keywords."""

    title_rows: Sequence[str] = DEFAULT_TITLE
    columns: Sequence[str] = FIELDS
    header: Sequence[str] | None = None  # labels aligned with columns
    start_row: int = 6  # (first) header row
    start_col: int = 1
    merged_title: bool = True
    two_row_header: bool = False
    number_row: bool = False  # a "1 2 3 ..." column-number row under the header
    footer: Footer = None
    agency_subheaders: bool = False  # "A. KEMENTERIAN/LEMBAGA" rows and "Sub Jumlah" subtotals
    merged_instansi: bool = False  # instansi merged vertically over consecutive same-instansi people
    formulas_without_cache: bool = False  # No as =A7+1, every 4th name as =UPPER("...")
    error_values: bool = False  # #N/A in some jabatan cells, #REF! in some golongan cells
    nip_as_number: NipAsNumber = False
    nip_style: NipStyle = "plain"  # text NIP form, e.g. spaced "19660801 198803 1 001"; mixed rotates four
    gender_style: Literal["short", "long"] = "short"
    blank_rows_after: Sequence[int] = ()  # 0-based participant indexes followed by an empty row
    missing_nip: Sequence[int] = ()  # 0-based participant indexes whose NIP cell stays empty


@dataclass
class _Grid:
    sheet: str
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    bold: set[tuple[int, int]] = field(default_factory=set)
    raw_values: dict[tuple[int, int], str] = field(default_factory=dict)  # exact <v> text for xlsx
    text_cells: set[tuple[int, int]] = field(default_factory=set)  # cells formatted as Text ("@")
    rows: list[RosterRow] = field(default_factory=list)
    header_rows: tuple[int, ...] = ()
    skip_rows: list[int] = field(default_factory=list)
    width: int = 0
    first_col: int = 1
    table_ref: str = ""

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)

    @property
    def max_col(self) -> int:
        return max((c for _, c in self.cells), default=0)

    def covered(self) -> dict[tuple[int, int], tuple[int, int, int, int] | None]:
        """Map merged cells to their merge: the top-left to the range, the others to None."""
        out: dict[tuple[int, int], tuple[int, int, int, int] | None] = {}
        for merge in self.merges:
            r1, c1, r2, c2 = merge
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    out[(r, c)] = None
            out[(r1, c1)] = merge
        return out


def _nip_text(nip: str, style: str, index: int) -> str:
    if style == "mixed":
        style = ("plain", "spaced", "prefixed", "apostrophe")[index % 4]
    return {
        "plain": nip,
        "spaced": _spaced(nip),
        "prefixed": f"NIP. {nip}",
        "apostrophe": f"'{nip}",
        "sci": excel_general(nip),
        "zeros": excel15_digits(nip),
    }[style]


def _layout(people: Sequence[Person], sheet: str, opts: Layout) -> _Grid:
    """Place title, header, participants and footer of one sheet on a grid."""
    grid = _Grid(sheet)
    cols = tuple(opts.columns)
    unknown = set(cols) - set(FIELDS)
    if unknown or "name" not in cols:
        raise ValueError(f"columns must be a subset of {FIELDS} including 'name', got {cols}")
    labels = tuple(opts.header) if opts.header is not None else tuple(DEFAULT_HEADER[f] for f in cols)
    if len(labels) != len(cols):
        raise ValueError(f"header has {len(labels)} labels for {len(cols)} columns")
    if opts.start_row <= len(opts.title_rows):
        raise ValueError(f"start_row {opts.start_row} leaves no room for {len(opts.title_rows)} title rows")
    c0, width = opts.start_col, len(cols)
    grid.width, grid.first_col = width, c0
    col_of = {f: c0 + i for i, f in enumerate(cols)}
    last_col = c0 + width - 1

    for i, text in enumerate(opts.title_rows, start=1):
        grid.cells[(i, c0)] = text
        grid.bold.add((i, c0))
        if opts.merged_title and width > 1:
            grid.merges.append((i, c0, i, last_col))

    h = opts.start_row
    if opts.two_row_header:
        grid.header_rows = (h, h + 1)
        i = 0
        while i < width:
            group = HEADER_GROUPS.get(cols[i])
            j = i
            while group and j + 1 < width and HEADER_GROUPS.get(cols[j + 1]) == group:
                j += 1
            if group:
                grid.cells[(h, c0 + i)] = group
                if j > i:
                    grid.merges.append((h, c0 + i, h, c0 + j))
                for k in range(i, j + 1):
                    grid.cells[(h + 1, c0 + k)] = labels[k]
            else:
                grid.cells[(h, c0 + i)] = labels[i]
                grid.merges.append((h, c0 + i, h + 1, c0 + i))
            i = j + 1
    else:
        grid.header_rows = (h,)
        for i, label in enumerate(labels):
            grid.cells[(h, c0 + i)] = label
    for r in grid.header_rows:
        grid.bold.update((r, c0 + i) for i in range(width))

    r = grid.header_rows[-1] + 1
    if opts.number_row:
        for i in range(width):
            grid.cells[(r, c0 + i)] = i + 1
        grid.skip_rows.append(r)
        r += 1

    if opts.agency_subheaders:
        order: list[Sector] = []
        for p in people:
            if p.sector not in order:
                order.append(p.sector)
        groups = [(SUBHEADERS[s], [(i, p) for i, p in enumerate(people) if p.sector == s]) for s in order]
    else:
        groups = [("", list(enumerate(people)))]

    no = 0
    prev_no_cell: tuple[int, int] | None = None
    for label, members in groups:
        if label:
            grid.cells[(r, c0)] = label
            grid.bold.add((r, c0))
            if width > 1:
                grid.merges.append((r, c0, r, last_col))
            grid.skip_rows.append(r)
            r += 1
        run_start: int | None = None
        for k, (index, p) in enumerate(members):
            no += 1
            errors: list[tuple[str, str]] = []
            name_formula = None
            values: dict[str, object] = {
                "no": no,
                "name": p.name,
                "gender": p.gender
                if opts.gender_style == "short"
                else {"L": "Laki-laki", "P": "Perempuan"}[p.gender],
                "golongan": f"{p.pangkat} ({p.golongan})",
                "jabatan": p.jabatan,
                "instansi": p.instansi,
            }
            if opts.formulas_without_cache:
                if "no" in col_of and prev_no_cell is not None:
                    ref = f"{get_column_letter(prev_no_cell[1])}{prev_no_cell[0]}"
                    values["no"] = Formula(f"={ref}+1", no)
                if index % 4 == 1:
                    name_formula = f'=UPPER("{p.name}")'
                    values["name"] = Formula(name_formula, p.name.upper())
            if opts.error_values:
                if index % 5 == 2 and "jabatan" in col_of:
                    values["jabatan"] = "#N/A"
                    errors.append(("jabatan", "#N/A"))
                if index % 7 == 3 and "golongan" in col_of:
                    values["golongan"] = "#REF!"
                    errors.append(("golongan", "#REF!"))
            nip: str | None = p.nip
            damaged = False
            nip_cell: object = None
            if index in opts.missing_nip:
                nip = None
            elif opts.nip_as_number == "exact":
                nip_cell = int(p.nip)
                grid.raw_values[(r, col_of.get("nip", 0))] = p.nip
            elif opts.nip_as_number == "excel15":
                nip_cell = excel15(p.nip)
                damaged = True
                grid.raw_values[(r, col_of.get("nip", 0))] = excel15_xml(p.nip)
            else:
                nip_cell = _nip_text(p.nip, opts.nip_style, index)
                damaged = opts.nip_style in DAMAGED_STYLES
                grid.text_cells.add((r, col_of.get("nip", 0)))
            values["nip"] = nip_cell
            for f, c in col_of.items():
                if values[f] is not None:
                    grid.cells[(r, c)] = values[f]
            if "no" in col_of:
                prev_no_cell = (r, col_of["no"])
            grid.rows.append(
                RosterRow(
                    sheet=sheet,
                    excel_row=r,
                    name=p.name,
                    nip=nip if "nip" in col_of else None,
                    gender=p.gender,
                    golongan=p.golongan,
                    instansi=p.instansi,
                    sector=p.sector,
                    nip_cell=nip_cell if "nip" in col_of else None,
                    nip_damaged=damaged,
                    name_formula=name_formula,
                    errors=tuple(errors),
                )
            )
            # Vertical instansi merges over consecutive rows of the same instansi (no gap between them).
            if opts.merged_instansi and "instansi" in col_of:
                nxt = members[k + 1][1] if k + 1 < len(members) else None
                gap = index in opts.blank_rows_after
                if run_start is None:
                    run_start = r
                if nxt is None or nxt.instansi != p.instansi or gap:
                    if r > run_start:
                        c = col_of["instansi"]
                        grid.merges.append((run_start, c, r, c))
                        for rr in range(run_start + 1, r + 1):
                            grid.cells.pop((rr, c), None)
                    run_start = None
            r += 1
            if index in opts.blank_rows_after:
                r += 1
        if label:
            grid.cells[(r, c0)] = "Sub Jumlah"
            if width > 2:
                grid.merges.append((r, c0, r, c0 + 1))
            grid.cells[(r, c0 + min(2, width - 1))] = len(members)
            grid.skip_rows.append(r)
            r += 1
    last_data = r - 1

    if opts.footer in ("jumlah", "both"):
        grid.cells[(r, c0)] = "JUMLAH"
        grid.bold.add((r, c0))
        if width > 2:
            grid.merges.append((r, c0, r, c0 + 1))
        grid.cells[(r, c0 + min(2, width - 1))] = len(people)
        grid.skip_rows.append(r)
        r += 1
    if opts.footer in ("signature", "both"):
        r += 1
        c = c0 + max(width - 2, 0)
        for line in SIGNATURE:
            if line:
                grid.cells[(r, c)] = line
                grid.skip_rows.append(r)
            r += 1
    grid.table_ref = f"{get_column_letter(c0)}{h}:{get_column_letter(last_col)}{max(last_data, h + 1)}"
    return grid


def _plain(value: object) -> object:
    """Return what a non-formula format holds for a grid value (formulas shown as their results)."""
    return value.value if isinstance(value, Formula) else value


def _text(value: object) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.15G}"
    return str(value)


def _roster(path: Path, grids: Sequence[_Grid], opts: Layout, **extra: Any) -> Roster:
    cols = tuple(opts.columns)
    labels = tuple(opts.header) if opts.header is not None else tuple(DEFAULT_HEADER[f] for f in cols)
    return Roster(
        path=path,
        rows=tuple(row for g in grids for row in g.rows),
        sheets=tuple(g.sheet for g in grids),
        header_rows=grids[0].header_rows if grids else (),
        columns=cols,
        header=labels,
        skip_rows=tuple((g.sheet, r) for g in grids for r in sorted(set(g.skip_rows))),
        **extra,
    )


# ---------------------------------------------------------------------------------------------------------
# xlsx (openpyxl) and zip-level patching
# ---------------------------------------------------------------------------------------------------------


def _fill_openpyxl(ws: Any, grid: _Grid) -> None:
    """Write a grid onto an openpyxl worksheet, with merges, bold titles and Text-formatted NIPs."""
    bold = Font(bold=True)
    for (r, c), value in grid.cells.items():
        cell = ws.cell(row=r, column=c)
        cell.value = value.text if isinstance(value, Formula) else value
        if (r, c) in grid.bold:
            cell.font = bold
        if (r, c) in grid.text_cells:
            cell.number_format = "@"
    for r1, c1, r2, c2 in grid.merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        ws.cell(row=r1, column=c1).alignment = Alignment(horizontal="center", vertical="center")
    for i in range(grid.width):
        ws.column_dimensions[get_column_letter(grid.first_col + i)].width = 24


def _sheet_part(path: Path, sheet_index: int) -> str:
    return f"xl/worksheets/sheet{sheet_index + 1}.xml"


def rewrite_zip(path: Path, edits: Mapping[str, bytes | Callable[[bytes], bytes] | None]) -> Path:
    """Rewrite zip members in place: bytes replace/add a member, a callable transforms it, None drops it."""
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info)) for info in zin.infolist()]
    names = {info.filename for info, _ in members}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            edit = edits.get(info.filename, data)
            if edit is None:
                continue
            zout.writestr(info, edit(data) if callable(edit) else edit)
        for name, edit in edits.items():
            if name not in names and isinstance(edit, bytes):
                zout.writestr(name, edit)
    path.write_bytes(buf.getvalue())
    return path


def _patch_values(raw: Mapping[tuple[int, int], str]) -> Callable[[bytes], bytes]:
    """Return a transform that replaces the <v> text of the given (row, col) cells in sheet XML."""
    by_ref = {f"{get_column_letter(c)}{r}": text for (r, c), text in raw.items()}

    def patch(xml: bytes) -> bytes:
        def repl(m: re.Match[str]) -> str:
            text = by_ref.get(m.group(2))
            return m.group(0) if text is None else f"{m.group(1)}<v>{text}</v>"

        return re.sub(r'(<c r="([A-Z]+\d+)"[^>]*>)<v>[^<]*</v>', repl, xml.decode()).encode()

    return patch


def _check_table(opts: Layout) -> None:
    bad = [
        name
        for name in ("two_row_header", "number_row", "agency_subheaders", "merged_instansi")
        if getattr(opts, name)
    ]
    if bad:
        raise ValueError(f"an Excel table cannot have {', '.join(bad)}")


def xlsx_roster(
    tmp_path: Path,
    rows: Sequence[Person] | None = None,
    *,
    filename: str = "peserta.xlsx",
    sheet_name: str = "Peserta",
    extra_sheets: Sequence[tuple[str, Sequence[str] | Sequence[Sequence[object]]]] = (),
    hidden_sheets: Sequence[str] = (),
    as_excel_table: bool = False,
    extra_cells: Mapping[str, object] | None = None,
    title_rows: Sequence[str] = DEFAULT_TITLE,
    header: Sequence[str] | None = None,
    columns: Sequence[str] = FIELDS,
    start_row: int = 6,
    start_col: int = 1,
    merged_title: bool = True,
    two_row_header: bool = False,
    number_row: bool = False,
    footer: Footer = None,
    agency_subheaders: bool = False,
    merged_instansi: bool = False,
    formulas_without_cache: bool = False,
    error_values: bool = False,
    nip_as_number: NipAsNumber = False,
    nip_style: NipStyle = "plain",
    gender_style: Literal["short", "long"] = "short",
    blank_rows_after: Sequence[int] = (),
    missing_nip: Sequence[int] = (),
) -> Roster:
    """Write a messy-but-valid .xlsx roster (hidden sheets first, then extra sheets, then the roster)."""
    opts = Layout(
        title_rows=title_rows, columns=columns, header=header, start_row=start_row, start_col=start_col,
        merged_title=merged_title, two_row_header=two_row_header, number_row=number_row, footer=footer,
        agency_subheaders=agency_subheaders, merged_instansi=merged_instansi,
        formulas_without_cache=formulas_without_cache, error_values=error_values,
        nip_as_number=nip_as_number, nip_style=nip_style, gender_style=gender_style,
        blank_rows_after=blank_rows_after, missing_nip=missing_nip,
    )  # fmt: skip
    people = sample_people() if rows is None else rows
    if as_excel_table:
        _check_table(opts)
    grid = _layout(people, sheet_name, opts)
    stale_grids = [
        _layout(sample_people(len(people), seed=100 + i), name, replace(opts, formulas_without_cache=False))
        for i, name in enumerate(hidden_sheets)
    ]
    path = tmp_path / filename
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for g in stale_grids:
        ws = wb.create_sheet(g.sheet)
        _fill_openpyxl(ws, g)
        ws.sheet_state = "hidden"
    for name, lines in extra_sheets:
        _write_lines(wb.create_sheet(name), lines)
    ws = wb.create_sheet(sheet_name)
    _fill_openpyxl(ws, grid)
    for ref, value in (extra_cells or {}).items():
        ws[ref] = value
    if as_excel_table:
        table = Table(displayName="TabelPeserta", ref=grid.table_ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)
    roster_index = len(wb.worksheets) - 1
    wb.active = roster_index
    wb.save(path)
    edits: dict[str, Callable[[bytes], bytes]] = {}
    for index, g in enumerate([*stale_grids, grid]):
        if g.raw_values:
            sheet_index = index if g is not grid else roster_index
            edits[_sheet_part(path, sheet_index)] = _patch_values(g.raw_values)
    if edits:
        rewrite_zip(path, edits)
    return _roster(
        path,
        [grid],
        opts,
        stale_rows=tuple(r for g in stale_grids for r in g.rows),
        hidden_sheets=tuple(hidden_sheets),
        other_sheets=tuple(name for name, _ in extra_sheets),
    )


def _write_lines(ws: Any, lines: Sequence[str] | Sequence[Sequence[object]]) -> None:
    for i, line in enumerate(lines, start=1):
        values = [line] if isinstance(line, str) else list(line)
        for j, value in enumerate(values, start=1):
            ws.cell(row=i, column=j).value = value


def multi_sheet_xlsx(
    tmp_path: Path,
    cohorts: Mapping[str, Sequence[Person]] | None = None,
    *,
    filename: str = "peserta_per_angkatan.xlsx",
    stale_sheet: str = "Data Lama",
    **layout: Any,
) -> Roster:
    """Write one sheet per cohort plus "Petunjuk", a hidden stale sheet and a "Rekap" of counts."""
    if cohorts is None:
        people = sample_people(22, seed=7)
        cohorts = {"Angkatan I": people[0::2], "Angkatan II": people[1::2]}
    opts = Layout(**layout)
    grids = []
    for name, members in cohorts.items():
        title = [t.replace("ANGKATAN IV", name.upper()) for t in opts.title_rows]
        grids.append(_layout(members, name, replace(opts, title_rows=title)))
    stale = _layout(sample_people(15, seed=99), stale_sheet, opts)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _write_lines(wb.create_sheet("Petunjuk"), INSTRUCTIONS)
    ws = wb.create_sheet(stale_sheet)
    _fill_openpyxl(ws, stale)
    ws.sheet_state = "hidden"
    for g in grids:
        _fill_openpyxl(wb.create_sheet(g.sheet), g)
    recap: list[list[object]] = [["REKAPITULASI PESERTA"], [], ["Angkatan", "Jumlah", "K/L", "Pemda"]]
    for g in grids:
        central = sum(r.sector == "central" for r in g.rows)
        recap.append([g.sheet, len(g.rows), central, len(g.rows) - central])
    recap.append(["JUMLAH", sum(len(g.rows) for g in grids)])
    _write_lines(wb.create_sheet("Rekap"), recap)
    wb.active = 2
    path = tmp_path / filename
    wb.save(path)
    edits = {
        _sheet_part(path, 2 + i): _patch_values(g.raw_values) for i, g in enumerate(grids) if g.raw_values
    }
    if stale.raw_values:
        edits[_sheet_part(path, 1)] = _patch_values(stale.raw_values)
    if edits:
        rewrite_zip(path, edits)
    return _roster(
        path,
        grids,
        opts,
        stale_rows=tuple(stale.rows),
        hidden_sheets=(stale_sheet,),
        other_sheets=("Petunjuk", "Rekap"),
    )


_VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
_XLSX_MAIN = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_XLSM_MAIN = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
# Not a runnable macro project: the OLE signature and padding, enough for a part readers must skip.
FAKE_VBA_PROJECT = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)


def xlsm_roster(tmp_path: Path, rows: Sequence[Person] | None = None, **options: Any) -> Roster:
    """Write a roster as a macro-enabled .xlsm (macro content type and a xl/vbaProject.bin part)."""
    options.setdefault("filename", "peserta.xlsm")
    roster = xlsx_roster(tmp_path, rows, **options)

    def content_types(xml: bytes) -> bytes:
        xml = xml.replace(_XLSX_MAIN, _XLSM_MAIN)
        default = b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        return xml.replace(b"<Default ", default + b"<Default ", 1)

    def rels(xml: bytes) -> bytes:
        rel = f'<Relationship Id="rIdVba1" Type="{_VBA_REL}" Target="vbaProject.bin"/>'.encode()
        return xml.replace(b"</Relationships>", rel + b"</Relationships>")

    rewrite_zip(
        roster.path,
        {
            "[Content_Types].xml": content_types,
            "xl/_rels/workbook.xml.rels": rels,
            "xl/vbaProject.bin": FAKE_VBA_PROJECT,
        },
    )
    return roster


# ---------------------------------------------------------------------------------------------------------
# ods, xls, csv, html
# ---------------------------------------------------------------------------------------------------------


def ods_roster(
    tmp_path: Path, rows: Sequence[Person] | None = None, *, filename: str = "peserta.ods",
    sheet_name: str = "Peserta", **layout: Any,
) -> Roster:  # fmt: skip
    """Write an OpenDocument spreadsheet roster with title rows and merged cells (odfpy)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, TableCell, TableRow
    from odf.table import Table as OdsTable
    from odf.text import P

    opts = Layout(**layout)
    grid = _layout(sample_people() if rows is None else rows, sheet_name, opts)
    doc = OpenDocumentSpreadsheet()
    table = OdsTable(name=sheet_name)
    covered = grid.covered()
    for r in range(1, grid.max_row + 1):
        tr = TableRow()
        for c in range(1, grid.max_col + 1):
            merge = covered.get((r, c))
            if merge is None and (r, c) in covered:
                tr.addElement(CoveredTableCell())
                continue
            attrs: dict[str, Any] = {}
            if merge is not None:
                attrs["numberrowsspanned"] = merge[2] - merge[0] + 1
                attrs["numbercolumnsspanned"] = merge[3] - merge[1] + 1
            value = _plain(grid.cells.get((r, c)))
            raw = grid.raw_values.get((r, c))
            if value is None:
                cell = TableCell(**attrs)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                cell = TableCell(valuetype="float", value=raw or _text(value), **attrs)
                cell.addElement(P(text=_text(value)))
            else:
                cell = TableCell(valuetype="string", **attrs)
                cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    path = tmp_path / filename
    doc.save(str(path))
    return _roster(path, [grid], opts)


def xls_roster(
    tmp_path: Path, rows: Sequence[Person] | None = None, *, filename: str = "peserta.xls",
    sheet_name: str = "Peserta", extra_sheets: Sequence[tuple[str, Sequence[str]]] = (), **layout: Any,
) -> Roster:  # fmt: skip
    """Write a legacy BIFF8 .xls roster with xlwt (skips the calling test when xlwt is missing)."""
    import pytest

    xlwt = pytest.importorskip("xlwt")
    opts = Layout(**layout)
    if opts.nip_as_number == "exact":
        raise ValueError("BIFF stores numbers as doubles: an exact 18-digit NIP cannot be written to .xls")
    grid = _layout(sample_people() if rows is None else rows, sheet_name, opts)
    wb = xlwt.Workbook(encoding="utf-8")
    for name, lines in extra_sheets:
        extra = wb.add_sheet(name)
        for i, line in enumerate(lines):
            extra.write(i, 0, line)
    ws = wb.add_sheet(sheet_name, cell_overwrite_ok=True)
    bold = xlwt.easyxf("font: bold on; align: horiz center, vert center")
    centred = xlwt.easyxf("align: vert center")
    covered = grid.covered()
    for r1, c1, r2, c2 in grid.merges:
        style = bold if (r1, c1) in grid.bold else centred
        ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, _plain(grid.cells.get((r1, c1), "")), style)
    for (r, c), value in grid.cells.items():
        if (r, c) in covered:
            continue
        value = _plain(value)
        if (r, c) in grid.bold:
            ws.write(r - 1, c - 1, value, bold)
        else:
            ws.write(r - 1, c - 1, value)
    path = tmp_path / filename
    wb.save(str(path))
    return _roster(path, [grid], opts, other_sheets=tuple(n for n, _ in extra_sheets))


def csv_roster(
    tmp_path: Path,
    rows: Sequence[Person] | None = None,
    *,
    filename: str = "peserta.csv",
    sep: str = ";",
    encoding: str = "cp1252",
    sep_line: bool = False,
    line_ending: str = "\r\n",
    **layout: Any,
) -> Roster:
    """Write a CSV/TXT roster as Excel exports it (title rows, padded separators); excel_row is the line."""
    opts = Layout(**layout)
    if opts.nip_as_number or opts.formulas_without_cache:
        raise ValueError("CSV holds text: use nip_style='sci'/'zeros' for damaged NIPs; no formulas in CSV")
    shift = 1 if sep_line else 0
    grid = _layout(sample_people() if rows is None else rows, filename, opts)
    buf = io.StringIO(newline="")
    if sep_line:
        buf.write(f"sep={sep}{line_ending}")
    writer = csv.writer(buf, delimiter=sep, lineterminator=line_ending)
    for r in range(1, grid.max_row + 1):
        writer.writerow([_text(grid.cells.get((r, c))) for c in range(1, grid.max_col + 1)])
    grid.rows = [replace(row, excel_row=row.excel_row + shift) for row in grid.rows]
    grid.header_rows = tuple(r + shift for r in grid.header_rows)
    grid.skip_rows = [r + shift for r in grid.skip_rows]
    path = tmp_path / filename
    path.write_bytes(buf.getvalue().encode(encoding))
    return _roster(path, [grid], opts)


# Datasette-style table of CSV variants: id -> csv_roster keywords.
CSV_VARIANTS: Mapping[str, Mapping[str, Any]] = {
    "excel_id_semicolon_cp1252": {"sep": ";", "encoding": "cp1252"},
    "utf8_bom_comma": {"sep": ",", "encoding": "utf-8-sig"},
    "utf8_comma": {"sep": ",", "encoding": "utf-8", "line_ending": "\n"},
    "tab_txt": {"sep": "\t", "encoding": "utf-8", "filename": "peserta.txt"},
    "sep_line": {"sep": ";", "encoding": "cp1252", "sep_line": True},
    "nip_scientific": {"sep": ";", "encoding": "cp1252", "nip_style": "sci"},
    "nip_zeros": {"sep": ";", "encoding": "cp1252", "nip_style": "zeros"},
    "nip_apostrophe": {"sep": ";", "encoding": "cp1252", "nip_style": "apostrophe"},
    "nip_mixed": {"sep": ";", "encoding": "utf-8-sig", "nip_style": "mixed"},
    "no_title": {"sep": ",", "encoding": "utf-8", "title_rows": (), "start_row": 1},
}


def html_roster(
    tmp_path: Path, rows: Sequence[Person] | None = None, *, filename: str = "peserta.xls",
    sheet_name: str = "Peserta", encoding: str = "utf-8", **layout: Any,
) -> Roster:  # fmt: skip
    """Write an HTML table saved as .xls, the way old web apps export "Excel"."""
    opts = Layout(**layout)
    grid = _layout(sample_people() if rows is None else rows, sheet_name, opts)
    covered = grid.covered()
    lines = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={encoding}">',
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
        f"<x:Name>{html.escape(sheet_name)}</x:Name></x:ExcelWorksheet></x:ExcelWorksheets>"
        "</x:ExcelWorkbook></xml><![endif]--></head>",
        '<body><table border="1">',
    ]
    for r in range(1, grid.max_row + 1):
        cells = []
        for c in range(1, grid.max_col + 1):
            merge = covered.get((r, c))
            if merge is None and (r, c) in covered:
                continue
            span = ""
            if merge is not None:
                if merge[2] > merge[0]:
                    span += f' rowspan="{merge[2] - merge[0] + 1}"'
                if merge[3] > merge[1]:
                    span += f' colspan="{merge[3] - merge[1] + 1}"'
            style = " style=\"mso-number-format:'\\@'\"" if (r, c) in grid.text_cells else ""
            tag = "th" if r in grid.header_rows else "td"
            cells.append(f"<{tag}{span}{style}>{html.escape(_text(grid.cells.get((r, c))))}</{tag}>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table></body></html>")
    path = tmp_path / filename
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return _roster(path, [grid], opts)


# ---------------------------------------------------------------------------------------------------------
# Misnamed files: the content is a valid roster, the extension lies
# ---------------------------------------------------------------------------------------------------------


def csv_named_xlsx(tmp_path: Path, **options: Any) -> Roster:
    """Write a ;-separated CSV roster saved as peserta.xlsx."""
    return csv_roster(tmp_path, filename="csv_asli.xlsx", **options)


def xlsx_named_xls(tmp_path: Path, **options: Any) -> Roster:
    """Write an .xlsx roster saved as peserta.xls."""
    return xlsx_roster(tmp_path, filename="xlsx_asli.xls", **options)


def xlsx_named_csv(tmp_path: Path, **options: Any) -> Roster:
    """Write an .xlsx roster saved as peserta.csv."""
    return xlsx_roster(tmp_path, filename="xlsx_asli.csv", **options)


def html_named_xls(tmp_path: Path, **options: Any) -> Roster:
    """Write an HTML-table roster saved as .xls (old web-app export)."""
    return html_roster(tmp_path, filename="html_asli.xls", **options)


MISNAMED: Mapping[str, Callable[..., Roster]] = {
    "csv_as_xlsx": csv_named_xlsx,
    "xlsx_as_xls": xlsx_named_xls,
    "xlsx_as_csv": xlsx_named_csv,
    "html_as_xls": html_named_xls,
}


# ---------------------------------------------------------------------------------------------------------
# Hostile and broken files
# ---------------------------------------------------------------------------------------------------------


def empty_file(tmp_path: Path, filename: str = "kosong.xlsx") -> Path:
    """Write a 0-byte file."""
    path = tmp_path / filename
    path.write_bytes(b"")
    return path


def truncated_xlsx(tmp_path: Path, filename: str = "terpotong.xlsx") -> Path:
    """Write the first half of a valid .xlsx (an interrupted download)."""
    source = xlsx_roster(tmp_path, filename="_utuh.xlsx").path
    data = source.read_bytes()
    source.unlink()
    path = tmp_path / filename
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_zip_xlsx(tmp_path: Path, filename: str = "rusak.xlsx") -> Path:
    """Write a file that starts with a zip local-header signature and then holds garbage."""
    path = tmp_path / filename
    path.write_bytes(b"PK\x03\x04" + random.Random(3).randbytes(4096))
    return path


def png_named_xlsx(tmp_path: Path, filename: str = "foto.xlsx") -> Path:
    """Write a valid 1x1 PNG image named .xlsx."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
    path = tmp_path / filename
    path.write_bytes(png + chunk(b"IEND", b""))
    return path


def pdf_named_xlsx(tmp_path: Path, filename: str = "daftar_peserta.xlsx") -> Path:
    """Write a minimal one-page PDF named .xlsx."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path = tmp_path / filename
    path.write_bytes(bytes(out))
    return path


def encrypted_xlsx(tmp_path: Path, password: str = "rahasia123", filename: str = "terkunci.xlsx") -> Path:
    """Write a password-protected roster (OOXML Agile encryption in an OLE container, like Excel's)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = xlsx_roster(tmp_path, filename="_polos.xlsx").path
    path = tmp_path / filename
    with plain.open("rb") as src, path.open("wb") as dst:
        OOXMLFile(src).encrypt(password, dst)
    plain.unlink()
    return path


# -- hand-written zip writer: needed to stream precomputed deflate data and sparse members --------------


@dataclass
class _RawMember:
    name: str
    method: int  # 0 stored, 8 deflated
    crc: int
    compressed_size: int
    size: int
    write: Callable[[Any], None]  # writes exactly compressed_size bytes to the open file


def _member(name: str, data: bytes, level: int = 9) -> _RawMember:
    comp = zlib.compressobj(level, zlib.DEFLATED, -15)
    body = comp.compress(data) + comp.flush()
    return _RawMember(name, 8, zlib.crc32(data), len(body), len(data), lambda f: f.write(body))


def _write_zip(path: Path, members: Iterable[_RawMember]) -> Path:
    """Write a plain (non-zip64) zip archive from raw members."""
    central = bytearray()
    count = 0
    with path.open("wb") as f:
        for m in members:
            if m.size >= 0xFFFFFFFF or m.compressed_size >= 0xFFFFFFFF:
                raise ValueError("members of 4 GiB or more need zip64, which this writer does not do")
            offset = f.tell()
            name = m.name.encode()
            fixed = struct.pack("<HHHHHIIIHH", 20, 0, m.method, 0, 0x5721, m.crc, m.compressed_size, m.size,
                                len(name), 0)  # fmt: skip
            f.write(b"PK\x03\x04" + fixed + name)
            m.write(f)
            central += (
                b"PK\x01\x02" + struct.pack("<H", 20) + fixed + struct.pack("<HHHII", 0, 0, 0, 0, offset)
            )
            central += name
            count += 1
        start = f.tell()
        f.write(central)
        f.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, count, count, len(central), start, 0))
    return path


def _xlsx_members(source: Path, skip: Sequence[str] = ()) -> list[_RawMember]:
    with zipfile.ZipFile(source) as z:
        return [_member(i.filename, z.read(i)) for i in z.infolist() if i.filename not in skip]


_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<dimension ref="A1:B2"/><sheetData>'
)


def zip_bomb_xlsx(
    tmp_path: Path,
    uncompressed_size: int = 2 * 1024**3,
    *,
    payload: Literal["text", "whitespace"] = "text",
    filename: str = "bom.xlsx",
) -> Path:
    """Write a valid-looking .xlsx whose sheet1.xml inflates to uncompressed_size bytes (about 1000:1)."""
    # "text" puts the bulk in one inline-string cell, "whitespace" between XML elements. The central
    # directory states the true sizes and CRC: a loader must refuse on those numbers, not on a crash.
    chunk_size = 1 << 20
    head = _SHEET_HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>'
    if payload == "whitespace":
        head = _SHEET_HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row>'
        tail = b"</sheetData></worksheet>"
        unit = b" "
    else:
        tail = b"</t></is></c></row></sheetData></worksheet>"
        unit = b"A"
    n_chunks = max((uncompressed_size - len(head) - len(tail)) // chunk_size, 1)
    chunk = unit * chunk_size
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(head) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(chunk) + comp.flush(
        zlib.Z_FULL_FLUSH
    )  # identical for every chunk after a full flush
    last = comp.compress(tail) + comp.flush()
    crc = zlib.crc32(head)
    for _ in range(n_chunks):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)

    def write(f: Any) -> None:
        f.write(first)
        for _ in range(n_chunks):
            f.write(block)
        f.write(last)

    sheet = _RawMember(
        "xl/worksheets/sheet1.xml", 8, crc, len(first) + n_chunks * len(block) + len(last),
        len(head) + n_chunks * chunk_size + len(tail), write,
    )  # fmt: skip
    template = _minimal_workbook(tmp_path)
    members = _xlsx_members(template, skip=["xl/worksheets/sheet1.xml"])
    template.unlink()
    return _write_zip(tmp_path / filename, [*members, sheet])


def _minimal_workbook(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = "Peserta"
    wb.active["A1"] = "Nama"
    path = tmp_path / "_templat.xlsx"
    wb.save(path)
    return path


_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _shared_strings_xlsx(
    path: Path, rows: Sequence[Sequence[str]], doctype: str, sst_items: Sequence[str]
) -> Path:
    """Write a hand-made xlsx whose cells all point into sharedStrings.xml (which carries a DOCTYPE)."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_XLSX_MAIN.decode()}"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    )
    root_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}">'
        '<sheets><sheet name="Peserta" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wb_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG_REL}">'
        f'<Relationship Id="rId1" Type="{_OFFICE_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_OFFICE_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    )
    strings: list[str] = list(sst_items)
    index: dict[str, int] = {s: i for i, s in enumerate(strings)}
    xml_rows = []
    for r, values in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(values, start=1):
            if value not in index:
                index[value] = len(strings)
                strings.append(html.escape(value, quote=False))
            cells.append(f'<c r="{get_column_letter(c)}{r}" t="s"><v>{index[value]}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN_NS}">'
        f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
    )
    sst = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}\n'
        f'<sst xmlns="{_MAIN_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings)
        + "</sst>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", sst)
    return path


def _small_table(n: int = 3) -> list[list[str]]:
    people = sample_people(n, seed=5)
    return [["No", "Nama", "NIP", "Instansi"]] + [
        [str(i), p.name, p.nip, p.instansi] for i, p in enumerate(people, 1)
    ]


def billion_laughs_xlsx(tmp_path: Path, *, where: Literal["sharedStrings", "sheet"] = "sharedStrings",
                        filename: str = "tawa.xlsx") -> Path:  # fmt: skip
    """Write an xlsx whose sharedStrings.xml (or sheet1.xml) defines nested entities (billion laughs)."""
    levels = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10)
    ]
    root = "sst" if where == "sharedStrings" else "worksheet"
    doctype = f"<!DOCTYPE {root} [\n " + "\n ".join(levels) + "\n]>"
    path = tmp_path / filename
    if where == "sharedStrings":
        return _shared_strings_xlsx(path, _small_table(), doctype, ["&lol9;"])
    _shared_strings_xlsx(path, _small_table(), "", [])

    def sheet(xml: bytes) -> bytes:
        text = xml.decode().replace("?>", "?>\n" + doctype, 1)
        row = '<row r="99"><c r="A99" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        return text.replace("</sheetData>", row + "</sheetData>", 1).encode()

    return rewrite_zip(path, {"xl/worksheets/sheet1.xml": sheet})


def xxe_xlsx(tmp_path: Path, *, system_id: str | None = None, filename: str = "xxe.xlsx") -> Path:
    """Write an xlsx whose sharedStrings.xml pulls an external entity (default: a canary file in tmp_path)."""
    # The default target holds XXE_CANARY, so a test can assert it never reaches the loaded data;
    # system_id="file:///etc/passwd" gives the classic form.
    if system_id is None:
        canary = tmp_path / "rahasia.txt"
        canary.write_text(XXE_CANARY + "\n")
        system_id = canary.resolve().as_uri()
    doctype = f'<!DOCTYPE sst [\n <!ENTITY xxe SYSTEM "{system_id}">\n]>'
    table = _small_table()
    return _shared_strings_xlsx(tmp_path / filename, table, doctype, ["&xxe;"])


def max_cell_xlsx(tmp_path: Path, filename: str = "sel_terakhir.xlsx", **options: Any) -> Roster:
    """Write a normal roster plus a stray value in XFD1048576 (never open it with calamine in-process)."""
    return xlsx_roster(tmp_path, filename=filename, extra_cells={"XFD1048576": "."}, **options)


def lying_dimension_xlsx(tmp_path: Path, filename: str = "dimensi_palsu.xlsx", **options: Any) -> Roster:
    """Write a normal roster whose sheet <dimension ref> claims A1:XFD1048576."""
    roster = xlsx_roster(tmp_path, filename=filename, **options)

    def patch(xml: bytes) -> bytes:
        return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml, count=1)

    with zipfile.ZipFile(roster.path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    rewrite_zip(roster.path, dict.fromkeys(sheets, patch))
    return roster


def _fast_rows(n: int, seed: int) -> Iterator[tuple[int, str, str, str, str, str, str]]:
    """Yield n big-roster rows cheaply (unique NIPs by construction)."""
    rng = random.Random(seed)
    pool = [(name, count) for name, _, count in REFERENCE_INSTANSI for _ in range(count)]
    gols = [f"{v} ({k})" for k, v in GOLONGAN.items()]
    base = dt.date(1966, 1, 1).toordinal()
    for i in range(n):
        male = rng.random() < 0.55
        first = _MALE[i % len(_MALE)] if male else _FEMALE[i % len(_FEMALE)]
        birth = dt.date.fromordinal(base + (i * 7919) % 10950)
        tmt = f"{min(birth.year + 22 + i % 9, 2022):04d}{(1, 3, 4, 12)[(i // 9) % 4]:02d}"
        serial = 1 + i // 10950  # birth dates repeat every 10950 rows: the serial keeps NIPs unique
        nip = f"{birth:%Y%m%d}{tmt}{1 if male else 2}{serial:03d}"
        yield (i + 1, f"{first} {_FAMILY[(i * 31) % len(_FAMILY)]}", nip, "L" if male else "P",
               gols[i % len(gols)], _JABATAN[i % len(_JABATAN)], pool[i % len(pool)][0])  # fmt: skip


def _big_truth(path: Path, sheet: str, first_row: int, n_rows: int, seed: int) -> Roster:
    sector = {name: s for name, s, _ in REFERENCE_INSTANSI}
    rows = tuple(
        RosterRow(
            sheet,
            first_row + i,
            name,
            nip,
            "L" if g == "L" else "P",
            gol.split("(")[-1].rstrip(")"),
            inst,
            sector[inst],
            nip_cell=nip,
        )  # fmt: skip
        for i, (_, name, nip, g, gol, _, inst) in enumerate(_fast_rows(n_rows, seed))
    )
    return Roster(path, rows, (sheet,), (first_row - 1,), FIELDS, tuple(DEFAULT_HEADER[f] for f in FIELDS))


def _sheet_xml(rows: Sequence[Sequence[object]]) -> bytes:
    """Return worksheet XML for rows of str/int values (inline strings), written directly for speed."""
    letters = [get_column_letter(c) for c in range(1, 64)]
    dimension = f'<dimension ref="A1:{letters[max(map(len, rows)) - 1]}{len(rows)}"/>'.encode()
    parts = [_SHEET_HEAD.replace(b'<dimension ref="A1:B2"/>', dimension).decode()]
    for r, values in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(values):
            ref = f"{letters[c]}{r}"
            if isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value is not None:
                text = html.escape(str(value), quote=False)
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
        parts.append(f'<row r="{r}">{"".join(cells)}</row>')
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode()


def big_roster_xlsx(
    tmp_path: Path,
    n_rows: int = 100_000,
    *,
    filename: str = "besar.xlsx",
    seed: int = 0,
    engine: Literal["xml", "openpyxl"] = "xml",
) -> Roster:
    """Write a large legitimate roster fast: two title rows, a blank row, the header on row 4."""
    # engine="xml" writes the sheet XML directly (100k rows in about 1 s); openpyxl's write-only mode
    # takes about 5 s for 100k rows.
    head: list[list[object]] = [
        [DEFAULT_TITLE[0]],
        [DEFAULT_TITLE[1]],
        [],
        [DEFAULT_HEADER[f] for f in FIELDS],
    ]
    path = tmp_path / filename
    if engine == "openpyxl":
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Peserta")
        for line in head:
            ws.append(line)
        for row in _fast_rows(n_rows, seed):
            ws.append(row)
        wb.save(path)
    else:
        template = _minimal_workbook(tmp_path)
        members = _xlsx_members(template, skip=["xl/worksheets/sheet1.xml"])
        template.unlink()
        sheet = _sheet_xml([*head, *_fast_rows(n_rows, seed)])
        _write_zip(path, [*members, _member("xl/worksheets/sheet1.xml", sheet, level=1)])
    return _big_truth(path, "Peserta", 5, n_rows, seed)


def big_roster_csv(
    tmp_path: Path, n_rows: int = 100_000, *, filename: str = "besar.csv", seed: int = 0
) -> Roster:
    """Write a large legitimate ;-separated UTF-8 CSV roster (header on line 1)."""
    path = tmp_path / filename
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow([DEFAULT_HEADER[f] for f in FIELDS])
        writer.writerows(_fast_rows(n_rows, seed))
    return _big_truth(path, filename, 2, n_rows, seed)


def oversized_xlsx(
    tmp_path: Path, size: int = 30 * 1024**2, *, filename: str = "terlalu_besar.xlsx"
) -> Roster:
    """Write a valid roster padded past `size` bytes by a stored, sparse (zero-filled) extra part."""
    source = xlsx_roster(tmp_path, filename="_sumber.xlsx")
    members = _xlsx_members(source.path)
    source.path.unlink()
    zero = bytes(1 << 20)
    crc = 0
    for _ in range(size // len(zero)):
        crc = zlib.crc32(zero, crc)
    crc = zlib.crc32(bytes(size % len(zero)), crc)
    padding = _RawMember("xl/media/padding.bin", 0, crc, size, size, lambda f: f.seek(size, os.SEEK_CUR))
    path = _write_zip(tmp_path / filename, [*members, padding])
    return replace(source, path=path)


def sparse_file(tmp_path: Path, size: int = 30 * 1024**2, *, filename: str = "besar.xlsx") -> Path:
    """Write a sparse file of `size` bytes that starts like a zip (for size limits checked before parsing)."""
    path = tmp_path / filename
    with path.open("wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(size)
    return path


def long_line_csv(tmp_path: Path, size: int = 50 * 1024**2, *, filename: str = "satu_baris.csv") -> Path:
    """Write a CSV that is one line of `size` bytes holding millions of ;-separated columns."""
    head = b"No;Nama;NIP;"
    path = tmp_path / filename
    path.write_bytes(head + b"x;" * ((size - len(head)) // 2))
    return path


def garbage_csv(tmp_path: Path, size: int = 64 * 1024, *, filename: str = "acak.csv") -> Path:
    """Write deterministic random bytes (NULs included) named .csv."""
    path = tmp_path / filename
    path.write_bytes(random.Random(11).randbytes(size))
    return path


HOSTILE: Mapping[str, Callable[[Path], os.PathLike[str]]] = {
    "empty": empty_file,
    "truncated": truncated_xlsx,
    "corrupt_zip": corrupt_zip_xlsx,
    "png": png_named_xlsx,
    "pdf": pdf_named_xlsx,
    "encrypted": encrypted_xlsx,
    "zip_bomb": zip_bomb_xlsx,
    "billion_laughs": billion_laughs_xlsx,
    "billion_laughs_sheet": lambda p: billion_laughs_xlsx(p, where="sheet"),
    "xxe": xxe_xlsx,
    "max_cell": max_cell_xlsx,
    "lying_dimension": lying_dimension_xlsx,
    "oversized": oversized_xlsx,
    "sparse": sparse_file,
    "long_line_csv": long_line_csv,
    "garbage_csv": garbage_csv,
}


# ---------------------------------------------------------------------------------------------------------
# Layouts from issue 14: recap workbooks, per-agency sections, duplicates, header only, two instansi columns
# ---------------------------------------------------------------------------------------------------------

ROSTER_TITLE: tuple[str, ...] = (
    "DAFTAR PESERTA",
    "PELATIHAN COACHING DAN MENTORING ANGKATAN IV TAHUN 2023",
    "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta, 5 s.d. 8 September 2023",
)


def _sheet_roster(
    tmp_path: Path,
    filename: str,
    sheet: str,
    title: Sequence[str],
    header: Sequence[str],
    body: Sequence[tuple[Sequence[object], Person | None]],
) -> Roster:
    """Write title lines, a header and body rows (each with the person it holds, or None) on one sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    lines: list[Sequence[object]] = [*([t] for t in title), [], list(header)]
    _write_lines(ws, [*lines, *(values for values, _ in body)])
    path = tmp_path / filename
    wb.save(path)
    first = len(lines) + 1
    rows, skips = [], []
    for k, (_, person) in enumerate(body):
        if person is None:
            skips.append((sheet, first + k))
            continue
        rows.append(
            RosterRow(sheet, first + k, person.name, person.nip, person.gender, person.golongan,
                      person.instansi, person.sector, nip_cell=person.nip)
        )  # fmt: skip
    return Roster(path, tuple(rows), (sheet,), (len(lines),), (), tuple(header), tuple(skips))


def sectioned_xlsx(
    tmp_path: Path,
    people: Sequence[Person] | None = None,
    *,
    filename: str = "per_instansi.xlsx",
    title: Sequence[str] = ROSTER_TITLE,
) -> Roster:
    """Per-agency sections: "A. <INSTANSI>" alone in the Nama column, its people with an empty Instansi
    cell, "Sub Jumlah: n" and a blank row (30 people in 6 sections by default)."""
    people = sample_people(30, seed=3) if people is None else people
    body: list[tuple[Sequence[object], Person | None]] = []
    groups: dict[str, list[Person]] = {}
    for p in people:
        groups.setdefault(p.instansi, []).append(p)
    no = 0
    for letter, (instansi, members) in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", groups.items(), strict=False):
        body.append((["", f"{letter}. {instansi.upper()}"], None))
        for p in members:
            no += 1
            body.append(([no, p.name, p.nip, p.gender, p.jabatan, ""], p))
        body.append((["", f"Sub Jumlah: {len(members)}"], None))
        body.append(([], None))
    header = ["No", "Nama", "NIP", "L/P", "Jabatan", "Instansi"]
    return _sheet_roster(tmp_path, filename, "Peserta", title, header, body)


def header_only_xlsx(tmp_path: Path, *, filename: str = "hanya_judul.xlsx") -> Roster:
    """A title block and a roster header with no participant row under it."""
    header = ["No", "Nama", "NIP", "L/P", "Jabatan", "Instansi"]
    return _sheet_roster(tmp_path, filename, "Peserta", ROSTER_TITLE, header, [])


def two_instansi_columns_xlsx(
    tmp_path: Path,
    people: Sequence[Person] | None = None,
    *,
    filename: str = "dua_kolom_instansi.xlsx",
    title: Sequence[str] = ROSTER_TITLE,
) -> Roster:
    """UNIT KERJA (internal units that classify as nothing) left of Tempat Bertugas (the instansi)."""
    people = sample_people() if people is None else people
    units = ("Bagian Umum", "Subbagian Kepegawaian", "Bidang Pengembangan SDM", "Seksi Pelayanan")
    body = [
        ([k + 1, p.name, p.nip, p.gender, units[k % len(units)], p.instansi], p) for k, p in enumerate(people)
    ]
    header = ["No", "Nama", "NIP", "L/P", "UNIT KERJA", "Tempat Bertugas"]
    return _sheet_roster(tmp_path, filename, "Peserta", title, header, body)


@dataclass(frozen=True)
class RecapCohort:
    """One cohort of a recap sheet and its truth."""

    program: str
    angkatan: str  # Roman numerals, as the loader reports it
    year: int
    start: dt.date
    end: dt.date
    people: tuple[Person, ...]


def recap_cohorts() -> tuple[RecapCohort, ...]:
    """Four PKA 2025 cohorts of 24-30 (each its own mix of K/L and Pemda) plus five of the same people in
    PKP 2022."""
    out = []
    dates = ((2, 19), (4, 22), (7, 8), (9, 23))
    for k, roman in enumerate(("I", "II", "III", "IV")):
        month, day = dates[k]
        start = dt.date(2025, month, day)
        out.append(
            RecapCohort("Pelatihan Kepemimpinan Administrator", roman, 2025, start,
                        start + dt.timedelta(days=60), sample_people(26, seed=40 + k)[: 24 + 2 * k])
        )  # fmt: skip
    # The same person may take another program: not a duplicate, it is another cohort.
    out.append(
        RecapCohort("Pelatihan Kepemimpinan Pengawas", "I", 2022, dt.date(2022, 5, 8), dt.date(2022, 6, 30),
                    sample_people(26, seed=40)[:5])
    )  # fmt: skip
    return tuple(out)


def recap_xlsx(
    tmp_path: Path,
    cohorts: Sequence[RecapCohort] | None = None,
    *,
    filename: str = "rekap_pka_2025.xlsx",
    first_row_only: bool = False,
) -> Roster:
    """A recap workbook: one sheet holding many cohorts told apart by Program, Angkatan, Tahun and
    Tanggal Mulai/Selesai columns (Angkatan written as numbers, dates as date cells). With
    `first_row_only` those columns are written on each cohort's first row only (the rest left empty)."""
    cohorts = recap_cohorts() if cohorts is None else cohorts
    numbers = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
    body: list[tuple[Sequence[object], Person | None]] = []
    no = 0
    for c in cohorts:
        for k, p in enumerate(c.people):
            no += 1
            if first_row_only and k:
                body.append(([no, None, None, None, None, None, p.name, p.nip, p.gender, p.instansi], p))
                continue
            values = [no, c.program.removeprefix("Pelatihan "), numbers[c.angkatan], c.year, c.start, c.end,
                      p.name, p.nip, p.gender, p.instansi]  # fmt: skip
            body.append((values, p))
    header = ["No", "Program", "Angkatan", "Tahun", "Tanggal Mulai", "Tanggal Selesai", "Nama", "NIP", "L/P",
              "Instansi"]  # fmt: skip
    title = ("REKAPITULASI PESERTA PELATIHAN KEPEMIMPINAN", "BPSDM PROVINSI JAWA TIMUR")
    return _sheet_roster(tmp_path, filename, "Rekap Peserta", title, header, body)


# The layouts of issue 14, each with what the whole command and the upload page must show:
# (program, angkatan, year, participants, K/L, Pemda) per cohort, or the error code of a refused file.
CohortCounts = tuple[str, str | None, int | None, int, int, int]


@dataclass(frozen=True)
class LayoutCase:
    """A roster layout and its expected cohorts (or error)."""

    build: Callable[[Path], Any]
    cohorts: tuple[CohortCounts, ...] = ()
    error: str | None = None
    venue: str | None = None  # of the first cohort, when the layout is about metadata
    sheet: str | None = None  # of the first cohort, when the layout is about the sheet's name


def _counts(program: str, angkatan: str, year: int, people: Sequence[Person]) -> CohortCounts:
    central = sum(p.sector == "central" for p in people)
    return program, angkatan, year, len(people), central, sum(p.sector == "regional" for p in people)


def _title(line: str) -> tuple[str, ...]:
    return ("DAFTAR PESERTA", line, "Jakarta, 3 - 7 Februari 2025")


_PEOPLE = sample_people()
ISSUE14_LAYOUTS: Mapping[str, LayoutCase] = {
    "recap_sheet": LayoutCase(
        recap_xlsx, tuple(_counts(c.program, c.angkatan, c.year, c.people) for c in recap_cohorts())
    ),
    "agency_sections": LayoutCase(
        lambda p: sectioned_xlsx(p, title=_title("PELATIHAN TEKNIS PENGADAAN ANGKATAN II TAHUN 2025")),
        (_counts("Pelatihan Teknis Pengadaan", "II", 2025, sample_people(30, seed=3)),),
    ),
    "same_person_twice": LayoutCase(
        lambda p: xlsx_roster(
            p,
            rows=(*_PEOPLE, _PEOPLE[3]),
            filename="pkp_ganda.xlsx",
            title_rows=_title("PKP ANGKATAN IX TAHUN 2025"),
        ),
        (_counts("Pelatihan Kepemimpinan Pengawas", "IX", 2025, _PEOPLE),),
    ),  # fmt: skip
    "header_only": LayoutCase(header_only_xlsx, error="no_participants"),
    "stray_cell_at_xfd1048576": LayoutCase(
        lambda p: max_cell_xlsx(
            p, rows=sample_people(50), title_rows=_title("PELATIHAN ANALIS KEBIJAKAN ANGKATAN I TAHUN 2025")
        ),
        (_counts("Pelatihan Analis Kebijakan", "I", 2025, sample_people(50)),),
    ),
    "two_instansi_columns": LayoutCase(
        lambda p: two_instansi_columns_xlsx(p, title=_title("LATSAR CPNS ANGKATAN X TAHUN 2025")),
        (_counts("Pelatihan Dasar CPNS", "X", 2025, _PEOPLE),),
    ),
    "venue_line_with_dates_and_short_name": LayoutCase(
        lambda p: xlsx_roster(
            p, filename="coaching mentoring angk V.xlsx", title_rows=("DAFTAR PESERTA", ROSTER_TITLE[2])
        ),
        (_counts("Pelatihan Coaching dan Mentoring", "V", 2023, _PEOPLE),),
        venue="Aula Makarti Bhakti Nagari, Pejompongan, Jakarta",
    ),  # fmt: skip
    "csv_named_by_its_file": LayoutCase(
        lambda p: csv_roster(
            p,
            filename="pkn_2025.csv",
            title_rows=("DAFTAR PESERTA PKN II ANGKATAN III TAHUN 2025",),
            start_row=3,
        ),
        (_counts("Pelatihan Kepemimpinan Nasional Tingkat II", "III", 2025, _PEOPLE),),
        sheet="pkn_2025.csv",
    ),  # fmt: skip
}
