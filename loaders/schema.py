"""The product's vocabulary: the canonical participants schema and every code list the layers share
(sectors, levels, genders, golongan groups, age bands, file types). One home, low in the house: loaders,
store, peserta and pages import these instead of spelling the codes again. The enums are the codes; the
tuples (plain text, in display order) are what frames, SQL and JSON hold."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Sector(StrEnum):
    CENTRAL = "central"  # Kementerian/Lembaga
    REGIONAL = "regional"  # Pemerintah Daerah
    OTHER = "other"  # not a government body (BUMN/BUMD, companies, private campuses, foundations)
    UNKNOWN = "unknown"


class Level(StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"  # a central body that is not a ministry (LPNK, LNS, ...)
    PROVINCE = "province"
    REGENCY = "regency"  # kabupaten
    CITY = "city"  # kota
    OTHER = "other"


class Gender(StrEnum):
    MALE = "L"
    FEMALE = "P"


class Role(StrEnum):
    """Who may do what (least to most): viewers read counts, editors manage rosters, admins also accounts."""

    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"


VIEWER: Final = Role.VIEWER.value
EDITOR: Final = Role.EDITOR.value
ADMIN: Final = Role.ADMIN.value
ROLES: Final[tuple[str, ...]] = tuple(r.value for r in Role)  # least to most
SECTORS: Final[tuple[str, ...]] = tuple(s.value for s in Sector)
LEVELS: Final[tuple[str, ...]] = tuple(level.value for level in Level)
REGIONAL_LEVELS: Final[tuple[str, ...]] = (Level.PROVINCE.value, Level.REGENCY.value, Level.CITY.value)
# Sector -> the levels that go with it (what a user may choose when classifying an instansi).
SECTOR_LEVELS: Final[dict[str, tuple[str, ...]]] = {
    Sector.CENTRAL.value: (Level.MINISTRY.value, Level.AGENCY.value),
    Sector.REGIONAL.value: REGIONAL_LEVELS,
    Sector.OTHER.value: (Level.OTHER.value,),
}
GENDERS: Final[tuple[str, ...]] = tuple(g.value for g in Gender)
GOLONGAN_GROUPS: Final = ("I", "II", "III", "IV", "PPPK")
# Age bands: (upper bound in whole years, exclusive; label), youngest first.
AGE_BAND_LIMITS: Final = ((30, "<30"), (40, "30-39"), (50, "40-49"), (60, "50-59"), (200, "60+"))
AGE_BANDS: Final = tuple(label for _, label in AGE_BAND_LIMITS)

XLSX_MIME: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX_MIME: Final = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PDF_MIME: Final = "application/pdf"
CSV_MIME: Final = "text/csv"

# The facts table (written by store.facts from the participants, read by peserta; docs/architecture.md):
# participants counted per cohort, sector, level, province and one dimension's value.
FACT_COLUMNS: Final = ("cohort_id", "sector", "level", "province", "dimension", "value", "n")
FACT_TEXT_COLUMNS: Final = ("sector", "level", "province", "dimension", "value")
FACT_GROUP_COLUMNS: Final = ("cohort_id", "sector", "level", "province")
DIMENSIONS: Final = ("total", "agency", "gender", "golongan", "age")  # "total": one row per group, value ""

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
