"""`python -m benchmarks`: run every benchmark, print the figures and save them to benchmarks/out/."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from benchmarks import (
    bench_agencies,
    bench_browser,
    bench_cli,
    bench_cli_folder,
    bench_dashboard,
    bench_deck,
    bench_intake,
    bench_pages,
    bench_reclassify,
    bench_sessions,
    bench_store,
)


def main() -> int:
    """Run all benchmarks; `--quick` uses only the 100k roster and a 100k-participant store; `--no-browser`
    (or DASBOR_BENCH_BROWSER=0, or no Chromium) leaves the Chromium benchmark out."""
    quick = "--quick" in sys.argv
    if "--no-browser" in sys.argv:
        os.environ[bench_browser.SKIP_ENV] = "0"
    n = 100_000 if quick else 1_000_000
    results = {
        "agencies": bench_agencies.run(),
        "intake": bench_intake.run(sizes=(100_000,) if quick else (100_000, 300_000)),
        "cli": bench_cli.run(sizes=(100_000,) if quick else (100_000, 300_000)),
        "cli_folder": bench_cli_folder.run(),
        "store": bench_store.run(100_000 if quick else 1_000_000),
        "dashboard": bench_dashboard.run(n),
        "pages": bench_pages.run(n),
        "browser": bench_browser.run(n),
        "sessions": bench_sessions.run(n),
        "deck": bench_deck.run(),
        "reclassify": bench_reclassify.run(100_000 if quick else 1_000_000),
    }
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    for group, rows in results.items():
        print(f"== {group}")
        for row in rows:
            print("  " + ", ".join(f"{k}={v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
