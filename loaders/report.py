"""The load report: every problem found in one pass, each tied to a sheet and an Excel row."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Final

# code -> (severity, Indonesian message template). Templates use str.format with the issue's params.
ISSUE_TYPES: Final[dict[str, tuple[str, str]]] = {
    "missing_instansi": ("error", "Instansi kosong: peserta tidak dapat dihitung sebagai K/L atau Pemda."),
    "missing_name": ("warning", "Nama kosong."),
    "agency_unknown": ("warning", "Instansi '{instansi}' belum dikenali; klasifikasikan di halaman Unggah."),
    "agency_other": ("info", "Instansi '{instansi}' bukan instansi pemerintah ({reason})."),
    "agency_from_title": (
        "info",
        "{count} peserta dengan instansi tanpa nama daerah (mis. '{example}') ditempatkan di {pemda}, yang "
        "disebut judul roster ('{title}'). Bila salah, koreksi instansinya di halaman Unggah.",
    ),
    "agency_review": (
        "info",
        "Instansi '{instansi}' dihitung sebagai {side}, tetapi perlu diperiksa: {review}.",
    ),
    "nip_missing": ("warning", "NIP kosong."),
    "nip_invalid": ("warning", "{detail}"),
    "nip_damaged": ("error", "{detail}"),
    "nip_nik": ("warning", "{detail}"),
    "nip_lama": ("info", "{detail}"),
    "nip_nrp": ("info", "{detail}"),
    "nip_stored_as_number": ("warning", "{detail}"),
    "gender_mismatch": (
        "warning",
        "Jenis kelamin tertulis '{stated}', tetapi NIP menunjukkan '{derived}'. Periksa kembali.",
    ),
    "duplicate_in_file": ("warning", "Peserta yang sama sudah tercatat di {other} ({key}); {outcome}."),
    "formula_no_value": (
        "warning",
        "Sel {cell} berisi rumus tanpa nilai tersimpan. Buka file di Excel, simpan ulang, lalu unggah lagi.",
    ),
    "excel_error": ("warning", "Sel {cell} berisi nilai galat Excel {value}; sel ini dibaca sebagai kosong."),
    "row_subtotal": ("info", "Baris sub-jumlah/total dilewati: '{text}'."),
    "row_section": ("info", "Baris judul kelompok dilewati: '{text}'."),
    "instansi_from_section": (
        "info",
        "Instansi kosong pada {count} peserta di bawah baris judul kelompok ini diisi dengan '{text}'.",
    ),
    "row_footer": ("info", "Baris {first}-{last} dianggap catatan kaki/tanda tangan dan tidak dihitung."),
    "row_numbered_empty": ("info", "Baris bernomor tanpa isi dilewati."),
    "row_number_header": ("info", "Baris penomoran kolom (1, 2, 3, ...) dilewati."),
    "column_ignored": ("info", "Kolom '{header}' tidak dikenali dan diabaikan."),
    "column_sensitive": (
        "info",
        "Kolom '{header}' berisi data pribadi sensitif dan tidak disimpan (hanya kolom yang diperlukan).",
    ),
    "instansi_column": (
        "info",
        "Kolom '{used}' dipakai sebagai instansi ({used_share} nilainya dikenali); kolom '{other}' "
        "({other_share} dikenali) disimpan sebagai unit kerja. Ubah di pemetaan kolom bila keliru.",
    ),
    "far_cells": (
        "warning",
        "Sel {cells} berada jauh di luar tabel (setelah kolom {column} atau baris {last_row}) dan diabaikan. "
        "Bila isinya tidak disengaja, hapus sel tersebut di Excel.",
    ),
    "sheet_hidden": ("info", "Lembar tersembunyi '{name}' dilewati."),
    "sheet_skipped": ("info", "Lembar '{name}' dilewati: {reason}."),
    "macros_ignored": ("info", "File berisi makro (VBA); makro tidak dijalankan dan diabaikan."),
    "csv_encoding": ("info", "File CSV dibaca dengan pengodean {encoding} dan pemisah '{delimiter}'."),
    "format_mismatch": ("info", "Ekstensi file '{ext}' tidak sesuai isinya; file dibaca sebagai {actual}."),
}


@dataclass(slots=True)
class Issue:
    """One problem or note; row is the Excel row number (CSV line), None for file-level notes. Not frozen:
    a big messy roster makes tens of thousands of these, and a frozen dataclass is 2-3x slower to build."""

    code: str
    message: str
    severity: str
    sheet: str | None = None
    row: int | None = None

    def to_dict(self) -> dict[str, object]:
        """The CLI's JSON form."""
        return asdict(self)


def make_issue(code: str, sheet: str | None = None, row: int | None = None, **params: object) -> Issue:
    """Build an issue from its code and the template's parameters."""
    severity, template = ISSUE_TYPES[code]
    return Issue(code=code, message=template.format(**params), severity=severity, sheet=sheet, row=row)


def detail_issue(code: str, sheet: str | None, row: int | None, detail: str) -> Issue:
    """make_issue(code, sheet, row, detail=detail), without str.format when the message is the detail
    alone (the NIP codes: a messy roster has tens of thousands of these)."""
    severity, template = ISSUE_TYPES[code]
    return Issue(
        code, detail if template == "{detail}" else template.format(detail=detail), severity, sheet, row
    )


def count_by_code(issues: list[Issue]) -> dict[str, int]:
    """How many issues of each code, for summaries."""
    return dict(Counter(i.code for i in issues))
