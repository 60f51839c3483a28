"""Hospitals named by their proper name only ("RSUD Sultan Thaha Saifuddin"), from data/reference/hospitals.csv.

The table comes from the Kemenkes hospital register (owner type, kab/kota, province). A hospital's key drops the
generic words of hospital names ("RS Umum Daerah", "RSUD", "Rumah Sakit"), honorifics ("dr.", "H.") and
punctuation, so "RSUD dr. Soebandi" and "RS Umum Daerah Dr. Soebandi" share a key. A key is also indexed without
the kab/kota or province name that closes it ("RSUD Dr. Fauziah Bireuen" -> "RSUD Dr. Fauziah"), also a kab/kota of
the hospital's province that is not its listed owner ("RS Putra Waspada Tulungagung", a private hospital).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz, process

from loaders.regions import (
    Region,
    by_name,
    capital_index,
    compact,
    folded,
    name_index,
    normalize_words,
    read_reference_csv,
)

TNI: Final = "Tentara Nasional Indonesia"
POLRI: Final = "Kepolisian Negara Republik Indonesia"
KEMENKES: Final = "Kementerian Kesehatan"
DIKTI: Final = "Kementerian Pendidikan Tinggi Sains dan Teknologi"

# Register owner type -> (sector, level, agency); regional agencies come from the owning government.
_OWNERS: Final[dict[str, tuple[str, str, str | None]]] = {
    "pemprov": ("regional", "province", None), "pemkab": ("regional", "regency", None),
    "pemkot": ("regional", "city", None), "kemenkes": ("central", "ministry", KEMENKES),
    "tni_ad": ("central", "agency", TNI), "tni_al": ("central", "agency", TNI), "tni_au": ("central", "agency", TNI),
    "polri": ("central", "agency", POLRI), "bumn": ("other", "other", None), "swasta": ("other", "other", None),
}  # fmt: skip
# Words that open hospital names and say nothing about which hospital; dropped from keys.
_GENERIC: Final = frozenset(
    {"rs", "rsu", "rsud", "rsd", "rumah", "sakit", "umum", "daerah", "pusat", "rumkit", "karumkit"}
)
# Short forms that stand for words of the register's names.
_EXPAND: Final[dict[str, str]] = {
    "rsup": "pusat", "rsupn": "pusat nasional", "rsj": "jiwa", "rsjd": "jiwa", "rsia": "ibu dan anak",
    "rsau": "angkatan udara", "rsal": "angkatan laut", "rsad": "angkatan darat", "rsk": "khusus",
    "rskd": "khusus", "kab": "kabupaten", "prov": "provinsi", "propinsi": "provinsi", "kep": "kepulauan",
    "rsb": "bersalin", "tkt": "tk", "tingkat": "tk",
}  # fmt: skip
# Honorifics and titles: written or left out at will ("RSUD dr. H. Koesnadi" = "RSUD Koesnadi").
# Titles and degrees around the person a hospital is named after ("RSUD dr. H. Bob Bazar, SKM", "RS Dr. Tadjuddin
# Chalid, MPH").
_TITLES: Final = frozenset({
    "dr", "drs", "dokter", "h", "hj", "prof", "ir", "mm", "skm", "sh", "hc", "drg", "mph", "mkes", "mars", "mha",
    "msc", "phd",
})  # fmt: skip
_PLACE_WORDS: Final = frozenset({"kabupaten", "kota", "provinsi"})
HOSPITAL_OPENERS: Final = frozenset({"rs", "rsu", "rsud", "rsd", "rsup", "rsupn", "rsj", "rsjd", "rsia", "rsau",
                                     "rsal", "rsad", "rsk", "rskd", "rumah", "rumkit", "rumkital", "rsb",
                                     "karumkit"})  # fmt: skip
# Owner prefixes of TNI hospitals' names, after hospital_words ("RSAU" -> "angkatan udara", "RSPAL" kept).
_OWNER_PREFIXES: Final = (("angkatan", "udara"), ("angkatan", "laut"), ("angkatan", "darat"), ("rspal",),
                          ("rspau",), ("rspad",), ("rumkital",), ("rumkitban",), ("al",), ("au",), ("ad",))  # fmt: skip
# Owner words written before a TNI hospital's proper name in texts, which the register may spell another way
# ("RSAL Mintoharjo" for "RS Umum AL Dr. Mintoharjo", "RS Lanud dr. M. Salamun" for "RSAU dr. M. Salamun").
_WRITTEN_OWNER_PREFIXES: Final = (*_OWNER_PREFIXES, ("lanud",), ("lanal",), ("tni", "au"), ("tni", "al"),
                                  ("tni", "ad"), ("tni",))  # fmt: skip
MIN_KEY_CHARS: Final = 4  # shorter keys ("RS AL", "RSU B") name no hospital...
# ...unless the whole name is written as listed ("RS Umum Obi"): keyed "=" + all its words.
WHOLE_NAME: Final = "="
# A hospital name written with a slip ("Rifai" for "Rivai", "Djatiwibow", "May Jen"/"Mayjend") is read as the
# register's name when the compact keys are this alike (rapidfuzz ratio) and no other owner's name comes close.
# Van Ophuijsen/Soewandi spellings that names keep: oe -> u, dj -> j, tj -> c (EYD, 1972).
_OLD_SPELLING: Final = (("oe", "u"), ("dj", "j"), ("tj", "c"))
TAIL_MIN_CHARS: Final = 7  # a shorter end of a name ("Husada", "Medika") is too common to name one hospital
FUZZY_KEY_MIN_CHARS: Final = 8
FUZZY_KEY_ACCEPT: Final = 90.0
FUZZY_KEY_MARGIN: Final = 5.0


@dataclass(frozen=True)
class Hospital:
    """One hospital of the register, with the body that owns it."""

    name: str
    owner: str  # register owner type (see _OWNERS)
    sector: str
    level: str
    agency: str | None
    province: str
    region: Region | None  # owning kab/kota (pemkab/pemkot), else where the hospital is, if known


def hospital_words(tokens: Iterable[str]) -> list[str]:
    """The words of a hospital name that tell it apart: short forms expanded, generic words and titles dropped."""
    words: list[str] = []
    for token in tokens:
        words.extend(_EXPAND.get(token, token).split())
    return [w for w in words if w not in _GENERIC and w not in _TITLES]


def hospital_key(words: Iterable[str]) -> str:
    """The compact key of hospital words, in today's spelling with doubled letters single: people's names in
    hospital names are written in the old spelling or the new at will ("Soeradji"/"Suraji", "Mintohardjo"/
    "Mintoharjo", "Tjut"/"Cut", "Imanuddin"/"Imanudin")."""
    return folded(compact(" ".join(words)), _OLD_SPELLING)


def _owner(row: dict[str, str]) -> tuple[str, str, str | None] | None:
    if row["owner"] == "kementerian_lain":
        # University hospitals; other ministries' hospitals (defence, law) are left to the rules.
        name = normalize_words(row["name"]).split()
        return ("central", "ministry", DIKTI) if {"universitas", "univ"} & set(name) else None
    return _OWNERS.get(row["owner"])


def _entry(row: dict[str, str]) -> Hospital | None:
    owner = _owner(row)
    if owner is None:
        return None
    sector, level, agency = owner
    region = by_name().get(row["kabkota"]) if row["kabkota"] else None
    if sector == "regional" and level != "province" and region is not None and region.kind != level:
        # The register's kab/kota is where the hospital stands; "RS Umum Cut Meutia Kab. Aceh Utara" (pemkab) stands
        # in Kota Lhokseumawe: its owner is the kabupaten its name closes with.
        region = _owner_named(row["name"], level, row["province"])
    if sector == "regional":
        if level == "province":
            agency = f"Pemerintah Provinsi {row['province']}"
        elif region is None:
            return None
        else:
            agency = f"Pemerintah {'Kabupaten' if region.kind == 'regency' else 'Kota'} {region.base}"
    return Hospital(row["name"], row["owner"], sector, level, agency, row["province"], region)


def _owner_named(name: str, level: str, province: str) -> Region | None:
    """The one kab/kota of the owner's kind and province whose name closes the hospital's name."""
    words = tuple(hospital_words(normalize_words(name).split()))
    found = {
        r for regions in name_index().values() for r in regions
        if r.kind == level and r.province == province and words[-len(_place_words(r.base)) :] == _place_words(r.base)
    }  # fmt: skip
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1024)
def _place_words(place: str) -> tuple[str, ...]:
    return tuple(normalize_words(place).split())


def _keys(entry: Hospital) -> set[str]:
    """The name's key, and the key without a closing kab/kota or province name."""
    words = hospital_words(normalize_words(entry.name).split())
    keys = {hospital_key(words)}
    for place in {entry.province, *((entry.region.base, entry.region.name) if entry.region else ())}:
        tail = list(_place_words(place))
        if len(words) > len(tail) and words[-len(tail) :] == tail:
            rest = words[: -len(tail)]
            while rest and rest[-1] in _PLACE_WORDS:
                rest = rest[:-1]
            keys.add(hospital_key(rest))
            if len(rest) > 1 and entry.region is not None and entry.region in capital_index().get(rest[-1], ()):
                # "RSUD Kanjuruhan Kepanjen Kab. Malang" is written "RSUD Kanjuruhan": the owner's seat town goes too.
                keys.add(hospital_key(rest[:-1]))
    for n in (1, 2, 3):
        # "RS Putra Waspada Tulungagung" (private: no owning kab/kota listed) is also written without its town.
        town = compact(" ".join(words[-n:]))
        if len(words) > n and any(r.province == entry.province for r in name_index().get(town, ())):
            keys.add(hospital_key(words[:-n]))
    kept = {k for k in keys if len(k) >= MIN_KEY_CHARS}
    return kept or {whole_name_key(normalize_words(entry.name).split())}


