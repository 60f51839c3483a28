"""Presentation exports at dashboard scale, against a baseline measured in the same run on the same data.

A SQLite store is filled with N fictional participants (benchmarks.synthetic_store, cohorts of 30, so
about N/30 cohorts over 20 years), then for the whole selection:

(a) baseline: the peserta.stats tables the slides read (what the Ringkasan and Tren pages compute);
(b) build_slides: the slide model (tables, messages, chart data);
(c) deck_pptx: the PowerPoint with native charts (the target: (b) + (c) under 3 s for 100k);
(d) recap_xlsx without and with the participants sheet; (e) slides_pdf where Chromium is available.

Each step is timed as the fastest of a few runs. Run: ``python -m benchmarks.bench_deck [--quick]``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.synthetic_store import fill_store
from benchmarks.timing import best_of, report
from peserta import stats
from peserta.breakdowns import TOP_AGENCIES
from peserta.deck import deck_pptx
from peserta.facts import prepare_facts
from peserta.filters import Filters, apply_filters, selected_cohorts
from peserta.narrative import summary_sentence
from peserta.pdf import pdf_available, slides_pdf
from peserta.recap import recap_xlsx
from peserta.slides import build_slides, footer_text
from store import open_store

OUT = Path(__file__).resolve().parent / "out"
TARGET_SECONDS = 3.0


def _tables(facts: Any, cohorts: Any) -> list[Any]:
    """The baseline: every stats table the slides are made from, nothing else."""
    return [
        stats.kpis(facts),
        stats.by_sector(facts),
        stats.regional_by_level(facts),
        stats.top_agencies(facts, TOP_AGENCIES),
        stats.by_province(facts),
        stats.by_gender(facts),
        stats.by_golongan(facts),
        stats.by_age_band(facts),
        stats.regional_share_by_year(facts, cohorts),
        stats.cohort_trend(facts, cohorts),
        summary_sentence(facts, cohorts),
    ]


def run(size: int = 100_000) -> list[dict[str, Any]]:
    """Fill a store with `size` participants and time the exports of the whole selection."""
    with tempfile.TemporaryDirectory(prefix="bench-deck-") as folder:
        store = open_store(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        fill_store(store, size)
        all_cohorts, all_facts = store.cohorts(), prepare_facts(store.facts())
        filters = Filters()
        cohorts = selected_cohorts(all_cohorts, filters)
        facts = apply_filters(all_facts, all_cohorts, filters)
        people, _ = store.participants(None, limit=None)
        store.close()
    participants = stats.kpis(facts).participants
    footer = footer_text(filters, cohorts, "id", datetime.now(UTC))

    baseline, _ = best_of(lambda: _tables(facts, cohorts))
    model, slides = best_of(lambda: build_slides(facts, cohorts, filters, "id"))
    deck_time, deck = best_of(lambda: deck_pptx(slides, footer=footer, lang="id"))
    both, _ = best_of(
        lambda: deck_pptx(build_slides(facts, cohorts, filters, "id"), footer=footer, lang="id")
    )
    suppressed, _ = best_of(
        lambda: deck_pptx(build_slides(facts, cohorts, filters, "id", suppress_small=True), footer=footer)
    )
    recap_time, recap = best_of(lambda: recap_xlsx(facts, cohorts, filters, "id", slides=slides))
    with_people, recap_people = best_of(
        lambda: recap_xlsx(
            facts, cohorts, filters, "id", slides=slides, participants=people, with_names=True
        ),
        repeat=1,
    )
    row: dict[str, Any] = {
        "participants": participants,
        "cohorts": len(cohorts),
        "facts_rows": len(facts),
        "slides": len(slides),
        "baseline_tables_s": round(baseline, 3),
        "build_slides_s": round(model, 3),
        "deck_pptx_s": round(deck_time, 3),
        "slides_plus_deck_s": round(both, 3),
        "slides_plus_deck_suppressed_s": round(suppressed, 3),
        "ratio_to_baseline": round(both / baseline, 2) if baseline else None,
        "target_s": TARGET_SECONDS,
        "within_target": both < TARGET_SECONDS,
        "deck_bytes": len(deck),
        "recap_xlsx_s": round(recap_time, 3),
        "recap_bytes": len(recap),
        "recap_with_participants_s": round(with_people, 3),
        "recap_with_participants_bytes": len(recap_people),
    }
    ready, missing = pdf_available()
    if ready:
        pdf_time, pdf = best_of(lambda: slides_pdf(slides, footer=footer, lang="id"), repeat=2)
        row.update({"slides_pdf_s": round(pdf_time, 3), "pdf_bytes": len(pdf)})
    else:
        row["slides_pdf_s"] = f"skipped: {missing}"
    return [row]


def main() -> int:
    quick = "--quick" in sys.argv
    return report(run(20_000 if quick else 100_000), "deck")


if __name__ == "__main__":
    sys.exit(main())
