"""Where the store lives (URL resolution), how to connect to it, and bringing its schema to head."""

from __future__ import annotations

import os
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from loaders.settings import data_dir, setting
from store.errors import StoreError
from store.files import FILE_MODE, create_private, private_folder

ROOT: Final = Path(__file__).resolve().parents[1]
MIGRATIONS: Final = Path(__file__).resolve().parent / "migrations"
URL_ENV: Final = "DASBOR_DB_URL"
SECRETS: Final = ROOT / ".streamlit" / "secrets.toml"
SQLITE_BUSY_TIMEOUT_MS: Final = 30_000
WRITE_OPTION: Final = "dasbor_write"  # execution option: this transaction writes (SQLite: BEGIN IMMEDIATE)
MIGRATION_LOCK: Final = 0x44A5B0  # PostgreSQL advisory lock key held while migrating
WRITE_TURN_SECONDS: Final = 30 * 60  # how long a write waits for its turn behind other writes (SQLite)
WAIT_REPORT_SECONDS: Final = 1.0  # a waiting write tells its caller this often how long it has waited

OnWait = Callable[[float], None]  # called with the seconds waited so far while a write waits for its turn


def resolve_url(url: str | None = None) -> str:
    """The database URL: argument, else $DASBOR_DB_URL, else secrets.toml, else SQLite in the data dir."""
    if url:
        return _with_driver(url)
    if env := setting(URL_ENV):
        return _with_driver(env)
    if SECRETS.exists():
        try:
            secrets = tomllib.loads(SECRETS.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise StoreError(
                "bad_config", f"Berkas .streamlit/secrets.toml tidak dapat dibaca ({exc}). Perbaiki isinya."
            ) from exc
        section = secrets.get("connections", {}).get("dasbor", {})
        if isinstance(section, dict) and isinstance(section.get("url"), str) and section["url"].strip():
            return _with_driver(section["url"].strip())
    folder = private_folder(data_dir())
    return f"sqlite:///{folder / 'dasbor.sqlite3'}"


def _with_driver(url: str) -> str:
    """postgresql:// means psycopg 3 here (psycopg2 is not installed)."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError("bad_config", "Alamat basis data (URL) tidak valid. Periksa DASBOR_DB_URL.") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            "bad_config",
            f"Basis data '{parsed.get_backend_name()}' tidak didukung; gunakan SQLite atau PostgreSQL.",
        )
    return parsed.render_as_string(hide_password=False)


def create_engine(url: str) -> sa.Engine:
    """An engine with the store's connection settings (SQLite: WAL, foreign keys, busy timeout)."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "postgresql":
        return sa.create_engine(parsed, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        # Owner only, whatever the umask: SQLite gives the -wal and -shm files the database file's mode.
        database = Path(parsed.database)
        private_folder(database.parent)
        for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
            if path == database or path.exists():
                create_private(path)
    engine = sa.create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
    sa.event.listen(engine, "connect", _sqlite_connect)
    sa.event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy emits BEGIN itself (see _sqlite_begin); the sqlite3 module's own handling is off.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash never corrupts or half-commits
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten with zeros, not just unlinked
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    # Writers take the write lock up front, so two writers queue on busy_timeout instead of one failing
    # when it upgrades a read lock; readers use a deferred BEGIN and never wait for writers (WAL).
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_transaction(engine: sa.Engine, on_wait: OnWait | None = None) -> Iterator[sa.Connection]:
    """One all-or-nothing write transaction (committed on leaving, rolled back on any exception).

    On SQLite the writes of every thread and process queue for their turn first (write_turn), however
    long the writes before them take, instead of failing with "database is locked" after the busy timeout."""
    with write_turn(engine, on_wait), engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


_turns = threading.local()  # lock files this thread holds: a nested write in the same thread goes on
_thread_locks: dict[str, threading.Lock] = {}  # without fcntl (Windows): one process only
_thread_locks_guard = threading.Lock()


@contextmanager
def write_turn(engine: sa.Engine, on_wait: OnWait | None = None) -> Iterator[None]:
    """Wait until no other write to this SQLite database runs, in this process or another (an exclusive
    flock on ``<database>.write-lock``), then hold the turn; PostgreSQL queues on its own row locks.

    ``on_wait(seconds)`` is called about once a second while waiting; after WRITE_TURN_SECONDS the
    write gives up with a StoreError ("busy")."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    path = str(Path(database).resolve()) + ".write-lock"
    held: set[str] = getattr(_turns, "held", set())
    _turns.held = held
    if path in held:
        yield
        return
    release = _take_turn(path, on_wait)
    held.add(path)
    try:
        yield
    finally:
        held.discard(path)
        release()


def _take_turn(path: str, on_wait: OnWait | None) -> Callable[[], None]:
    """Block until the turn is ours; returns the function that gives it back."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        fcntl = None  # type: ignore[assignment]
    started = last_report = time.monotonic()
    if fcntl is None:  # pragma: no cover
        with _thread_locks_guard:
            lock = _thread_locks.setdefault(path, threading.Lock())
        while not lock.acquire(timeout=0.2):
            last_report = _waited(started, last_report, on_wait)
        return lock.release
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                last_report = _waited(started, last_report, on_wait)
                time.sleep(0.05)
    except BaseException:
        os.close(fd)
        raise
    return lambda: os.close(fd)  # closing the file releases the lock


def _waited(started: float, last_report: float, on_wait: OnWait | None) -> float:
    now = time.monotonic()
    if now - started > WRITE_TURN_SECONDS:
        raise StoreError(
            "busy",
            f"Penyimpanan lain masih berjalan setelah {WRITE_TURN_SECONDS // 60:.0f} menit menunggu, jadi "
            "perubahan ini belum disimpan. Coba lagi sebentar lagi.",
        )
    if on_wait is not None and now - last_report >= WAIT_REPORT_SECONDS:
        on_wait(now - started)
        return now
    return last_report


@contextmanager
def read_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A connection whose statements all see one snapshot of the data (for multi-query reads and backups)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        yield conn


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """A programmatic alembic configuration over store/migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to head; concurrent callers wait for each other instead of racing."""
    head = head_revision()
    if current_revision(engine) == head:
        return
    with write_transaction(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        command.upgrade(alembic_config(conn), "head")
