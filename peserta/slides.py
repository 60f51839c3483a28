"""The presentation as one pure model: the slides, what each one says, and the numbers behind it.

``build_slides`` is read by the presentation page, the PowerPoint deck, the PDF and the Excel recap, so
every export shows the dashboard's numbers: each slide's table comes from a ``peserta.stats`` function
and its chart data and figure are drawn from that same table. No slide holds a name or an NIP (the facts
frame has none). ``suppress_small_counts`` hides counts under 5 on request.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from loaders.schema import REGIONAL_LEVELS
from peserta import breakdowns, figures, stats
from peserta.breakdowns import Breakdown
from peserta.facts import prepare_facts
from peserta.filters import FILTER_LABELS, Filters, apply_filters, selected_cohorts
from peserta.i18n import N_, level_label, normalise_lang, nt, sector_label, t
from peserta.narrative import counted, join_words, summary_sentence

# Headline number -> text id of its label (kpi_table's rows).
KPI_KEYS: Final[dict[str, str]] = {
    "participants": N_("kpi.participants"),
    "central": N_("kpi.central"),
    "regional": N_("kpi.regional"),
    "other": N_("kpi.other"),
    "unknown": N_("kpi.unknown"),
    "agencies": N_("kpi.agencies"),
    "provinces": N_("kpi.provinces"),
    "cohorts": N_("kpi.cohorts"),
}
SMALL_COUNT: Final = 5  # counts from 1 to SMALL_COUNT - 1 are hidden when suppression is on
MAX_TREND_COHORTS: Final = 20  # more cohorts than this: the trend slide shows the Pemda share per year
FOOTER_FILTER_CHARS: Final = 160  # the filter list in a footer is cut here (the recap holds it whole)
COUNT_FORMAT: Final = "#,##0"
STACK_FORMAT: Final = "#,##0;-#,##0;;"  # empty zero section: no '0' labels on empty stack segments
SHARE_FORMAT: Final = "0.0%"
ROOM_FONT: Final = 22  # px: plotly text readable from the back of a meeting room
TILE_FONT: Final = 13  # px: province names on the tile map at most this large (smaller where tiles are small)
TILE_PADDING: Final = 3  # px kept free between a tile's name and each side of the tile
TILE_MARGIN: Final = 10  # px above and below the tile map for a room (its note sits on the sea, inside)
COLOURBAR_ROOM: Final = 110  # px right of the tile map for its colour bar, ticks and title
ROOM_ROW_FONT: Final = 18  # px: names beside horizontal bars (two lines each must fit a row)



@dataclass(frozen=True)
class Series:
    """One chart series: its name, a value per category (None = hidden), colours, and custom labels."""

    name: str
    values: tuple[float | None, ...]
    colours: tuple[str, ...]  # one colour for the whole series, or one per category
    labels: tuple[str | None, ...] = ()  # per category: a label to show instead of the value ('< 5')


@dataclass(frozen=True)
class Chart:
    """What a native (editable) chart needs: categories, series and the values' number format."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    number_format: str = COUNT_FORMAT


@dataclass(frozen=True, eq=False)
class Slide:
    """One slide: a title, one message sentence, what it shows (kind), and the numbers behind it.

    ``table`` is the peserta.stats table the slide's numbers come from (after suppression when on);
    ``chart`` the data of its native chart; ``figure`` builds the dashboard's plotly figure of the same
    table (None when the slide has no chart or hides small counts, which plotly cannot label).
    """

    key: str
    title: str
    message: str
    kind: str  # title | column | bar | stacked | line | text
    table: pd.DataFrame
    chart: Chart | None = None
    figure: Callable[[], go.Figure] | None = None
    lines: tuple[str, ...] = ()  # the title slide's details (dates, venue, participants)
    phone: Callable[[], go.Figure] | None = None  # the figure for a phone's width, where it differs
    suppressed: bool = False  # some count on this slide is hidden as '< 5'


# ----------------------------------------------------------------------------------------------- suppression


def suppress_small_counts(
    table: pd.DataFrame, k: int = SMALL_COUNT, *, by: str | None = None, count: str = "count"
) -> pd.DataFrame:
    """The table with counts from 1 to k-1 hidden: count <NA>, share NaN and `suppressed` True.

    Where exactly one count of a group (the whole table, or the rows sharing a `by` value) is hidden and
    the group's total is known, the smallest other non-zero count of the group is hidden too, so that the
    total cannot give the hidden one away. Zeros are shown.
    """
    counts = pd.to_numeric(table[count]).to_numpy(dtype="int64")
    hidden = (counts > 0) & (counts < k)
    groups = [np.arange(len(table))] if by is None else list(table.groupby(by, sort=False).indices.values())
    for rows in groups:
        rows = np.asarray(rows)
        if int(hidden[rows].sum()) != 1:
            continue
        others = rows[(~hidden[rows]) & (counts[rows] > 0)]
        if others.size:
            hidden[others[np.argmin(counts[others])]] = True
    out = table.copy()
    out[count] = pd.array(np.where(hidden, 0, counts), dtype="Int64")
    out.loc[hidden, count] = pd.NA
    if "share" in out.columns:
        out["share"] = pd.to_numeric(out["share"]).astype("float64").where(~hidden)
    out["suppressed"] = hidden
    return out


