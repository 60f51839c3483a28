"""A shared link to any page works as the very first request of a freshly started server.

Why this needs a real server: a folder named ``pages/`` next to dashboard.py puts a fresh Streamlit
process in its legacy multipage mode until the first ``st.navigation`` call (see HOUSE_STYLE.md). In
that mode ``/tren`` ran pages/tren.py on its own and the sidebar listed the files ("dashboard",
"ringkasan", "tren") instead of the navigation. Only the first run of each process is affected, so each
page gets its own fresh server, each on a copy of one store seeded through the store API (quicker than
seeding through the app once per page). The first visit must not fetch anything from outside either.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.browser.ui import (
    assert_no_error,
    open_app,
    sidebar_nav_titles,
    title,
)

# URL path -> page title (st.title). The navigation shows the same titles, in this order.
PAGES = {
    "ringkasan": "Ringkasan",
    "tren": "Tren",
    "peserta": "Peserta",
    "kualitas": "Kualitas data",
    "presentasi": "Presentasi",
    "unggah": "Unggah Roster",
    "kelola": "Kelola Data",
    "pengguna": "Pengguna",
}
NAV_TITLES = list(PAGES.values())
DEFAULT = "ringkasan"


@pytest.fixture(scope="module")
def seeded_store(seeded_db: Path) -> Path:
    """A SQLite store with the sample cohorts (conftest.seeded_db)."""
    return seeded_db


@pytest.mark.parametrize("path", list(PAGES))
def test_direct_link_is_the_first_request_of_a_fresh_server(
    start_server, seeded_store, tmp_path, new_session, path
):
    shutil.copy(seeded_store, tmp_path / seeded_store.name)
    server = start_server(data_dir=tmp_path)
    session = new_session()
    page = session.page
    open_app(page, f"{server.url}/{path}")

    nav = sidebar_nav_titles(page)
    assert nav == NAV_TITLES, f"sidebar shows {nav}, not the navigation (legacy pages/ list?)"
    assert_no_error(page, server)
    assert title(page) == PAGES[path]
    # Streamlit shows the default page's address as "/".
    assert page.url.split("?")[0] in {f"{server.url}/{path}", f"{server.url}/" if path == DEFAULT else None}
    current = page.locator(
        '[data-testid="stSidebarNavLink"][aria-current="page"] [data-testid="stMarkdownContainer"]'
    )
    assert current.inner_text().strip() == PAGES[path]
    assert session.foreign_requests(server) == [], (
        "nothing may be fetched from outside, even on the first visit"
    )
    # The frontend is told where the server's root is (pages.page_routes): it does not first try the page's
    # address as the root (a 404 on /<page>/_stcore/health and a pause before connecting at "/").
    wrong_root = [u for u in session.requests if f"/{path}/_stcore/" in u]
    assert wrong_root == [], f"the frontend guessed /{path} as the server's root first: {wrong_root}"
    assert any(u.startswith(f"ws://127.0.0.1:{server.port}/_stcore/stream") for u in session.requests)
    page.context.close()
    server.terminate()  # done with it: free the CPU for the next one
