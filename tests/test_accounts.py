"""store.accounts, store.sessions, store.retention and the `python -m store` command line.

Accounts and retention run on SQLite and on a real PostgreSQL server (db_url); the policies are pure.
"""

from __future__ import annotations

import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

import store.accounts as accounts_module
from store import Store, StoreError, open_store
from store import engine as store_engine
from store.__main__ import main as cli
from store.__main__ import read_password
from store.accounts import LOCKOUT, MAX_FAILURES, UNKNOWN_USER, Accounts, check_username, normalise_username
from store.retention import (
    RETENTION_ENV,
    claim_purge_run,
    env_retention_days,
    parse_days,
    retention_days,
    set_retention_days,
)
from store.schema import metadata, users
from store.sessions import (
    SessionPolicy,
    SignIn,
    access_mode,
    is_loopback,
    proxied_request,
    session_expiry,
    session_policy,
    session_state_valid,
    sso_role,
)
from tests.test_store import person, small_upload

PASSWORD = "kata-sandi-uji-1"  # fictional, 16 characters
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # fast hashes for tests


@pytest.fixture(autouse=True)
def cheap_hasher(monkeypatch: pytest.MonkeyPatch) -> PasswordHasher:
    monkeypatch.setattr(accounts_module, "HASHER", CHEAP)
    return CHEAP


@pytest.fixture
def accounts(store: Store) -> Accounts:
    made = Accounts(store)
    made.create_user("Admin", PASSWORD, "admin", display_name="Admin Utama", by="tes")
    return made


def stored_hash(store: Store, username: str) -> str:
    with store.engine.connect() as conn:
        return str(conn.scalar(sa.select(users.c.password_hash).where(users.c.username == username)))


def audit_text(store: Store) -> str:
    log = store.audit_log(1000)
    return " ".join(f"{u} {a} {d}" for u, a, d in zip(log["user"], log["action"], log["detail"], strict=True))


# --- migration ----------------------------------------------------------------------------------------------


def test_migration_0002_reaches_head_and_matches_the_schema(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    opened = open_store(db_url)
    assert store_engine.current_revision(opened.engine) == store_engine.head_revision() == "0003"
    with opened.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    opened.close()


# --- usernames and passwords --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("admin", "admin"),
        ("  Admin ", "admin"),
        ("SITI.Rahma", "siti.rahma"),
        ("ｂｕｄｉ", "budi"),  # full-width letters (NFKC)
        ("operator_bkd-01", "operator_bkd-01"),
        ("pusdiklat@lan.go.id", "pusdiklat@lan.go.id"),
    ],
)
def test_usernames_are_stored_casefolded(typed: str, stored: str) -> None:
    assert normalise_username(typed) == stored
    assert check_username(typed) == stored


@pytest.mark.parametrize(
    "bad", ["", "a", "-admin", "nama dengan spasi", "admin;drop", "x" * 65, "<b>admin</b>"]
)
def test_bad_usernames_are_refused(bad: str) -> None:
    with pytest.raises(StoreError, match="Nama pengguna tidak valid"):
        check_username(bad)


def test_password_is_stored_as_an_argon2id_hash(store: Store, accounts: Accounts) -> None:
    hashed = stored_hash(store, "admin")
    assert hashed.startswith("$argon2id$") and PASSWORD not in hashed
    assert CHEAP.verify(hashed, PASSWORD)


@pytest.mark.parametrize("short", ["", "123456789", "pendek"])
def test_passwords_shorter_than_10_characters_are_refused(store: Store, short: str) -> None:
    with pytest.raises(StoreError, match="minimal 10 karakter"):
        Accounts(store).create_user("admin", short, "admin", by="tes")
    assert not Accounts(store).has_accounts()


def test_first_account_must_be_an_admin(store: Store) -> None:
    made = Accounts(store)
    with pytest.raises(StoreError, match="Akun pertama harus berperan admin"):
        made.create_user("budi", PASSWORD, "viewer", by="tes")
    made.create_user("admin", PASSWORD, "admin", by="tes")
    made.create_user("budi", PASSWORD, "viewer", by="admin")
    assert made.has_accounts()


def test_usernames_are_unique_whatever_their_case(accounts: Accounts) -> None:
    with pytest.raises(StoreError, match="sudah dipakai"):
        accounts.create_user("ADMIN", PASSWORD, "viewer", by="tes")