def whole_name_key(tokens: Iterable[str]) -> str:
    """The key of a hospital's whole name, generic words included, for names too short to key without them."""
    return WHOLE_NAME + compact(" ".join(tokens))


def _owner_free_key(entry: Hospital) -> str | None:
    """The key of a TNI hospital's name without its owner prefix ("RSPAL dr. Ramelan" -> "ramelan"), which people
    leave out ("RS dr. Ramelan")."""
    words = hospital_words(normalize_words(entry.name).split())
    for prefix in _OWNER_PREFIXES:
        if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
            key = hospital_key(words[len(prefix) :])
            return key if len(key) >= MIN_KEY_CHARS else None
    return None


@lru_cache(maxsize=1)
def hospital_index() -> dict[str, tuple[Hospital, ...]]:
    """Hospital key -> every register entry with that key (built once).

    A TNI hospital is also keyed without its owner prefix, when that key names no other hospital."""
    index: dict[str, list[Hospital]] = {}
    owner_free: dict[str, list[Hospital]] = {}
    for row in read_reference_csv("hospitals.csv"):
        entry = _entry(row)
        if entry is None:
            continue
        for key in _keys(entry):
            if entry not in index.setdefault(key, []):
                index[key].append(entry)
        bare = _owner_free_key(entry) if entry.owner.startswith("tni") else None
        if bare is not None:
            owner_free.setdefault(bare, []).append(entry)
    for key, entries in owner_free.items():
        if len(entries) == 1 and key not in index:
            index[key] = entries
    return {k: tuple(v) for k, v in index.items()}