def suppress_row_counts(table: pd.DataFrame, columns: Sequence[str], k: int = SMALL_COUNT) -> pd.DataFrame:
    """A wide table with the small counts of `columns` hidden (<NA>) row by row: each row is one group of
    suppress_small_counts (a cohort's K/L, Pemda, ... counts)."""
    if table.empty:
        return table.copy()
    values = table[list(columns)].to_numpy(dtype="int64")
    long = pd.DataFrame({"row": np.repeat(np.arange(len(table)), len(columns)), "count": values.reshape(-1)})
    hidden = suppress_small_counts(long, k, by="row")["suppressed"].to_numpy().reshape(values.shape)
    out = table.copy()
    for j, column in enumerate(columns):
        out[column] = pd.array(values[:, j], dtype="Int64")
        out.loc[hidden[:, j], column] = pd.NA
    return out


def is_hidden(value: object) -> bool:
    """True for a count that suppression hid."""
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def count_text(value: object, lang: str, k: int = SMALL_COUNT) -> str:
    """'1.234', or '< 5' for a hidden count."""
    return t("peserta.suppressed", lang, k=k) if is_hidden(value) else stats.format_count(int(value), lang)  # type: ignore[call-overload]


def people_text(value: object, lang: str, k: int = SMALL_COUNT) -> str:
    """'14 peserta' / '1 participant', or '< 5 peserta' for a hidden count."""
    if is_hidden(value):
        return t("slides.people", lang, count=count_text(value, lang, k))
    return counted(int(value), "participant", lang)  # type: ignore[call-overload]


def count_share_text(value: object, share: object, lang: str, k: int = SMALL_COUNT) -> str:
    """'14 peserta (53,8%)', or '< 5 peserta' for a hidden count."""
    people = people_text(value, lang, k)
    return people if is_hidden(value) else f"{people} ({stats.format_share(float(share), lang)})"  # type: ignore[arg-type]


def share_text(value: object, lang: str) -> str:
    """'46,2%', or a dash where the share is hidden."""
    return "\u2013" if is_hidden(value) else stats.format_share(float(value), lang)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------------------------- text helpers


def describe_filters(filters: Filters, lang: str = "id", limit: int | None = None) -> str:
    """'Tahun: 2023; Jenis instansi: Pemerintah Daerah' or 'semua angkatan' (cut to `limit` characters)."""
    parts = []
    for name, key in FILTER_LABELS.items():
        values = getattr(filters, name)
        if not values:
            continue
        if name == "sectors":
            shown = [sector_label(str(v), lang) for v in values]
        elif name == "levels":
            shown = [level_label(str(v), lang) for v in values]
        else:
            shown = [str(v) for v in values]
        parts.append(f"{t(key, lang)}: {', '.join(shown)}")
    text = "; ".join(parts) if parts else t("slides.filters.none", lang)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return text


def footer_text(filters: Filters, cohorts: pd.DataFrame, lang: str, generated_at: datetime) -> str:
    """'Filter: ... · Sumber: ... · Dibuat 5 September 2023 14.03 WIB' (and a sample-data note)."""
    lang = normalise_lang(lang)
    # in_order: the selection's order does not matter here, and sorting every cohort took 25 ms of every
    # Presentasi run at 33,000 cohorts
    chosen = selected_cohorts(cohorts, filters, in_order=True)
    sample = bool(
        len(chosen) and "is_sample" in chosen and chosen["is_sample"].fillna(False).astype(bool).any()
    )
    return t(
        "slides.footer",
        lang,
        filters=describe_filters(filters, lang, FOOTER_FILTER_CHARS),
        source=t("slides.source_sample" if sample else "slides.source", lang),
        when=stats.format_timestamp(generated_at, lang),
    )


def slide_number(raw: object, count: int) -> int:
    """The 1-based slide number a URL asks for (?slide=3), kept within 1..count; 1 when unreadable."""
    text = str(raw).strip() if isinstance(raw, str | int) and not isinstance(raw, bool) else ""
    number = int(text) if text.isascii() and text.isdigit() and len(text) < 6 else 1
    return min(max(number, 1), max(count, 1))


