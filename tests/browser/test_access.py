"""Roles in a real browser: with accounts, a direct link to the upload page first asks to sign in; a viewer
then never gets the upload page (not in the navigation, no file picker even by URL), an editor does.

The server's store is prepared before it starts: the sample cohorts, an admin (the first account must be
one), a viewer and an editor. Nothing leaves 127.0.0.1 during the visit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.ui import (
    assert_no_error,
    go_to,
    open_app,
    rerun_after,
    screenshot,
    sidebar_nav_titles,
    title,
)

PASSWORD = "kata-sandi-uji-123"
UPLOADER = '[data-testid="stFileUploader"]'


@pytest.fixture(scope="module")
def accounts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory whose store holds the sample data and three accounts."""
    from store import open_store, seed_samples
    from store.auth.accounts import Accounts

    folder = tmp_path_factory.mktemp("accounts")
    store = open_store(f"sqlite:///{folder / 'dasbor.sqlite3'}")
    seed_samples(store)
    accounts = Accounts(store)
    accounts.create_user("admin", PASSWORD, "admin", by="tes")
    accounts.create_user("pimpinan", PASSWORD, "viewer", display_name="Ibu <b>Pimpinan</b>", by="tes")
    accounts.create_user("petugas", PASSWORD, "editor", by="tes")
    # Five people of the reference cohort in a second cohort: Tren and Kualitas list them as repeat people.
    from tests.factories import reference_upload

    again = reference_upload(angkatan="V")
    again.participants = again.participants.iloc[:5].copy()
    store.save_cohort(again, user="tes")
    store.close()
    return folder


def stored_people(folder: Path) -> tuple[set[str], set[str]]:
    """The full names and NIPs (digits) of everyone in the store under `folder`."""
    from store import open_store

    store = open_store(f"sqlite:///{folder / 'dasbor.sqlite3'}")
    people, _ = store.participants(None, limit=None)
    store.close()
    names = {str(n) for n in people["name"].dropna() if len(str(n)) >= 8}
    nips = {str(n) for n in people["nip"].dropna() if len(str(n)) == 18 and str(n).isdigit()}
    return names, nips


def received(page) -> list[bytes]:
    """Record every WebSocket frame the server sends to this page from now on (Streamlit's protobufs)."""
    frames: list[bytes] = []

    def on_socket(ws) -> None:
        ws.on(
            "framereceived",
            lambda payload: frames.append(payload if isinstance(payload, bytes) else payload.encode()),
        )

    page.on("websocket", on_socket)
    return frames


def sign_in(page, username: str) -> None:
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(PASSWORD)
    rerun_after(page, page.get_by_role("button", name="Masuk").click)


def test_a_viewer_opening_the_upload_url_is_refused(start_server, accounts_dir, new_session):
    server = start_server(data_dir=accounts_dir)
    session = new_session()
    page = session.page
    open_app(page, f"{server.url}/unggah")
    assert page.get_by_role("button", name="Masuk").count() == 1
    assert page.locator(UPLOADER).count() == 0
    assert page.locator('[data-testid="stMetric"]').count() == 0  # no numbers before signing in

    sign_in(page, "pimpinan")
    assert_no_error(page, server)
    nav = sidebar_nav_titles(page)
    assert "Unggah Roster" not in nav and "Kelola Data" not in nav and "Ringkasan" in nav
    assert page.locator(UPLOADER).count() == 0
    assert title(page) != "Unggah Roster"
    assert "Ibu <b>Pimpinan</b>" in page.locator('[data-testid="stSidebar"]').inner_text()
    assert page.locator('[data-testid="stSidebar"] b').count() == 0  # the display name is not HTML

    open_app(page, f"{server.url}/kelola")  # typing another editor page's address: a new connection...
    assert page.get_by_label("Kata sandi").count() == 0  # ...still signed in (session cookie), as viewer
    assert page.locator(UPLOADER).count() == 0 and title(page) != "Kelola Data"
    assert "Page not found" not in page.locator("body").inner_text()  # a hop home, not Streamlit's English
    screenshot(page, "akses_viewer")
    assert session.foreign_requests(server) == []


def test_an_editor_gets_the_upload_page(start_server, accounts_dir, new_session):
    server = start_server(data_dir=accounts_dir)
    page = new_session().page
    open_app(page, f"{server.url}/unggah")
    sign_in(page, "petugas")
    assert_no_error(page, server)
    if title(page) != "Unggah Roster":  # signing in may land on the overview; the link then works
        open_app(page, f"{server.url}/unggah")
    assert title(page) == "Unggah Roster"
    assert page.locator(UPLOADER).count() == 1
    assert "Kelola Data" in sidebar_nav_titles(page)


@pytest.mark.parametrize(("username", "sees_people"), [("pimpinan", False), ("petugas", True)])
def test_a_viewers_browser_receives_no_names_or_nips(
    start_server, accounts_dir, new_session, username, sees_people
):
    """What the server writes to the viewer's WebSocket while they visit every page holding a table of people
    (hidden columns and the table toolbar's own menus included): no stored name, no full NIP. An editor's
    traffic on the same pages carries them, so the check looks where they are."""
    names, nips = stored_people(accounts_dir)
    server = start_server(data_dir=accounts_dir)
    page = new_session().page
    frames = received(page)
    open_app(page, server.url)
    sign_in(page, username)
    for nav in ("Peserta", "Tren", "Kualitas data"):
        go_to(page, nav)
        assert_no_error(page, server, nav)
    traffic = b"".join(frames)
    assert len(traffic) > 10_000  # the pages did arrive through the socket
    seen_names = {n for n in names if n.encode() in traffic}
    seen_nips = {n for n in nips if n[:14].encode() in traffic}
    if sees_people:
        assert seen_names and seen_nips
    else:
        assert seen_names == set() and seen_nips == set()
    # The tables' own toolbar offers no CSV download or copy (client.disableDataExport): exports are the
    # app's audited ones.
    go_to(page, "Peserta")
    table = page.locator('[data-testid="stDataFrame"]').first
    table.hover()
    toolbar = page.locator('[data-testid="stElementToolbar"]').first
    toolbar.get_by_role("button", name="Search", exact=True).wait_for()  # the toolbar is there...
    assert toolbar.get_by_role("button", name="Download as CSV").count() == 0  # ...without the download
