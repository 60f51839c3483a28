"""Dark mode in a real browser: with the operating system in dark mode (Chromium's prefers-color-scheme) the
dashboard is dark, the charts' text follows it (light on dark, not black on a white box), and K/L and Pemda
keep exactly their colours. The screenshot goes to docs/screenshots/ringkasan_gelap.png for the README."""

from __future__ import annotations

from tests.browser.ui import assert_no_error, make_session, open_app, screenshot, title, wait_for_charts

KL_BLUE = "rgb(0, 114, 178)"  # peserta.figures.SECTOR_COLOURS["central"], #0072B2
PEMDA_VERMILLION = "rgb(213, 94, 0)"  # SECTOR_COLOURS["regional"], #D55E00


def luminance(css: str) -> float:
    """Relative brightness 0-1 of a CSS rgb()/rgba() colour."""
    parts = [float(p) for p in css[css.index("(") + 1 : css.index(")")].split(",")[:3]]
    return (0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]) / 255


def chart_colours(page) -> dict[str, list[str]]:
    """In the sector chart: the bars' fills, and the fills of the tick labels and of the numbers on the bars."""
    return page.evaluate(
        """() => {
          const chart = document.querySelector('.st-key-ringkasan-sector [data-testid="stPlotlyChart"]');
          const fill = (sel) => [...chart.querySelectorAll(sel)].map(e => getComputedStyle(e).fill);
          return {
            bars: fill('.barlayer .point path'),
            ticks: fill('.xtick text, .ytick text'),
            texts: fill('.bartext'),
          };
        }"""
    )


def test_the_dashboard_and_its_charts_follow_the_dark_mode(server, browser) -> None:
    session = make_session(browser, color_scheme="dark")
    try:
        page = session.page
        open_app(page, server.url + "/")
        assert_no_error(page, server)
        assert title(page) == "Ringkasan"
        wait_for_charts(page)
        app_background = page.evaluate(
            "getComputedStyle(document.querySelector('[data-testid=\"stApp\"]')).backgroundColor"
        )
        assert luminance(app_background) < 0.2, app_background
        colours = chart_colours(page)
        assert set(colours["bars"]) >= {KL_BLUE, PEMDA_VERMILLION}, colours
        assert colours["ticks"] and all(luminance(c) > 0.6 for c in colours["ticks"]), colours
        page.locator(".st-key-ringkasan-sector").scroll_into_view_if_needed()  # the charts in the picture
        page.mouse.wheel(0, -120)
        path = screenshot(page, "ringkasan_gelap")
        assert path.stat().st_size > 10_000
    finally:
        session.context.close()


def test_light_mode_keeps_the_same_sector_colours(server, browser) -> None:
    session = make_session(browser, color_scheme="light")
    try:
        page = session.page
        open_app(page, server.url + "/")
        wait_for_charts(page)
        colours = chart_colours(page)
        assert set(colours["bars"]) >= {KL_BLUE, PEMDA_VERMILLION}, colours
        assert colours["ticks"] and all(luminance(c) < 0.6 for c in colours["ticks"]), colours
        assert colours["texts"] and all(luminance(c) < 0.3 for c in colours["texts"]), colours
    finally:
        session.context.close()


def test_the_buttons_drawn_in_frames_follow_the_dark_mode(server, browser) -> None:
    """'Layar penuh' (Presentasi) and 'Salin tautan' (sidebar) are buttons in small frames, styled by their
    own page: in dark mode both are dark like Streamlit's buttons beside them ('Layar penuh' stayed white)."""
    session = make_session(browser, color_scheme="dark")
    try:
        page = session.page
        open_app(page, server.url + "/presentasi")
        assert_no_error(page, server)
        backgrounds = {}
        for name in ("Layar penuh", "Salin tautan"):
            frame = next(f for f in page.frames if f.locator("button", has_text=name).count())
            backgrounds[name] = frame.locator("button", has_text=name).evaluate(
                "b => getComputedStyle(b).backgroundColor"
            )
        assert all(luminance(c) < 0.2 for c in backgrounds.values()), backgrounds
    finally:
        session.context.close()
