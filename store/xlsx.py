"""The one .xlsx writer: every workbook the product writes (downloads, the recap, the full backup) goes
through here, with one cell-safety rule.

Cell safety (OWASP "CSV Injection"): text that a spreadsheet would run as a formula gets a leading
apostrophe, after the characters XML 1.0 cannot store are dropped (in that order: a removed control
character must not leave a formula at the front). The backup adds a reversible layer on top
(store/backup.py: escape_text), so it can tell its own apostrophe from the data's.
Sheets are streamed (openpyxl write-only mode: memory stays flat however many rows).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# A cell starting with one of these (or with spaces and then one of them) is read as a formula.
FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r", "\n")
_TRIGGER_AFTER_SPACES: Final = re.compile(r"^ +[=+\-@\t\r\n]")
# Characters XML 1.0 (and so openpyxl) cannot store; a hostile roster may carry them.
ILLEGAL_XML: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
EXCEL_MAX_TEXT: Final = 32767  # Excel refuses to open a file with a longer cell text
WIDTH_MIN, WIDTH_MAX, WIDTH_SAMPLE = 8, 50, 2000  # column widths in characters; longer text wraps
HEADER_FONT: Final = Font(bold=True, color="FFFFFF")
HEADER_FILL: Final = PatternFill("solid", fgColor="0072B2")  # the K/L blue of the charts

# A hook that turns one value of a column into what is appended (a styled WriteOnlyCell or the value).
CellHook = Callable[[WriteOnlyWorksheet, int, int, Any], Any]  # (sheet, column index, row index, value)


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; anything else is returned as is."""
    if (
        isinstance(value, str)
        and value
        and (value[0] in FORMULA_TRIGGERS or _TRIGGER_AFTER_SPACES.match(value))
    ):
        return "'" + value
    return value


def storable(value: str) -> str:
    """Text without the characters a workbook cannot store."""
    return ILLEGAL_XML.sub("", value) if ILLEGAL_XML.search(value) else value


def safe_text(value: str) -> str:
    """The cell-safety rule: characters a workbook cannot store dropped, cut to what Excel opens, then
    formulas neutralised."""
    return str(neutralise(storable(value)[:EXCEL_MAX_TEXT]))


def column_width(header: str, values: Sequence[Any]) -> float:
    """A column width that fits the header and most values, within bounds."""
    longest = len(header)
    for value in list(values[:WIDTH_SAMPLE]):
        if value is None:
            continue
        size = 10 if isinstance(value, date) else len(str(value))
        longest = max(longest, size)
    return float(min(max(longest + 2, WIDTH_MIN), WIDTH_MAX))


def new_workbook() -> Workbook:
    return Workbook(write_only=True)


def workbook_bytes(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def table_sheet(
    book: Workbook,
    title: str,
    headers: Sequence[str],
    columns: Sequence[Sequence[Any]],
    cell: CellHook | None = None,
) -> None:
    """One sheet of a table, streamed: bold filled header row (frozen, with an autofilter), fitted column
    widths, then the rows. Text is made safe here; `cell` may style a value (number or date format)."""
    sheet = book.create_sheet(title)
    assert isinstance(sheet, WriteOnlyWorksheet)
    n_rows = len(columns[0]) if columns else 0
    for k, (header, values) in enumerate(zip(headers, columns, strict=True), start=1):
        sheet.column_dimensions[get_column_letter(k)].width = column_width(header, values)
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{n_rows + 1}"
    header_row = []
    for header in headers:
        header_cell = WriteOnlyCell(sheet, value=safe_text(header))
        header_cell.font = HEADER_FONT
        header_cell.fill = HEADER_FILL
        header_cell.alignment = Alignment(vertical="top", wrap_text=True)
        header_row.append(header_cell)
    sheet.append(header_row)
    for r in range(n_rows):
        row = [safe_text(c[r]) if isinstance(c[r], str) else c[r] for c in columns]
        sheet.append(row if cell is None else [cell(sheet, k, r, v) for k, v in enumerate(row)])


def plain_sheet(book: Workbook, title: str) -> WriteOnlyWorksheet:
    """A sheet for rows the caller appends as they come (the backup): no styling; the caller makes its
    text safe (safe_text) before appending."""
    sheet = book.create_sheet(title)
    assert isinstance(sheet, WriteOnlyWorksheet)
    return sheet
