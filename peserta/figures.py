"""Plotly figures, one function per chart, named for what it shows. Pure: table in, Figure out.

Every figure: counts and percentages on the marks, K/L and Pemda always in SECTOR_COLOURS, the language's
number separators, a `layout.meta["name"]` for tests and PNG file names, user text (agency and program
names) HTML-escaped so plotly shows it literally, and an explanatory empty state instead of empty axes.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, Final

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from loaders.regions import read_reference_csv
from loaders.schema import REGIONAL_LEVELS, SECTORS
from peserta.i18n import N_, normalise_lang, nt, sector_label, t
from peserta.stats import OTHERS_KEY, format_count, format_share, program_short

# Okabe-Ito: distinguishable with every common colour-vision deficiency.
SECTOR_COLOURS: Final[dict[str, str]] = {
    "central": "#0072B2",  # blue: Kementerian/Lembaga
    "regional": "#D55E00",  # vermillion: Pemerintah Daerah
    "other": "#7F7F7F",
    "unknown": "#BDBDBD",
}
NEUTRAL_COLOUR: Final = "#4D5A66"  # bars that are not about sectors (gender, golongan, age, province)
UNKNOWN_COLOUR: Final = "#BDBDBD"
EMPTY_TILE_COLOUR: Final = "#E6E6E6"
# Sequential scale for the tile map (ColorBrewer Purples without its near-white end: distinct from grey).
TILE_SCALE: Final = [[0.0, "#DADAEB"], [0.5, "#9E9AC8"], [1.0, "#3F007D"]]
SEPARATORS: Final[dict[str, str]] = {"id": ",.", "en": ".,"}  # decimal, thousands
FONT: Final[dict[str, Any]] = {
    "family": "Source Sans Pro, Segoe UI, Helvetica, Arial, sans-serif",
    "size": 15,
    "color": "#262730",
}
TITLE_SIZE: Final = 18
AXIS_STYLE: Final[dict[str, Any]] = {  # simple_white's look: axis lines and ticks, no grid
    "showgrid": False,
    "zeroline": False,
    "showline": True,
    "linecolor": "#444444",
    "ticks": "outside",
    "tickcolor": "#444444",
    "automargin": True,
    # Plotly's default for a numeric axis ("hide past div") measures every tick label in the browser to hide
    # the ones that would run past the chart's edge; the margins keep them inside, and the measuring was a
    # third of drawing a Tren chart of 20 cohorts (upright names) on every filter change.
    "ticklabeloverflow": "allow",
}
TEXT_SIZE: Final = 15
AXIS_LABEL_CHARS: Final = 48  # longer agency names are shortened on the axis; the hover shows them whole
ROW_HEIGHT: Final = 34  # px per bar of horizontal bar charts
WRAPPED_ROW_HEIGHT: Final = 46  # px per bar when its label takes two lines
AXIS_LINE_CHARS: Final = 30  # agency names wrap onto a second line past this many characters
NOTE_LINE_CHARS: Final = 30  # the note under the agency bars: 'Lainnya (n instansi):' / 'n peserta, ...' wrap
TICK_LINE_CHARS: Final = 9  # category labels under vertical bars wrap past this many characters
COHORT_TICK_CHARS: Final = 10  # a program's short name under a cohort's bar wraps past this many
CHAR_WIDTH: Final = 0.6  # average glyph width per px of font size (sans-serif digits and letters)
LINE_HEIGHT: Final = 1.3  # px per px of font size of a line of tick text
LEGEND_SIZE: Final = 14  # px, legend text of the Pemda-share chart
LEGEND_WIDTH: Final = 900  # px a chart's legend may take in the dashboard's main column at a 1400 px window
NARROW_LEGEND_WIDTH: Final = 330  # px the same legend may take on a 390 px phone
ROTATED_TICKS_AT: Final = 12  # from this many cohorts or years on, room for upright tick labels
TICK_ROOM: Final = 80  # px under a chart's plot its height counts on (three lines of level tick labels)
UPRIGHT_TICK_CHARS: Final = 16  # an upright cohort label's program name is cut past this many characters
TILES_FILE: Final = "province_tiles.csv"
EMPTY_LINE_CHARS: Final = 40  # an empty chart's sentence wraps past this many characters
TILE_POINT_SIZE: Final = 30  # px: the invisible click target on each tile of the map

FIGURE_NAMES: Final[dict[str, str]] = {
    "participants_by_sector": "peserta-per-sektor",
    "regional_by_level": "peserta-pemda-per-tingkat",
    "top_agencies": "instansi-terbanyak",
    "province_bar": "peserta-per-provinsi",
    "province_tile_map": "peta-provinsi",
    "gender_split": "peserta-per-jenis-kelamin",
    "golongan_bars": "peserta-per-golongan",
    "age_bands": "peserta-per-kelompok-umur",
    "cohort_trend_stacked": "tren-peserta-per-angkatan",
    "regional_share_trend": "tren-porsi-pemda",
}


# ----------------------------------------------------------------------------------------------- helpers


def whole_ticks(low: int, high: int, most: int = 6) -> list[int]:
    """At most `most` whole-number ticks from low to high, evenly stepped, high always included."""
    step = max(1, math.ceil((high - low) / max(most - 1, 1)))
    ticks = list(range(low, high + 1, step))
    if ticks[-1] != high:
        ticks.append(high)
    return ticks


def clicked_keys(points: Sequence[Mapping[str, Any]]) -> list[str]:
    """The breakdown keys of the bars a user clicked (a chart selection's points), in click order; bars
    without a key (unknown, 'others') are left out."""
    keys: list[str] = []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, (list, tuple)) and len(data) >= 3 and data[2] and data[2] != OTHERS_KEY:
            keys.append(html.unescape(str(data[2])))  # escaped like every text sent with a figure
    return list(dict.fromkeys(keys))


def escape(text: object) -> str:
    """User text made literal for plotly, which reads <b>, <br>, <a href>, &entities; in labels."""
    return html.escape(str(text), quote=True)


def shorten(text: str, limit: int = AXIS_LABEL_CHARS) -> str:
    """Text cut to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def figure_name(figure: go.Figure) -> str:
    """The name a figure carries in layout.meta (for file names), or 'grafik'."""
    meta = figure.layout.meta
    return str(meta.get("name", "grafik")) if isinstance(meta, dict) else "grafik"


def count_share(count: int, share: float, lang: str) -> str:
    """'14 (53,8%)' / '14 (53.8%)'."""
    return f"{format_count(count, lang)} ({format_share(share, lang)})"


def _title(title: str | None, default_key: str, lang: str) -> str:
    return escape(t(default_key, lang) if title is None else title)


def _merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`base` updated by `extra`, nested dicts merged (like Figure.update_layout)."""
    out = dict(base)
    for key, value in extra.items():
        inner = out.get(key)
        out[key] = _merged(inner, value) if isinstance(value, dict) and isinstance(inner, dict) else value
    return out


def _figure(
    traces: Sequence[dict[str, Any]],
    name: str,
    title: str,
    lang: str,
    height: int = 380,
    *,
    title_on_top: bool = False,
    **layout: Any,
) -> go.Figure:
    """A figure with the layout every figure shares (quiet axes, readable fonts, separators, name), `layout`
    (the figure's own settings, axes included) winning.

    Built in one constructor call from plain dicts: every Figure.update_* call runs plotly's slow property
    path machinery (~10 ms per figure), the constructor validates the same properties in ~1 ms.
    """
    shared: dict[str, Any] = {
        # No named template: applying one validates it again for every figure (~40 ms each).
        "template": "none",
        "plot_bgcolor": "white",
        "paper_bgcolor": "white",
        "separators": SEPARATORS[normalise_lang(lang)],
        "font": FONT,
        "meta": {"name": name},
        "height": height,
        "margin": {"t": 60 if title else 20, "b": 20, "l": 10, "r": 30},
        "hoverlabel": {"font": {"size": 14}},
        "showlegend": False,
        "xaxis": AXIS_STYLE,
        "yaxis": AXIS_STYLE,
    }
    if title:
        shared["title"] = {"text": title, "font": {"size": TITLE_SIZE}, "x": 0.01, "xref": "container",
                           "xanchor": "left"}  # fmt: skip
        if title_on_top:  # at the top of the chart, not in the middle of a top margin a legend fills
            shared["title"] |= {"y": 1, "yref": "container", "yanchor": "top", "pad": {"t": 12}}
    return go.Figure(data=list(traces), layout=_merged(shared, layout))


# On screen, the page's theme (light or dark, as the operating system says) decides the text, axis and
# background colours: Streamlit's chart theme replaces these placeholder colours in the browser with the
# active theme's (streamlit.elements.lib.streamlit_plotly_theme: "#000037" its text colour, "#000036" a
# softer grey). Marks keep their colours (K/L blue and Pemda vermillion read on both), and the figures as
# built (white, dark text) stay what the PPTX, PDF and PNG exports draw.
SCREEN_TEXT: Final = "#000037"
SCREEN_SOFT_TEXT: Final = "#000036"
SCREEN_COLOURS: Final[dict[str, str]] = {
    FONT["color"]: SCREEN_TEXT,
    "#595959": SCREEN_SOFT_TEXT,  # notes (empty states, map footnote)
    AXIS_STYLE["linecolor"]: SCREEN_SOFT_TEXT,
}
TRANSPARENT: Final = "rgba(0,0,0,0)"


def on_screen(figure: go.Figure) -> go.Figure:
    """A copy of the figure for the dashboard's pages: transparent background, and text and axis colours
    that follow the page's light or dark theme (SCREEN_COLOURS)."""
    spec = figure.to_plotly_json()
    _recolour(spec.get("data", []))
    layout = spec.get("layout", {})
    _recolour(layout)
    layout["paper_bgcolor"] = layout["plot_bgcolor"] = TRANSPARENT
    # Not validated again: `spec` comes from a validated figure and only colours changed to valid colours.
    # Validating it anew doubled the cost of every chart on every run (Ringkasan draws nine).
    return go.Figure(spec, _validate=False)


def _recolour(node: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and key.endswith("color") and value in SCREEN_COLOURS:
                node[key] = SCREEN_COLOURS[value]
            else:
                _recolour(value)
    elif isinstance(node, (list, tuple)):
        for item in node:
            _recolour(item)


def empty_figure(name: str, lang: str, message: str | None = None, title: str = "") -> go.Figure:
    """A figure with no axes and one explanatory sentence (default: no participants for these filters)."""
    note = {
        # wrapped: on one line the sentence ran past both sides of a half-width chart
        "text": wrap(
            message if message is not None else t("empty.no_participants", lang), EMPTY_LINE_CHARS, 4
        ),
        "x": 0.5,
        "y": 0.5,
        "xref": "paper",
        "yref": "paper",
        "showarrow": False,
        "font": {"size": 16, "color": "#595959"},
    }
    hidden = {"visible": False}
    return _figure([], name, title, lang, height=240, annotations=[note], xaxis=hidden, yaxis=hidden)


def _is_empty(table: pd.DataFrame, column: str = "count") -> bool:
    return table.empty or int(pd.to_numeric(table[column]).sum()) == 0


def _value_axis_range(counts: Sequence[int]) -> list[float]:
    """Room beyond the longest bar for its outside label."""
    return [0, max(max(counts, default=0), 1) * 1.25]


def _label_room(texts: Sequence[str], size: int = TEXT_SIZE) -> int:
    """Px an outside label needs at most (its longest line): the right margin of a horizontal bar chart,
    so a label past the plot's edge still shows whole."""
    longest = max((len(line) for text in texts for line in str(text).split("<br>")), default=0)
    return int(longest * size * CHAR_WIDTH) + 12


# Plotly's automargin draws a chart, measures its axis labels and, when they need more room than the margin
# leaves, draws the whole chart a second time with the wider margin: half of the Tren charts' drawing time in
# Chromium at 40 cohorts (115 -> 55 ms each, on every filter change). Starting with the room the labels need
# leaves nothing to push; automargin stays on, so an estimate that falls short costs that second drawing
# again, never a cut label.
def _tick_room(ticks: Sequence[str], upright: bool, size: int = FONT["size"]) -> int:
    """Px under the plot for category tick labels (lines joined by <br>): their lines side by side when
    the labels stand upright, else stacked."""
    lines = [str(tick).split("<br>") for tick in ticks] or [[""]]
    if upright:
        return int(max(len(line) for tick in lines for line in tick) * size * CHAR_WIDTH) + 20
    return int(max(len(tick) for tick in lines) * size * LINE_HEIGHT) + 22


def _upright_angle(upright: bool) -> dict[str, int]:
    """The tick angle of upright labels, set rather than left to plotly: at 20 cohorts plotly slants them
    by 30 degrees where the chart is wide, and the room _tick_room kept for standing labels stays empty."""
    return {"tickangle": 90} if upright else {}


def _taller_for_ticks(bottom: int) -> int:
    """Px a chart grows by for tick labels taller than TICK_ROOM (upright cohort labels): the plot keeps its
    height instead of shrinking to a strip above them."""
    return max(bottom - TICK_ROOM, 0)


def _legend_room(names: Sequence[str], size: int, width: int = LEGEND_WIDTH) -> int:
    """Px above the plot for a horizontal legend of `names` and the title over it: plotly sets entries that
    do not fit on one row in columns as wide as the widest entry."""
    entries = [len(name) * size * CHAR_WIDTH + 40 for name in names] or [0.0]
    per_row = len(entries) if sum(entries) <= width else max(int(width // max(entries)), 1)
    rows = -(-len(entries) // per_row)
    return int(rows * size * 1.6) + 40


def _value_room(widest: str, size: int = FONT["size"]) -> int:
    """Px left of the plot for a value axis: its widest tick label beside the axis title (Streamlit's chart
    theme sets both further apart than plotly's own: 15 px more)."""
    return int(len(widest) * size * CHAR_WIDTH) + int(size * LINE_HEIGHT) + 40


def wrap(text: str, width: int, lines: int = 2) -> str:
    """Escaped text on at most `lines` lines of about `width` characters, joined by <br> (our own markup,
    added after escaping); a longer text ends with an ellipsis."""
    out: list[str] = []
    for word in str(text).split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(out) > lines:
        out = [*out[: lines - 1], shorten(" ".join(out[lines - 1 :]), width)]
    return "<br>".join(escape(line) for line in out)


def _bars(
    table: pd.DataFrame,
    lang: str,
    colours: Sequence[str] | str,
    *,
    horizontal: bool,
    two_line: bool = False,
) -> dict[str, Any]:
    """One bar trace of a breakdown table with 'count (share)' labels (none on an empty bar) and a hover
    naming the full label; `two_line` puts labels and vertical category names on two lines (narrow bars)."""
    labels = [escape(label) for label in table["label"]]
    if horizontal:
        shown = [escape(shorten(str(label))) for label in table["label"]]
    elif two_line or len(table) > 2:  # narrower bars: our own category names wrapped (the axis never tilts
        # them; side by side, "Pemerintah Daerah" and "Bukan instansi pemerintah" ran into each other)
        # up to three lines (TICK_ROOM's height): "Ministries / and agencies", never "and agen…"
        shown = [wrap(str(label), TICK_LINE_CHARS, lines=3) for label in table["label"]]
    else:
        shown = labels
    counts = [int(c) for c in table["count"]]
    texts = [count_share(c, float(s), lang) for c, s in zip(counts, table["share"], strict=True)]
    marks = [
        (f"{format_count(c, lang)}<br>({format_share(float(s), lang)})" if two_line else text) if c else ""
        for c, s, text in zip(counts, table["share"], texts, strict=True)
    ]
    axis = {"y": shown, "x": counts, "orientation": "h"} if horizontal else {"x": shown, "y": counts}
    return {
        "type": "bar",
        **axis,
        "text": marks,
        "textposition": "outside",
        "textfont": {"size": TEXT_SIZE},
        "constraintext": "none",  # plotly would shrink a label wider than its bar to unreadable size
        "cliponaxis": False,
        "marker": {"color": colours if isinstance(colours, str) else list(colours)},
        # [label, 'count (share)', key]: the key tells a click which value to filter by (clicked_keys)
        "customdata": np.column_stack([labels, texts, [escape(k) for k in table["key"]]]) if labels else None,
        "hovertemplate": "%{customdata[0]}: %{customdata[1]}<extra></extra>",
    }


def _simple_bars(
    table: pd.DataFrame,
    name: str,
    title: str,
    lang: str,
    colour_of: dict[str, str],
    *,
    horizontal: bool = False,
    hide_zero_unknown: bool = True,
    drop_zero: bool = False,
) -> go.Figure:
    """A breakdown as bars coloured per key (default NEUTRAL_COLOUR; unknown grey). `drop_zero` leaves out
    every empty category (the others keep their fixed order); labels of vertical bars then take two lines,
    so many narrow bars keep full-size numbers."""
    if _is_empty(table):
        return empty_figure(name, lang, title=title)
    if drop_zero:
        shown = table[table["count"] > 0]
    else:
        shown = table[(table["count"] > 0) | (table["key"] != "")] if hide_zero_unknown else table
    colours = [colour_of.get(str(k), UNKNOWN_COLOUR if not k else NEUTRAL_COLOUR) for k in shown["key"]]
    counts = [int(c) for c in shown["count"]]
    if horizontal:
        category_axis = {"autorange": "reversed", "title": None, "ticks": "", "showline": False,
                         "ticklabelstandoff": 6}  # fmt: skip
        bars = _bars(shown, lang, colours, horizontal=True)
        return _figure(
            [bars],
            name,
            title,
            lang,
            height=max(220, 90 + ROW_HEIGHT * len(shown)),
            margin={"r": _label_room(bars["text"])},
            xaxis={"visible": False, "range": _value_axis_range(counts)},
            yaxis=category_axis,
        )
    bars = _bars(shown, lang, colours, horizontal=False, two_line=drop_zero)
    return _figure(
        [bars],
        name,
        title,
        lang,
        margin={"b": _tick_room(bars["x"], upright=False)},  # the category names, never tilted
        xaxis={"title": None, "ticks": "", "tickangle": 0},
        yaxis={"visible": False, "range": _value_axis_range(counts)},
    )


# ----------------------------------------------------------------------------------------------- Ringkasan


def participants_by_sector(
    table: pd.DataFrame, lang: str = "id", title: str | None = None, *, keep_empty: bool = False
) -> go.Figure:
    """Bars of stats.by_sector: K/L and Pemda always, other and unknown only when present."""
    name = FIGURE_NAMES["participants_by_sector"]
    title_text = _title(title, N_("chart.by_sector"), lang)
    shown = table if keep_empty else table[(table["count"] > 0) | table["key"].isin(["central", "regional"])]
    return _simple_bars(shown, name, title_text, lang, SECTOR_COLOURS, hide_zero_unknown=False)


def regional_by_level(table: pd.DataFrame, lang: str = "id", title: str | None = None) -> go.Figure:
    """Bars of stats.regional_by_level in the Pemda colour (unknown level grey, shown only when present)."""
    colours = {level: SECTOR_COLOURS["regional"] for level in REGIONAL_LEVELS}
    return _simple_bars(
        table,
        FIGURE_NAMES["regional_by_level"],
        _title(title, N_("chart.regional_by_level"), lang),
        lang,
        colours,
    )


def top_agencies(table: pd.DataFrame, lang: str = "id", title: str | None = None) -> go.Figure:
    """Horizontal bars of stats.top_agencies, largest on top, one trace (and legend entry) per sector."""
    name = FIGURE_NAMES["top_agencies"]
    title_text = _title(title, N_("chart.top_agencies"), lang)
    if _is_empty(table):
        return empty_figure(name, lang, title=title_text)
    # The remainder, summed over dozens of agencies, would dwarf the named bars: a note, not a bar.
    others = table["key"] == OTHERS_KEY
    rest = [
        nt("chart.agencies_rest", int(count), lang, label=label, count=format_count(int(count), lang))
        for label, count in zip(table.loc[others, "label"], table.loc[others, "count"], strict=True)
    ]
    table = table[~others]
    if table.empty:
        return empty_figure(name, lang, message=rest[0] if rest else None, title=title_text)
    axis_labels = [wrap(str(label), AXIS_LINE_CHARS) for label in table["label"]]
    if len(set(axis_labels)) < len(axis_labels):  # shortening made two names equal: show them whole
        axis_labels = [escape(label) for label in table["label"]]
    table = table.assign(axis=axis_labels)
    traces: list[dict[str, Any]] = []
    sectors = table["sector"].fillna("").astype(str)
    for sector in [*SECTORS, ""]:
        part = table[sectors.to_numpy() == sector]
        if part.empty:
            continue
        colour = SECTOR_COLOURS.get(sector, UNKNOWN_COLOUR)
        traces.append(
            _bars(part, lang, colour, horizontal=True)
            | {
                "y": part["axis"].tolist(),
                "name": escape(sector_label(sector, lang)) if sector else escape(t("value.unknown", lang)),
                "showlegend": bool(sector),
                "meta": {"sector": sector},
            }
        )
    texts = [text for trace in traces for text in trace["text"]]
    wrapped = any("<br>" in label for label in axis_labels)
    return _figure(
        traces,
        name,
        title_text,
        lang,
        height=max(240, 140 + len(table) * (WRAPPED_ROW_HEIGHT if wrapped else ROW_HEIGHT)),
        showlegend=True,
        barmode="overlay",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "font": {"size": 14}},
        margin={"t": 100 if title_text else 50, "b": 64 if rest else 20, "r": _label_room(texts)},
        annotations=[
            {
                "text": ":<br>".join(wrap(part, NOTE_LINE_CHARS) for part in note.split(": ", 1)),
                "align": "right",
                # from the plot's right edge leftwards: on a phone the agency names take half the width and a
                # note starting where the bars start ran off the chart
                "x": 1,
                "y": 0,
                "xref": "paper",
                "yref": "paper",
                "xanchor": "right",
                "yanchor": "top",
                "yshift": -8,
                "showarrow": False,
                "font": {"size": 14, "color": "#595959"},
            }
            for note in rest
        ],  # fmt: skip
        xaxis={"visible": False, "range": _value_axis_range([int(c) for c in table["count"]])},
        yaxis={
            "categoryorder": "array",
            "categoryarray": axis_labels,
            "autorange": "reversed",
            "title": None,
            "ticks": "",
            "showline": False,
            "ticklabelstandoff": 6,
        },
    )


def province_bar(table: pd.DataFrame, lang: str = "id", title: str | None = None) -> go.Figure:
    """Horizontal bars of stats.by_province, most participants on top, unknown province last in grey."""
    return _simple_bars(
        table,
        FIGURE_NAMES["province_bar"],
        _title(title, N_("chart.by_province"), lang),
        lang,
        {},
        horizontal=True,
    )


@lru_cache(maxsize=1)
def province_tiles() -> pd.DataFrame:
    """The authored tile grid: province, label, col, row (data/reference/province_tiles.csv)."""
    rows = list(read_reference_csv(TILES_FILE))
    frame = pd.DataFrame(rows, columns=["province", "label", "col", "row"])
    return frame.astype({"col": "int64", "row": "int64"})


def _tile_layer(
    tiles: pd.DataFrame,
    shape: tuple[int, int],
    z: Sequence[float],
    texts: Sequence[str],
    hovers: Sequence[str],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Heatmap grids (z, text, hover) with NaN/'' where a layer has no tile."""
    z_grid = np.full(shape, np.nan)
    text_grid = np.full(shape, "", dtype=object)
    hover_grid = np.full(shape, "", dtype=object)
    for (row, col), value, text, hover in zip(
        zip(tiles["row"], tiles["col"], strict=True), z, texts, hovers, strict=True
    ):
        z_grid[row, col] = value
        text_grid[row, col] = text
        hover_grid[row, col] = hover
    return z_grid, text_grid, hover_grid


def province_tile_map(table: pd.DataFrame, lang: str = "id", title: str | None = None) -> go.Figure:
    """Tile-grid map of the 38 provinces coloured by stats.by_province's counts; zero tiles grey.

    Drawn as two heatmaps on a fixed grid (no geo or mapbox trace, nothing fetched from the internet).
    """
    name = FIGURE_NAMES["province_tile_map"]
    title_text = _title(title, N_("chart.province_map"), lang)
    if _is_empty(table):
        return empty_figure(name, lang, title=title_text)
    tiles = province_tiles()
    counts = {str(k): int(c) for k, c in zip(table["key"], table["count"], strict=True)}
    total = sum(counts.values())
    tile_counts = [counts.get(p, 0) for p in tiles["province"]]
    shape = (int(tiles["row"].max()) + 1, int(tiles["col"].max()) + 1)
    texts = [
        f"{escape(label)}<br>{format_count(c, lang)}"
        for label, c in zip(tiles["label"], tile_counts, strict=True)
    ]
    hovers = [
        f"{escape(p)}: {count_share(c, c / total if total else 0.0, lang)}"
        for p, c in zip(tiles["province"], tile_counts, strict=True)
    ]
    filled = np.array([c > 0 for c in tile_counts])
    traces: list[dict[str, Any]] = []
    for is_filled in (False, True):
        pick = filled == is_filled
        if not pick.any():
            continue
        z, text, hover = _tile_layer(
            tiles[pick],
            shape,
            [c for c, keep in zip(tile_counts, pick, strict=True) if keep]
            if is_filled
            else [0.0] * int(pick.sum()),
            [x for x, keep in zip(texts, pick, strict=True) if keep],
            [x for x, keep in zip(hovers, pick, strict=True) if keep],
        )
        scale = TILE_SCALE if is_filled else [[0.0, EMPTY_TILE_COLOUR], [1.0, EMPTY_TILE_COLOUR]]
        traces.append(
            {
                "type": "heatmap",
                "z": z,
                "text": text,
                "customdata": hover,
                "texttemplate": "%{text}",
                "textfont": {"size": 11},
                "hoverinfo": "skip",  # the tile points below show the hover (and take the click)
                "colorscale": scale,
                "xgap": 3,
                "ygap": 3,
                "zmin": 1 if is_filled else 0,
                "zmax": max(max(tile_counts), 2) if is_filled else 1,
                "showscale": is_filled,
                "hoverongaps": False,
                "name": "peserta" if is_filled else "nol",
                "colorbar": {
                    "title": {"text": t("axis.participants", lang)},
                    "thickness": 14,
                    "len": 0.6,
                    "tickformat": ",d",
                    # whole numbers, each once (automatic ticks fall between them: "1, 2, 2, 3, 3")
                    "tickmode": "array",
                    "tickvals": whole_ticks(1, max(max(tile_counts), 2)),
                }
                if is_filled
                else None,
            }
        )
    # Streamlit reports no click on a heatmap: an invisible square point on every tile takes the hover and
    # the click, [hover, '', province] (clicked_keys reads the province).
    traces.append(
        {
            "type": "scatter",
            "x": tiles["col"].tolist(),
            "y": tiles["row"].tolist(),
            "mode": "markers",
            "marker": {"symbol": "square", "size": TILE_POINT_SIZE, "opacity": 0, "color": NEUTRAL_COLOUR},
            "customdata": [
                [hover, "", escape(p)] for hover, p in zip(hovers, tiles["province"], strict=True)
            ],
            "hovertemplate": "%{customdata[0]}<extra></extra>",
            "showlegend": False,
            "name": "provinsi",
            "meta": {"click_targets": True},
        }
    )
    notes = []
    outside = total - sum(tile_counts)  # no province (K/L head offices, unknown), or a name not on the grid
    if outside:  # bottom right of the grid is sea: room for the note
        notes.append(
            {
                "text": escape(t("chart.map_no_province", lang, count=format_count(outside, lang))),
                "x": 1,
                "y": 0,
                "xref": "paper",
                "yref": "paper",
                "xanchor": "right",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 14, "color": "#595959"},
            }
        )
    return _figure(
        traces,
        name,
        title_text,
        lang,
        height=460,
        annotations=notes,
        xaxis={"visible": False, "range": [-0.5, shape[1] - 0.5], "constrain": "domain"},
        yaxis={
            "visible": False,
            "autorange": "reversed",
            "scaleanchor": "x",
            "scaleratio": 1,
            "constrain": "domain",
        },  # fmt: skip
    )


def gender_split(table: pd.DataFrame, lang: str = "id", title: str | None = None) -> go.Figure:
    """Horizontal bars of stats.by_gender (unknown shown only when present)."""
    return _simple_bars(
        table, FIGURE_NAMES["gender_split"], _title(title, N_("chart.gender"), lang), lang, {}, horizontal=True
    )


def golongan_bars(table: pd.DataFrame, lang: str = "id", title: str | None = None) -> go.Figure:
    """Bars of stats.by_golongan in rank order (I ... IV, PPPK, unknown), groups without participants left out."""
    return _simple_bars(
        table, FIGURE_NAMES["golongan_bars"], _title(title, N_("chart.golongan"), lang), lang, {}, drop_zero=True
    )


def age_bands(table: pd.DataFrame, lang: str = "id", title: str | None = None) -> go.Figure:
    """Bars of stats.by_age_band, youngest first (unknown last), bands without participants left out."""
    return _simple_bars(
        table, FIGURE_NAMES["age_bands"], _title(title, N_("chart.age"), lang), lang, {}, drop_zero=True
    )


# ----------------------------------------------------------------------------------------------- Tren


def _cohort_ticks(frame: pd.DataFrame, upright: bool | None = None) -> list[str]:
    """Tick labels 'PKA<br>I/2024' per cohort row: the program's short name (a longer one on two lines), then
    angkatan/year (escaped pieces, authored line breaks). From ROTATED_TICKS_AT cohorts on, plotly stands the
    labels upright, where the lines of one label would stand side by side over its neighbours' (40 cohorts
    at a million participants read as a smear): one line then, the short name cut to UPRIGHT_TICK_CHARS (the
    hover names the cohort in full). `upright` True: so from the first cohort (a phone's narrow chart)."""
    upright = len(frame) >= ROTATED_TICKS_AT if upright is None else upright
    ticks = []
    for program, angkatan, year in zip(frame["program"], frame["angkatan"], frame["year"], strict=True):
        known = isinstance(program, str) and program.strip()
        short = program_short(program) if known else "?"
        if upright:
            cut = short if len(short) <= UPRIGHT_TICK_CHARS else short[: UPRIGHT_TICK_CHARS - 1].rstrip() + "…"
            head = escape(cut)
        else:
            head = wrap(short, COHORT_TICK_CHARS) if known else "?"
        tail = "/".join(
            escape(x) for x in (angkatan, year) if x is not None and not pd.isna(x) and str(x).strip()
        )
        ticks.append((f"{head} {tail}" if upright else f"{head}<br>{tail}") if tail else head)
    return ticks


def reads_at_every_width(n_cohorts: int) -> bool:
    """Whether a per-cohort Tren chart drawn for a phone (`narrow=True`) reads on a wide screen as well: from
    ROTATED_TICKS_AT cohorts on, the wide chart stands the names upright too, and the two differ only in the
    room above the plot for the legend's rows (a phone needs more; a wide screen leaves it empty). Then one
    chart serves both widths instead of a second one hidden by CSS, which the browser draws all the same."""
    return n_cohorts >= ROTATED_TICKS_AT


def cohort_trend_stacked(
    trend: pd.DataFrame, lang: str = "id", title: str | None = None, *, narrow: bool = False
) -> go.Figure:
    """Participants per cohort (stats.cohort_trend), stacked by sector, cohorts in time order. `narrow`: for
    a phone, cohort names standing on one line and the legend's rows above the plot (on 390 px the lying
    three-line names ran into each other and the legend lay over the title)."""
    name = FIGURE_NAMES["cohort_trend_stacked"]
    title_text = _title(title, N_("chart.cohort_trend"), lang)
    if _is_empty(trend):
        return empty_figure(name, lang, title=title_text)
    cohorts = trend.drop_duplicates("cohort_id")[
        ["cohort_id", "cohort", "program", "angkatan", "year", "cohort_total"]
    ].reset_index(drop=True)
    position = {int(c): i for i, c in enumerate(cohorts["cohort_id"])}
    traces: list[dict[str, Any]] = []
    for sector in SECTORS:
        part = trend[(trend["sector"] == sector)]
        if not int(part["count"].sum()) and sector not in ("central", "regional"):
            continue
        # The count alone on the bar: "14 (53,8%)" is wider than a bar of one of 40 cohorts and was hidden
        # (uniformtext); the share is in the hover and in the Pemda-share chart below.
        texts = [format_count(int(c), lang) if c else "" for c in part["count"]]
        hovers = [
            f"{escape(label)}<br>{escape(sector_label(sector, lang))}: {count_share(int(c), float(s), lang)}"
            for label, c, s in zip(part["cohort"], part["count"], part["share"], strict=True)
        ]
        traces.append(
            {
                "type": "bar",
                "x": [position[int(c)] for c in part["cohort_id"]],
                "y": [int(c) for c in part["count"]],
                "name": escape(sector_label(sector, lang)),
                "marker": {"color": SECTOR_COLOURS[sector]},
                "text": texts,
                "textposition": "inside",
                "insidetextanchor": "middle",
                "textangle": 0,  # never turned: the same reading direction in every bar
                "textfont": {"size": 13},
                # [hover, '', cohort id]: a click filters by the cohort (clicked_keys reads the third item)
                "customdata": [
                    [hover, "", str(int(c))] for hover, c in zip(hovers, part["cohort_id"], strict=True)
                ],
                "hovertemplate": "%{customdata[0]}<extra></extra>",
                "meta": {"sector": sector},
            }
        )
    totals = [int(total) for total in cohorts["cohort_total"]]
    top = max(max(totals), 1) * 1.15
    ticks = _cohort_ticks(cohorts, upright=True if narrow else None)
    traces.append(  # one text trace, not one annotation per cohort: stays fast for hundreds of cohorts
        {
            "type": "scatter",
            "x": list(range(len(cohorts))),
            "y": totals,
            "text": [format_count(total, lang) for total in totals],
            "mode": "text",
            "textposition": "top center",
            "textfont": {"size": 14},
            "hoverinfo": "skip",
            "showlegend": False,
            "name": escape(t("chart.total", lang)),
            "meta": {"total": True},
        }
    )
    upright = narrow or len(ticks) >= ROTATED_TICKS_AT
    bottom = _tick_room(ticks, upright=upright)
    names = [str(trace["name"]) for trace in traces if trace.get("showlegend", True)]
    extra = max(_legend_room(names, 14, NARROW_LEGEND_WIDTH) - 60, 0) if narrow else 0
    return _figure(
        traces,
        name,
        title_text,
        lang,
        height=440 + extra + _taller_for_ticks(bottom),
        title_on_top=bool(extra) or narrow,
        barmode="stack",
        showlegend=True,
        uniformtext={"minsize": 11, "mode": "hide"},
        legend={
            "orientation": "h",
            "traceorder": "normal",
            "yanchor": "bottom",
            "y": 1.02,
            "x": 0,
            "font": {"size": 14},
        },
        margin={"t": 100 + extra, "b": bottom, "l": _value_room(format_count(int(top), lang))},
        xaxis={
            "tickvals": list(range(len(cohorts))),
            "ticktext": ticks,
            "title": None,
            "ticks": "",
            **_upright_angle(upright),
        },  # fmt: skip
        yaxis={
            "title": {"text": t("axis.participants", lang)},
            "rangemode": "tozero",
            "tickformat": ",d",
            "range": [0, top],
        },
    )


LINE_DASHES: Final = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
LINE_SYMBOLS: Final = ("circle", "square", "diamond", "triangle-up", "x", "star")


PROGRAM_LINES: Final = len(LINE_DASHES)  # at most this many programs get a line of their own (told apart)


def _program_groups(table: pd.DataFrame) -> tuple[list[tuple[str, list[int]]], list[int]]:
    """(program's short name, row positions) of the programs drawn as lines, in the order programs first
    appear, and the rows of the other cohorts. Rows of one short name share a line (a program written two
    ways is one program). Only a program with two or more cohorts in view has a trend to draw; and at most
    PROGRAM_LINES of them (most cohorts first) get a line: fifteen programs of one cohort each drew fifteen
    legend entries and a scatter of lone points (a year at a million participants), though every cohort's
    tick names its program already."""
    groups: dict[str, list[int]] = {}
    for i, program in enumerate(table["program"]):
        known = isinstance(program, str) and program.strip()
        groups.setdefault(program_short(program) if known else "?", []).append(i)
    trends = [name for name, rows in groups.items() if len(rows) >= 2]
    drawn = set(sorted(trends, key=lambda name: -len(groups[name]))[:PROGRAM_LINES])  # stable: first seen
    lines = [(name, rows) for name, rows in groups.items() if name in drawn]
    others = sorted(i for name, rows in groups.items() if name not in drawn for i in rows)
    return lines, others


def regional_share_trend(
    table: pd.DataFrame, lang: str = "id", title: str | None = None, *, narrow: bool = False
) -> go.Figure:
    """The Pemda share per cohort (stats.regional_share_by_cohort) or per year (regional_share_by_year).
    `narrow`: for a phone, cohort names standing on one line, no share over each point (neighbours' ran
    into each other; the hover says it) and the legend's rows above the plot."""
    per_cohort = "cohort_id" in table.columns
    name = FIGURE_NAMES["regional_share_trend"]
    key = N_("chart.regional_share_trend") if per_cohort else N_("chart.regional_share_by_year")
    title_text = _title(title, key, lang)
    if _is_empty(table, "participants"):
        return empty_figure(name, lang, title=title_text)
    table = table.reset_index(drop=True)
    ticks = _cohort_ticks(table, upright=True if narrow else None) if per_cohort else [str(int(y)) for y in table["year"]]
    names = [escape(c) for c in table["cohort"]] if per_cohort else ticks
    shares = [float(s) for s in table["regional_share"]]
    texts = [format_share(s, lang) for s in shares]
    hovers = [
        f"{label}<br>{escape(sector_label('regional', lang))}: {format_count(int(r), lang)} / "
        f"{format_count(int(p), lang)} ({text})"
        for label, r, p, text in zip(names, table["regional"], table["participants"], texts, strict=True)
    ]
    style = {"color": SECTOR_COLOURS["regional"], "width": 3}
    marker = {"size": 9, "color": SECTOR_COLOURS["regional"]}
    # Each point's share written over it, while they fit: from ROTATED_TICKS_AT points on, the labels of
    # neighbouring points and lines run into each other (the hover still says each one).
    line: dict[str, Any] = {
        "type": "scatter",
        "mode": "lines+markers+text" if len(table) < ROTATED_TICKS_AT and not narrow else "lines+markers",
        "textposition": "top center",
        "textfont": {"size": TEXT_SIZE, "color": SECTOR_COLOURS["regional"]},
        "line": style,
        "marker": marker,
        "hovertemplate": "%{customdata}<extra></extra>",
        "cliponaxis": False,
        "name": escape(sector_label("regional", lang)),
    }
    # Per cohort, one line per program: a line from a PKA cohort to a Latsar cohort would read as a trend of
    # one series. Every line is the Pemda share (the Pemda colour); dashes and marker shapes tell them apart.
    # The other cohorts (their program's only one in view, or beyond PROGRAM_LINES) are points without a line.
    groups, others = _program_groups(table) if per_cohort else ([("", list(range(len(table))))], [])
    lines = [
        line
        | {
            "x": rows,
            "y": [shares[i] for i in rows],
            "text": [texts[i] for i in rows],
            "customdata": [hovers[i] for i in rows],
        }
        | (
            {
                "name": escape(program),
                "line": style | {"dash": LINE_DASHES[n % len(LINE_DASHES)]},
                "marker": marker | {"symbol": LINE_SYMBOLS[n % len(LINE_SYMBOLS)]},
            }
            if per_cohort
            else {}
        )
        for n, (program, rows) in enumerate(groups)
    ]
    if others:
        lines.append(
            line
            | {
                "mode": line["mode"].replace("lines+", ""),
                "x": others,
                "y": [shares[i] for i in others],
                "text": [texts[i] for i in others],
                "customdata": [hovers[i] for i in others],
                "name": escape(t("chart.other_programs", lang)),
                "marker": marker | {"symbol": "circle-open", "line": {"width": 2}},
            }
        )
    show_legend = per_cohort and bool(groups)  # with no line, the ticks name each point's program
    legend = {"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "font": {"size": LEGEND_SIZE}}
    top = (40 if show_legend else 0) + (60 if title_text else 20)  # room for the legend
    # A legend of many programs takes several rows: the chart grows by them (the plot keeps its height) and
    # the title stays at the top, above the legend rather than on it.
    width = NARROW_LEGEND_WIDTH if narrow else LEGEND_WIDTH
    rows_room = _legend_room([str(x["name"]) for x in lines], LEGEND_SIZE, width) if show_legend else 0
    extra = max(rows_room - top, 0)
    upright = (narrow and per_cohort) or len(ticks) >= ROTATED_TICKS_AT  # cohorts or years
    bottom = _tick_room(ticks, upright=upright)
    return _figure(
        lines,
        name,
        title_text,
        lang,
        height=400 + extra + _taller_for_ticks(bottom),
        showlegend=show_legend,
        legend=legend,
        title_on_top=bool(extra) or narrow,
        margin={
            "t": top + extra,
            "b": bottom,
            "l": _value_room("100%"),  # the axis' widest tick (".0%")
        },
        xaxis={
            "tickvals": list(range(len(table))),
            "ticktext": ticks,
            "title": None,
            "ticks": "",
            "range": [-0.5, len(table) - 0.5],
            **_upright_angle(upright),
        },  # fmt: skip
        yaxis={
            "range": [0, 1.08],
            "tickformat": ".0%",
            "title": {"text": t("axis.share", lang)},
            "showgrid": False,
        },
    )