def owner_of(entry: Hospital) -> tuple[str, str, str | None, str | None]:
    """What a classification takes from an entry: sector, level, agency and province (none for private ones)."""
    if entry.sector == "other":
        return ("other", "other", None, None)
    return (entry.sector, entry.level, entry.agency, entry.province)


def find_hospital(
    words: list[str], places: frozenset[Region], whole: Iterable[str] = ()
) -> tuple[Hospital | None, list[Hospital]]:
    """The one register entry the hospital words (or the `whole` name as written) name, narrowed by the places the
    text names; with the candidates.

    Entries of the same owner count as one; different owners (or none left after narrowing) give None."""
    index = hospital_index()
    found = index.get(hospital_key(words), ()) or index.get(whole_name_key(whole), ())
    if places and found:
        provinces = {r.province for r in places}
        narrowed = [
            e for e in found if e.province in provinces or (e.region is not None and e.region in places)
        ]
        found = tuple(narrowed) or found
    owners = {owner_of(e) for e in found}
    if len(owners) == 1:
        return found[0], list(found)
    return None, list(found)


@lru_cache(maxsize=1)
def _fuzzy_keys() -> list[str]:
    return [k for k in hospital_index() if not k.startswith(WHOLE_NAME) and len(k) >= FUZZY_KEY_MIN_CHARS]


