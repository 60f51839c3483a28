"""Settings in one place (loaders/settings.py): every DASBOR_* variable the product reads is in the table,
read through it, and documented; the intake limits are enforced."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders import RosterError, read_roster
from loaders.settings import SETTINGS, Limits, data_dir, is_on, setting
from tests import builders as b

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = [p for d in ("loaders", "store", "peserta", "pages") for p in (ROOT / d).rglob("*.py")] + [
    ROOT / "dashboard.py"
]


def test_every_variable_the_product_names_is_in_the_table() -> None:
    named = {m for path in PRODUCT for m in re.findall(r"DASBOR_[A-Z_]+", path.read_text(encoding="utf-8"))}
    assert "DASBOR_DATA_DIR" in named  # the scan sees them
    assert named <= set(SETTINGS), named - set(SETTINGS)


def test_no_module_reads_the_environment_itself() -> None:
    # A module that names a DASBOR_ variable reads it through loaders.settings, never os.environ/getenv.
    readers = [
        str(path.relative_to(ROOT))
        for path in PRODUCT
        if path.name != "settings.py"
        and "DASBOR_" in (text := path.read_text(encoding="utf-8"))
        and re.search(
            r"os\.environ\.get\((?!\"BROWSER_PATH)|os\.getenv\(|os\.environ\[(?!\"RUST_BACKTRACE)", text
        )
    ]
    assert readers == []


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_each_setting_is_documented(name: str) -> None:
    assert name in (ROOT / "README.md").read_text(encoding="utf-8"), f"{name}: not in the README"
    assert SETTINGS[name].help


def test_one_rule_for_unset_empty_and_spaces() -> None:
    assert setting("DASBOR_SESSION_IDLE_MINUTES", {}) == "60"
    assert setting("DASBOR_SESSION_IDLE_MINUTES", {"DASBOR_SESSION_IDLE_MINUTES": "  "}) == "60"
    assert setting("DASBOR_SESSION_IDLE_MINUTES", {"DASBOR_SESSION_IDLE_MINUTES": " 15 "}) == "15"
    assert data_dir({"DASBOR_DATA_DIR": ""}) == data_dir({}) == ROOT / "var"
    assert data_dir({"DASBOR_DATA_DIR": "/srv/dasbor"}) == Path("/srv/dasbor")
    assert is_on("DASBOR_LOCAL_MODE", {"DASBOR_LOCAL_MODE": "Ya"}) and not is_on("DASBOR_LOCAL_MODE", {})
    with pytest.raises(KeyError):
        setting("DASBOR_NOT_A_SETTING", {})


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_max_cells_is_enforced(tmp_path: Path, kind: str) -> None:
    roster = b.xlsx_roster(tmp_path) if kind == "xlsx" else b.csv_roster(tmp_path)
    assert len(read_roster(roster).participants) > 0
    with pytest.raises(RosterError) as caught:
        read_roster(roster, limits=Limits(max_cells=50))
    assert caught.value.code == "too_large" and "sel" in caught.value.message


def test_a_reading_process_is_confined_to_its_memory_and_a_fixed_mmap_threshold() -> None:
    """confine_reader (the upload sandbox's and the command line's reading child) bounds the address space and, on
    glibc, fixes the mmap threshold (mallopt returns 1 when it accepts it); run in its own process, as the children do."""
    import subprocess
    import sys

    code = (
        "import ctypes, resource\n"
        "from loaders.settings import M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES, confine_reader\n"
        "confine_reader(3 * 1024 ** 3)\n"
        "print(resource.getrlimit(resource.RLIMIT_AS)[0])\n"
        "print(ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    )
    limit, accepted = out.stdout.split()
    assert int(limit) == 3 * 1024**3
    assert accepted == "1"  # glibc (Debian here): the threshold is one mallopt accepts
