"""User corrections of agency classification are stored and applied on every load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from loaders import RosterError, read_roster
from loaders.overrides import load_overrides, make_override, save_overrides, set_override
from tests import builders as b

ROOT = Path(__file__).resolve().parents[1]


def _unknown_roster(tmp_path: Path) -> b.Roster:
    person = b.sample_people(1)[0]
    return b.xlsx_roster(tmp_path, rows=(b.Person(**{**person.__dict__, "instansi": "UPT Pelatihan Kerja"}),))


def test_round_trip_and_case_insensitive_replacement(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    assert load_overrides(path) == {}
    first = make_override(
        "UPT Pelatihan Kerja", "regional", "province", "Pemerintah Provinsi Jawa Barat", "Jawa Barat"
    )
    set_override("UPT Pelatihan Kerja", first, path)
    second = make_override("upt  pelatihan kerja", "central", "ministry", "Kementerian Ketenagakerjaan", None)
    table = set_override("upt  pelatihan kerja", second, path)
    assert list(table) == ["upt  pelatihan kerja"]
    assert load_overrides(path) == table


def test_bad_codes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="tidak dikenal"):
        make_override("X", "pusat", None, None, None)
    path = tmp_path / "o.csv"
    path.write_text("instansi,sector,level,agency,province,reason\nX,pusat,,,,\n", encoding="utf-8")
    with pytest.raises(RosterError, match="baris 2"):
        load_overrides(path)


def test_stored_override_is_applied_on_every_load(tmp_path: Path) -> None:
    roster = _unknown_roster(tmp_path)
    assert read_roster(roster).participants["sector"].tolist() == ["unknown"]
    path = tmp_path / "o.csv"
    cls = make_override(
        "UPT Pelatihan Kerja", "regional", "province", "Pemerintah Provinsi Jawa Barat", "Jawa Barat"
    )
    save_overrides({"UPT Pelatihan Kerja": cls}, path)
    for _ in range(2):
        frame = read_roster(roster, overrides=load_overrides(path)).participants
        assert frame[["sector", "level", "province"]].values.tolist() == [
            ["regional", "province", "Jawa Barat"]
        ]


def test_cli_uses_the_data_directory_table(tmp_path: Path) -> None:
    roster = _unknown_roster(tmp_path)
    cls = make_override("UPT Pelatihan Kerja", "central", "ministry", "Kementerian Ketenagakerjaan", None)
    save_overrides({"UPT Pelatihan Kerja": cls}, tmp_path / "data" / "agency_overrides.csv")
    env = {**os.environ, "DASBOR_DATA_DIR": str(tmp_path / "data")}
    proc = subprocess.run(
        [sys.executable, "-m", "loaders", str(roster.path), "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    entry = json.loads(proc.stdout)["files"][0]
    assert entry["summary"]["by_sector"] == {"central": 1}
    assert not [i for i in entry["issues"] if i["code"] == "agency_unknown"]
