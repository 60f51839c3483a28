"""Roster intake: a participant spreadsheet in, a clean participants frame and a load report out.

Public interface:
- ``load_roster(path, ...)``: read an untrusted file in a bounded sandbox process (use this for uploads);
  ``prepare_sandbox()`` starts that sandbox ahead of the first upload.
- ``read_roster(path, ...)``: the same reading in this process (trusted files, tests, benchmarks).
- ``RosterError``: the only exception either raises; ``.code`` is stable, ``.message`` is Indonesian.
"""

from loaders.errors import RosterError
from loaders.roster import LoadResult, read_roster
from loaders.sandbox import load_roster, load_rosters, prepare_sandbox
from loaders.settings import DEFAULT_LIMITS, Limits

__all__ = [
    "DEFAULT_LIMITS",
    "LoadResult",
    "Limits",
    "RosterError",
    "load_roster",
    "load_rosters",
    "prepare_sandbox",
    "read_roster",
]
