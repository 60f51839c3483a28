"""peserta.deck: the PowerPoint reopened with python-pptx (and LibreOffice where installed) - slide count,
native chart types, series names and values equal to the dashboard's numbers, footer on every slide,
nothing personal, nothing a spreadsheet would run."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from peserta import stats
from peserta.deck import deck_pptx
from peserta.facts import facts_from_participants
from peserta.filters import Filters
from peserta.slides import build_slides, footer_text
from tests.factories import DKI, multi_cohorts, multi_facts, participants, reference_facts

FOOTER = "Filter: semua angkatan · Sumber: Dasbor Peserta Pelatihan · Dibuat 5 September 2023 14.03 WIB"
CHART_TYPES = {
    "sector": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "level": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "agencies": XL_CHART_TYPE.BAR_CLUSTERED,
    "provinces": XL_CHART_TYPE.BAR_CLUSTERED,
    "gender": XL_CHART_TYPE.BAR_CLUSTERED,
    "golongan": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "age": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "trend": XL_CHART_TYPE.COLUMN_STACKED,
}
PAYLOADS = ('=HYPERLINK("http://contoh.invalid","klik")', "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1")


def make_deck(
    facts: pd.DataFrame | None = None, lang: str = "id", **kwargs: object
) -> tuple[list, Presentation]:
    slides = build_slides(
        multi_facts() if facts is None else facts, multi_cohorts(), Filters(), lang, **kwargs
    )  # type: ignore[arg-type]
    data = deck_pptx(slides, footer=FOOTER, lang=lang)
    return slides, Presentation(io.BytesIO(data))


def charts(deck: Presentation) -> list:
    """The chart of each slide (None where the slide has none)."""
    found = []
    for page in deck.slides:
        frames = [shape for shape in page.shapes if shape.has_chart]
        found.append(frames[0].chart if frames else None)
    return found


def texts(page) -> list[str]:
    return [shape.text_frame.text for shape in page.shapes if shape.has_text_frame]


def test_deck_mirrors_the_slides_16_by_9():
    slides, deck = make_deck()
    assert len(deck.slides) == len(slides) == 10
    assert (deck.slide_width, deck.slide_height) == (Inches(13.333), Inches(7.5))
    for slide, page in zip(slides, deck.slides, strict=True):
        assert page.shapes.title.text_frame.text == slide.title
        if slide.kind not in ("title",):
            assert slide.message in texts(page)
        assert page.notes_slide.notes_text_frame.text.startswith(
            slide.lines[0] if slide.lines else slide.message
        )


def test_every_chart_is_a_native_chart_with_its_data():
    slides, deck = make_deck()
    for slide, page, chart in zip(slides, deck.slides, charts(deck), strict=True):
        assert not [s for s in page.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]  # no pictures at all
        if slide.chart is None:
            assert chart is None
            continue
        assert chart.chart_type == CHART_TYPES[slide.key]
        assert chart.part.chart_workbook.xlsx_part is not None  # "Edit Data" opens the numbers
        plot = chart.plots[0]
        assert plot.has_data_labels
        assert tuple(plot.categories) == slide.chart.categories
        assert [s.name for s in plot.series] == [s.name for s in slide.chart.series]
        for drawn, series in zip(plot.series, slide.chart.series, strict=True):
            assert list(drawn.values) == [None if v is None else float(v) for v in series.values]


@pytest.mark.parametrize(
    ("key", "stats_table"),
    [
        ("sector", lambda f: stats.by_sector(f).query("count > 0")),
        ("level", stats.regional_by_level),
        ("provinces", stats.by_province),
        ("golongan", lambda f: stats.by_golongan(f).query("count > 0")),
        ("age", lambda f: stats.by_age_band(f).query("count > 0")),
    ],
)
def test_chart_numbers_equal_the_dashboards(key, stats_table):
    slides, deck = make_deck(reference_facts())
    chart = charts(deck)[[s.key for s in slides].index(key)]
    expected = stats_table(reference_facts())
    expected = expected[(expected["key"] != "") | (expected["count"] > 0)]
    assert list(chart.plots[0].categories) == expected["label"].tolist()
    assert list(chart.plots[0].series[0].values) == [float(c) for c in expected["count"]]


@pytest.mark.parametrize("facts", [reference_facts, multi_facts], ids=["reference", "four cohorts"])
@pytest.mark.parametrize("key", ["sector", "level", "gender", "golongan", "age"])
def test_chart_categories_are_the_dashboards_bars(facts, key):
    """The deck's chart names the bars the page (and the PDF, which prints the page's figure) draws: no
    'Golongan I', 'Golongan II', 'PPPK' or empty age band at 0 where the page leaves them out."""
    slides, deck = make_deck(facts())
    slide = next(s for s in slides if s.key == key)
    chart = charts(deck)[slides.index(slide)]
    drawn = [html.unescape(str(row[0])) for trace in slide.figure().data for row in trace.customdata]
    assert list(chart.plots[0].categories) == drawn


def test_agency_bars_sum_to_the_top_agencies():
    slides, deck = make_deck(reference_facts())
    chart = charts(deck)[[s.key for s in slides].index("agencies")]
    series = [s.values for s in chart.plots[0].series]
    per_category = [sum(v or 0 for v in column) for column in zip(*series, strict=True)]
    top = stats.top_agencies(reference_facts(), 10)
    # the remainder ('Lainnya (7 instansi): 7 peserta, tidak digambar') is named without a bar, as on the
    # dashboard: its sum over many agencies would dwarf the named bars
    assert per_category == [*(float(c) for c in top["count"].iloc[:-1]), 0.0]
    assert list(chart.plots[0].categories)[-1].startswith("Lainnya (") and top["key"].iloc[-1] == stats.OTHERS_KEY
    assert chart.category_axis.reverse_order  # the largest agency on top, as on the dashboard
    assert chart.has_legend


def test_bars_start_at_zero():
    """Left automatic, the hidden value axis of 14 K/L vs 12 Pemda starts near 12: the bars read 3 to 1."""
    for facts in (reference_facts(), None):  # one cohort; several (with the stacked trend)
        slides, deck = make_deck(facts)
        scales = {s.key: c.value_axis.minimum_scale for s, c in zip(slides, charts(deck), strict=True) if c}
        assert scales and set(scales.values()) == {0.0}, scales


def test_sector_colours_are_fixed():
    slides, deck = make_deck(reference_facts())
    series = charts(deck)[1].plots[0].series[0]
    colours = [str(series.points[i].format.fill.fore_color.rgb) for i in range(2)]
    assert colours == ["0072B2", "D55E00"]


def test_footer_and_number_on_every_slide():
    slides, deck = make_deck()
    for number, page in enumerate(deck.slides, start=1):
        shown = texts(page)
        assert FOOTER in shown
        assert f"{number}/{len(slides)}" in shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cover_counts_the_angkatan_once(lang):
    """The cover said '4 angkatan, 2023-2024' and again '36 peserta dari 4 angkatan'."""
    slides, deck = make_deck(lang=lang)
    cover = " / ".join(text for text in texts(deck.slides[0]) if text != FOOTER)
    assert len(re.findall(r"\b(?:angkatan|cohorts?)\b", cover, re.IGNORECASE)) == 1, cover
    assert "36 " in cover  # the participants are still there


def test_english_deck_titles():
    slides, deck = make_deck(lang="en")
    assert deck.slides[1].shapes.title.text_frame.text == "Participants by agency type"
    assert deck.core_properties.language == "en-US"


def test_suppressed_points_are_blank_with_a_less_than_five_label():
    slides, deck = make_deck(suppress_small=True)
    chart = charts(deck)[1]
    assert list(chart.plots[0].series[0].values) == [17.0, 17.0, None, None]
    xml = chart.part.blob.decode("utf-8")
    assert xml.count("&lt; 5") == 2


def test_chart_names_are_inert_in_the_embedded_workbook():
    rows = [
        (4, "regional", "city", DKI, payload, "L", "III", "30-39") for payload in PAYLOADS for _ in range(2)
    ]
    facts = pd.concat([reference_facts(), facts_from_participants(participants(*rows))], ignore_index=True)
    slides, deck = make_deck(facts)
    chart = charts(deck)[[s.key for s in slides].index("agencies")]
    book = openpyxl.load_workbook(io.BytesIO(chart.part.chart_workbook.xlsx_part.blob))
    cells = [cell for row in book.active.iter_rows() for cell in row if cell.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    labels = [str(c.value) for c in cells if isinstance(c.value, str)]
    assert "'" + PAYLOADS[0] in labels and "'+1+1" in labels


def test_text_with_control_characters_still_makes_a_deck():
    rows = [(4, "regional", "city", DKI, "Dinas\x00 Kota\x0b Bogor", "L", "III", "30-39")] * 2
    facts = pd.concat([reference_facts(), facts_from_participants(participants(*rows))], ignore_index=True)
    slides, deck = make_deck(facts)
    assert "Dinas Kota Bogor" in charts(deck)[3].plots[0].categories


def test_the_file_is_a_clean_package():
    slides = build_slides(multi_facts(), multi_cohorts(), Filters(), "id")
    data = deck_pptx(slides, footer=FOOTER)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        names = package.namelist()
    assert "[Content_Types].xml" in names
    assert len([n for n in names if re.fullmatch(r"ppt/charts/chart\d+\.xml", n)]) == 8
    assert len([n for n in names if n.startswith("ppt/embeddings/")]) == 8
    again = io.BytesIO()
    Presentation(io.BytesIO(data)).save(again)  # python-pptx reads and writes it back without complaint
    assert len(Presentation(again).slides) == 10


# --- no people on any slide ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory):
    from store import open_store, seed_samples

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('deck') / 'dasbor.sqlite3'}")
    seed_samples(store)
    yield store
    store.close()


def test_no_names_or_nips_in_the_deck_of_the_sample_data(sample_store):
    people, _ = sample_store.participants(None, limit=None)
    slides = build_slides(sample_store.facts(), sample_store.cohorts(), Filters(), "id")
    footer = footer_text(Filters(), sample_store.cohorts(), "id", datetime.now(UTC))
    data = deck_pptx(slides, footer=footer)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = " ".join(
            package.read(name).decode("utf-8", "replace")
            for name in package.namelist()
            if name.endswith(".xml")
        )
        workbooks = [
            openpyxl.load_workbook(io.BytesIO(package.read(n)))
            for n in package.namelist()
            if n.endswith(".xlsx")
        ]
    cells = " ".join(str(c.value) for book in workbooks for row in book.active.iter_rows() for c in row)
    names = [n for n in people["name"].dropna() if len(n) > 6]
    nips = [n for n in people["nip"].dropna() if n]
    assert names and nips
    assert not [n for n in names if n in xml or n in cells]
    assert not [n for n in nips if n in xml or n in cells]
    assert len(slides) == 10 and "26" in xml  # the deck is about the sample data indeed


# --- LibreOffice -----------------------------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) tidak terpasang: konversi tanpa-kepala dilewati"
)
def test_libreoffice_opens_and_converts_the_deck(tmp_path: Path):
    slides = build_slides(multi_facts(), multi_cohorts(), Filters(), "id", suppress_small=True)
    source = tmp_path / "presentasi.pptx"
    source.write_bytes(deck_pptx(slides, footer=FOOTER))
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    pdf = tmp_path / "presentasi.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    pages = re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes())
    assert len(pages) == len(slides)
