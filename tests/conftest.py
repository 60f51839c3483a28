"""Shared fixtures: a private data directory for every test run, and the database engines to test against.

PostgreSQL tests use the server named by ``DASBOR_TEST_PG_URL`` (``.ci/run`` starts one and sets it).
Without it they are skipped, and the run's summary says so.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.pages_manager import PagesManager

from store import open_store, seed_samples

PG_ENV = "DASBOR_TEST_PG_URL"
_skipped_pg: list[str] = []


@pytest.fixture(autouse=True, scope="session")
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Tests never read or write the developer's var/ (overrides, SQLite store), and page errors surface."""
    folder = tmp_path_factory.mktemp("dasbor-data")
    keys = ("DASBOR_DATA_DIR", "DASBOR_DB_URL", "DASBOR_RAISE_ERRORS", "DASBOR_LOCAL_MODE")
    saved = {key: os.environ.get(key) for key in keys}
    os.environ["DASBOR_DATA_DIR"] = str(folder)
    # The dashboard turns unexpected errors into a friendly message; in tests they must surface instead.
    os.environ["DASBOR_RAISE_ERRORS"] = "1"
    # Like `make run`: without accounts, local single-user mode (tests of the refusal unset it).
    os.environ["DASBOR_LOCAL_MODE"] = "1"
    os.environ.pop("DASBOR_DB_URL", None)
    yield folder
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    admin_url = _pg_admin_url()
    if admin_url is None:
        pytest.skip(f"PostgreSQL: {PG_ENV} is not set (.ci/run starts a server and sets it)")
    import sqlalchemy as sa

    name = f"dasbor_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on an embedded SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'dasbor.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count the PostgreSQL skips where the summary is written (with pytest-xdist: in the controller)."""
    if report.skipped and PG_ENV in str(report.longrepr):
        _skipped_pg.append(report.nodeid)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly when the PostgreSQL half of the store tests did not run."""
    if _skipped_pg:
        terminalreporter.write_line(
            f"PERHATIAN: {len(_skipped_pg)} tes PostgreSQL dilewati ({PG_ENV} tidak diset; "
            "jalankan `bash .ci/run` atau set URL server PostgreSQL).",
            yellow=True,
        )


@pytest.fixture
def store(db_url: str) -> Iterator[Any]:
    """An open store on this test's database (``db_url``, which a test module may override)."""
    from store import open_store

    opened = open_store(db_url)
    yield opened
    opened.close()


# --- the dashboard's store for AppTest (tests/test_app.py, test_presentasi.py, test_access.py) ----------


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample cohorts loaded once into a SQLite file; every test gets its own copy."""
    path = tmp_path_factory.mktemp("seeded") / "dasbor.sqlite3"
    store = open_store(f"sqlite:///{path}")
    seed_samples(store)
    store.close()
    return path


@pytest.fixture
def seeded_db_url(seeded_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A private store for this test (the dashboard reads $DASBOR_DB_URL)."""
    copy = tmp_path / "dasbor.sqlite3"
    shutil.copy(seeded_db, copy)
    url = f"sqlite:///{copy}"
    monkeypatch.setenv("DASBOR_DB_URL", url)
    monkeypatch.setenv("DASBOR_DATA_DIR", str(tmp_path))  # agency corrections written by the test
    return url


class ServerStart:
    """Whether AppTest's runs start like a freshly started server (see server_start)."""

    fresh = False


@pytest.fixture
def server_start(monkeypatch: pytest.MonkeyPatch) -> ServerStart:
    """AppTest starts every run like a freshly started server, in Streamlit's legacy pages/ mode (a
    pages/ folder beside dashboard.py), where the page hands over to the router with a rerun, losing that
    run's button click and the state of widgets it did not draw. A real server leaves the mode for good
    after its first run, so tests run past it; test_direct_link_on_fresh_server sets `fresh`."""
    start = ServerStart()
    original = PagesManager.__init__

    def init(self: PagesManager, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        if not start.fresh:
            PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)
    return start