def test_unknown_role_is_refused(accounts: Accounts) -> None:
    with pytest.raises(StoreError, match="Peran 'superuser' tidak dikenal"):
        accounts.create_user("budi", PASSWORD, "superuser", by="tes")


def test_list_users_never_shows_hashes(accounts: Accounts) -> None:
    accounts.create_user("budi", PASSWORD, "editor", display_name="Budi Santoso", by="admin")
    listed = accounts.list_users()
    assert list(listed["username"]) == ["admin", "budi"]
    assert list(listed["role"]) == ["admin", "editor"]
    assert "password_hash" not in listed.columns
    assert not listed.astype(str).apply(lambda col: col.str.contains("argon2")).any().any()


# --- sign-in ------------------------------------------------------------------------------------------------


def test_right_password_signs_in_and_is_audited_without_the_password(
    store: Store, accounts: Accounts
) -> None:
    result = accounts.authenticate("  ADMIN", PASSWORD)
    assert result.outcome == "ok" and result.account is not None
    assert (result.account.username, result.account.role, result.account.display_name) == (
        "admin",
        "admin",
        "Admin Utama",
    )
    assert store.audit_log(1)["action"].iloc[0] == "masuk"
    assert PASSWORD not in audit_text(store)
    assert accounts.list_users()["last_sign_in_at"].notna().all()


def test_wrong_password_and_unknown_user_look_the_same(store: Store, accounts: Accounts) -> None:
    assert accounts.authenticate("admin", "salah-sandi-123").outcome == "invalid"
    assert accounts.authenticate("tidak-ada", PASSWORD).outcome == "invalid"
    log = store.audit_log(2)
    assert list(log["action"]) == ["masuk_gagal", "masuk_gagal"]
    # what was typed as an unknown username (perhaps a password) is not kept
    assert list(log["user"]) == [UNKNOWN_USER, "admin"]
    assert "tidak-ada" not in audit_text(store) and "salah-sandi" not in audit_text(store)


class CountingHasher(PasswordHasher):
    """The cheap hasher, remembering every hash it verified against."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.verified: list[str] = []

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.verified.append(str(hash))
        return super().verify(hash, password)


def test_unknown_user_still_spends_a_hash_verification(store: Store, accounts: Accounts) -> None:
    hasher = CountingHasher()
    counted = Accounts(store, hasher=hasher)
    counted.authenticate("tidak-ada", PASSWORD)
    counted.authenticate("admin", "salah-sandi-123")
    assert len(hasher.verified) == 2 and all(h.startswith("$argon2id$") for h in hasher.verified)


def test_disabled_account_is_refused(store: Store, accounts: Accounts) -> None:
    accounts.create_user("budi", PASSWORD, "editor", by="admin")
    accounts.set_disabled("budi", by="admin")
    assert accounts.authenticate("budi", PASSWORD).outcome == "disabled"
    assert accounts.authenticate("budi", "salah-sandi-123").outcome == "invalid"
    accounts.set_disabled("budi", False, by="admin")
    assert accounts.authenticate("budi", PASSWORD).outcome == "ok"


def test_repeated_failures_lock_the_account_for_a_while(store: Store, accounts: Accounts) -> None:
    now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    for _ in range(MAX_FAILURES):
        assert accounts.authenticate("admin", "salah-sandi-123", now=now).outcome == "invalid"
    assert accounts.authenticate("admin", PASSWORD, now=now).outcome == "locked"  # even the right one
    assert "dikunci 15 menit" in audit_text(store)
    later = now + LOCKOUT + timedelta(seconds=1)
    assert accounts.authenticate("admin", PASSWORD, now=later).outcome == "ok"


class SlowHasher(PasswordHasher):
    """The cheap hasher, slow to verify (like argon2 under load): concurrent attempts overlap."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        time.sleep(0.3)
        return super().verify(hash, password)


