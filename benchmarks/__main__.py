"""`python -m benchmarks`: run every benchmark, print the figures and save them to benchmarks/out/."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks import (
    bench_agencies,
    bench_cli,
    bench_dashboard,
    bench_deck,
    bench_intake,
    bench_reclassify,
    bench_store,
)


def main() -> int:
    """Run all benchmarks; `--quick` uses only the 100k roster and a 100k-participant store."""
    quick = "--quick" in sys.argv
    results = {
        "agencies": bench_agencies.run(),
        "intake": bench_intake.run(sizes=(100_000,) if quick else (100_000, 300_000)),
        "cli": bench_cli.run(sizes=(100_000,) if quick else (100_000, 300_000)),
        "store": bench_store.run(100_000 if quick else 1_000_000),
        "dashboard": bench_dashboard.run(100_000 if quick else 1_000_000),
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
