"""Local accounts: users with argon2 password hashes and a role, password strength, sign-in behind the
sign-in limits (store.auth.sign_in_limits) and a cap on concurrent verifications.

Every change is one transaction with its audit row. The audit rows name the account (username) and the
action, never a password and never a participant. Account writes do not bump the store generation (the
pages' data cache stays valid).
"""

from __future__ import annotations

import asyncio
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import pandas as pd
import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from zxcvbn import zxcvbn

from loaders.schema import ADMIN, ROLES
from store.audit import record_audit
from store.auth import sign_in_limits as limits
from store.auth import user_sessions
from store.engine import read_transaction, write_transaction
from store.errors import StoreError
from store.schema import users

if TYPE_CHECKING:
    from store.database import Store

MIN_PASSWORD_LENGTH: Final = 10
MAX_PASSWORD_LENGTH: Final = 1024  # argon2 hashes any length; this only bounds the work per attempt
# Password strength: zxcvbn's score (0-4) must be at least 3 (about 10^8 guesses or more). zxcvbn's own lists
# (leaked passwords, words, names) ship in the package; nothing is downloaded.
MIN_PASSWORD_SCORE: Final = 3
SCORED_CHARACTERS: Final = 72  # zxcvbn scores at most 72 characters (its cost grows with the length)
COMMON_WORDS_FILE: Final = (
    Path(__file__).resolve().parents[2] / "data" / "reference" / "common_password_words_id.txt"
)
# What made a weak password weak (zxcvbn match pattern, or dictionary:name) -> the words shown to the user.
WEAKNESSES: Final[dict[str, str]] = {
    "repeat": "karakter atau pola berulang",
    "sequence": "urutan huruf atau angka",
    "spatial": "urutan tombol papan ketik",
    "date": "tanggal atau tahun",
    "regex": "tahun",
    "dictionary:passwords": "kata sandi yang umum atau pernah bocor",
    "dictionary:user_inputs": "kata umum bahasa Indonesia, nama pengguna atau nama tampilan",
    "dictionary": "kata atau nama yang umum",
}
MAX_FAILURES: Final = limits.LIMITS["pair"].failures  # wrong passwords in a row that lock (account, client)
LOCKOUT: Final = limits.LIMITS["pair"].lock
LOCAL_CLIENT: Final = "127.0.0.1"  # the client of a sign-in that names none (this machine)
# Verifications at once in this process: each argon2 verification takes ~64 MiB and a core for ~50 ms; more
# at once only makes every page (and every other sign-in) slower. A sign-in waits up to VERIFY_WAIT for one.
MAX_CONCURRENT_VERIFICATIONS: Final = 2
VERIFY_WAIT: Final = timedelta(seconds=10)
VERIFY_SLOTS: Final = threading.BoundedSemaphore(MAX_CONCURRENT_VERIFICATIONS)
# The audit log's detail when the limits refuse an attempt before verifying it, and when one locks.
REFUSALS: Final[dict[limits.Scope, str]] = {
    "pair": "Ditolak tanpa diperiksa: akun ini terkunci sementara untuk perangkat ini setelah kata sandi salah berulang.",
    "client": "Ditolak tanpa diperiksa: terlalu banyak kata sandi salah dari perangkat ini.",
    "account": "Ditolak tanpa diperiksa: terlalu banyak kata sandi salah untuk akun ini dari berbagai perangkat.",
}
LOCKED_NOW: Final[dict[limits.Scope, str]] = {
    scope: f"Percobaan dari {what} dikunci {int(limit.lock.total_seconds() // 60)} menit."
    for (scope, limit), what in zip(
        limits.LIMITS.items(),
        ("perangkat ini ke akun ini", "perangkat ini", "semua perangkat ke akun ini"),
        strict=True,
    )
}
USERNAME_PATTERN: Final = re.compile(r"[a-z0-9][a-z0-9._@-]{1,63}")
DISPLAY_NAME_MAX: Final = 100
UNKNOWN_USER: Final = "(tidak dikenal)"  # what the audit log says for a sign-in with an unknown name
USER_COLUMNS: Final = (
    "username", "display_name", "role", "disabled", "created_at", "last_sign_in_at", "locked_until",
)  # fmt: skip