@dataclass(frozen=True)
class Decided:
    """What the rules already decided about a hospital text: a register entry must agree with it."""

    sector: str
    level: str | None = None
    agency: str | None = None

    def allows(self, entry: Hospital) -> bool:
        """Whether the entry is of the decided sector, and of its level and body where those are decided."""
        if entry.sector != self.sector:
            return False
        return self.level in (None, entry.level) and (
            self.agency is None or entry.agency in (None, self.agency)
        )


def find_alike_hospital(words: list[str], decided: Decided | None = None) -> Hospital | None:
    """The register entry whose name the words spell with a slip, if no other owner's name comes as close.
    For a text the rules left unknown, or (with `decided`) one whose sector they decided but could not place:
    then only entries that agree with them count, and a slip never overrides what they decided."""
    key = hospital_key(words)
    if len(key) < FUZZY_KEY_MIN_CHARS:
        return None
    index = hospital_index()
    hits = process.extract(
        key, _fuzzy_keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_KEY_ACCEPT - FUZZY_KEY_MARGIN
    )
    scored = [
        (float(h[1]), [e for e in index[str(h[0])] if decided is None or decided.allows(e)]) for h in hits
    ]
    scored = [(score, entries) for score, entries in scored if entries]
    if not scored or scored[0][0] < FUZZY_KEY_ACCEPT:
        return None
    best = scored[0][1]
    owners = {owner_of(e) for e in best}
    if len(owners) > 1 or any(owner_of(e) not in owners for _, entries in scored[1:] for e in entries):
        return None
    return best[0]


# Words of a register name that name no hospital when they are all that is left of it ("RS Ibu dan Anak
# Pemerintah Aceh" must not make "Rumah Sakit Pemerintah" the Aceh government's hospital).
_NOT_A_NAME: Final = frozenset(
    {"pemerintah", "ibu", "dan", "anak", "jiwa", "khusus", "bersalin", "provinsi", "kabupaten", "kota", "negeri",
     "swasta", "daerah", "umum", "pusat", "nasional", "tingkat", "tk", "i", "ii", "iii", "iv"}
)  # fmt: skip


@lru_cache(maxsize=1)
def name_tail_index() -> dict[str, tuple[Hospital, ...]]:
    """The last words of each register name (a person's surname: "Leimena" of "Dr. Johannes Leimena", "Ridwan
    Meuraksa" of "Tk. II M. Ridwan Meuraksa"), keyed like hospital_key, at least TAIL_MIN_CHARS long."""
    tails: dict[str, list[Hospital]] = {}
    for row in read_reference_csv("hospitals.csv"):
        entry = _entry(row)
        if entry is None:
            continue
        words = hospital_words(normalize_words(entry.name).split())
        places = [_place_words(p) for p in {entry.province, *((entry.region.base,) if entry.region else ())}]
        variants = [words] + [
            words[: -len(p)] for p in places if len(words) > len(p) and tuple(words[-len(p) :]) == p
        ]
        for variant in variants:
            for k in range(1, len(variant)):
                if set(variant[k:]) <= _NOT_A_NAME:
                    continue
                key = hospital_key(variant[k:])
                if len(key) >= TAIL_MIN_CHARS and entry not in tails.setdefault(key, []):
                    tails[key].append(entry)
    return {k: tuple(v) for k, v in tails.items()}


