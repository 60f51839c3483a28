"""The shared filters: what a page shows, as a value, as a URL query string, and applied to the facts."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any, Final

import numpy as np
import pandas as pd

from loaders.agencies import all_provinces
from loaders.catalog import N_
from loaders.schema import LEVELS, SECTORS
from peserta.facts import prepare_facts
from peserta.stats import angkatan_number, dense_ids, order_cohorts

# Filters field -> URL query key (short Indonesian words, so shared links read naturally).
QUERY_KEYS: Final[dict[str, str]] = {
    "programs": "program",
    "years": "tahun",
    "angkatan": "angkatan",
    "sectors": "sektor",
    "levels": "tingkat",
    "provinces": "provinsi",
    "agencies": "instansi",
}
# Readable codes for coded values in the URL: ?sektor=kl&sektor=pemda&tingkat=kabupaten
SECTOR_CODES: Final[dict[str, str]] = {
    "central": "kl",
    "regional": "pemda",
    "other": "lainnya",
    "unknown": "belum",
}
LEVEL_CODES: Final[dict[str, str]] = {
    "ministry": "kementerian",
    "agency": "lembaga",
    "province": "provinsi",
    "regency": "kabupaten",
    "city": "kota",
    "other": "lainnya",
}
# Filters field -> text key of its label, in the order the sidebar, the filter chips and an export's list of
# filters name them. Agencies are set by a click on an agency's bar or by a link: a chip, no sidebar list.
FILTER_LABELS: Final[dict[str, str]] = {
    "programs": N_("filter.programs"),
    "years": N_("filter.years"),
    "angkatan": N_("filter.angkatan"),
    "sectors": N_("filter.sectors"),
    "levels": N_("filter.levels"),
    "provinces": N_("filter.provinces"),
    "agencies": N_("filter.agencies"),
}
SIDEBAR_FIELDS: Final = tuple(field for field in FILTER_LABELS if field != "agencies")
MAX_TEXT: Final = 200  # longer query values are not program names: ignored
MAX_VALUES: Final = 100  # per key; a link never needs more
YEAR_RANGE: Final = (1945, 2100)
# Fields whose URL values may also be written comma-separated (their values never contain a comma).
_SPLIT_FIELDS: Final = frozenset({"years", "angkatan", "sectors", "levels", "provinces"})


@dataclass(frozen=True)
class Filters:
    """What to show: each field a tuple of chosen values; an empty tuple means all."""

    programs: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    angkatan: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()  # codes of loaders.schema.SECTORS
    levels: tuple[str, ...] = ()  # codes of loaders.schema.LEVELS
    provinces: tuple[str, ...] = ()
    # Agency names (as classified): set by a click on an agency's bar. The facts frame keeps no agency beside
    # the other breakdowns, so the router narrows to these agencies with the store's agency_facts, not here.
    agencies: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered."""
        return not any(getattr(self, f.name) for f in fields(self))

    @property
    def selects_cohorts(self) -> bool:
        """True when program, year or angkatan narrow the cohorts."""
        return bool(self.programs or self.years or self.angkatan)


FILTER_FIELDS: Final = tuple(f.name for f in fields(Filters))


@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    return {name.casefold(): name for name in all_provinces()}


def _values(raw: object, split: bool) -> list[str]:
    """The text values of one query parameter (a string or a sequence of strings)."""
    if isinstance(raw, str | int):
        items: Iterable[object] = [raw]
    elif isinstance(raw, Sequence) and not isinstance(raw, bytes | bytearray):
        items = raw
    else:
        items = []
    out: list[str] = []
    for item in items:
        if not isinstance(item, str | int) or isinstance(item, bool):
            continue
        text = str(item)
        out.extend(part.strip() for part in (text.split(",") if split else [text]))
    return [v for v in out if v and len(v) <= MAX_TEXT and v.isprintable()]


def _code_lookup(codes: Mapping[str, str]) -> dict[str, str]:
    lookup = {code: key for key, code in codes.items()}
    lookup.update({key: key for key in codes})
    return lookup


_SECTOR_LOOKUP: Final = _code_lookup(SECTOR_CODES)
_LEVEL_LOOKUP: Final = _code_lookup(LEVEL_CODES)


