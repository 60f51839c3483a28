"""Counts and shares behind the dashboard's numbers: pure functions over the facts and cohorts frames.

Every breakdown returns a frame with at least the columns key, label, count, share (of the breakdown's
total), in a fixed order with the unknown row last, and always sums to its total.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Final

import numpy as np
import pandas as pd
from babel.dates import get_month_names
from babel.numbers import format_decimal, format_percent

from loaders.metadata import program_short_name
from loaders.schema import AGE_BANDS, GENDERS, GOLONGAN_GROUPS, REGIONAL_LEVELS, SECTORS
from peserta.facts import prepare_facts
from peserta.i18n import N_, dimension_value_label, level_label, normalise_lang, nt, sector_label, t

BREAKDOWN_COLUMNS: Final = ("key", "label", "count", "share")
OTHERS_KEY: Final = "__lainnya__"  # top_agencies' remainder row (agency names never look like this)
WIB: Final = timezone(timedelta(hours=7), "WIB")  # Jakarta time, no daylight saving
_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_PATTERN: Final = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_UNORDERED: Final = 10**6


# ----------------------------------------------------------------------------------------------- formats


def format_count(value: int, lang: str = "id") -> str:
    """An integer in the language's notation: 1234 -> '1.234' (id) / '1,234' (en)."""
    return _format_count(int(value), normalise_lang(lang))


def format_share(value: float, lang: str = "id") -> str:
    """A fraction as a percentage with one decimal: 0.5385 -> '53,8%' (id) / '53.8%' (en)."""
    return _format_share(round(float(value), 6), normalise_lang(lang))


@lru_cache(maxsize=8192)  # charts format the same few numbers many times; Babel is slow per call
def _format_count(value: int, locale: str) -> str:
    return format_decimal(value, locale=locale)


@lru_cache(maxsize=8192)
def _format_share(value: float, locale: str) -> str:
    return format_percent(value, locale=locale, format="#,##0.0%")


@lru_cache(maxsize=64)
def _month(month: int, lang: str) -> str:  # Babel looks the locale up on every call: 60 us, 33,000 cohorts
    return str(get_month_names("wide", locale=normalise_lang(lang))[month])


def format_date(day: date, lang: str = "id") -> str:
    """'5 September 2023' (id) / '5 September 2023' (en), month names from CLDR."""
    return f"{day.day} {_month(day.month, lang)} {day.year}"


def format_period(start: date | None, end: date | None, lang: str = "id") -> str:
    """'5-8 September 2023', '19 Februari-21 Juni 2024', or '' when unknown."""
    if start is None or pd.isna(start):
        return ""
    end = start if end is None or pd.isna(end) else end
    if start == end:
        return format_date(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{end.day} {_month(end.month, lang)} {end.year}"
    head = f"{start.day} {_month(start.month, lang)}" + ("" if start.year == end.year else f" {start.year}")
    return f"{head}-{format_date(end, lang)}"


def format_periods(starts: pd.Series, ends: pd.Series, lang: str = "id") -> list[str]:
    """format_period of every (start, end) pair of two date columns: the dates split into numbers once,
    not formatted one object at a time (tens of thousands of cohorts)."""
    start, end = _dates(starts), _dates(ends)
    end = np.where(np.isnat(end), start, end)
    months = ["", *(_month(month, lang) for month in range(1, 13))]

    def split(moments: np.ndarray) -> tuple[list[int], list[int], list[int]]:
        day = moments.astype("datetime64[D]")
        month = day.astype("datetime64[M]")
        years = (day.astype("datetime64[Y]").astype(np.int64) + 1970).tolist()
        return years, (month.astype(np.int64) % 12 + 1).tolist(), (day - month).astype(np.int64).tolist()

    (y1, m1, d1), (y2, m2, d2) = split(start), split(end)
    out = []
    for i, (missing, same) in enumerate(zip(np.isnat(start).tolist(), (start == end).tolist(), strict=True)):
        if missing:
            out.append("")
        elif same:
            out.append(f"{d1[i] + 1} {months[m1[i]]} {y1[i]}")
        elif (y1[i], m1[i]) == (y2[i], m2[i]):
            out.append(f"{d1[i] + 1}-{d2[i] + 1} {months[m2[i]]} {y2[i]}")
        else:
            head = f"{d1[i] + 1} {months[m1[i]]}" + ("" if y1[i] == y2[i] else f" {y1[i]}")
            out.append(f"{head}-{d2[i] + 1} {months[m2[i]]} {y2[i]}")
    return out


def format_timestamp(moment: datetime | None, lang: str = "id") -> str:
    """A stored UTC time in Jakarta time: '5 September 2023 14.03 WIB' (en: '2:03 PM'-free '14:03 WIB')."""
    if moment is None or pd.isna(moment):
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(WIB)
    clock = f"{local.hour:02d}.{local.minute:02d}" if normalise_lang(lang) == "id" else f"{local:%H:%M}"
    return f"{format_date(local.date(), lang)} {clock} WIB"


def cohort_label(program: str | None, angkatan: str | None, year: int | None) -> str:
    """'Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023' (missing parts left out)."""
    parts = [str(program).strip()] if _present(program) and str(program).strip() else []
    if _present(angkatan) and str(angkatan).strip():
        parts.append(f"Angkatan {str(angkatan).strip()}")
    if _present(year):
        parts.append(f"Tahun {int(year)}")  # type: ignore[arg-type]
    return " ".join(parts)


def cohort_labels(
    ids: pd.Series, programs: pd.Series, angkatan: pd.Series, years: pd.Series
) -> list[str]:
    """cohort_label of every row (or '#id' when it has no part), each part made once per distinct value."""
    program = _per_value(programs, lambda p: str(p).strip(), "")
    number = _per_value(angkatan, lambda a: f"Angkatan {str(a).strip()}" if str(a).strip() else "", "")
    year = _per_value(years, lambda y: f"Tahun {int(y)}", "")
    return [
        " ".join(part for part in parts if part) or f"#{c}"
        for c, *parts in zip(ids.tolist(), program, number, year, strict=True)
    ]


def cohort_title(cohort: pd.Series | dict[str, Any], lang: str = "id") -> str:
    """One cohorts-frame row as a selector option: 'Pelatihan ... Angkatan IV Tahun 2023 (5-8 September 2023)'."""
    label = cohort_label(cohort.get("program"), cohort.get("angkatan"), cohort.get("year"))
    label = label or t("cohort.unknown", lang, cohort_id=cohort.get("cohort_id", "?"))
    period = format_period(cohort.get("start_date"), cohort.get("end_date"), lang)
    return f"{label} ({period})" if period else label


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and np.isnan(value)) and value is not pd.NA


