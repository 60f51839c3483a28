"""First load of a page opened at its own address, in Chromium: this checkout against another, alternating.

Per page and round, each tree's server (the sample store, local single-user mode) gets a new browser context that
opens ``/<page>``; three moments are taken from the navigation's start: the Streamlit WebSocket opening, the page's
title (its first ``h1``) shown, and the page settled as bench_browser defines it (connected, script idle, every chart
drawn, held 300 ms). The order of the two trees flips every round, with a pause before each load, so neither tree
always follows the other's background work. Medians per tree and the difference.

Made for session 15's change (pages.page_routes: the frontend told where the server's root is, no
``/<page>/_stcore/health`` 404 first), whose effect sits in the first second of a load, where bench_browser's
first-load figure (one settled time, three loads) cannot see it on a shared machine.

Run: ``python -m benchmarks.bench_first_load OTHER_CHECKOUT [--pages tren,peserta,kualitas] [--rounds 8]``
(OTHER_CHECKOUT e.g. ``git worktree add --detach /tmp/lama <commit>`` with a .venv link). Skipped like
bench_browser when Chromium is missing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_browser import _chromium, _dashboard, _first_load, skipped
from benchmarks.bench_pages import _sqlite_store

PAUSE_S = 1.0
MOMENTS = ("websocket", "title", "settled")


def _one(browser: Any, address: str) -> dict[str, float]:
    """One first load: seconds from the navigation's start to the WebSocket and to the title; then, in a new context,
    bench_browser's settled first load."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    opened: list[float] = []
    page.on("websocket", lambda _ws: opened.append(time.perf_counter()))
    start = time.perf_counter()
    page.goto(address)
    page.wait_for_function("() => document.querySelector('h1') !== null", timeout=120_000)
    title = time.perf_counter() - start
    context.close()
    time.sleep(PAUSE_S)
    return {"websocket": opened[0] - start if opened else float("nan"), "title": title,
            "settled": _first_load(browser, address)[0]}  # fmt: skip


def run(other: Path, pages: list[str], rounds: int) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    from tests.browser.ui import CHROMIUM_ARGS

    url = _sqlite_store(None, False)
    got: dict[tuple[str, str, str], list[float]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(_chromium()), headless=True, args=CHROMIUM_ARGS)
        try:
            with _dashboard(url, other) as lain, _dashboard(url) as ini:
                trees = [("lain", lain), ("ini", ini)]
                for _, base in trees:
                    _first_load(browser, base + "/")  # warm-up: legacy pages mode left, data read
                for n in range(rounds):
                    for page in pages:
                        for tree, base in trees if n % 2 == 0 else trees[::-1]:
                            time.sleep(PAUSE_S)
                            for moment, seconds in _one(browser, f"{base}/{page}").items():
                                got.setdefault((tree, page, moment), []).append(seconds)
        finally:
            browser.close()
    rows = []
    for page in pages:
        for moment in MOMENTS:
            other_s, this_s = (statistics.median(got[tree, page, moment]) for tree in ("lain", "ini"))
            rows.append({"page": page, "moment": moment, "lain_s": round(other_s, 3), "ini_s": round(this_s, 3),
                         "diff_s": round(this_s - other_s, 3)})  # fmt: skip
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("other", type=Path, help="another checkout (with .venv) to compare against")
    parser.add_argument("--pages", default="tren,peserta,kualitas")
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    reason = skipped()
    if reason is not None:
        print(reason)
        return 0
    for row in run(args.other, args.pages.split(","), args.rounds):
        print(f"{row['page']:12} {row['moment']:9} lain {row['lain_s']:.3f} s  ini {row['ini_s']:.3f} s  "
              f"selisih {row['diff_s']:+.3f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
