"""A blank roster template offices can fill in, laid out so the intake reads it without guessing."""

from __future__ import annotations

import io
from typing import Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from loaders.ranks import GOLONGAN_ORDER
from loaders.schema import GENDERS

LANGS: Final = ("id", "en")
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
TITLE: Final = ("DAFTAR PESERTA PELATIHAN", "PARTICIPANT LIST")
TITLE_LABELS: Final[tuple[tuple[str, str, str, str], ...]] = (
    # (Indonesian label, English label, Indonesian hint, English hint)
    ("Program", "Program", "mis. Pelatihan Coaching dan Mentoring", "e.g. Pelatihan Coaching dan Mentoring"),
    ("Angkatan", "Batch", "mis. IV", "e.g. IV"),
    ("Tahun", "Year", "mis. 2023", "e.g. 2023"),
    ("Tanggal", "Dates", "mis. 5 - 8 September 2023", "e.g. 5 - 8 September 2023"),
    (
        "Tempat",
        "Venue",
        "mis. Aula Makarti Bhakti Nagari, Jakarta",
        "e.g. Aula Makarti Bhakti Nagari, Jakarta",
    ),
)
HEADER_ROW: Final = TITLE_ROW + len(TITLE_LABELS) + 2
FIRST_DATA_ROW: Final = HEADER_ROW + 1

GUIDE: Final[dict[str, tuple[str, ...]]] = {
    "id": (
        "PETUNJUK PENGISIAN DAFTAR PESERTA",
        "",
        "1. Isi baris 2-6 lembar Peserta: Program (nama lengkap, diawali kata Pelatihan, mis. "
        '"Pelatihan Coaching dan Mentoring"), Angkatan (angka Romawi, mis. IV), Tahun (mis. 2023), '
        'Tanggal (mis. "5 - 8 September 2023") dan Tempat.',
        f"2. Satu baris untuk satu peserta, mulai baris {FIRST_DATA_ROW}. Jangan menggabungkan (merge) sel, "
        "jangan menyisipkan baris jumlah atau judul kelompok, dan jangan mengubah judul kolom di baris "
        f"{HEADER_ROW}.",
        "3. NIP: 18 digit, ditulis sebagai teks, mis. 198503152010011001. Kolom NIP sudah berformat Teks; "
        "saat menyalin dari file lain gunakan Tempel Khusus > Nilai. NIP yang tampil sebagai 1,98503E+17 "
        "atau berakhiran 000 sudah rusak: ketik ulang.",
        "4. Jenis Kelamin: pilih L (laki-laki) atau P (perempuan).",
        "5. Pangkat/Golongan: pilih golongan PNS (I/a sampai IV/e) atau golongan PPPK (I sampai XVII).",
        '6. Instansi: tulis lengkap, mis. "Pemerintah Kabupaten Sleman", "Kementerian Keuangan", '
        '"Badan Pusat Statistik"; bukan singkatan seperti "Pemkab Sleman".',
        "7. Unit Kerja: satuan kerja peserta, mis. Badan Kepegawaian dan Pengembangan Sumber Daya Manusia.",
        "8. Provinsi: provinsi tempat unit kerja berada.",
        "9. Tempat dan Tanggal Lahir boleh dikosongkan bila NIP diisi (tanggal lahir terbaca dari NIP).",
        "10. Jangan menambah kolom NIK, nomor telepon, alamat, agama, rekening atau data kesehatan: "
        "kolom seperti itu tidak disimpan.",
        "11. Simpan sebagai .xlsx, lalu unggah di halaman Unggah Roster.",
    ),
    "en": (
        "HOW TO FILL IN THE PARTICIPANT LIST",
        "",
        "1. Fill in rows 2-6 of the Peserta sheet: Program (the full name, starting with Pelatihan, e.g. "
        '"Pelatihan Coaching dan Mentoring"), Batch (Roman numerals, e.g. IV), Year (e.g. 2023), '
        'Dates (e.g. "5 - 8 September 2023") and Venue.',
        f"2. One row per participant, starting at row {FIRST_DATA_ROW}. Do not merge cells, do not insert "
        f"total or group rows, and do not change the column headers in row {HEADER_ROW}.",
        "3. NIP: 18 digits written as text, e.g. 198503152010011001. The NIP column is already formatted "
        "as Text; when copying from another file use Paste Special > Values. A NIP shown as 1.98503E+17 "
        "or ending in 000 is damaged: type it again.",
        "4. Jenis Kelamin (gender): choose L (male) or P (female).",
        "5. Pangkat/Golongan (rank group): choose a PNS golongan (I/a to IV/e) or a PPPK grade (I to XVII).",
        '6. Instansi (agency): write it in full, e.g. "Pemerintah Kabupaten Sleman", "Kementerian '
        'Keuangan", "Badan Pusat Statistik"; not an abbreviation such as "Pemkab Sleman".',
        "7. Unit Kerja: the participant's work unit.",
        "8. Provinsi: the province where the work unit is.",
        "9. Tempat/Tanggal Lahir (place/date of birth) may be left empty when the NIP is given.",
        "10. Do not add columns for NIK, phone, address, religion, bank account or health data: such "
        "columns are not stored.",
        "11. Save as .xlsx and upload it on the Upload Roster page.",
    ),
}
VALIDATION_TEXT: Final[dict[str, dict[str, tuple[str, str]]]] = {
    # kind -> lang -> (title, message) shown as the cell's input prompt / error
    "text": {"id": ("NIP", "18 digit, sebagai teks"), "en": ("NIP", "18 digits, as text")},
    "gender": {"id": ("Jenis Kelamin", "Pilih L atau P"), "en": ("Gender", "Choose L or P")},
    "golongan": {
        "id": ("Pangkat/Golongan", "Pilih golongan PNS (I/a-IV/e) atau PPPK (I-XVII)"),
        "en": ("Rank group", "Choose a PNS golongan (I/a-IV/e) or PPPK grade (I-XVII)"),
    },
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
    index = LANGS.index(lang)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = ROSTER_SHEET
    last_col = get_column_letter(len(HEADERS))
    last_row = HEADER_ROW + DATA_ROWS

    sheet.cell(TITLE_ROW, 1, TITLE[index]).font = Font(bold=True, size=14)
    sheet.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
    sheet.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center")
    for offset, labels in enumerate(TITLE_LABELS, start=1):
        row = TITLE_ROW + offset
        sheet.cell(row, 1, labels[index]).font = _BOLD
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=VALUE_COLUMN - 1)
        value = sheet.cell(row, VALUE_COLUMN)
        value.number_format = TEXT_FORMAT  # "2023" and "5 - 8 September 2023" stay as typed
        value.fill = _INPUT_FILL
        value.border = _BOX
        # The example goes in the cell's input prompt, not in a cell: any text on a title row is read
        # as cohort metadata, so a printed "mis. IV" would become the angkatan of a blank template.
        prompt = DataValidation(allow_blank=True, showInputMessage=True)
        prompt.promptTitle, prompt.prompt = labels[index], labels[2 + index]
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
    for row, line in enumerate(GUIDE[lang], start=1):
        cell = guide.cell(row, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1:
            cell.font = Font(bold=True, size=12)

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _validation(kind: str, lang: str, cells: str) -> DataValidation:
    """The drop-down (gender, golongan) or the input prompt (NIP) for one column's data rows."""
    title, message = VALIDATION_TEXT[kind][lang]
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
