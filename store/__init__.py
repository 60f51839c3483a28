"""Persistence: cohorts, participants, load reports and the facts aggregate in SQLite or PostgreSQL.

Public interface:
- ``open_store(url=None)``: connect ($DASBOR_DB_URL, secrets.toml, else SQLite in var/) and migrate to head.
- ``Store``: reads (cohorts, facts, participants, ...) and all-or-nothing writes (save, replace, delete).
  ``Store.write()`` is the write transaction the other store modules change data in.
- ``store.backup`` (export, check, restore), ``store.retention`` (expired cohorts, purge, schedule),
  ``store.audit`` (the audit log) and ``store.auth`` (accounts, sign-in, sessions) build on the Store.
- ``CohortUpload`` / ``cohort_uploads``: what to save, cut from the intake's LoadResult.
- ``CohortDiff``: what a re-upload would change. ``seed_samples``: load the fictional sample cohorts once.
- ``StoreError``: the only error raised on purpose; ``.code`` is stable, ``.message`` is Indonesian.
"""

from store.database import Store, open_store
from store.diff import CohortDiff
from store.errors import StoreError
from store.samples import seed_samples
from store.uploads import CohortUpload, cohort_uploads

__all__ = [
    "CohortDiff",
    "CohortUpload",
    "Store",
    "StoreError",
    "cohort_uploads",
    "open_store",
    "seed_samples",
]
