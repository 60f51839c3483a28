"""The dashboard's breakdowns in one table, read by every place that shows them.

*Ringkasan* draws each breakdown in its section, the slides (and the PPTX and PDF built from them) give
each one a slide, the Excel recap a sheet, and the tests loop over the same rows. Adding a breakdown: a
statistic in `peserta.stats` (a key/label/count/share frame), a figure in `peserta.figures`, a row here
(its new text ids go into the catalog with `make catalog`), and a test of the statistic; the page, the
slides, the deck, the PDF and the recap pick it up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

import pandas as pd
import plotly.graph_objects as go

from peserta import figures, stats
from peserta.i18n import N_

# Where a breakdown is drawn on Ringkasan, in page order, and the text id of each section's heading.
Section = Literal["sector", "agencies", "regions", "profile"]
SECTIONS: Final[tuple[Section, ...]] = ("sector", "agencies", "regions", "profile")
SECTION_TITLES: Final[dict[str, str]] = {
    "sector": N_("section.sector"),
    "agencies": N_("section.agencies"),
    "regions": N_("section.regions"),
    "profile": N_("section.profile"),
}
# How a slide says it in words (peserta.slides holds one writer per style):
#   parts: every counted row ("Laki-laki: 14 peserta (53,8%) dan Perempuan: 12 ..."),
#   sector: every shown row, K/L and Pemda even at 0; level: the Pemda total, then its parts;
#   largest: the largest row; agencies, provinces: the leaders among so many agencies/provinces.
Message = Literal["parts", "sector", "level", "largest", "agencies", "provinces"]
# Which rows a slide charts: main = counted rows and K/L and Pemda always; known = named or counted rows;
# counted = counted rows only (the figure leaves empty groups out: figures' drop_zero); all = every row.
Rows = Literal["main", "known", "counted", "all"]
# A slide chart's colours: per sector, Pemda colour for every level, one series per sector (agencies),
# or neutral with unknown grey.
Colours = Literal["sector", "regional", "agency", "neutral"]


@dataclass(frozen=True)
class Breakdown:
    """One breakdown: its statistic and figure, its texts, and how each consumer shows it."""

    key: str  # slide key, chart key `ringkasan.<key>`, recap sheet
    compute: Callable[[pd.DataFrame, str], pd.DataFrame]  # (facts, lang) -> key/label/count/share frame
    draw: Callable[[pd.DataFrame, str], go.Figure]  # (that frame, lang) -> the chart
    title_key: str  # the chart's and the slide's title
    row_label_key: str  # header of the column naming the rows (slide tables, recap sheet)
    sheet_key: str  # the recap sheet's title (Excel: at most 31 characters)
    section: Section
    slide_kind: Literal["column", "bar"]
    message: Message
    rows: Rows = "known"
    colours: Colours = "neutral"
    filter_field: str | None = None  # clicking a bar or tile filters by this peserta.filters.Filters field
    # The recap sheet's table when it is not the slide's (the recap lists every agency, not the top 10).
    recap_table: Callable[[pd.DataFrame, str], pd.DataFrame] | None = None


def _every_agency(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    return stats.top_agencies(facts, n=len(facts) + 1, lang=lang)  # every agency, no 'Lainnya' row


def _top_agencies(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    return stats.top_agencies(facts, TOP_AGENCIES, lang)


TOP_AGENCIES: Final = 10  # agencies named on the page and the slide; the rest are one 'Lainnya' row

BREAKDOWNS: Final[tuple[Breakdown, ...]] = (
    Breakdown(
        "sector", stats.by_sector, figures.participants_by_sector, N_("chart.by_sector"), N_("col.sector"),
        N_("sheet.sector"), "sector", "column", "sector", rows="main", colours="sector",
        filter_field="sectors",
    ),
    Breakdown(
        "level", stats.regional_by_level, figures.regional_by_level, N_("chart.regional_by_level"), N_("col.level"),
        N_("sheet.level"), "sector", "column", "level", colours="regional", filter_field="levels",
    ),
    Breakdown(
        "agencies", _top_agencies, figures.top_agencies, N_("chart.top_agencies"), N_("col.agency"),
        N_("sheet.agencies"), "agencies", "bar", "agencies", rows="all", colours="agency",
        filter_field="agencies", recap_table=_every_agency,
    ),
    Breakdown(
        "provinces", stats.by_province, figures.province_tile_map, N_("chart.province_map"), N_("col.province"),
        N_("sheet.provinces"), "regions", "bar", "provinces", rows="all", filter_field="provinces",
    ),
    Breakdown(
        "gender", stats.by_gender, figures.gender_split, N_("chart.gender"), N_("col.gender"),
        N_("sheet.gender"), "profile", "bar", "parts",
    ),
    Breakdown(
        "golongan", stats.by_golongan, figures.golongan_bars, N_("chart.golongan"), N_("col.golongan"),
        N_("sheet.golongan"), "profile", "column", "largest", rows="counted",
    ),
    Breakdown(
        "age", stats.by_age_band, figures.age_bands, N_("chart.age"), N_("col.age_band"),
        N_("sheet.age"), "profile", "column", "largest", rows="counted",
    ),
)  # fmt: skip


def by_key() -> dict[str, Breakdown]:
    """The breakdowns by key (read at call time: a test may add a row)."""
    return {breakdown.key: breakdown for breakdown in BREAKDOWNS}


def in_section(section: Section) -> list[Breakdown]:
    """The breakdowns drawn in one Ringkasan section, in table order."""
    return [breakdown for breakdown in BREAKDOWNS if breakdown.section == section]


def tables(facts: pd.DataFrame, lang: str) -> dict[str, pd.DataFrame]:
    """Every breakdown's table of one selection, by key."""
    return {breakdown.key: breakdown.compute(facts, lang) for breakdown in BREAKDOWNS}
