"""The whole-column helpers give exactly what the per-cell rules give, for any cells."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.cells import clean_text as _clean_text
from loaders.columnar import TEXT, collapse_spaces, float_column, per_distinct, per_distinct_pair, text_column
from loaders.fields import golongan as _golongan
from loaders.fields import score_value as _score
from loaders.nip import parse_nip, plain_valid_nips
from loaders.ranks import normalise_gender

# Every kind of whitespace str.split() knows, and look-alikes it does not (zero-width space, BOM).
SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
TRICKY = "\u200b\ufeff"
WORDS = st.text(alphabet=st.sampled_from([*"abcXYZ019.,/-éŞ", *SPACES, *TRICKY]), max_size=12)
CELLS = st.one_of(
    WORDS,
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda x: x + 0.0),  # -0.0 == 0.0: one cell value
    st.integers(-(10**18), 10**18),
    st.booleans(),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)).map(
        lambda d: dt.datetime(d.year, d.month, d.day)
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS | st.none(), max_size=30))
def test_text_column_of_text_matches_the_per_cell_rule(values: list[str | None]) -> None:
    assert text_column(values, _clean_text).to_pylist() == [_clean_text(v) for v in values]


@settings(max_examples=300, deadline=None)
@given(st.lists(CELLS, max_size=30))
def test_text_column_of_mixed_cells_matches_the_per_cell_rule(values: list[Any]) -> None:
    assert text_column(values, _clean_text).to_pylist() == [_clean_text(v) for v in values]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("  Kementerian\u00a0Keuangan ", "Kementerian Keuangan"),  # non-breaking space from a web page
        ("Pemerintah\tKota\n\nBandung", "Pemerintah Kota Bandung"),
        ("\u3000", None),
        ("", None),
        ("BKN\u200b", "BKN\u200b"),  # a zero-width space is no whitespace to str.split either
    ],
)
def test_text_column_cleans_like_a_careful_human(cell: str, expected: str | None) -> None:
    assert text_column(["Rapi", cell], _clean_text).to_pylist() == ["Rapi", expected]
    assert collapse_spaces(cell) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(CELLS, max_size=30))
def test_per_distinct_matches_the_rule_and_keeps_types_apart(values: list[Any]) -> None:
    assert per_distinct(values, normalise_gender, TEXT).to_pylist() == [normalise_gender(v) for v in values]
    shown = per_distinct(values, lambda v: f"{type(v).__name__}:{v}", TEXT).to_pylist()
    assert shown == [f"{type(v).__name__}:{v}" for v in values]  # True, 1 and 1.0 never share a result


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, "III/a", "3b", "IX", "x"]),
                          st.sampled_from([None, "Penata Muda", "Pembina Tk. I", "?"])), max_size=25))  # fmt: skip
def test_per_distinct_pair_matches_the_rule(pairs: list[tuple[str | None, str | None]]) -> None:
    first = pa.array([a for a, _ in pairs], type=TEXT)
    second = pa.array([p for _, p in pairs], type=TEXT)
    result = per_distinct_pair(first, second, _golongan, TEXT).to_pylist()
    assert result == [_golongan(a, p) for a, p in pairs]


@settings(max_examples=200, deadline=None)
@given(st.lists(CELLS | st.sampled_from(["86,5", " 90 ", "-", "1e3"]), max_size=30))
def test_float_column_matches_the_score_rule(values: list[Any]) -> None:
    assert float_column(values, _score).to_pylist() == [_score(v) for v in values]


NIP_LIKE = st.one_of(
    st.text(alphabet="0123456789", min_size=18, max_size=18),
    st.sampled_from(["198507152010012003", "199001012019032001", "198507152010012003 ", "１９８５"]),
    st.floats(min_value=1e17, max_value=1e18),
    st.none(),
    st.just(""),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(NIP_LIKE, min_size=1, max_size=30))
def test_nip_prefilter_with_numbers_among_text_agrees_with_parse_nip(values: list[Any]) -> None:
    fast = plain_valid_nips(values)
    marked = set(fast.index.tolist())
    for k, value in enumerate(values):
        if k in marked:
            assert isinstance(value, str) and parse_nip(value).status in ("pns", "pppk")
        elif isinstance(value, str) and len(value) == 18 and value.isascii() and value.isdigit():
            assert parse_nip(value).status not in ("pns", "pppk"), value


def test_whitespace_list_is_every_character_python_splits_on() -> None:
    import sys

    from loaders.columnar import _WHITESPACE

    assert _WHITESPACE == [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from(["a", "b", "nip:1", "nama:x", ""])), max_size=40))
def test_text_codes_are_factorize_texts_codes(values: list[str | None]) -> None:
    from loaders.columnar import factorize_text, text_codes

    column = pa.array(values, type=TEXT)
    assert text_codes(column).tolist() == factorize_text(column)[0].tolist()
