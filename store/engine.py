"""Where the store lives (URL resolution), how to connect to it, and bringing its schema to head."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from store.errors import StoreError

ROOT: Final = Path(__file__).resolve().parents[1]
MIGRATIONS: Final = Path(__file__).resolve().parent / "migrations"
URL_ENV: Final = "DASBOR_DB_URL"
DATA_DIR_ENV: Final = "DASBOR_DATA_DIR"
SECRETS: Final = ROOT / ".streamlit" / "secrets.toml"
SQLITE_BUSY_TIMEOUT_MS: Final = 30_000
WRITE_OPTION: Final = "dasbor_write"  # execution option: this transaction writes (SQLite: BEGIN IMMEDIATE)
MIGRATION_LOCK: Final = 0x44A5B0  # PostgreSQL advisory lock key held while migrating


def resolve_url(url: str | None = None) -> str:
    """The database URL: argument, else $DASBOR_DB_URL, else secrets.toml, else SQLite in the data dir."""
    if url:
        return _with_driver(url)
    if env := os.environ.get(URL_ENV, "").strip():
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
    folder = Path(os.environ.get(DATA_DIR_ENV) or ROOT / "var")
    folder.mkdir(parents=True, exist_ok=True)
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
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
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
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    # Writers take the write lock up front, so two writers queue on busy_timeout instead of one failing
    # when it upgrades a read lock; readers use a deferred BEGIN and never wait for writers (WAL).
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_transaction(engine: sa.Engine) -> Iterator[sa.Connection]:
    """One all-or-nothing write transaction (committed on leaving, rolled back on any exception)."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


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
