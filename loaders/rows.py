"""What each row under the header is: a person, a group heading, a sub-total, the signature footer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Final

import numpy as np
import numpy.typing as npt

from loaders.cells import cell_at, cell_text, is_number, nonblank_texts
from loaders.columns import field_for_header
from loaders.grid import Cell, Grid
from loaders.metadata import MONTH_PATTERN
from loaders.report import Issue, make_issue

TOTAL_ROW: Final = re.compile(r"^\s*(sub\s*-?\s*)?(jumlah|total|subtotal|grand total)\b", re.IGNORECASE)


# Lines that open a signature block under a roster.
SIGNATURE: Final = re.compile(
    r"^\s*(mengetahui|menyetujui|a\.?\s?n\.?\s|an\.\s|plt\.?\s|plh\.?\s|ketua panitia|panitia penyelenggara|"
    r"kepala (pusat|bidang|bagian|badan|balai|sub)|sekretaris|direktur|dibuat oleh|ttd\.?|tanda tangan|"
    r"nip[.:]?\s*\d)",
    re.IGNORECASE,
)


PLACE_DATE: Final = re.compile(
    rf"^[A-Za-z .'-]{{3,40}},\s*\d{{1,2}}\s+({MONTH_PATTERN})\.?\s+\d{{4}}\s*$", re.IGNORECASE
)


# A printed page's own lines between the pages of a list: "Halaman 1 / 2", "Hal. 2 dari 5", "Page 1 of 3",
# "Dicetak: 7 Desember 2026 | ...". Not a group heading: the rows after it keep the heading above it.
PAGE_MARK: Final = re.compile(
    r"^\s*(?:(?:halaman|hal\.?|page)\s*\d+\s*(?:/|dari|of)\s*\d+\s*$"
    r"|(?:dicetak|tanggal cetak|printed)\b\s*(?:pada|oleh|on|by)?\s*:)",
    re.IGNORECASE,
)


NUMBER_ROW: Final = re.compile(r"^\(?\d{1,2}\)?$")


# "A. DINAS PENDIDIKAN", "II. KEMENTERIAN ...": a group label's enumerator, dropped when it names the instansi.
SECTION_ENUMERATOR: Final = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})\s*[.)]\s+(?=\S)")

# One-word group labels naming an organisational unit ("SEKRETARIAT", "KESEKRETARIATAN"): a heading even in
# one word, where a lone capitalised word could otherwise be a person known by one name ("SUPARMAN").
UNIT_WORD: Final = re.compile(
    r"(sekretariat|kesekretariatan|sekretariatan|bidang|bagian|subbagian|subbag|seksi|subbidang|"
    r"tu|ketatausahaan|umum|kepegawaian|keuangan|perencanaan|pimpinan|fungsional|pelaksana|"
    r"upt|uptd|balai|bapelkes|inspektorat|kecamatan|kelurahan|puskesmas)",
    re.IGNORECASE,
)

# A status cell saying the person is no longer, or never was, in the cohort: withdrawn, cancelled, a reserve, turned
# down ("Mengundurkan Diri", "Batal", "Peserta Cadangan", "Ditolak", "Tidak Diterima"), the whole cell. A participant
# marked absent ("❌ Tidak Hadir", layout 12's rule: everyone invited counts, present or not), one who failed ("Tidak
# Lulus") or was excused a day ("Sakit", "Izin") is still in the cohort and counted.
NOT_TAKING_PART: Final = re.compile(
    r"^\W*((mengundurkan|undur) diri|mundur|batal|dibatalkan|cancell?ed|withdrawn|withdrew|(peserta )?cadangan|"
    r"reserve|ditolak|rejected|(tidak|tdk) (diterima|lolos( seleksi)?))\W*$",
    re.IGNORECASE,
)
ID_PREFIX: Final = re.compile(r"\b(nip|nrp|nik|no|nomor)\b", re.IGNORECASE)
WORD: Final = re.compile(r"[^\W\d_]{2,}")
# The example row a participant template ships with, left in place by the officer who fills it in under it
# ("Contoh Peserta", "Nama Contoh", "CONTOH: Budi", "Sample Name"): nobody. A person's name that ends with the word
# ("Ahmad Contoh") is a person (review s15): only "Nama/Peserta Contoh" and the like end with it.
TEMPLATE_EXAMPLE: Final = re.compile(
    r"^\W*(contoh|misal(nya)?|example|sample|dummy)\b"
    r"|^\W*(nama|peserta|name|participant)\s+(contoh|example|sample|dummy)\W*$",
    re.IGNORECASE,
)


def identifies(nip: Cell) -> bool:
    """Whether a NIP-column cell could identify a person: an identifier is digits, perhaps prefixed or
    damaged ('NIP. 1970...', "'1970...", '1.98507E+17', '1970... / 6007...'); a phrase such as
    "4/5 hadir (80.0%)" in a summary row written below the table is not."""
    text = ID_PREFIX.sub(" ", cell_text(nip))
    return sum(ch.isdigit() for ch in text) >= 5 and not WORD.search(text)


def numbered_people(
    body: npt.NDArray[np.object_],
    c_no: int | None,
    c_name: int | None,
    c_nip: int | None,
    c_status: int | None = None,
) -> npt.NDArray[np.bool_]:
    """Rows with a number in the No column and a name or NIP: participants without further checks (not a
    row whose name is a number: a "1 2 3 ..." column-number row; not a row whose status says the person took no
    part: those take the slow path, judged and reported)."""
    if c_no is None or not len(body):
        return np.zeros(len(body), dtype=bool)
    types = np.fromiter(map(type, body[:, c_no].tolist()), dtype=object, count=len(body))
    numbered = types == float  # noqa: E721 - elementwise over an array of types
    if c_name is not None:
        names = np.fromiter(map(type, body[:, c_name].tolist()), dtype=object, count=len(body))
        numbered &= names != float  # noqa: E721
    person = np.zeros(len(body), dtype=bool)
    for c in (c_name, c_nip):
        if c is not None:  # bool() is False for "" and None (and for 0: those rows take the slow path)
            person |= body[:, c].astype(bool)
    if c_name is not None:  # a template's numbered example row takes the slow path (judged, reported)
        for i in np.flatnonzero(numbered & person).tolist():
            if is_template_example(body[i, c_name]):
                person[i] = False
    if c_status is not None:
        for i in np.flatnonzero(numbered & person).tolist():
            if takes_no_part(body[i, c_status]):
                person[i] = False
    return numbered & person


def takes_no_part(status: Cell) -> bool:
    """Whether a status cell says its person is not in the cohort ("Mengundurkan Diri", "Batal", "Cadangan")."""
    return isinstance(status, str) and bool(NOT_TAKING_PART.match(status))


def is_template_example(name: Cell) -> bool:
    """Whether a name cell is a template's example ("Contoh Peserta"), no person."""
    return isinstance(name, str) and bool(TEMPLATE_EXAMPLE.search(name))


