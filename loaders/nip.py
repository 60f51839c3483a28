"""Parse, validate and mask NIP (Nomor Induk Pegawai) values read from roster cells."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

# Plausibility limits for the parts encoded in an 18-digit NIP (Perka BKN 22/2007 and 43/2007).
BIRTH_YEAR_MIN: Final = 1940
MIN_AGE_AT_APPOINTMENT: Final = 15
# CPNS are at most 35 (40 for some posts), but honorer staff were appointed up to 46 in 2005-2014;
# PPPK may be appointed up to a year before the retirement age of the post (65 for the highest).
MAX_AGE_AT_APPOINTMENT: Final = {"pns": 50, "pppk": 64}
PNS_APPOINTMENT_YEAR_MIN: Final = 1960
# PPPK started in 2019; older years are accepted because some instansi numbered contract staff earlier.
PPPK_APPOINTMENT_YEAR_MIN: Final = 2005
# A NIP is issued shortly before its TMT, so a TMT a few months ahead of today is still genuine.
APPOINTMENT_GRACE_MONTHS: Final = 3
# Characters shown unmasked at the end of a NIP: the serial, which encodes nothing personal.
MASK_VISIBLE_TAIL: Final = 3
MASK_CHAR: Final = "*"
# Integers longer than this many bits (~30 digits) cannot be an identifier of any kind.
MAX_NUMBER_BITS: Final = 100

VALID_STATUSES: Final = ("pns", "pppk")
WARNING_STORED_AS_NUMBER: Final = "nip_stored_as_number"

# Cell texts that mean "no value" (pandas' str() of a missing value, or a typed placeholder), as they
# look after normalise_nip and lower-casing (spaces are gone by then).
MISSING_TEXTS: Final = frozenset(
    {"nan", "none", "null", "n/a", "na", "<na>", "nat", "tidakada", "belumada", "belumpunya", "kosong"}
)
MISSING_TYPE_NAMES: Final = frozenset({"NAType", "NaTType", "NoneType"})

MESSAGES: Final = {
    "missing": "NIP kosong.",
    "nik": "Nomor 16 digit ini tampaknya NIK (KTP), bukan NIP. Isi NIP 18 digit.",
    "nip_lama": "NIP lama 9 digit (sebelum 2007). Isi NIP baru 18 digit bila ada.",
    "nrp": "NRP anggota TNI/Polri, bukan NIP.",
    "stored_as_number": (
        "NIP tersimpan sebagai angka di file; 18 digitnya masih utuh, tetapi simpan NIP sebagai teks "
        "agar tidak dirusak Excel."
    ),
    "damaged_number": (
        "NIP rusak oleh Excel: tersimpan sebagai angka {shown} sehingga digit terakhir hilang. "
        "Ketik ulang NIP sebagai teks."
    ),
    "damaged_000": (
        "NIP rusak oleh Excel: {shown} berakhir 000, tanda NIP pernah tersimpan sebagai angka sehingga "
        "3 digit terakhir hilang. Ketik ulang NIP sebagai teks."
    ),
    "length": "NIP harus 18 digit; tertulis {length} digit ({shown}).",
    "characters": "NIP berisi karakter selain angka: {shown}.",
    "nrp_empty": "Tertulis NRP tanpa nomor.",
    "fraction": "NIP berupa angka pecahan: {shown}.",
    "negative": "NIP berupa angka negatif: {shown}.",
    "not_number": "NIP bukan angka: {shown}.",
    "too_long": "NIP berupa angka yang terlalu panjang.",
}

# Deleted by normalise_nip: human formatting that never belongs to the number itself.
_SEPARATORS: Final = (
    " \t\r\n\v\f.-'\"`_"
    "\u00a0\u2007\u2009\u200a\u202f\u3000"  # non-breaking, figure, thin, ideographic spaces
    "\u200b\u2060\ufeff"  # zero-width space, word joiner, byte-order mark
    "\u2018\u2019\uff07"  # curly and full-width apostrophes
    "\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"  # hyphens, dashes, minus, full-width hyphen
    "\uff0e"  # full-width full stop
)
_TRANSLATION: Final = {
    **{ord(ch): None for ch in _SEPARATORS},
    **{0xFF10 + i: str(i) for i in range(10)},  # full-width digits
    0xFF1A: ":",  # full-width colon
}
# A leading "NIP", "NIP:", "=" (Excel's ="..." text trick), repeated; applied after separators are gone.
_PREFIX: Final = re.compile(r"(?:nip:*|=)+", re.IGNORECASE)
# Excel scientific notation, as a number cell's literal or as text in a CSV ("1,98609E+17").
_SCIENTIFIC: Final = re.compile(r"(?:nip[.:\s]*)?([+-]?\d+(?:[.,]\d*)?)[eE]([+-]?\d+)", re.IGNORECASE)
# A number literal as stored in a numeric cell: digits, optional fraction, optional exponent.
_NUMBER_LITERAL: Final = re.compile(r"([+-]?)(\d+)(?:[.,](\d*))?(?:[eE]([+-]?\d+))?")
# A number shown with thousands separators ("196.608.011.988.031.000"): Excel's display of a number.
_THOUSANDS: Final = re.compile(r"\d{1,3}(?:\.\d{3}){4,}|\d{1,3}(?:,\d{3}){4,}")

_IMPORT_DATE: Final = date.today()
# Numbers this large (16+ digits) cannot survive Excel's 15 significant digits or a float.
_DAMAGE_THRESHOLD: Final = Decimal("1e15")


@dataclass(frozen=True, slots=True)
class NipInfo:
    """What one NIP cell says: the normalised number, its status and the parts it encodes."""

    nip: str | None
    status: str
    birth_date: date | None
    gender: str | None
    appointment_date: date | None
    warning: str | None = None
    message: str | None = None

    @property
    def is_valid(self) -> bool:
        """Whether the NIP is a well-formed PNS or PPPK number."""
        return self.status in VALID_STATUSES


_MISSING: Final = NipInfo(None, "missing", None, None, None, None, MESSAGES["missing"])


def normalise_nip(text: str) -> str:
    """Strip spaces, dots, dashes, apostrophes, quotes and a leading "NIP" prefix; make digits ASCII."""
    if not isinstance(text, str):
        raise TypeError(f"normalise_nip expects text, got {type(text).__name__}; use parse_nip for cells")
    cleaned = text.translate(_TRANSLATION)
    if cleaned[:1].isdigit():  # the usual case: no prefix to look for
        return cleaned
    prefix = _PREFIX.match(cleaned)
    return cleaned[prefix.end() :] if prefix else cleaned


# A number of 8+ digits inside a "Nama/NIP" cell, written with single spaces or dots between groups
# ("19790101 200501 1 001"), perhaps after "NIP", "NIP." or "NIP:".
_NUMBER_IN_TEXT: Final = re.compile(r"(?:\bnip\b[\s.:]*)?(?<!\d)(\d(?:[ \u00a0.]?\d){7,})(?!\d)", re.IGNORECASE)
# What separates the name from the number in such a cell: line breaks, "/", ",", ";", "|", dashes.
_NAME_EDGES: Final = " \t\r\n\u00a0/,;|-:()[]"
# An identifier's label left at the name's end, empty or with a dash for "none" ("Budi<br>NIP.", "Budi<br>ID: -").
_DANGLING_NIP: Final = re.compile(
    r"(?:^|\s)(?:nip\b[\s.:]*-?|(?:nrp|nik|nidn|nidk|nuptk|id)\s*[.:]\s*-?)$", re.IGNORECASE
)


def split_name_nip(value: object) -> tuple[str | None, object]:
    """A combined "Nama/NIP" cell as (name, NIP cell): 'Joko Lubis, S.ST<br>19790101 200501 1 001',
    'Ani / NIP. 19...', 'Ani, 19...'. The NIP is the 18-digit number in the text (else its longest number of
    8+ digits, for the NIP checks to report); a number cell is all NIP; a text without a number is all name."""
    if value is None or isinstance(value, bool):
        return None, None
    if not isinstance(value, str):
        return None, value  # a number: the NIP checks read its literal
    text = value.translate({0xFF10 + i: str(i) for i in range(10)})
    found = list(_NUMBER_IN_TEXT.finditer(text))
    if not found:
        return _name_part(text), None
    digits = [sum(ch.isdigit() for ch in m.group(1)) for m in found]
    pick = digits.index(18) if 18 in digits else max(range(len(found)), key=digits.__getitem__)
    match = found[pick]
    # The name is the text before the number ("Nama / NIP / tanggal lahir": what follows is no name), or after it
    # when nothing but a label comes before ("NIP. 19... / Nama").
    return _name_part(text[: match.start()]) or _name_part(text[match.end() :]), match.group(1)


_CELL_JOINS: Final = re.compile(r"[/|;\n\r]+")


def nip_in_joined_cell(value: object) -> object:
    """The NIP of a cell under a header joining the NIP with other labels ("TTL / NIP / Agama": 'Bantul/1975-03-02/
    197503022000031001/Islam'; "NIP/NIK"): its one part of 18 digits, as written; None when it has none (the other
    parts are no NIP) or holds a 16-digit NIK, which is not kept. A cell of one part that is no NIK stays for the
    NIP checks (a 9-digit old NIP, a damaged number)."""
    if value is None or isinstance(value, bool):
        return value
    if not isinstance(value, str):  # a number: a NIK is one of 16 digits (a float holds it exactly)
        whole = _whole_number(value)
        return None if whole is not None and len(str(abs(whole))) == 16 else value
    parts = [part.strip() for part in _CELL_JOINS.split(value) if part.strip()]
    digits = [normalise_nip(part) for part in parts]
    eighteen = [part for part, d in zip(parts, digits, strict=True) if len(d) == 18 and d.isdigit() and d.isascii()]
    if len(eighteen) == 1:
        return eighteen[0]
    if eighteen:
        return value  # two NIPs in one cell: the NIP checks say it is not one
    if len(parts) == 1 and not (len(digits[0]) == 16 and digits[0].isdigit()):
        return value
    return None


def _whole_number(value: object) -> int | None:
    """An integer, or a float/Decimal holding one; else None."""
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    return None


def _name_part(text: str) -> str | None:
    """The name left in a Nama/NIP cell: one line, without separators or an empty "NIP" label at its end."""
    name = _DANGLING_NIP.sub("", _DANGLING_NIP.sub("", " ".join(text.split())).strip(_NAME_EDGES)).strip(_NAME_EDGES)
    return name or None


def parse_nip(value: object, *, stored_as_number: bool = False, today: date | None = None) -> NipInfo:
    """Classify one NIP cell and derive birth date, gender and appointment from a valid number."""
    if value is None:
        return _MISSING
    if isinstance(value, str):
        if stored_as_number:
            return _parse_number_text(value.strip(), today)
        return _parse_text(value, today)
    if isinstance(value, bool):
        return _invalid(str(value), MESSAGES["not_number"].format(shown=value))
    if isinstance(value, int):
        return _parse_int(value, today)
    if isinstance(value, float):
        return _parse_float(value, today)
    if isinstance(value, Decimal):
        return _parse_decimal(value, today)
    if type(value).__name__ in MISSING_TYPE_NAMES:
        return _MISSING
    if hasattr(value, "__index__"):  # numpy integers
        try:
            return _parse_int(value.__index__(), today)
        except (TypeError, ValueError):
            pass
    if hasattr(value, "__float__"):  # numpy floats that are not float subclasses
        try:
            return _parse_float(float(value), today)
        except (TypeError, ValueError, OverflowError):
            pass
    return _parse_text(str(value), today)


def mask_nip(nip: str | None) -> str:
    """Hide every character but the last three digits (the serial), so birth date, TMT and gender are gone."""
    if not nip:
        return ""
    tail = nip[-MASK_VISIBLE_TAIL:]
    if len(nip) <= 2 * MASK_VISIBLE_TAIL or not (tail.isascii() and tail.isdigit()):
        return MASK_CHAR * len(nip)
    return MASK_CHAR * (len(nip) - MASK_VISIBLE_TAIL) + tail


# --- private helpers -------------------------------------------------------------------------------------


def _parse_text(text: str, today: date | None) -> NipInfo:
    """Parse a text cell."""
    stripped = text.strip()
    if stripped.isdigit() and stripped.isascii():  # the common case: skip the formatting passes
        return _classify_digits(stripped, today, numeric=False)
    if not stripped:
        return _MISSING
    if "e" in stripped or "E" in stripped:
        scientific = _SCIENTIFIC.fullmatch(stripped)
        if scientific:
            return _parse_scientific(stripped, scientific.group(1), scientific.group(2), today)
    if "." in stripped or "," in stripped:
        if _THOUSANDS.fullmatch(stripped):
            return _classify_digits(stripped.replace(".", "").replace(",", ""), today, numeric=True)
        literal = _NUMBER_LITERAL.fullmatch(stripped)
        if literal and literal.group(3) is not None and set(literal.group(3)) <= {"0"}:
            # "196608011988031001.0": the text of a float, so the number went through a float
            return _parse_number_text(stripped, today)
    normalised = normalise_nip(stripped)
    if not normalised or normalised.lower() in MISSING_TEXTS:
        return _MISSING
    if normalised[:3].upper() == "NRP":
        number = normalised[3:].lstrip(":")
        if not number:
            return _invalid(normalised, MESSAGES["nrp_empty"])
        return NipInfo(number, "nrp", None, None, None, None, MESSAGES["nrp"])
    if normalised.isdigit() and normalised.isascii():
        return _classify_digits(normalised, today, numeric=False)
    if "/" in normalised:
        # "197505152000031003 / 60075136": the NIP with a second number (NRP, old 9-digit NIP) after it.
        parts = [part for part in normalised.split("/") if part]
        eighteen = [part for part in parts if len(part) == 18]
        if len(eighteen) == 1 and all(part.isdigit() and part.isascii() for part in parts):
            return _classify_digits(eighteen[0], today, numeric=False)
    return _invalid(normalised, MESSAGES["characters"].format(shown=normalised))


def _parse_number_text(literal_text: str, today: date | None) -> NipInfo:
    """Parse the literal text of a numeric cell ("1.96608011988031E+17", "196608011988031001")."""
    match = _NUMBER_LITERAL.fullmatch(literal_text)
    if not match:
        return _parse_text(literal_text, today)
    sign, whole, fraction, exponent = match.groups()
    if exponent is not None:
        return _parse_scientific(literal_text, f"{sign}{whole}.{fraction or ''}", exponent, today)
    if sign == "-":
        return _invalid(literal_text, MESSAGES["negative"].format(shown=literal_text))
    if fraction and set(fraction) - {"0"}:
        return _invalid(literal_text, MESSAGES["fraction"].format(shown=literal_text))
    digits = whole.lstrip("0") or "0"
    if fraction is not None and len(digits) >= 16:
        return _damaged(literal_text)  # written from a float, which holds ~15-17 significant digits
    return _classify_digits(digits, today, numeric=True)


def _parse_scientific(shown: str, mantissa: str, exponent: str, today: date | None) -> NipInfo:
    """Parse a number in scientific notation: damaged when it stands for 16 or more digits."""
    try:
        number = Decimal(mantissa.replace(",", ".")).scaleb(int(exponent))
    except (ArithmeticError, ValueError):  # InvalidOperation, Overflow
        return _invalid(shown, MESSAGES["not_number"].format(shown=shown))
    if abs(number) >= _DAMAGE_THRESHOLD:
        return _damaged(shown)
    return _parse_decimal(number, today, shown=shown)


def _parse_int(number: int, today: date | None) -> NipInfo:
    """Parse an integer: a number cell read exactly."""
    if number.bit_length() > MAX_NUMBER_BITS:  # far longer than any identifier; str() would be slow
        return _invalid("", MESSAGES["too_long"])
    if number < 0:
        return _invalid(str(number), MESSAGES["negative"].format(shown=number))
    return _classify_digits(str(number), today, numeric=True)


def _parse_float(number: float, today: date | None) -> NipInfo:
    """Parse a float: never trusted beyond 15 digits."""
    if math.isnan(number):
        return _MISSING
    shown = f"{number:.15g}"
    if math.isinf(number):
        return _invalid(shown, MESSAGES["not_number"].format(shown=shown))
    if abs(number) >= 1e15:
        return _damaged(shown)
    if not number.is_integer():
        return _invalid(shown, MESSAGES["fraction"].format(shown=shown))
    return _parse_int(int(number), today)


def _parse_decimal(number: Decimal, today: date | None, shown: str | None = None) -> NipInfo:
    """Parse a Decimal: exact, so it is read like an integer unless it has a fraction."""
    shown = shown if shown is not None else str(number)
    if number.is_nan():
        return _MISSING
    if not number.is_finite():
        return _invalid(shown, MESSAGES["not_number"].format(shown=shown))
    if number.adjusted() >= 30:  # too long for any identifier; int() would build a huge number
        return _invalid(shown, MESSAGES["too_long"])
    if number != number.to_integral_value():
        return _invalid(shown, MESSAGES["fraction"].format(shown=shown))
    return _parse_int(int(number), today)


def _classify_digits(digits: str, today: date | None, *, numeric: bool) -> NipInfo:
    """Classify a string of ASCII digits by its length."""
    length = len(digits)
    if length == 18:
        if digits.endswith("000"):
            return _damaged(digits, template="damaged_000")
        info = _parse_18(digits, today)
        if numeric and info.status in VALID_STATUSES:
            return NipInfo(
                info.nip,
                info.status,
                info.birth_date,
                info.gender,
                info.appointment_date,
                WARNING_STORED_AS_NUMBER,
                MESSAGES["stored_as_number"],
            )
        return info
    if length == 16:
        return NipInfo(digits, "nik", None, None, None, None, MESSAGES["nik"])
    if length == 9:
        return NipInfo(digits, "nip_lama", None, None, None, None, MESSAGES["nip_lama"])
    if length == 8:
        return NipInfo(digits, "nrp", None, None, None, None, MESSAGES["nrp"])
    return _invalid(digits, MESSAGES["length"].format(length=length, shown=digits))


def _parse_18(digits: str, today: date | None) -> NipInfo:
    """Validate an 18-digit PNS/PPPK number and decode its parts, naming every part that is wrong."""
    errors: list[str] = []
    birth_year = int(digits[0:4])
    birth: date | None
    try:
        birth = date(birth_year, int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        birth = None
        errors.append(f"tanggal lahir {digits[0:8]} tidak valid")
    else:
        if birth_year < BIRTH_YEAR_MIN or _birth_year_too_late(birth_year, today):
            errors.append(f"tahun lahir {birth_year} tidak wajar")
    appointment_year = int(digits[8:12])
    kind = digits[12]
    if kind == "0" or kind == "1":
        status, label, year_min = "pns", "TMT CPNS", PNS_APPOINTMENT_YEAR_MIN
        month = int(digits[12:14])
        if not 1 <= month <= 12:
            errors.append(f"TMT CPNS {digits[8:14]} tidak valid (bulan {digits[12:14]})")
    elif kind == "2":
        status, label, year_min, month = "pppk", "tahun pengangkatan PPPK", PPPK_APPOINTMENT_YEAR_MIN, 1
    else:
        status, label, year_min, month = "invalid", "tahun pengangkatan", PNS_APPOINTMENT_YEAR_MIN, 1
        errors.append(f"digit ke-13 ({kind}) harus 0/1 (bulan TMT PNS) atau 2 (kode PPPK)")
    if appointment_year < year_min:
        errors.append(f"{label} {appointment_year} sebelum {year_min}")
    else:
        if _after_grace(appointment_year, month, today):
            errors.append(f"{label} {appointment_year} ada di masa depan")
        if birth is not None:
            age = appointment_year - birth_year
            if age < MIN_AGE_AT_APPOINTMENT:
                errors.append(f"{label} {appointment_year}: umur saat diangkat {age} tahun, terlalu muda")
            elif age > MAX_AGE_AT_APPOINTMENT.get(status, MAX_AGE_AT_APPOINTMENT["pppk"]):
                errors.append(f"{label} {appointment_year}: umur saat diangkat {age} tahun, terlalu tua")
    gender_digit = digits[14]
    if gender_digit != "1" and gender_digit != "2":
        errors.append(f"digit jenis kelamin (ke-15) harus 1 atau 2, tertulis {gender_digit}")
    if errors:
        return _invalid(digits, "NIP tidak valid: " + "; ".join(errors) + ".")
    gender = "L" if gender_digit == "1" else "P"
    return NipInfo(digits, status, birth, gender, date(appointment_year, month, 1))


def _birth_year_too_late(birth_year: int, today: date | None) -> bool:
    """Whether someone born in birth_year is still too young to have been appointed by today."""
    if today is None:
        if birth_year <= _IMPORT_DATE.year - MIN_AGE_AT_APPOINTMENT:  # the clock only moves forward
            return False
        today = date.today()
    return birth_year > today.year - MIN_AGE_AT_APPOINTMENT


def _after_grace(year: int, month: int, today: date | None) -> bool:
    """Whether year-month lies more than the grace period after today's month."""
    if today is None:
        if year < _IMPORT_DATE.year:  # the clock only moves forward: no need to read it
            return False
        today = date.today()
    return year * 12 + month > today.year * 12 + today.month + APPOINTMENT_GRACE_MONTHS


