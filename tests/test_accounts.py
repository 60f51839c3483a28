"""store.auth.accounts, store.auth.sessions, store.retention and the `python -m store` command line.

Accounts and retention run on SQLite and on a real PostgreSQL server (db_url); the policies are pure.
"""

from __future__ import annotations

import asyncio
import io
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

import store.auth.accounts as accounts_module
from store import Store, StoreError, open_store
from store import engine as store_engine
from store.__main__ import main as cli
from store.__main__ import read_password
from store.auth.accounts import (
    LOCKOUT,
    MAX_CONCURRENT_VERIFICATIONS,
    MAX_FAILURES,
    UNKNOWN_USER,
    Accounts,
    check_username,
    normalise_username,
)
from store.auth.sessions import (
    SessionPolicy,
    SignIn,
    access_mode,
    client_address,
    is_loopback,
    local_mode_opt_in,
    proxied_request,
    session_expiry,
    session_policy,
    session_state_valid,
    sso_role,
)
from store.auth.sign_in_limits import LIMITS
from store.retention import (
    PURGE_USER,
    RETENTION_ENV,
    env_retention_days,
    expired_cohorts,
    parse_days,
    purge_expired,
    retention_days,
    run_if_due,
    set_retention_days,
    start_schedule,
)
from store.schema import metadata, users
from tests.factories import person, small_upload

ROOT = Path(__file__).resolve().parent.parent
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
    assert (
        store_engine.current_revision(opened.engine) == store_engine.head_revision() == "0006_uncounted_index"
    )
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


@pytest.mark.parametrize(
    ("weak", "why"),
    [
        ("aaaaaaaaaa", "berulang"),  # accepted before (10 characters)
        (" " * 10, "berulang"),
        ("1234567890", "umum atau pernah bocor"),
        ("qwertyuiop", "umum atau pernah bocor"),
        ("password123", "umum atau pernah bocor"),
        ("P@ssw0rd2024", "mudah ditebak"),
        ("bismillah123", "bahasa Indonesia"),  # data/reference/common_password_words_id.txt
        ("B1sm1ll4h2024", "mudah ditebak"),
        ("indonesia2024", "bahasa Indonesia"),
        ("pusdiklat2025", "mudah ditebak"),
        ("budi.santoso1990", "nama pengguna atau nama tampilan"),  # the account's own names
    ],
)
def test_easily_guessed_passwords_are_refused(store: Store, weak: str, why: str) -> None:
    made = Accounts(store)
    with pytest.raises(StoreError, match="Kata sandi terlalu mudah ditebak") as refused:
        made.create_user("budi.santoso", weak, "admin", display_name="Budi Santoso", by="tes")
    assert why in refused.value.message
    assert not made.has_accounts()


@pytest.mark.parametrize(
    "strong", [PASSWORD, "sandi-baru-yang-panjang", "kopi tubruk di atas genteng", "Xq7#pL2v!wRz"]
)
def test_hard_to_guess_passwords_are_accepted(store: Store, strong: str) -> None:
    Accounts(store).create_user("admin", strong, "admin", by="tes")
    assert Accounts(store).authenticate("admin", strong).outcome == "ok"


def test_a_new_password_must_be_strong_too(accounts: Accounts) -> None:
    with pytest.raises(StoreError, match="terlalu mudah ditebak"):
        accounts.set_password("admin", "admin12345", by="tes")
    with pytest.raises(StoreError, match="terlalu mudah ditebak"):
        read_password(io.StringIO("aaaaaaaaaa\n"), from_stdin=True)


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


class RecordingHasher(PasswordHasher):
    """The cheap hasher, counting hashes and verifications and how many verifications ran at once."""

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.delay = delay
        self.hashed = self.verified = self.running = self.most_at_once = 0
        self.lock = threading.Lock()

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        self.hashed += 1
        return super().hash(password, salt=salt)

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        with self.lock:
            self.verified += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            time.sleep(self.delay)
            return super().verify(hash, password)
        finally:
            with self.lock:
                self.running -= 1


def counted(store: Store, delay: float = 0.0) -> tuple[Accounts, RecordingHasher]:
    hasher = RecordingHasher(delay)
    made = Accounts(store, hasher=hasher)
    hasher.hashed = 0  # the dummy hash for unknown names is made when Accounts is, not at a sign-in
    return made, hasher


# --- sign-in limits: floods (issue 12 item 7), lockout per client (item 13), equal cost (item 11) -----------


