"""Staying signed in, in a real browser: after signing in, a reload (F5), a new tab and a shared filter link
open the dashboard without the password; the filter link opened by someone signed out asks for the password
and then shows the filtered view; signing out ends it for reloads too. The sign-in cookie holds only a random
token and is HttpOnly and SameSite=Strict: page JavaScript cannot read it.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.browser.ui import assert_no_error, chosen, metrics, open_app, rerun_after, title, wait_for_app

PASSWORD = "kata-sandi-uji-123"
COOKIE = "dasbor_sesi"  # store.auth.user_sessions.COOKIE_NAME
FILTERS = {"Program pelatihan": "Pelatihan Coaching dan Mentoring", "Angkatan": "IV"}
LINK_QUERY = urlencode({"program": "Pelatihan Coaching dan Mentoring", "angkatan": "IV"})


@pytest.fixture(scope="module")
def signed_server(start_server, tmp_path_factory: pytest.TempPathFactory):
    """A server whose store holds the sample data and one admin."""
    from store import open_store, seed_samples
    from store.auth.accounts import Accounts

    folder = tmp_path_factory.mktemp("signed")
    store = open_store(f"sqlite:///{folder / 'dasbor.sqlite3'}")
    seed_samples(store)
    Accounts(store).create_user("admin", PASSWORD, "admin", display_name="Admin Pusdiklat", by="tes")
    store.close()
    return start_server(data_dir=folder)


def asks_for_password(page) -> bool:
    return page.get_by_label("Kata sandi").count() > 0


def sign_in(page) -> None:
    """Fill in the form and wait until the browser is back from the cookie endpoint, signed in."""
    page.get_by_label("Nama pengguna").fill("admin")
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.get_by_role("button", name="Keluar").wait_for()  # after the trip to the cookie endpoint and back
    wait_for_app(page)


def reference_view(page) -> None:
    assert {label: chosen(page, label) for label in FILTERS} == {k: [v] for k, v in FILTERS.items()}
    shown = metrics(page)
    assert (shown["Peserta"], shown["Kementerian/Lembaga"], shown["Pemerintah Daerah"]) == ("26", "14", "12")


def test_reload_new_tab_and_shared_link_keep_the_sign_in(signed_server, new_session) -> None:
    session = new_session()
    page = session.page
    open_app(page, signed_server.url + "/")
    assert asks_for_password(page)
    sign_in(page)
    assert title(page) == "Ringkasan"
    assert_no_error(page, signed_server)

    cookies = {c["name"]: c for c in session.context.cookies()}
    assert COOKIE in cookies, cookies
    cookie = cookies[COOKIE]
    assert cookie["httpOnly"] is True and cookie["sameSite"] == "Strict"
    assert cookie["secure"] is False  # plain HTTP on 127.0.0.1 here; Secure behind HTTPS (unit-tested)
    assert len(cookie["value"]) >= 40 and "admin" not in cookie["value"]
    assert COOKIE not in page.evaluate("document.cookie")

    page.reload(wait_until="domcontentloaded")  # F5
    wait_for_app(page)
    assert not asks_for_password(page) and title(page) == "Ringkasan"

    tab = session.context.new_page()
    open_app(tab, signed_server.url + "/tren")
    assert not asks_for_password(tab) and title(tab) == "Tren"

    link = session.context.new_page()
    open_app(link, f"{signed_server.url}/?{LINK_QUERY}")
    assert not asks_for_password(link)
    reference_view(link)
    assert_no_error(link, signed_server)


def test_a_shared_link_opened_signed_out_shows_the_filtered_view_after_sign_in(
    signed_server, new_session
) -> None:
    page = new_session().page
    open_app(page, f"{signed_server.url}/?{LINK_QUERY}")
    assert asks_for_password(page)
    sign_in(page)
    assert LINK_QUERY.split("&")[1] in page.url  # the filters survived the sign-in and the cookie endpoint
    reference_view(page)


def test_sign_out_then_reload_asks_for_the_password(signed_server, new_session) -> None:
    session = new_session()
    page = session.page
    open_app(page, signed_server.url + "/")
    sign_in(page)
    other_tab = session.context.new_page()
    open_app(other_tab, signed_server.url + "/")
    assert not asks_for_password(other_tab)

    rerun_after(page, page.get_by_role("button", name="Keluar").click)
    page.get_by_label("Kata sandi").wait_for()  # the sign-out's run may outlast rerun_after's wait
    page.reload(wait_until="domcontentloaded")
    wait_for_app(page)
    page.get_by_label("Kata sandi").wait_for()
    assert page.get_by_role("button", name="Keluar").count() == 0
    # the other tab of the same browser is signed out at its next action (here: choosing another page)
    rerun_after(other_tab, other_tab.get_by_text("Tren", exact=True).first.click)
    other_tab.get_by_label("Kata sandi").wait_for()


def test_a_forged_or_replayed_hand_off_sets_no_cookie(signed_server, new_session) -> None:
    session = new_session()
    page = session.page
    page.goto(f"{signed_server.url}/_dasbor/sesi?kode=tebakan&lanjut=https://contoh.invalid/")
    wait_for_app(page)
    assert page.url.startswith(signed_server.url + "/")  # never sent to another site
    assert asks_for_password(page)
    assert COOKIE not in {c["name"] for c in session.context.cookies()}