def angkatan_number(angkatan: str | None) -> int:
    """Order of an angkatan: 'IV' -> 4, '12' -> 12; anything else sorts last."""
    text = str(angkatan or "").strip().upper()
    if text.isdigit():
        return int(text)
    if not text or not _ROMAN_PATTERN.match(text):
        return _UNORDERED
    values = [_ROMAN[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# ----------------------------------------------------------------------------------------------- sums


Rows = slice | np.ndarray  # positions of facts rows: a slice when they are one run (facts grouped by dimension)


def _codes_equal(column: pd.Series, value: str) -> np.ndarray:
    """Boolean mask of a categorical column equal to `value`, on its integer codes."""
    position = column.cat.categories.get_indexer([value])[0]
    codes = column.cat.codes.to_numpy()
    return codes == position if position >= 0 else np.zeros(len(codes), dtype=bool)


def _positions(mask: np.ndarray) -> Rows:
    """The True positions of a mask: a slice (a view, no copy, when read) when they are one run, as a
    dimension's rows are in a facts frame grouped by dimension (the store's frames are)."""
    count = int(np.count_nonzero(mask))
    if not count:
        return slice(0, 0)
    start = int(mask.argmax())
    if mask[start : start + count].all():
        return slice(start, start + count)
    return np.flatnonzero(mask)


def _rows(facts: pd.DataFrame, dimension: str, sector: str | None = None) -> Rows:
    """Positions of one dimension's rows (of one sector if given)."""
    rows = _positions(_codes_equal(facts["dimension"], dimension))
    if sector is None:
        return rows
    position = facts["sector"].cat.categories.get_indexer([sector])[0]
    hits = facts["sector"].cat.codes.to_numpy()[rows] == position
    if isinstance(rows, slice):
        return np.flatnonzero(hits) + rows.start
    return rows[hits]


def _sum_rows(facts: pd.DataFrame, rows: Rows, by: str) -> tuple[np.ndarray, np.ndarray]:
    """(categories, sums): n summed per category of column `by` over the given rows, vectorised."""
    column = facts[by]
    categories = np.asarray(column.cat.categories, dtype=object)
    codes, counts = column.cat.codes.to_numpy()[rows], facts["n"].to_numpy()[rows]
    return categories, np.rint(np.bincount(codes, weights=counts, minlength=len(categories))).astype("int64")


def dense_ids(ids: np.ndarray, *others: np.ndarray) -> bool:
    """True when non-empty integer id arrays are small and non-negative (cohort ids): a table indexed by id
    (max + 1 entries) then answers lookups and counts without sorting."""
    arrays = [a for a in (ids, *others) if len(a)]
    if len(arrays) <= len(others):  # an empty one
        return False
    low, high = min(int(a.min()) for a in arrays), max(int(a.max()) for a in arrays)
    return low >= 0 and high <= 4 * len(ids) + 1_000_000


def _distinct_ids(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct ids ascending, each id's position among them): np.unique(ids, return_inverse=True), by
    counting when the ids are small non-negative integers (cohort ids) instead of sorting."""
    if not dense_ids(ids):
        distinct, inverse = np.unique(ids, return_inverse=True)
        return distinct, inverse.reshape(-1)
    present = np.bincount(ids)
    distinct = np.flatnonzero(present)
    rank = np.cumsum(present > 0) - 1
    return distinct.astype(ids.dtype, copy=False), rank[ids]


def _sum_by(
    facts: pd.DataFrame, dimension: str, by: str = "value", sector: str | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(categories, sums): n summed per category of column `by` over one dimension's rows, vectorised."""
    return _sum_rows(facts, _rows(facts, dimension, sector), by)


def _sums(
    facts: pd.DataFrame, dimension: str, by: str = "value", sector: str | None = None
) -> dict[str, int]:
    """n summed per value of categorical column `by` over one dimension's rows (non-zero sums only)."""
    categories, sums = _sum_by(facts, dimension, by, sector)
    nonzero = np.flatnonzero(sums)
    return {str(categories[i]): int(sums[i]) for i in nonzero}


def _frame(
    keys: Sequence[str], labels: Sequence[str], counts: Sequence[int], **extra: Sequence[Any]
) -> pd.DataFrame:
    total = int(sum(counts))
    frame = pd.DataFrame(
        {
            "key": pd.Series(list(keys), dtype=object),
            "label": pd.Series(list(labels), dtype=object),
            "count": np.asarray(counts, dtype="int64"),
            "share": np.asarray([c / total if total else 0.0 for c in counts], dtype="float64"),
        }
    )
    for name, values in extra.items():
        frame[name] = pd.Series(list(values), dtype=object)
    return frame


def _fixed(sums: dict[str, int], keys: Sequence[str], dimension: str, lang: str) -> pd.DataFrame:
    """Known keys in order, then an unknown row ('' key) holding everything else, so the sum holds."""
    counts = [sums.get(key, 0) for key in keys]
    unknown = sum(sums.values()) - sum(counts)
    keys = [*keys, ""]
    return _frame(keys, [dimension_value_label(dimension, k, lang) for k in keys], [*counts, unknown])


# ----------------------------------------------------------------------------------------------- headline


@dataclass(frozen=True)
class Kpis:
    """The headline numbers of a (filtered) facts frame."""

    participants: int
    central: int
    regional: int
    other: int
    unknown: int
    agencies: int  # distinct non-empty agency names
    provinces: int  # distinct non-empty provinces
    cohorts: int  # distinct cohorts with participants

    def count(self, sector: str) -> int:
        """Participants of one sector ('central', 'regional', 'other', 'unknown')."""
        return int(getattr(self, sector))

    def share(self, sector: str) -> float:
        """A sector's share of the participants (0.0 when there are none)."""
        return self.count(sector) / self.participants if self.participants else 0.0


def participant_count(facts: pd.DataFrame) -> int:
    """Participant rows the facts count (the 'total' dimension): Store.count_participants without a search."""
    facts = prepare_facts(facts)
    return int(facts["n"].to_numpy()[_rows(facts, "total")].sum())


def kpis(facts: pd.DataFrame) -> Kpis:
    """Participants, per-sector counts, and distinct agencies, provinces and cohorts."""
    facts = prepare_facts(facts)
    total = _rows(facts, "total")  # found once, summed three ways
    categories, sums = _sum_rows(facts, total, "sector")
    sectors = {str(categories[i]): int(sums[i]) for i in np.flatnonzero(sums)}
    known = {s: sectors.get(s, 0) for s in ("central", "regional", "other")}
    participants = sum(sectors.values())
    provinces, by_province = _sum_rows(facts, total, "province")
    agencies, by_agency = _sum_by(facts, "agency", "value")
    counted = facts["n"].to_numpy()[total] > 0
    return Kpis(
        participants=participants,
        **known,
        unknown=participants - sum(known.values()),
        agencies=int(np.count_nonzero((by_agency > 0) & (agencies != ""))),
        provinces=int(np.count_nonzero((by_province > 0) & (provinces != ""))),
        cohorts=len(_distinct_ids(facts["cohort_id"].to_numpy()[total][counted])[0]),
    )


# ----------------------------------------------------------------------------------------------- breakdowns


def by_sector(facts: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Participants per sector: always the four rows central, regional, other, unknown."""
    sums = _sums(prepare_facts(facts), "total", "sector")
    counts = [sums.get(s, 0) for s in SECTORS[:-1]]
    counts.append(sum(sums.values()) - sum(counts))
    return _frame(SECTORS, [sector_label(s, lang) for s in SECTORS], counts)


def regional_by_level(facts: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Pemda participants per level (province, regency, city, unknown); share of the Pemda total."""
    sums = _sums(prepare_facts(facts), "total", "level", sector="regional")
    counts = [sums.get(level, 0) for level in REGIONAL_LEVELS]
    keys = [*REGIONAL_LEVELS, ""]
    return _frame(keys, [level_label(k, lang) for k in keys], [*counts, sum(sums.values()) - sum(counts)])


def by_gender(facts: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Participants per gender: L, P, unknown."""
    return _fixed(_sums(prepare_facts(facts), "gender"), GENDERS, "gender", lang)


def by_golongan(facts: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Participants per golongan group: I, II, III, IV, PPPK, unknown."""
    return _fixed(_sums(prepare_facts(facts), "golongan"), GOLONGAN_GROUPS, "golongan", lang)


def by_age_band(facts: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Participants per age band: <30, 30-39, 40-49, 50-59, 60+, unknown."""
    return _fixed(_sums(prepare_facts(facts), "age"), AGE_BANDS, "age", lang)


def by_province(facts: pd.DataFrame, lang: str = "id", sector: str | None = None) -> pd.DataFrame:
    """One row per province with participants (of one sector if given), most first (ties by name),
    unknown province last."""
    prepared = prepare_facts(facts)
    sums = _sums(prepared, "total", "province", sector=sector)
    named = sorted(((k, c) for k, c in sums.items() if k), key=lambda kc: (-kc[1], kc[0]))
    labels = [dimension_value_label("province", k, lang) for k, _ in named]
    if sums.get(""):
        # No province: K/L head offices have none (not "unknown"); say so, as the map's caption does.
        central = (
            sums[""]
            if sector == "central"
            else _sums(prepared, "total", "province", sector="central").get("", 0)
        )
        key = N_("province.none_central") if central == sums[""] else (N_("province.none_mixed") if central else "")
        named.append(("", sums[""]))
        labels.append(t(key, lang) if key else dimension_value_label("province", "", lang))
    return _frame([k for k, _ in named], labels, [c for _, c in named])


def top_agencies(facts: pd.DataFrame, n: int = 10, lang: str = "id") -> pd.DataFrame:
    """The n agencies with most participants (with their sector), then 'Lainnya' and unknown rows."""
    facts = prepare_facts(facts)
    mask = _rows(facts, "agency")
    values, sectors = facts["value"], facts["sector"]
    n_sectors = len(sectors.cat.categories)
    cells = values.cat.codes.to_numpy()[mask].astype("int64") * n_sectors + sectors.cat.codes.to_numpy()[mask]
    grid = np.bincount(
        cells, weights=facts["n"].to_numpy()[mask], minlength=len(values.cat.categories) * n_sectors
    ).reshape(len(values.cat.categories), n_sectors)
    totals = np.rint(grid.sum(axis=1)).astype("int64")
    present = np.flatnonzero(totals)
    names = np.asarray(values.cat.categories, dtype=object)[present]
    agencies = pd.DataFrame(
        {
            "name": names,
            "count": totals[present],
            "sector": np.asarray(sectors.cat.categories, dtype=object)[grid[present].argmax(axis=1)]
            if present.size
            else np.array([], dtype=object),
        }
    )
    unknown = int(agencies.loc[names == "", "count"].sum())
    named = agencies[names != ""].sort_values(["count", "name"], ascending=[False, True], kind="stable")
    top, rest, tie = _fair_top(named, max(n, 0))
    keys = [str(name) for name in top["name"]]
    labels = list(keys)
    counts = [int(c) for c in top["count"]]
    sector_of = [str(sector) for sector in top["sector"]]
    if len(rest):
        keys.append(OTHERS_KEY)
        labels.append(nt("agency.others", len(rest), lang, count=format_count(len(rest), lang)))
        counts.append(int(rest["count"].sum()))
        sector_of.append("")
    if unknown:
        keys.append("")
        labels.append(t("value.unknown", lang))
        counts.append(unknown)
        sector_of.append("")
    frame = _frame(keys, labels, counts, sector=sector_of)
    frame["sector_label"] = [sector_label(s, lang) if s else "" for s in sector_of]
    frame.attrs["tie"] = tie
    return frame


def _fair_top(named: pd.DataFrame, n: int) -> tuple[pd.DataFrame, pd.DataFrame, Tie | None]:
    """The first n agencies by count (named: sorted by count, then name) and the rest. When agencies with the
    same count straddle the cut, the places left go to them in turn by sector (K/L, Pemda, ...: a small
    cohort where most agencies send one person keeps both sides in view, not the first letters of the
    alphabet); the Tie says how many shared that count and how many were shown."""
    if len(named) <= n or n == 0:
        return named.iloc[:n], named.iloc[n:], None
    cut = int(named["count"].iloc[n - 1])
    if int(named["count"].iloc[n]) != cut:
        return named.iloc[:n], named.iloc[n:], None
    above = named[named["count"] > cut]
    tied = named[named["count"] == cut]
    queues = [
        list(tied.index[tied["sector"] == s]) for s in (*SECTORS, *sorted(set(tied["sector"]) - set(SECTORS)))
    ]
    chosen: list[Any] = []
    while len(chosen) < n - len(above):
        for queue in queues:
            if queue and len(chosen) < n - len(above):
                chosen.append(queue.pop(0))
    top = pd.concat([above, named.loc[sorted(chosen, key=lambda i: str(named.at[i, "name"]))]])
    return top, named.drop(top.index), Tie(count=cut, tied=len(tied), shown=len(chosen))


@dataclass(frozen=True)
class Tie:
    """Agencies sharing the count at the cut of a top-n list: how many share it, how many are shown."""

    count: int
    tied: int
    shown: int


# ----------------------------------------------------------------------------------------------- trend


def _per_value(column: pd.Series, key: Callable[[Any], Any], missing: Any) -> np.ndarray:
    """key(value) for every value of a column, computed once per distinct value (`missing` for NA)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    keys = [key(value) for value in uniques]
    return np.asarray([*keys, missing], dtype=object)[codes]  # code -1 (NA) picks the last entry


def _text_rank(column: pd.Series) -> np.ndarray:
    """Each value's rank in text order (NA as ""), sorting only the distinct values."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    texts = [*(str(value) for value in uniques), ""]
    _, rank = np.unique(np.asarray(texts, dtype=str), return_inverse=True)
    return rank.reshape(-1)[codes]


def _dates(column: pd.Series) -> np.ndarray:
    """A column of dates (date objects, strings, timestamps) as datetime64[us], NaT where not a date."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    parsed = pd.to_datetime(pd.Series(uniques, dtype=object), errors="coerce").to_numpy("datetime64[us]")
    return np.append(parsed, np.datetime64("NaT", "us"))[codes]


def _mid_years(years: pd.Series) -> np.ndarray:
    """1 July of each year as datetime64[us] (NaT for a missing year)."""
    codes, uniques = pd.factorize(
        pd.to_numeric(years, errors="coerce").astype("float64"), use_na_sentinel=True
    )
    frame = pd.DataFrame({"year": np.append(uniques, np.nan), "month": 7, "day": 1})
    return pd.to_datetime(frame, errors="coerce").to_numpy("datetime64[us]")[codes]


def order_cohorts(cohorts: pd.DataFrame) -> pd.DataFrame:
    """Cohorts in time order: start date (else 1 July of the year), then angkatan number, program, id."""
    if cohorts.empty:
        return cohorts.reset_index(drop=True)
    # Keys computed once per distinct value (a store holds tens of thousands of cohorts but few programs,
    # angkatan, years and dates), then one stable sort.
    rows = len(cohorts)
    missing = pd.Series(np.nan, index=cohorts.index)
    mid_year = _mid_years(cohorts["year"] if "year" in cohorts else missing)
    start = _dates(cohorts["start_date"]) if "start_date" in cohorts else mid_year
    when = np.where(np.isnat(start), mid_year, start)
    when_key = np.where(np.isnat(when), np.iinfo("int64").max, when.view("int64"))  # no date, no year: last
    angkatan = _per_value(cohorts.get("angkatan", missing), angkatan_number, angkatan_number(None))
    program = _text_rank(cohorts["program"]) if "program" in cohorts else np.zeros(rows, "int64")
    ids = pd.to_numeric(cohorts["cohort_id"]).to_numpy()
    order = np.lexsort((ids, program, angkatan.astype("int64"), when_key))
    return cohorts.iloc[order].reset_index(drop=True)


def cohort_ids(facts: pd.DataFrame) -> np.ndarray:
    """Ids of the cohorts with participants in a facts frame, ascending."""
    facts = prepare_facts(facts)
    total = _rows(facts, "total")
    ids, position = _distinct_ids(facts["cohort_id"].to_numpy()[total])
    counts = np.bincount(position, weights=facts["n"].to_numpy()[total], minlength=len(ids))
    return np.sort(ids[counts > 0])


def _cohort_sector_counts(facts: pd.DataFrame) -> pd.DataFrame:
    """cohort_id x sector participant counts (cohorts with participants only; all four sector columns)."""
    facts = prepare_facts(facts)
    mask = _rows(facts, "total")
    ids, cohort_index = _distinct_ids(facts["cohort_id"].to_numpy()[mask])
    sector_cats = [str(c) for c in facts["sector"].cat.categories]
    # stray sector codes count as unknown, so each cohort's row still sums to its participants
    column_of = np.array(
        [SECTORS.index(c) if c in SECTORS else SECTORS.index("unknown") for c in sector_cats]
    )
    sector_index = (
        column_of[facts["sector"].cat.codes.to_numpy()[mask]] if len(sector_cats) else np.zeros(0, int)
    )
    grid = np.bincount(
        cohort_index * len(SECTORS) + sector_index,
        weights=facts["n"].to_numpy()[mask],
        minlength=len(ids) * len(SECTORS),
    ).reshape(len(ids), len(SECTORS))
    table = pd.DataFrame(
        np.rint(grid).astype("int64"), index=pd.Index(ids, name="cohort_id"), columns=list(SECTORS)
    )
    return table[table.sum(axis=1) > 0]


def _cohort_info(
    cohorts: pd.DataFrame, ids: Iterable[int], last: int | None = None, in_order: bool = False
) -> pd.DataFrame:
    """program, year, angkatan, start_date and label for each cohort id, in time order (only the `last`
    most recent ones when given; labels are made for those alone). in_order: `cohorts` is already in time
    order (order_cohorts), so it is not sorted again (ids it lacks come last, as order_cohorts puts them)."""
    columns = ["cohort_id", "program", "angkatan", "year", "start_date", "end_date"]
    known = cohorts.reindex(columns=columns)
    wanted = pd.Index(list(ids))
    missing = wanted.difference(pd.Index(known["cohort_id"]))
    if len(missing):
        known = pd.concat([known, pd.DataFrame({"cohort_id": list(missing)})], ignore_index=True)
    info = known[known["cohort_id"].isin(wanted)].astype({"cohort_id": "int64"})
    info = info.reset_index(drop=True) if in_order else order_cohorts(info)
    if last is not None and len(info) > last:
        info = info.iloc[len(info) - max(last, 0) :].reset_index(drop=True)
    info["cohort"] = cohort_labels(info["cohort_id"], info["program"], info["angkatan"], info["year"])
    return info


def cohort_trend(
    facts: pd.DataFrame,
    cohorts: pd.DataFrame,
    lang: str = "id",
    last: int | None = None,
    *,
    in_order: bool = False,
) -> pd.DataFrame:
    """One row per cohort x sector: cohort_id, cohort, program, year, angkatan, start_date, sector, label,
    count, share (of the cohort), cohort_total; cohorts in time order (the `last` most recent when given;
    in_order: `cohorts` is in time order already)."""
    counts = _cohort_sector_counts(facts)
    return _trend_rows(counts, _cohort_info(cohorts, counts.index, last, in_order), lang)


def _trend_rows(counts: pd.DataFrame, info: pd.DataFrame, lang: str) -> pd.DataFrame:
    """cohort_trend from the cohort x sector counts and the cohorts' info (_cohort_info)."""
    columns = ["cohort_id", "cohort", "program", "year", "angkatan", "start_date"]
    grid = counts.reindex(info["cohort_id"].tolist())
    totals = grid.sum(axis=1).to_numpy()
    frame = info[columns].loc[info.index.repeat(len(SECTORS))].reset_index(drop=True)
    frame["sector"] = list(SECTORS) * len(info)
    frame["label"] = [sector_label(sector, lang) for sector in SECTORS] * len(info)
    frame["count"] = grid.to_numpy().reshape(-1).astype("int64")
    frame["cohort_total"] = np.repeat(totals, len(SECTORS)).astype("int64")
    frame["share"] = np.divide(
        frame["count"].to_numpy(),
        frame["cohort_total"].to_numpy(),
        out=np.zeros(len(frame)),
        where=frame["cohort_total"].to_numpy() > 0,
    )
    return frame[[*columns, "sector", "label", "count", "share", "cohort_total"]]


def _with_shares(frame: pd.DataFrame) -> pd.DataFrame:
    participants = frame["participants"].to_numpy()
    for sector in ("central", "regional"):
        share = np.divide(
            frame[sector].to_numpy(), participants, out=np.zeros(len(frame)), where=participants > 0
        )
        frame[f"{sector}_share"] = share
    return frame


def regional_share_by_cohort(
    facts: pd.DataFrame, cohorts: pd.DataFrame, last: int | None = None, *, in_order: bool = False
) -> pd.DataFrame:
    """Per cohort in time order (the `last` most recent when given): cohort_id, cohort, program, year,
    angkatan, start_date, participants, central, regional, central_share, regional_share (in_order:
    `cohorts` is in time order already)."""
    counts = _cohort_sector_counts(facts)
    return _share_rows(counts, _cohort_info(cohorts, counts.index, last, in_order))


def _share_rows(counts: pd.DataFrame, info: pd.DataFrame) -> pd.DataFrame:
    """regional_share_by_cohort from the cohort x sector counts and the cohorts' info (_cohort_info)."""
    line = counts.reindex(info["cohort_id"].tolist())
    frame = info[["cohort_id", "cohort", "program", "year", "angkatan", "start_date"]].copy()
    frame["participants"] = line.sum(axis=1).to_numpy(dtype="int64")
    frame["central"] = line["central"].to_numpy(dtype="int64")
    frame["regional"] = line["regional"].to_numpy(dtype="int64")
    return _with_shares(frame)


def _per_cohort(counts: pd.DataFrame, cohorts: pd.DataFrame) -> pd.DataFrame:
    """Per cohort with participants (no labels, no order), from the cohort x sector counts: cohort_id,
    program, year, participants, central, regional."""
    known = cohorts.reindex(columns=["cohort_id", "program", "year"]).drop_duplicates("cohort_id")
    known = known.set_index(pd.to_numeric(known["cohort_id"]).astype("int64"))
    frame = pd.DataFrame(
        {
            "cohort_id": counts.index.to_numpy(dtype="int64"),
            "program": known["program"].reindex(counts.index).to_numpy(dtype=object),
            "year": pd.to_numeric(known["year"].reindex(counts.index), errors="coerce").to_numpy(),
            "participants": counts.sum(axis=1).to_numpy(dtype="int64"),
            "central": counts["central"].to_numpy(dtype="int64"),
            "regional": counts["regional"].to_numpy(dtype="int64"),
        }
    )
    return frame


def regional_share_by_year(facts: pd.DataFrame, cohorts: pd.DataFrame) -> pd.DataFrame:
    """Per year (ascending; cohorts without a year left out): year, cohorts, participants, central,
    regional, central_share, regional_share."""
    return _share_by_year(_per_cohort(_cohort_sector_counts(facts), cohorts))


def _share_by_year(per_cohort: pd.DataFrame) -> pd.DataFrame:
    """regional_share_by_year from _per_cohort's frame."""
    known = per_cohort[per_cohort["year"].notna()]
    # Sums per year over np.unique's codes (years sorted): pandas' named aggregation took 6 ms for the 1,600
    # cohorts of one year at a million participants, on every new choice on Tren.
    years, at = np.unique(known["year"].to_numpy().astype("int64"), return_inverse=True)
    ids = known["cohort_id"].to_numpy("int64")
    span = int(ids.max()) + 1 if len(ids) else 1
    distinct = np.unique(at * span + ids) // span  # a year's code once per distinct cohort of it
    frame = pd.DataFrame(
        {
            "year": years,
            "cohorts": np.bincount(distinct, minlength=len(years)),
            **{
                column: np.bincount(at, weights=known[column].to_numpy(), minlength=len(years))
                for column in ("participants", "central", "regional")
            },
        }
    ).astype("int64")
    return _with_shares(frame)


def program_year_table(facts: pd.DataFrame, cohorts: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """Participants per program (rows, by name) and year (columns, ascending), with a total row and column.

    The first column holds the program name and is headed t('col.program'); year columns are named
    '2023', '2024', ...; the last column and the last row are headed t('col.total').
    """
    return _program_year(_per_cohort(_cohort_sector_counts(facts), cohorts), lang)


def _program_year(per_cohort: pd.DataFrame, lang: str) -> pd.DataFrame:
    """program_year_table from _per_cohort's frame."""
    unknown = t("value.unknown", lang)
    # labels made once per distinct program and year (few), not once per cohort (tens of thousands)
    program_codes, program_values = pd.factorize(per_cohort["program"], use_na_sentinel=True)
    program_names = [str(p) if _present(p) and str(p).strip() else unknown for p in program_values]
    programs = np.append(np.array(program_names, dtype=object), unknown)[program_codes]
    year_codes, year_values = pd.factorize(per_cohort["year"], use_na_sentinel=True)
    year_names = [str(int(y)) if _present(y) and not pd.isna(y) else unknown for y in year_values]
    years = np.append(np.array(year_names, dtype=object), unknown)[year_codes]
    table = (
        pd.DataFrame({"program": programs, "year": years, "n": per_cohort["participants"].to_numpy()})
        .groupby(["program", "year"], sort=False)["n"]
        .sum()
        .unstack("year", fill_value=0)
        .astype("int64")
    )
    year_columns = sorted(table.columns, key=lambda y: (not y.isdigit(), y))
    table = table.reindex(columns=year_columns).sort_index()
    total_label = t("col.total", lang)
    table[total_label] = table.sum(axis=1)
    table.loc[total_label] = table.sum(axis=0)
    table = table.astype("int64")
    table.index.name = t("col.program", lang)
    table.columns.name = None
    return table.reset_index()


@dataclass(frozen=True)
class TrendTables:
    """Everything the Tren page shows, from one selection: the `last` most recent cohorts by sector, the Pemda
    share per cohort and per year, participants per program and year, and the number of cohorts."""

    trend: pd.DataFrame
    share_by_cohort: pd.DataFrame
    share_by_year: pd.DataFrame
    program_year: pd.DataFrame
    n_cohorts: int


def trend_tables(
    facts: pd.DataFrame,
    cohorts: pd.DataFrame,
    lang: str = "id",
    last: int | None = None,
    *,
    in_order: bool = False,
) -> TrendTables:
    """cohort_trend, regional_share_by_cohort, regional_share_by_year and program_year_table of one selection
    (in_order: `cohorts` is in time order already). The cohort x sector counts and the cohorts' labels are
    made once for all four."""
    counts = _cohort_sector_counts(facts)
    info = _cohort_info(cohorts, counts.index, last, in_order)
    per_cohort = _per_cohort(counts, cohorts)
    return TrendTables(
        trend=_trend_rows(counts, info, lang),
        share_by_cohort=_share_rows(counts, info),
        share_by_year=_share_by_year(per_cohort),
        program_year=_program_year(per_cohort, lang),
        n_cohorts=len(counts),  # the cohorts with participants (cohort_ids)
    )


def last_updated(cohorts: pd.DataFrame) -> datetime | None:
    """When the newest cohort was uploaded (timezone-aware), or None when there is none."""
    if cohorts.empty or "uploaded_at" not in cohorts:
        return None
    moments = pd.to_datetime(cohorts["uploaded_at"], utc=True, errors="coerce").dropna()
    if moments.empty:
        return None
    return moments.max().to_pydatetime()


# ----------------------------------------------------------------------------------------------- labels


def program_short(program: str) -> str:
    """The short name people use for a program ('Pelatihan Kepemimpinan Administrator' -> 'PKA', 'Pelatihan
    Dasar CPNS' -> 'Latsar'), from data/reference/programs.csv; other programs by their own name."""
    return program_short_name(program)


def program_abbreviations(programs: Iterable[object]) -> dict[str, str]:
    """Short name -> full program name(s), first seen first: {'PKA': 'Pelatihan Kepemimpinan Administrator'};
    programs sharing a short name are joined with ' / '. Missing or blank programs are left out, and so are
    programs whose short name is just their own name without 'Pelatihan' (nothing to explain)."""
    names: dict[str, list[str]] = {}
    for program in programs:
        if not _present(program) or not str(program).strip():
            continue
        text = str(program).strip()
        short = program_short(text)
        if short.casefold() in text.casefold():
            continue
        same = names.setdefault(short, [])
        if text not in same:
            same.append(text)
    return {abbreviation: " / ".join(full) for abbreviation, full in names.items()}


def cohort_short_label(program: str | None, angkatan: str | None, year: int | None) -> str:
    """'PKA I/2024' for Pelatihan Kepemimpinan Administrator Angkatan I Tahun 2024 (missing parts left out)."""
    head = program_short(str(program).strip()) if _present(program) and str(program).strip() else ""
    tail = "/".join(
        str(int(x)) if isinstance(x, float) else str(x).strip()
        for x in (angkatan, year)
        if _present(x) and not pd.isna(x) and str(x).strip()
    )
    return " ".join(part for part in (head, tail) if part)


def cohort_short_names(cohorts: pd.DataFrame) -> dict[int, str]:
    """cohort_id -> 'PKA I/2024' (or '#id' when the cohort has no program, angkatan or year)."""
    columns = cohorts.reindex(columns=["cohort_id", "program", "angkatan", "year"])
    return {
        int(c): cohort_short_label(p, a, y) or f"#{c}"
        for c, p, a, y in zip(
            columns["cohort_id"], columns["program"], columns["angkatan"], columns["year"], strict=True
        )
    }


def without_province(facts: pd.DataFrame) -> tuple[int, int]:
    """Participants with no province: (from K/L, whose head offices have none; everyone else)."""
    central = by_province(facts, sector="central")
    everyone = by_province(facts)
    no_province = int(everyone.loc[everyone["key"] == "", "count"].sum())
    central_none = int(central.loc[central["key"] == "", "count"].sum())
    return central_none, no_province - central_none