def is_section_row(texts: list[str], nip: Cell, *, numbered: bool) -> bool:
    """A lone label in the No/Nama column ("A. DINAS PENDIDIKAN"): a group heading, not a person. An
    unenumerated label in capitals counts only in a numbered table (a person there has a number)."""
    if cell_text(nip) or len(set(texts)) != 1:
        return False
    label = texts[0]
    if SECTION_ENUMERATOR.match(label):
        return True
    return numbered and label.isupper() and (len(label.split()) >= 2 or bool(UNIT_WORD.fullmatch(label)))


def is_number_row(row: list[Cell]) -> bool:
    """The '1 2 3 4 ...' row some templates put under the header."""
    texts = [cell_text(c) for c in row if c not in ("", None)]
    if len(texts) < 3 or not all(NUMBER_ROW.match(t) for t in texts):
        return False
    numbers = [int(t.strip("()")) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def repeats_header(row: list[Cell], header_rows: list[list[str]]) -> bool:
    """Whether a row under the table is its header written again (a list printed page by page, or converted
    back from a PDF, repeats the head on every page): two or more cells, and most of the row's filled cells,
    read as the header's label in the same column."""
    texts = [" ".join(cell_text(c).split()).casefold() for c in row]
    filled = sum(bool(t) for t in texts)
    for labels in header_rows:
        same = sum(bool(t) and t == lab for t, lab in zip(texts, labels, strict=False))
        if same >= 2 and same * 2 >= filled:
            return True
    return False


def heads_another_table(texts: list[str]) -> bool:
    """Whether a row under the table is the head of another table below it (a report of several tables, each
    with its own columns: "NO | NAMA / NIK / ID | JENIS KONTRAK / JABATAN | UNIT KERJA | ..."): three or more
    cells, most of the row's, read as column labels, and none holds a number that could identify a person."""
    labels = sum(field_for_header(t) is not None for t in texts)
    return labels >= 3 and labels * 2 > len(texts) and not any(sum(ch.isdigit() for ch in t) >= 5 for t in texts)


# A count of people written where a name stands ("5 Orang" in a recap table "Dosen PNS | 5 Orang"): no name.
COUNT_OF_PEOPLE: Final = re.compile(r"^\d+\s*(?:orang|org|peserta|pegawai|jiwa|people|persons?)\.?$", re.IGNORECASE)


def names_someone(name: Cell) -> bool:
    """Whether a name-column cell could be a person's name: it has a word ('0.00%' or '18' in a summary block
    written under the table, "Rata-rata Presentase Kehadiran: | 0.00%", has none) and is no count of people."""
    text = cell_text(name)
    return bool(WORD.search(text)) and not COUNT_OF_PEOPLE.match(text)


class RowKind(Enum):
    """What a filled row under the header is."""

    PERSON = "person"
    SUBTOTAL = "subtotal"  # "Jumlah", "Sub Jumlah: 5": closes the group above it
    FOOTER = "footer"  # signature block or "Jakarta, 8 September 2023": this row and all after it
    SECTION = "section"  # a group heading ("A. DINAS PENDIDIKAN") or a row with no name and no NIP
    NUMBERED_EMPTY = "numbered_empty"  # a running number and nothing else
    HEADER = "header"  # the header written again (the head of every printed page)


def row_kind(
    row: list[Cell], name: Cell, nip: Cell, number: Cell, *, numbered_table: bool, texts: list[str] | None = None
) -> RowKind:
    """The kind of a filled row, from its No, Nama and NIP cells and its other text (rows with a number and
    a name or NIP are people without this check: numbered_people). A numbered row whose only other cells are
    numbers is an empty slot (attendance lists number the signature box of every slot, filled or not).
    `texts` is nonblank_texts(row) when the caller has it already."""
    has_person = bool(names_someone(name) or identifies(nip))
    if is_number(number):
        if not has_person and all(is_number(c) for c in row if c not in ("", None)):
            return RowKind.NUMBERED_EMPTY
        return RowKind.PERSON
    if texts is None:
        texts = nonblank_texts(row)
    if TOTAL_ROW.match(texts[0]) or TOTAL_ROW.match(cell_text(name)):
        return RowKind.SUBTOTAL
    if SIGNATURE.match(cell_text(name) or texts[0]) or PLACE_DATE.match(texts[0]):
        return RowKind.FOOTER
    if not has_person or is_section_row(texts, nip, numbered=numbered_table):
        return RowKind.SECTION
    return RowKind.PERSON


@dataclass
class TableRows:
    """The participant rows found under a header."""

    start: int  # grid index of the first row under the header (after a "1 2 3 ..." row)
    body: npt.NDArray[np.object_]  # the grid's rows from `start` on, as one 2-D array
    indexes: list[int] = field(default_factory=list)  # grid indexes of the participant rows
    section_for: list[str | None] = field(default_factory=list)  # each one's group heading, if any
    section_rows: dict[str, int] = field(default_factory=dict)  # group heading -> its Excel row


class _RowScan:
    """Walks the rows under a header: numbered people in runs, every other row by its kind."""

    def __init__(
        self,
        grid: Grid,
        fields: dict[str, int],
        fill: dict[tuple[int, int], Cell],
        issues: list[Issue],
        header_rows: list[list[str]] | None = None,
    ) -> None:
        self.grid, self.fill, self.issues = grid, fill, issues
        self.header_rows = header_rows or []  # the header's labels, case-folded, per header row
        self.c_no, self.c_nip = fields.get("no"), fields.get("nip")
        self.c_name = fields.get("name", fields.get("name_nip"))  # a "Nama/NIP" cell names its person
        self.c_status = fields.get("status")
        self.section: str | None = None  # the group heading above the current row
        self.footer: int | None = None  # grid index where the signature footer starts
        self.last_filled = -1
        self.lone: dict[tuple[int, type, Cell], tuple[RowKind | None, Issue | None, str | None]] = {}

    def issue(self, code: str, i: int, **params: object) -> None:
        self.issues.append(make_issue(code, sheet=self.grid.name, row=self.grid.excel_row(i), **params))

    def people(self, table: TableRows, first: int, end: int) -> None:
        """Rows first..end-1 are numbered people."""
        self.last_filled = end - 1
        if self.footer is None:
            table.indexes.extend(range(first, end))
            table.section_for.extend([self.section] * (end - first))

    def other(self, table: TableRows, i: int) -> None:
        """Row i is not plainly a numbered person: skip it, report it or keep it, by its kind."""
        row = self.grid.rows[i]
        filled = [c for c in row if c not in ("", None)]
        if not filled:
            return
        self.last_filled = i
        if self.footer is not None:
            return
        if len(filled) == 1 and not self.fill:
            # A lone cell (a group heading, a sub-total) is judged by its column and value alone: once per
            # distinct one (a blank is "" or None alike to every rule).
            key = (row.index(filled[0]), type(filled[0]), filled[0])
            verdict = self.lone.get(key)
            if verdict is None:
                verdict = self.lone[key] = self.judge(row, i, filled)
        else:
            verdict = self.judge(row, i, filled)
        what, note, label = verdict
        if what is RowKind.PERSON:
            table.indexes.append(i)
            table.section_for.append(self.section)
            return
        if what is RowKind.FOOTER:
            self.footer = i
            return
        if what is RowKind.SUBTOTAL:
            self.section = None  # "Sub Jumlah" closes its group
        elif label is not None:
            self.section = label
            table.section_rows[label] = self.grid.excel_row(i)
        if note is not None:
            self.issues.append(Issue(note.code, note.message, note.severity, self.grid.name, self.grid.excel_row(i)))

    def judge(self, row: list[Cell], i: int, filled: list[Cell]) -> tuple[RowKind | None, Issue | None, str | None]:
        """What a filled row above the footer is: its kind (None: a row only reported), the issue it gets
        (sheet and row left empty) and, for a group heading, its label."""
        # A repeated header needs two filled cells and a number row three: a lone label (group heading,
        # sub-total) skips both checks.
        if len(filled) >= 2 and repeats_header(row, self.header_rows):
            return None, make_issue("row_header_repeated"), None
        if len(filled) >= 3 and is_number_row(row):  # the "1 2 3 ..." row under a repeated header
            return None, make_issue("row_number_header"), None
        texts = [cell_text(c) for c in filled]  # nonblank_texts(row)
        if len(texts) >= 3 and heads_another_table(texts):
            return None, make_issue("row_header_repeated"), None
        if len(texts) == 1 and PAGE_MARK.match(texts[0]):
            return None, make_issue("row_page_mark", text=texts[0][:60]), None
        example = cell_at(row, self.c_name, i, self.fill) if self.c_name is not None else None
        if is_template_example(example):  # only its name in the note: the example's other cells may be an e-mail
            return None, make_issue("row_template_example", text=cell_text(example)[:60]), None
        status = cell_at(row, self.c_status, i, self.fill) if self.c_status is not None else None
        if takes_no_part(status):  # withdrawn, cancelled, a reserve or turned down: no participant
            who = cell_text(example) if example not in ("", None) else " ".join(texts)
            return None, make_issue("row_not_taking_part", text=who[:60], status=cell_text(status)), None
        cells = (cell_at(row, c, i, self.fill) for c in (self.c_name, self.c_nip, self.c_no))
        kind = row_kind(row, *cells, numbered_table=self.c_no is not None, texts=texts)
        if kind in (RowKind.PERSON, RowKind.FOOTER):
            return kind, None, None
        if kind is RowKind.NUMBERED_EMPTY:
            return kind, make_issue("row_numbered_empty"), None
        label = None
        if kind is not RowKind.SUBTOTAL and len(set(texts)) == 1:
            label = SECTION_ENUMERATOR.sub("", texts[0]).strip() or texts[0]
        code = "row_subtotal" if kind is RowKind.SUBTOTAL else "row_section"
        return kind, make_issue(code, text=" ".join(texts)[:60]), label

    def finish(self) -> None:
        if self.footer is not None:
            first, last = self.grid.excel_row(self.footer), self.grid.excel_row(self.last_filled)
            self.issue("row_footer", self.footer, first=first, last=last)


def scan_rows(
    grid: Grid,
    header_bottom: int,
    fields: dict[str, int],
    fill: dict[tuple[int, int], Cell],
    issues: list[Issue],
    header_top: int | None = None,
) -> TableRows:
    """The participant rows under a header (its rows `header_top`..`header_bottom`); every row skipped is
    reported in `issues`: a number row, the header written again, group headings, sub-totals, numbered empty
    rows, the footer."""
    rows = grid.rows
    top = header_bottom if header_top is None else header_top
    header_rows = [[" ".join(cell_text(c).split()).casefold() for c in rows[r]] for r in range(top, header_bottom + 1)]
    start = header_bottom + 1
    if start < len(rows) and is_number_row(rows[start]):
        issues.append(make_issue("row_number_header", sheet=grid.name, row=grid.excel_row(start)))
        start += 1
    body = np.empty((max(len(rows) - start, 0), len(rows[0]) if rows else 0), dtype=object)
    if body.size:
        body[:] = rows[start:]  # grid rows are rectangular
    table = TableRows(start, body)
    scan = _RowScan(grid, fields, fill, issues, header_rows)
    scan.last_filled = start - 1
    numbered = numbered_people(body, scan.c_no, scan.c_name, scan.c_nip, scan.c_status)
    after = start  # rows from `after` up to the next other row are numbered people
    for i in (np.flatnonzero(~numbered) + start).tolist():
        if after < i:
            scan.people(table, after, i)
        scan.other(table, i)
        after = i + 1
    if after < len(rows):
        scan.people(table, after, len(rows))
    scan.finish()
    return table
