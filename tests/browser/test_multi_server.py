"""Several servers, one database: two `streamlit run dashboard.py` on one PostgreSQL behind Caddy with the
shipped deploy/Caddyfile (HTTPS from Caddy's local CA, sticky by cookie, WebSocket through the proxy).

A browser pinned to server A (by the proxy's sticky cookie) uploads a roster, which only works when the
upload request reaches the server holding that browser's WebSocket, and corrects an agency. A browser pinned
to server B, signed in and showing the overview before either, sees the new cohort and then the corrected
numbers on its next runs: B's caches are keyed by the store generation, which every write bumps in the
database. When A stops, the proxy sends a browser pinned to A to B and pins it there.

Needs PostgreSQL (DASBOR_TEST_PG_URL; .ci/run starts one) and Caddy (`apt-get install caddy`; .ci/run
installs it); without either the test is skipped and says why.
"""

from __future__ import annotations

import secrets
import ssl
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.browser.ui import (
    CADDY,
    STICKY_COOKIE,
    Proxy,
    Server,
    Session,
    assert_no_error,
    go_to,
    launch_proxy,
    launch_server,
    make_session,
    metrics,
    rerun_after,
    text_blocks,
    wait_for_app,
    wait_for_text,
    wait_until_healthy,
    wait_until_proxied,
)
from tests.builders import Person, sample_people, xlsx_roster

pytestmark = pytest.mark.skipif(
    CADDY is None,
    reason="Tes beberapa server dilewati: Caddy tidak terpasang (`apt-get install caddy`; CI memasangnya "
    "lewat .ci/run).",
)

ADMIN = "admin"
PASSWORD = secrets.token_urlsafe(18)  # never a guessable one: the store may refuse weak passwords
NEW_COHORT_TITLE = (
    "DAFTAR PESERTA",
    "PELATIHAN ANALIS KEBIJAKAN ANGKATAN IX TAHUN 2025",
    "Bandung, 3 - 6 Maret 2025",
)
UNKNOWN = "Badan Riset Cakrawala"  # the classifier knows no such body: counted as neither K/L nor Pemda
N_UNKNOWN = 3
UNRECOGNISED = "Instansi yang belum dikenali"  # the Kualitas data card


@pytest.fixture
def cluster(pg_url: str, tmp_path: Path) -> Iterator[tuple[Server, Server, Proxy]]:
    """A PostgreSQL store holding the reference cohort (26: 14 K/L, 12 Pemda) and one admin; two dashboard
    servers on it (their own data folders: nothing shared on disk); Caddy in front of both."""
    from store import open_store
    from store.auth.accounts import Accounts
    from tests.factories import reference_upload

    store = open_store(pg_url)
    store.save_cohort(reference_upload(), user="tes")  # not empty: no sample data seeded on the first visit
    Accounts(store).create_user(ADMIN, PASSWORD, "admin", by="tes")  # a proxied request refuses local mode
    store.close()
    servers = [
        launch_server(tmp_path / name / "data", tmp_path / f"{name}.log", db_url=pg_url) for name in "ab"
    ]
    proxy: Proxy | None = None
    try:
        a, b = (wait_until_healthy(server) for server in servers)
        proxy = wait_until_proxied(launch_proxy([a, b], tmp_path / "caddy"))
        yield a, b, proxy
    finally:
        if proxy is not None:
            proxy.stop()
        for server in servers:
            server.terminate()
        for server in servers:
            server.stop()


@pytest.fixture
def pinned(browser: Any) -> Iterator[Callable[[Proxy, Server], Session]]:
    """Factory of browser contexts that reach a given server through the proxy (its sticky cookie set
    beforehand); closed after the test."""
    sessions: list[Session] = []

    def make(proxy: Proxy, server: Server) -> Session:
        session = make_session(browser, ignore_https_errors=True)  # Caddy's local CA: not in Chromium's store
        session.context.add_cookies([proxy.pin_cookie(server)])
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.context.close()


SESSION_COOKIE = "dasbor_sesi"  # store.auth.user_sessions.COOKIE_NAME


def sticky(session: Session) -> str:
    return {c["name"]: c["value"] for c in session.context.cookies()}[STICKY_COOKIE]


def sign_in(*pages: Any) -> None:
    """Sign in as the admin on each page (at the same time: each server runs its first pages in parallel)."""
    for page in pages:
        wait_for_app(page)
        page.get_by_label("Nama pengguna").fill(ADMIN)
        page.get_by_label("Kata sandi").fill(PASSWORD)
        page.get_by_role("button", name="Masuk").click()
    for page in pages:
        page.get_by_label("Kata sandi").wait_for(state="detached")
        wait_for_app(page)


def counts(page: Any) -> tuple[str, str, str]:
    shown = metrics(page)
    assert "Peserta" in shown, f"no overview cards on {page.url}: {text_blocks(page)}"
    return shown["Peserta"], shown["Kementerian/Lembaga"], shown["Pemerintah Daerah"]


def roster_people() -> tuple[Person, ...]:
    people = sample_people(20, seed=7)
    odd = (replace(p, instansi=UNKNOWN, sector="unknown") for p in sample_people(N_UNKNOWN, seed=8))
    return (*people, *odd)


