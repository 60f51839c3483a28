"""Browser tests: a real `streamlit run` server per session, driven by Debian's Chromium through Playwright.

Nothing here downloads a browser: Playwright launches the system Chromium (``/usr/bin/chromium``, CI
installs it). Without it the whole folder is skipped with a message saying so. The helpers the tests
call (waiting for Streamlit, reading metrics, choosing filters) are in ui.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.ui import (
    CHROMIUM,
    CHROMIUM_ARGS,
    Server,
    ServerFactory,
    Session,
    launch_server,
    make_session,
    wait_until_healthy,
)

HERE = Path(__file__).resolve().parent
SessionFactory = Callable[[], Session]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives a real Chromium against streamlit run")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test in this folder `browser`; skip them all when there is no Chromium to drive."""
    missing = not CHROMIUM.exists()
    skip = pytest.mark.skip(
        reason=f"Tes peramban dilewati: Chromium tidak ada di {CHROMIUM} "
        "(pasang dengan `apt-get install chromium`; CI memasangnya lewat .ci/run)."
    )
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)
            if missing:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def start_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerFactory]:
    """Factory: `start_server()` starts a fresh server with a new, empty data directory (answering
    /_stcore/health); `start_server(data_dir=...)` uses a directory the test prepared (e.g. a seeded
    store). Every server is stopped at the end of the session."""
    servers: list[Server] = []

    def start(*, data_dir: Path | None = None) -> Server:
        folder = tmp_path_factory.mktemp("server")
        server = launch_server(data_dir or folder / "data", folder / "streamlit.log")
        servers.append(server)
        return wait_until_healthy(server)

    yield start
    for server in servers:  # all at once: shutting down takes a moment each
        server.terminate()
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def server(start_server: ServerFactory) -> Server:
    """The session's shared dashboard server (private data directory, sample data seeded on first visit)."""
    return start_server()


# ---------------------------------------------------------------------------------------------------------
# Chromium
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    """One Chromium for the browser tests. Package scope: Playwright's sync API keeps an asyncio loop marked
    running on the main thread while it is open, which the tests after this folder must not inherit (the
    sign-in code refuses to hash passwords on a thread running an event loop)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def new_session(browser: Any) -> Iterator[SessionFactory]:
    """Factory of fresh browser contexts, closed after the test."""
    sessions: list[Session] = []

    def make() -> Session:
        sessions.append(make_session(browser))
        return sessions[-1]

    yield make
    for session in sessions:
        session.context.close()


@pytest.fixture
def session(new_session: SessionFactory) -> Session:
    return new_session()
