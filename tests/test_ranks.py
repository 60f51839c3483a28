"""Tests for loaders.ranks: golongan, pangkat and gender as rosters write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.ranks import (
    GOLONGAN_ORDER,
    PANGKAT_GOLONGAN,
    PPPK_GRADES,
    golongan_from_pangkat,
    golongan_group,
    normalise_gender,
    normalise_golongan,
)

PNS_GOLONGAN = tuple(g for g in GOLONGAN_ORDER if "/" in g)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("III/a", "III/a"),
        ("III a", "III/a"),
        ("III-A", "III/a"),
        ("III.a", "III/a"),
        ("III / a", "III/a"),
        ("IIIa", "III/a"),
        ("III/A", "III/a"),
        ("iii/a", "III/a"),
        ("3a", "III/a"),
        ("3/a", "III/a"),
        ("3 A", "III/a"),
        ("3-a", "III/a"),
        ("Gol. III/a", "III/a"),
        ("Golongan III/a", "III/a"),
        ("Gol III a", "III/a"),
        ("Penata Muda (III/a)", "III/a"),
        ("Penata Muda / III a", "III/a"),
        ("Penata Muda, III/a", "III/a"),
        ("PENATA MUDA - III/A", "III/a"),
        ("III/a - Penata Muda", "III/a"),
        ("Penata Muda Tk. I (III/b)", "III/b"),
        ("Penata Muda Tingkat I, III/b", "III/b"),
        ("Juru Tingkat I I/d", "I/d"),
        ("Juru Muda (I/a)", "I/a"),
        ("Pengatur Muda Tk.I/II b", "II/b"),
        ("II/c", "II/c"),
        ("Pengatur, II/d", "II/d"),
        ("IV/a", "IV/a"),
        ("Pembina Tk. I (IV/b)", "IV/b"),
        ("Pembina Utama Muda (IV/c)", "IV/c"),
        ("Pembina Utama Madya / IV d", "IV/d"),
        ("IV/e", "IV/e"),
        ("4e", "IV/e"),
        (" III/c ", "III/c"),
        # pangkat name only: read through golongan_from_pangkat
        ("Penata Muda", "III/a"),
        ("Penata Tk. I", "III/d"),
        ("Pembina Utama", "IV/e"),
        # PPPK grades
        ("IX", "IX"),
        ("Gol IX", "IX"),
        ("Gol. IX", "IX"),
        ("Golongan IX", "IX"),
        ("IX (PPPK)", "IX"),
        ("PPPK Gol. XI", "XI"),
        ("XVII", "XVII"),
        ("xvii", "XVII"),
        ("V", "V"),
        ("PPPK 9", "IX"),
        ("III", "III"),  # a bare Roman numeral is read as a PPPK grade
        # unknown
        ("III/e", None),  # ruang e exists only in group IV
        ("I/e", None),
        ("5a", None),
        ("V/a", None),
        ("XVIII", None),
        ("9", None),  # an Arabic grade needs the word PPPK
        ("PPPK 18", None),
        ("Penata Laksana Barang", None),  # a jabatan, not a pangkat
        ("Pembina Pramuka", None),
        ("Penata Tingkat II", None),
        ("-", None),
        ("", None),
        ("   ", None),
        ("Kepala Seksi", None),
        (None, None),
        (3, None),
        (float("nan"), None),
    ],
)
def test_normalise_golongan(text: object, expected: str | None) -> None:
    assert normalise_golongan(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *PANGKAT_GOLONGAN.items(),
        ("Juru Muda", "I/a"),
        ("Juru Muda Tingkat I", "I/b"),
        ("Juru Muda Tk. I", "I/b"),
        ("Juru", "I/c"),
        ("Juru Tk.I", "I/d"),
        ("Pengatur Muda", "II/a"),
        ("Pengatur Muda Tk I", "II/b"),
        ("Pengatur", "II/c"),
        ("Pengatur Tingkat 1", "II/d"),
        ("PENATA MUDA", "III/a"),
        ("Penata Muda Tkt. I", "III/b"),
        ("Penata", "III/c"),
        ("Penata Tk. I", "III/d"),
        ("Penata Tk.I", "III/d"),
        ("Penata TK-I", "III/d"),
        ("Penata Tingkat Satu", "III/d"),
        ("Pembina", "IV/a"),
        ("Pembina Tk.I", "IV/b"),
        ("Pembina Tingkat I", "IV/b"),
        ("Pembina Utama Muda", "IV/c"),
        ("Pembina Utama Madya", "IV/d"),
        ("Pembina Utama", "IV/e"),
        ("  pembina   utama  madya ", "IV/d"),
        ("Pangkat: Penata Muda", "III/a"),
        ("Penata Muda / III a", "III/a"),
        ("Penata Laksana Barang Terampil", None),
        ("Pembina Pramuka", None),
        ("Pengatur Lalu Lintas", None),
        ("Penata Tingkat II", None),
        ("III/a", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_golongan_from_pangkat(text: object, expected: str | None) -> None:
    assert golongan_from_pangkat(text) == expected


@pytest.mark.parametrize(
    ("golongan", "group"),
    [
        ("I/a", "I"),
        ("I/d", "I"),
        ("II/b", "II"),
        ("III/a", "III"),
        ("III/d", "III"),
        ("IV/e", "IV"),
        ("I", "PPPK"),
        ("IX", "PPPK"),
        ("XVII", "PPPK"),
        ("III/e", None),
        ("V/a", None),
        ("III/ab", None),
        ("XVIII", None),
        ("III a", None),  # not normalised
        ("", None),
        (None, None),
    ],
)
def test_golongan_group(golongan: str | None, group: str | None) -> None:
    assert golongan_group(golongan) == group


def test_golongan_order() -> None:
    assert GOLONGAN_ORDER[:4] == ("I/a", "I/b", "I/c", "I/d")
    assert GOLONGAN_ORDER[16] == "IV/e"
    assert GOLONGAN_ORDER[17:] == PPPK_GRADES
    assert len(GOLONGAN_ORDER) == len(set(GOLONGAN_ORDER)) == 17 + 17
    assert set(PANGKAT_GOLONGAN.values()) == set(PNS_GOLONGAN)


@pytest.mark.parametrize("golongan", GOLONGAN_ORDER)
def test_canonical_golongan_is_a_fixed_point(golongan: str) -> None:
    assert normalise_golongan(golongan) == golongan
    assert golongan_group(golongan) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L", "L"),
        ("l", "L"),
        ("Laki-laki", "L"),
        ("LAKI LAKI", "L"),
        ("Laki - Laki", "L"),
        ("Lakilaki", "L"),
        ("Laki", "L"),
        ("Lk", "L"),
        ("Pria", "L"),
        ("M", "L"),
        ("Male", "L"),
        (" L ", "L"),
        ("P", "P"),
        ("p", "P"),
        ("Perempuan", "P"),
        ("PEREMPUAN", "P"),
        ("Pr", "P"),
        ("Wanita", "P"),
        ("W", "P"),
        ("F", "P"),
        ("Female", "P"),
        ("L/P", None),
        ("X", None),
        ("-", None),
        ("", None),
        (None, None),
        (1, None),
        (float("nan"), None),
    ],
)
def test_normalise_gender(text: object, expected: str | None) -> None:
    assert normalise_gender(text) == expected


# --- properties ----------------------------------------------------------------------------------------

ROMAN_TO_ARABIC = {"I": "1", "II": "2", "III": "3", "IV": "4"}


@given(
    st.sampled_from(PNS_GOLONGAN),
    st.booleans(),
    st.sampled_from(["/", " ", "-", ".", "", " / "]),
    st.booleans(),
    st.sampled_from(["{}", "Gol. {}", "Golongan {}", "({})", "Pangkat/Gol: {}"]),
)
def test_pns_golongan_spellings(golongan: str, arabic: bool, sep: str, upper: bool, wrapper: str) -> None:
    group, ruang = golongan.split("/")
    written = wrapper.format(
        f"{ROMAN_TO_ARABIC[group] if arabic else group}{sep}{ruang.upper() if upper else ruang}"
    )
    assert normalise_golongan(written) == golongan


@given(st.one_of(st.none(), st.text(), st.integers(), st.floats()))
def test_rank_functions_never_raise(value: object) -> None:
    assert normalise_golongan(value) in (None, *GOLONGAN_ORDER)
    assert golongan_from_pangkat(value) in (None, *PNS_GOLONGAN)
    assert normalise_gender(value) in (None, "L", "P")
    assert golongan_group(normalise_golongan(value)) in (None, "I", "II", "III", "IV", "PPPK")
