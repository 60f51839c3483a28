"""The committed sample rosters, read through the real intake, match the generator's ground truth."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from loaders import LoadResult, read_roster

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
FILES = sorted(EXPECTED["files"])
COHORTS = [(name, c) for name in FILES for c in EXPECTED["files"][name]["cohorts"]]
SECTORS = ("central", "regional", "other", "unknown")
PROBLEM_SEVERITIES = ("warning", "error")


@cache
def load(name: str) -> LoadResult:
    """Each sample file is read once per test session."""
    return read_roster(SAMPLES / name)


def cohort_ids() -> list[str]:
    return [f"{name}:{c['sheet']}" for name, c in COHORTS]


def test_every_sample_file_is_listed_in_expected_json():
    on_disk = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in {".xlsx", ".csv"})
    assert on_disk == FILES


def test_reference_cohort_is_26_people_14_central_12_regional():
    result = load("cmd_2023_angkatan_IV.xlsx")
    assert len(result.cohorts) == 1
    meta = result.cohorts[0]
    assert meta.program == "Pelatihan Coaching dan Mentoring"
    assert meta.angkatan == "IV"
    assert meta.year == 2023
    assert (meta.start_date, meta.end_date) == (date(2023, 9, 5), date(2023, 9, 8))
    assert meta.venue == "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta"
    frame = result.participants
    assert len(frame) == 26
    assert frame["sector"].value_counts().to_dict() == {"central": 14, "regional": 12}


def test_reference_cohort_has_no_row_problems():
    result = load("cmd_2023_angkatan_IV.xlsx")
    problems = [i for i in result.issues if i.severity in PROBLEM_SEVERITIES]
    assert problems == []
    assert all(issues == () for issues in result.participants["issues"])
    assert set(result.participants["nip_status"]) == {"pns"}


@pytest.mark.parametrize(("name", "expected"), COHORTS, ids=cohort_ids())
def test_cohort_metadata_matches_the_generator(name, expected):
    metas = {m.sheet: m for m in load(name).cohorts}
    meta = metas[expected["sheet"]]
    assert meta.program == expected["program"]
    assert meta.angkatan == expected["angkatan"]
    assert meta.year == expected["year"]
    assert meta.start_date == date.fromisoformat(expected["start_date"])
    assert meta.end_date == date.fromisoformat(expected["end_date"])
    assert meta.venue == expected["venue"]


@pytest.mark.parametrize(("name", "expected"), COHORTS, ids=cohort_ids())
def test_cohort_counts_match_the_generator(name, expected):
    frame = load(name).participants
    cohort = frame[frame["sheet"] == expected["sheet"]]
    counts = cohort["sector"].value_counts().to_dict()
    assert len(cohort) == expected["total"]
    assert {s: counts.get(s, 0) for s in SECTORS} == {s: expected[s] for s in SECTORS}
    assert sum(expected[s] for s in SECTORS) == expected["total"]
    assert sum(counts.values()) == len(cohort)


@pytest.mark.parametrize("name", FILES)
def test_file_reads_exactly_the_expected_cohorts(name):
    sheets = [c["sheet"] for c in EXPECTED["files"][name]["cohorts"]]
    result = load(name)
    assert [m.sheet for m in result.cohorts] == sheets
    assert sorted(set(result.participants["sheet"])) == sorted(sheets)
    assert result.summary()["participants"] == sum(c["total"] for c in EXPECTED["files"][name]["cohorts"])


@pytest.mark.parametrize(("name", "expected"), COHORTS, ids=cohort_ids())
def test_planted_problems_are_reported_and_nothing_else(name, expected):
    issues = [
        i for i in load(name).issues if i.sheet == expected["sheet"] and i.severity in PROBLEM_SEVERITIES
    ]
    found = sorted((i.code, i.row) for i in issues)
    planted = sorted((p["code"], p["row"]) for p in expected["planted"])
    assert found == planted


def test_hidden_instruction_and_recap_sheets_are_not_counted():
    result = load("cmd_2023_angkatan_I-III.xlsx")
    notes = {(i.code, i.message) for i in result.issues if i.sheet is None}
    assert any(code == "sheet_hidden" and "Angkatan II (draft)" in msg for code, msg in notes)
    assert {m.sheet for m in result.cohorts} == {"Angkatan I", "Angkatan II", "Angkatan III"}


def test_csv_sample_is_windows_1252_with_semicolons():
    raw = (SAMPLES / "pka_2024_angkatan_I.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    names = set(load("pka_2024_angkatan_I.csv").participants["name"])
    assert any(n.startswith("Ma’ruf") for n in names)
    assert any(n.startswith("André") for n in names)


def test_damaged_nip_is_flagged_and_not_used():
    frame = load("latsar_2024_angkatan_II.xlsx").participants
    damaged = frame[frame["nip_status"] == "damaged"]
    assert len(damaged) == 1
    assert damaged["birth_date"].isna().all()


def test_vertically_merged_instansi_reaches_every_row():
    frame = load("latsar_2024_angkatan_II.xlsx").participants
    assert frame["instansi"].notna().all()
    assert (frame["instansi"] == "Pemkab Bantul").sum() == 6


def test_committed_samples_are_what_the_generator_writes(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("generate_samples", SAMPLES / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    with contextlib.redirect_stdout(io.StringIO()):
        module.main(tmp_path)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted([*FILES, "expected.json"])
    for name in written:
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), (
            f"{name}: run generate.py again"
        )
