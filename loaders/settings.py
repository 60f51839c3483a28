"""Settings in one place: the DASBOR_* environment variables (name, default, what they do) and the intake
limits, kept as data so an administrator can read and tune them here. Every module reads a variable
through `setting()` (one rule: unset and empty both mean the default; surrounding spaces ignored);
tests/test_settings.py checks that each is documented in the README and that no module reads another."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Setting:
    name: str
    default: str  # "" when unset means off / not given
    help: str


SETTINGS: Final[dict[str, Setting]] = {
    s.name: s
    for s in (
        Setting("DASBOR_DATA_DIR", "", "folder basis data SQLite, snapshot dan berkas kerja (bawaan: var/)"),
        Setting(
            "DASBOR_DB_URL",
            "",
            "URL basis data (PostgreSQL untuk beberapa server); bawaan SQLite di DASBOR_DATA_DIR",
        ),
        Setting(
            "DASBOR_LOCAL_MODE",
            "",
            "1: tanpa akun, satu pengguna mesin ini menjadi admin (diisi oleh `make run`)",
        ),
        Setting("DASBOR_SESSION_IDLE_MINUTES", "60", "keluar otomatis setelah sekian menit tanpa aktivitas"),
        Setting(
            "DASBOR_SESSION_MAX_HOURS", "12", "keluar otomatis sekian jam setelah masuk, aktif atau tidak"
        ),
        Setting(
            "DASBOR_RETENTION_DAYS",
            "",
            "hapus angkatan yang lebih tua dari sekian hari (0 atau kosong: mati)",
        ),
        Setting("DASBOR_CHROMIUM", "", "Chromium untuk ekspor PDF (bawaan: chromium di PATH)"),
        Setting(
            "DASBOR_RAISE_ERRORS",
            "",
            "1: galat halaman dilempar, bukan ditampilkan sebagai pesan ramah (untuk tes)",
        ),
    )
}


def setting(name: str, env: Mapping[str, str] | None = None) -> str:
    """The value of a DASBOR_* setting from `env` (default: the process environment): trimmed, and the
    table's default when unset or empty. An unknown name is a programming error (KeyError)."""
    spec = SETTINGS[name]
    value = ((os.environ if env is None else env).get(name) or "").strip()
    return value or spec.default


def is_on(name: str, env: Mapping[str, str] | None = None) -> bool:
    """A yes/no setting: 1, true, yes or ya."""
    return setting(name, env).casefold() in ("1", "true", "yes", "ya")


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    """$DASBOR_DATA_DIR, else var/ in the checkout."""
    return Path(setting("DASBOR_DATA_DIR", env) or ROOT / "var")


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

# glibc's mallopt parameter: blocks from this size up are mapped on their own and returned to the system when freed.
M_MMAP_THRESHOLD: Final = -3
MMAP_THRESHOLD_BYTES: Final = 16 * 1024 * 1024  # measured: 128 KiB-1 MiB peak as low but spend 0.1-0.2 s more system time


def confine_reader(memory_bytes: int) -> None:
    """Prepare a process that reads one untrusted file (the upload sandbox, the command line's reading child): bound
    its address space (RLIMIT_AS), and fix glibc's mmap threshold. By default glibc raises that threshold to the size
    of each mapped block freed (up to 32 MiB), after which the parser's and the intake's large blocks come from the
    heap and are not given back: a 100,000-row messy roster's reading child peaked 25-30 MB higher (bench_cli).
    Either step is skipped where the system lacks it."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):  # not on this OS: the sandbox's timeout still applies
        pass
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, musl without mallopt, Windows)
        pass


def overrides_path() -> Path:
    """Where the agency override table lives (the command line's default `--overrides`)."""
    return data_dir() / "agency_overrides.csv"
