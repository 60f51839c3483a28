"""No English left in the Indonesian UI: every page, opened as admin (local mode) in Indonesian, with a text
field typed into (Streamlit's "Press Enter to ..." hints), a filter's list opened ("Select all") and the file
pickers shown ("Upload", "25MB per file"), shows none of the English strings Streamlit writes by itself, and
no English-style date ("6 Dec 2026")."""

from __future__ import annotations

import re

from tests.browser.ui import assert_no_error, go_to, multiselect, open_app, sidebar_nav_titles, wait_for_app

# Streamlit's (and plotly's) own words seen in this app, whole words, case as shown.
ENGLISH = re.compile(
    r"\b(Upload|Select all|Select \d+ matches|Press Enter|Drag and drop|per file|Browse files|Download plot|"
    r"Choose an option|No options|No results|Fullscreen|Page not found)\b"
)
ENGLISH_DATE = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")


def shown_text(page) -> str:
    """Everything a person can read in the page: the visible text, and the CSS-generated words of buttons."""
    return page.evaluate(
        """() => document.body.innerText + '\\n' + [...document.querySelectorAll('button span')]
             .map(e => getComputedStyle(e, '::after').content).filter(c => c && c !== 'none').join('\\n')"""
    )


def english_in(page) -> list[str]:
    text = shown_text(page)
    return sorted(
        {m.group(0) for m in ENGLISH.finditer(text)} | {m.group(0) for m in ENGLISH_DATE.finditer(text)}
    )


def test_every_page_as_admin_speaks_indonesian(server, session) -> None:
    page = session.page
    open_app(page, server.url + "/")
    titles = sidebar_nav_titles(page)
    assert len(titles) >= 8, titles  # admin sees every page
    found: dict[str, list[str]] = {}
    for page_title in titles:
        go_to(page, page_title)
        assert_no_error(page, server, page_title)
        # a text field with something typed shows Streamlit's "Press Enter to ..." hint
        field = page.locator('[data-testid="stMain"] [data-testid="stTextInput"] input').first
        if field.count():
            field.click()
            field.type("12")
            page.wait_for_timeout(300)
        if english := english_in(page):
            found[page_title] = english
        if field.count():
            field.fill("")
            page.keyboard.press("Tab")
            wait_for_app(page)
    # a filter's open list (Streamlit offers "Select all" there)
    combo = multiselect(page, "Program pelatihan").get_by_role("combobox")
    combo.click()
    page.get_by_role("option").first.wait_for()
    if english := english_in(page):
        found["(daftar filter)"] = english
    page.keyboard.press("Escape")
    assert found == {}


def test_the_file_picker_says_its_button_and_limit_in_indonesian(server, session) -> None:
    page = session.page
    open_app(page, server.url + "/unggah")
    dropzone = page.locator('[data-testid="stFileUploaderDropzone"]')
    dropzone.wait_for()
    assert "Pilih berkas" in shown_text(page)
    assert "Maksimal 25 MB per berkas." in page.locator('[data-testid="stMain"]').inner_text()
    assert english_in(page) == []
