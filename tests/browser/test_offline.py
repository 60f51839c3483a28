"""A whole visit stays on this machine: every page, both languages, and not one request leaves 127.0.0.1.

Participant data is personal data; the dashboard must work on an office network without internet, so
no CDN fonts, map tiles, telemetry or plotly downloads. Counted: every HTTP request and WebSocket, and
every address the page writes into a link/script/img/iframe, even briefly (Chromium's favicon fetches
do not show up as requests). The walk also writes each page's screenshot.
"""

from __future__ import annotations

from tests.browser.ui import (
    assert_no_error,
    go_to,
    open_app,
    rerun_after,
    screenshot,
    sidebar_nav_titles,
    title,
    wait_for_charts,
)

# Navigation title -> (screenshot name, page title). Ringkasan's screenshots come from test_ringkasan.
WALK = {
    "Tren": ("tren", "Tren"),
    "Peserta": ("peserta", "Peserta"),
    "Kualitas data": ("kualitas", "Kualitas data"),
    "Presentasi": ("presentasi", "Presentasi"),
    "Unggah Roster": (None, "Unggah Roster"),  # its screenshot, with a roster read: test_unggah
    "Kelola Data": ("kelola", "Kelola Data"),
    "Pengguna": ("pengguna", "Pengguna"),
    "Ringkasan": (None, "Ringkasan"),
}
ENGLISH_NAV = [
    "Summary",
    "Trends",
    "Participants",
    "Data quality",
    "Presentation",
    "Upload Roster",
    "Manage Data",
    "Users",
]


def test_visiting_every_page_requests_nothing_outside_127_0_0_1(server, session):
    page = session.page
    open_app(page, server.url + "/")
    for nav_title, (shot, page_title) in WALK.items():
        go_to(page, nav_title)
        assert title(page) == page_title
        assert_no_error(page, server, nav_title)
        if nav_title == "Presentasi":  # the next slide (a chart); its number goes into the address
            rerun_after(
                page, page.get_by_role("button", name="Berikutnya").click, url=lambda url: "slide=2" in url
            )
            assert "slide=2" in page.url
        if page.locator('[data-testid="stPlotlyChart"]').count():
            wait_for_charts(page)
        if shot:
            screenshot(page, shot)

    english = page.locator('[data-testid="stRadio"] label').filter(has_text="English")
    rerun_after(page, english.click, url=lambda url: "lang=en" in url)
    assert sidebar_nav_titles(page) == ENGLISH_NAV
    assert title(page) == "Summary"
    assert "lang=en" in page.url
    wait_for_charts(page)
    screenshot(page, "ringkasan_en")

    assert any(url.startswith(f"ws://127.0.0.1:{server.port}/_stcore/stream") for url in session.requests)
    assert session.foreign_requests(server) == []
    assert session.page_errors == []