def _cohort_tick(program: object, angkatan: object, year: object) -> str:
    """'PKA I/2024': a cohort named short enough for a chart axis."""
    head = figures.program_short(str(program)) if isinstance(program, str) and program.strip() else "?"
    tail = "/".join(
        str(int(x)) if isinstance(x, float) else str(x).strip()
        for x in (angkatan, year)
        if x is not None and not pd.isna(x) and str(x).strip()
    )
    return f"{head} {tail}".strip()


# ----------------------------------------------------------------------------------------------- tables


def cohort_table(
    facts: pd.DataFrame, cohorts: pd.DataFrame, lang: str = "id", *, in_order: bool = False
) -> pd.DataFrame:
    """Per cohort with participants, in time order: cohort_id, cohort, program, angkatan, year, period,
    venue, participants and one count column per sector (central, regional, other, unknown). in_order:
    `cohorts` is in time order already (stats.order_cohorts)."""
    trend = stats.cohort_trend(facts, cohorts, lang, in_order=in_order)
    columns = [
        "cohort_id", "cohort", "program", "angkatan", "year", "period", "venue", "participants",
        *stats.SECTORS,
    ]  # fmt: skip
    if trend.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    # cohort_trend's rows: one per cohort and sector, cohort by cohort, sectors in stats.SECTORS order
    info = trend.iloc[:: len(stats.SECTORS)].reset_index(drop=True)
    ids = info["cohort_id"].astype("int64")
    counts = trend["count"].to_numpy().reshape(-1, len(stats.SECTORS))
    known = cohorts.assign(cohort_id=pd.to_numeric(cohorts["cohort_id"]).astype("int64"))
    meta = known.drop_duplicates("cohort_id").set_index("cohort_id").reindex(ids)
    missing = pd.Series([None] * len(ids), index=ids, dtype=object)
    starts, ends = meta.get("start_date", missing), meta.get("end_date", missing)
    venues = meta.get("venue", missing)
    table = pd.DataFrame(
        {
            "cohort_id": ids.to_numpy(),
            "cohort": info["cohort"].to_numpy(),
            "program": info["program"].to_numpy(),
            "angkatan": info["angkatan"].to_numpy(),
            "year": info["year"].to_numpy(),
            "period": stats.format_periods(starts, ends, lang),
            "venue": [str(v).strip() if isinstance(v, str) else "" for v in venues.astype(object).tolist()],
            "participants": info["cohort_total"].astype("int64").to_numpy(),
            **{sector: counts[:, i].astype("int64") for i, sector in enumerate(stats.SECTORS)},
        }
    )
    return table[columns]


