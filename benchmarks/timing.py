"""What every benchmark shares: best-of timing, and saving and printing its rows."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"


def best_of(action: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Fastest of `repeat` runs (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def report(rows: list[dict[str, Any]], name: str) -> int:
    """Save the rows to benchmarks/out/<name>.json and print them, one line each; exit status 0."""
    OUT.mkdir(exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    for row in rows:
        print("  " + ", ".join(f"{k}={v}" for k, v in row.items()))
    return 0
