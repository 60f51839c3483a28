"""Decide what a file really is from its bytes, not its extension."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from loaders.errors import RosterError

OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC: Final = b"PK\x03\x04"
EMPTY_ZIP_MAGIC: Final = b"PK\x05\x06"

# Leading bytes of common non-spreadsheet files -> what to call them in the message.
FOREIGN_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF", "dokumen PDF"),
    (b"\x89PNG", "gambar PNG"),
    (b"\xff\xd8\xff", "gambar JPEG"),
    (b"GIF8", "gambar GIF"),
    (b"Rar!", "arsip RAR"),
    (b"7z\xbc\xaf", "arsip 7-Zip"),
    (b"\x1f\x8b", "arsip GZip"),
    (b"MZ", "program Windows"),
    (b"\x7fELF", "program"),
)

KIND_LABELS: Final = {
    "xlsx": "Excel (.xlsx)",
    "xlsm": "Excel dengan makro (.xlsm)",
    "xlsb": "Excel biner (.xlsb)",
    "xls": "Excel lama (.xls)",
    "ods": "OpenDocument (.ods)",
    "csv": "CSV/teks",
    "html": "tabel HTML",
}

# What a file's extension claims, for the "extension does not match" note.
EXTENSION_KINDS: Final = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsm",
    ".xlsb": "xlsb",
    ".xls": "xls",
    ".ods": "ods",
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".htm": "html",
    ".html": "html",
}


@dataclass(frozen=True)
class FileKind:
    """What the bytes say the file is."""

    kind: str  # one of KIND_LABELS
    has_macros: bool = False

    @property
    def label(self) -> str:
        """Human name of the format."""
        return KIND_LABELS[self.kind]


def sniff_kind(path: Path) -> FileKind:
    """Look at the file's bytes and say what it is, or raise RosterError."""
    with path.open("rb") as handle:
        head = handle.read(8192)
    if not head:
        raise RosterError("empty_file", "File kosong (0 byte). Periksa kembali file yang diunggah.")
    if head.startswith(ZIP_MAGIC) or head.startswith(EMPTY_ZIP_MAGIC):
        return _sniff_zip(path)
    if head.startswith(OLE_MAGIC):
        return _sniff_ole(path)
    for magic, what in FOREIGN_MAGIC:
        if head.startswith(magic):
            raise RosterError(
                "not_spreadsheet",
                f"File ini adalah {what}, bukan tabel peserta. Unggah file Excel (.xlsx/.xls), .ods, atau CSV.",
            )
    text_head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text_head.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head")) or (
        text_head.startswith(b"<") and b"<table" in head.lower()
    ):
        return FileKind("html")
    if text_head.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head:
        raise RosterError(
            "unsupported_format",
            "File ini berformat 'XML Spreadsheet 2003'. Buka di Excel lalu simpan sebagai .xlsx.",
        )
    if _looks_binary(head):
        raise RosterError(
            "not_spreadsheet",
            "Isi file tidak dikenali sebagai spreadsheet atau CSV (berisi data biner). "
            "Unggah file Excel (.xlsx/.xls), .ods, atau CSV.",
        )
    return FileKind("csv")


def _looks_binary(head: bytes) -> bool:
    """True when the first bytes are not text in any encoding a CSV export would use."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text ("Unicode Text" export from Excel)
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control > len(head) * 0.05


def _sniff_zip(path: Path) -> FileKind:
    """Tell OOXML workbooks, ODF spreadsheets and other zip files apart."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mimetype:
                    return FileKind("ods")
                raise RosterError(
                    "not_spreadsheet",
                    "File ini dokumen OpenDocument yang bukan spreadsheet (misalnya teks atau presentasi).",
                )
    except zipfile.BadZipFile as exc:
        raise RosterError(
            "corrupt_file",
            "File rusak atau tidak lengkap (mungkin terpotong saat diunduh/disalin). "
            "Simpan ulang dari Excel lalu unggah lagi.",
        ) from exc
    if "xl/workbook.xml" in names:
        macros = any(n.lower().endswith("vbaproject.bin") for n in names)
        return FileKind("xlsm" if macros else "xlsx", has_macros=macros)
    if "xl/workbook.bin" in names:
        return FileKind("xlsb", has_macros=any(n.lower().endswith("vbaproject.bin") for n in names))
    if "word/document.xml" in names:
        raise RosterError("not_spreadsheet", "File ini dokumen Word, bukan spreadsheet. Unggah file Excel.")
    if "ppt/presentation.xml" in names:
        raise RosterError("not_spreadsheet", "File ini presentasi PowerPoint, bukan spreadsheet.")
    raise RosterError("not_spreadsheet", "File ini arsip ZIP yang tidak berisi workbook Excel.")


def _sniff_ole(path: Path) -> FileKind:
    """Tell legacy .xls from password-protected OOXML (both are OLE compound files)."""
    import olefile  # shipped with msoffcrypto-tool

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir()}
    except Exception as exc:  # olefile raises a mix of OSError/ValueError on damaged files
        raise RosterError(
            "corrupt_file",
            "File Excel lama (.xls) ini rusak atau tidak lengkap. Simpan ulang dari Excel lalu unggah lagi.",
        ) from exc
    if "encryptedpackage" in streams or "encryptioninfo" in streams:
        raise RosterError(
            "password_protected",
            "File ini dilindungi kata sandi. Buka di Excel, hapus kata sandi "
            "(File > Info > Protect Workbook > Encrypt with Password, kosongkan), simpan, lalu unggah lagi.",
        )
    if "workbook" in streams or "book" in streams:
        if _xls_is_encrypted(path):
            raise RosterError(
                "password_protected",
                "File .xls ini dilindungi kata sandi. Buka di Excel, hapus kata sandi, simpan, lalu unggah lagi.",
            )
        return FileKind("xls", has_macros="_vba_project_cur" in streams)
    if "worddocument" in streams:
        raise RosterError("not_spreadsheet", "File ini dokumen Word lama (.doc), bukan spreadsheet.")
    raise RosterError("not_spreadsheet", "File ini berformat Office yang bukan spreadsheet.")


def _xls_is_encrypted(path: Path) -> bool:
    """Ask msoffcrypto-tool whether a legacy workbook carries a FILEPASS record."""
    import msoffcrypto

    try:
        with path.open("rb") as handle:
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    except Exception:  # a damaged stream is reported later by the reader itself
        return False
