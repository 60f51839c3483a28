"""What a person waits for in Chromium, per page, at 1,000,000 participants vs the sample store (same run).

A real ``streamlit run`` server per store (local single-user mode, as ``make run``), driven by Debian's
Chromium through Playwright (``/usr/bin/chromium``; nothing is downloaded). Per page, medians of 3:

- first load: a new browser context opens the page's address, until the page settles (Streamlit connected,
  its script idle with no "running" state and no stale element, every shown plotly chart drawn, and that
  for 300 ms; the time is taken when the settled state began);
- filter change: in that page, choosing a year in the sidebar, clearing all filters, choosing another year,
  each from the click until the page settles again.

The floor for first loads is a bare Streamlit page drawing the same number of static plotly charts
(``first_load_vs_floor``). A second floor (``first_load_vs_kinds``) is the same bare page with the dashboard's
kinds of elements and no data behind them, opened at the page's own address: the sidebar's language choice,
six multiselects, a button and a small iframe, plus as many tables (``st.dataframe``) as the page shows. It
holds what Streamlit itself costs for what a page needs: the browser fetching the code of those widgets and of
the table grid on a first visit (an empty cache), and Streamlit's start at an address other than "/" (it asks
``<path>/_stcore/health`` first, gets 404, and tries "/" after a pause).

Each server is visited once before measuring (a fresh server leaves Streamlit's legacy pages mode and reads
its data on the first visit). Stores are the ones bench_pages keeps.

Skipped (an empty result with the reason) when Chromium is missing or DASBOR_BENCH_BROWSER=0.
Run: ``python -m benchmarks.bench_browser [--quick] [--pages ringkasan,tren] [--against OTHER_CHECKOUT
[--rounds N] [--fresh]]`` (``--against``: the same measurements alternating with another checkout's server, same
load; ``--fresh``: new servers every round, so every year chosen is new to them).
"""

from __future__ import annotations

import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from benchmarks.bench_pages import PAGES, _sqlite_store
from benchmarks.timing import report

ROOT: Final = Path(__file__).resolve().parents[1]
SKIP_ENV: Final = "DASBOR_BENCH_BROWSER"
REPEAT: Final = 3
FRESH_SETTLE_S: Final = 10.0  # --fresh: a new server's background work after its first visit (repeat index)
QUIET_MS: Final = 300
TIMEOUT_MS: Final = 180_000
YEAR_LABEL: Final = "Tahun"  # peserta.i18n filter.years (id)
RESET_LABEL: Final = "Hapus semua filter"  # filter.reset (id)

# Settled: connected, script idle, no running icon, no skeleton or stale element, every shown chart drawn;
# remembers when that state began (window.__benchSettledAt) and answers true once it has held QUIET_MS.
SETTLED_JS: Final = """
([quietMs, runsBefore, hrefBefore]) => {
  const MARKS = '.barlayer .point path, .scatterlayer path, .heatmaplayer image, .pielayer .slice path, '
    + '.choroplethlayer path, .funnellayer path';
  const app = document.querySelector('[data-testid="stApp"]');
  const charts = [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stPlotlyChart"]')]
    .filter(c => c.getBoundingClientRect().width > 0);
  const settled = app
    && ((window.__dasborRuns || 0) > runsBefore || (hrefBefore !== null && location.href !== hrefBefore))
    && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"] [data-testid="stStatusWidgetRunningIcon"]')
    && document.querySelector('[data-testid="stMainBlockContainer"] h1')
    && !document.querySelector('[data-testid="stSkeleton"], [data-testid="stAppSkeleton"], [data-stale="true"]')
    && charts.every(c => c.querySelector('.main-svg') && c.querySelector(MARKS));
  if (!settled) { window.__benchSettledAt = 0; return false; }
  window.__benchSettledAt = window.__benchSettledAt || Date.now();
  return Date.now() - window.__benchSettledAt >= quietMs;
}
"""
COUNT_CHARTS_JS: Final = "() => document.querySelectorAll('[data-testid=\"stPlotlyChart\"]').length"
COUNT_TABLES_JS: Final = "() => document.querySelectorAll('[data-testid=\"stDataFrame\"]').length"

