"""peserta.breakdowns: one table of breakdowns read by Ringkasan, the slides (and the deck built from them)
and the recap; a row added to it appears in all of them."""

from __future__ import annotations

import io

import openpyxl
import plotly.graph_objects as go
import pytest
from pptx import Presentation

from peserta import breakdowns, figures, stats
from peserta.breakdowns import BREAKDOWNS, SECTIONS, Breakdown
from peserta.deck import deck_pptx
from peserta.filters import FILTER_FIELDS, Filters
from peserta.i18n import LANGS, t
from peserta.recap import recap_xlsx
from peserta.slides import build_slides
from tests.apptest import goto, open_app
from tests.factories import multi_cohorts, multi_facts

EXCEL_FORBIDDEN = set("[]:*?/\\")
# A breakdown as a newcomer would add one: Pemda participants per province, drawn as bars.
PEMDA_PROVINCES = Breakdown(
    "pemda_provinces",
    lambda facts, lang: stats.by_province(facts, lang, sector="regional"),
    figures.province_bar,
    "chart.by_province",
    "col.province",
    "sheet.participants",  # a title no other sheet uses when the participants are not asked for
    "profile",
    "column",
    "largest",
)


@pytest.fixture
def with_new_breakdown(monkeypatch: pytest.MonkeyPatch) -> Breakdown:
    monkeypatch.setattr(breakdowns, "BREAKDOWNS", (*BREAKDOWNS, PEMDA_PROVINCES))
    return PEMDA_PROVINCES


def test_keys_are_unique_and_sections_known():
    keys = [b.key for b in BREAKDOWNS]
    assert len(keys) == len(set(keys))
    assert {b.section for b in BREAKDOWNS} <= set(SECTIONS)
    assert all(breakdowns.in_section(section) for section in SECTIONS)  # no empty heading on the page
    assert {b.filter_field for b in BREAKDOWNS} - {None} <= set(FILTER_FIELDS)


@pytest.mark.parametrize("breakdown", BREAKDOWNS, ids=lambda b: b.key)
@pytest.mark.parametrize("lang", LANGS)
def test_texts_exist_and_sheet_titles_suit_excel(breakdown: Breakdown, lang: str):
    for key in (breakdown.title_key, breakdown.row_label_key, breakdowns.SECTION_TITLES[breakdown.section]):
        assert t(key, lang).strip()
    title = t(breakdown.sheet_key, lang)
    assert 0 < len(title) <= 31 and not set(title) & EXCEL_FORBIDDEN


@pytest.mark.parametrize("breakdown", BREAKDOWNS, ids=lambda b: b.key)
def test_each_statistic_is_a_breakdown_frame_that_adds_up(breakdown: Breakdown):
    facts = multi_facts()
    table = breakdown.compute(facts, "id")
    assert {"key", "label", "count", "share"} <= set(table.columns)
    counted = stats.by_sector(facts)
    population = (
        int(counted.loc[counted["key"] == "regional", "count"].iloc[0])
        if breakdown.key == "level"
        else stats.participant_count(facts)
    )
    assert int(table["count"].sum()) == population
    assert isinstance(breakdown.draw(table, "id"), go.Figure)


def test_every_breakdown_has_a_slide_a_deck_page_and_a_recap_sheet():
    facts, cohorts = multi_facts(), multi_cohorts()
    slides = build_slides(facts, cohorts, Filters())
    by_key = {s.key: s for s in slides}
    book = openpyxl.load_workbook(io.BytesIO(recap_xlsx(facts, cohorts, Filters(), slides=slides)))
    deck = Presentation(io.BytesIO(deck_pptx(slides, footer="x")))
    titles = {shape.text_frame.text for page in deck.slides for shape in page.shapes if shape.has_text_frame}
    for breakdown in BREAKDOWNS:
        slide = by_key[breakdown.key]
        assert slide.title == t(breakdown.title_key, "id")
        assert slide.title in titles
        sheet = book[t(breakdown.sheet_key, "id")]
        assert sheet.cell(1, 1).value == t(breakdown.row_label_key, "id")
        if breakdown.recap_table is None:  # the recap holds the slide's numbers
            assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == slide.table["label"].tolist()


def test_a_new_row_reaches_the_slides_the_deck_and_the_recap(with_new_breakdown: Breakdown):
    facts, cohorts = multi_facts(), multi_cohorts()
    slides = build_slides(facts, cohorts, Filters())
    new = next(s for s in slides if s.key == with_new_breakdown.key)
    expected = with_new_breakdown.compute(facts, "id")
    assert new.table["count"].tolist() == expected["count"].tolist()
    assert [s.key for s in slides][-3:] == [with_new_breakdown.key, "trend", "summary"]
    deck = Presentation(io.BytesIO(deck_pptx(slides, footer="x")))
    assert len(deck.slides) == len(slides)
    book = openpyxl.load_workbook(io.BytesIO(recap_xlsx(facts, cohorts, Filters(), slides=slides)))
    sheet = book[t(with_new_breakdown.sheet_key, "id")]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == expected["count"].tolist()
    assert book.sheetnames.index(sheet.title) == book.sheetnames.index(t("sheet.cohorts", "id")) - 1


def test_a_breakdown_with_nobody_to_count_has_no_slide():
    facts = multi_facts()
    only_central = facts[facts["sector"].astype(str) == "central"]
    keys = [s.key for s in build_slides(only_central, multi_cohorts(), Filters())]
    assert "level" not in keys and "sector" in keys


def test_ringkasan_draws_every_breakdown_and_a_new_row(seeded_db_url: str, with_new_breakdown: Breakdown):
    at = goto(open_app(), "pages/ringkasan.py")
    ids = [chart.proto.id for chart in at.get("plotly_chart")]
    for breakdown in BREAKDOWNS:
        key = "province_map" if breakdown.key == "provinces" else breakdown.key
        assert any(i.endswith(f"ringkasan.{key}") for i in ids), (breakdown.key, ids)
    new = next(c for c in at.get("plotly_chart") if c.proto.id.endswith(f"ringkasan.{with_new_breakdown.key}"))
    assert t(with_new_breakdown.title_key, "id") in new.proto.spec
