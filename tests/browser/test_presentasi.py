"""Presentasi in a real browser: the slides render, the arrow keys move between them (and the URL follows),
presenting hides the sidebar and goes full screen, and the three downloads are valid files with the
dashboard's numbers."""

from __future__ import annotations

import io
import re
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation

from peserta import pdf
from peserta.filters import Filters
from peserta.slides import build_slides
from tests.browser.ui import (
    assert_no_error,
    chart_texts_outside,
    charts,
    open_app,
    overlapping_chart_texts,
    rerun_after,
    screenshot,
    tile_texts_outside,
    wait_for_charts,
)
from tests.factories import multi_cohorts, multi_facts, reference_facts

# The reference cohort as an officer would share it, on the Presentasi page.
LINK = "/presentasi?program=Pelatihan+Coaching+dan+Mentoring&tahun=2023&angkatan=IV"
REFERENCE_SLIDES = 9
COVER = "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023"


def slide_title(page) -> str:
    return page.locator('.st-key-presentasi-title [data-testid="stText"]').inner_text().strip()


def press(page, key: str, slide: int) -> None:
    """Press an arrow key and wait for the slide it leads to (its number in the URL)."""
    rerun_after(page, lambda: page.keyboard.press(key))
    page.wait_for_url(re.compile(rf"[?&]slide={slide}(&|$)"))


def test_arrow_keys_move_between_slides(server, session):
    page = session.page
    # A fresh server's very first direct link runs in Streamlit's legacy pages/ mode, where the favicon of
    # any page is fetched from Google (reported to the router's owner); start past it, then count requests.
    open_app(page, server.url + "/")
    session.requests.clear()
    open_app(page, server.url + LINK)
    assert_no_error(page, server)
    assert slide_title(page) == COVER
    assert f"1 / {REFERENCE_SLIDES}" in page.locator('[data-testid="stMain"]').inner_text()
    press(page, "ArrowRight", 2)
    assert slide_title(page) == "Peserta menurut jenis instansi"
    assert [c["key"] for c in wait_for_charts(page)] == ["st-key-presentasi-chart"]
    press(page, "ArrowRight", 3)
    assert slide_title(page) == "Peserta Pemda per tingkat pemerintahan"
    press(page, "ArrowLeft", 2)
    assert "angkatan=IV" in page.url  # the filters stay in the link
    assert not session.page_errors
    assert session.foreign_requests(server) == []


def test_presenting_hides_the_sidebar_and_goes_full_screen(server, session):
    page = session.page
    open_app(page, server.url + LINK + "&slide=2")
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.is_visible()
    rerun_after(page, lambda: page.get_by_role("button", name="Mulai presentasi").click())
    assert sidebar.is_hidden()
    assert page.locator('[data-testid="stMain"] h1').count() == 0  # no page title while presenting
    wait_for_charts(page)
    page.frame_locator('[data-testid="stMain"] iframe').first.get_by_role(
        "button", name="Layar penuh"
    ).click()
    page.wait_for_function("() => document.fullscreenElement !== null")
    screenshot(page, "presentasi-layar-penuh")
    page.evaluate("() => document.exitFullscreen()")
    rerun_after(page, lambda: page.get_by_role("button", name="Keluar").click())
    assert sidebar.is_visible()
    assert not session.page_errors


def download(page, label: str, folder: Path) -> bytes:
    """Click a download button and return the file it delivered."""
    with page.expect_download(timeout=120_000) as started:
        page.locator('[data-testid="stDownloadButton"] button').filter(has_text=label).click()
    info = started.value
    path = folder / info.suggested_filename
    info.save_as(path)
    return path.read_bytes()


