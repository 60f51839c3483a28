"""Tests for loaders.nip: normalising, classifying, decoding and masking NIPs (all numbers fictional)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.nip import (
    APPOINTMENT_GRACE_MONTHS,
    WARNING_STORED_AS_NUMBER,
    NipInfo,
    mask_nip,
    normalise_nip,
    parse_nip,
    split_name_nip,
)
from loaders.schema import NIP_STATUSES

TODAY = date(2025, 6, 15)


def fullwidth(text: str) -> str:
    """The text with ASCII digits and dots as full-width forms (as typed with a CJK input method)."""
    return text.translate({**{ord(str(i)): chr(0xFF10 + i) for i in range(10)}, ord("."): "\uff0e"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("197203152001121002", "197203152001121002"),
        ("19720315 200112 1 002", "197203152001121002"),
        ("19720315.200112.1.002", "197203152001121002"),
        ("19720315-200112-1-002", "197203152001121002"),
        ("  19720315 200112 1 002  ", "197203152001121002"),
        ("NIP. 197203152001121002", "197203152001121002"),
        ("NIP 19720315 200112 1 002", "197203152001121002"),
        ("NIP: 197203152001121002", "197203152001121002"),
        ("Nip.197203152001121002", "197203152001121002"),
        ("nip : 197203152001121002", "197203152001121002"),
        ("'197203152001121002", "197203152001121002"),
        ("\u2019197203152001121002", "197203152001121002"),
        ('="197203152001121002"', "197203152001121002"),
        (fullwidth("197203152001121002"), "197203152001121002"),
        (fullwidth("NIP. 19720315 200112 1 002"), "197203152001121002"),
        ("19720315\u00a0200112\u00a01\u00a0002", "197203152001121002"),
        ("19720315\u2013200112\u20131\u2013002", "197203152001121002"),
        ("\ufeff197203152001121002\u200b", "197203152001121002"),
        ("NRP 87050123", "NRP87050123"),
        ("1,97203E+17", "1,97203E+17"),
        ("-", ""),
        ("", ""),
    ],
)
def test_normalise_nip(text: str, expected: str) -> None:
    assert normalise_nip(text) == expected


def test_normalise_nip_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="normalise_nip expects text, got int"):
        normalise_nip(197203152001121002)  # type: ignore[arg-type]


# (cell value, status, birth_date, gender, appointment_date)
VALID_CASES = [
    ("197203152001121002", "pns", date(1972, 3, 15), "L", date(2001, 12, 1)),
    ("19720315 200112 1 002", "pns", date(1972, 3, 15), "L", date(2001, 12, 1)),
    ("19720315 200112 2 001", "pns", date(1972, 3, 15), "P", date(2001, 12, 1)),
    ("NIP. 198811242014032001", "pns", date(1988, 11, 24), "P", date(2014, 3, 1)),
    ("NIP 19881124 201403 2 001", "pns", date(1988, 11, 24), "P", date(2014, 3, 1)),
    ("'198811242014031003", "pns", date(1988, 11, 24), "L", date(2014, 3, 1)),
    ("19881124.201403.1.003", "pns", date(1988, 11, 24), "L", date(2014, 3, 1)),
    (fullwidth("198811242014031003"), "pns", date(1988, 11, 24), "L", date(2014, 3, 1)),
    ("196402291990101001", "pns", date(1964, 2, 29), "L", date(1990, 10, 1)),  # leap day
    ("199912312024061001", "pns", date(1999, 12, 31), "L", date(2024, 6, 1)),
    ("197005051995031110", "pns", date(1970, 5, 5), "L", date(1995, 3, 1)),  # serial 110 (ends in 0)
    ("195601011980021001", "pns", date(1956, 1, 1), "L", date(1980, 2, 1)),
    ("199003172023212004", "pppk", date(1990, 3, 17), "P", date(2023, 1, 1)),
    ("19900317 2023 21 2 004", "pppk", date(1990, 3, 17), "P", date(2023, 1, 1)),
    ("198507092021211012", "pppk", date(1985, 7, 9), "L", date(2021, 1, 1)),
    ("197604302022251001", "pppk", date(1976, 4, 30), "L", date(2022, 1, 1)),
    ("196203172023212004", "pppk", date(1962, 3, 17), "P", date(2023, 1, 1)),  # appointed at 61
    ("196001012006011001", "pns", date(1960, 1, 1), "L", date(2006, 1, 1)),  # former honorer, appointed at 46
    # NIP then NRP / old NIP after a slash, as a real import expects (tests/data/real_layouts/SOURCES.md)
    ("197505152000031003 / 60075136", "pns", date(1975, 5, 15), "L", date(2000, 3, 1)),
    ("'197505152000031003/150123456", "pns", date(1975, 5, 15), "L", date(2000, 3, 1)),
]


@pytest.mark.parametrize(("value", "status", "birth", "gender", "appointment"), VALID_CASES)
def test_parse_valid_nip(value: str, status: str, birth: date, gender: str, appointment: date) -> None:
    info = parse_nip(value, today=TODAY)
    assert (info.status, info.birth_date, info.gender, info.appointment_date) == (
        status,
        birth,
        gender,
        appointment,
    )
    assert info.nip is not None and len(info.nip) == 18 and info.nip.isdigit()
    assert info.warning is None and info.message is None
    assert info.is_valid


@pytest.mark.parametrize(
    ("value", "stored_as_number"),
    [
        (197203152001121002, False),
        (197203152001121002, True),
        (Decimal("197203152001121002"), False),
        ("197203152001121002", True),
        (" 197203152001121002 ", True),
        ("197.203.152.001.121.002", False),  # Excel's display of a number with thousands dots
        ("197,203,152,001,121,002", False),
    ],
)
def test_exact_number_keeps_digits_and_warns(value: object, stored_as_number: bool) -> None:
    info = parse_nip(value, stored_as_number=stored_as_number, today=TODAY)
    assert info.status == "pns"
    assert info.nip == "197203152001121002"
    assert info.birth_date == date(1972, 3, 15)
    assert info.warning == WARNING_STORED_AS_NUMBER
    assert info.message is not None and "sebagai teks" in info.message


@pytest.mark.parametrize(
    ("value", "stored_as_number", "shown"),
    [
        (1.97203152001121e17, False, "1.97203152001121e+17"),
        (197203152001121002.0, False, "1.97203152001121e+17"),
        (3.171234567890123e15, False, "3.17123456789012e+15"),  # a float NIK: 16 digits, already cut
        ("1.97203152001121E+17", True, "1.97203152001121E+17"),
        ("1.97203E+17", True, "1.97203E+17"),
        ("197203152001121000", True, "197203152001121000"),
        ("197203152001121002.0", True, "197203152001121002.0"),
        ("1,97203E+17", False, "1,97203E+17"),
        ("1.97203E+17", False, "1.97203E+17"),
        ("1.97203e+17", False, "1.97203e+17"),
        ("1,97203152001121E+17", False, "1,97203152001121E+17"),
        ("NIP. 1,97203E+17", False, "NIP. 1,97203E+17"),
        ("197203152001121002.0", False, "197203152001121002.0"),
        ("197203152001121000", False, "197203152001121000"),
        ("19720315 200112 1 000", False, "197203152001121000"),
        ("197.203.152.001.121.000", False, "197203152001121000"),
        (197203152001121000, False, "197203152001121000"),
        (Decimal("1.97203152001121E+17"), False, "197203152001121000"),
        ("199003172023212000", False, "199003172023212000"),  # PPPK number, same damage
    ],
)
def test_damaged_numbers_derive_nothing(value: object, stored_as_number: bool, shown: str) -> None:
    info = parse_nip(value, stored_as_number=stored_as_number, today=TODAY)
    assert info.status == "damaged"
    assert info.nip == shown
    assert (info.birth_date, info.gender, info.appointment_date, info.warning) == (None, None, None, None)
    assert info.message is not None and "Excel" in info.message and "Ketik ulang" in info.message


def test_damaged_message_names_the_number_as_read() -> None:
    info = parse_nip("1,98609E+17")
    assert info.message == (
        "NIP rusak oleh Excel: tersimpan sebagai angka 1,98609E+17 sehingga digit terakhir hilang. "
        "Ketik ulang NIP sebagai teks."
    )


@pytest.mark.parametrize(
    ("value", "status", "nip", "message_part"),
    [
        ("3171234567890123", "nik", "3171234567890123", "NIK"),
        ("3171 2345 6789 0123", "nik", "3171234567890123", "NIK"),
        (3171234567890123, "nik", "3171234567890123", "NIK"),
        ("010123456", "nip_lama", "010123456", "NIP lama"),
        ("150 123 456", "nip_lama", "150123456", "NIP lama"),
        (150123456, "nip_lama", "150123456", "NIP lama"),
        (150123456.0, "nip_lama", "150123456", "NIP lama"),
        ("NRP 87050123", "nrp", "87050123", "NRP"),
        ("NRP. 87050123", "nrp", "87050123", "NRP"),
        ("nrp:11950012340472", "nrp", "11950012340472", "NRP"),
        ("87050123", "nrp", "87050123", "NRP"),
        (87050123, "nrp", "87050123", "NRP"),
        (87050123.0, "nrp", "87050123", "NRP"),
        ("87050123.0", "nrp", "87050123", "NRP"),
        ("8.7050123E+7", "nrp", "87050123", "NRP"),
    ],
)
def test_other_identifiers(value: object, status: str, nip: str, message_part: str) -> None:
    info = parse_nip(value, today=TODAY)
    assert (info.status, info.nip) == (status, nip)
    assert info.message is not None and message_part in info.message
    assert (info.birth_date, info.gender, info.appointment_date) == (None, None, None)


@pytest.mark.parametrize(
    ("value", "message_part"),
    [
        ("197213152001121002", "tanggal lahir 19721315 tidak valid"),
        ("197202302001121002", "tanggal lahir 19720230 tidak valid"),
        ("196502292001121002", "tanggal lahir 19650229 tidak valid"),  # 1965 is no leap year
        ("197203002001121002", "tanggal lahir 19720300 tidak valid"),
        ("193003152001121002", "tahun lahir 1930 tidak wajar"),
        ("201503152001121002", "tahun lahir 2015 tidak wajar"),
        ("197203152001131002", "TMT CPNS 200113 tidak valid (bulan 13)"),
        ("197203152001001002", "TMT CPNS 200100 tidak valid (bulan 00)"),
        ("197203151955031002", "TMT CPNS 1955 sebelum 1960"),
        ("197203151980031002", "terlalu muda"),
        ("195203152020031002", "umur saat diangkat 68 tahun, terlalu tua"),
        ("195203152018212002", "tahun pengangkatan PPPK 2018: umur saat diangkat 66 tahun, terlalu tua"),
        ("199003172028031002", "TMT CPNS 2028 ada di masa depan"),
        ("197203152001123002", "digit jenis kelamin (ke-15) harus 1 atau 2, tertulis 3"),
        ("197203152001120002", "digit jenis kelamin (ke-15) harus 1 atau 2, tertulis 0"),
        ("197203152001321002", "digit ke-13 (3) harus 0/1 (bulan TMT PNS) atau 2 (kode PPPK)"),
        ("197203152001921002", "digit ke-13 (9)"),
        ("199003172001212004", "tahun pengangkatan PPPK 2001 sebelum 2005"),
        ("199003172029212004", "tahun pengangkatan PPPK 2029 ada di masa depan"),
        ("19720315200112100", "NIP harus 18 digit; tertulis 17 digit"),
        ("1972031520011210021", "NIP harus 18 digit; tertulis 19 digit"),
        ("12345", "tertulis 5 digit"),
        ("197203152001121002X", "karakter selain angka"),
        ("Budi Santoso", "karakter selain angka"),
        ("1234/5678", "karakter selain angka"),
        ("NRP", "NRP tanpa nomor"),
        ("197505152000031003/197505152000031004", "karakter"),  # two NIPs: which one is the person's?
        ("197505152000031003 / Jaksa", "karakter"),
        ("197203152001121002.5", "tertulis 19 digit"),  # a dot is a separator, not a decimal point
        (1234.5, "pecahan"),
        (-197203152001121002, "negatif"),
        (float("inf"), "bukan angka"),
        (Decimal("Infinity"), "bukan angka"),
        (Decimal("12.5"), "pecahan"),
        ("1.25E+1", "pecahan"),
        ("1.5E+2", "tertulis 3 digit"),
        (True, "bukan angka"),
        (10**40, "terlalu panjang"),
    ],
)
def test_invalid_names_the_wrong_part(value: object, message_part: str) -> None:
    info = parse_nip(value, today=TODAY)
    assert info.status == "invalid"
    assert info.message is not None and message_part in info.message
    assert (info.birth_date, info.gender, info.appointment_date, info.warning) == (None, None, None, None)


def test_invalid_lists_every_wrong_part() -> None:
    info = parse_nip("197213152001133002", today=TODAY)
    assert info.message == (
        "NIP tidak valid: tanggal lahir 19721315 tidak valid; TMT CPNS 200113 tidak valid (bulan 13); "
        "digit jenis kelamin (ke-15) harus 1 atau 2, tertulis 3."
    )


def test_appointment_grace_period() -> None:
    """A TMT a few months ahead is accepted (NIPs are issued shortly before TMT); beyond that it is not."""
    months_ahead = 6 + APPOINTMENT_GRACE_MONTHS  # TODAY is June 2025
    inside = f"19990101{2025 + (months_ahead - 1) // 12}{(months_ahead - 1) % 12 + 1:02d}1001"
    beyond = f"19990101{2025 + months_ahead // 12}{months_ahead % 12 + 1:02d}1001"
    assert parse_nip(inside, today=TODAY).status == "pns"
    assert parse_nip(beyond, today=TODAY).status == "invalid"


def test_default_today_is_the_clock() -> None:
    assert parse_nip("199003172023212004").status == "pppk"
    assert parse_nip(f"19900317{date.today().year + 2}031002").status == "invalid"


@pytest.mark.parametrize(
    "value",
    [None, "", "   ", "-", "--", "\u2014", "nan", "NaN", "None", "N/A", "NIP", "NIP.", "tidak ada",
     "Belum ada", float("nan"), Decimal("NaN")],
)  # fmt: skip
def test_missing(value: object) -> None:
    info = parse_nip(value)
    assert info.status == "missing"
    assert (info.nip, info.birth_date, info.gender, info.appointment_date) == (None, None, None, None)
    assert info.message == "NIP kosong."


def test_nip_info_is_frozen() -> None:
    info = parse_nip("197203152001121002")
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.status = "invalid"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("nip", "masked"),
    [
        ("197203152001121002", "***************002"),
        ("199003172023212004", "***************004"),
        ("3171234567890123", "*************123"),
        ("150123456", "******456"),
        ("87050123", "*****123"),
        ("1,97203E+17", "***********"),
        ("Budi Santoso", "************"),
        ("123456", "******"),
        ("12", "**"),
        (None, ""),
        ("", ""),
    ],
)
def test_mask_nip(nip: str | None, masked: str) -> None:
    assert mask_nip(nip) == masked


# --- properties ----------------------------------------------------------------------------------------

NIP_ALPHABET = st.sampled_from(
    list("0123456789 .-'\"=:NIPnipRE+,e")
    + ["\u00a0", "\u2019", "\u2013", "\uff10", "\uff15", "\uff19", "\u3000", "\u200b"]
)
nip_like_text = st.one_of(st.text(), st.text(NIP_ALPHABET, max_size=30))
cell_values = st.one_of(
    st.none(),
    nip_like_text,
    st.integers(),
    st.integers(min_value=10**7, max_value=10**19),
    st.floats(),
    st.floats(min_value=1e7, max_value=1e19),
    st.decimals(),
    st.booleans(),
)


@given(nip_like_text)
def test_normalise_nip_is_idempotent(text: str) -> None:
    once = normalise_nip(text)
    assert normalise_nip(once) == once


@given(cell_values, st.booleans())
def test_parse_nip_never_raises_and_derives_only_from_valid(value: object, stored_as_number: bool) -> None:
    info = parse_nip(value, stored_as_number=stored_as_number)
    assert isinstance(info, NipInfo)
    assert info.status in NIP_STATUSES
    if info.status not in ("pns", "pppk"):
        assert (info.birth_date, info.gender, info.appointment_date) == (None, None, None)
        assert info.warning is None
        assert info.message
    if info.status == "missing":
        assert info.nip is None
    else:
        assert info.nip is not None


@st.composite
def pns_parts(draw: st.DrawFn) -> tuple[date, int, int, str, int]:
    """Birth date, TMT year and month, gender and serial of a plausible PNS."""
    birth = draw(st.dates(min_value=date(1940, 1, 1), max_value=date(2005, 12, 31)))
    year = draw(st.integers(min_value=max(1960, birth.year + 18), max_value=min(birth.year + 50, 2024)))
    month = draw(st.integers(min_value=1, max_value=12))
    gender = draw(st.sampled_from("LP"))
    serial = draw(st.integers(min_value=1, max_value=999).filter(lambda n: n % 1000 != 0))
    return birth, year, month, gender, serial


def build_pns(birth: date, year: int, month: int, gender: str, serial: int) -> str:
    """An 18-digit PNS NIP from its parts."""
    return f"{birth:%Y%m%d}{year:04d}{month:02d}{'1' if gender == 'L' else '2'}{serial:03d}"


@given(pns_parts(), st.sampled_from(["{}", "NIP. {}", "'{}", " {} "]), st.sampled_from([" ", ".", "-", ""]))
def test_valid_pns_round_trips(parts: tuple[date, int, int, str, int], wrapper: str, sep: str) -> None:
    birth, year, month, gender, serial = parts
    nip = build_pns(*parts)
    written = wrapper.format(sep.join((nip[:8], nip[8:14], nip[14], nip[15:])))
    info = parse_nip(written, today=TODAY)
    assert (info.status, info.nip, info.birth_date, info.gender, info.appointment_date) == (
        "pns",
        nip,
        birth,
        gender,
        date(year, month, 1),
    )
    assert mask_nip(info.nip)[:15] == "*" * 15


@given(pns_parts())
def test_valid_pns_as_exact_int_warns_and_as_float_is_damaged(parts: tuple[date, int, int, str, int]) -> None:
    nip = build_pns(*parts)
    exact = parse_nip(int(nip), today=TODAY)
    assert (exact.status, exact.nip, exact.warning) == ("pns", nip, WARNING_STORED_AS_NUMBER)
    assert exact.birth_date == parts[0]
    assert parse_nip(float(nip), today=TODAY).status == "damaged"
    assert parse_nip(f"{float(nip):.5E}", today=TODAY).status == "damaged"
    assert parse_nip(nip[:15] + "000", today=TODAY).status == "damaged"


@given(
    st.dates(min_value=date(1962, 1, 1), max_value=date(2000, 12, 31)),
    st.integers(min_value=2019, max_value=2025),
    st.integers(min_value=20, max_value=29),
    st.sampled_from("LP"),
    st.integers(min_value=1, max_value=999),
)
def test_valid_pppk_round_trips(birth: date, year: int, code: int, gender: str, serial: int) -> None:
    nip = f"{birth:%Y%m%d}{year}{code}{'1' if gender == 'L' else '2'}{serial:03d}"
    info = parse_nip(nip, today=TODAY)
    assert (info.status, info.birth_date, info.gender, info.appointment_date) == (
        "pppk",
        birth,
        gender,
        date(year, 1, 1),
    )


# --- the vectorised fast path never disagrees with parse_nip ---------------------------------------------

from hypothesis import given as _given  # noqa: E402
from hypothesis import settings as _settings  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from loaders.nip import plain_valid_nips  # noqa: E402

_DIGITS18 = _st.text(alphabet="0123456789", min_size=18, max_size=18)
_PLAUSIBLE = _st.builds(
    lambda y, m, d, ty, tm, k, g, s: f"{y:04d}{m:02d}{d:02d}{ty:04d}{tm:02d}{k}{g}{s:03d}"[:18]
    if k != "2"
    else f"{y:04d}{m:02d}{d:02d}{ty:04d}2{tm % 10}{g}{s:03d}",
    _st.integers(1930, 2015), _st.integers(0, 13), _st.integers(0, 32), _st.integers(1950, 2030),
    _st.integers(0, 13), _st.sampled_from(["", "", "2"]), _st.integers(0, 3), _st.integers(0, 999),
)  # fmt: skip


@_settings(max_examples=300, deadline=None)
@_given(_st.lists(_st.one_of(_DIGITS18, _PLAUSIBLE), min_size=1, max_size=40))
def test_fast_path_agrees_with_parse_nip(values: list[str]) -> None:
    fast = plain_valid_nips(values)
    marked = dict(zip(fast.index.tolist(), range(len(fast.index)), strict=True))
    for k, value in enumerate(values):
        info = parse_nip(value)
        if k in marked:
            j = marked[k]
            assert info.status == ("pppk" if fast.pppk[j] else "pns")
            assert info.birth_date == fast.birth[j].astype(object)
            assert info.appointment_date == fast.appointment[j].astype(object)
            assert info.gender == ("P" if fast.female[j] else "L")
        elif len(value) == 18 and value.isdigit():
            assert info.status not in ("pns", "pppk"), value


# A "Nama/NIP" cell: (cell, name, NIP text handed to the NIP checks)
NAME_NIP_CELLS = [
    ("Joko Lubis, S.ST\n197901012005011001", "Joko Lubis, S.ST", "197901012005011001"),
    ("Ani Rahma / NIP. 19790101 200501 2 001", "Ani Rahma", "19790101 200501 2 001"),
    ("Dr. Ani, M.Si\nNIP 19790101 200501 2 001", "Dr. Ani, M.Si", "19790101 200501 2 001"),
    ("Rudi - NIP: 19790101.200501.1.001", "Rudi", "19790101.200501.1.001"),
    ("Budi Santoso, 197901012005011001", "Budi Santoso", "197901012005011001"),
    ("19790101 200501 1 001 Hasan", "Hasan", "19790101 200501 1 001"),
    ("Budi\n19790101200501100", "Budi", "19790101200501100"),  # 17 digits: the NIP checks report it
    ("Siti Aminah", "Siti Aminah", None),  # no number: the name, and the usual missing NIP
    ("Joko / NIP. -", "Joko", None),
    # "NAMA / NIP / TANGGAL LAHIR" in one cell (a city SIMPEG export): the date after the NIP is no part of the name
    ("Drs. Joko Lubis\r\n197901012005011001\r\n01/01/1979", "Drs. Joko Lubis", "197901012005011001"),
    ("\uff11\uff19\uff17\uff19\uff10\uff11\uff10\uff11\uff12\uff10\uff10\uff15\uff10\uff11\uff11\uff10\uff10\uff11 Ani",
     "Ani", "197901012005011001"),  # full-width digits
    (197901012005011001, None, 197901012005011001),  # a number cell: all NIP
    (None, None, None),
    ("", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "name", "nip"), NAME_NIP_CELLS)
def test_split_name_nip(cell: object, name: str | None, nip: object) -> None:
    assert split_name_nip(cell) == (name, nip)


@pytest.mark.parametrize(("cell", "name", "nip"), [c for c in NAME_NIP_CELLS if isinstance(c[2], str)])
def test_the_split_nip_parses_as_written(cell: object, name: str | None, nip: str) -> None:
    assert parse_nip(split_name_nip(cell)[1]).status == ("pns" if len(normalise_nip(nip)) == 18 else "invalid")


from loaders.nip import digit_only_nips, nip_text_column  # noqa: E402

_DIGIT_TEXTS = _st.one_of(
    _st.text(alphabet="0123456789", min_size=1, max_size=20),
    _DIGITS18.map(lambda d: d[:15] + "000"),
    _PLAUSIBLE,
    _st.sampled_from(["-", "", " 1234567890123456", "NIP. 197209131996", "1.98801E+17", "19730620 199611 1 001x"]),
)


@_settings(max_examples=300, deadline=None)
@_given(_st.lists(_st.one_of(_DIGIT_TEXTS, _st.none()), min_size=1, max_size=40))
def test_digit_only_path_agrees_with_parse_nip(values: list[str | None]) -> None:
    column = nip_text_column(values)
    assert column is not None
    index, statuses, messages = digit_only_nips(column)
    marked = {k: (s, m) for k, s, m in zip(index.tolist(), statuses, messages, strict=True)}
    for k, value in enumerate(values):
        info = parse_nip(value)
        if k in marked:
            assert (info.status, info.message, info.nip) == (*marked[k], value), value
        elif value is not None and value.isascii() and value.isdigit():
            assert len(value) == 18 and not value.endswith("000"), value  # only decoded NIPs are left


def test_digit_only_path_on_a_column_of_numbers_is_not_taken() -> None:
    assert nip_text_column(["197306201996111001", 1.5]) is None


from loaders.nip import nip_in_joined_cell  # noqa: E402


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Bantul/1975-03-02/197503022000031001/Islam", "197503022000031001"),  # "TTL / NIP / Agama"
        ("Bantul/1975-03-02/19750302 200003 1 001/Islam", "19750302 200003 1 001"),  # spaced, as written
        ("Bantul/1990-01-01//Islam", None),  # a contract employee's cell: no NIP in it
        ("3308012345670001", None),  # "NIP/NIK": a NIK is not kept
        (3308012345670001, None),
        ("197503022000031001", "197503022000031001"),
        (197503022000031001, 197503022000031001),
        ("140052007", "140052007"),  # one part, no NIK: left to the NIP checks (an old NIP)
        ("197503022000031001 / 198001012005011002", "197503022000031001 / 198001012005011002"),  # two NIPs
        (None, None), ("", None),
    ],
)
def test_nip_in_joined_cell(cell: object, expected: object) -> None:
    assert nip_in_joined_cell(cell) == expected
