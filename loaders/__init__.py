"""Roster intake: a participant spreadsheet in, a clean participants frame and a load report out.

Public interface:
- ``load_roster(path, ...)``: read an untrusted file in a bounded sandbox process (use this for uploads);
  ``prepare_sandbox()`` starts that sandbox ahead of the first upload.
- ``read_roster(path, ...)``: the same reading in this process (trusted files, tests, benchmarks).
- ``RosterError``: the only exception either raises; ``.code`` is stable, ``.message`` is Indonesian.

The names are imported on first use (PEP 562), so importing a light module of the package (the command
line, the file readers) does not import pandas, Arrow and the classifier's reference data.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from loaders.errors import RosterError
    from loaders.roster import LoadResult, read_roster
    from loaders.sandbox import load_roster, load_rosters, prepare_sandbox
    from loaders.settings import DEFAULT_LIMITS, Limits

_HOMES = {
    "DEFAULT_LIMITS": "loaders.settings",
    "Limits": "loaders.settings",
    "LoadResult": "loaders.roster",
    "RosterError": "loaders.errors",
    "load_roster": "loaders.sandbox",
    "load_rosters": "loaders.sandbox",
    "prepare_sandbox": "loaders.sandbox",
    "read_roster": "loaders.roster",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'loaders' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
