"""Tren in a real browser: a click on a cohort's bar filters the dashboard by that cohort."""

from __future__ import annotations

from tests.browser.test_ringkasan import chips, click_centre, remove_chip
from tests.browser.ui import (
    chart_texts_outside,
    open_app,
    overlapping_chart_texts,
    pushed_margins,
    rerun_after,
    screenshot,
    wait_for_app,
    wait_for_charts,
)


def test_clicking_a_cohort_bar_filters_by_its_program_year_and_angkatan(server, session):
    """The PKA I/2024 bar: the URL names its program, year and angkatan, three chips show them, the page
    shows that cohort only; the chips' ✕ take the filters away one by one."""
    page = session.page
    open_app(page, server.url + "/tren")
    wait_for_charts(page)
    ticks = page.locator(".st-key-tren-cohorts .xtick text").evaluate_all("ts => ts.map(t => t.textContent)")
    position = next(i for i, tick in enumerate(ticks) if tick.startswith("PKA"))
    bar = page.locator(".st-key-tren-cohorts .barlayer .trace").first.locator(".point path").nth(position)
    rerun_after(page, lambda: click_centre(page, bar), url=lambda address: "angkatan=I" in address)
    wait_for_app(page)
    assert "program=Pelatihan+Kepemimpinan+Administrator" in page.url and "tahun=2024" in page.url
    assert chips(page) == [
        "Program pelatihan: Pelatihan Kepemimpinan Administrator ✕",
        "Tahun: 2024 ✕",
        "Angkatan: I ✕",
    ]
    wait_for_charts(page)
    assert page.locator(".st-key-tren-cohorts .xtick text").count() == 1  # that cohort only
    screenshot(page, "tren_angkatan")
    remove_chip(page, -1)
    assert "angkatan=" not in page.url and len(chips(page)) == 2
    assert session.page_errors == []


def test_tren_charts_start_with_the_room_their_labels_need(server, session):
    """No Tren chart's margin is pushed by plotly's automargin (which would draw it twice), in both
    languages: the estimated room for cohort ticks, value ticks and the legend is enough."""
    page = session.page
    for address in ("/tren", "/tren?lang=en"):
        open_app(page, server.url + address)
        wait_for_charts(page)
        page.get_by_role("tab").nth(1).click()  # the per-year chart is drawn when its tab shows
        wait_for_charts(page)
        # the wide charts (the phone's, hidden at this width, are drawn for 390 px)
        plots = page.locator('[data-testid="stMain"] [class*="st-key-tren-"]:not([class*="_narrow"]) .js-plotly-plot')
        assert plots.count() == 3
        assert pushed_margins(plots) == [
            ["tren-peserta-per-angkatan", []],
            ["tren-porsi-pemda", []],
            ["tren-porsi-pemda", []],
        ]
    assert session.page_errors == []


def test_on_a_phone_the_cohort_charts_keep_their_names_apart(server, new_session):
    """At 390 px, in both languages: no cohort name, legend entry or title of a Tren chart lies on another,
    and none runs off the chart (the three-line cohort names ran into each other and the legend lay over
    the title); at 1400 px the wide charts are the ones shown."""
    page = new_session().page
    page.set_viewport_size({"width": 390, "height": 844})
    for lang in ("id", "en"):
        open_app(page, f"{server.url}/tren?lang={lang}")
        wait_for_charts(page)
        assert page.locator(".st-key-tren-cohorts").is_hidden()
        assert page.locator(".st-key-tren-cohorts_narrow .barlayer .point path").count() > 0
        assert overlapping_chart_texts(page) == [], lang
        assert chart_texts_outside(page) == [], lang
    page.set_viewport_size({"width": 1400, "height": 900})
    assert page.locator(".st-key-tren-cohorts").is_visible()
    assert page.locator(".st-key-tren-cohorts_narrow").is_hidden()


def test_twenty_cohorts_draw_one_chart_per_kind_that_reads_on_a_phone_and_a_wide_screen(
    start_server, new_session, tmp_path
):
    """20 cohorts in view (a year at a million participants): Tren draws one cohort chart and one share chart,
    no phone versions hidden by CSS. At 1400 px they fill the column; at 390 px they keep 640 px for the 20
    standing names and scroll sideways (in 358 px the names lay on each other), names and legend apart, the
    page itself no wider than the phone."""
    from benchmarks.synthetic_store import fill_store
    from store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'dasbor.sqlite3'}")
    fill_store(store, 600)  # 20 cohorts of 30
    store.close()
    server = start_server(data_dir=tmp_path)
    page = new_session().page
    for width in (1400, 390):
        page.set_viewport_size({"width": width, "height": 844})
        open_app(page, server.url + "/tren")
        wait_for_charts(page)
        assert page.locator('[class*="st-key-tren-"][class*="_narrow"]').count() == 0
        plots = page.locator(".st-key-tren-cohorts .js-plotly-plot, .st-key-tren-share_cohort .js-plotly-plot")
        widths = plots.evaluate_all("ps => ps.map(p => p._fullLayout.width)")
        assert len(widths) == 2 and min(widths) >= 640, widths
        assert page.locator(".st-key-tren-cohorts .xtick text").count() == 20
        assert overlapping_chart_texts(page) == [], width
        assert chart_texts_outside(page) == [], width
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(tmp_path / f"tren-20-angkatan-{width}.png"))  # looked at when the test changes
    assert pushed_margins(page.locator('[data-testid="stMain"] .js-plotly-plot')) == [
        ["tren-peserta-per-angkatan", []],
        ["tren-porsi-pemda", []],
        ["tren-porsi-pemda", []],
    ]
