"""Intake limits, kept as data so an administrator can read and tune them in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Limits:
    """Bounds on what one uploaded file may cost the server."""

    max_file_bytes: int = 25 * 1024 * 1024  # matches server.maxUploadSize in .streamlit/config.toml
    max_uncompressed_bytes: int = 1024 * 1024 * 1024  # sum of a workbook's XML parts
    max_compression_ratio: float = 200.0  # a part larger than 10 MB compressed more than this is a zip bomb
    max_rows: int = 500_000  # data rows per file
    max_columns: int = 200
    max_cells: int = 20_000_000  # bounding box of one sheet
    max_sheets: int = 100
    timeout_seconds: float = 180.0  # wall time of one file in the sandbox
    memory_bytes: int = 6 * 1024 * 1024 * 1024  # address space of the sandbox process


DEFAULT_LIMITS = Limits()


def overrides_path() -> Path:
    """Where the agency override table lives (the command line's default `--overrides`)."""
    base = Path(os.environ.get("DASBOR_DATA_DIR", Path(__file__).resolve().parents[1] / "var"))
    return base / "agency_overrides.csv"