BARE_APP: Final = '''"""The floor: a bare Streamlit page drawing ?n= static plotly charts (no data, no sidebar);
with ?w=1 also the dashboard's kinds of sidebar widgets and ?t= small tables."""
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

n = int(st.query_params.get("n", "1"))
if st.query_params.get("w") == "1":
    st.sidebar.radio("Bahasa", ["id", "en"], horizontal=True)
    for i in range(6):
        st.sidebar.multiselect(f"Filter {i}", ["a", "b", "c"], key=f"filter{i}")
    st.sidebar.button("Hapus")
    with st.sidebar:
        st.iframe("<button>Salin</button>", height=40)
st.title("Lantai")
for i in range(n):
    figure = go.Figure(go.Bar(x=list("abcdefghij"), y=list(range(1, 11))))
    st.plotly_chart(figure, key=f"chart{i}", config={"displayModeBar": False})
for i in range(int(st.query_params.get("t", "0"))):
    st.dataframe(pd.DataFrame({"a": range(10), "b": list("abcdefghij")}), key=f"table{i}")
'''


def _chromium() -> Path:
    from tests.browser.ui import CHROMIUM

    return CHROMIUM


def _settle(page: Any, runs_before: int, started_ms: float, href_before: str | None = None) -> float:
    """Wait until the page has settled after a run began (the run counter moved, or the address changed: a
    quick run may never paint its "running" state); seconds from `started_ms` (epoch ms) to then."""
    page.wait_for_function(
        SETTLED_JS, arg=[QUIET_MS, runs_before, href_before], timeout=TIMEOUT_MS, polling="raf"
    )
    return (float(page.evaluate("window.__benchSettledAt")) - started_ms) / 1000


def _first_load(browser: Any, url: str) -> tuple[float, int, int]:
    """A new context opens `url`: seconds until settled, the number of plotly charts and of tables."""
    from tests.browser.ui import make_session

    session = make_session(browser)
    try:
        started = time.time() * 1000
        session.page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        seconds = _settle(session.page, -1, started)  # idle after a run: the first needs no counting
        page = session.page
        return seconds, int(page.evaluate(COUNT_CHARTS_JS)), int(page.evaluate(COUNT_TABLES_JS))
    finally:
        session.context.close()


def _filter_changes(browser: Any, url: str) -> list[float]:
    """Choose a year, clear all filters, choose another year: seconds from each click until settled."""
    from tests.browser.ui import make_session, multiselect

    session = make_session(browser)
    page = session.page
    try:
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        _settle(page, -1, time.time() * 1000)
        field = multiselect(page, YEAR_LABEL).get_by_role("combobox")
        field.click()
        years = [t.strip() for t in page.get_by_role("option").all_inner_texts() if t.strip().isdigit()][:2]
        page.keyboard.press("Escape")
        times = []
        for action in ("year0", "reset", "year1"):
            if action == "reset":
                click: Callable[[], object] = page.get_by_role("button", name=RESET_LABEL).click
            else:
                field.click()
                field.fill(years[0 if action == "year0" else -1])
                click = page.get_by_role(
                    "option", name=years[0 if action == "year0" else -1], exact=True
                ).click
            before = int(page.evaluate("window.__dasborRuns"))
            href = str(page.evaluate("location.href"))
            # forget when the page last settled: a poll between the address changing and the run starting
            # would otherwise find it "settled" since before the click (a negative time)
            page.evaluate("window.__benchSettledAt = 0")
            started = float(page.evaluate("Date.now()"))
            click()
            times.append(_settle(page, before, started, href))
            page.keyboard.press("Escape")
        return times
    finally:
        session.context.close()


@contextmanager
def _dashboard(db_url: str, root: Path = ROOT) -> Iterator[str]:
    """A dashboard server of the checkout at `root` on the store at `db_url`; its base URL."""
    from tests.browser.ui import launch_server, wait_until_healthy

    with tempfile.TemporaryDirectory(prefix="bench-browser-") as folder:
        server = wait_until_healthy(
            launch_server(Path(folder) / "data", Path(folder) / "streamlit.log", db_url=db_url, root=root),
            timeout=120,
        )
        try:
            yield server.url
        finally:
            server.stop()


