"""TNI units written without a place: their province.

TNI AD territorial units by number ("Kodim 0818", "Koramil 0818/05", "Korem 102"): a Kodim's four-digit number
names the kabupaten/kota it covers, and a Koramil's number opens with its Kodim's (data/reference/kodim.csv,
transcribed from TNI AD's unit list: kodim_SOURCES.md). A Korem (three digits) is placed only when every Kodim the
list puts under it lies in one province. TNI AU and TNI AL main units by name or number ("Lanud Adisutjipto",
"Lantamal I/Belawan", "Koarmada II", "Kolinlamil"): data/reference/tni_units.csv (tni_units_SOURCES.md). Used to
place a unit the rules already classified as TNI, never to decide its sector. Units of a Kodam written with the Kodam's
number and short form ("KESDAM-XIV/HSN", "RINDAM-IX/UDY"): data/reference/kodam.csv (kodam_SOURCES.md); that pair is
specific enough to decide the sector too (loaders/agencies.py reads it as a TNI rule at the Kodam's headquarters).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from loaders.regions import by_name, compact, folded, read_reference_csv

# Words that open a unit number: "kodim 0818", "komando distrik militer 1015", "koramil 0818 05".
# The commanders' posts are written before the number too ("Dandim 0734/Yogyakarta", "Danrem 071/Wijayakusuma").
_KODIM_WORDS: Final = frozenset({"kodim", "koramil", "dim", "makodim", "dandim", "danramil", "kasdim"})
_KODIM_PHRASES: Final = (("distrik", "militer"), ("rayon", "militer"))
_KOREM_WORDS: Final = frozenset({"korem", "rem", "makorem", "danrem", "penrem", "kapenrem"})
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


@lru_cache(maxsize=1)
def korem_numbers() -> frozenset[str]:
    """Every Korem number of the Kodim list, also those whose Kodims lie in two provinces ("072")."""
    return frozenset(row["korem"] for row in read_reference_csv("kodim.csv") if row["korem"])


def _number_after(tokens: Sequence[str], words: frozenset[str], phrases: tuple[tuple[str, ...], ...],
                  digits: int) -> str | None:  # fmt: skip
    for i, token in enumerate(tokens):
        ends = [i + 1] if token in words else []
        ends += [i + len(p) for p in phrases if tuple(tokens[i : i + len(p)]) == p]
        for end in ends:
            if end < len(tokens) and tokens[end].isdigit() and len(tokens[end]) == digits:
                return tokens[end]
    return None


# Old and variant spellings folded before names are compared (Ejaan lama and common slips in persons' names):
# Adisutjipto/Adisucipto/Adisutcipto, Sjamsudin/Syamsudin, Soewondo/Suwondo, Noor/Nur, Abdulrachman/Abdul Rahman,
# Iswahjudi/Iswahyudi; then doubled letters (Sjamsuddin, Johannes).
_SPELLING_FOLDS: Final = (
    ("tj", "c"), ("tc", "c"), ("dj", "j"), ("sj", "sy"), ("oe", "u"), ("oo", "u"), ("ch", "h"), ("y", "j"),
)  # fmt: skip
_ROMAN: Final = re.compile(r"^[ivx]+$")
_NUMERALS: Final = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv")
# Words written between a unit word and its name ("Lanud TNI AU Adisutjipto", "Lantamal Utama I").
_UNIT_FILLERS: Final = frozenset({"tni", "au", "al", "utama"})


def fold_spelling(text: str) -> str:
    """A name with old spellings and doubled letters folded, spaces dropped: "Sjamsuddin Noor" -> "sjamsudinnur"."""
    key = "".join(text.lower().split())
    if key.isdigit() and 0 < int(key) <= len(_NUMERALS):
        return _NUMERALS[int(key) - 1]  # "Lantamal 5" is Lantamal V
    if _ROMAN.match(key):
        return key
    return folded(key, _SPELLING_FOLDS)


@lru_cache(maxsize=1)
def named_units() -> dict[str, dict[str, str]]:
    """Unit word ("lanud", "lantamal", "koarmada", "command") -> folded name -> province."""
    provinces = by_name()
    table: dict[str, dict[str, str]] = {}
    for row in read_reference_csv("tni_units.csv"):
        if row["province"] not in provinces:
            raise ValueError(f"tni_units.csv: unknown province {row['province']!r}")
        table.setdefault(row["unit"], {})[fold_spelling(row["name"])] = row["province"]
    return table


def _named_unit(tokens: Sequence[str]) -> tuple[str, str] | None:
    """The province of a Lanud/Lantamal/Koarmada named after its unit word, or of a command written alone."""
    table = named_units()
    commands = table.get("command", {})
    for i, token in enumerate(tokens):
        if fold_spelling(token) in commands:
            return commands[fold_spelling(token)], token.capitalize()
        names = table.get("korem" if token == "makorem" else token)  # Makorem: the Korem's headquarters
        if names is None:
            continue
        start = i + 1
        while start < len(tokens) and tokens[start] in _UNIT_FILLERS:
            start += 1
        # The longest name first: "Lanud Sultan Iskandar Muda" is not Lanud Sultan Iskandar.
        for end in range(len(tokens), start, -1):
            name = " ".join(tokens[start:end])
            if fold_spelling(name) in names:
                written = " ".join(w.upper() if _ROMAN.match(w) else w.capitalize() for w in tokens[start:end])
                return names[fold_spelling(name)], f"{token.capitalize()} {written}"
    return None


# The Koramil's post written as one word or two ("Posramil", "Pos Ramil", "Danpos Ramil"): the Koramil however numbered.
_RAMIL_POSTS: Final = frozenset({"posramil", "danposramil"})
_BEFORE_RAMIL: Final = frozenset({"pos", "danpos"})
# A Koramil's number is one to four digits ("Ramil 7 Kec. Kalasan", "Ramil 0732-05"); its kecamatan may follow at once
# ("Ramil Kec. Ngaglik").
_AFTER_RAMIL: Final = frozenset({"kec", "kecamatan"})
# TNI AL's Kodaeral (the Lantamal renamed in 2025) written out (probes round 21).
_KODAERAL_WRITTEN: Final = ("komando", "daerah", "angkatan", "laut")


def spelled_out_units(tokens: Sequence[str]) -> list[str] | None:
    """The tokens with a TNI territorial unit's short word written as its unit's ("Dim 0322/Siak" -> "kodim 0322",
    "Rem 031/WB" -> "korem 031", "Ramil 02 Kec. Bungaraya" -> "koramil 02", "Posramil" -> "pos koramil", "Komando
    Daerah Angkatan Laut VII" -> "kodaeral vii"), or None
    when there is none. "Dim", "Rem" and "Ramil" are too short to be read alone: only with a known Kodim or Korem
    number, a Koramil's number or its kecamatan, or as the Koramil's post."""
    out, changed = list(tokens), False
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tuple(tokens[i : i + len(_KODAERAL_WRITTEN)]) == _KODAERAL_WRITTEN:
            # "Komando Daerah Angkatan Laut VII": the Kodaeral written out, read by its number like "Kodaeral VII".
            out[i : i + len(_KODAERAL_WRITTEN)] = ["kodaeral", *[""] * (len(_KODAERAL_WRITTEN) - 1)]
            changed = True
        elif token == "dim" and after in kodim_provinces():
            out[i], changed = "kodim", True
        elif token == "rem" and after in korem_numbers():
            out[i], changed = "korem", True
        elif token == "ramil" and (
            (after.isdigit() and len(after) <= 4) or after in _AFTER_RAMIL or (i > 0 and tokens[i - 1] in _BEFORE_RAMIL)
        ):
            out[i], changed = "koramil", True
        elif token in _RAMIL_POSTS:
            out[i], changed = "pos koramil", True
    return [t for t in out if t] if changed else None


def unit_province(tokens: Sequence[str]) -> tuple[str, str] | None:
    """The province a Kodim/Koramil or Korem number, or a TNI AU/AL unit's name, in the text points to, with the
    unit as written."""
    kodim = _number_after(tokens, _KODIM_WORDS, _KODIM_PHRASES, 4)
    if kodim is not None and kodim in kodim_provinces():
        return kodim_provinces()[kodim], f"Kodim {kodim}"
    korem = _number_after(tokens, _KOREM_WORDS, _KOREM_PHRASES, 3)
    if korem is not None and korem in korem_provinces():
        return korem_provinces()[korem], f"Korem {korem}"
    return _named_unit(tokens)


@dataclass(frozen=True)
class Kodam:
    """One Kodam of data/reference/kodam.csv."""

    number: str  # lower-case Roman numeral, "" for Kodam Iskandar Muda and Kodam Jaya
    names: frozenset[str]  # short forms and the compact name ("hsn", "hasanuddin")
    name: str
    province: str


@lru_cache(maxsize=1)
def kodams() -> tuple[Kodam, ...]:
    """The Kodam table."""
    provinces = by_name()
    out: list[Kodam] = []
    for row in read_reference_csv("kodam.csv"):
        if row["province"] not in provinces:
            raise ValueError(f"kodam.csv: unknown province {row['province']!r}")
        names = frozenset({*row["abbreviations"].split("|"), compact(row["name"])} - {""})  # no short form known
        out.append(Kodam(row["number"].lower(), names, row["name"], row["province"]))
    return tuple(out)


@lru_cache(maxsize=1)
def _kodam_words() -> frozenset[str]:
    """Every word that may follow a Kodam's number: the short forms and the first word of each name."""
    return frozenset(w for k in kodams() for w in (*k.names, k.name.lower().split()[0]))


# A Kodam unit's word ("kesdam", "rindam", "deninteldam"): ends in "dam", which no place or person's name of unit texts
# here does once "adam" is excluded; only read together with a Kodam's short form after it.
_DAM_WORD: Final = re.compile(r"^[a-z]{2,}dam$")
MAX_KODAM_NAME_WORDS: Final = 3  # "Bukit Barisan", "Iskandar Muda", "Tuanku Imam Bonjol"


def kodam_unit(tokens: Sequence[str]) -> tuple[int, str, str] | None:
    """A unit of a Kodam written with the Kodam's number and short form ("KESDAM-XIV/HSN", "DENZIPUR 10 DAM-XVII/CEN")
    or, for Kodam Iskandar Muda and Jaya, a ...dam unit word and the short form ("Rindam IM"): the position of the
    number (or short form), the Kodam as written in full, and its headquarters' province."""
    if _kodam_words().isdisjoint(tokens):
        return None  # no Kodam's short form or name word: most texts
    # A Roman numeral and a Kodam's name alone are no unit: schools and offices bear both ("SMA Negeri II Sriwijaya",
    # "SD Inpres XIV Hasanuddin"); a Kodam unit is written with its ...dam word ("KESDAM-XIV/HSN", "DAM-XVII/CEN") or
    # in full ("Komando Daerah Militer IV/Diponegoro").
    dam_word = "militer" in tokens or any(t == "dam" or (_DAM_WORD.match(t) and t != "adam") for t in tokens)
    for i, token in enumerate(tokens):
        numbered = bool(_ROMAN.match(token)) and dam_word
        # An unnumbered Kodam written out: "Komando/Komandan Daerah Militer Iskandar Muda", "... Daerah Militer Jaya".
        written_out = token == "militer" and i > 0 and tokens[i - 1] == "daerah"
        if not numbered and not written_out and not (_DAM_WORD.match(token) and token != "adam"):
            continue
        # A ...dam word right before a numbered Kodam's name is that Kodam's too, its number left out ("Pangdam
        # Kasuari", "Kasdam Mulawarman"): the name follows the unit word at once.
        dam_named = not numbered and not written_out
        for kodam in kodams():
            if numbered and kodam.number != token:
                continue
            if not numbered and kodam.number and not dam_named:
                continue
            for n in range(1, MAX_KODAM_NAME_WORDS + 1):
                if i + 1 + n <= len(tokens) and "".join(tokens[i + 1 : i + 1 + n]) in kodam.names:
                    number = f" {kodam.number.upper()}/" if kodam.number else " "
                    return i, f"Kodam{number}{kodam.name}", kodam.province
    return None