def test_concurrent_attempts_cannot_get_past_the_lockout(store: Store, accounts: Accounts) -> None:
    """12 wrong passwords at once, then the right one while they are still being verified: at most
    MAX_FAILURES are evaluated before the lock, and the right password is refused while locked."""
    slow = Accounts(store, hasher=SlowHasher())
    now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    start = threading.Barrier(12)

    def wrong() -> str:
        start.wait()
        return slow.authenticate("admin", "salah-sandi-123", now=now).outcome

    def right() -> str:
        time.sleep(0.1)  # after the wrong ones began, before they are verified
        return slow.authenticate("admin", PASSWORD, now=now).outcome

    with ThreadPoolExecutor(max_workers=13) as pool:
        wrongs = [pool.submit(wrong) for _ in range(12)]
        correct = pool.submit(right)
        outcomes = [f.result() for f in wrongs]
        assert correct.result() == "locked"
    assert outcomes.count("invalid") <= MAX_FAILURES
    assert set(outcomes) <= {"invalid", "locked"} and "locked" in outcomes
    assert accounts.authenticate("admin", PASSWORD, now=now).outcome == "locked"
    later = now + LOCKOUT + timedelta(seconds=1)
    assert accounts.authenticate("admin", PASSWORD, now=later).outcome == "ok"


def test_a_success_resets_the_failure_count(accounts: Accounts) -> None:
    now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    for _ in range(MAX_FAILURES - 1):
        accounts.authenticate("admin", "salah-sandi-123", now=now)
    assert accounts.authenticate("admin", PASSWORD, now=now).outcome == "ok"
    for _ in range(MAX_FAILURES - 1):
        accounts.authenticate("admin", "salah-sandi-123", now=now)
    assert accounts.authenticate("admin", PASSWORD, now=now).outcome == "ok"


def test_new_password_replaces_the_old_and_lifts_a_lockout(store: Store, accounts: Accounts) -> None:
    for _ in range(MAX_FAILURES):
        accounts.authenticate("admin", "salah-sandi-123")
    accounts.set_password("admin", "sandi-baru-yang-panjang", by="tes")
    assert accounts.authenticate("admin", PASSWORD).outcome == "invalid"
    assert accounts.authenticate("admin", "sandi-baru-yang-panjang").outcome == "ok"
    assert "sandi-baru" not in audit_text(store)


def test_old_hash_parameters_are_upgraded_on_sign_in(store: Store, accounts: Accounts) -> None:
    old = stored_hash(store, "admin")
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    assert stronger.check_needs_rehash(old)
    assert Accounts(store, hasher=stronger).authenticate("admin", PASSWORD).outcome == "ok"
    new = stored_hash(store, "admin")
    assert new != old and not stronger.check_needs_rehash(new)
    assert stronger.verify(new, PASSWORD)


def test_the_last_active_admin_cannot_be_demoted_disabled_or_deleted(accounts: Accounts) -> None:
    for change in (
        lambda: accounts.set_role("admin", "editor", by="tes"),
        lambda: accounts.set_disabled("admin", by="tes"),
        lambda: accounts.delete_user("admin", by="tes"),
    ):
        with pytest.raises(StoreError, match="admin aktif terakhir"):
            change()
    accounts.create_user("kedua", PASSWORD, "admin", by="admin")
    accounts.set_role("admin", "viewer", by="kedua")
    assert accounts.get("admin").role == "viewer"  # type: ignore[union-attr]
    accounts.delete_user("admin", by="kedua")
    assert accounts.get("admin") is None


def test_account_changes_are_audited_and_do_not_invalidate_the_data_cache(
    store: Store, accounts: Accounts
) -> None:
    generation = store.generation()
    accounts.create_user("budi", PASSWORD, "viewer", by="admin")
    accounts.set_role("budi", "editor", by="admin")
    accounts.set_password("budi", "sandi-baru-yang-panjang", by="admin")
    accounts.set_disabled("budi", by="admin")
    accounts.delete_user("budi", by="admin")
    actions = list(store.audit_log(5)["action"])[::-1]
    assert actions == [
        "pengguna_tambah",
        "pengguna_peran",
        "pengguna_sandi",
        "pengguna_nonaktif",
        "pengguna_hapus",
    ]
    assert store.generation() == generation


# --- session expiry -----------------------------------------------------------------------------------------

T0 = 1_750_000_000.0  # signed in at


