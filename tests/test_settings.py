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
