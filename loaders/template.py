"""A blank roster template offices can fill in, laid out so the intake reads it without guessing."""

from __future__ import annotations

import io
from typing import Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from loaders.catalog import LANGS, N_, t
from loaders.ranks import GOLONGAN_ORDER
from loaders.schema import GENDERS

ROSTER_SHEET: Final = "Peserta"
GUIDE_SHEET: Final = "Petunjuk"  # the intake skips a sheet of this name beside the roster
DATA_ROWS: Final = 500  # rows made ready (NIP as text, drop-downs) under the header

# Canonical headers (loaders.columns recognises each one), column widths and what the column needs.
HEADERS: Final[tuple[tuple[str, int, str], ...]] = (
    ("No", 5, ""),
    ("Nama", 32, ""),
    ("NIP", 22, "text"),
    ("Jenis Kelamin", 9, "gender"),
    ("Pangkat/Golongan", 12, "golongan"),
    ("Jabatan", 30, ""),
    ("Unit Kerja", 30, ""),
    ("Instansi", 34, ""),
    ("Provinsi", 18, ""),
    ("Tempat Lahir", 16, ""),
    ("Tanggal Lahir", 13, "date"),
)

# Title block: a heading, then one labelled cell to fill per cohort fact. Labels carry no colon, so
# "Angkatan IV" / "Tahun 2023" read as loaders.metadata expects; "Program" is not a program keyword
# itself, so the filled name ("Pelatihan ...") is read as written.
TITLE_ROW: Final = 1
VALUE_COLUMN: Final = 3
TITLE: Final = N_("template.title")
# (label, example hint) text ids; labels as the intake reads them (no colon) in Indonesian.
TITLE_LABELS: Final[tuple[tuple[str, str], ...]] = (
    (N_("template.label.program"), N_("template.hint.program")),
    (N_("template.label.angkatan"), N_("template.hint.angkatan")),
    (N_("template.label.year"), N_("template.hint.year")),
    (N_("template.label.dates"), N_("template.hint.dates")),
    (N_("template.label.venue"), N_("template.hint.venue")),
)
HEADER_ROW: Final = TITLE_ROW + len(TITLE_LABELS) + 2
FIRST_DATA_ROW: Final = HEADER_ROW + 1

# The guide sheet: a heading, a blank line, then the numbered rules ({first_row}/{header_row} filled in).
GUIDE: Final = (
    N_("template.guide.title"),
    "",
    N_("template.guide.1"),
    N_("template.guide.2"),
    N_("template.guide.3"),
    N_("template.guide.4"),
    N_("template.guide.5"),
    N_("template.guide.6"),
    N_("template.guide.7"),
    N_("template.guide.8"),
    N_("template.guide.9"),
    N_("template.guide.10"),
    N_("template.guide.11"),
)
# kind -> text ids of the (title, message) shown as the cell's input prompt / error
VALIDATION_TEXT: Final[dict[str, tuple[str, str]]] = {
    "text": (N_("template.validation.text.title"), N_("template.validation.text.message")),
    "gender": (N_("template.validation.gender.title"), N_("template.validation.gender.message")),
    "golongan": (N_("template.validation.golongan.title"), N_("template.validation.golongan.message")),
}

TEXT_FORMAT: Final = "@"
DATE_FORMAT: Final = "dd/mm/yyyy"
_BOLD: Final = Font(bold=True)
_HEADER_FILL: Final = PatternFill("solid", fgColor="DDE4EE")
_INPUT_FILL: Final = PatternFill("solid", fgColor="FFF7D6")
_THIN: Final = Side(style="thin", color="8A8A8A")
_BOX: Final = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def roster_template_xlsx(lang: str = "id") -> bytes:
    """A blank roster workbook: title block to fill, canonical headers, NIP as text, drop-downs, guide sheet."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = ROSTER_SHEET
    last_col = get_column_letter(len(HEADERS))
    last_row = HEADER_ROW + DATA_ROWS

    sheet.cell(TITLE_ROW, 1, t(TITLE, lang)).font = Font(bold=True, size=14)
    sheet.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
    sheet.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center")
    for offset, (label_key, hint_key) in enumerate(TITLE_LABELS, start=1):
        row = TITLE_ROW + offset
        label = t(label_key, lang)
        sheet.cell(row, 1, label).font = _BOLD
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=VALUE_COLUMN - 1)
        value = sheet.cell(row, VALUE_COLUMN)
        value.number_format = TEXT_FORMAT  # "2023" and "5 - 8 September 2023" stay as typed
        value.fill = _INPUT_FILL
        value.border = _BOX
        # The example goes in the cell's input prompt, not in a cell: any text on a title row is read
        # as cohort metadata, so a printed "mis. IV" would become the angkatan of a blank template.
        prompt = DataValidation(allow_blank=True, showInputMessage=True)
        prompt.promptTitle, prompt.prompt = label, t(hint_key, lang)
        prompt.add(value.coordinate)
        sheet.add_data_validation(prompt)

    for col, (header, width, kind) in enumerate(HEADERS, start=1):
        cell = sheet.cell(HEADER_ROW, col, header)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.border = _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = width
        if kind in ("text", "date"):
            number_format = TEXT_FORMAT if kind == "text" else DATE_FORMAT
            for row in range(FIRST_DATA_ROW, last_row + 1):
                sheet.cell(row, col).number_format = number_format
        if kind in VALIDATION_TEXT:
            sheet.add_data_validation(_validation(kind, lang, f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}"))
    sheet.freeze_panes = sheet.cell(FIRST_DATA_ROW, 1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    guide = book.create_sheet(GUIDE_SHEET)
    guide.column_dimensions["A"].width = 120
    for row, key in enumerate(GUIDE, start=1):
        line = t(key, lang, first_row=FIRST_DATA_ROW, header_row=HEADER_ROW) if key else ""
        cell = guide.cell(row, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1:
            cell.font = Font(bold=True, size=12)

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _validation(kind: str, lang: str, cells: str) -> DataValidation:
    """The drop-down (gender, golongan) or the input prompt (NIP) for one column's data rows."""
    title, message = (t(key, lang) for key in VALIDATION_TEXT[kind])
    if kind == "text":
        validation = DataValidation(allow_blank=True)
    else:
        choices = GENDERS if kind == "gender" else GOLONGAN_ORDER
        validation = DataValidation(type="list", formula1=f'"{",".join(choices)}"', allow_blank=True)
        validation.showErrorMessage = True
        validation.errorTitle, validation.error = title, message
        # A golongan outside the list (a pangkat name, "Penata Muda Tk. I") still reads fine at intake:
        # warn instead of refusing it.
        validation.errorStyle = "stop" if kind == "gender" else "warning"
    validation.showInputMessage = True
    validation.promptTitle, validation.prompt = title, message
    validation.add(cells)
    return validation