# argon2-cffi's defaults (argon2id, RFC 9106 low-memory profile). Tests swap in a cheaper hasher.
HASHER: PasswordHasher = PasswordHasher()

Outcome = Literal["ok", "invalid", "locked", "throttled", "busy", "disabled"]


@dataclass(frozen=True)
class Account:
    """A stored account (never carries the password hash out of this module)."""

    user_id: int
    username: str
    display_name: str
    role: str
    disabled: bool
    locked_until: datetime | None = None


@dataclass(frozen=True)
class SignInResult:
    """The outcome of a sign-in attempt; `account` only when ok."""

    outcome: Outcome
    account: Account | None = None


def normalise_username(name: str) -> str:
    """The stored form of a username: NFKC, trimmed, casefolded ("Admin " and "admin" are one account)."""
    return unicodedata.normalize("NFKC", str(name)).strip().casefold()


def check_username(name: str) -> str:
    """The normalised username, or StoreError when it is not 2-64 letters, digits, '.', '_', '-', '@'."""
    normal = normalise_username(name)
    if not USERNAME_PATTERN.fullmatch(normal):
        raise StoreError(
            "bad_username",
            "Nama pengguna tidak valid: 2-64 karakter huruf a-z, angka, titik, garis bawah, tanda hubung "
            "atau @, diawali huruf atau angka.",
        )
    return normal