@pytest.mark.parametrize(
    ("last_seen", "now", "expected"),
    [
        (T0, T0, None),
        (T0, T0 + 59 * 60, None),  # 59 minutes idle
        (T0, T0 + 60 * 60, "idle"),  # 60 minutes idle
        (T0 + 11 * 3600, T0 + 11.5 * 3600, None),  # active, 11.5 hours in
        (T0 + 11.9 * 3600, T0 + 12 * 3600, "max"),  # active, but 12 hours since signing in
        (T0, T0 - 1, "max"),  # clock went backwards: do not trust it
    ],
)
def test_session_expiry(last_seen: float, now: float, expected: str | None) -> None:
    assert session_expiry(T0, last_seen, now, 60, 12) == expected
    assert session_state_valid(T0, last_seen, now, 60, 12) is (expected is None)


def test_session_policy_from_the_environment() -> None:
    assert session_policy({}) == SessionPolicy(60, 12)
    env = {"DASBOR_SESSION_IDLE_MINUTES": "15", "DASBOR_SESSION_MAX_HOURS": "8"}
    assert session_policy(env) == SessionPolicy(15, 8)
    for bad in ("0", "-5", "lima belas"):
        with pytest.raises(StoreError, match="DASBOR_SESSION_IDLE_MINUTES"):
            session_policy({"DASBOR_SESSION_IDLE_MINUTES": bad})


def test_a_signed_out_or_expired_sign_in_is_not_active() -> None:
    policy = SessionPolicy(60, 12)
    sign_in = SignIn("budi", "Budi", "editor", "password", T0, T0)
    assert sign_in.active(T0 + 60, policy)
    assert not sign_in.active(T0 + 3600, policy)
    sign_in.ended = True
    assert not sign_in.active(T0 + 60, policy)
    assert SignIn("lokal", "lokal", "admin", "local", T0, T0).active(T0 + 10**6, policy)


# --- access mode --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "has_accounts", "sso", "proxied", "mode"),
    [
        ("127.0.0.1", False, False, False, "local"),
        ("localhost", False, False, False, "local"),
        ("::1", False, False, False, "local"),
        ("127.0.1.1", False, False, False, "local"),
        ("0.0.0.0", False, False, False, "refuse"),
        ("", False, False, False, "refuse"),  # Streamlit's default: every interface
        (None, False, False, False, "refuse"),
        ("192.168.1.20", False, False, False, "refuse"),
        ("127.0.0.1", False, False, True, "refuse"),  # behind nginx/Caddy without accounts
        ("127.0.0.1", True, False, False, "accounts"),
        ("0.0.0.0", True, False, False, "accounts"),
        ("0.0.0.0", False, True, False, "accounts"),
        ("127.0.0.1", True, False, True, "accounts"),
    ],
)
def test_access_mode(address: str | None, has_accounts: bool, sso: bool, proxied: bool, mode: str) -> None:
    got, reason = access_mode(address, has_accounts, sso, proxied=proxied)
    assert got == mode
    assert reason
    if mode == "refuse":
        assert "python -m store users add" in reason and "--role admin" in reason


def test_refusal_names_the_address() -> None:
    _, reason = access_mode("0.0.0.0", False, False)
    assert reason.startswith("Dasbor tidak dijalankan: belum ada akun pengguna")
    assert "0.0.0.0" in reason


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("", False),
        ("dasbor.bkpsdm.go.id", False),
        ("10.0.0.5", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("headers", "proxied"),
    [
        ({}, False),
        ({"Host": "localhost:8501"}, False),
        ({"Host": "127.0.0.1:8501"}, False),
        ({"Host": "[::1]:8501"}, False),
        ({"Host": "dasbor.example.go.id"}, True),
        ({"Host": "localhost:8501", "X-Forwarded-For": "203.0.113.7"}, True),
        ({"Host": "localhost:8501", "x-real-ip": "203.0.113.7"}, True),
        ({"Host": "localhost", "Forwarded": "for=203.0.113.7"}, True),
    ],
)
def test_proxied_request(headers: dict[str, str], proxied: bool) -> None:
    assert proxied_request(headers) is proxied


# --- SSO allow-list -----------------------------------------------------------------------------------------

ALLOW = {
    "kepala@lan.go.id": "admin",
    "Operator@BKD.go.id": "editor",
    "*@lan.go.id": "viewer",
    "tamu@example.org": "pemilik",  # not a role: refused
}


