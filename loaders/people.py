"""The same person twice: person keys (a valid NIP, else the bare name) and repeated rows in a cohort."""

from __future__ import annotations

import re
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from loaders.columnar import TEXT
from loaders.report import Issue, make_issue

TITLES: Final = re.compile(
    r"\b(dr|drs|dra|ir|prof|h|hj|s|m|a\.?md|st|se|sh|mh|mm|mpd|spd|skm|ssos|sip|ap|msi|mt|phd|sp|mkes|skom|"
    r"sst|mak|ak|ca|cpa|ns|apt|bsc|msc|ma|mba)\b\.?",
    re.IGNORECASE,
)


def person_keys(frame: pd.DataFrame) -> pd.Series:
    """Identity of each row for spotting the same person twice: a valid NIP, else the bare name."""
    keys = _person_keys(frame)
    return keys.astype(object).where(keys.notna(), None)


def _person_keys(frame: pd.DataFrame) -> pd.Series:
    """person_keys as a text column (missing where a row has neither a valid NIP nor a name)."""
    nip = frame["nip"].astype("str")
    valid = frame["nip_status"].isin(["pns", "pppk"]) & nip.notna()
    keys = ("nip:" + nip).where(valid)
    names = frame.loc[~valid, "name"].astype(object).dropna()
    if len(names):
        bare = pd.Series(bare_names(names.tolist()), index=names.index, dtype="str")
        keys.loc[bare.index] = ("nama:" + bare).where(bare != "")
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


def flag_duplicates(
    columns: dict[str, Any], tags: dict[int, list[str]], scope: npt.NDArray[np.intp], keep_named: bool
) -> tuple[list[Issue], npt.NDArray[np.intp]]:
    """Flag each later occurrence of a person already listed in the same cohort; return the issues and
    the positions of the rows not counted: all of them, or with `keep_named` only those repeating a valid
    NIP (two rows of the same name without NIP may be two people)."""
    people = pd.DataFrame({c: pd.array(columns[c], dtype="str") for c in ("name", "nip", "nip_status")})
    keys = _person_keys(people)
    key_codes, _ = pd.factorize(keys)
    scoped = scope.astype(np.int64) * (int(key_codes.max(initial=0)) + 2) + key_codes
    _, first_index, inverse = np.unique(scoped, return_index=True, return_inverse=True)
    first = first_index[inverse.ravel()]  # position of the first row with the same cohort and person
    later = np.flatnonzero((key_codes >= 0) & (first != np.arange(len(scoped))))
    issues: list[Issue] = []
    if not len(later):
        return issues, later
    sheets, rows = columns["sheet"], columns["row"]
    dropped = []
    for k in later.tolist():
        by_nip = keys.iat[k].startswith("nip:")
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
