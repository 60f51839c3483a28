"""The user's agency corrections: a small table (instansi text -> classification) kept beside the data.

A CSV file, for the command line (``python -m loaders --overrides FILE``). The dashboard keeps its
corrections in the database (store.classification) and takes over an older file in ``$DASBOR_DATA_DIR``
once; either way the table is applied by passing it to read_roster/load_roster.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Final

from loaders.agencies import AgencyClass, override_key
from loaders.errors import RosterError
from loaders.schema import LEVELS, SECTORS
from loaders.settings import overrides_path as default_path

FIELDS: Final = ("instansi", "sector", "level", "agency", "province", "reason")


def make_override(
    instansi: str, sector: str, level: str | None, agency: str | None, province: str | None, reason: str = ""
) -> AgencyClass:
    """A user's classification of one instansi text, validated against the schema's codes."""
    if sector not in SECTORS or (level is not None and level not in LEVELS):
        raise RosterError("bad_override", f"Klasifikasi '{sector}/{level}' untuk '{instansi}' tidak dikenal.")
    return AgencyClass(sector, level, agency, province, 1.0, reason or "Koreksi pengguna")


def load_overrides(path: Path | None = None) -> dict[str, AgencyClass]:
    """Read the override table; a missing file is an empty table."""
    path = path or default_path()
    if not path.exists():
        return {}
    table: dict[str, AgencyClass] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                table[row["instansi"]] = make_override(
                    row["instansi"],
                    row["sector"],
                    row["level"] or None,
                    row["agency"] or None,
                    row["province"] or None,
                    row["reason"],
                )
            except (KeyError, RosterError) as exc:
                raise RosterError(
                    "bad_override", f"Tabel koreksi instansi rusak pada baris {line}: {exc}", file=path.name
                ) from exc
    return table


def save_overrides(table: Mapping[str, AgencyClass], path: Path | None = None) -> Path:
    """Write the table atomically (a crash mid-write leaves the old table intact)."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".overrides-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for text in sorted(table, key=override_key):
            cls = table[text]
            writer.writerow(
                [text, cls.sector, cls.level or "", cls.agency or "", cls.province or "", cls.reason]
            )
    os.replace(tmp, path)
    return path


def set_override(text: str, cls: AgencyClass, path: Path | None = None) -> dict[str, AgencyClass]:
    """Add or replace one correction (matched case/space/punctuation-insensitively) and save."""
    table = {k: v for k, v in load_overrides(path).items() if override_key(k) != override_key(text)}
    table[text] = cls
    save_overrides(table, path)
    return table