def _damaged(shown: str, template: str = "damaged_number") -> NipInfo:
    """A number that Excel (or a float) has cut: keep the text as read, derive nothing."""
    return NipInfo(shown, "damaged", None, None, None, None, MESSAGES[template].format(shown=shown))


def _invalid(shown: str, message: str) -> NipInfo:
    """A non-empty value that is no usable NIP."""
    return NipInfo(shown, "invalid", None, None, None, None, message)


def nip_text_column(values: Sequence[object]) -> pa.Array | None:
    """NIP cells as an Arrow string column when they are all text (or empty), else None: what the
    vectorised paths below read."""
    try:
        return pa.array(values, type=pa.string())
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return None


def plain_valid_nips(
    values: Sequence[object], today: date | None = None, column: pa.Array | None = None
) -> FastNips:
    """Vectorised fast path for plain 18-digit text NIPs: marks the ones parse_nip would call valid.
    `column` is nip_text_column(values) when the caller has it.

    Only a pre-filter: every value it does not mark must still go through parse_nip, which stays the
    authority (tests assert the two agree)."""
    today = today or date.today()
    index, digits = _eighteen_digits(values, column)
    if not len(index):
        empty = np.zeros(0, dtype=np.int64)
        return FastNips(index=empty, pppk=np.zeros(0, bool), birth=empty.astype("M8[D]"),
                        female=np.zeros(0, bool), appointment=empty.astype("M8[D]"))  # fmt: skip
    raw = digits.reshape(-1, 18) - np.uint8(48)  # digit values, one byte each (not 8: 100k NIPs = 14 MB)

    def number(a: int, b: int) -> npt.NDArray[np.int32]:  # 32 bits: a score of these live at once
        out = np.zeros(len(raw), dtype=np.int32)
        for k in range(a, b):
            out = out * 10 + raw[:, k]
        return out

    by, bm, bd = number(0, 4), number(4, 6), number(6, 8)
    ay, am = number(8, 12), number(12, 14)
    kind, gender = raw[:, 12], raw[:, 14]
    serial_000 = (raw[:, 15] == 0) & (raw[:, 16] == 0) & (raw[:, 17] == 0)
    leap = ((by % 4 == 0) & (by % 100 != 0)) | (by % 400 == 0)
    month_days = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int32)
    valid_bm = (bm >= 1) & (bm <= 12)
    dim = month_days[np.where(valid_bm, bm, 0)] + ((bm == 2) & leap)
    birth_ok = (
        valid_bm
        & (bd >= 1)
        & (bd <= dim)
        & (by >= BIRTH_YEAR_MIN)
        & (by <= today.year - MIN_AGE_AT_APPOINTMENT)
    )
    pns = (kind == 0) | (kind == 1)
    pppk = kind == 2
    month = np.where(pns, am, np.int32(1))
    month_ok = ~pns | ((am >= 1) & (am <= 12))
    year_min = np.where(pns, np.int32(PNS_APPOINTMENT_YEAR_MIN), np.int32(PPPK_APPOINTMENT_YEAR_MIN))
    not_future = ay * 12 + month <= today.year * 12 + today.month + APPOINTMENT_GRACE_MONTHS
    age = ay - by
    max_age = np.where(pns, np.int32(MAX_AGE_AT_APPOINTMENT["pns"]), np.int32(MAX_AGE_AT_APPOINTMENT["pppk"]))
    ok = (
        ~serial_000 & birth_ok & (pns | pppk) & month_ok & (ay >= year_min) & not_future
        & (age >= MIN_AGE_AT_APPOINTMENT) & (age <= max_age) & ((gender == 1) | (gender == 2))
    )  # fmt: skip
    by, bm, bd, ay, month = (a[ok].astype(np.int64) for a in (by, bm, bd, ay, month))
    birth = ((by - 1970).astype("M8[Y]").astype("M8[M]") + (bm - 1).astype("m8[M]")).astype("M8[D]") + (
        bd - 1
    ).astype("m8[D]")
    appointment = ((ay - 1970).astype("M8[Y]").astype("M8[M]") + (month - 1).astype("m8[M]")).astype("M8[D]")
    return FastNips(
        index=index[ok], pppk=pppk[ok], birth=birth, female=gender[ok] == 2, appointment=appointment
    )