def find_hospital_by_tail(words: list[str], decided: Decided | None = None) -> Hospital | None:
    """The one owner's register entry whose name ends with the words written ("RSUP Leimena", "RS Ridwan
    Meuraksa"): people drop a hospital's first names and ranks. Same use and limits as find_alike_hospital."""
    key = hospital_key(words)
    if len(key) < TAIL_MIN_CHARS:
        return None
    found = [e for e in name_tail_index().get(key, ()) if decided is None or decided.allows(e)]
    return found[0] if found and len({owner_of(e) for e in found}) == 1 else None


def _one_owner(entries: Iterable[Hospital], decided: Decided) -> Hospital | None:
    found = [e for e in entries if decided.allows(e)]
    return found[0] if found and len({owner_of(e) for e in found}) == 1 else None


def find_hospital_without_owner(words: list[str], decided: Decided) -> Hospital | None:
    """The one register entry of the decided owner named by the words without the owner prefix they open with
    ("RSAL Mintoharjo" -> "Mintoharjo", the register's "RS Umum AL Dr. Mintoharjo")."""
    for prefix in _WRITTEN_OWNER_PREFIXES:
        if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
            key = hospital_key(words[len(prefix) :])
            return _one_owner(hospital_index().get(key, ()), decided) if len(key) >= MIN_KEY_CHARS else None
    return None


# A TNI hospital's rank ("Tk. II", "Tingkat III") and its unit number ("02.05.01"), which texts and the register write
# or leave out at will ("Rumkit Tk. III dr. Sindhu Trisno" = the register's "RS TK. III. 13.06.01 Dr. Sindhu Trisno").
_RANK_WORDS: Final = frozenset({"tk", "i", "ii", "iii", "iv"})


def find_hospital_without_rank(words: list[str], decided: Decided) -> Hospital | None:
    """The one register entry of the decided owner named by the words without the rank and unit number they carry
    (and without an owner prefix), by its whole name or by the end of it ("Rumkit TK II 02.05.01 dr. AK Gani" -> the
    register's "RS Umum dr. AK. Gani Kota Palembang")."""
    bare = [w for w in words if w not in _RANK_WORDS and not w.isdigit()]
    for prefix in _WRITTEN_OWNER_PREFIXES:
        if len(bare) > len(prefix) and tuple(bare[: len(prefix)]) == prefix:
            bare = bare[len(prefix) :]
            break
    key = hospital_key(bare)
    if len(bare) == len(words) or len(key) < MIN_KEY_CHARS:
        return None
    named = hospital_index().get(key, ())
    if named:
        # A name several hospitals bear ("RS Bhayangkara Tk. III 01.02.03": Bhayangkara alone) is no one hospital's;
        # nor is the end of another name it also is ("RS Kepolisian Bhayangkara").
        return _one_owner(named, decided)
    return _one_owner(name_tail_index().get(key, ()), decided) if len(key) >= TAIL_MIN_CHARS else None


TOWN_MAX_WORDS: Final = 3  # longest town name dropped from the end of a hospital's name


def find_hospital_before_town(words: list[str], decided: Decided) -> Hospital | None:
    """The one register entry of the decided owner whose whole name the words open with, a town (maybe misspelt, not
    a listed kab/kota) written after it ("RSUD Sultan Imanudin Pangkalan Bui")."""
    index = hospital_index()
    for n in range(1, min(TOWN_MAX_WORDS, len(words) - 1) + 1):
        key = hospital_key(words[:-n])
        if len(key) >= TAIL_MIN_CHARS and key in index:
            return _one_owner(index[key], decided)
    return None
