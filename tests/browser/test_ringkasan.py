"""Ringkasan in a real browser: the sample data's numbers, and every chart actually drawn (bars, the
province tile map). (The reference cohort's 26 / 14 / 12 through a shared link: test_share_link.py.)"""

from __future__ import annotations

import json
from pathlib import Path

from peserta import figures
from tests.browser.ui import (
    assert_no_error,
    chart_texts_outside,
    chosen,
    main_text,
    metrics,
    open_app,
    pushed_margins,
    rerun_after,
    screenshot,
    title,
    wait_for_app,
    wait_for_charts,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = json.loads((ROOT / "data" / "samples" / "expected.json").read_text(encoding="utf-8"))
SAMPLE_COHORTS = [c for entry in SAMPLES["files"].values() for c in entry["cohorts"]]

# st.plotly_chart key -> what must be drawn in its SVG.
RINGKASAN_CHARTS = {
    "ringkasan.sector": ".barlayer .point path",
    "ringkasan.level": ".barlayer .point path",
    "ringkasan.agencies": ".barlayer .point path",
    "ringkasan.province_map": ".heatmaplayer image",
    "ringkasan.gender": ".barlayer .point path, .pielayer .slice path",
    "ringkasan.golongan": ".barlayer .point path",
    "ringkasan.age": ".barlayer .point path",
}


def drawn(page, key: str, marks: str) -> int:
    """How many marks (bars, tiles, slices) the chart with this st.plotly_chart key drew with a visible size."""
    element = page.locator(f'.st-key-{key.replace(".", "-")} [data-testid="stPlotlyChart"]')
    return element.evaluate(
        """(el, marks) => [...el.querySelectorAll(marks)].filter(m => {
               const box = m.getBoundingClientRect();
               return box.width > 0 && box.height > 0;
           }).length""",
        marks,
    )


def test_the_sample_data_is_shown_and_every_chart_is_drawn(server, session):
    page = session.page
    open_app(page, server.url + "/")

    assert_no_error(page, server)
    assert title(page) == "Ringkasan"
    assert "Data contoh" in main_text(page)
    shown = metrics(page)
    assert shown["Peserta"] == str(sum(c["total"] for c in SAMPLE_COHORTS))
    assert shown["Kementerian/Lembaga"] == str(sum(c["central"] for c in SAMPLE_COHORTS))
    assert shown["Angkatan"] == str(len(SAMPLE_COHORTS))
    assert server.db_path.exists(), "the server must use the private SQLite store in DASBOR_DATA_DIR"

    wait_for_charts(page)
    for key, marks in RINGKASAN_CHARTS.items():
        assert drawn(page, key, marks) > 0, f"{key}: no {marks} drawn"
    tiles = page.locator('.st-key-ringkasan-province_map [data-testid="stPlotlyChart"] text tspan')
    assert {"Aceh", "DKI", "Jatim", "Papua"} <= set(tiles.all_text_contents()), (
        "the tile map labels its provinces"
    )
    # The headline cards at the top, labels included, then the sentence and the K/L vs Pemda charts.
    page.locator('[data-testid="stMetric"]').first.evaluate("card => card.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(300)
    screenshot(page, "ringkasan")
    page.locator('[data-testid="stPlotlyChart"]').first.hover()
    assert page.locator(".modebar-btn").count() == 0  # no English toolbar over the charts
    assert session.page_errors == []
    page.locator('[data-testid="stTabs"]').first.evaluate("tabs => tabs.scrollIntoView({block: 'start'})")
    screenshot(page, "ringkasan_peta")


def test_vertical_bar_charts_start_with_the_room_their_category_names_need(server, session):
    """The sector, level, golongan and age bars are drawn once: plotly's automargin widens none of their
    margins (the horizontal bars, agencies and provinces, still let plotly measure their names)."""
    page = session.page
    open_app(page, server.url + "/")
    wait_for_charts(page)
    plots = page.locator('[data-testid="stMain"] .js-plotly-plot')
    pushed = dict(pushed_margins(plots))
    assert {name: pushed[name] for name in (
        "peserta-per-sektor", "peserta-pemda-per-tingkat", "peserta-per-golongan", "peserta-per-kelompok-umur"
    )} == dict.fromkeys(("peserta-per-sektor", "peserta-pemda-per-tingkat", "peserta-per-golongan",
                         "peserta-per-kelompok-umur"), [])  # fmt: skip


def test_a_phone_gets_province_bars_instead_of_the_tile_map(server, new_session):
    """At 390 px the 38 tiles are unreadable: the regions tab shows the province bars instead."""
    session = new_session()
    page = session.page
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, server.url + "/")
    assert_no_error(page, server)
    page.locator(".st-key-ringkasan-province_bar_narrow").scroll_into_view_if_needed()
    wait_for_charts(page)
    assert page.locator(".st-key-ringkasan-province_map").is_hidden()
    narrow = page.locator(".st-key-ringkasan-province_bar_narrow")
    assert narrow.is_visible() and narrow.locator(".barlayer .point path").count() > 0
    screenshot(page, "ringkasan_390")
    page.set_viewport_size({"width": 1400, "height": 900})  # a wide screen keeps the map
    assert page.locator(".st-key-ringkasan-province_map").is_visible() and narrow.is_hidden()


def test_no_chart_text_runs_past_its_chart_on_a_phone_or_a_wide_screen(server, new_session):
    """At 390 and 1400 px, in both languages, every title, label and note of Ringkasan's charts stays
    inside its chart (the 'Lainnya (81 instansi): 140 peserta, tidak digambar' note and the level chart's
    title ran off a phone's screen; 'Participants by golongan (rank group)' off its third of a wide one)."""
    page = new_session().page
    for width, height in ((390, 844), (1400, 900)):
        page.set_viewport_size({"width": width, "height": height})
        for lang in ("id", "en"):
            open_app(page, f"{server.url}/?lang={lang}")
            assert_no_error(page, server)
            wait_for_charts(page)
            assert chart_texts_outside(page) == [], (width, lang)


def click_centre(page, mark) -> None:
    """Click where a plotly mark is drawn, as a mouse does (plotly's marks themselves take no pointer events)."""
    mark.scroll_into_view_if_needed()
    box = mark.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_clicking_a_bar_filters_the_dashboard(server, session):
    """Click the K/L bar: the dashboard shows K/L only, the URL says so and the sidebar shows the filter
    (removable there); click a province bar: that province's participants."""
    page = session.page
    open_app(page, server.url + "/")
    wait_for_charts(page)
    before = metrics(page)
    bar = page.locator(".st-key-ringkasan-sector .barlayer .point path").first
    rerun_after(page, lambda: click_centre(page, bar), url=lambda address: "sektor=kl" in address)
    wait_for_app(page)
    shown = metrics(page)
    assert shown["Peserta"] == before["Kementerian/Lembaga"]
    assert "Kementerian/Lembaga" in chosen(page, "Jenis instansi")
    page.get_by_role("tab", name="Peserta menurut provinsi").click()
    bars = page.locator(".st-key-ringkasan-province_bar .barlayer .point path")
    bars.first.wait_for()
    rerun_after(page, lambda: click_centre(page, bars.first), url=lambda address: "provinsi=" in address)
    wait_for_app(page)
    assert len(chosen(page, "Provinsi")) == 1
    assert int(metrics(page)["Provinsi"]) == 1
    assert session.page_errors == []


CHIPS = '.st-key-filter-chips [data-testid="stElementContainer"]'


def chips(page) -> list[str]:
    """The labels of the filter chips above the page (Streamlit draws a button with help twice, one hidden)."""
    return [c.locator("button:visible").inner_text().strip() for c in page.locator(CHIPS).all()]


def remove_chip(page, n: int) -> None:
    """Click the ✕ chip number n (from 0; -1 the last) and wait for the run it causes."""
    chip = page.locator(CHIPS).nth(n) if n >= 0 else page.locator(CHIPS).last
    before = page.url
    rerun_after(page, chip.locator("button:visible").click, url=lambda address: address != before)


def test_clicking_an_agency_bar_filters_by_it_and_its_chip_removes_it(server, session):
    """Click an agency's bar: the URL names it, a chip shows it, every number is that agency's; the chip's ✕
    removes the filter again (URL and numbers back)."""
    page = session.page
    open_app(page, server.url + "/")
    wait_for_charts(page)
    before = metrics(page)
    bar = page.locator(".st-key-ringkasan-agencies .barlayer .point path").first
    rerun_after(page, lambda: click_centre(page, bar), url=lambda address: "instansi=" in address)
    wait_for_app(page)
    shown = metrics(page)
    assert shown["Instansi"] == "1" and int(shown["Peserta"]) < int(before["Peserta"])
    [chip] = chips(page)
    assert chip.startswith("Instansi: ") and chip.endswith("✕")
    remove_chip(page, 0)
    assert "instansi=" not in page.url
    assert metrics(page) == before and chips(page) == []
    assert session.page_errors == []


def test_clicking_a_map_tile_drills_down_to_that_provinces_agencies(server, session):
    """Click the Jawa Timur tile: ?provinsi=Jawa+Timur, a chip, and that province's agencies under the map."""
    page = session.page
    open_app(page, server.url + "/")
    wait_for_charts(page)
    plot = page.locator(".st-key-ringkasan-province_map .nsewdrag").first
    plot.scroll_into_view_if_needed()
    box = plot.bounding_box()
    tiles = figures.province_tiles()
    tile = tiles[tiles["province"] == "Jawa Timur"].iloc[0]
    columns, rows = int(tiles["col"].max()) + 1, int(tiles["row"].max()) + 1
    x = box["x"] + (int(tile["col"]) + 0.5) / columns * box["width"]
    y = box["y"] + (int(tile["row"]) + 0.5) / rows * box["height"]
    rerun_after(page, lambda: page.mouse.click(x, y), url=lambda address: "provinsi=Jawa+Timur" in address)
    wait_for_app(page)
    assert metrics(page)["Provinsi"] == "1"
    assert chips(page) == ["Provinsi: Jawa Timur ✕"]
    drill = page.locator(".st-key-ringkasan-province_agencies")
    drill.scroll_into_view_if_needed()
    wait_for_charts(page)
    assert "Instansi di Jawa Timur" in drill.inner_text()
    assert drill.locator(".barlayer .point path").count() > 0
    screenshot(page, "ringkasan_provinsi")
    assert session.page_errors == []
