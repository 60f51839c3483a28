"""Read any supported file into plain cell grids, one per sheet, with what Excel knew about each cell."""

from __future__ import annotations

import csv
import io
import re
import tempfile
import threading
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Final

import python_calamine as pc
from defusedxml import ElementTree

from loaders.errors import RosterError, id_int
from loaders.formats import FileKind, sniff_kind
from loaders.settings import Limits

Cell = Any  # str | float | int | bool | datetime | date | time | None

# Values a training officer would call "the same as empty".
INSTRUCTION_SHEET_NAMES: Final = re.compile(
    r"petunjuk|instruksi|panduan|cara\s*pengisian|keterangan|readme|read\s*me|referensi|"
    r"daftar\s*isi|cover|sampul|rekap|ringkasan|summary|grafik|chart|pivot|lookup|master|"
    r"dropdown|^list$|^data\s*validasi",
    re.IGNORECASE,
)
# Sheets listing the training's own people rather than its participants: "PENGAJAR", "PANITIA", "Narasumber",
# "Widyaiswara" beside a "PESERTA" sheet of the same workbook (a training centre's dormitory or attendance book).
# "pelatih" only as a word: "Pelatihan ..." names a program. A name that also says "peserta" is not one.
STAFF_SHEET_NAMES: Final = re.compile(
    r"pengajar|panitia|narasumber|nara\s*sumber|fasilitator|widyaiswara|instruktur|penyelenggara|"
    r"\bpelatih\b|pembicara|moderator|penceramah|\btutor\b|\bpanpel\b",
    re.IGNORECASE,
)


# Words that make a staff-like sheet name a cohort's own: the participants of a training for trainers are widyaiswara,
# fasilitator or instruktur ("Calon Widyaiswara", "TOT Fasilitator Angkatan II", "Diklat Instruktur").
COHORT_SHEET_WORDS: Final = re.compile(
    r"peserta|calon|pelatihan|diklat|\btot\b|angkatan|\bangk\b|\bakt\b|kelas|latsar|\bpk[apn]\b",
    re.IGNORECASE,
)


def staff_sheets(grids: Sequence[Grid]) -> frozenset[str]:
    """The visible sheets that list a training's trainers or committee (is_staff_sheet), decided once for a file
    before any sheet is read (reading a sheet empties its rows): beside the visible sheets that have rows."""
    visible = [g for g in grids if g.visible]
    filled = [g.name for g in visible if g.rows]
    return frozenset(g.name for g in visible if is_staff_sheet(g.name, filled))


def is_staff_sheet(name: str, others: Sequence[str]) -> bool:
    """Whether a sheet named `name` lists a training's trainers or committee, beside another visible sheet (in
    `others`) that may hold its participants: one named neither for staff nor as an instruction or recap sheet."""
    if not STAFF_SHEET_NAMES.search(name) or COHORT_SHEET_WORDS.search(name):
        return False
    return any(
        not STAFF_SHEET_NAMES.search(o) and not INSTRUCTION_SHEET_NAMES.search(o) for o in others if o != name
    )


@dataclass
class Grid:
    """One sheet's cells. rows[i][j] is Excel row first_row + i, column first_col + j (0-based)."""

    name: str
    rows: list[list[Cell]]
    first_row: int = 1
    first_col: int = 0
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based (r1, c1, r2, c2)
    visible: bool = True
    special: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)  # (excel row, col) ->
    raw_numbers: Callable[[int], dict[int, str]] | None = None  # column -> {excel row: literal as stored}

    def __post_init__(self) -> None:
        # Every row as wide as the widest: CSV exporters drop trailing empty fields.
        widths = set(map(len, self.rows))
        if len(widths) > 1:
            width = max(widths)
            self.rows = [row + [""] * (width - len(row)) if len(row) < width else row for row in self.rows]

    def excel_row(self, index: int) -> int:
        """Excel row number of rows[index]."""
        return self.first_row + index

    def excel_rows(self, indexes: list[int]) -> list[int]:
        """Excel row numbers of several rows."""
        first = self.first_row
        if indexes and indexes[-1] - indexes[0] + 1 == len(indexes):  # one block: no per-row work
            return list(range(first + indexes[0], first + indexes[-1] + 1))
        return [first + i for i in indexes]


