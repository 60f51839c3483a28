"""Agency names written in English, read as their Indonesian names.

Agencies' English pages, bilingual publications and civil servants' CVs write "Health Office of Semarang City",
"Garut Regency Health Office", "Regional Revenue Agency of Gianyar Regency" or "East Java Provincial Government";
the rules in loaders/agencies.py read Indonesian ("Dinas Kesehatan Kota Semarang"). `from_english` rewrites a
normalised text with the words of data/reference/english_words.csv and the English place kinds, so that the same
rules read it:

- a province's English name becomes its Indonesian name ("East Java" -> "jawa timur");
- a compass word before a kabupaten/kota's name goes after it when that makes a region's name ("South Tangerang"
  -> "tangerang selatan", "West Bandung" -> "bandung barat");
- "X Regency", "Regency of X" -> "kabupaten x"; "X City", "X Municipality", "City of X" -> "kota x"; "X Province",
  "X Provincial" -> "provinsi x" (X must be a region's name);
- a field ("Health", "Public Works and Spatial Planning") next to an English head becomes a dinas or badan:
  "Health Office", "Office of Health", "Health Service" -> "dinas kesehatan". "Office" and "Service" need only the
  field; "Department", "Agency" and "Board" need a region or "Regional" written with them too, as "Department of
  Forestry" is also the old ministry (Departemen Kehutanan) and "National ... Agency" a central body;
- whole units and posts ("Regional Revenue Agency", "Civil Service Police Unit", "Regent", "Tax Service Office")
  become their Indonesian names.

Central bodies' English names ("Ministry of Finance", "Directorate General of Immigration") are aliases in
central_agencies.csv and are left as written.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from loaders.regions import compact, name_index, read_reference_csv

# English place kinds and the Indonesian word written before the region's name.
_KINDS: Final[dict[str, str]] = {
    "regency": "kabupaten", "city": "kota", "municipality": "kota", "province": "provinsi", "provincial": "provinsi",
}  # fmt: skip
# English heads of a unit and what they are with a field beside them.
_HEADS: Final[dict[str, str]] = {
    "office": "dinas", "service": "dinas", "services": "dinas", "department": "dinas", "agency": "badan",
    "board": "badan",
}  # fmt: skip
# Heads that need a region (or "regional") written too: national bodies and the old ministries use them.
_PLACED_HEADS: Final = frozenset({"department", "agency", "board"})
_COMPASS: Final[dict[str, str]] = {
    "west": "barat", "east": "timur", "north": "utara", "south": "selatan", "central": "tengah",
    "southeast": "tenggara", "southwest": "barat daya",
}  # fmt: skip
_JOINERS: Final = frozenset({"and", "dan"})
# A central body's English name ("Ministry of Villages, Disadvantaged Regions Development, and Transmigration") is
# an alias as written; its field words are not a dinas's.
_CENTRAL_HEADS: Final = frozenset({"ministry", "directorate", "coordinating"})
# Indonesian place kinds written with an English name ("Public Works and Spatial Planning Department of Kota Padang").
_INDONESIAN_KINDS: Final = frozenset(
    {"kabupaten", "kab", "kota", "provinsi", "prov", "pemkab", "pemkot", "pemprov"}
)
MAX_NAME_WORDS: Final = 4  # longest region name looked for before or after an English place kind


@lru_cache(maxsize=1)
def _phrases() -> tuple[dict[str, tuple[str, str]], int]:
    """Normalised English phrase -> (Indonesian words, kind), and the longest phrase in words."""
    table = {
        row["english"]: (row["indonesian"], row["kind"]) for row in read_reference_csv("english_words.csv")
    }
    return table, max(len(phrase.split()) for phrase in table)


def _is_region(words: list[str]) -> bool:
    return bool(words) and compact(" ".join(words)) in name_index()


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Every word that can start a rewrite: a table phrase's first word, a place kind, a head, a compass word."""
    table, _ = _phrases()
    return frozenset({phrase.split()[0] for phrase in table} | set(_KINDS) | set(_HEADS) | set(_COMPASS))