def _parse(field: str, value: str) -> str | int | None:
    """One URL value as a Filters value, or None when it is not one."""
    if field == "years":
        if value.isascii() and value.isdigit() and YEAR_RANGE[0] <= int(value) <= YEAR_RANGE[1]:
            return int(value)
        return None
    if field == "sectors":
        return _SECTOR_LOOKUP.get(value.casefold())
    if field == "levels":
        return _LEVEL_LOOKUP.get(value.casefold())
    if field == "provinces":
        return _province_names().get(value.casefold())
    if field == "angkatan":
        upper = value.upper()
        return upper if len(upper) <= 20 else None
    return value


def _unique(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys(values))


def filters_from_query(params: Mapping[str, str | Sequence[str]]) -> Filters:
    """Filters from URL query parameters; unknown keys and values are ignored, never raises."""
    chosen: dict[str, tuple[Any, ...]] = {}
    try:
        items = list(params.items())
    except Exception:  # a query object that cannot even be listed: show everything
        return Filters()
    by_key = {key: field for field, key in QUERY_KEYS.items()}
    for key, raw in items:
        field = by_key.get(key) if isinstance(key, str) else None
        if field is None:
            continue
        parsed = (_parse(field, v) for v in _values(raw, field in _SPLIT_FIELDS))
        values = _unique(v for v in parsed if v is not None)[:MAX_VALUES]
        chosen[field] = _unique((*chosen.get(field, ()), *values))
    return Filters(**chosen)


def filters_to_query(filters: Filters) -> dict[str, list[str]]:
    """URL query parameters for the filters (empty fields left out); filters_from_query reads them back."""
    encode = {"sectors": SECTOR_CODES, "levels": LEVEL_CODES}
    query: dict[str, list[str]] = {}
    for field in FILTER_FIELDS:
        values = getattr(filters, field)
        if values:
            codes = encode.get(field, {})
            query[QUERY_KEYS[field]] = [codes.get(str(v), str(v)) for v in values]
    return query


# ----------------------------------------------------------------------------------------------- options


def _distinct(column: pd.Series | None, normalise: Callable[[Any], Any]) -> set[Any]:
    """The normalised distinct values of a column (NA left out), normalising each distinct value once."""
    if column is None:
        return set()
    return {normalise(value) for value in pd.unique(column.dropna())}


def _present(facts: pd.DataFrame, column: str) -> set[str]:
    """Non-empty values of a categorical facts column on rows with participants."""
    codes = facts[column].cat.codes.to_numpy()
    counted = np.bincount(
        codes[(facts["n"].to_numpy() > 0) & (codes >= 0)], minlength=len(facts[column].cat.categories)
    )
    return {
        str(value)
        for value, count in zip(facts[column].cat.categories, counted, strict=True)
        if count and str(value)
    }


def filter_options(cohorts: pd.DataFrame, facts: pd.DataFrame) -> dict[str, list[Any]]:
    """The values each filter can offer, keyed by Filters field: programs (by name), years (newest
    first), angkatan (I, II, ...), and the sectors, levels (fixed order) and provinces (by name) present."""
    facts = prepare_facts(facts)
    programs = sorted(_distinct(cohorts.get("program"), lambda p: str(p).strip()) - {""})
    years = sorted(_distinct(cohorts.get("year"), int), reverse=True)
    angkatan = sorted(
        _distinct(cohorts.get("angkatan"), lambda a: str(a).strip().upper()) - {""},
        key=lambda a: (angkatan_number(a), a),
    )
    sectors, levels = _present(facts, "sector"), _present(facts, "level")
    return {
        "programs": programs,
        "years": years,
        "angkatan": angkatan,
        "sectors": [s for s in SECTORS if s in sectors],
        "levels": [level for level in LEVELS if level in levels],
        "provinces": sorted(_present(facts, "province")),
    }


# ----------------------------------------------------------------------------------------------- applying


def _matches(column: pd.Series, wanted: Iterable[Any], normalise: Callable[[Any], Any]) -> np.ndarray:
    """Boolean mask: normalise(value) is one of `wanted` (NA taken as ""), normalising each distinct value once."""
    chosen = set(wanted)
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    hits = np.array([normalise(value) in chosen for value in uniques] + ["" in chosen], dtype=bool)
    return hits[codes]  # code -1 (NA) picks the last entry