def kpi_table(facts: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """The headline numbers as rows key, label, count, share (share of the participants for sectors)."""
    numbers = stats.kpis(facts)
    keys = ["participants", *stats.SECTORS, "agencies", "provinces", "cohorts"]
    labels = [t(KPI_KEYS[key], lang) for key in keys]
    counts = [numbers.participants, *(numbers.count(s) for s in stats.SECTORS)]
    counts += [numbers.agencies, numbers.provinces, numbers.cohorts]
    shares = [np.nan, *(numbers.share(s) for s in stats.SECTORS), np.nan, np.nan, np.nan]
    groups = ["total", *(["sector"] * len(stats.SECTORS)), "agencies", "provinces", "cohorts"]
    return pd.DataFrame(
        {
            "key": keys,
            "label": labels,
            "count": np.asarray(counts, dtype="int64"),
            "share": np.asarray(shares, dtype="float64"),
            "group": groups,
        }
    )


# ----------------------------------------------------------------------------------------------- charts


def _values(table: pd.DataFrame) -> tuple[float | None, ...]:
    return tuple(None if is_hidden(v) else int(v) for v in table["count"])


def _labels(table: pd.DataFrame, lang: str, k: int) -> tuple[str | None, ...]:
    if "suppressed" not in table or not bool(table["suppressed"].any()):
        return ()
    return tuple(count_text(pd.NA, lang, k) if hidden else None for hidden in table["suppressed"])


def _breakdown_chart(table: pd.DataFrame, lang: str, colours: Sequence[str], k: int) -> Chart:
    """One series ('Peserta') over a breakdown's rows, coloured per row."""
    series = Series(t("axis.participants", lang), _values(table), tuple(colours), _labels(table, lang, k))
    return Chart(tuple(str(label) for label in table["label"]), (series,))


def _colours(keys: Iterable[object], colour_of: dict[str, str]) -> list[str]:
    """Colours as the dashboard's figures use them: named keys, unknown ('') grey, else neutral."""
    return [
        colour_of.get(str(key), figures.UNKNOWN_COLOUR if not key else figures.NEUTRAL_COLOUR) for key in keys
    ]


def _agency_chart(table: pd.DataFrame, lang: str, k: int) -> Chart:
    """Top agencies: one series per sector (K/L, Pemda, ...), each agency's count in its sector's series.
    The remainder ('Lainnya (15 instansi)') is named with its count but not drawn, as on the dashboard:
    summed over many agencies its bar dwarfed the named ones (15 beside Kementerian Keuangan's 2)."""
    sectors = table["sector"].fillna("").astype(str).tolist()
    labels = _labels(table, lang, k)
    rest = (table["key"] == stats.OTHERS_KEY).tolist()
    counts = _values(table)
    categories = tuple(
        nt("chart.agencies_rest", int(count), lang, label=str(label), count=stats.format_count(int(count), lang))
        if other and count is not None
        else str(label)
        for label, count, other in zip(table["label"], counts, rest, strict=True)
    )
    drawn = tuple(None if other else count for count, other in zip(counts, rest, strict=True))
    series = []
    for sector in [*stats.SECTORS, ""]:
        mine = [s == sector for s in sectors]
        if not any(v is not None for v, m in zip(drawn, mine, strict=True) if m):
            continue
        name = sector_label(sector, lang) if sector else t("slides.series.others", lang)
        values = tuple(v if m else None for v, m in zip(drawn, mine, strict=True))
        own = tuple(lab if m else None for lab, m in zip(labels, mine, strict=True)) if labels else ()
        colour = figures.SECTOR_COLOURS.get(sector, figures.UNKNOWN_COLOUR)
        series.append(Series(name, values, (colour,), own))
    return Chart(categories, tuple(series))


# ----------------------------------------------------------------------------------------------- slides


@dataclass(frozen=True)
class _Context:
    facts: pd.DataFrame
    cohorts: pd.DataFrame  # the selected cohorts, in time order (selected_cohorts)
    lang: str
    suppress: bool
    k: int

    def hide(self, table: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
        """The table after suppression when it is on, else as is."""
        return suppress_small_counts(table, self.k, by=by) if self.suppress else table

    def total(self, value: int) -> object:
        """A total as shown: hidden (NA) when suppression is on and it is small."""
        return pd.NA if self.suppress and 0 < value < self.k else value

    def people(self, value: object, share: object) -> str:
        return count_share_text(value, share, self.lang, self.k)


def _any_hidden(table: pd.DataFrame) -> bool:
    return "suppressed" in table.columns and bool(table["suppressed"].any())


def _parts(table: pd.DataFrame, ctx: _Context) -> str:
    """'Kementerian/Lembaga: 14 peserta (53,8%) dan Pemerintah Daerah: 12 peserta (46,2%)'."""
    return join_words(
        [
            f"{label}: {ctx.people(c, s)}"
            for label, c, s in zip(table["label"], table["count"], table["share"], strict=True)
        ],
        ctx.lang,
    )


def _title_slide(ctx: _Context, numbers: stats.Kpis) -> Slide:
    lang = ctx.lang
    table = cohort_table(ctx.facts, ctx.cohorts, lang, in_order=True)
    programs = sorted({str(p).strip() for p in pd.unique(table["program"].dropna()) if str(p).strip()})
    lines: list[str] = []
    if len(table) == 1:
        row = table.iloc[0]
        title = str(row["cohort"])
        lines += [str(row["period"]), str(row["venue"])]
    else:
        title = (
            programs[0]
            if len(programs) == 1
            else t("slides.title.programs", lang, programs=counted(len(programs), "program", lang))
        )
        years = sorted({int(y) for y in pd.unique(table["year"].dropna())})
        span = f"{years[0]}" if len(years) == 1 else f"{years[0]}-{years[-1]}" if years else ""
        lines.append(", ".join(x for x in (counted(len(table), "cohort", lang), span) if x))
        venues = sorted({v for v in pd.unique(table["venue"]) if v})
        if len(venues) == 1:
            lines.append(venues[0])
        elif venues:
            lines.append(
                nt("slides.title.venues", len(venues), lang, count=stats.format_count(len(venues), lang))
            )
    # the participants alone: the angkatan are counted on the line above, or named in the title
    participants = counted(numbers.participants, "participant", lang)
    lines.append(participants)
    return Slide(
        key="title",
        title=title or t("app.title", lang),
        message=participants,
        kind="title",
        table=table,
        lines=tuple(line for line in lines if line),
    )


def _leaders(full: pd.DataFrame, exclude: Iterable[str]) -> tuple[list[str], int | None]:
    """The labels of the named rows with the largest count (ties: up to three), and the first one's row
    position; ([], None) when no named row has participants."""
    named = full[~full["key"].isin(list(exclude))]
    if named.empty or not int(named["count"].max()):
        return [], None
    most = int(named["count"].max())
    tied = named[named["count"] == most]
    return [str(x) for x in tied["label"].head(3)], int(full.index.get_loc(tied.index[0]))


@dataclass(frozen=True)
class _Shown:
    """One breakdown as a slide sees it: the whole table, the table after suppression, and the rows charted."""

    full: pd.DataFrame
    table: pd.DataFrame
    shown: pd.DataFrame

    def counted(self) -> pd.DataFrame:
        """The charted rows that count somebody (before suppression)."""
        return self.shown[self.full.loc[self.shown.index, "count"] > 0]


def _sector_message(ctx: _Context, rows: _Shown, numbers: stats.Kpis) -> str:
    return _parts(rows.shown, ctx) + "."


def _parts_message(ctx: _Context, rows: _Shown, numbers: stats.Kpis) -> str:
    return _parts(rows.counted(), ctx) + "."


def _level_message(ctx: _Context, rows: _Shown, numbers: stats.Kpis) -> str:
    regional = people_text(ctx.total(int(rows.full["count"].sum())), ctx.lang, ctx.k)
    return t("slides.level.message", ctx.lang, regional=regional, parts=_parts(rows.counted(), ctx))


def _largest_message(ctx: _Context, rows: _Shown, numbers: stats.Kpis) -> str:
    leaders, first = _leaders(rows.full, [""])
    if first is None:
        return t("slides.profile.unknown", ctx.lang)
    count = ctx.people(rows.table["count"].iloc[first], rows.table["share"].iloc[first])
    return t("slides.largest", ctx.lang, label=join_words(leaders, ctx.lang), count=count)


def _agencies_message(ctx: _Context, rows: _Shown, numbers: stats.Kpis) -> str:
    leaders, first = _leaders(rows.full, ["", stats.OTHERS_KEY])
    agencies = counted(numbers.agencies, "agency", ctx.lang)
    if first is None:
        return t("slides.agencies.none", ctx.lang, agencies=agencies)
    return t(
        "slides.agencies.message" if len(leaders) == 1 else "slides.agencies.tied",
        ctx.lang,
        agencies=agencies,
        top=join_words(leaders, ctx.lang),
        count=people_text(rows.table["count"].iloc[first], ctx.lang, ctx.k),
    )


def _provinces_message(ctx: _Context, rows: _Shown, numbers: stats.Kpis) -> str:
    leaders, first = _leaders(rows.full, [""])
    if first is None:
        return t("slides.provinces.none", ctx.lang)
    return t(
        "slides.provinces.message" if len(leaders) == 1 else "slides.provinces.tied",
        ctx.lang,
        provinces=counted(numbers.provinces, "province", ctx.lang),
        top=join_words(leaders, ctx.lang),
        count=people_text(rows.table["count"].iloc[first], ctx.lang, ctx.k),
    )


# breakdowns.Message -> the writer of a breakdown slide's sentence.
_MESSAGES: Final[dict[str, Callable[[_Context, _Shown, stats.Kpis], str]]] = {
    "sector": _sector_message,
    "parts": _parts_message,
    "level": _level_message,
    "largest": _largest_message,
    "agencies": _agencies_message,
    "provinces": _provinces_message,
}
_PEMDA_COLOURS: Final = {level: figures.SECTOR_COLOURS["regional"] for level in REGIONAL_LEVELS}
# breakdowns.Colours -> the colour of a row by its key (the agency chart colours per sector series).
_COLOURS: Final[dict[str, dict[str, str]]] = {
    "sector": figures.SECTOR_COLOURS,
    "regional": _PEMDA_COLOURS,
    "neutral": {},
}


def _charted(full: pd.DataFrame, table: pd.DataFrame, rows: str) -> pd.DataFrame:
    """The rows a breakdown slide charts (breakdowns.Rows)."""
    if rows == "main":
        return table.loc[full[(full["count"] > 0) | full["key"].isin(["central", "regional"])].index]
    if rows == "known":
        return table[(table["key"] != "") | (full["count"] > 0)]
    if rows == "counted":
        return table[full["count"] > 0]
    return table


def _breakdown_slide(ctx: _Context, breakdown: Breakdown, numbers: stats.Kpis) -> Slide | None:
    """A breakdown's slide; None when its table counts nobody (Pemda levels without Pemda participants)."""
    full = breakdown.compute(ctx.facts, ctx.lang)
    if not int(full["count"].sum()):
        return None
    table = ctx.hide(full)
    rows = _Shown(full, table, _charted(full, table, breakdown.rows))
    hidden = _any_hidden(table)
    if breakdown.colours == "agency":
        chart = _agency_chart(table, ctx.lang, ctx.k)
    else:
        colours = _colours(rows.shown["key"], _COLOURS[breakdown.colours])
        chart = _breakdown_chart(rows.shown, ctx.lang, colours, ctx.k)
    return Slide(
        key=breakdown.key,
        title=t(breakdown.title_key, ctx.lang),
        message=_MESSAGES[breakdown.message](ctx, rows, numbers),
        kind=breakdown.slide_kind,
        table=table,
        chart=chart,
        figure=None if hidden else (lambda: breakdown.draw(full, ctx.lang)),
        suppressed=hidden,
    )


def _trend_slide(ctx: _Context, n_cohorts: int) -> Slide | None:
    """Per cohort (stacked by sector) for up to MAX_TREND_COHORTS cohorts, else the Pemda share per year;
    None for a single cohort, or many cohorts within one year."""
    if n_cohorts < 2:
        return None
    if n_cohorts <= MAX_TREND_COHORTS:
        return _cohort_trend_slide(ctx)
    full = stats.regional_share_by_year(ctx.facts, ctx.cohorts)
    return _year_trend_slide(ctx, full) if len(full) >= 2 else None


def _cohort_trend_slide(ctx: _Context) -> Slide:
    lang = ctx.lang
    full = stats.cohort_trend(ctx.facts, ctx.cohorts, lang, in_order=True)
    table = ctx.hide(full, by="cohort_id")
    cohorts = full.drop_duplicates("cohort_id")
    categories = tuple(
        _cohort_tick(p, a, y)
        for p, a, y in zip(cohorts["program"], cohorts["angkatan"], cohorts["year"], strict=True)
    )
    series = []
    for sector in stats.SECTORS:
        part = table[table["sector"] == sector]
        if sector not in ("central", "regional") and not int(full.loc[part.index, "count"].sum()):
            continue
        colour = (figures.SECTOR_COLOURS[sector],)
        series.append(Series(sector_label(sector, lang), _values(part), colour, _labels(part, lang, ctx.k)))
    regional = table[table["sector"] == "regional"]["share"]
    message = _trend_message(regional, categories, lang)
    return Slide(
        key="trend",
        title=t("chart.cohort_trend", lang),
        message=message,
        kind="stacked",
        table=table,
        chart=Chart(categories, tuple(series), STACK_FORMAT),
        figure=None if _any_hidden(table) else (lambda: figures.cohort_trend_stacked(full, lang)),
        phone=None if _any_hidden(table) else (lambda: figures.cohort_trend_stacked(full, lang, narrow=True)),
        suppressed=_any_hidden(table),
    )


def _trend_message(regional_share: pd.Series, categories: tuple[str, ...], lang: str) -> str:
    """'The Pemda share went from x% (first) to y% (last)': the first and last point of a trend slide."""
    return t(
        "slides.trend.message",
        lang,
        first=share_text(regional_share.iloc[0], lang),
        first_label=categories[0],
        last=share_text(regional_share.iloc[-1], lang),
        last_label=categories[-1],
    )


def _year_trend_slide(ctx: _Context, full: pd.DataFrame) -> Slide:
    """The Pemda share per year (stats.regional_share_by_year) as a line; with suppression a year whose
    K/L or Pemda count is small loses its point and its counts."""
    lang = ctx.lang
    hidden = np.zeros(len(full), dtype=bool)
    table = full
    if ctx.suppress:
        sectors = full[["central", "regional"]]
        hidden = ((sectors > 0) & (sectors < ctx.k)).any(axis=1).to_numpy()
        table = full.assign(
            central=full["central"].astype("Int64").mask(hidden),
            regional=full["regional"].astype("Int64").mask(hidden),
            central_share=full["central_share"].mask(hidden),
            regional_share=full["regional_share"].mask(hidden),
            suppressed=hidden,
        )
    categories = tuple(str(int(y)) for y in table["year"])
    values = tuple(None if h else float(s) for s, h in zip(full["regional_share"], hidden, strict=True))
    labels = tuple(count_text(pd.NA, lang, ctx.k) if h else None for h in hidden) if hidden.any() else ()
    series = Series(sector_label("regional", lang), values, (figures.SECTOR_COLOURS["regional"],), labels)
    message = _trend_message(table["regional_share"], categories, lang)
    return Slide(
        key="trend",
        title=t("chart.regional_share_by_year", lang),
        message=message,
        kind="line",
        table=table,
        chart=Chart(categories, (series,), SHARE_FORMAT),
        figure=None if hidden.any() else (lambda: figures.regional_share_trend(full, lang)),
        suppressed=bool(hidden.any()),
    )


def _summary_slide(ctx: _Context, others: Sequence[Slide]) -> Slide:
    table = kpi_table(ctx.facts, ctx.lang)
    if ctx.suppress:  # only the sector counts are people in a breakdown; totals and distinct counts stay
        sector = (table["group"] == "sector").to_numpy()
        hidden = np.zeros(len(table), dtype=bool)
        hidden[sector] = suppress_small_counts(table[sector], ctx.k)["suppressed"].to_numpy()
        table = table.assign(
            count=table["count"].astype("Int64").mask(hidden),
            share=table["share"].mask(hidden),
            suppressed=hidden,
        )
        # The dashboard's sentence names every count; with suppression the slides' own messages stand in.
        message = " ".join(s.message for s in others if s.key in ("sector", "level", "agencies"))
    else:
        message = summary_sentence(ctx.facts, ctx.cohorts, ctx.lang)
    return Slide(
        key="summary",
        title=t("section.narrative", ctx.lang),
        message=message,
        kind="text",
        table=table,
        suppressed=_any_hidden(table),
    )


def build_slides(
    facts: pd.DataFrame,
    cohorts: pd.DataFrame,
    filters: Filters,
    lang: str = "id",
    *,
    suppress_small: bool = False,
    k: int = SMALL_COUNT,
    in_order: bool = False,
) -> list[Slide]:
    """The slides of the filtered data: title, K/L vs Pemda, Pemda by level, top agencies, provinces,
    gender, golongan, age, the trend across cohorts and the summary sentence.

    `facts` and `cohorts` may be the whole store's or already filtered (filtering twice changes nothing).
    Slides with nothing to show are left out: Pemda levels without Pemda participants, the trend with
    fewer than two cohorts; with no participants at all only the title and the summary remain.
    in_order: `cohorts` is in time order already (stats.order_cohorts), so it is not sorted again.
    """
    lang = normalise_lang(lang)
    chosen = selected_cohorts(cohorts, filters, in_order=in_order)
    facts = apply_filters(prepare_facts(facts), chosen, filters)
    ctx = _Context(facts=facts, cohorts=chosen, lang=lang, suppress=suppress_small, k=k)
    numbers = stats.kpis(facts)
    title = _title_slide(ctx, numbers)
    if not numbers.participants:
        empty = t("narrative.empty", lang)
        return [title, Slide("summary", t("section.narrative", lang), empty, "text", kpi_table(facts, lang))]
    body: list[Slide | None] = [
        *(_breakdown_slide(ctx, breakdown, numbers) for breakdown in breakdowns.BREAKDOWNS),
        _trend_slide(ctx, numbers.cohorts),
    ]
    slides = [title, *(s for s in body if s is not None)]
    return [*slides, _summary_slide(ctx, slides)]


# ----------------------------------------------------------------------------------------------- display


def display_table(slide: Slide, lang: str = "id", k: int = SMALL_COUNT) -> pd.DataFrame:
    """The slide's numbers as a small text table for a screen or a page (counts formatted, '< 5' kept)."""
    table = slide.table
    if slide.key == "title":
        return pd.DataFrame(
            {
                t("col.cohort", lang): table["cohort"].astype(str),
                t("col.period", lang): table["period"].astype(str),
                t("col.venue", lang): table["venue"].astype(str),
                t("col.participants", lang): [count_text(v, lang, k) for v in table["participants"]],
            }
        )
    if slide.key == "trend" and slide.kind == "stacked":
        wide: dict[str, list[str]] = {t("col.cohort", lang): list(dict.fromkeys(table["cohort"].astype(str)))}
        for sector in stats.SECTORS:
            part = table[table["sector"] == sector]
            if slide.chart is not None and sector_label(sector, lang) in {s.name for s in slide.chart.series}:
                wide[sector_label(sector, lang)] = [count_text(v, lang, k) for v in part["count"]]
        totals = table.drop_duplicates("cohort_id")["cohort_total"]
        wide[t("col.total", lang)] = [count_text(v, lang, k) for v in totals]
        return pd.DataFrame(wide)
    if slide.key == "trend":
        return pd.DataFrame(
            {
                t("col.year", lang): [str(int(y)) for y in table["year"]],
                sector_label("central", lang): [count_text(v, lang, k) for v in table["central"]],
                sector_label("regional", lang): [count_text(v, lang, k) for v in table["regional"]],
                t("col.participants", lang): [count_text(v, lang, k) for v in table["participants"]],
                t("axis.share", lang): [share_text(v, lang) for v in table["regional_share"]],
            }
        )
    breakdown = breakdowns.by_key().get(slide.key)
    header = t(breakdown.row_label_key if breakdown else "recap.item", lang)
    if breakdown is not None and breakdown.rows == "counted":  # the rows the chart it stands in for shows
        table = table[[is_hidden(c) or int(c) > 0 for c in table["count"]]]
    return pd.DataFrame(
        {
            header: table["label"].astype(str),
            t("col.count", lang): [count_text(v, lang, k) for v in table["count"]],
            t("col.share", lang): [
                "" if isinstance(s, float) and np.isnan(s) and not is_hidden(c) else share_text(s, lang)
                for c, s in zip(table["count"], table["share"], strict=True)
            ],
        }
    )


def _room_height(figure: go.Figure, height: int) -> int:
    """`height`, or more when a horizontal bar chart needs it: every row keeps its (two-line) name, where
    plotly would otherwise leave out every second one."""
    rows = {y for trace in figure.data if trace.type == "bar" and trace.orientation == "h" for y in trace.y}
    if not rows:
        return height
    lines = max(str(row).count("<br>") + 1 for row in rows)
    return max(height, 120 + len(rows) * int(ROOM_ROW_FONT * 1.25 * lines + 10))


def for_room(figure: go.Figure, height: int = 560, font: int = ROOM_FONT) -> go.Figure:
    """A copy of a dashboard figure for a projector: larger text, no inner title, a fixed height (taller for
    a horizontal bar chart with many rows), room on the right for labels beside the bars."""
    big = go.Figure(figure)
    horizontal = any(trace.type == "bar" and trace.orientation == "h" for trace in big.data)
    right = int((figure.layout.margin.r or 0) * font / figures.TEXT_SIZE)  # the labels grow with the font
    legend_on_top = bool(big.layout.showlegend) and (big.layout.legend.y or 0) >= 1
    big.update_layout(
        font={"size": font},
        title=None,
        height=_room_height(figure, height),
        margin={
            "t": 70 if legend_on_top else 30,
            "b": 50 if big.layout.annotations else 30,
            "l": 10,
            "r": max(40, right),
        },  # fmt: skip
        legend={"font": {"size": font - 2}},
        hoverlabel={"font": {"size": font - 2}},
    )
    big.update_traces(textfont={"size": font}, selector=lambda trace: trace.type in ("bar", "scatter"))
    big.update_xaxes(tickfont={"size": font - 2})
    big.update_yaxes(tickfont={"size": ROOM_ROW_FONT if horizontal else font - 2})
    if any(trace.type == "heatmap" for trace in big.data):  # the tile map: tiles as tall as the room allows
        big.update_layout(margin={"t": TILE_MARGIN, "b": TILE_MARGIN})
    return fit_tile_labels(big)


def _tile_size(figure: go.Figure, rows: int, cols: int) -> float:
    """Px of one cell of a tile map's grid (square: the axes are scale-anchored), from the figure's height and
    width (when set; on screen the width is the page's, wide enough for a room's height)."""
    margin = figure.layout.margin
    # less the invisible click targets' size: plotly's autorange keeps room for their squares on the edges
    height = (figure.layout.height or 450) - (margin.t or 0) - (margin.b or 0) - figures.TILE_POINT_SIZE
    size = height / rows
    if figure.layout.width:
        width = figure.layout.width - (margin.l or 0) - (margin.r or 0) - COLOURBAR_ROOM
        size = min(size, width / cols)
    return max(size, 1.0)


def fit_tile_labels(figure: go.Figure) -> go.Figure:
    """The figure with its tile map's names ('Bengkulu' over its count) sized to fit their tiles: at most
    TILE_FONT, smaller where the longest name, estimated with figures.CHAR_WIDTH, would run past its tile's
    sides (less TILE_PADDING) or two lines past its top and bottom. Other figures are returned as they are."""
    tiles = [trace for trace in figure.data if trace.type == "heatmap" and trace.text is not None]
    if not tiles:
        return figure
    rows, cols = (len(tiles[0].z), len(tiles[0].z[0])) if tiles[0].z is not None else (1, 1)
    cell = _tile_size(figure, rows, cols)
    texts = [str(text).split("<br>") for trace in tiles for row in trace.text for text in row]
    chars = max((len(html.unescape(line)) for lines in texts for line in lines), default=1) or 1
    n_lines = max((len(lines) for lines in texts), default=1)
    gap = max(max(trace.xgap or 0, trace.ygap or 0) for trace in tiles)
    room = cell - gap - 2 * TILE_PADDING
    size = min(TILE_FONT, room / (chars * figures.CHAR_WIDTH), room / (n_lines * figures.LINE_HEIGHT))
    figure.update_traces(textfont={"size": max(int(size), 1)}, selector={"type": "heatmap"})
    return figure


def phone_figure_of(slide: Slide) -> go.Figure | None:
    """The slide's figure as a phone shows it: the dashboard's own size and type (enlarged for a room, agency
    names ran off a 390 px screen), drawn for a narrow screen where the slide has such a figure."""
    build = slide.phone or slide.figure
    return None if build is None else build()


def figure_of(slide: Slide, *, room: bool = False, height: int = 560) -> go.Figure | None:
    """The slide's plotly figure (None when it has none), enlarged for a room when `room`."""
    if slide.figure is None:
        return None
    figure = slide.figure()
    return for_room(figure, height) if room else figure
