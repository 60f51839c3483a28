"""Sign-in limits kept in the database, so every server on it shares them: wrong passwords are counted per
(account, client), per client and per account, and an attempt over a limit is refused before any password
hash is computed.

- (account, client): MAX wrong passwords in a row lock that account *from that client* only; the account's
  owner elsewhere still signs in (anyone typing the admin's name cannot lock the admin out).
- client: one address trying many accounts (a flood from one machine, or password spraying).
- account: one account tried from many addresses.

Every attempt is counted as a failure *before* the slow verification, so parallel attempts cannot get past a
limit while they are being verified, and refunded when the password was right. The account is the name as
typed (normalised), known or not: an unknown name is limited and costs the same as a known one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal

import sqlalchemy as sa

from store.schema import sign_in_limits

Scope = Literal["pair", "client", "account"]


@dataclass(frozen=True)
class Limit:
    """`failures` wrong passwords within `window` lock the key for `lock`."""

    failures: int
    window: timedelta
    lock: timedelta


# Checked in this order; the first that refuses names the refusal ("pair" -> "locked", else "throttled").
LIMITS: Final[dict[Scope, Limit]] = {
    "pair": Limit(5, timedelta(hours=1), timedelta(minutes=15)),
    "client": Limit(30, timedelta(minutes=10), timedelta(minutes=10)),
    "account": Limit(50, timedelta(minutes=10), timedelta(minutes=10)),
}
ANY: Final = ""  # the account of a per-client row, the client of a per-account row
KEY_MAX: Final = 128  # characters kept of an account name or a client address
THROTTLE_LOCK: Final = (
    0x44A5B1  # PostgreSQL advisory lock key: one admission at a time (SQLite: BEGIN IMMEDIATE)
)


def _key(scope: Scope, account: str, client: str) -> tuple[str, str]:
    if scope == "pair":
        return account, client
    return (ANY, client) if scope == "client" else (account, ANY)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass
class _State:
    failures: int
    window_start: datetime
    locked_until: datetime | None
    exists: bool


def _read(conn: sa.Connection, scope: Scope, account: str, client: str, now: datetime) -> _State:
    """The key's state at `now` (a window or lock that has run out starts over)."""
    key_account, key_client = _key(scope, account, client)
    row: Any = conn.execute(
        sa.select(sign_in_limits).where(
            sign_in_limits.c.account == key_account, sign_in_limits.c.client == key_client
        )
    ).first()
    if row is None:
        return _State(0, now, None, exists=False)
    state = _State(int(row.failures), _utc(row.window_start) or now, _utc(row.locked_until), exists=True)
    if state.locked_until is not None and state.locked_until <= now:
        state.locked_until, state.failures, state.window_start = None, 0, now
    if state.window_start + LIMITS[scope].window <= now:
        state.failures, state.window_start = 0, now
    return state


def _write(conn: sa.Connection, scope: Scope, account: str, client: str, state: _State) -> None:
    key_account, key_client = _key(scope, account, client)
    expires = state.window_start + LIMITS[scope].window
    if state.locked_until is not None:
        expires = max(expires, state.locked_until)
    values = {
        "failures": state.failures,
        "window_start": state.window_start,
        "locked_until": state.locked_until,
        "expires_at": expires,
    }
    if state.exists:
        conn.execute(
            sa.update(sign_in_limits)
            .where(sign_in_limits.c.account == key_account, sign_in_limits.c.client == key_client)
            .values(**values)
        )
    else:
        conn.execute(sa.insert(sign_in_limits).values(account=key_account, client=key_client, **values))
        state.exists = True


def admit(conn: sa.Connection, account: str, client: str, now: datetime) -> Scope | None:
    """Count an attempt as a (pending) failure for its pair, client and account, or refuse it: the scope
    that is locked or full (then nothing else is counted). Call inside a write transaction."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": THROTTLE_LOCK})
    conn.execute(sa.delete(sign_in_limits).where(sign_in_limits.c.expires_at < now))
    states = {scope: _read(conn, scope, account, client, now) for scope in LIMITS}
    for scope, limit in LIMITS.items():
        state = states[scope]
        if state.locked_until is not None:
            return scope
        if state.failures >= limit.failures:  # full with attempts still being verified: lock now
            state.failures, state.window_start, state.locked_until = 0, now, now + limit.lock
            _write(conn, scope, account, client, state)
            return scope
    for scope, state in states.items():
        state.failures += 1
        _write(conn, scope, account, client, state)
    return None


def settle(conn: sa.Connection, account: str, client: str, now: datetime, right: bool | None) -> Scope | None:
    """After the verification of an admitted attempt. Right password: the pair starts over and the client
    and account get their pending failure back, unless the pair got locked meanwhile (returned: refuse).
    Wrong: it stays counted, and a scope now full is locked (returned). None (not verified, the server was
    busy): refunded everywhere."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": THROTTLE_LOCK})
    states = {scope: _read(conn, scope, account, client, now) for scope in LIMITS}
    if right and states["pair"].locked_until is not None:
        return "pair"
    locked: Scope | None = None
    for scope, limit in LIMITS.items():
        state = states[scope]
        if right is False:
            if state.locked_until is None and state.failures >= limit.failures:
                state.failures, state.window_start, state.locked_until = 0, now, now + limit.lock
                locked = locked or scope
        elif right and scope == "pair":
            state.failures, state.window_start = 0, now
        else:
            state.failures = max(0, state.failures - 1)
        _write(conn, scope, account, client, state)
    return locked


def clear(conn: sa.Connection, account: str) -> int:
    """Lift every lock and count of an account (all its clients); the number of rows removed."""
    deleted = conn.execute(sa.delete(sign_in_limits).where(sign_in_limits.c.account == account))
    return int(deleted.rowcount or 0)


def locked_accounts(conn: sa.Connection, now: datetime) -> dict[str, datetime]:
    """Account -> until when it is locked from some client (or from every client), for locks in force."""
    rows = conn.execute(
        sa.select(sign_in_limits.c.account, sa.func.max(sign_in_limits.c.locked_until))
        .where(sign_in_limits.c.account != ANY, sign_in_limits.c.locked_until > now)
        .group_by(sign_in_limits.c.account)
    ).all()
    return {str(account): when for account, until in rows if (when := _utc(until)) is not None}