def from_english(key: str) -> str | None:
    """The Indonesian reading of a normalised text written in English, or None when nothing in it is English."""
    tokens = key.split()
    # Most texts are Indonesian: none of their words can start a rewrite (a set test, not the phrase scan below;
    # every text of a roster passes through here).
    if _triggers().isdisjoint(tokens) or not _CENTRAL_HEADS.isdisjoint(tokens):
        return None
    table, longest = _phrases()
    # (words, kind): kind is field/unit/place from the table, "name" for a region's name, "" for a word as written.
    segments: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            found = table.get(" ".join(tokens[i : i + size]))
            if found is not None:
                segments.append(found)
                i += size
                break
        else:
            segments.append((tokens[i], ""))
            i += 1
    changed = any(kind for _, kind in segments)
    segments, moved = _compass_names(segments)
    segments, kinds = _place_kinds(segments)
    placed = (
        kinds or any(kind == "place" for _, kind in segments) or "regional" in tokens
        or not _INDONESIAN_KINDS.isdisjoint(tokens)
    )  # fmt: skip
    segments = _leads(segments)
    segments, heads = _heads(segments, placed)
    if not (changed or moved or kinds or heads):
        return None
    words = " ".join("dan" if words == "and" else words for words, _ in segments)
    return words if words != key else None


def _compass_names(segments: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], bool]:
    """A compass word before a name moved after it where that makes a region's name ("south tangerang" ->
    "tangerang selatan")."""
    out: list[tuple[str, str]] = []
    moved = False
    i = 0
    while i < len(segments):
        words, kind = segments[i]
        if not kind and words in _COMPASS and i + 1 < len(segments) and not segments[i + 1][1]:
            name = [segments[i + 1][0], *_COMPASS[words].split()]
            if _is_region(name):
                out.append((" ".join(name), "name"))
                moved = True
                i += 2
                continue
        out.append((words, kind))
        i += 1
    return out, moved


def _leads(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A unit written after its name goes before the plain words that name it ("wangaya rumah sakit umum daerah" ->
    "rumah sakit umum daerah wangaya")."""
    out: list[tuple[str, str]] = []
    for words, kind in segments:
        if kind == "lead":
            start = len(out)
            while start > 0 and out[start - 1][1] in ("", "name"):
                start -= 1
            out.insert(start, (words, "unit"))
        else:
            out.append((words, kind))
    return out


def _place_kinds(segments: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], bool]:
    """An English place kind written before the region's name ("mempawah regency", "regency of mempawah" ->
    "kabupaten mempawah"); a kind with no region's name beside it is left as written."""
    out: list[tuple[str, str]] = []
    found = False
    i = 0
    while i < len(segments):
        words, kind = segments[i]
        if kind or words not in _KINDS:
            out.append((words, kind))
            i += 1
            continue
        indonesian = _KINDS[words]
        if i + 1 < len(segments) and segments[i + 1] == ("of", ""):
            after = [w for w, k in segments[i + 2 : i + 2 + MAX_NAME_WORDS]]
            size = next((n for n in range(len(after), 0, -1) if _is_region(after[:n])), 0)
            if size:
                out.append((f"{indonesian} {' '.join(after[:size])}", "name"))
                found = True
                i += 2 + size
                continue
        before = out[-MAX_NAME_WORDS:]
        size = next(
            (n for n in range(len(before), 0, -1)
             if all(k in ("", "name", "place") for _, k in before[-n:]) and _is_region([w for w, _ in before[-n:]])),
            0,
        )  # fmt: skip
        if size:
            name = " ".join(w for w, _ in out[-size:])
            del out[-size:]
            out.append((f"{indonesian} {name}", "name"))
            found = True
        else:
            out.append((words, kind))
        i += 1
    return out, found


def _heads(segments: list[tuple[str, str]], placed: bool) -> tuple[list[tuple[str, str]], bool]:
    """A head with a field before it ("Health Office") or after "of" ("Office of Health") becomes the dinas or
    badan written before the field."""
    out: list[tuple[str, str]] = []
    found = False
    i = 0
    while i < len(segments):
        words, kind = segments[i]
        if kind or words not in _HEADS or (words in _PLACED_HEADS and not placed):
            out.append((words, kind))
            i += 1
            continue
        head = (_HEADS[words], "unit")
        start = len(out)
        while start > 0 and (out[start - 1][1] == "field" or (out[start - 1][0] in _JOINERS and start > 1)):
            start -= 1
        if start < len(out) and out[start][0] in _JOINERS:
            start += 1
        if start < len(out):
            out.insert(start, head)
            found = True
            i += 1
            continue
        if i + 2 < len(segments) and segments[i + 1] == ("of", "") and segments[i + 2][1] == "field":
            out.append(head)
            found = True
            i += 2
            continue
        out.append((words, kind))
        i += 1
    return out, found