@contextmanager
def _bare_server() -> Iterator[str]:
    """The floor app on a free port (its own folder: no dashboard config, no pages/)."""
    from tests.browser.ui import Server, _free_port, wait_until_healthy

    with tempfile.TemporaryDirectory(prefix="bench-floor-") as folder:
        script = Path(folder) / "lantai.py"
        script.write_text(BARE_APP, encoding="utf-8")
        port = _free_port()
        log = Path(folder) / "streamlit.log"
        command = [
            sys.executable, "-m", "streamlit", "run", str(script), "--server.address", "127.0.0.1",
            "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
        ]  # fmt: skip
        with log.open("wb") as out:
            process = subprocess.Popen(command, cwd=folder, stdout=out, stderr=subprocess.STDOUT)
        server = wait_until_healthy(
            Server(url=f"http://127.0.0.1:{port}", data_dir=Path(folder), log_path=log, process=process)
        )
        try:
            yield server.url
        finally:
            server.stop()


def _tried(action: Callable[[], Any]) -> Any:
    """The action's result, or None when the page never settled (counted as failed, the run goes on)."""
    try:
        return action()
    except Exception as error:  # noqa: BLE001 - Playwright's TimeoutError; reported in the row
        print(f"  (not settled: {str(error).splitlines()[0]})", file=sys.stderr)
        return None


def _path(page: str) -> str:
    return "/" if page == "ringkasan" else f"/{page}"


def _measure_store(browser: Any, db_url: str, pages: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with _dashboard(db_url) as base:
        _first_load(browser, base + "/")  # warm-up: legacy pages mode left, data read, snapshot written
        for page in pages:
            address = base + _path(page)
            loads = [
                load
                for _ in range(REPEAT)
                if (load := _tried(functools.partial(_first_load, browser, address)))
            ]
            changes = _tried(functools.partial(_filter_changes, browser, address)) or [float("nan")]
            out[page] = {
                "first_load_s": statistics.median(s for s, _, _ in loads) if loads else float("nan"),
                "charts": loads[-1][1] if loads else 0,
                "tables": loads[-1][2] if loads else 0,
                "filter_change_s": statistics.median(changes),
                "failed": REPEAT - len(loads) + (0 if changes[0] == changes[0] else 1),
            }
    return out


def _floor(browser: Any, counts: set[int], kinds: set[tuple[str, int, int]]) -> dict[Any, float]:
    """The bare page's first load per number of charts; with the dashboard's kinds of elements per (page's
    path, charts, tables)."""
    with _bare_server() as base:
        _first_load(browser, base + "/?n=1")
        floor: dict[Any, float] = {
            n: statistics.median(_first_load(browser, f"{base}/?n={n}")[0] for _ in range(REPEAT))
            for n in counts
        }
        for path, n, tables in kinds:
            address = f"{base}{path}?w=1&n={n}&t={tables}"
            floor[path, n, tables] = statistics.median(
                _first_load(browser, address)[0] for _ in range(REPEAT)
            )
        return floor


def skipped() -> str | None:
    """Why the browser benchmark does not run here, or None."""
    if os.environ.get(SKIP_ENV, "1") == "0":
        return f"{SKIP_ENV}=0"
    if not _chromium().exists():
        return f"Chromium tidak ada di {_chromium()}"
    return None


def run(n_participants: int = 1_000_000, pages: tuple[str, ...] = PAGES) -> list[dict[str, Any]]:
    """First loads and filter changes per page on SQLite, big store vs sample, with the bare floor."""
    reason = skipped()
    if reason is not None:
        return [{"skipped": reason}]
    from playwright.sync_api import sync_playwright

    from tests.browser.ui import CHROMIUM_ARGS

    size = f"{n_participants:,}".replace(",", ".")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(_chromium()), headless=True, args=CHROMIUM_ARGS
        )
        try:
            small = _measure_store(browser, _sqlite_store(None, False), pages)
            big = _measure_store(browser, _sqlite_store(n_participants, False), pages)
            both = [(page, m) for page in pages for m in (small[page], big[page])]
            floor = _floor(
                browser,
                {m["charts"] for _, m in both},
                {(_path(page), m["charts"], m["tables"]) for page, m in both},
            )
        finally:
            browser.close()
    rows: list[dict[str, Any]] = []
    for page in pages:
        for name, measured in (("data contoh", small[page]), (size, big[page])):
            kinds = (_path(page), measured["charts"], measured["tables"])
            row = {
                "engine": "sqlite",
                "store": name,
                "page": page,
                "first_load_s": round(measured["first_load_s"], 2),
                "filter_change_s": round(measured["filter_change_s"], 2),
                "charts": measured["charts"],
                "floor_s": round(floor[measured["charts"]], 2),
                "first_load_vs_floor": round(measured["first_load_s"] / floor[measured["charts"]], 2),
                "tables": measured["tables"],
                "kinds_floor_s": round(floor[kinds], 2),
                "first_load_vs_kinds": round(measured["first_load_s"] / floor[kinds], 2),
                "not_settled": measured["failed"],
            }
            if name == size:
                row["first_load_vs_sample"] = round(measured["first_load_s"] / small[page]["first_load_s"], 2)
                row["filter_change_vs_sample"] = round(
                    measured["filter_change_s"] / small[page]["filter_change_s"], 2
                )
            rows.append(row)
    return rows