def test_a_flood_on_one_account_from_one_client_is_refused_before_hashing(
    store: Store, accounts: Accounts
) -> None:
    """50 wrong sign-ins from one client: only the first MAX_FAILURES reach the hasher; the owner on
    another client still signs in."""
    made, hasher = counted(store)
    outcomes = [
        made.authenticate("admin", f"tebakan-{i}-salah", client="203.0.113.9").outcome for i in range(50)
    ]
    assert hasher.verified == MAX_FAILURES and hasher.hashed == 0
    assert outcomes == ["invalid"] * MAX_FAILURES + ["locked"] * (50 - MAX_FAILURES)
    assert (
        made.authenticate("admin", PASSWORD, client="203.0.113.9").outcome == "locked"
    )  # even the right one
    assert made.authenticate("admin", PASSWORD, client="198.51.100.20").outcome == "ok"
    assert hasher.verified == MAX_FAILURES + 1


def test_a_flood_across_many_names_from_one_client_is_refused_before_hashing(
    store: Store, accounts: Accounts
) -> None:
    made, hasher = counted(store)
    per_client = LIMITS["client"].failures
    outcomes = [
        made.authenticate(f"nama{i}", "tebakan-salah-1", client="203.0.113.9").outcome for i in range(100)
    ]
    assert hasher.verified == per_client
    assert outcomes == ["invalid"] * per_client + ["throttled"] * (100 - per_client)
    assert made.authenticate("admin", PASSWORD, client="198.51.100.20").outcome == "ok"
    assert "terlalu banyak kata sandi salah dari perangkat ini" in audit_text(store)


def test_one_account_tried_from_many_clients_is_capped_and_unlock_lifts_it(
    store: Store, accounts: Accounts
) -> None:
    """A distributed guess at one account: LIMITS["account"] verifications, then the account refuses every
    client (also its owner: docs/keamanan.md says so) until the window ends or an admin unlocks it."""
    made, hasher = counted(store)
    per_account = LIMITS["account"].failures
    for i in range(per_account + 10):
        made.authenticate("admin", "tebakan-salah-1", client=f"203.0.113.{i}")
    assert hasher.verified == per_account
    assert made.authenticate("admin", PASSWORD, client="198.51.100.20").outcome == "throttled"
    assert made.unlock("admin", by="tes") > 0
    assert made.authenticate("admin", PASSWORD, client="198.51.100.20").outcome == "ok"


def test_wrong_passwords_from_one_client_do_not_lock_the_owner_out(store: Store, accounts: Accounts) -> None:
    now = datetime.now(UTC).replace(microsecond=0)  # the users page shows locks in force now
    for _ in range(MAX_FAILURES + 3):
        accounts.authenticate("admin", "salah-sandi-123", client="203.0.113.9", now=now)
    assert accounts.authenticate("admin", PASSWORD, client="203.0.113.9", now=now).outcome == "locked"
    assert accounts.authenticate("admin", PASSWORD, client="10.1.2.3", now=now).outcome == "ok"
    listed = accounts.list_users().set_index("username")
    assert listed.loc["admin", "locked_until"] == pd.Timestamp(now + LOCKOUT)  # shown on the users page


