"""peserta.pdf: the slides printed by the server's Chromium through kaleido (one browser per export), and a
plain explanation instead of a failure where kaleido or Chromium is missing."""

from __future__ import annotations

import importlib.util
import re
import stat
from pathlib import Path

import pytest

from peserta import figures, pdf
from peserta.facts import facts_from_participants
from peserta.filters import Filters
from peserta.pdf import PdfUnavailable, chromium_path, pdf_available, slides_html, slides_pdf
from peserta.slides import build_slides
from tests.factories import DKI, multi_cohorts, multi_facts, participants, reference_facts

FOOTER = "Filter: semua angkatan · Sumber: Dasbor Peserta Pelatihan · Dibuat 5 September 2023 14.03 WIB"
HOSTILE = '<script>alert("x")</script><img src=http://contoh.invalid/a.png>'


def fake_program(folder: Path, name: str = "chromium") -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def no_browser_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No DASBOR_CHROMIUM or BROWSER_PATH, and a PATH with nothing on it."""
    monkeypatch.delenv(pdf.CHROMIUM_ENV, raising=False)
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    return empty


def test_chromium_from_the_setting_then_browser_path_then_the_path(
    no_browser_settings, tmp_path, monkeypatch
):
    assert chromium_path() is None
    on_path = fake_program(no_browser_settings, "chromium")
    assert chromium_path() == str(on_path)
    browser_path = fake_program(tmp_path, "chrome-b")
    monkeypatch.setenv("BROWSER_PATH", str(browser_path))
    assert chromium_path() == str(browser_path)
    chosen = fake_program(tmp_path, "chromium-a")
    monkeypatch.setenv(pdf.CHROMIUM_ENV, str(chosen))
    assert chromium_path() == str(chosen)
    monkeypatch.setenv(pdf.CHROMIUM_ENV, str(tmp_path / "tidak-ada"))
    assert chromium_path() is None  # a wrong setting is reported, not quietly replaced


@pytest.mark.parametrize(
    ("lang", "words"), [("id", "Chromium tidak ditemukan"), ("en", "Chromium was not found")]
)
def test_missing_chromium_is_explained(no_browser_settings, lang, words):
    ready, why = pdf_available(lang)
    assert not ready and words in why and "DASBOR_CHROMIUM" in why
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(), lang)
    with pytest.raises(PdfUnavailable, match="Chromium"):
        slides_pdf(slides, footer=FOOTER, lang=lang)


def test_missing_kaleido_is_explained(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "kaleido" else real(name, *a)
    )
    ready, why = pdf_available("id")
    assert not ready and "kaleido" in why


def test_print_page_escapes_every_text_and_fetches_nothing():
    rows = [(4, "regional", "city", DKI, HOSTILE, "L", "III", "30-39")] * 6
    facts = facts_from_participants(participants(*rows))
    slides = build_slides(facts, multi_cohorts(), Filters(), "id")
    page = slides_html(slides, [None] * len(slides), FOOTER + " <b>", "id")
    assert "<script" not in page and "<img src=http" not in page
    assert "&lt;script&gt;" in page
    assert page.count("<section") == len(slides)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "http://" not in page.replace("http://contoh.invalid", "")  # only the escaped hostile text
    assert "&lt;b&gt;" in page  # the footer too


def test_print_page_embeds_figures_as_data_images():
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(), "id")
    images = [b"<svg xmlns='http://www.w3.org/2000/svg'/>" if s.figure else None for s in slides]
    page = slides_html(slides, images, FOOTER, "id")
    assert page.count('src="data:image/svg+xml;base64,') == sum(1 for i in images if i)
    assert "5-8 September 2023" in page and "9/9" in page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_printed_tile_names_fit_their_tiles_by_the_width_estimate(lang):
    """The printed map's names, at the code base's glyph-width estimate, fit a tile of the printed grid (seven
    rows in the page's chart height); tests/browser/test_presentasi.py measures them drawn by Chromium."""
    slides = build_slides(multi_facts(), multi_cohorts(), Filters(), lang)
    figure = pdf._print_figure(next(s for s in slides if s.key == "provinces"))
    assert figure is not None
    heatmap = figure.data[0]
    tile = (pdf.FIGURE_SIZE[1] - figure.layout.margin.t - figure.layout.margin.b) / len(heatmap.z)
    longest = max(
        len(line) for trace in figure.data[:-1] for row in trace.text for t in row for line in t.split("<br>")
    )
    assert longest == len("Bengkulu")
    assert heatmap.textfont.size * longest * figures.CHAR_WIDTH <= tile - heatmap.xgap


@pytest.mark.parametrize("lang", ["id", "en"])
def test_printed_cover_counts_the_angkatan_once(lang):
    """The cover said '4 angkatan, 2023-2024' and again '36 peserta dari 4 angkatan'."""
    slides = build_slides(multi_facts(), multi_cohorts(), Filters(), lang)
    page = slides_html(slides, [None] * len(slides), FOOTER, lang)
    cover = re.search(r'<section class="cover">(.*?)<footer>', page, re.DOTALL)
    assert cover is not None
    assert len(re.findall(r"\b(?:angkatan|cohorts?)\b", cover.group(1), re.IGNORECASE)) == 1, cover.group(1)
    assert "36 " in cover.group(1)


@pytest.mark.slow
@pytest.mark.skipif(not pdf_available()[0], reason=f"PDF tidak dapat dibuat di sini: {pdf_available()[1]}")
def test_pdf_has_one_page_per_slide_from_one_browser(monkeypatch):
    import kaleido

    opened, drawn = [], []
    original_open, original_calc = kaleido.Kaleido.open, kaleido.Kaleido.calc_fig

    async def counting_open(self):
        opened.append(self)
        return await original_open(self)

    async def counting_calc(self, *args, **kwargs):
        drawn.append(kwargs.get("opts"))
        return await original_calc(self, *args, **kwargs)

    monkeypatch.setattr(kaleido.Kaleido, "open", counting_open)
    monkeypatch.setattr(kaleido.Kaleido, "calc_fig", counting_calc)
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(), "id")
    data = slides_pdf(slides, footer=FOOTER, lang="id")
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", data)) == len(slides) == 9
    assert len(opened) == 1  # one browser for the whole export, not one per figure
    assert len(drawn) == sum(1 for s in slides if s.figure) == 7
    assert all(opts["format"] == "svg" for opts in drawn)
    assert pdf_title(data) == slides[0].title  # the deck's title, not the temporary file's name