def against(
    other: Path, n_participants: int, pages: tuple[str, ...], rounds: int = REPEAT, fresh: bool = False
) -> list[dict[str, Any]]:
    """A/B under the same load: per store (sample, then `n_participants`) a server of another checkout (e.g.
    `git worktree add --detach /tmp/lama <commit>` with a .venv link) and one of this checkout run side by
    side; per page, rounds of first loads and of filter changes alternate between them. Medians per tree,
    and the big store's filter change over the sample's in the same tree.

    `fresh`: both servers start anew for every round (and get FRESH_SETTLE_S after their first visit for their
    background work), so every year chosen is one the server has never computed, as for the first person who picks
    it; without it, only the first round's choices are new to the servers."""
    reason = skipped()
    if reason is not None:
        return [{"skipped": reason}]
    from playwright.sync_api import sync_playwright

    from tests.browser.ui import CHROMIUM_ARGS

    trees = {"lain": other, "ini": ROOT}
    loads: dict[tuple[str, str, str], list[float]] = {}
    changes: dict[tuple[str, str, str], list[float]] = {}
    size = f"{n_participants:,}".replace(",", ".")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(_chromium()), headless=True, args=CHROMIUM_ARGS
        )
        try:
            for store, n in (("data contoh", None), (size, n_participants)):
                url = _sqlite_store(n, False)
                for batch in [1] * rounds if fresh else [rounds]:
                    with _dashboard(url, other) as lain, _dashboard(url, ROOT) as ini:
                        bases = {"lain": lain, "ini": ini}
                        for base in bases.values():
                            _first_load(browser, base + "/")  # warm-up, as in run()
                        if fresh:
                            time.sleep(FRESH_SETTLE_S)
                        for page in pages:
                            for _ in range(batch):
                                for tree, base in bases.items():
                                    key = (tree, store, page)
                                    _one_round(browser, base + _path(page), loads.setdefault(key, []),
                                               changes.setdefault(key, []))  # fmt: skip
        finally:
            browser.close()
    rows: list[dict[str, Any]] = []
    for tree in trees:
        for page in pages:
            small, big = changes.get((tree, "data contoh", page)), changes.get((tree, size, page))
            for store in ("data contoh", size):
                key = (tree, store, page)
                row: dict[str, Any] = {
                    "tree": str(other) if tree == "lain" else "ini",
                    "store": store,
                    "page": page,
                    "first_load_s": round(statistics.median(loads[key]), 2) if loads.get(key) else None,
                    "filter_change_s": round(statistics.median(changes[key]), 2) if changes.get(key) else None,
                }
                if store == size and small and big:
                    row["filter_change_vs_sample"] = round(statistics.median(big) / statistics.median(small), 2)
                rows.append(row)
    return rows


def _one_round(browser: Any, url: str, loads: list[float], changes: list[float]) -> None:
    """One first load and one series of filter changes of a page, each kept when it settled."""
    load = _tried(functools.partial(_first_load, browser, url))
    if load:
        loads.append(load[0])
    changes.extend(_tried(functools.partial(_filter_changes, browser, url)) or [])


def main() -> int:
    """Print and save the figures (benchmarks/out/browser.json); `--against DIR` compares with another
    checkout in the same run (benchmarks/out/browser-against.json)."""
    args = sys.argv[1:]
    pages: tuple[str, ...] = PAGES
    if "--pages" in args:
        pages = tuple(args[args.index("--pages") + 1].split(","))
    n = 100_000 if "--quick" in args else 1_000_000
    if "--against" in args:
        rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else REPEAT
        fresh = "--fresh" in args
        found = against(Path(args[args.index("--against") + 1]), n, pages, rounds, fresh)
        return report(found, "browser-against-fresh" if fresh else "browser-against")
    return report(run(n, pages), "browser")


if __name__ == "__main__":
    sys.exit(main())