def check_password(password: str, user_inputs: Iterable[str] = ()) -> None:
    """StoreError (Indonesian, saying why) unless the password has MIN_PASSWORD_LENGTH to MAX_PASSWORD_LENGTH
    characters and is hard to guess: zxcvbn score MIN_PASSWORD_SCORE or more, counting leaked and common
    passwords, repeats, sequences, keyboard rows, dates, Indonesian words and `user_inputs` (the username and
    display name) as easy guesses."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StoreError(
            "weak_password", f"Kata sandi terlalu pendek: minimal {MIN_PASSWORD_LENGTH} karakter."
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise StoreError(
            "weak_password", f"Kata sandi terlalu panjang: maksimal {MAX_PASSWORD_LENGTH} karakter."
        )
    words = [*_common_words(), *(w for w in (normalise_username(u) for u in user_inputs) if w)]
    result = zxcvbn(password[:SCORED_CHARACTERS], user_inputs=words)
    if int(result["score"]) >= MIN_PASSWORD_SCORE:
        return
    reasons = dict.fromkeys(_weakness(match) for match in result["sequence"])
    found = ", ".join(r for r in reasons if r) or "pola yang mudah ditebak"
    raise StoreError(
        "weak_password",
        f"Kata sandi terlalu mudah ditebak (berisi {found}). Pakai beberapa kata yang jarang dipasangkan, "
        "dipisah tanda hubung atau spasi, tanpa nama, tahun atau urutan.",
    )


def _weakness(match: Mapping[str, Any]) -> str | None:
    """What makes one part of a password easy to guess (zxcvbn's match), in Indonesian; None for random."""
    pattern = str(match.get("pattern"))
    if pattern == "dictionary":
        return WEAKNESSES.get(f"dictionary:{match.get('dictionary_name')}", WEAKNESSES["dictionary"])
    return WEAKNESSES.get(pattern)


@cache
def _common_words() -> tuple[str, ...]:
    """The Indonesian words passwords are often made of (data/reference), most common first."""
    lines = COMMON_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def check_role(role: str) -> str:
    """The role, or StoreError when it is not viewer, editor or admin."""
    value = str(role).strip().casefold()
    if value not in ROLES:
        raise StoreError("bad_role", f"Peran '{role}' tidak dikenal; pilih salah satu: {', '.join(ROLES)}.")
    return value


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    """A hash to verify against when the username is unknown, so that case costs the same time."""
    return hasher.hash("bukan-kata-sandi-siapa-pun")


def _now() -> datetime:
    return datetime.now(UTC)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _account(row: Any) -> Account:
    return Account(
        user_id=int(row.user_id),
        username=str(row.username),
        display_name=str(row.display_name),
        role=str(row.role),
        disabled=bool(row.disabled),
        locked_until=_utc(row.locked_until),
    )


class Accounts:
    """The users table of one store."""

    def __init__(self, store: Store, hasher: PasswordHasher | None = None) -> None:
        self.store = store
        self.engine = store.engine
        self.hasher = hasher or HASHER
        # made now (once per hasher and process), not at the first unknown name: that one would cost more
        self._dummy_hash = _dummy_hash(self.hasher)

    # --- reads ----------------------------------------------------------------------------------------------

    def has_accounts(self) -> bool:
        """Whether any account exists (disabled ones too: then nobody signs in, but nothing opens up)."""
        with read_transaction(self.engine) as conn:
            return conn.scalar(sa.select(users.c.user_id).limit(1)) is not None

    def get(self, username: str) -> Account | None:
        """The account with this username (any case), or None."""
        with read_transaction(self.engine) as conn:
            row = conn.execute(
                sa.select(users).where(users.c.username == normalise_username(username))
            ).first()
        return _account(row) if row is not None else None

    def list_users(self) -> pd.DataFrame:
        """Every account (USER_COLUMNS, no hashes), by username."""
        with read_transaction(self.engine) as conn:
            columns = [users.c[c] for c in USER_COLUMNS if c != "locked_until"]
            found = conn.execute(sa.select(*columns).order_by(users.c.username)).all()
            locked = limits.locked_accounts(conn, _now())
        rows = [(*row, locked.get(row.username)) for row in found]  # locked_until is the last column
        data: dict[str, Any] = {}
        for i, name in enumerate(USER_COLUMNS):
            values = [r[i] for r in rows]
            if name == "disabled":
                data[name] = pd.array([bool(v) for v in values], dtype="bool")
            elif name in ("created_at", "last_sign_in_at", "locked_until"):
                data[name] = pd.Series(
                    pd.to_datetime([_utc(v) for v in values], utc=True), dtype="datetime64[us, UTC]"
                )
            else:
                data[name] = pd.array(values, dtype="str")
        return pd.DataFrame(data, columns=list(USER_COLUMNS))

    # --- writes ---------------------------------------------------------------------------------------------

    def create_user(
        self, username: str, password: str, role: str, *, display_name: str | None = None, by: str
    ) -> Account:
        """Add an account; the first account must be an admin (someone has to manage the others)."""
        name = check_username(username)
        role = check_role(role)
        shown = " ".join(str(display_name or username).split())[:DISPLAY_NAME_MAX] or name
        check_password(password, (name, *shown.split()))
        password_hash = self.hasher.hash(password)
        with write_transaction(self.engine) as conn:
            if conn.scalar(sa.select(users.c.user_id).where(users.c.username == name)) is not None:
                raise StoreError("user_exists", f"Nama pengguna '{name}' sudah dipakai.")
            if role != ADMIN and conn.scalar(sa.select(users.c.user_id).limit(1)) is None:
                raise StoreError(
                    "first_admin",
                    "Akun pertama harus berperan admin, agar ada yang dapat mengelola akun lain.",
                )
            conn.execute(
                sa.insert(users).values(
                    username=name, display_name=shown, role=role, password_hash=password_hash,
                    created_at=_now(), disabled=False, failed_sign_ins=0,
                )
            )  # fmt: skip
            record_audit(conn, by, "pengguna_tambah", f"Akun {name} dibuat (peran {role}).")
        account = self.get(name)
        assert account is not None
        return account

    def set_password(self, username: str, password: str, *, by: str) -> None:
        """Set a new password (and lift a lockout)."""
        account = self.get(username)
        check_password(password, (account.username, *account.display_name.split()) if account else ())
        password_hash = self.hasher.hash(password)
        with write_transaction(self.engine) as conn:
            name = self._existing(conn, username)
            conn.execute(
                sa.update(users)
                .where(users.c.username == name)
                .values(password_hash=password_hash, failed_sign_ins=0, locked_until=None)
            )
            limits.clear(conn, name)
            user_sessions.revoke_user(conn, name)  # every browser signed in with the old password
            record_audit(conn, by, "pengguna_sandi", f"Kata sandi akun {name} diganti.")

    def set_role(self, username: str, role: str, *, by: str) -> None:
        """Change an account's role (never leaving the store without an active admin)."""
        role = check_role(role)
        with write_transaction(self.engine) as conn:
            name = self._existing(conn, username)
            if role != ADMIN:
                self._keep_an_admin(conn, name)
            before = str(conn.scalar(sa.select(users.c.role).where(users.c.username == name)))
            if before not in ROLES or ROLES.index(role) < ROLES.index(before):
                user_sessions.revoke_user(conn, name)  # demoted: sign in again (a promotion rotates instead)
            conn.execute(sa.update(users).where(users.c.username == name).values(role=role))
            record_audit(conn, by, "pengguna_peran", f"Peran akun {name} menjadi {role}.")

    def set_disabled(self, username: str, disabled: bool = True, *, by: str) -> None:
        """Disable (refuse every sign-in, end its sessions on their next action) or enable an account."""
        with write_transaction(self.engine) as conn:
            name = self._existing(conn, username)
            if disabled:
                self._keep_an_admin(conn, name)
            conn.execute(
                sa.update(users)
                .where(users.c.username == name)
                .values(disabled=disabled, failed_sign_ins=0, locked_until=None)
            )
            limits.clear(conn, name)
            if disabled:
                user_sessions.revoke_user(conn, name)
            action = "pengguna_nonaktif" if disabled else "pengguna_aktif"
            record_audit(conn, by, action, f"Akun {name} {'dinonaktifkan' if disabled else 'diaktifkan'}.")

    def delete_user(self, username: str, *, by: str) -> None:
        """Remove an account (its audit rows stay)."""
        with write_transaction(self.engine) as conn:
            name = self._existing(conn, username)
            self._keep_an_admin(conn, name)
            user_sessions.revoke_user(conn, name)  # also ON DELETE CASCADE; explicit for older SQLite files
            conn.execute(sa.delete(users).where(users.c.username == name))
            record_audit(conn, by, "pengguna_hapus", f"Akun {name} dihapus.")

    def _existing(self, conn: sa.Connection, username: str) -> str:
        name = normalise_username(username)
        if conn.scalar(sa.select(users.c.user_id).where(users.c.username == name).with_for_update()) is None:
            raise StoreError("no_user", f"Akun '{name}' tidak ada.")
        return name

    def _keep_an_admin(self, conn: sa.Connection, name: str) -> None:
        """StoreError when `name` is the last enabled admin (demoting, disabling or deleting it)."""
        others = conn.scalar(
            sa.select(sa.func.count()).where(
                users.c.role == ADMIN, users.c.disabled.is_(False), users.c.username != name
            )
        )
        me = conn.execute(sa.select(users.c.role, users.c.disabled).where(users.c.username == name)).one()
        if me.role == ADMIN and not me.disabled and not others:
            raise StoreError(
                "last_admin",
                "Ini admin aktif terakhir: buat atau aktifkan admin lain dulu, agar akun tetap dapat dikelola.",
            )

    # --- sign-in --------------------------------------------------------------------------------------------

    def authenticate(
        self, username: str, password: str, *, client: str = LOCAL_CLIENT, now: datetime | None = None
    ) -> SignInResult:
        """Check a username and password from `client` (its IP address); audited (username only, never the
        password) whatever the outcome.

        Before any hash is computed the attempt must pass the sign-in limits (store.auth.sign_in_limits: wrong
        passwords per (account, client), per client, per account; "locked" / "throttled"). Then exactly one
        verification, against the account's hash or, for an unknown name, a dummy hash of the same
        parameters: both cases cost the same hashing and the same database work. At most
        MAX_CONCURRENT_VERIFICATIONS run at once in this process ("busy" after VERIFY_WAIT). A hash made with
        older parameters is replaced on success (needs_rehash)."""
        now = now or _now()
        name = normalise_username(username)[: limits.KEY_MAX]
        client = str(client).strip()[: limits.KEY_MAX] or LOCAL_CLIENT
        password = str(password)[:MAX_PASSWORD_LENGTH]
        with write_transaction(self.engine) as conn:
            refused = limits.admit(conn, name, client, now)
            row = conn.execute(sa.select(users).where(users.c.username == name)).first()
            if refused is not None:
                record_audit(
                    conn, name if row is not None else UNKNOWN_USER, "masuk_gagal", REFUSALS[refused]
                )
                return SignInResult("locked" if refused == "pair" else "throttled")
        stored = row.password_hash if row is not None else self._dummy_hash
        right, new_hash = self._verify_in_a_slot(stored, password)
        known_and_right = None if right is None else bool(right and row is not None)
        with write_transaction(self.engine) as conn:
            locked = limits.settle(conn, name, client, now, known_and_right)
            current = conn.execute(sa.select(users).where(users.c.username == name).with_for_update()).first()
            audit_name = name if current is not None else UNKNOWN_USER
            if right is None:
                record_audit(
                    conn, audit_name, "masuk_gagal", "Server sibuk memeriksa kata sandi lain; coba lagi."
                )
                return SignInResult("busy")
            if not known_and_right or current is None or current.password_hash != stored:
                # wrong, unknown, or deleted / given a new password while this attempt was being verified
                detail = "Nama pengguna tidak dikenal." if current is None else "Kata sandi salah."
                if locked is not None and current is not None:
                    detail += " " + LOCKED_NOW[locked]
                record_audit(conn, audit_name, "masuk_gagal", detail)
                return SignInResult("invalid")
            if locked is not None:  # the pair got locked by parallel wrong attempts meanwhile
                record_audit(conn, name, "masuk_gagal", REFUSALS[locked])
                return SignInResult("locked")
            if current.disabled:
                record_audit(conn, name, "masuk_gagal", "Akun dinonaktifkan.")
                return SignInResult("disabled")
            values: dict[str, Any] = {"last_sign_in_at": now}
            if new_hash is not None:
                values["password_hash"] = new_hash
            conn.execute(sa.update(users).where(users.c.username == name).values(**values))
            record_audit(conn, name, "masuk", "Masuk dengan kata sandi.")
        return SignInResult("ok", _account(current))

    def unlock(self, username: str, *, by: str) -> int:
        """Lift every sign-in lock and count of an account (from all clients); audited. The rows removed."""
        with write_transaction(self.engine) as conn:
            name = self._existing(conn, username)
            removed = limits.clear(conn, name)
            record_audit(conn, by, "pengguna_buka_kunci", f"Kunci masuk akun {name} dibuka.")
        return removed

    def _verify_in_a_slot(self, stored: str, password: str) -> tuple[bool | None, str | None]:
        """(right?, a new hash when the stored one has old parameters), or (None, None) when no
        verification slot freed up within VERIFY_WAIT. Never on an asyncio event loop thread."""
        _refuse_event_loop()
        if not VERIFY_SLOTS.acquire(timeout=VERIFY_WAIT.total_seconds()):
            return None, None
        try:
            right = self._verify(stored, password)
            rehash = right and self.hasher.check_needs_rehash(stored)
            return right, self.hasher.hash(password) if rehash else None
        finally:
            VERIFY_SLOTS.release()

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return bool(self.hasher.verify(password_hash, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


def _refuse_event_loop() -> None:
    """RuntimeError on a thread running an asyncio event loop: argon2 there would stall every session's
    traffic (Streamlit runs page scripts, and so sign-ins, on their own threads)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise RuntimeError("password verification must not run on the server's event loop thread")
