"""TNI AD territorial units written by number ("Kodim 0818", "Koramil 0818/05", "Korem 102"): their province.

A Kodim's four-digit number names the kabupaten/kota it covers, and a Koramil's number opens with its Kodim's
(data/reference/kodim.csv, transcribed from TNI AD's unit list: kodim_SOURCES.md). A Korem (three digits) is
placed only when every Kodim the list puts under it lies in one province. Used to place a unit the rules already
classified as TNI, never to decide its sector.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from loaders.regions import by_name, read_reference_csv

# Words that open a unit number: "kodim 0818", "komando distrik militer 1015", "koramil 0818 05".
_KODIM_WORDS: Final = frozenset({"kodim", "koramil", "dim"})
_KODIM_PHRASES: Final = (("distrik", "militer"), ("rayon", "militer"))
_KOREM_WORDS: Final = frozenset({"korem", "rem"})
_KOREM_PHRASES: Final = (("resor", "militer"),)


@lru_cache(maxsize=1)
def kodim_provinces() -> dict[str, str]:
    """Kodim number ("0818") -> province."""
    provinces = by_name()
    table: dict[str, str] = {}
    for row in read_reference_csv("kodim.csv"):
        if row["province"] not in provinces:
            raise ValueError(f"kodim.csv: unknown province {row['province']!r}")
        table[row["kodim"]] = row["province"]
    return table


@lru_cache(maxsize=1)
def korem_provinces() -> dict[str, str]:
    """Korem number ("083") -> province, for the Korems whose Kodims all lie in one province."""
    seen: dict[str, set[str]] = {}
    for row in read_reference_csv("kodim.csv"):
        if row["korem"]:
            seen.setdefault(row["korem"], set()).add(row["province"])
    return {korem: next(iter(provs)) for korem, provs in seen.items() if len(provs) == 1}


def _number_after(tokens: Sequence[str], words: frozenset[str], phrases: tuple[tuple[str, ...], ...],
                  digits: int) -> str | None:  # fmt: skip
    for i, token in enumerate(tokens):
        ends = [i + 1] if token in words else []
        ends += [i + len(p) for p in phrases if tuple(tokens[i : i + len(p)]) == p]
        for end in ends:
            if end < len(tokens) and tokens[end].isdigit() and len(tokens[end]) == digits:
                return tokens[end]
    return None


def unit_province(tokens: Sequence[str]) -> tuple[str, str] | None:
    """The province a Kodim/Koramil or Korem number in the text points to, with the unit as written."""
    kodim = _number_after(tokens, _KODIM_WORDS, _KODIM_PHRASES, 4)
    if kodim is not None and kodim in kodim_provinces():
        return kodim_provinces()[kodim], f"Kodim {kodim}"
    korem = _number_after(tokens, _KOREM_WORDS, _KOREM_PHRASES, 3)
    if korem is not None and korem in korem_provinces():
        return korem_provinces()[korem], f"Korem {korem}"
    return None
