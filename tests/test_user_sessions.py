"""store.auth.user_sessions: signed-in sessions in the database, on SQLite and PostgreSQL (db_url).

A session is issued in two steps (a one-time hand-off code from the sign-in form, redeemed once by the cookie
endpoint for a random token), checked on every run, expires when idle or too old, and is revoked at sign-out
and by every account change that must end it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

import store.auth.accounts as accounts_module
from store import Store
from store.auth.accounts import Accounts
from store.auth.sessions import SessionPolicy
from store.auth.user_sessions import HANDOFF_TTL, TOUCH_EVERY, ServerSession, UserSessions, token_hash
from store.schema import user_sessions

PASSWORD = "kata-sandi-uji-1"  # fictional
T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
POLICY = SessionPolicy(idle_minutes=60, max_hours=12)


@pytest.fixture(autouse=True)
def cheap_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts_module, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def accounts(store: Store) -> Accounts:
    made = Accounts(store)
    made.create_user("admin", PASSWORD, "admin", by="tes")
    made.create_user("budi", PASSWORD, "editor", display_name="Budi Santoso", by="tes")
    return made


@pytest.fixture
def sessions(store: Store, accounts: Accounts) -> UserSessions:
    return UserSessions(store, POLICY)


def signed_in(sessions: UserSessions, username: str = "budi", at: datetime = T0) -> str:
    """The cookie token of a fresh session (start, then redeem, as the sign-in form and the endpoint do)."""
    redeemed = sessions.redeem(sessions.start(username, now=at), now=at + timedelta(seconds=1))
    assert redeemed is not None
    token, expires = redeemed
    assert expires == at + timedelta(hours=POLICY.max_hours)
    return token


def test_a_redeemed_session_is_valid_and_keeps_only_hashes(store: Store, sessions: UserSessions) -> None:
    code = sessions.start("budi", now=T0)
    redeemed = sessions.redeem(code, now=T0)
    assert redeemed is not None
    token, _ = redeemed
    found = sessions.check(token, now=T0 + timedelta(minutes=5))
    assert isinstance(found, ServerSession)
    assert (found.username, found.display_name, found.role, found.rotate) == (
        "budi",
        "Budi Santoso",
        "editor",
        False,
    )
    assert found.signed_in_at == T0
    with store.engine.connect() as conn:
        stored = " ".join(str(v) for row in conn.execute(sa.select(user_sessions)).all() for v in row)
    assert token not in stored and code not in stored
    assert token_hash(token) in stored


@pytest.mark.parametrize(
    ("case", "redeem_at"),
    [("used twice", timedelta(seconds=1)), ("too late", HANDOFF_TTL), ("unknown code", timedelta(0))],
)
def test_a_hand_off_code_works_once_and_briefly(
    sessions: UserSessions, case: str, redeem_at: timedelta
) -> None:
    code = sessions.start("budi", now=T0)
    if case == "used twice":
        assert sessions.redeem(code, now=T0) is not None
    if case == "unknown code":
        code = "bukan-kode"
    assert sessions.redeem(code, now=T0 + redeem_at) is None


def test_unknown_tokens_and_a_pending_session_are_not_signed_in(sessions: UserSessions) -> None:
    code = sessions.start("budi", now=T0)
    assert sessions.check("", now=T0) == "gone"
    assert sessions.check("token-tebakan", now=T0) == "gone"
    assert sessions.check(code, now=T0) == "gone"  # the hand-off code is not a session token


def test_a_disabled_or_unknown_account_cannot_start_a_session(
    accounts: Accounts, sessions: UserSessions
) -> None:
    accounts.set_disabled("budi", by="admin")
    with pytest.raises(LookupError, match="budi"):
        sessions.start("budi", now=T0)
    with pytest.raises(LookupError, match="siapa"):
        sessions.start("siapa", now=T0)


def test_idle_expiry_and_activity_that_keeps_it_alive(sessions: UserSessions) -> None:
    token = signed_in(sessions)
    # an action every 50 minutes keeps it going (last_seen is written at most every TOUCH_EVERY)
    for step in range(1, 6):
        assert isinstance(sessions.check(token, now=T0 + timedelta(minutes=50 * step)), ServerSession)
    last = T0 + timedelta(minutes=250)
    assert sessions.check(token, now=last + timedelta(minutes=59)) != "idle"
    assert sessions.check(token, now=last + timedelta(minutes=59 + 60)) == "idle"
    assert sessions.check(token, now=last + timedelta(minutes=59 + 61)) == "gone"  # said once, then gone


def test_last_seen_is_not_written_on_every_run(store: Store, sessions: UserSessions) -> None:
    token = signed_in(sessions)

    def last_seen() -> datetime:
        with store.engine.connect() as conn:
            value = conn.scalar(sa.select(user_sessions.c.last_seen_at))
        assert value is not None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value

    first = last_seen()
    sessions.check(token, now=first + TOUCH_EVERY / 2)
    assert last_seen() == first
    sessions.check(token, now=first + TOUCH_EVERY)
    assert last_seen() == first + TOUCH_EVERY


def test_absolute_expiry_even_when_active(sessions: UserSessions) -> None:
    token = signed_in(sessions)
    at = T0
    while at < T0 + timedelta(hours=11, minutes=30):
        at += timedelta(minutes=30)
        assert isinstance(sessions.check(token, now=at), ServerSession)
    assert sessions.check(token, now=T0 + timedelta(hours=12)) == "max"
    assert sessions.check(token, now=T0 + timedelta(hours=12, minutes=1)) == "gone"


def test_a_lowered_limit_ends_older_sessions(store: Store, sessions: UserSessions) -> None:
    token = signed_in(sessions)
    stricter = UserSessions(store, SessionPolicy(idle_minutes=60, max_hours=2))
    assert stricter.check(token, now=T0 + timedelta(hours=2)) == "max"


def test_sign_in_rotates_the_token(sessions: UserSessions) -> None:
    old = signed_in(sessions)
    code = sessions.start("budi", replaces=old, now=T0 + timedelta(minutes=10))
    redeemed = sessions.redeem(code, now=T0 + timedelta(minutes=10))
    assert redeemed is not None and redeemed[0] != old
    assert sessions.check(old, now=T0 + timedelta(minutes=11)) == "gone"
    assert isinstance(sessions.check(redeemed[0], now=T0 + timedelta(minutes=11)), ServerSession)


def test_sign_out_revokes_only_that_session(sessions: UserSessions) -> None:
    phone, laptop = signed_in(sessions), signed_in(sessions)
    assert sessions.end(phone) is True
    assert sessions.end(phone) is False
    assert sessions.check(phone, now=T0 + timedelta(minutes=1)) == "gone"
    assert isinstance(sessions.check(laptop, now=T0 + timedelta(minutes=1)), ServerSession)


REVOKING: dict[str, Callable[[Accounts], None]] = {
    "disabled": lambda a: a.set_disabled("budi", by="admin"),
    "demoted": lambda a: a.set_role("budi", "viewer", by="admin"),
    "new password": lambda a: a.set_password("budi", "kata-sandi-baru-yang-panjang-7", by="admin"),
    "deleted": lambda a: a.delete_user("budi", by="admin"),
}


@pytest.mark.parametrize("event", list(REVOKING))
def test_account_changes_revoke_every_session_of_that_account(
    accounts: Accounts, sessions: UserSessions, event: str
) -> None:
    mine, other = signed_in(sessions, "budi"), signed_in(sessions, "admin")
    assert sessions.count("budi") == 1
    REVOKING[event](accounts)
    assert sessions.check(mine, now=T0 + timedelta(minutes=1)) == "gone"
    assert sessions.count("budi") == 0
    assert isinstance(sessions.check(other, now=T0 + timedelta(minutes=1)), ServerSession)


def test_a_session_issued_before_a_demotion_is_refused_even_if_not_deleted(
    store: Store, accounts: Accounts, sessions: UserSessions
) -> None:
    """Belt and braces: a row issued for a higher role than the account now has is never honoured."""
    token = signed_in(sessions)
    with store.engine.begin() as conn:
        conn.execute(sa.update(user_sessions).values(role="admin"))
    assert sessions.check(token, now=T0 + timedelta(minutes=1)) == "gone"


def test_a_promotion_rotates_the_token_keeping_the_sign_in_time(
    accounts: Accounts, sessions: UserSessions
) -> None:
    token = signed_in(sessions)
    accounts.set_role("budi", "admin", by="admin")
    found = sessions.check(token, now=T0 + timedelta(minutes=5))
    assert isinstance(found, ServerSession) and found.role == "admin" and found.rotate
    code = sessions.rotate(token, now=T0 + timedelta(minutes=5))
    assert code is not None
    assert sessions.check(token, now=T0 + timedelta(minutes=5)) == "gone"
    redeemed = sessions.redeem(code, now=T0 + timedelta(minutes=5))
    assert redeemed is not None
    new, expires = redeemed
    assert expires == T0 + timedelta(hours=POLICY.max_hours)  # rotation does not extend the session
    after = sessions.check(new, now=T0 + timedelta(minutes=6))
    assert isinstance(after, ServerSession) and after.role == "admin" and not after.rotate
    assert sessions.rotate(token, now=T0 + timedelta(minutes=6)) is None


def test_old_rows_are_purged_when_someone_signs_in(sessions: UserSessions) -> None:
    signed_in(sessions, "budi")
    sessions.start("budi", now=T0)  # never redeemed
    assert sessions.count() == 2
    signed_in(sessions, "admin", at=T0 + timedelta(hours=13))
    assert sessions.count() == 1


# --- the cookie endpoint (store.auth.session_routes) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/ringkasan?program=PKA&angkatan=IV", "/ringkasan?program=PKA&angkatan=IV"),
        ("/", "/"),
        ("https://contoh.invalid/", "/"),
        ("//contoh.invalid/x", "/"),
        ("/\\contoh.invalid", "/"),
        ("javascript:alert(1)", "/"),
        ("", "/"),
        ("/a\nSet-Cookie: x=1", "/"),
    ],
)
def test_the_endpoint_only_redirects_within_this_site(target: str, expected: str) -> None:
    from store.auth.session_routes import safe_next

    assert safe_next(target) == expected


@pytest.mark.parametrize("https", [False, True])
def test_the_endpoint_sets_an_httponly_strict_cookie_once(
    store: Store, sessions: UserSessions, monkeypatch: pytest.MonkeyPatch, https: bool
) -> None:
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    import store.auth.session_routes as routes

    monkeypatch.setattr(routes, "_store", lambda: store)
    monkeypatch.setattr(routes, "_mounted", {})
    app = Starlette(routes=routes.session_routes(""))
    client = TestClient(app, base_url="http://127.0.0.1:8501")
    code = sessions.start("budi")
    url = routes.handoff_url(code, "/tren?program=PKA")
    headers = {"X-Forwarded-Proto": "https"} if https else {}
    answer = client.get(url, headers=headers, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/tren?program=PKA"
    cookie = answer.headers["set-cookie"]
    token = cookie.split(";")[0].split("=", 1)[1]
    assert cookie.startswith("dasbor_sesi=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Path=/" in cookie and "Max-Age=" in cookie
    assert ("Secure" in cookie) is https
    assert isinstance(sessions.check(token), ServerSession)
    again = client.get(url, headers=headers, follow_redirects=False)  # replayed: no cookie
    assert again.status_code == 303 and "set-cookie" not in again.headers
