"""Who may see and do what, as a user meets it (AppTest): the access mode, sign-in and sign-out, session
expiry, roles on every page and every action (direct URLs too), SSO roles, privacy of what is shown and
downloaded, and friendly errors.

The identity provider's own sign-in flow (st.login redirects) is not exercised here: only what the
dashboard does with the identity Streamlit hands it (AppTest.user).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit as st
from argon2 import PasswordHasher
from streamlit import config
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

import store.auth.accounts as accounts_module
import store.auth.sessions as sessions_module
from pages.context import AppContext
from pages.guards import audited_download
from pages.navigation import PAGES
from peserta.facts import prepare_facts
from peserta.filters import Filters, apply_filters, selected_cohorts
from peserta.tables import mask_digit_runs, masked_messages
from store import Store
from store.auth.accounts import Accounts
from store.auth.sessions import SessionPolicy, SignIn
from tests.factories import SAMPLES, person, small_upload

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "kata-sandi-uji-1"
ROLES = ("viewer", "editor", "admin")
PAGE_SCRIPTS = [spec.script for spec in PAGES]
FORBIDDEN = ("hanya untuk pengelola roster", "hanya untuk admin")
UPLOAD_PAGES = {"pages/unggah.py"}


@pytest.fixture(autouse=True)
def _test_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fast password hashes, errors raised (not only shown), and past Streamlit's legacy pages/ mode as
    a long-running server is (tests/test_app.py's server_start explains it)."""
    monkeypatch.setattr(accounts_module, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setenv("DASBOR_RAISE_ERRORS", "1")
    for name in ("DASBOR_SESSION_IDLE_MINUTES", "DASBOR_SESSION_MAX_HOURS", "DASBOR_RETENTION_DAYS"):
        monkeypatch.delenv(name, raising=False)
    original = PagesManager.__init__

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)
    yield