def _cohort_mask(cohorts: pd.DataFrame, filters: Filters) -> np.ndarray:
    """Boolean mask of the cohorts matching the program, year and angkatan filters."""
    mask = np.ones(len(cohorts), dtype=bool)
    if filters.programs:
        mask &= _matches(cohorts["program"], filters.programs, lambda p: str(p).strip())
    if filters.years:
        years = pd.to_numeric(cohorts["year"], errors="coerce")
        mask &= years.isin(filters.years).to_numpy()
    if filters.angkatan:
        mask &= _matches(cohorts["angkatan"], filters.angkatan, lambda a: str(a).strip().upper())
    return mask


def selected_cohorts(cohorts: pd.DataFrame, filters: Filters, *, in_order: bool = False) -> pd.DataFrame:
    """The cohorts matching the program, year and angkatan filters, in time order.

    in_order=True: `cohorts` is already in time order (stats.order_cohorts, e.g. done once per store
    generation), so the selection keeps that order instead of sorting again."""
    mask = _cohort_mask(cohorts, filters)
    chosen = cohorts if mask.all() else cohorts[mask]
    return chosen.reset_index(drop=True) if in_order else order_cohorts(chosen)


def _isin(column: pd.Series, values: Sequence[str]) -> np.ndarray:
    """Boolean mask of a categorical column whose value is one of `values`, on its integer codes (one
    lookup per row; the last entry answers code -1, NA)."""
    positions = column.cat.categories.get_indexer(list(values))
    chosen = np.zeros(len(column.cat.categories) + 1, dtype=bool)
    chosen[positions[positions >= 0]] = True
    return chosen[column.cat.codes.to_numpy()]


def _id_mask(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Boolean mask of `ids` that are in `wanted`: a lookup table when the ids are small non-negative
    integers (cohort ids), else np.isin (which sorts)."""
    if not len(ids) or not len(wanted):
        return np.zeros(len(ids), dtype=bool)
    if not dense_ids(ids, wanted):
        return np.isin(ids, wanted)
    table = np.zeros(int(max(ids.max(), wanted.max())) + 1, dtype=bool)
    table[wanted] = True
    return table[ids]


def apply_filters(facts: pd.DataFrame, cohorts: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The facts of the selected cohorts, restricted to the chosen sectors, levels and provinces (not to the
    agencies: pass the facts of those agencies, Store.agency_facts, when filters.agencies is set)."""
    facts = prepare_facts(facts)
    mask: np.ndarray | None = None

    def narrow(condition: np.ndarray) -> None:
        nonlocal mask
        mask = condition if mask is None else mask & condition

    if filters.selects_cohorts:
        ids = cohorts.loc[_cohort_mask(cohorts, filters), "cohort_id"].to_numpy("int64")
        narrow(_id_mask(facts["cohort_id"].to_numpy(), ids))
    if filters.sectors:
        narrow(_isin(facts["sector"], filters.sectors))
    if filters.levels:
        narrow(_isin(facts["level"], filters.levels))
    if filters.provinces:
        narrow(_isin(facts["province"], filters.provinces))
    if mask is None or mask.all():  # nothing left out (e.g. facts filtered already): no copy
        return facts
    return facts[mask]  # one selection of the rows, whatever the filters


def cohort_filters(cohorts: pd.DataFrame, cohort_ids: Iterable[int]) -> dict[str, list[Any]]:
    """The program, year and angkatan filters that select these cohorts (a click on a cohort's bar in Tren):
    Filters field -> values, each value once, fields without a value left out."""
    wanted = {int(i) for i in cohort_ids}
    rows = cohorts[pd.to_numeric(cohorts["cohort_id"]).isin(wanted)]
    found: dict[str, list[Any]] = {"programs": [], "years": [], "angkatan": []}
    for program, year, angkatan in zip(rows["program"], rows["year"], rows["angkatan"], strict=True):
        if isinstance(program, str) and program.strip():
            found["programs"].append(program.strip())
        if year is not None and not pd.isna(year):
            found["years"].append(int(year))
        if isinstance(angkatan, str) and angkatan.strip():
            found["angkatan"].append(angkatan.strip().upper())
    return {field: list(dict.fromkeys(values)) for field, values in found.items() if values}
