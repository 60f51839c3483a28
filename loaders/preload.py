"""Imported by the sandbox's forkserver: every module the intake needs, and the classifier's indexes.

Each upload is read in a process forked from the forkserver, so whatever is ready here (imports,
reference tables, region and phrase indexes) is ready in every child at no cost."""

from __future__ import annotations

import loaders.roster  # noqa: F401 - imported for its side effect: the intake's modules are loaded
from loaders.agencies import warm_up

warm_up()