@pytest.fixture
def db_url(seeded_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: F811
    """A private copy of the seeded store for this test (the dashboard reads $DASBOR_DB_URL)."""
    copy = tmp_path / "dasbor.sqlite3"
    shutil.copy(seeded_db, copy)
    url = f"sqlite:///{copy}"
    monkeypatch.setenv("DASBOR_DB_URL", url)
    monkeypatch.setenv("DASBOR_DATA_DIR", str(tmp_path))
    return url


@pytest.fixture
def accounts(store: Store) -> Accounts:
    """An admin, an editor and a viewer (fictional)."""
    made = Accounts(store)
    made.create_user("admin", PASSWORD, "admin", display_name="Admin Pusdiklat", by="tes")
    made.create_user("editor", PASSWORD, "editor", display_name="Operator Roster", by="admin")
    made.create_user("viewer", PASSWORD, "viewer", display_name="Pimpinan", by="admin")
    return made


@pytest.fixture
def server_address() -> Iterator[Any]:
    """Set server.address as `streamlit run --server.address` would (restored afterwards)."""
    before = config.get_option("server.address")

    def set_address(value: str) -> None:
        config.set_option("server.address", value, "test")

    yield set_address
    config.set_option("server.address", before, "test")


def new_app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update(query or {})
    return at


def run(at: AppTest) -> AppTest:
    at.run()
    assert not at.exception, at.exception
    return at


def texts(elements: Any) -> list[str]:
    return [str(e.value) for e in elements]


def sign_in(at: AppTest, username: str, password: str = PASSWORD) -> AppTest:
    next(t for t in at.text_input if t.label == "Nama pengguna").input(username)
    next(t for t in at.text_input if t.label == "Kata sandi").input(password)
    next(b for b in at.button if b.label == "Masuk").click()
    return run(at)


def signed_in_app(role: str, query: dict[str, str] | None = None) -> AppTest:
    at = run(new_app(query))
    return sign_in(at, role)


def on_sign_in_page(at: AppTest) -> bool:
    return bool(at.title) and at.title[0].value == "Masuk ke Dasbor Peserta Pelatihan"


def shows_no_data(at: AppTest) -> None:
    assert not at.metric and not at.dataframe and not at.get("plotly_chart")
    assert not at.get("file_uploader") and not at.sidebar.multiselect


def nav_scripts(at: AppTest) -> set[str]:
    """The page scripts the last run's st.navigation registered (what the user may switch to)."""
    registered = at._registered_pages.values()  # AppTest's own record of the navigation
    return {Path(str(info["script_path"])).name for info in registered if info.get("script_path")}


def audit_actions(store: Store, n: int = 50) -> list[str]:
    return list(store.audit_log(n)["action"])


# --- access mode --------------------------------------------------------------------------------------------


def test_local_mode_without_accounts_on_127_0_0_1(db_url: str) -> None:
    at = run(new_app())
    assert at.title[0].value == "Ringkasan"
    assert "Mode lokal (satu pengguna)" in texts(at.sidebar.caption)
    assert {"unggah.py", "kelola.py", "pengguna.py"} <= nav_scripts(at)


@pytest.mark.parametrize("address", ["0.0.0.0", "", "192.168.10.5"])
def test_refuses_to_start_on_a_network_address_without_accounts(
    db_url: str, server_address: Any, address: str, caplog: pytest.LogCaptureFixture
) -> None:
    server_address(address)
    st.cache_resource.clear()  # the refusal is logged once per server
    at = run(new_app())
    assert at.error and at.error[0].value.startswith("Dasbor tidak dijalankan: belum ada akun pengguna")
    assert "python -m store users add NAMA --role admin" in at.error[0].value
    assert not at.title
    shows_no_data(at)
    assert "access refused" in caplog.text


def test_a_forwarded_loopback_connection_gets_no_local_mode_without_the_opt_in(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through a plain TCP forwarder a client sends `Host: 127.0.0.1:PORT` and no proxy headers: to the
    server that is this machine's browser. Without the operator's DASBOR_LOCAL_MODE=1 there is no local mode."""
    monkeypatch.delenv("DASBOR_LOCAL_MODE", raising=False)
    forwarded = {"Host": "127.0.0.1:8501"}  # what the forwarder passes on, untouched
    real = sessions_module.proxied_request
    monkeypatch.setattr(sessions_module, "proxied_request", lambda headers: real(forwarded))
    at = run(new_app())
    assert at.error and "DASBOR_LOCAL_MODE=1" in at.error[0].value
    assert not at.title
    shows_no_data(at)


def test_streamlit_accepts_only_this_machines_host_names() -> None:
    """.streamlit/config.toml sets server.allowedHosts: a page served under another name (DNS rebinding to
    127.0.0.1) gets no WebSocket connection."""
    import tomllib

    from streamlit.web.server.starlette.starlette_websocket import is_host_allowed

    allowed = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["server"][
        "allowedHosts"
    ]
    before = config.get_option("server.allowedHosts")
    config.set_option("server.allowedHosts", allowed, "test")
    try:
        for host in ("localhost:8501", "127.0.0.1:8501", "[::1]:8501"):
            assert is_host_allowed(host), host
        for host in ("dasbor.penyerang.example:8501", "192.168.1.20:8501", None):
            assert not is_host_allowed(host), host
    finally:
        config.set_option("server.allowedHosts", before, "test")


def test_production_config_has_no_file_watcher_and_no_table_export() -> None:
    """The hardened config as Streamlit itself reads it (valid option names and values): no file watcher per
    session (issue 12, item 15) and no CSV export or copy from tables (item 3: the app's own downloads are
    audited and neutralise formulas; the browser test checks the toolbar)."""
    import subprocess
    import sys

    probe = (
        "from streamlit import config; config.get_config_options(force_reparse=True); "
        "print(config.get_option('server.fileWatcherType'), config.get_option('client.disableDataExport'))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    ).stdout.split()
    assert shown == ["none", "True"]


def test_make_run_opts_in_to_local_mode() -> None:
    run_target = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "DASBOR_LOCAL_MODE=1" in run_target and "--server.address 127.0.0.1" in run_target


def test_refuses_a_proxied_request_without_accounts(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sessions_module, "proxied_request", lambda headers: True)
    at = run(new_app())
    assert at.error and "lewat proxy" in at.error[0].value
    shows_no_data(at)


def test_network_address_with_accounts_asks_to_sign_in(
    db_url: str, accounts: Accounts, server_address: Any
) -> None:
    server_address("0.0.0.0")
    at = run(new_app())
    assert on_sign_in_page(at)
    shows_no_data(at)


# --- sign-in, sign-out, expiry ------------------------------------------------------------------------------


def test_sign_in_form_shows_no_data(db_url: str, accounts: Accounts) -> None:
    at = run(new_app())
    assert on_sign_in_page(at)
    shows_no_data(at)
    assert "Mode lokal (satu pengguna)" not in texts(at.sidebar.caption)
    assert [t.label for t in at.text_input] == ["Nama pengguna", "Kata sandi"]


def test_wrong_password_is_refused_and_audited(db_url: str, store: Store, accounts: Accounts) -> None:
    at = sign_in(run(new_app()), "editor", "salah-sandi-123")
    assert "Nama pengguna atau kata sandi salah." in texts(at.error)
    assert on_sign_in_page(at)
    shows_no_data(at)
    assert store.audit_log(1)["action"].iloc[0] == "masuk_gagal"


def test_sign_in_shows_the_dashboard_and_who_is_signed_in(
    db_url: str, store: Store, accounts: Accounts
) -> None:
    at = signed_in_app("Editor")  # usernames ignore case
    assert at.title[0].value == "Ringkasan"
    assert "Operator Roster" in texts(at.sidebar.text)
    assert "Peran: Editor" in texts(at.sidebar.caption)
    assert any(b.label == "Keluar" for b in at.sidebar.button)
    assert at.session_state["dasbor.role"] == "editor" and at.session_state["dasbor.user"] == "editor"
    assert store.audit_log(1)["action"].iloc[0] == "masuk"
    # the password is not kept in the session
    assert PASSWORD not in repr([at.session_state[k] for k in at.session_state])


def test_display_names_are_shown_literally(db_url: str, store: Store, accounts: Accounts) -> None:
    accounts.create_user(
        "aneh", PASSWORD, "viewer", display_name="**Tebal** <b>x</b> :red[merah]", by="admin"
    )
    at = signed_in_app("aneh")
    assert "**Tebal** <b>x</b> :red[merah]" in texts(at.sidebar.text)
    assert not any("Tebal" in v for v in texts(at.sidebar.markdown))


def test_sign_out_returns_to_the_form_and_forgets_the_session(
    db_url: str, store: Store, accounts: Accounts
) -> None:
    at = signed_in_app("editor")
    next(b for b in at.sidebar.button if b.label == "Keluar").click()
    run(at)
    assert on_sign_in_page(at)
    assert "Anda sudah keluar." in texts(at.info)
    assert "dasbor.sign_in" not in at.session_state and "dasbor.role" not in at.session_state
    shows_no_data(at)
    assert store.audit_log(1)["action"].iloc[0] == "keluar"


@pytest.mark.parametrize(
    ("shift", "message"),
    [
        ({"last_seen": -61 * 60}, "lama tidak ada aktivitas"),
        ({"signed_in_at": -13 * 3600}, "batas waktunya"),
    ],
)
def test_expired_session_asks_to_sign_in_again(
    db_url: str, store: Store, accounts: Accounts, shift: dict[str, float], message: str
) -> None:
    at = signed_in_app("editor")
    sign_in_state: SignIn = at.session_state["dasbor.sign_in"]
    for field, seconds in shift.items():
        setattr(sign_in_state, field, getattr(sign_in_state, field) + seconds)
    run(at)
    assert on_sign_in_page(at)
    assert any(message in v for v in texts(at.info))
    shows_no_data(at)
    assert store.audit_log(1)["action"].iloc[0] == "sesi_berakhir"


def test_idle_limit_comes_from_the_environment(
    db_url: str, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DASBOR_SESSION_IDLE_MINUTES", "5")
    at = signed_in_app("viewer")
    at.session_state["dasbor.sign_in"].last_seen -= 6 * 60
    run(at)
    assert on_sign_in_page(at)


def test_activity_keeps_the_session_alive(db_url: str, accounts: Accounts) -> None:
    at = signed_in_app("viewer")
    state: SignIn = at.session_state["dasbor.sign_in"]
    state.last_seen -= 50 * 60
    run(at)
    assert at.title[0].value == "Ringkasan"
    assert time.time() - at.session_state["dasbor.sign_in"].last_seen < 60


def test_a_disabled_account_is_signed_out_on_its_next_action(
    db_url: str, store: Store, accounts: Accounts
) -> None:
    at = signed_in_app("editor")
    accounts.set_disabled("editor", by="admin")
    run(at)
    assert on_sign_in_page(at)
    assert any("dinonaktifkan" in v for v in texts(at.info))


def test_a_role_change_applies_on_the_next_action(db_url: str, accounts: Accounts) -> None:
    at = signed_in_app("editor")
    assert "unggah.py" in nav_scripts(at)
    accounts.set_role("editor", "viewer", by="admin")
    run(at)
    assert "unggah.py" not in nav_scripts(at)
    assert "Peran: Peninjau (viewer)" in texts(at.sidebar.caption)


# --- roles: navigation and direct URLs ----------------------------------------------------------------------

DASHBOARDS = {"ringkasan.py", "tren.py", "peserta.py", "kualitas.py", "presentasi.py"}
NAV_BY_ROLE = {
    "viewer": DASHBOARDS,
    "editor": DASHBOARDS | {"unggah.py", "kelola.py"},
    "admin": DASHBOARDS | {"unggah.py", "kelola.py", "pengguna.py"},
}


@pytest.mark.parametrize("role", ROLES)
def test_navigation_lists_only_the_pages_of_the_role(db_url: str, accounts: Accounts, role: str) -> None:
    at = signed_in_app(role)
    assert nav_scripts(at) == NAV_BY_ROLE[role]


@pytest.mark.parametrize(
    ("role", "script"),
    [("viewer", "pages/unggah.py"), ("viewer", "pages/kelola.py"), ("viewer", "pages/pengguna.py"),
     ("editor", "pages/pengguna.py")],
)  # fmt: skip
def test_a_direct_url_to_a_page_outside_the_role_shows_nothing_of_it(
    db_url: str, accounts: Accounts, role: str, script: str
) -> None:
    """Opening /unggah (a link, a bookmark) before signing in, then signing in as a viewer: the default page
    runs (the navigation holds only a hop home at that address); nothing of the upload page is drawn."""
    at = run(new_app({"program": "Pelatihan Coaching dan Mentoring"}))
    at.switch_page(script)  # the sign-in page registers every page (hidden) so a link survives signing in
    run(at)
    assert on_sign_in_page(at)
    sign_in(at, role)
    assert at.title[0].value == "Ringkasan"
    assert not at.get("file_uploader")
    assert not [
        f for f in at.get("form") if "kelola" in str(f.proto.form_id) or "pengguna" in str(f.proto.form_id)
    ]
    assert at.query_params["program"] == "Pelatihan Coaching dan Mentoring"


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_a_link_to_the_upload_page_survives_signing_in(db_url: str, accounts: Accounts, role: str) -> None:
    at = run(new_app())
    at.switch_page("pages/unggah.py")
    run(at)
    sign_in(at, role)
    assert at.title[0].value == "Unggah Roster"
    assert at.get("file_uploader")


def page_context_for(store: Store, role: str) -> AppContext:
    """The context the router would hand a page for a user with `role`."""
    cohorts = store.cohorts()
    facts = prepare_facts(store.facts())
    filters = Filters()
    now = time.time()
    return AppContext(
        store=store,
        lang="id",
        role=role,
        user=role,
        filters=filters,
        cohorts=cohorts,
        facts=facts,
        selected=selected_cohorts(cohorts, filters),
        filtered=apply_filters(facts, cohorts, filters),
        sign_in=SignIn(role, role, role, "password", now, now),
        policy=SessionPolicy(),
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("script", PAGE_SCRIPTS)
def test_every_page_checks_the_role_itself(store: Store, script: str, role: str) -> None:
    """Each page script refuses a role its PageSpec does not list even when run without the router's
    navigation (Streamlit's legacy direct-URL mode, a future routing mistake)."""
    at = AppTest.from_file(str(ROOT / script), default_timeout=60)
    at.session_state["dasbor.context"] = page_context_for(store, role)
    run(at)
    spec = next(s for s in PAGES if s.script == script)
    warnings = " ".join(texts(at.warning))
    if role in spec.roles:
        assert not any(f in warnings for f in FORBIDDEN)
        assert at.title
    else:
        assert any(f in warnings for f in FORBIDDEN)
        assert not at.title and not at.get("file_uploader") and not at.dataframe and not at.get("form")


def test_a_page_refuses_a_session_that_ended_meanwhile(store: Store) -> None:
    context = page_context_for(store, "admin")
    assert context.sign_in is not None
    context.sign_in.ended = True
    at = AppTest.from_file(str(ROOT / "pages/kelola.py"), default_timeout=60)
    at.session_state["dasbor.context"] = context
    run(at)
    assert any("Sesi Anda sudah berakhir" in v for v in texts(at.warning))
    assert not at.title


# --- roles: actions -----------------------------------------------------------------------------------------


def test_editors_manage_cohorts_but_cannot_delete(db_url: str, accounts: Accounts) -> None:
    at = signed_in_app("editor")
    at.switch_page("pages/kelola.py")
    run(at)
    assert at.title[0].value == "Kelola Data"
    assert any("hanya dapat dilakukan admin" in v for v in texts(at.info))
    assert not [b for b in at.button if b.label in ("Hapus angkatan", "Pulihkan", "Hapus data contoh")]
    assert not at.get("download_button") or all(
        "cadangan" not in d.proto.label for d in at.get("download_button")
    )


def test_an_upload_by_a_user_demoted_meanwhile_saves_nothing(
    db_url: str, store: Store, accounts: Accounts
) -> None:
    at = signed_in_app("editor")
    at.switch_page("pages/unggah.py")
    run(at)
    at.file_uploader(key="unggah.files").upload(
        "cmd_2023_angkatan_IV.xlsx", (SAMPLES / "cmd_2023_angkatan_IV.xlsx").read_bytes()
    )
    run(at)
    save = next(w.key for w in at.text_input if w.key and w.key.endswith(".0.angkatan"))
    at.text_input(key=save).input("V")
    generation = store.generation()
    accounts.set_role("editor", "viewer", by="admin")  # while the form is open
    at.button(key=save.replace(".angkatan", ".save")).click()
    run(at)
    assert store.generation() == generation
    assert store.find_cohort("Pelatihan Coaching dan Mentoring", "V", 2023) is None
    assert not at.get("file_uploader")


def test_a_delete_after_the_session_expired_deletes_nothing(
    db_url: str, store: Store, accounts: Accounts
) -> None:
    at = signed_in_app("admin")
    at.switch_page("pages/kelola.py")
    run(at)
    at.text_input(key="kelola.delete_cohort.confirm").input("HAPUS")
    at.session_state["dasbor.sign_in"].last_seen -= 2 * 3600
    next(b for b in at.button if b.label == "Hapus angkatan").click()
    run(at)
    assert len(store.cohorts()) == 7
    assert on_sign_in_page(at)


def test_admin_adds_an_account_on_the_users_page(db_url: str, store: Store, accounts: Accounts) -> None:
    at = signed_in_app("admin")
    at.switch_page("pages/pengguna.py")
    run(at)
    assert at.title[0].value == "Pengguna"
    assert list(at.dataframe[0].value["username"]) == ["admin", "editor", "viewer"]
    at.text_input(key="pengguna.add.username").input("Operator2")
    at.text_input(key="pengguna.add.display").input("Operator Kedua")
    assert at.selectbox(key="pengguna.add.role").value == "viewer"  # least privilege unless chosen
    at.selectbox(key="pengguna.add.role").set_value("editor")
    at.text_input(key="pengguna.add.password").input("sandi-operator-2")
    at.text_input(key="pengguna.add.again").input("sandi-operator-2")
    next(b for b in at.button if b.label == "Tambah akun").click()
    run(at)
    assert "Akun operator2 dibuat." in texts(at.success)
    assert accounts.authenticate("operator2", "sandi-operator-2").outcome == "ok"
    log = store.audit_log(5)
    assert "pengguna_tambah" in list(log["action"]) and "sandi-operator" not in " ".join(log["detail"])


def test_users_page_refuses_an_easily_guessed_password(db_url: str, accounts: Accounts) -> None:
    at = signed_in_app("admin")
    at.switch_page("pages/pengguna.py")
    run(at)
    at.text_input(key="pengguna.add.username").input("operator2")
    at.text_input(key="pengguna.add.password").input("aaaaaaaaaa")
    at.text_input(key="pengguna.add.again").input("aaaaaaaaaa")
    next(b for b in at.button if b.label == "Tambah akun").click()
    run(at)
    assert any(v.startswith("Kata sandi terlalu mudah ditebak") for v in texts(at.error))
    assert accounts.get("operator2") is None


def test_admin_lifts_a_sign_in_lock_on_the_users_page(db_url: str, store: Store, accounts: Accounts) -> None:
    for _ in range(5):
        accounts.authenticate("editor", "salah-sandi-123", client="203.0.113.9")
    assert accounts.authenticate("editor", PASSWORD, client="203.0.113.9").outcome == "locked"
    at = signed_in_app("admin")
    at.switch_page("pages/pengguna.py")
    run(at)
    table = at.dataframe[0].value.set_index("username")
    assert pd.notna(table.loc["editor", "locked_until"]) and pd.isna(table.loc["viewer", "locked_until"])
    at.selectbox(key="pengguna.state.user").set_value("editor")
    next(b for b in at.button if b.label == "Buka kunci masuk").click()
    run(at)
    assert accounts.authenticate("editor", PASSWORD, client="203.0.113.9").outcome == "ok"
    assert "pengguna_buka_kunci" in audit_actions(store)


def test_users_page_shows_store_refusals(db_url: str, accounts: Accounts) -> None:
    at = signed_in_app("admin")
    at.switch_page("pages/pengguna.py")
    run(at)
    at.selectbox(key="pengguna.role.user").set_value("admin")
    at.selectbox(key="pengguna.role.role").set_value("viewer")
    next(b for b in at.button if b.label == "Ganti peran").click()
    run(at)
    assert any("admin aktif terakhir" in v for v in texts(at.error))
    assert accounts.get("admin").role == "admin"  # type: ignore[union-attr]


def test_first_account_made_in_local_mode_ends_local_mode(db_url: str, store: Store) -> None:
    at = run(new_app())
    at.switch_page("pages/pengguna.py")
    run(at)
    assert any("mode lokal" in v for v in texts(at.info))
    assert at.selectbox(key="pengguna.add.role").options == ["Admin"]
    at.text_input(key="pengguna.add.username").input("kepala")
    at.text_input(key="pengguna.add.password").input(PASSWORD)
    at.text_input(key="pengguna.add.again").input(PASSWORD)
    next(b for b in at.button if b.label == "Tambah akun").click()
    run(at)
    assert on_sign_in_page(at)
    assert Accounts(store).get("kepala").role == "admin"  # type: ignore[union-attr]


def test_retention_setting_in_kelola(db_url: str, store: Store, accounts: Accounts) -> None:
    at = signed_in_app("admin")
    at.switch_page("pages/kelola.py")
    run(at)
    assert "Masa simpan tidak diatur: data disimpan sampai dihapus." in texts(at.caption)
    at.number_input(key="kelola.retention.days").set_value(365)
    next(b for b in at.button if b.label == "Simpan" and "retention" in str(b.id)).click()
    run(at)
    assert any("Masa simpan 365 hari" in v for v in texts(at.caption))
    at.text_input(key="kelola.purge.confirm").input("HAPUS")
    next(b for b in at.button if b.label == "Hapus sekarang").click()
    run(at)
    assert store.is_empty()  # the sample cohorts ended in 2023-2024
    assert store.audit_log(1)["action"].iloc[0] == "retensi"


def test_retention_from_the_environment_purges_at_start(
    db_url: str, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DASBOR_RETENTION_DAYS", "365")
    at = run(new_app())
    assert any("Belum ada data" in v for v in texts(at.info))
    assert store.audit_log(1)["user"].iloc[0] == "retensi-otomatis"


def test_a_visitor_on_the_sign_in_page_does_not_trigger_retention(
    db_url: str, store: Store, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retention runs when a server opens the store and then on its daily schedule, recorded in the
    database: a new server process (cache cleared) seeing a visitor on the sign-in page within the day
    does not purge again."""
    monkeypatch.setenv("DASBOR_RETENTION_DAYS", "365")
    assert on_sign_in_page(run(new_app()))  # the server starts: the samples (2023-2024) are purged
    assert store.is_empty()
    store.save_cohort(small_upload("I", [person(1)], end_date=date(2020, 1, 31)), user="tes")
    st.cache_resource.clear()  # another server process on the same database
    assert on_sign_in_page(run(new_app()))
    assert len(store.cohorts()) == 1  # kept until the next scheduled run, not deleted by a page view
    assert list(store.audit_log(10)["action"]).count("retensi") == 1


# --- privacy ------------------------------------------------------------------------------------------------


def test_viewers_see_digit_runs_masked_in_the_load_report(db_url: str, accounts: Accounts) -> None:
    viewer = signed_in_app("viewer")
    viewer.switch_page("pages/kualitas.py")
    run(viewer)
    messages = " ".join(
        " ".join(map(str, d.value["message"])) for d in viewer.dataframe if "message" in d.value
    )
    assert "2.00008082024032e+17" not in messages and "2.**************e+17" in messages
    editor = signed_in_app("editor")
    editor.switch_page("pages/kualitas.py")
    run(editor)
    messages = " ".join(
        " ".join(map(str, d.value["message"])) for d in editor.dataframe if "message" in d.value
    )
    assert "2.00008082024032e+17" in messages


def sent_bytes(at: AppTest) -> bytes:
    """Everything the last run would send to the browser: every element's and widget's protobuf (tables
    carry their whole Arrow frame, hidden columns included), serialized as on the websocket."""
    protos: list[bytes] = []

    def walk(node: Any) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            protos.append(proto.SerializeToString())
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return b"\n".join(protos)


def sent_tables(at: AppTest) -> list[Any]:
    """The Arrow tables of every dataframe element (the whole table, or the first chunk of a lazy one), as
    the browser decodes them."""
    import pyarrow as pa

    chunks = [d.proto.arrow_data.data or d.proto.lazy_data.initial_chunk.data for d in at.dataframe]
    return [pa.ipc.open_stream(chunk).read_all() for chunk in chunks]


def personal_data(store: Store) -> dict[str, set[bytes]]:
    """What identifies each stored person, as it would appear in the traffic: full names, NIPs (and their
    first 14 digits: birth date + TMT), person keys and birth dates."""
    people, _ = store.participants(None, limit=None)
    found: dict[str, set[bytes]] = {"name": set(), "nip": set(), "birth_date": set()}
    for name in people["name"].dropna():
        if len(str(name)) >= 8:  # long enough not to occur by chance in other text
            found["name"].add(str(name).encode())
    for nip in people["nip"].dropna():
        digits = "".join(ch for ch in str(nip) if ch.isdigit())
        if len(digits) >= 14:
            found["nip"].update({digits.encode(), digits[:14].encode()})
    for born in people["birth_date"].dropna():
        found["birth_date"].add(pd.Timestamp(born).strftime("%Y-%m-%d").encode())
    return found


def leaked(traffic: bytes, personal: dict[str, set[bytes]]) -> dict[str, int]:
    """How many distinct values of each kind occur in the traffic."""
    return {kind: sum(value in traffic for value in values) for kind, values in personal.items()}


VIEWER_PAGES = [spec.script for spec in PAGES if "viewer" in spec.roles]


@pytest.fixture
def repeats(store: Store) -> Store:
    """The sample store plus five people of the reference cohort in a second cohort: the repeat-participant
    tables on Tren and Kualitas list them (by name and NIP for editors)."""
    from tests.factories import reference_upload

    again = reference_upload(angkatan="V")
    again.participants = again.participants.iloc[:5].copy()
    store.save_cohort(again, user="admin")
    assert store.repeat_people_count() == 5
    return store


@pytest.mark.parametrize("script", VIEWER_PAGES)
def test_a_viewer_is_sent_no_name_nip_or_birth_date(
    db_url: str, repeats: Store, accounts: Accounts, script: str
) -> None:
    """The protocol-level rule: what a viewer may not see is not in what the server sends, hidden or not."""
    personal = personal_data(repeats)
    assert all(personal.values())  # the sample store holds people with names, NIPs and birth dates
    at = signed_in_app("viewer")
    at.switch_page(script)
    run(at)
    assert leaked(sent_bytes(at), personal) == {"name": 0, "nip": 0, "birth_date": 0}
    for frame in sent_tables(at):
        assert not {"name", "person_key", "birth_date", "birth_place", "appointment_date"} & set(
            frame.column_names
        ), frame.column_names
        if "nip" in frame.column_names:
            assert all(not v or v[:-3].strip("*") == "" for v in frame.column("nip").to_pylist())


@pytest.mark.parametrize("script", ["pages/peserta.py", "pages/tren.py", "pages/kualitas.py"])
def test_a_viewer_still_gets_the_tables_and_an_editor_the_people(
    db_url: str, repeats: Store, accounts: Accounts, script: str
) -> None:
    """The same pages keep their tables for a viewer, and an editor is sent names and NIPs: the check above
    looks where the people are."""
    personal = personal_data(repeats)
    viewer = signed_in_app("viewer")
    viewer.switch_page(script)
    assert run(viewer).dataframe
    editor = signed_in_app("editor")
    editor.switch_page(script)
    seen = leaked(sent_bytes(run(editor)), personal)
    assert seen["name"] > 0 and seen["nip"] > 0


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("tanggal lahir 19800101 tidak valid", "tanggal lahir ******** tidak valid"),
        ("NIP rusak: 2.00008082024032e+17", "NIP rusak: 2.**************e+17"),
        ("Baris 33-38 dianggap catatan kaki", "Baris 33-38 dianggap catatan kaki"),
        ("TMT CPNS 2005 sebelum 1960", "TMT CPNS 2005 sebelum 1960"),
        ("198001012005011001", "******************"),
    ],
)
def test_mask_digit_runs(text: str, masked: str) -> None:
    assert mask_digit_runs(text) == masked


def test_masked_messages_keeps_other_columns(store: Store) -> None:
    issues = store.load_issues()
    shown = masked_messages(issues)
    assert list(shown.columns) == list(issues.columns) and len(shown) == len(issues)
    assert not shown["message"].str.contains(r"\d{5,}").any()


@pytest.mark.parametrize(("role", "full_option"), [("viewer", False), ("editor", True)])
def test_participant_download_hides_names_by_default(
    db_url: str, accounts: Accounts, role: str, full_option: bool
) -> None:
    at = signed_in_app(role)
    at.switch_page("pages/peserta.py")
    run(at)
    assert bool([c for c in at.checkbox if c.key == "peserta.export_full"]) is full_option
    if full_option:
        assert at.checkbox(key="peserta.export_full").value is False
    assert [d for d in at.get("download_button") if d.proto.label == "Unduh Excel"]


@pytest.mark.parametrize("role", ["viewer", "editor"])
def test_viewers_cannot_find_people_by_name_or_nip(
    db_url: str, store: Store, accounts: Accounts, role: str
) -> None:
    """A viewer sees no names and only masked NIPs, so the search must not match them either: the count
    would otherwise confirm who took part, or recover a full NIP digit by digit."""
    person = store.participants(None, limit=1)[0].iloc[0]
    name, nip = str(person["name"]), str(person["nip"])
    at = signed_in_app(role)
    at.switch_page("pages/peserta.py")
    run(at)
    box = at.text_input(key="peserta.search")
    assert ("instansi" in box.label.lower()) and (("nama" in box.label.lower()) is (role == "editor"))
    for term in (name, nip[:8]):
        box.input(term)
        run(at)
        tables = [d for d in at.dataframe if "nip" in d.value]
        if role == "viewer":
            assert not tables and any("Tidak ada peserta" in str(m.value) for m in at.info), term
        else:
            assert tables and len(tables[0].value) >= 1, term


def captured_download(monkeypatch: pytest.MonkeyPatch, ctx: AppContext, roles: Any) -> Any:
    """audited_download's file callable (what runs when the button is clicked), or None when not drawn."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr(st, "download_button", lambda label, **kw: seen.update(kw))
    audited_download(
        ctx, "Unduh", lambda: b"isi", roles=roles, action="unduh_peserta", detail="Daftar peserta: 3 baris.",
        file_name="peserta.xlsx", mime="application/octet-stream", key="uji",
    )  # fmt: skip
    return seen.get("data")


def test_downloads_recheck_the_sign_in_and_are_audited(
    store: Store, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = page_context_for(store, "editor")
    assert captured_download(monkeypatch, ctx, {"admin"}) is None  # not drawn for another role
    build = captured_download(monkeypatch, ctx, {"editor", "admin"})
    assert build() == b"isi"
    row = store.audit_log(1).iloc[0]
    assert (row["user"], row["action"], row["detail"]) == (
        "editor",
        "unduh_peserta",
        "Daftar peserta: 3 baris.",
    )
    assert ctx.sign_in is not None
    ctx.sign_in.last_seen -= 2 * 3600  # the page was drawn long ago: the session has expired since
    logged = len(store.audit_log())
    with pytest.raises(PermissionError):
        build()
    assert len(store.audit_log()) == logged  # refused before anything was built or logged


def test_a_download_by_a_user_demoted_since_the_page_was_drawn_is_refused(
    store: Store, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = page_context_for(store, "editor")  # the account "editor" signed in with a password
    build = captured_download(monkeypatch, ctx, {"editor", "admin"})
    assert build() == b"isi"
    accounts.set_role("editor", "viewer", by="admin")
    with pytest.raises(PermissionError):
        build()


# --- SSO ----------------------------------------------------------------------------------------------------

SSO_SECRETS = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "uji-rahasia-cookie",
        "client_id": "dasbor",
        "client_secret": "uji",
        "server_metadata_url": "https://idp.example.go.id/.well-known/openid-configuration",
    },
    "dasbor": {"sso_roles": {"kepala@lan.go.id": "admin", "*@bkd.go.id": "viewer"}},
}


def sso_app(monkeypatch: pytest.MonkeyPatch, user: dict[str, Any]) -> AppTest:
    import streamlit.auth_util

    monkeypatch.setattr(streamlit.auth_util, "is_authlib_installed", lambda: True)
    at = new_app()
    at.secrets.update(SSO_SECRETS)
    at.user = user
    return run(at)


def test_sso_button_when_a_provider_is_configured(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    at = sso_app(monkeypatch, {"is_logged_in": False})
    assert on_sign_in_page(at)
    assert any(b.label == "Masuk dengan SSO" for b in at.button)
    assert not at.text_input  # no local accounts yet: SSO only
    shows_no_data(at)


@pytest.mark.parametrize(
    ("email", "role"), [("kepala@lan.go.id", "admin"), ("Staf@BKD.go.id", "viewer")]
)  # fmt: skip
def test_sso_identity_gets_its_role_from_the_allow_list(
    db_url: str, store: Store, monkeypatch: pytest.MonkeyPatch, email: str, role: str
) -> None:
    at = sso_app(monkeypatch, {"is_logged_in": True, "email": email, "name": "Nama SSO"})
    assert at.title[0].value == "Ringkasan"
    assert at.session_state["dasbor.role"] == role
    assert "Nama SSO" in texts(at.sidebar.text)
    assert store.audit_log(1)["action"].iloc[0] == "masuk"


def test_wrong_passwords_on_the_form_lock_this_client_only(
    db_url: str, store: Store, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form passes the browser's address to the sign-in limits: five wrong passwords lock the account on
    that client, and the next attempt is refused before any hash is computed."""
    at = run(new_app())
    for _ in range(5):
        sign_in(at, "editor", "salah-sandi-123")
    verified: list[str] = []
    monkeypatch.setattr(Accounts, "_verify", lambda *args: verified.append("x") or True)
    sign_in(at, "editor", PASSWORD)
    assert any("terkunci sementara untuk perangkat ini" in v for v in texts(at.error))
    assert on_sign_in_page(at) and not verified
    assert accounts.authenticate("editor", PASSWORD, client="198.51.100.20").outcome == "ok"


def test_sso_identity_not_on_the_allow_list_is_refused(
    db_url: str, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = sso_app(monkeypatch, {"is_logged_in": True, "email": "orang@luar.example.org"})
    assert on_sign_in_page(at)
    assert any("belum diberi akses" in v for v in texts(at.error))
    shows_no_data(at)
    row = store.audit_log(1).iloc[0]
    assert row["action"] == "masuk_ditolak" and "orang@" not in row["detail"]


def test_sso_without_authlib_does_not_open_the_network(
    db_url: str, server_address: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import streamlit.auth_util

    monkeypatch.setattr(streamlit.auth_util, "is_authlib_installed", lambda: False)
    server_address("0.0.0.0")
    at = new_app()
    at.secrets.update(SSO_SECRETS)
    run(at)
    assert at.error and at.error[0].value.startswith("Dasbor tidak dijalankan")


# --- errors -------------------------------------------------------------------------------------------------


def test_an_unexpected_error_shows_a_friendly_message_and_logs_details(
    db_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("DASBOR_RAISE_ERRORS")

    def broken(self: Store, *args: object, **kwargs: object) -> Any:
        raise RuntimeError("rincian internal /var/lib/rahasia")

    monkeypatch.setattr(Store, "_repeat_rows", broken)  # what Tren's list of people in several cohorts reads
    at = run(new_app())
    at.switch_page("pages/tren.py")
    at.run()
    assert not at.exception
    shown = " ".join(texts(at.error))
    assert "Maaf, terjadi kesalahan" in shown and "rahasia" not in shown
    assert "rincian internal /var/lib/rahasia" in caplog.text  # the traceback is in the server log


def test_a_page_that_names_no_roles_is_for_admins_only() -> None:
    # Least privilege by default: a new page is hidden from viewers and editors until it says otherwise.
    from pages.navigation import ADMIN_ROLES, ALL_ROLES, PAGES, PageSpec

    assert PageSpec("pages/baru.py", "baru", "page.baru", ":material/add:", "nav.data").roles == ADMIN_ROLES
    dashboards = {spec.url_path for spec in PAGES if spec.section_key == "nav.dashboards"}
    assert dashboards == {"ringkasan", "tren", "peserta", "kualitas", "presentasi"}
    assert all(spec.roles == ALL_ROLES for spec in PAGES if spec.url_path in dashboards)
