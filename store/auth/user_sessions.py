"""Signed-in sessions kept in the database, so a browser stays signed in across reloads, new tabs and
shared links, on every server of one database, until sign-out, idle or absolute expiry.

The browser holds only a random token in an HttpOnly cookie (set by store.auth.session_routes); this table keeps
its SHA-256. Signing in happens in two steps because a Streamlit script cannot set an HttpOnly cookie:

1. the sign-in form (dashboard.py), after the password is right, calls `start`: a *pending* row with the hash
   of a one-time hand-off code, valid HANDOFF_TTL, and sends the browser to the cookie endpoint with it;
2. the endpoint calls `redeem`: the code is consumed, a fresh token is made, its hash stored, and the token
   goes into the cookie. The token never passes through the script or the URL.

A token is rotated at sign-in (a new row; the browser's previous token is revoked) and when the account's role
goes up (`rotate`). Rows are deleted, i.e. revoked, at sign-out (`end`), at idle or absolute expiry, and by
store.auth.accounts when the account is disabled, demoted, given a new password or deleted (`revoke_user`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal

import sqlalchemy as sa

from loaders.schema import ROLES
from store.auth.sessions import SessionPolicy
from store.engine import read_transaction, write_transaction
from store.schema import user_sessions, users

if TYPE_CHECKING:
    from store.database import Store

COOKIE_NAME: Final = "dasbor_sesi"
HANDOFF_TTL: Final = timedelta(seconds=60)  # from the sign-in form to the cookie endpoint: one redirect
TOUCH_EVERY: Final = timedelta(seconds=60)  # last_seen_at is written at most this often (not on every click)
TOKEN_BYTES: Final = 32

Ended = Literal["idle", "max", "gone"]


@dataclass(frozen=True)
class ServerSession:
    """A valid signed-in session, as the database has it now (role: the account's current role)."""

    username: str
    display_name: str
    role: str
    signed_in_at: datetime
    last_seen_at: datetime
    rotate: bool = False  # the role went up since the token was issued: issue a new token (`rotate`)


def token_hash(token: str) -> str:
    """What the database keeps of a token or hand-off code (SHA-256, hex)."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _expired(row: Any, now: datetime, policy: SessionPolicy) -> Ended | None:
    signed_in = _utc(row.signed_in_at)
    if (
        now >= _utc(row.expires_at)
        or now - signed_in >= timedelta(hours=policy.max_hours)  # the limit may have been lowered since
        or now < signed_in - timedelta(minutes=5)  # a clock that went back: trust nothing
    ):
        return "max"
    if now - _utc(row.last_seen_at) >= timedelta(minutes=policy.idle_minutes):
        return "idle"
    return None


def revoke_user(conn: sa.Connection, username: str) -> int:
    """Delete every session of an account (inside the caller's transaction); the number removed."""
    owner = sa.select(users.c.user_id).where(users.c.username == username).scalar_subquery()
    deleted = conn.execute(sa.delete(user_sessions).where(user_sessions.c.user_id == owner))
    return int(deleted.rowcount or 0)


def _purge(conn: sa.Connection, now: datetime, policy: SessionPolicy) -> None:
    """Drop rows past their absolute expiry, idle too long, or pending with a code no longer redeemable."""
    conn.execute(
        sa.delete(user_sessions).where(
            sa.or_(
                user_sessions.c.expires_at <= now,
                user_sessions.c.last_seen_at <= now - timedelta(minutes=policy.idle_minutes),
                sa.and_(user_sessions.c.token_hash.is_(None), user_sessions.c.handoff_expires_at <= now),
            )
        )
    )


class UserSessions:
    """The user_sessions table of one store, under one expiry policy."""

    def __init__(self, store: Store, policy: SessionPolicy | None = None) -> None:
        self.engine = store.engine
        self.policy = policy or SessionPolicy()

    def start(self, username: str, *, replaces: str | None = None, now: datetime | None = None) -> str:
        """A pending session for an account that just proved its password; the one-time hand-off code for
        the cookie endpoint. `replaces`: the browser's previous token, revoked (rotation at sign-in)."""
        now = now or _now()
        code = secrets.token_urlsafe(TOKEN_BYTES)
        with write_transaction(self.engine) as conn:
            _purge(conn, now, self.policy)
            if replaces:
                conn.execute(
                    sa.delete(user_sessions).where(user_sessions.c.token_hash == token_hash(replaces))
                )
            row = conn.execute(
                sa.select(users.c.user_id, users.c.role).where(
                    users.c.username == username, users.c.disabled.is_(False)
                )
            ).first()
            if row is None:
                raise LookupError(f"no enabled account {username!r}")
            self._insert_pending(conn, int(row.user_id), str(row.role), code, now, now)
        return code

    def _insert_pending(
        self, conn: sa.Connection, user_id: int, role: str, code: str, signed_in: datetime, now: datetime
    ) -> None:
        conn.execute(
            sa.insert(user_sessions).values(
                user_id=user_id,
                token_hash=None,
                handoff_hash=token_hash(code),
                handoff_expires_at=now + HANDOFF_TTL,
                role=role,
                signed_in_at=signed_in,
                last_seen_at=now,
                expires_at=signed_in + timedelta(hours=self.policy.max_hours),
            )
        )

    def redeem(self, code: str, *, now: datetime | None = None) -> tuple[str, datetime] | None:
        """Consume a hand-off code: (the new session token for the cookie, its absolute expiry), or None when
        the code is unknown, used already or too old."""
        now = now or _now()
        with write_transaction(self.engine) as conn:
            row = conn.execute(
                sa.select(
                    user_sessions.c.session_id, user_sessions.c.handoff_expires_at, user_sessions.c.expires_at
                )
                .where(user_sessions.c.handoff_hash == token_hash(code), user_sessions.c.token_hash.is_(None))
                .with_for_update()
            ).first()
            if row is None:
                return None
            if row.handoff_expires_at is None or _utc(row.handoff_expires_at) <= now:
                conn.execute(sa.delete(user_sessions).where(user_sessions.c.session_id == row.session_id))
                return None
            token = secrets.token_urlsafe(TOKEN_BYTES)
            conn.execute(
                sa.update(user_sessions)
                .where(user_sessions.c.session_id == row.session_id)
                .values(
                    token_hash=token_hash(token), handoff_hash=None, handoff_expires_at=None, last_seen_at=now
                )
            )
        return token, _utc(row.expires_at)

    def check(self, token: str, *, now: datetime | None = None) -> ServerSession | Ended:
        """The session behind a cookie's token (its last action now), or why there is none: "idle" or "max"
        (expired now; the row is deleted, so this is said once), "gone" (signed out, revoked, never issued,
        or the account disabled, deleted or demoted)."""
        now = now or _now()
        if not token:
            return "gone"
        query = (
            sa.select(
                user_sessions.c.session_id, user_sessions.c.role.label("issued_role"),
                user_sessions.c.signed_in_at, user_sessions.c.last_seen_at, user_sessions.c.expires_at,
                users.c.username, users.c.display_name, users.c.role, users.c.disabled,
            )
            .join(users, users.c.user_id == user_sessions.c.user_id)
            .where(user_sessions.c.token_hash == token_hash(token))
        )  # fmt: skip
        with read_transaction(self.engine) as conn:
            row = conn.execute(query).first()
        if row is None:
            return "gone"
        ended: Ended | None = _expired(row, now, self.policy)
        demoted = _rank(str(row.role)) < _rank(str(row.issued_role))
        if ended is None and (row.disabled or demoted):
            ended = "gone"
        if ended is not None:
            with write_transaction(self.engine) as conn:
                conn.execute(sa.delete(user_sessions).where(user_sessions.c.session_id == row.session_id))
            return ended
        last_seen = _utc(row.last_seen_at)
        if now - last_seen >= TOUCH_EVERY:
            with write_transaction(self.engine) as conn:
                conn.execute(
                    sa.update(user_sessions)
                    .where(user_sessions.c.session_id == row.session_id)
                    .values(last_seen_at=now)
                )
            last_seen = now
        return ServerSession(
            username=str(row.username),
            display_name=str(row.display_name),
            role=str(row.role),
            signed_in_at=_utc(row.signed_in_at),
            last_seen_at=last_seen,
            rotate=_rank(str(row.role)) > _rank(str(row.issued_role)),
        )

    def rotate(self, token: str, *, now: datetime | None = None) -> str | None:
        """Replace a valid session by a pending one with the account's current role and the same sign-in
        time (the absolute expiry does not move); its hand-off code, or None when the token is not valid."""
        now = now or _now()
        with write_transaction(self.engine) as conn:
            row = conn.execute(
                sa.select(
                    user_sessions.c.session_id,
                    user_sessions.c.user_id,
                    user_sessions.c.signed_in_at,
                    users.c.role,
                )
                .join(users, users.c.user_id == user_sessions.c.user_id)
                .where(user_sessions.c.token_hash == token_hash(token), users.c.disabled.is_(False))
                .with_for_update()
            ).first()
            if row is None:
                return None
            conn.execute(sa.delete(user_sessions).where(user_sessions.c.session_id == row.session_id))
            code = secrets.token_urlsafe(TOKEN_BYTES)
            self._insert_pending(conn, int(row.user_id), str(row.role), code, _utc(row.signed_in_at), now)
        return code

    def end(self, token: str) -> bool:
        """Sign out: revoke the session behind this token; whether there was one."""
        if not token:
            return False
        with write_transaction(self.engine) as conn:
            deleted = conn.execute(
                sa.delete(user_sessions).where(user_sessions.c.token_hash == token_hash(token))
            )
        return bool(deleted.rowcount)

    def count(self, username: str | None = None) -> int:
        """Sessions in the database (issued or pending), of one account or of all."""
        query = sa.select(sa.func.count()).select_from(user_sessions)
        if username is not None:
            query = query.join(users, users.c.user_id == user_sessions.c.user_id).where(
                users.c.username == username
            )
        with read_transaction(self.engine) as conn:
            return int(conn.scalar(query) or 0)


def _rank(role: str) -> int:
    return ROLES.index(role) if role in ROLES else -1