def _eighteen_digits(
    values: Sequence[object], column: pa.Array | None = None
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint8]]:
    """Positions of the texts that are exactly 18 ASCII digits, and those digits' bytes end to end."""
    if column is None:
        column = nip_text_column(values)  # a text column: checked as a whole
    if column is not None:
        plain = pc.fill_null(pc.match_substring_regex(column, "^[0-9]{18}$"), False)
        index = np.flatnonzero(plain.to_numpy(zero_copy_only=False)).astype(np.int64)
        picked = column.take(pa.array(index))
        data = picked.buffers()[2]
        if not len(index) or data is None:
            return index, np.zeros(0, dtype=np.uint8)
        start = np.frombuffer(picked.buffers()[1], dtype=np.int32)[picked.offset]
        return index, np.frombuffer(data, dtype=np.uint8)[start : start + 18 * len(index)]
    candidate = np.fromiter(
        (type(v) is str and len(v) == 18 and v.isascii() and v.isdigit() for v in values),
        dtype=bool,
        count=len(values),
    )
    index = np.flatnonzero(candidate).astype(np.int64)
    digits = np.array([values[int(i)] for i in index], dtype="S18").view(np.uint8)
    return index, digits


@dataclass(frozen=True)
class FastNips:
    """Positions (into the input) of plain valid NIPs and their decoded parts, as arrays."""

    index: npt.NDArray[np.int64]
    pppk: npt.NDArray[np.bool_]
    birth: npt.NDArray[np.datetime64]
    female: npt.NDArray[np.bool_]
    appointment: npt.NDArray[np.datetime64]


