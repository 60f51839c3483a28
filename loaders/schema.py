"""The canonical participants schema and the code lists every module shares."""

from __future__ import annotations

from typing import Final, Literal

Sector = Literal["central", "regional", "other", "unknown"]
Level = Literal["ministry", "agency", "province", "regency", "city", "other"]
Gender = Literal["L", "P"]

SECTORS: Final = ("central", "regional", "other", "unknown")
LEVELS: Final = ("ministry", "agency", "province", "regency", "city", "other")

# NIP statuses (see loaders/nip.py).
NIP_STATUSES: Final = (
    "pns",  # valid 18-digit PNS NIP
    "pppk",  # valid 18-digit PPPK number
    "nik",  # 16-digit NIK (ID card) entered instead of a NIP
    "nip_lama",  # old 9-digit NIP
    "nrp",  # TNI/Polri NRP (8 digits) or an explicit "NRP" prefix
    "damaged",  # stored as a number and cut to 15 significant digits by Excel
    "invalid",  # anything else that is not empty
    "missing",  # empty cell
)

# Columns of the participants frame, in order. Everything after loading is snake_case.
PARTICIPANT_COLUMNS: Final = (
    "sheet",  # sheet name (for CSV: the file name)
    "row",  # Excel row number (CSV: line number), 1-based
    "name",
    "nip",  # normalised NIP text (digits only where it parsed), None when missing
    "nip_status",
    "gender",  # "L"/"P"/None: stated gender, else derived from the NIP
    "birth_date",  # date from the NIP, else from the birth column
    "appointment_date",  # TMT CPNS (PNS) / appointment year (PPPK) from the NIP
    "birth_place",
    "pangkat",
    "golongan",  # normalised "III/a" ... "IV/e", or PPPK grade "IX"
    "jabatan",
    "unit_kerja",
    "instansi",  # the text as written (after trimming)
    "province_stated",  # a Provinsi column in the roster, if any
    "city_stated",  # a Kab/Kota column in the roster, if any
    "status",  # lulus / tidak lulus / ... as written
    "score",
    "agency",  # canonical agency name from classification
    "sector",
    "level",
    "province",  # province of the agency (for vertical offices: where the office is)
    "issues",  # tuple of issue codes for this row
)