@pytest.mark.parametrize(
    ("email", "verified", "role"),
    [
        ("kepala@lan.go.id", None, "admin"),  # exact address wins over the domain
        ("KEPALA@lan.go.id", True, "admin"),
        ("operator@bkd.go.id", None, "editor"),
        ("staf@lan.go.id", None, "viewer"),  # the domain entry
        ("staf@bkd.go.id", None, None),  # not listed
        ("tamu@example.org", None, None),  # listed with an unknown role
        ("kepala@lan.go.id", False, None),  # the provider says the address is not verified
        ("", None, None),
        (None, None, None),
    ],
)
def test_sso_role(email: str | None, verified: bool | None, role: str | None) -> None:
    assert sso_role(email, ALLOW, email_verified=verified) == role


# --- retention ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "days"),
    [(None, None), ("", None), ("0", None), ("off", None), ("365", 365), (" 90 ", 90), (30, 30)],
)
def test_parse_days(value: object, days: int | None) -> None:
    assert parse_days(value, "uji") == days


@pytest.mark.parametrize("value", ["7", "-1", "setahun", "36501"])
def test_bad_retention_is_refused(value: str) -> None:
    with pytest.raises(StoreError, match="Masa simpan uji="):
        parse_days(value, "uji")


def test_env_retention_wins_over_the_saved_setting(store: Store) -> None:
    assert retention_days(store, {}) is None
    set_retention_days(store, 400, user="admin")
    assert retention_days(store, {}) == 400
    assert retention_days(store, {RETENTION_ENV: "90"}) == 90
    assert env_retention_days({RETENTION_ENV: "0"}) is None
    set_retention_days(store, None, user="admin")
    assert retention_days(store, {}) is None
    assert list(store.audit_log(2)["action"]) == ["retensi_atur", "retensi_atur"]


def test_purge_deletes_only_cohorts_past_the_retention(store: Store) -> None:
    today = date.today()
    ended_long_ago = store.save_cohort(
        small_upload("I", [person(1), person(2)], end_date=today - timedelta(days=400)), user="tes"
    )
    recent = store.save_cohort(
        small_upload("II", [person(3)], end_date=today - timedelta(days=30)), user="tes"
    )
    undated = store.save_cohort(small_upload("III", [person(4)], start_date=None, end_date=None), user="tes")
    assert list(store.expired_cohorts(365, today=today)["cohort_id"]) == [ended_long_ago]
    assert store.purge_expired(365, user="retensi-otomatis", today=today) == (1, 2)
    assert sorted(store.cohorts()["cohort_id"]) == [recent, undated]
    assert store.participants(limit=0)[1] == 2
    assert store.facts([ended_long_ago]).empty
    row = store.audit_log(1).iloc[0]
    assert (row["user"], row["action"]) == ("retensi-otomatis", "retensi")
    assert "Peserta Fiktif" not in row["detail"] and "1980" not in row["detail"]
    # a cohort without an end date counts from its upload (today): it expires `days` after that
    assert store.purge_expired(365, user="tes", today=today + timedelta(days=300)) == (0, 0)
    assert store.purge_expired(365, user="tes", today=today + timedelta(days=400)) == (2, 2)
    assert store.is_empty()


def test_purge_with_nothing_expired_writes_nothing(store: Store) -> None:
    store.save_cohort(small_upload("I", [person(1)]), user="tes")
    generation, log = store.generation(), len(store.audit_log())
    assert store.purge_expired(30, user="tes", today=date(2024, 5, 9)) == (0, 0)
    assert (store.generation(), len(store.audit_log())) == (generation, log)


def test_the_automatic_purge_is_claimed_once_a_day_by_one_server(db_url: str) -> None:
    """Servers on one database share the daily run: the first to ask runs it, the others skip it until a day
    has passed; a claim is no data change (the caches' generation stays)."""
    servers = [open_store(db_url) for _ in range(3)]
    first = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)
    generation = servers[0].generation()
    with ThreadPoolExecutor(3) as pool:  # three servers starting at once on a database never purged
        claims = list(pool.map(lambda server: claim_purge_run(server, first, by="tes"), servers))
    assert sorted(claims) == [False, False, True]
    assert not claim_purge_run(servers[1], first + timedelta(hours=23, minutes=59), by="tes")
    assert claim_purge_run(servers[2], first + timedelta(hours=24), by="tes")
    assert not claim_purge_run(servers[0], first + timedelta(hours=25), by="tes")
    assert servers[0].generation() == generation
    for server in servers:
        server.close()


