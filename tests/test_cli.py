"""`python -m loaders FILE --json` is a public interface: its shape and exit codes are fixed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import builders as b

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "loaders", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_json_document_shape_and_reference_counts(tmp_path: Path) -> None:
    roster = b.xlsx_roster(tmp_path, two_row_header=True, footer="both")
    proc = run_cli(str(roster.path), "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    (entry,) = doc["files"]
    assert set(entry) >= {"file", "cohorts", "participants", "summary", "issues"}
    assert entry["file"] == roster.path.name
    cohort = entry["cohorts"][0]
    assert {k: cohort[k] for k in ("sheet", "program", "angkatan", "year", "start_date", "end_date")} == {
        "sheet": "Peserta",
        "program": "Pelatihan Coaching dan Mentoring",
        "angkatan": "IV",
        "year": 2023,
        "start_date": "2023-09-05",
        "end_date": "2023-09-08",
    }
    first = entry["participants"][0]
    assert set(first) == {
        "sheet", "row", "name", "nip", "nip_status", "gender", "birth_date", "instansi",
        "agency", "sector", "level", "province", "issues",
    }  # fmt: skip
    assert first["row"] == roster.rows[0].excel_row and first["gender"] in ("L", "P")
    assert entry["summary"]["participants"] == 26
    assert entry["summary"]["by_sector"] == {"central": 14, "regional": 12}
    for issue in entry["issues"]:
        assert set(issue) >= {"sheet", "row", "code", "message"}


def test_rejected_file_gives_error_entry_and_exit_2(tmp_path: Path) -> None:
    good = b.csv_roster(tmp_path)
    bad = b.pdf_named_xlsx(tmp_path)
    proc = run_cli(str(good.path), str(bad), "--json")
    assert proc.returncode == 2
    files = json.loads(proc.stdout)["files"]
    assert files[0]["summary"]["participants"] == 26
    assert files[1] == {
        "file": bad.name,
        "error": {"code": "not_spreadsheet", "message": files[1]["error"]["message"]},
    }
    assert "PDF" in files[1]["error"]["message"]


def test_readable_indonesian_summary_without_json(tmp_path: Path) -> None:
    roster = b.xlsx_roster(tmp_path, nip_as_number="excel15")
    proc = run_cli(str(roster.path))
    assert proc.returncode == 0
    assert "Peserta: 26" in proc.stdout
    assert "Kementerian/Lembaga: 14" in proc.stdout and "Pemerintah Daerah: 12" in proc.stdout
    assert "NIP rusak oleh Excel" in proc.stdout


def test_explicit_mapping_flag(tmp_path: Path) -> None:
    header = {**b.DEFAULT_HEADER, "instansi": "Lokasi Penugasan"}
    roster = b.xlsx_roster(tmp_path, header=tuple(header[f] for f in b.FIELDS))
    assert run_cli(str(roster.path), "--json").returncode == 2
    proc = run_cli(str(roster.path), "--json", "--map", "Lokasi Penugasan=instansi")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["files"][0]["summary"]["participants"] == 26


def _cohort_counts(entry: dict[str, object]) -> list[tuple[object, ...]]:
    """(program, angkatan, year, participants, K/L, Pemda) of each cohort, from the JSON alone."""
    out = []
    for cohort in entry["cohorts"]:  # type: ignore[attr-defined]
        people = [
            p
            for p in entry["participants"]  # type: ignore[attr-defined]
            if p["sheet"] == cohort["sheet"] and (cohort["rows"] is None or p["row"] in cohort["rows"])
        ]
        assert cohort["n_participants"] == len(people)
        sectors = [p["sector"] for p in people]
        out.append(
            (cohort["program"], cohort["angkatan"], cohort["year"], len(people),
             sectors.count("central"), sectors.count("regional"))
        )  # fmt: skip
    return out


@pytest.mark.parametrize("layout", sorted(b.ISSUE14_LAYOUTS))
def test_issue14_layouts_through_the_whole_command(tmp_path: Path, layout: str) -> None:
    case = b.ISSUE14_LAYOUTS[layout]
    built = case.build(tmp_path)
    path = Path(getattr(built, "path", built))
    proc = run_cli(str(path), "--json")
    (entry,) = json.loads(proc.stdout)["files"]
    if case.error:
        assert proc.returncode == 2
        assert entry["error"]["code"] == case.error
        assert entry["error"]["message"].startswith(f"File '{path.name}', lembar ")
        return
    assert proc.returncode == 0, proc.stderr
    assert _cohort_counts(entry) == list(case.cohorts)
    assert entry["summary"]["participants"] == sum(c[3] for c in case.cohorts)
    assert entry["summary"]["by_sector"].get("central", 0) == sum(c[4] for c in case.cohorts)
    if case.venue:
        assert entry["cohorts"][0]["venue"] == case.venue
    if case.sheet:
        assert {c["sheet"] for c in entry["cohorts"]} == {case.sheet}


def test_map_option_accepts_the_cohort_fields(tmp_path: Path) -> None:
    people = b.sample_people(6)
    lines = ["DAFTAR PESERTA PKA TAHUN 2025", "No;Kelas;Mulai Kelas;Nama;NIP;Instansi"]
    for k, p in enumerate(people):
        lines.append(f"{k + 1};{'I' if k < 4 else 'II'};{'3 Maret 2025' if k < 4 else '5 Mei 2025'};{p.name};"
                     f"{p.nip};{p.instansi}")  # fmt: skip
    path = tmp_path / "rekap_kelas.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run_cli(str(path), "--json", "--map", "Kelas=angkatan", "--map", "Mulai Kelas=start_date")
    assert proc.returncode == 0, proc.stdout
    cohorts = json.loads(proc.stdout)["files"][0]["cohorts"]
    assert [
        (c["program"], c["angkatan"], c["year"], c["start_date"], c["n_participants"]) for c in cohorts
    ] == [
        ("Pelatihan Kepemimpinan Administrator", "I", 2025, "2025-03-03", 4),
        ("Pelatihan Kepemimpinan Administrator", "II", 2025, "2025-05-05", 2),
    ]