def column_letter(col: int) -> str:
    """0-based column index -> Excel letters."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """Excel letters -> 0-based column index."""
    value = 0
    for ch in letters:
        value = value * 26 + (ord(ch) - 64)
    return value - 1


def read_grids(
    path: Path,
    kind: FileKind,
    limits: Limits,
    while_parsing: Callable[[], None] | None = None,
    display_name: str | None = None,
    far: list[FarCells] | None = None,
    every_sheet: bool = False,
) -> tuple[list[Grid], dict[str, str]]:
    """Read every sheet of the file; returns the grids and facts for the report (a CSV's encoding and delimiter,
    an HTML page's pager summary: "first last total").

    `while_parsing` is called as the workbook parser starts, which runs without the GIL: Python work
    started then (in a thread) runs alongside it instead of after it. A CSV's one sheet is named after
    `display_name` (the name the user knows), not the path (an upload's private temporary file). Cells
    left out far outside a sheet's table are added to `far`; `every_sheet` streams every sheet for them
    (after a reader gave up on the file), not only those whose stated dimension reaches that far."""
    name = display_name or path.name
    if kind.kind == "csv":
        return _read_csv(path, limits, name)
    if kind.kind == "html":
        grid, pager = _read_html(path, limits, name)
        return [grid], ({"pager": " ".join(map(str, pager))} if pager else {})
    if kind.kind in ("xlsx", "xlsm"):
        _check_ooxml_parts(path, limits)
    return _read_workbook(path, kind, limits, while_parsing, far, every_sheet), {}


@dataclass
class FileGrids:
    """What reading a file gives before any roster rule runs: its kind, sheets and reader facts."""

    kind: FileKind
    grids: list[Grid]
    facts: dict[str, str]
    far: list[FarCells]


def read_file(
    path: Path,
    limits: Limits,
    while_parsing: Callable[[], None] | None = None,
    display_name: str | None = None,
    bounded: bool = False,
) -> FileGrids:
    """Check the file (exists, size, real kind), then read every sheet (see read_grids)."""
    if not path.exists():
        raise RosterError("not_found", "File tidak ditemukan.")
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise RosterError(
            "too_large",
            f"Ukuran file {size / 2**20:.1f} MB melebihi batas {limits.max_file_bytes / 2**20:.0f} MB. "
            "Pecah roster menjadi beberapa file.",
        )
    kind = sniff_kind(path)
    far: list[FarCells] = []
    grids, facts = read_grids(
        path, kind, limits, while_parsing, display_name=display_name, far=far, every_sheet=bounded
    )
    return FileGrids(kind, grids, facts, far)


class Prefetch:
    """read_file started in a thread at once, for a process that still has the intake to import: the
    workbook parser runs without the GIL, so the imports run alongside it instead of after it (the
    command line's reading child). `result()` waits and gives what read_file gave (once), or raises what it raised."""

    def __init__(self, path: Path, limits: Limits, display_name: str | None = None) -> None:
        self.path = path
        self._outcome: FileGrids | BaseException | None = None
        self._parsing = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(limits, display_name), name="dasbor-prefetch", daemon=True
        )
        self._thread.start()

    def _run(self, limits: Limits, display_name: str | None) -> None:
        try:
            self._outcome = read_file(self.path, limits, self._parsing.set, display_name=display_name)
        except BaseException as exc:  # noqa: BLE001 - handed to the reading thread by result()
            self._outcome = exc
        finally:
            self._parsing.set()

    def wait_parsing(self, timeout: float = 0.1) -> None:
        """Wait until the parser runs (it holds no GIL then) or the read is over, at most `timeout` seconds.
        The checks before it are Python: a thread importing meanwhile would hold the GIL and delay the
        parser's start. Bounded: a file the parser waits longer for (a CSV, read in Python throughout; a
        workbook first copied without its far cells) does not hold back the caller's work for all that time."""
        self._parsing.wait(timeout)

    def result(self) -> FileGrids:
        self._thread.join()
        outcome, self._outcome = self._outcome, None  # the caller owns the sheets now: no second reference
        if isinstance(outcome, BaseException):
            raise outcome
        if outcome is None:
            raise RuntimeError("Prefetch.result() gives the sheets once")
        return outcome


# --- Excel / ODS through python-calamine ----------------------------------------------------------


def _check_ooxml_parts(path: Path, limits: Limits) -> None:
    """Refuse zip bombs and XML entity tricks before any parser sees the parts."""
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        total = sum(i.file_size for i in infos)
        if total > limits.max_uncompressed_bytes:
            raise RosterError(
                "too_large",
                f"Isi workbook terlalu besar setelah diekstrak ({total / 1e9:.1f} GB). "
                "Pecah roster menjadi beberapa file.",
            )
        for info in infos:
            if info.file_size > 10_000_000 and info.file_size > limits.max_compression_ratio * max(
                info.compress_size, 1
            ):
                raise RosterError(
                    "hostile_file",
                    f"Bagian '{info.filename}' di dalam file memuai {info.file_size // max(info.compress_size, 1)}"
                    " kali saat diekstrak (pola 'zip bomb'). File ditolak demi keamanan server.",
                )
            if info.filename.endswith((".xml", ".rels", ".vml")) and info.file_size:
                with archive.open(info) as part:
                    start = part.read(4096)
                if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                    raise RosterError(
                        "hostile_file",
                        f"Bagian '{info.filename}' berisi deklarasi DOCTYPE/ENTITY XML, yang tidak pernah "
                        "dibuat oleh Excel. File ditolak demi keamanan server.",
                    )


# --- bounded sheets: stray cells far outside the table ---------------------------------------------------
# python-calamine aborts the whole process on a cell at XFD1048576 (tafia/calamine#693) and allocates the
# sheet's full bounding box for a cell far away. A sheet whose <dimension> reaches beyond these caps (or
# any sheet, when asked after such an abort) is streamed first: cells beyond them are left out of a copy
# of the workbook that calamine then reads, and reported.
SHEET_MAX_COLUMN: Final = 200  # 0-based index of the last column read ("GS" = 201st)
_FAR_CELL: Final = re.compile(
    rb'<c r="((?:[A-Z]{3}|[H-Z][A-Z]|G[S-Z])\d+|[A-Z]{1,3}(?:\d{7,}|[5-9]\d{5}))"[^>]*?(?:/>|>.*?</c>)', re.S
)
_DIMENSION: Final = re.compile(rb'<dimension ref="(?:[A-Z]+\d+:)?([A-Z]+)(\d+)"')
_MERGE: Final = re.compile(rb'<mergeCell ref="[A-Z]+\d+:([A-Z]+)(\d+)"/>')
_CELL_VALUE: Final = re.compile(rb"<(?:v|t)[^>]*>([^<]{0,40})")


@dataclass
class FarCells:
    """Cells left out of one sheet because they lie beyond the caps."""

    sheet: str
    refs: list[str]
    max_row: int
    max_column: str


def _beyond(letters: bytes, row: int, max_row: int) -> bool:
    return column_index(letters.decode()) > SHEET_MAX_COLUMN or row > max_row


def _dimension_beyond(archive: zipfile.ZipFile, part: str, max_row: int) -> bool:
    """Whether a sheet's <dimension> claims cells beyond the caps (read from the part's first bytes)."""
    with archive.open(part) as stream:
        head = stream.read(16384)
    m = _DIMENSION.search(head)
    return m is not None and _beyond(m.group(1), int(m.group(2)), max_row)


def bound_workbook(
    path: Path, parts: dict[str, str], limits: Limits, folder: Path, *, every_sheet: bool = False
) -> tuple[Path, list[FarCells]]:
    """The workbook calamine may read: `path` itself, or a copy in `folder` without the far cells."""
    max_row = limits.max_rows + 1000
    rewritten: dict[str, bytes] = {}
    found: list[FarCells] = []
    with zipfile.ZipFile(path) as archive:
        for sheet, part in parts.items():
            try:
                if not (every_sheet or _dimension_beyond(archive, part, max_row)):
                    continue
                data = archive.read(part)
            except KeyError:
                continue
            refs: list[str] = []

            def drop_cell(m: re.Match[bytes], refs: list[str] = refs) -> bytes:
                ref = m.group(1)
                letters = re.match(rb"[A-Z]+", ref).group(0)  # type: ignore[union-attr]
                if not _beyond(letters, int(ref[len(letters) :]), max_row):
                    return m.group(0)
                value = _CELL_VALUE.search(m.group(0))
                shown = value.group(1).decode("utf-8", "replace").strip() if value else ""
                shared = b't="s"' in m.group(0)[:80]  # a shared-string index, not the text
                refs.append(ref.decode() + (f" ('{shown}')" if shown and not shared else ""))
                return b""

            cleaned = _FAR_CELL.sub(drop_cell, data)
            if not refs:
                continue

            def drop_merge(m: re.Match[bytes]) -> bytes:
                return b"" if _beyond(m.group(1), int(m.group(2)), max_row) else m.group(0)

            cleaned = _MERGE.sub(drop_merge, cleaned)
            cleaned = re.sub(rb"<dimension [^>]*/>", b"", cleaned, count=1)
            rewritten[part] = cleaned
            found.append(FarCells(sheet, refs, max_row, column_letter(SHEET_MAX_COLUMN)))
        if not rewritten:
            return path, []
        bounded = folder / "terbatas.xlsx"
        with zipfile.ZipFile(bounded, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
            for info in archive.infolist():
                out.writestr(info, rewritten.get(info.filename) or archive.read(info))
    return bounded, found


def _read_workbook(
    path: Path,
    kind: FileKind,
    limits: Limits,
    while_parsing: Callable[[], None] | None = None,
    far: list[FarCells] | None = None,
    every_sheet: bool = False,
) -> list[Grid]:
    """Read all sheets with calamine; scan the XLSX XML alongside for formulas and error cells."""
    if kind.kind in ("xlsx", "xlsm"):
        with tempfile.TemporaryDirectory(prefix="dasbor-lembar-") as folder:
            bounded, found = bound_workbook(
                path, _ooxml_sheet_parts(path), limits, Path(folder), every_sheet=every_sheet
            )
            if far is not None:
                far.extend(found)
            if bounded != path:
                # Literal numbers (NIPs) are read later from the original: the kept cells are unchanged.
                return _read_calamine(bounded, kind, limits, while_parsing, literals=path)
    return _read_calamine(path, kind, limits, while_parsing)


def _read_calamine(
    path: Path,
    kind: FileKind,
    limits: Limits,
    while_parsing: Callable[[], None] | None = None,
    literals: Path | None = None,
) -> list[Grid]:
    """Read all sheets of a workbook calamine can read safely."""
    try:
        # From the bytes, not the path: calamine would otherwise trust the extension.
        with path.open("rb") as handle:
            workbook = pc.CalamineWorkbook.from_filelike(handle)
    except pc.PasswordError as exc:
        raise RosterError(
            "password_protected",
            "File ini dilindungi kata sandi. Hapus kata sandi di Excel lalu unggah lagi.",
        ) from exc
    except Exception as exc:
        raise RosterError(
            "corrupt_file",
            f"File {kind.label} ini rusak dan tidak dapat dibuka ({_short(exc)}). "
            "Buka di Excel, simpan ulang, lalu unggah lagi.",
        ) from exc
    metas = workbook.sheets_metadata
    if len(metas) > limits.max_sheets:
        raise RosterError("too_large", f"Workbook berisi {len(metas)} lembar; batasnya {limits.max_sheets}.")
    sheet_parts = _ooxml_sheet_parts(path) if kind.kind in ("xlsx", "xlsm") else {}
    grids: list[Grid] = []
    for meta in metas:
        if str(meta.typ) not in ("SheetTypeEnum.WorkSheet", "WorkSheet") and "WorkSheet" not in str(meta.typ):
            continue
        visible = "Visible" in str(meta.visible) and "Hidden" not in str(meta.visible)
        if not visible:
            grids.append(Grid(name=meta.name, rows=[], visible=False))
            continue
        part = sheet_parts.get(meta.name)
        scanner = _XmlScan(path, part) if part else None
        if scanner:
            scanner.start()
        if while_parsing:
            while_parsing()
        try:
            sheet = workbook.get_sheet_by_name(meta.name)
            _check_cells(sheet.height * sheet.width, limits, meta.name)  # before the cells become objects
            rows = sheet.to_python(skip_empty_area=True)
            start = sheet.start or (0, 0)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
        except RosterError:
            raise
        except Exception as exc:
            raise RosterError(
                "corrupt_file",
                f"Lembar ini tidak dapat dibaca ({_short(exc)}). Simpan ulang file dari Excel lalu unggah lagi.",
                sheet=meta.name,
            ) from exc
        finally:
            if scanner:
                scanner.join()
        if len(rows) > limits.max_rows + 1000:
            raise RosterError(
                "too_large",
                f"Lembar berisi {id_int(len(rows))} baris; batasnya {id_int(limits.max_rows)}. Pecah roster per angkatan.",
                sheet=meta.name,
            )
        grid = Grid(
            name=meta.name,
            rows=list(rows),
            first_row=start[0] + 1,
            first_col=start[1],
            merged=merged,
            special=scanner.special if scanner else {},
            raw_numbers=_raw_number_reader(literals or path, part) if part else None,
        )
        grids.append(grid)
    return grids


def _check_cells(cells: int, limits: Limits, sheet: str) -> None:
    """A sheet's table (rows x columns of its used area) within Limits.max_cells."""
    if cells > limits.max_cells:
        raise RosterError(
            "too_large",
            f"Tabel lembar ini mencakup {id_int(cells)} sel (baris × kolom); batasnya {id_int(limits.max_cells)}. "
            "Hapus isi di luar tabel peserta atau pecah roster per angkatan.",
            sheet=sheet,
        )


def _short(exc: BaseException) -> str:
    """A one-line, bounded version of a library's error text."""
    text = " ".join(str(exc).split())
    return text[:160] or type(exc).__name__


def _ooxml_sheet_parts(path: Path) -> dict[str, str]:
    """Map sheet names to their XML part inside the xlsx zip."""
    with zipfile.ZipFile(path) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    parts = {}
    for sheet in workbook.iter(f"{ns_main}sheet"):
        rid = sheet.get(f"{ns_rel}id")
        if rid in targets:
            parts[sheet.get("name", "")] = targets[rid]
    return parts


_CELL_START = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')
# The markers of an error cell and of a formula. As patterns, not bytes.find: re skips ahead faster for "<f" (half
# the time over a 47 MB sheet), whose "<" starts every tag of the XML.
_ERROR_MARK: Final = re.compile(rb't="e"')
_FORMULA_MARK: Final = re.compile(rb"<f")


class _XmlScan(threading.Thread):
    """Stream a sheet's XML beside calamine (zlib releases the GIL) to find error cells and formulas
    without a cached value, which calamine reports as empty strings."""

    def __init__(self, path: Path, part: str) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.part = part
        self.special: dict[tuple[int, int], tuple[str, str]] = {}

    def run(self) -> None:
        try:
            with zipfile.ZipFile(self.path) as archive, archive.open(self.part) as stream:
                carry = b""
                while True:
                    chunk = stream.read(1 << 22)
                    if not chunk:
                        break
                    buffer = carry + chunk
                    cut = buffer.rfind(b"</c>")
                    if cut < 0:
                        carry = buffer[-(1 << 20) :]
                        continue
                    self._scan(buffer[: cut + 4])
                    carry = buffer[cut + 4 :]
        except Exception:  # noqa: S110 - the main reader reports a broken part
            return

    def _scan(self, data: bytes) -> None:
        for marker, handler in ((_ERROR_MARK, self._error_cell), (_FORMULA_MARK, self._formula_cell)):
            found = marker.search(data)
            while found is not None:
                pos = found.start()
                begin = data.rfind(b"<c ", 0, pos)
                end = data.find(b"</c>", pos)
                if begin >= 0 and end >= 0:
                    handler(data[begin : end + 4])
                found = marker.search(data, pos + 1)
                if len(self.special) > 100_000:
                    return

    def _cell_ref(self, cell: bytes) -> tuple[int, int] | None:
        match = _CELL_START.match(cell)
        if not match:
            return None
        return int(match.group(2)), column_index(match.group(1).decode())

    def _error_cell(self, cell: bytes) -> None:
        ref = self._cell_ref(cell)
        value = re.search(rb"<v>([^<]*)</v>", cell)
        if ref and value:
            self.special[ref] = ("excel_error", value.group(1).decode("utf-8", "replace")[:20])

    def _formula_cell(self, cell: bytes) -> None:
        ref = self._cell_ref(cell)
        if ref and ref not in self.special and not re.search(rb"<v>[^<]+</v>", cell):
            self.special[ref] = ("formula_no_value", "")


def _raw_number_reader(path: Path, part: str) -> Callable[[int], dict[int, str]]:
    """A function reading one column's numeric literals from this sheet part."""
    return lambda col: _raw_numbers(path, part, col)


def _raw_numbers(path: Path, part: str, col: int) -> dict[int, str]:
    """Literal text of the numeric cells in one column, exactly as stored (Excel may have cut digits)."""
    letters = column_letter(col).encode()
    pattern = re.compile(
        rb'<c r="' + letters + rb'(\d+)"(?:(?!</c>)[^>])*?>(?:<f[^>]*>[^<]*</f>|<f[^>]*/>)?<v>([^<]*)</v>'
    )
    found: dict[int, str] = {}
    with zipfile.ZipFile(path) as archive:
        data = archive.read(part)
    for match in pattern.finditer(data):
        head = data[match.start() : data.find(b">", match.start()) + 1]
        if b't="' in head and b't="n"' not in head:
            continue  # a string/boolean/error cell, not a number
        found[int(match.group(1))] = match.group(2).decode("ascii", "replace")
    return found


# --- CSV ---------------------------------------------------------------------------------------------

CSV_DELIMITERS: Final = ";,\t|"


def _decode(raw: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-16/UTF-8 (BOM or not) first, then Windows-1252, then charset-normalizer."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "UTF-16"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:1_000_000]).best()
    if best is not None:
        return raw.decode(best.encoding, errors="replace"), best.encoding
    return raw.decode("latin-1"), "Latin-1"


def _read_csv(path: Path, limits: Limits, name: str) -> tuple[list[Grid], dict[str, str]]:
    """Read a delimited text file; the delimiter is sniffed, or taken from a `sep=` first line."""
    text, encoding = _decode(path.read_bytes())
    first_line_end = text.find("\n")
    first_line = text[: first_line_end if first_line_end >= 0 else len(text)].strip()
    skip_lines = 0
    match = re.fullmatch(r'"?sep=(.)"?', first_line, flags=re.IGNORECASE)
    if match:
        delimiter = match.group(1)
        text = text[first_line_end + 1 :] if first_line_end >= 0 else ""
        skip_lines = 1
    else:
        delimiter = _sniff_delimiter(text[:65536])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Cell]] = []
    line_numbers: list[int] = []
    start_line = 1
    try:
        for record in reader:
            if len(record) > limits.max_columns:
                raise RosterError(
                    "too_large",
                    f"Baris berisi {id_int(len(record))} kolom; batasnya {limits.max_columns}. "
                    "Periksa pemisah kolom file CSV.",
                    row=start_line + skip_lines,
                )
            rows.append(list(record))
            line_numbers.append(start_line + skip_lines)
            start_line = reader.line_num + 1
            if len(rows) > limits.max_rows + 1000:
                raise RosterError(
                    "too_large", f"File CSV berisi lebih dari {id_int(limits.max_rows)} baris data."
                )
    except csv.Error as exc:
        raise RosterError(
            "corrupt_file",
            f"File CSV tidak dapat dibaca pada baris {reader.line_num + skip_lines} ({_short(exc)}).",
        ) from exc
    _check_cells(len(rows) * max(map(len, rows), default=0), limits, name)
    grid = _CsvGrid(name=name, rows=rows, line_numbers=line_numbers)
    return [grid], {"encoding": encoding, "delimiter": "TAB" if delimiter == "\t" else delimiter}


def _sniff_delimiter(sample: str) -> str:
    """Pick the delimiter that splits the first lines most consistently."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        lines = [line for line in sample.splitlines()[:50] if line.strip()]
        counts = {d: sum(line.count(d) for line in lines) for d in CSV_DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


@dataclass
class _CsvGrid(Grid):
    """A CSV grid whose rows map to physical line numbers (quoted fields may span lines)."""

    line_numbers: list[int] = field(default_factory=list)

    def excel_row(self, index: int) -> int:
        """Line number of rows[index]."""
        return self.line_numbers[index] if index < len(self.line_numbers) else index + 1

    def excel_rows(self, indexes: list[int]) -> list[int]:
        """Line numbers of several rows."""
        return [self.excel_row(i) for i in indexes]


# --- HTML tables saved as .xls ----------------------------------------------------------------------


# A web page's pager summary: "Menampilkan 1-20 dari 34 item." (Yii), "Showing 1 to 10 of 57 entries"
# (DataTables), "Menampilkan 1 sampai 10 dari 57 hasil" (Laravel): the page holds only part of the list.
PAGER_SUMMARY: Final = re.compile(
    r"\b(?:showing|menampilkan)\s+(\d[\d.,]*)\s*(?:-|\u2013|to|sampai|hingga|s\.?\s?d\.?|s/d)\s*(\d[\d.,]*)\s+"
    r"(?:of|dari)\s+(\d[\d.,]*)",
    re.IGNORECASE,
)


def pager_part(text: str) -> tuple[int, int, int] | None:
    """(first, last, total) of a pager summary naming part of a longer list, else None."""
    m = PAGER_SUMMARY.search(text)
    if not m:
        return None
    first, last, total = (int(re.sub(r"[.,]", "", g)) for g in m.groups())
    return (first, last, total) if 0 < first <= last and (first > 1 or last < total) else None


class _TableParser(HTMLParser):
    """Collect the cells of every <table> in a page (no scripts run, no entities fetched), and the lines of
    text written outside any table before each one (a title paragraph above the table, as Excel shows it)."""

    _SKIPPED: Final = frozenset({"head", "title", "style", "script"})
    # Elements that start a new line of text (a page's menu items and breadcrumb run together without them).
    _BLOCKS: Final = frozenset(
        {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "center", "caption", "br", "li", "ul", "ol", "nav", "aside",
         "section", "header", "footer", "article", "main", "form", "dl", "dt", "dd", "hr", "blockquote", "pre"}
    )  # fmt: skip
    MAX_TITLE_LINES: Final = 10
    MAX_TITLE_CHARS: Final = 1000

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.titles: list[list[str]] = []  # per table: the text lines outside tables before it began
        self.top_level: list[bool] = []  # per table: not inside another table
        self.closed_at: dict[int, int] = {}  # per closed table: how many tables had begun when it closed
        self._open: list[int] = []  # the tables open now, innermost last
        self._depth = 0
        self._cell: list[str] | None = None
        self._colspan = 1
        self._rowspan = 1
        # per table (index in self.tables): column -> rows still covered by a cell above (rowspan), so a row under
        # a header cell spanning two rows keeps its cells in their columns, as Excel shows the page
        self._covered: dict[int, dict[int, int]] = {}
        self._row_open = False
        self._skipping = 0
        self._outside: list[str] = [""]  # lines of text seen outside any table since the last one
        self.pager: tuple[int, int, int] | None = None  # a pager summary outside the tables: part of a list shown

    def note_pager(self, line: str) -> None:
        if self.pager is None:
            self.pager = pager_part(line)

    def close(self) -> None:
        super().close()
        self.note_pager(self._outside[-1])  # the text after the last table (a DataTables pager under it)

    def _break_line(self) -> None:
        if self._outside[-1].strip():
            self.note_pager(self._outside[-1])
            self._outside.append("")
            del self._outside[: -self.MAX_TITLE_LINES - 1]  # only the lines nearest the table are kept

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag == "table":
            lines = [" ".join(line.split()) for line in self._outside if line.strip()]
            if lines and not self._depth:
                self.note_pager(lines[-1])
            self.titles.append(
                [line[:200] for line in lines[-self.MAX_TITLE_LINES :]] if not self._depth else []
            )
            self.top_level.append(not self._depth)
            if not self._depth:
                self._outside = [""]
            self._depth += 1
            self._open.append(len(self.tables))
            self.tables.append([])
        elif tag == "tr" and self._depth:
            self._end_row()
            self.tables[-1].append([])
            self._row_open = True
        elif tag in ("td", "th") and self._depth:
            if not self.tables[-1]:
                self.tables[-1].append([])
                self._row_open = True
            row, covered = self.tables[-1][-1], self._covered.setdefault(len(self.tables) - 1, {})
            while covered.get(len(row), 0) > 0:  # columns taken by a cell of a row above
                covered[len(row)] -= 1
                row.append("")
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._colspan = min(int(span), 50) if span.isdigit() else 1
            span = dict(attrs).get("rowspan") or "1"
            self._rowspan = min(int(span), 1000) if span.isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")
        elif tag in self._BLOCKS and not self._depth:
            self._break_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skipping = max(self._skipping - 1, 0)
        elif tag in ("td", "th") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            row = self.tables[-1][-1]
            if self._rowspan > 1:
                covered = self._covered.setdefault(len(self.tables) - 1, {})
                for col in range(len(row), len(row) + self._colspan):
                    covered[col] = self._rowspan - 1
            row.extend([text] + [""] * (self._colspan - 1))
            self._cell = None
        elif tag == "tr" and self._depth:
            self._end_row()
        elif tag == "table" and self._depth:
            self._end_row()
            self._depth -= 1
            if self._open:
                self.closed_at[self._open.pop()] = len(self.tables)
        elif tag in self._BLOCKS and not self._depth:
            self._break_line()

    def _end_row(self) -> None:
        """Close the open row: the columns after its last cell still covered from above take their place."""
        if not self._row_open or not self.tables or not self.tables[-1]:
            return
        self._row_open = False
        row, covered = self.tables[-1][-1], self._covered.get(len(self.tables) - 1, {})
        for col in sorted(c for c, n in covered.items() if n > 0 and c >= len(row)):
            row.extend([""] * (col + 1 - len(row)))
            covered[col] -= 1

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif not self._depth and not self._skipping and len(self._outside[-1]) < self.MAX_TITLE_CHARS:
            self._outside[-1] += data


def _read_html(path: Path, limits: Limits, name: str) -> tuple[Grid, tuple[int, int, int] | None]:
    """Read the largest table of an HTML page exported as '.xls', and the page's pager summary when it names part
    of a longer list (first, last, total: a web page saved from the browser holds only the rows it showed)."""
    text, _ = _decode(path.read_bytes())
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    tables = [(k, t, title) for k, (t, title) in enumerate(zip(parser.tables, parser.titles, strict=True)) if t]
    if not tables:
        raise RosterError("no_roster", "File HTML ini tidak berisi tabel.")
    chosen, table, title = max(tables, key=lambda triple: len(triple[1]))
    # Small tables above it (a label block "Pelatihan | : ... | Tanggal | : ...") are part of its title, as Excel
    # shows the page: their title lines and rows come first, each row with its cells.
    above: list[list[Cell]] = []
    for k, small, small_title in tables:
        ended_above = parser.closed_at.get(k, len(parser.tables)) <= chosen  # closed before the chosen began
        if ended_above and parser.top_level[k] and len(small) <= _TableParser.MAX_TITLE_LINES:
            above += [[line] for line in small_title] + [list(r) for r in small]
    rows: list[list[Cell]] = above[-2 * _TableParser.MAX_TITLE_LINES :] + [[line] for line in title]
    rows += [list(r) for r in table]
    if len(rows) > limits.max_rows + 1000:
        raise RosterError("too_large", f"Tabel berisi lebih dari {id_int(limits.max_rows)} baris data.")
    _check_cells(len(rows) * max(map(len, rows), default=0), limits, Path(name).stem)
    sheet = re.search(r"<x:Name>([^<]{1,100})</x:Name>", text[:20000])
    return Grid(name=sheet.group(1).strip() if sheet else Path(name).stem, rows=rows), parser.pager