# --- command line -------------------------------------------------------------------------------------------


def run_cli(*args: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = cli(list(args), out=out, stdin=io.StringIO(stdin))
    return code, out.getvalue()


def test_cli_creates_the_first_admin_and_lists_users(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli("--db", db_url, "users", "add", "Admin", "--role", "admin", "--password-stdin",
                        stdin=PASSWORD + "\n")  # fmt: skip
    assert (code, out.strip()) == (0, "Akun admin dibuat (peran admin).")
    code, _ = run_cli("--db", db_url, "users", "add", "budi", "--role", "editor", "--password-stdin",
                      "--display-name", "Budi Santoso", stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0
    code, out = run_cli("--db", db_url, "users", "list")
    lines = out.splitlines()
    assert lines[0].startswith("admin\tadmin\taktif\tterakhir masuk: belum pernah")
    assert lines[1].startswith("budi\teditor\taktif") and lines[1].endswith("Budi Santoso")
    opened = open_store(db_url)
    assert Accounts(opened).authenticate("budi", PASSWORD).outcome == "ok"
    assert set(opened.audit_log()["user"]) >= {"baris-perintah"}
    opened.close()


def test_cli_set_role_passwd_disable(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli("--db", db_url, "users", "add", "admin", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    run_cli("--db", db_url, "users", "add", "budi", "--role", "viewer", "--password-stdin", stdin=PASSWORD)
    assert run_cli("--db", db_url, "users", "set-role", "budi", "editor")[0] == 0
    assert (
        run_cli("--db", db_url, "users", "passwd", "budi", "--password-stdin", stdin="sandi-baru-panjang\n")[
            0
        ]
        == 0
    )
    assert run_cli("--db", db_url, "users", "disable", "budi")[0] == 0
    opened = open_store(db_url)
    account = Accounts(opened).get("budi")
    assert account is not None and (account.role, account.disabled) == ("editor", True)
    opened.close()
    assert run_cli("--db", db_url, "users", "disable", "admin")[0] == 1
    assert "admin aktif terakhir" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["users", "add", "budi", "--role", "viewer", "--password-stdin"], PASSWORD, "Akun pertama harus"),
        (["users", "add", "admin", "--role", "admin", "--password-stdin"], "pendek\n", "minimal 10 karakter"),
        (["users", "passwd", "siapa", "--password-stdin"], PASSWORD, "Akun 'siapa' tidak ada"),
        (["retention", "--days", "7"], "", "--days='7' tidak valid"),
    ],
)
def test_cli_failures_say_why_and_exit_1(
    db_url: str, capsys: pytest.CaptureFixture[str], args: list[str], stdin: str, message: str
) -> None:
    code, _ = run_cli("--db", db_url, *args, stdin=stdin)
    assert code == 1
    assert message in capsys.readouterr().err


def test_password_prompt_asks_twice() -> None:
    answers = iter(["sandi-yang-panjang", "sandi-yang-panjang"])
    assert read_password(io.StringIO(), False, ask=lambda _: next(answers)) == "sandi-yang-panjang"
    answers = iter(["sandi-yang-panjang", "sandi-yang-lain!!"])
    with pytest.raises(StoreError, match="tidak sama"):
        read_password(io.StringIO(), False, ask=lambda _: next(answers))


def test_cli_retention_lists_then_applies(db_url: str) -> None:
    opened = open_store(db_url)
    opened.save_cohort(small_upload("I", [person(1)], end_date=date(2020, 1, 31)), user="tes")
    opened.save_cohort(small_upload("II", [person(2)], end_date=date.today()), user="tes")
    code, out = run_cli("--db", db_url, "retention", "--days", "365")
    assert code == 0 and "1 angkatan melewati masa simpan 365 hari" in out and "--apply" in out
    assert len(opened.cohorts()) == 2
    code, out = run_cli("--db", db_url, "retention", "--days", "365", "--apply")
    assert (code, out.splitlines()[-1]) == (0, "Dihapus: 1 angkatan, 1 peserta.")
    assert len(opened.cohorts()) == 1
    code, out = run_cli("--db", db_url, "retention")
    assert "Masa simpan mati" in out
    opened.close()