def choose_option(page: Any, label: str, option: str) -> None:
    """Pick `option` in the main area's st.selectbox labelled `label`."""
    box = page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').filter(
        has=page.locator('[data-testid="stWidgetLabel"]', has_text=label)
    )
    wanted = page.get_by_role("option", name=option, exact=True)
    # A click that lands while the page is still settling may leave the list shut: open it again.
    for _ in range(5):
        box.get_by_role("combobox").click()
        try:
            wanted.wait_for(timeout=5_000)
            break
        except Exception:  # noqa: BLE001 - the loop's last try lets rerun_after's click report it
            page.keyboard.press("Escape")
            wait_for_app(page)
    rerun_after(page, wanted.click)


def test_two_servers_behind_the_proxy_share_one_database(cluster, pinned, tmp_path):
    a, b, proxy = cluster
    # TLS from the proxy, verified against its CA; the servers themselves speak plain HTTP on loopback only.
    context = ssl.create_default_context(cafile=str(proxy.root_ca))
    with urllib.request.urlopen(f"{proxy.url}/_stcore/health", context=context) as answer:
        assert answer.read().strip() == b"ok"

    on_a, on_b = pinned(proxy, a), pinned(proxy, b)
    page = on_a.page
    page.goto(proxy.url + "/unggah", wait_until="commit")
    on_b.page.goto(proxy.url + "/", wait_until="commit")
    sign_in(page, on_b.page)  # accounts exist: both ask (without one, a proxied request is refused)
    for session, server in ((on_a, a), (on_b, b)):
        assert_no_error(session.page, server)
        assert sticky(session) == proxy.sticky_value(f"127.0.0.1:{server.port}")  # the proxy kept the pin
    assert counts(on_b.page) == ("26", "14", "12")  # B has read the store (and cached this generation)

    people = roster_people()
    central = sum(p.sector == "central" for p in people)
    regional = sum(p.sector == "regional" for p in people)
    roster = xlsx_roster(tmp_path, people, filename="ak_ix_2025.xlsx", title_rows=NEW_COHORT_TITLE)
    uploader = page.locator('[data-testid="stFileUploader"] [data-testid="stFileUploaderDropzoneInput"]')
    # The file goes up in its own HTTP request: it must reach the server holding this session's WebSocket.
    uploader.set_input_files(roster.path)
    wait_for_text(page, f"{len(people)} baris peserta terbaca")
    rerun_after(page, page.get_by_role("button", name="Simpan ke database").click)
    wait_for_text(
        page, f"Tersimpan: Pelatihan Analis Kebijakan Angkatan IX Tahun 2025 ({len(people)} peserta)."
    )
    assert_no_error(page, a)

    # B's next run (a click in the open page, no reload) shows the data A saved: the new cohort's unknown body.
    go_to(on_b.page, "Kualitas data")
    assert_no_error(on_b.page, b)
    assert metrics(on_b.page)[UNRECOGNISED] == "1"
    assert UNKNOWN in text_blocks(on_b.page)

    # A correction made on A (Kualitas data: the unknown body is a central agency) ...
    go_to(page, "Kualitas data")
    assert UNKNOWN in text_blocks(page)  # listed with its form (the only instansi not recognised)
    choose_option(page, "Jenis instansi", "Kementerian/Lembaga")
    choose_option(page, "Tingkat", "Lembaga")
    page.locator('[data-testid="stMain"]').get_by_role("button", name="Simpan").click()
    wait_for_text(page, f"Koreksi instansi disimpan: {N_UNKNOWN} peserta")
    assert_no_error(page, a)

    # ... and B's next run counts the new cohort, with the corrected body among the K/L.
    go_to(on_b.page, "Ringkasan")
    assert_no_error(on_b.page, b)
    assert counts(on_b.page) == (str(26 + len(people)), str(14 + central + N_UNKNOWN), str(12 + regional))

    # Server A stops: a browser still pinned to A is sent to B and pinned there, and stays signed in (the
    # session is in the database; its cookie came over HTTPS, so it is Secure).
    a.stop()
    request = urllib.request.Request(
        f"{proxy.url}/_stcore/health",
        headers={"Cookie": f"{STICKY_COOKIE}={proxy.sticky_value(f'127.0.0.1:{a.port}')}"},
    )
    with urllib.request.urlopen(request, context=context) as answer:
        assert answer.read().strip() == b"ok"
        repinned = answer.headers.get_all("Set-Cookie") or []
    assert f"{STICKY_COOKIE}={proxy.sticky_value(f'127.0.0.1:{b.port}')}" in " ".join(repinned)
    cookie = {c["name"]: c for c in on_a.context.cookies()}[SESSION_COOKIE]
    assert (cookie["secure"], cookie["httpOnly"], cookie["sameSite"]) == (True, True, "Strict")
    page.goto(proxy.url + "/", wait_until="commit")
    page.locator('[data-testid="stMetric"]').first.wait_for()
    wait_for_app(page)
    assert page.get_by_label("Kata sandi").count() == 0
    assert_no_error(page, b)
    assert counts(page) == (str(26 + len(people)), str(14 + central + N_UNKNOWN), str(12 + regional))