def test_cli_unlock_lifts_a_lock_of_every_client(db_url: str, store: Store, accounts: Accounts) -> None:
    for _ in range(MAX_FAILURES):
        accounts.authenticate("admin", "salah-sandi-123", client="203.0.113.9")
    assert accounts.authenticate("admin", PASSWORD, client="203.0.113.9").outcome == "locked"
    done = subprocess.run(
        [sys.executable, "-m", "store", "--db", db_url, "users", "unlock", "ADMIN"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout.strip()) == (0, "Kunci masuk akun ADMIN dibuka (semua perangkat).")
    assert accounts.authenticate("admin", PASSWORD, client="203.0.113.9").outcome == "ok"
    assert store.audit_log(2)["action"].tolist()[1] == "pengguna_buka_kunci"
    assert run_cli("--db", db_url, "users", "unlock", "tidak-ada")[0] == 1


def test_verifications_run_at_most_two_at_once(store: Store, accounts: Accounts) -> None:
    """Twelve sign-ins at once (different names and clients, so no limit refuses them): the hasher never
    runs more than MAX_CONCURRENT_VERIFICATIONS at a time, and nobody is turned away."""
    made, hasher = counted(store, delay=0.05)
    start = threading.Barrier(12)

    def attempt(i: int) -> str:
        start.wait()
        return made.authenticate(f"nama{i}", "tebakan-salah-1", client=f"203.0.113.{i}").outcome

    with ThreadPoolExecutor(max_workers=12) as pool:
        outcomes = list(pool.map(attempt, range(12)))
    assert outcomes == ["invalid"] * 12
    assert hasher.verified == 12 and hasher.most_at_once <= MAX_CONCURRENT_VERIFICATIONS


def test_no_free_verification_slot_is_busy_and_costs_nothing(
    store: Store, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    made, hasher = counted(store)
    monkeypatch.setattr(accounts_module, "VERIFY_WAIT", timedelta(milliseconds=50))
    held = [accounts_module.VERIFY_SLOTS.acquire() for _ in range(MAX_CONCURRENT_VERIFICATIONS)]
    try:
        for _ in range(MAX_FAILURES + 1):  # refunded: none counts towards the lock
            assert made.authenticate("admin", PASSWORD, client="203.0.113.9").outcome == "busy"
    finally:
        for _ in held:
            accounts_module.VERIFY_SLOTS.release()
    assert hasher.verified == 0
    assert made.authenticate("admin", PASSWORD, client="203.0.113.9").outcome == "ok"


def test_password_verification_refuses_the_event_loop_thread(accounts: Accounts) -> None:
    async def on_the_loop() -> None:
        accounts.authenticate("admin", PASSWORD)

    with pytest.raises(RuntimeError, match="event loop"):
        asyncio.run(on_the_loop())


def test_known_and_unknown_names_cost_the_same(store: Store, accounts: Accounts) -> None:
    """A wrong password for a known name and any password for an unknown one: one verification each, no
    hash made, and the same database statements (so no timing hint that the name exists)."""
    costs = []
    for name in ("tidak-ada", "admin"):
        made, hasher = counted(store)
        statements: list[str] = []

        def record(
            conn: object, cursor: object, statement: str, *args: object, seen: list[str] = statements
        ) -> None:
            seen.append(statement.split()[0].upper())

        sa.event.listen(store.engine, "before_cursor_execute", record)
        try:
            assert (
                made.authenticate(name, "salah-sandi-123", client=f"203.0.113.{len(costs)}").outcome
                == "invalid"
            )
        finally:
            sa.event.remove(store.engine, "before_cursor_execute", record)
        costs.append((hasher.hashed, hasher.verified, statements))
    assert costs[0] == costs[1]
    assert costs[0][:2] == (0, 1)


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
    ("address", "has_accounts", "sso", "proxied", "opt_in", "mode"),
    [
        ("127.0.0.1", False, False, False, True, "local"),
        ("localhost", False, False, False, True, "local"),
        ("::1", False, False, False, True, "local"),
        ("127.0.1.1", False, False, False, True, "local"),
        # a plain TCP forwarder to 127.0.0.1 looks exactly like this machine's browser: no opt-in, no local mode
        ("127.0.0.1", False, False, False, False, "refuse"),
        ("0.0.0.0", False, False, False, True, "refuse"),  # the opt-in never opens the network
        ("", False, False, False, True, "refuse"),  # Streamlit's default: every interface
        (None, False, False, False, True, "refuse"),
        ("192.168.1.20", False, False, False, True, "refuse"),
        ("127.0.0.1", False, False, True, True, "refuse"),  # behind nginx/Caddy without accounts
        ("127.0.0.1", True, False, False, False, "accounts"),
        ("0.0.0.0", True, False, False, False, "accounts"),
        ("0.0.0.0", False, True, False, False, "accounts"),
        ("127.0.0.1", True, False, True, True, "accounts"),
    ],
)
def test_access_mode(
    address: str | None, has_accounts: bool, sso: bool, proxied: bool, opt_in: bool, mode: str
) -> None:
    got, reason = access_mode(address, has_accounts, sso, proxied=proxied, local_opt_in=opt_in)
    assert got == mode
    assert reason
    if mode == "refuse":
        assert "python -m store users add" in reason and "--role admin" in reason
    if mode == "refuse" and not opt_in:
        assert "DASBOR_LOCAL_MODE=1" in reason


@pytest.mark.parametrize(
    ("value", "allowed"),
    [(None, False), ("", False), ("0", False), ("1", True), ("true", True), ("ya", True)],
)
def test_local_mode_needs_the_operators_opt_in(value: str | None, allowed: bool) -> None:
    assert local_mode_opt_in({} if value is None else {"DASBOR_LOCAL_MODE": value}) is allowed


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


@pytest.mark.parametrize(
    ("remote_ip", "headers", "client"),
    [
        ("203.0.113.7", {}, "203.0.113.7"),  # straight to Streamlit (server.address on the network)
        ("203.0.113.7", {"X-Forwarded-For": "10.9.9.9"}, "203.0.113.7"),  # a header from afar is not trusted
        (None, {}, "127.0.0.1"),  # this machine's browser (Streamlit reports no address for loopback)
        (None, {"X-Forwarded-For": "198.51.100.4"}, "198.51.100.4"),  # Caddy / nginx on this machine
        (
            None,
            {"x-forwarded-for": "10.0.0.1, 198.51.100.4"},
            "198.51.100.4",
        ),  # the proxy's own entry is last
        ("127.0.0.1", {"X-Real-IP": "198.51.100.4"}, "198.51.100.4"),
    ],
)
def test_client_address(remote_ip: str | None, headers: dict[str, str], client: str) -> None:
    assert client_address(remote_ip, headers) == client


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
    assert list(expired_cohorts(store, 365, today=today)["cohort_id"]) == [ended_long_ago]
    assert purge_expired(store, 365, user="retensi-otomatis", today=today) == (1, 2)
    assert sorted(store.cohorts()["cohort_id"]) == [recent, undated]
    assert store.participants(limit=0)[1] == 2
    assert store.facts([ended_long_ago]).empty
    row = store.audit_log(1).iloc[0]
    assert (row["user"], row["action"]) == ("retensi-otomatis", "retensi")
    assert "Peserta Fiktif" not in row["detail"] and "1980" not in row["detail"]
    # a cohort without an end date counts from its upload (today): it expires `days` after that
    assert purge_expired(store, 365, user="tes", today=today + timedelta(days=300)) == (0, 0)
    assert purge_expired(store, 365, user="tes", today=today + timedelta(days=400)) == (2, 2)
    assert store.is_empty()


def test_purge_with_nothing_expired_writes_nothing(store: Store) -> None:
    store.save_cohort(small_upload("I", [person(1)]), user="tes")
    generation, log = store.generation(), len(store.audit_log())
    assert purge_expired(store, 30, user="tes", today=date(2024, 5, 9)) == (0, 0)
    assert (store.generation(), len(store.audit_log())) == (generation, log)


def test_scheduled_retention_runs_once_a_day_whichever_server_looks(db_url: str, store: Store) -> None:
    """The last run is recorded in the database: a second server (another store on the same database)
    looking within RUN_EVERY does nothing; a day later, or with another retention, it runs again."""
    today = date.today()
    store.save_cohort(
        small_upload("I", [person(1), person(2)], end_date=today - timedelta(days=400)), user="tes"
    )
    now = datetime.now(UTC)
    assert run_if_due(store, now, env={}) is None  # retention off: nothing to do, nothing claimed
    set_retention_days(store, 365, user="admin")
    assert run_if_due(store, now, env={}) == (1, 2)
    other_server = open_store(db_url)
    store.save_cohort(small_upload("II", [person(3)], end_date=today - timedelta(days=400)), user="tes")
    assert run_if_due(other_server, now + timedelta(hours=23), env={}) is None
    assert len(store.cohorts()) == 1
    assert run_if_due(other_server, now + timedelta(hours=25), env={}) == (1, 1)
    assert run_if_due(store, now + timedelta(hours=26), env={RETENTION_ENV: "400"}) == (0, 0)  # changed: runs
    log = store.audit_log(10)
    assert list(log.loc[log["action"] == "retensi", "user"]) == [PURGE_USER, PURGE_USER]
    other_server.close()


def test_the_schedule_purges_at_start_and_later_without_any_page_view(store: Store) -> None:
    today = date.today()
    store.save_cohort(small_upload("I", [person(1)], end_date=today - timedelta(days=400)), user="tes")
    store.save_cohort(small_upload("II", [person(2)], end_date=today - timedelta(days=300)), user="tes")
    set_retention_days(store, 365, user="admin")
    clock = [datetime.now(UTC)]
    stop = start_schedule(store, check_every=timedelta(milliseconds=20), clock=lambda: clock[0])
    try:
        assert list(store.cohorts()["angkatan"]) == ["II"]  # at start, before start_schedule returned
        clock[0] += timedelta(days=100)  # cohort II is now past 365 days too
        deadline = time.monotonic() + 10
        while not store.is_empty() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert store.is_empty()
    finally:
        stop.set()


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
