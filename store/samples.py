"""Load the fictional sample rosters into an empty store once, so a fresh dashboard has something to show."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final

from loaders import read_roster
from store.database import Store
from store.uploads import CohortUpload, cohort_uploads

SAMPLES_DIR: Final = Path(__file__).resolve().parents[1] / "data" / "samples"
SAMPLE_SUFFIXES: Final = frozenset({".xlsx", ".xls", ".csv"})
SAMPLE_USER: Final = "contoh"


def seed_samples(store: Store, folder: Path = SAMPLES_DIR) -> int:
    """Save every sample cohort (is_sample=True) into an empty, never-seeded store; returns cohorts saved."""
    if store.samples_seeded() or not store.is_empty():
        return 0
    overrides = store.corrections()
    uploads: list[CohortUpload] = []
    for path in sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        for upload in cohort_uploads(read_roster(path, overrides=overrides), digest):
            upload.is_sample = True
            uploads.append(upload)
    return store.save_samples(uploads, SAMPLE_USER)
