"""Filters chosen in the sidebar are written into the address, and that address, opened by someone else
(a new browser context: no cookies, no session), shows the same view, on the overview and on Tren.
The filters pick the reference cohort, so the overview must show its 26 / 14 / 12."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tests.browser.ui import (
    assert_no_error,
    choose,
    chosen,
    go_to,
    metrics,
    open_app,
    screenshot,
    text_blocks,
    title,
)

FILTERS = {"Program pelatihan": "Pelatihan Coaching dan Mentoring", "Angkatan": "IV"}
QUERY = {"program": ["Pelatihan Coaching dan Mentoring"], "angkatan": ["IV"]}  # peserta.filters.QUERY_KEYS


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def view(page) -> dict[str, object]:
    """What a colleague compares: page title, numbers, chosen filters and every text outside the charts."""
    return {
        "title": title(page),
        "metrics": metrics(page),
        "filters": {label: chosen(page, label) for label in FILTERS},
        "text": text_blocks(page),
    }


def test_a_copied_address_reproduces_the_view_in_a_new_browser(server, new_session):
    mine = new_session().page
    open_app(mine, server.url + "/")
    for label, value in FILTERS.items():
        choose(mine, label, value)
    assert query(mine.url) == QUERY

    for page_title in ("Ringkasan", "Tren"):
        if page_title != title(mine):
            go_to(mine, page_title)  # the filters, and so the address, follow to another page
        assert query(mine.url) == QUERY
        theirs = new_session().page
        open_app(theirs, mine.url)
        assert_no_error(theirs, server)
        assert view(theirs) == view(mine)
        if page_title == "Ringkasan":
            shown = metrics(theirs)
            assert (shown["Peserta"], shown["Kementerian/Lembaga"], shown["Pemerintah Daerah"]) == (
                "26",
                "14",
                "12",
            )
            assert shown["Angkatan"] == "1"
            assert {label: chosen(theirs, label) for label in FILTERS} == {k: [v] for k, v in FILTERS.items()}
            screenshot(theirs, "ringkasan_angkatan_iv")


def test_the_copy_link_button_puts_the_filtered_view_on_the_clipboard(server, new_session):
    """'Salin tautan' copies the current address (filters in it); opened elsewhere it shows 26 / 14 / 12."""
    session = new_session()
    mine = session.page
    session.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    open_app(mine, server.url + "/")
    for label, value in FILTERS.items():
        choose(mine, label, value)
    button = mine.frame_locator('[data-testid="stSidebar"] iframe').first.get_by_role(
        "button", name="Salin tautan"
    )
    button.click()
    mine.frame_locator('[data-testid="stSidebar"] iframe').first.get_by_role(
        "button", name="Tautan disalin"
    ).wait_for()
    copied = mine.evaluate("() => navigator.clipboard.readText()")
    assert copied == mine.url and query(copied) == QUERY
    theirs = new_session().page
    open_app(theirs, copied)
    shown = metrics(theirs)
    assert (shown["Peserta"], shown["Kementerian/Lembaga"], shown["Pemerintah Daerah"]) == ("26", "14", "12")
