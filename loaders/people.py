"""The same person twice: person keys (a valid NIP, else the bare name) and repeated rows in a cohort."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from loaders.columnar import TEXT, text_codes
from loaders.report import Issue, make_issue

if TYPE_CHECKING:
    import pandas as pd

TITLES: Final = re.compile(
    r"\b(dr|drs|dra|ir|prof|h|hj|s|m|a\.?md|st|se|sh|mh|mm|mpd|spd|skm|ssos|sip|ap|msi|mt|phd|sp|mkes|skom|"
    r"sst|mak|ak|ca|cpa|ns|apt|bsc|msc|ma|mba)\b\.?",
    re.IGNORECASE,
)


def person_keys(frame: pd.DataFrame) -> pd.Series:
    """Identity of each row for spotting the same person twice: a valid NIP, else the bare name."""
    import pandas as pd

    def arrow_text(column: str) -> pa.Array:
        return pa.array(frame[column].astype("str").array, type=TEXT)

    keys = person_key_column(arrow_text("name"), arrow_text("nip"), arrow_text("nip_status"))
    return pd.Series(keys.to_pylist(), index=frame.index, dtype=object)


_VALID_STATUSES: Final = pa.array(["pns", "pppk"], type=TEXT)


def person_key_column(name: pa.Array, nip: pa.Array, nip_status: pa.Array) -> pa.Array:
    """person_keys of text columns, as a text column (null where a row has neither a valid NIP nor a
    name)."""
    valid = pc.fill_null(pc.and_(pc.is_in(nip_status, value_set=_VALID_STATUSES), pc.is_valid(nip)), False)
    keys = pc.if_else(
        valid,
        pc.binary_join_element_wise(pa.scalar("nip:", TEXT), nip, pa.scalar("", TEXT)),
        pa.scalar(None, TEXT),
    )
    named = np.flatnonzero(
        ~valid.to_numpy(zero_copy_only=False) & name.is_valid().to_numpy(zero_copy_only=False)
    )
    if len(named):
        bare = bare_name_column(name.take(pa.array(named)))
        mask = np.zeros(len(name), dtype=bool)
        mask[named] = True
        by_name = pc.if_else(
            pc.equal(bare, ""),
            pa.scalar(None, TEXT),
            pc.binary_join_element_wise(pa.scalar("nama:", TEXT), bare, pa.scalar("", TEXT)),
        )
        keys = pc.replace_with_mask(keys, pa.array(mask), by_name)
    return keys


_TITLES_RE2: Final = "(?i)" + TITLES.pattern


def bare_names(names: list[str]) -> list[str]:
    """Each name lower-cased, titles dropped, only its letters a-z kept, single spaces (the name part of a
    person key). Keys are stored (participants.person_key), so this must stay the rule written in Python:
    lower-casing is Python's (Arrow's differs for a few letters such as "İ"); the regular expressions run
    in Arrow (RE2) on names that are ASCII once lower-cased, where RE2's ASCII `\\b` and Python's agree,
    and in Python on the others."""
    lowered = [name.lower() for name in names]
    array = pa.array(lowered, type=TEXT)
    bare = pc.utf8_trim(
        pc.replace_substring_regex(pc.replace_substring_regex(array, _TITLES_RE2, " "), "[^a-z]+", " "), " "
    ).to_pylist()
    for k in np.flatnonzero(~pc.string_is_ascii(array).to_numpy(zero_copy_only=False)).tolist():
        bare[k] = re.sub(r"[^a-z]+", " ", TITLES.sub(" ", lowered[k])).strip()
    return bare


def bare_name_column(names: pa.Array) -> pa.Array:
    """bare_names of a text column without nulls, as a text column: ASCII names in Arrow (lower-casing ASCII
    is the same in Arrow and Python), the others through bare_names."""
    ascii_names = pc.string_is_ascii(names)
    bare = pc.utf8_trim(
        pc.replace_substring_regex(
            pc.replace_substring_regex(pc.utf8_lower(names), _TITLES_RE2, " "), "[^a-z]+", " "
        ),
        " ",
    ).cast(TEXT)
    others = np.flatnonzero(~ascii_names.to_numpy(zero_copy_only=False))
    if len(others):
        mask = np.zeros(len(names), dtype=bool)
        mask[others] = True
        fixed = bare_names(names.take(pa.array(others)).to_pylist())
        bare = pc.replace_with_mask(bare, pa.array(mask), pa.array(fixed, type=TEXT))
    return bare


def flag_duplicates(
    columns: dict[str, Any], tags: dict[int, list[str]], scope: npt.NDArray[np.intp], keep_named: bool
) -> tuple[list[Issue], npt.NDArray[np.intp]]:
    """Flag each later occurrence of a person already listed in the same cohort; return the issues and
    the positions of the rows not counted: all of them, or with `keep_named` only those repeating a valid
    NIP (two rows of the same name without NIP may be two people)."""
    keys = person_key_column(*(columns[c] for c in ("name", "nip", "nip_status")))
    key_codes = text_codes(keys)
    scoped = scope.astype(np.int64) * (int(key_codes.max(initial=0)) + 2) + key_codes
    _, first_index, inverse = np.unique(scoped, return_index=True, return_inverse=True)
    first = first_index[inverse.ravel()]  # position of the first row with the same cohort and person
    later = np.flatnonzero((key_codes >= 0) & (first != np.arange(len(scoped))))
    issues: list[Issue] = []
    if not len(later):
        return issues, later
    sheets, rows = columns["sheet"], columns["row"]
    later_keys = keys.take(pa.array(later)).to_pylist()
    dropped = []
    for j, k in enumerate(later.tolist()):
        by_nip = later_keys[j].startswith("nip:")
        kept = keep_named and not by_nip
        if not kept:
            dropped.append(k)
        tags.setdefault(k, []).append("duplicate_in_file")
        issues.append(
            make_issue(
                "duplicate_in_file",
                sheet=sheets[k].as_py(),
                row=rows[k],
                other=f"baris {rows[first[k]]}",
                key="NIP sama" if by_nip else "nama sama, tanpa NIP",
                outcome="kedua baris dihitung (dipilih petugas)"
                if kept
                else "baris ini tidak dihitung dua kali",
            )
        )
    return issues, np.asarray(dropped, dtype=np.intp)