def pdf_title(data: bytes) -> str | None:
    """The /Title of a PDF's document information (literal or UTF-16 hex string)."""
    found = re.search(rb"/Title\s*(?:\((.*?)\)|<([0-9A-Fa-f]+)>)", data, re.S)
    if found is None:
        return None
    if found.group(2) is not None:
        raw = bytes.fromhex(found.group(2).decode())
        return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
    raw = found.group(1)
    return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")


def test_printed_bar_charts_name_every_row():
    """On the fixed-height page plotly would skip every other agency name; each row keeps its name."""
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(), "id")
    agencies = next(s for s in slides if s.key == "agencies")
    figure = pdf._print_figure(agencies)
    assert figure is not None
    rows = [name for trace in figure.data for name in trace.y]
    assert list(figure.layout.yaxis.tickvals) == list(dict.fromkeys(rows))
    assert figure.layout.yaxis.tickmode == "array" and figure.layout.yaxis.tickfont.size >= 10
    sector = pdf._print_figure(next(s for s in slides if s.key == "sector"))
    assert sector is not None and sector.layout.yaxis.tickvals is None  # vertical bars left alone


def test_printed_agency_names_fit_their_rows():
    """The dashboard wraps long agency names onto two lines; on the printed page's ten rows of about 30 px
    two lines of 16 px ran into the next name ('Badan Pengawas Obat dan / Makanan' over 'Badan Pengawasan
    Keuangan dan'). Printed, each name is one line, and a line fits its row."""
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(), "id")
    figure = pdf._print_figure(next(s for s in slides if s.key == "agencies"))
    assert figure is not None
    names = list(figure.layout.yaxis.ticktext)
    assert "Badan Pusat Statistik Kabupaten Sleman" in names  # two lines on the dashboard
    assert not any("<br>" in str(name) for name in names)
    row_pitch = (pdf.FIGURE_SIZE[1] - 60) / len(names)
    assert figure.layout.yaxis.tickfont.size * 1.3 <= row_pitch