def test_downloads_are_valid_files_with_the_dashboards_numbers(server, session, tmp_path):
    page = session.page
    open_app(page, server.url + LINK)

    deck = Presentation(io.BytesIO(download(page, "PowerPoint", tmp_path)))
    assert len(deck.slides) == REFERENCE_SLIDES
    sector = next(shape.chart for shape in deck.slides[1].shapes if shape.has_chart)
    assert list(sector.plots[0].series[0].values) == [14.0, 12.0]

    book = openpyxl.load_workbook(io.BytesIO(download(page, "Rekap Excel", tmp_path)))
    rows = list(book["Jenis Instansi"].iter_rows(values_only=True))
    assert rows[1][:2] == ("Kementerian/Lembaga", 14) and rows[2][:2] == ("Pemerintah Daerah", 12)
    assert "Peserta" in book.sheetnames  # local mode is admin: the participants sheet, NIPs masked

    button = page.locator('[data-testid="stDownloadButton"] button').filter(has_text="PDF")
    if button.is_disabled():  # the server has no Chromium: the page says why instead
        assert "Chromium" in page.locator('[data-testid="stMain"]').inner_text()
        return
    pdf = download(page, "PDF", tmp_path)
    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf)) == REFERENCE_SLIDES
    assert not session.page_errors


def test_a_clicker_and_the_keyboard_drive_the_slides_also_after_full_screen(server, session):
    """PageDown/PageUp (what presentation clickers send), Space/Shift+Space, Home/End and B (blank screen)
    work on the page and still after "Layar penuh" moved the focus into its frame."""
    page = session.page
    open_app(page, server.url + LINK)
    rerun_after(page, lambda: page.get_by_role("button", name="Mulai presentasi").click())
    press(page, "PageDown", 2)
    press(page, "Space", 3)
    press(page, "Shift+Space", 2)
    press(page, "PageUp", 1)
    press(page, "End", REFERENCE_SLIDES)
    press(page, "Home", 1)
    frame = page.frame_locator('[data-testid="stMain"] iframe').first
    frame.get_by_role("button", name="Layar penuh").click()
    page.wait_for_function("() => document.fullscreenElement !== null")
    frame.get_by_role("button", name="Layar penuh").focus()  # the worst case: focus left inside the frame
    press(page, "PageDown", 2)
    frame.get_by_role("button", name="Layar penuh").focus()
    press(page, "ArrowRight", 3)
    page.keyboard.press("b")
    assert page.locator("#dasbor-layar-hitam").is_visible()
    page.keyboard.press("b")
    assert page.locator("#dasbor-layar-hitam").count() == 0
    page.evaluate("() => document.exitFullscreen()")
    assert slide_title(page) == "Peserta Pemda per tingkat pemerintahan"
    assert not session.page_errors


def test_on_a_phone_every_slides_chart_keeps_its_names_on_screen_and_apart(server, new_session):
    """At 390 px each slide with a chart shows the dashboard's figure for that width: the room-sized one cut
    the agency names at the screen's edge and laid the cohort names of the trend over each other."""
    page = new_session().page
    page.set_viewport_size({"width": 390, "height": 844})
    checked = 0
    for number in range(1, 11):  # every sample cohort: ten slides, the trend among them
        open_app(page, f"{server.url}/presentasi?slide={number}")
        assert_no_error(page, server)
        if not charts(page):
            continue
        wait_for_charts(page)
        assert chart_texts_outside(page) == [], number
        assert overlapping_chart_texts(page) == [], number
        checked += 1
    assert checked >= 7


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("facts", [reference_facts, multi_facts], ids=["reference", "four cohorts"])
def test_printed_map_names_fit_their_tiles(browser, facts, lang):
    """The PDF's province map as Chromium draws it at print size: every name and count stays inside its
    tile ('Bengkulu' and 'Lampung' ran 3 px past theirs at 13 px)."""
    slides = build_slides(facts(), multi_cohorts(), Filters(), lang)
    figure = pdf._print_figure(next(s for s in slides if s.key == "provinces"))
    assert figure is not None
    page = browser.new_page()
    try:
        names, outside = tile_texts_outside(page, figure.to_json())
    finally:
        page.close()
    assert names == 38 and outside == []