# Statuses parse_nip gives a text of ASCII digits from its length alone (18 digits: only when they end in 000).
_DIGITS_BY_LENGTH: Final = {16: ("nik", MESSAGES["nik"]), 9: ("nip_lama", MESSAGES["nip_lama"]), 8: ("nrp", MESSAGES["nrp"])}


def digit_only_nips(column: pa.Array) -> tuple[npt.NDArray[np.int64], list[str], list[str]]:
    """Vectorised path for texts of ASCII digits that parse_nip judges by their length alone (a NIK, an old
    NIP, an NRP, a wrong length, 18 digits ending in 000): their positions in `column`, and the status and
    message parse_nip gives each (its nip is the text itself). Other values are not marked: parse_nip reads
    them (tests assert the two agree)."""
    digits = pc.fill_null(pc.match_substring_regex(column, "^[0-9]+$"), False)
    lengths = pc.binary_length(column)  # ASCII: bytes are characters
    decoded = pc.and_(pc.equal(lengths, 18), pc.invert(pc.ends_with(column, "000")))  # an 18-digit NIP to decode
    marked = pc.fill_null(pc.and_(digits, pc.invert(decoded)), False)
    index = np.flatnonzero(marked.to_numpy(zero_copy_only=False)).astype(np.int64)
    picked = pa.array(index)
    statuses, messages = [], []
    damaged, length = MESSAGES["damaged_000"], MESSAGES["length"]
    for text, n in zip(column.take(picked).to_pylist(), lengths.take(picked).to_pylist(), strict=True):
        by_length = _DIGITS_BY_LENGTH.get(n)
        if by_length is not None:
            statuses.append(by_length[0])
            messages.append(by_length[1])
        elif n == 18:
            statuses.append("damaged")
            messages.append(damaged.format(shown=text))
        else:
            statuses.append("invalid")
            messages.append(length.format(length=n, shown=text))
    return index, statuses, messages
