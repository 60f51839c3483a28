"""Roster layouts found in public material nobody on the team wrote, run through `python -m loaders --json`.

The builders (tests/real_layouts.py) reproduce each source's layout with fictional people; the expected
numbers come from the layout, not from the intake. A layout the intake still gets wrong is marked
xfail(strict=True) with the exact symptom, so fixing it turns the mark into a failure to remove.
Sources and shapes: tests/data/real_layouts/SOURCES.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.real_layouts import REAL_LAYOUTS, Expected

ROOT = Path(__file__).resolve().parents[1]
Loaded = dict[str, tuple[Expected, dict[str, Any] | str]]  # layout -> (truth, JSON entry or refusal)

NO_INSTANSI = (
    "no_roster: a table with Nama and NIP but no Instansi/Unit Kerja column is refused ('Roster perlu kolom "
    "Instansi'); the layout names no instansi at all, so every participant should load as sector unknown"
)
# layout -> why the whole load is still wrong (every check of that layout fails the same way)
LOAD_FAILS: dict[str, str] = {
    "webcourse_ikut_pelatihan": f"{NO_INSTANSI} (3 trainings, 11 rows; with --map it splits by Nama Pelatihan)",
    "panda_kegiatan": NO_INSTANSI,
    "laravel_nama_nip": (
        "no_roster: the header No. | Nama/NIP | Jabatan | Golongan | Status has no Instansi/Unit Kerja column "
        "and is refused ('Roster perlu kolom Instansi'); the layout names no instansi, so all 11 should load as unknown"
    ),
    "basarnas_absensi": NO_INSTANSI,
}
# (layout, check) -> why that check alone is still wrong
CHECK_FAILS: dict[tuple[str, str], str] = {
    ("basarnas_absensi", "sectors"): (
        "the title names one central office (Kantor Pencarian dan Pertolongan Kelas A Padang / Badan Nasional "
        "Pencarian dan Pertolongan) and there is no instansi column; title context only places regional units, "
        "so the 10 staff would be unknown, not central"
    ),
    ("laravel_nama_nip", "nips"): (
        "'Nama/NIP' normalises to 'nama nip' and maps to nip: each cell 'Name<newline>NIP' becomes an invalid "
        "NIP ('JokoLubis,SST1979...') and no name column is left (missing_name on every row)"
    ),
    ("laravel_nama_nip", "names"): "'Nama/NIP' is read as the NIP column only: every row has name None",
    ("ci_daftar_peserta_xls", "nips"): (
        "header 'NUPTK/PTK ID/KTP' matches the NIK pattern (\\bktp\\b) and is dropped as sensitive, though the "
        "exporter writes the NIP into it: 14 valid NIPs become nip_status 'missing' (gender unknown); "
        "--map 'NUPTK/PTK ID/KTP=nip' recovers all 14"
    ),
}


def _run(path: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "loaders", str(path), "--json"], cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert proc.returncode in (0, 1, 2), proc.stderr
    (entry,) = json.loads(proc.stdout)["files"]
    assert "error" not in entry, entry["error"]
    return dict(entry)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Loaded:
    """Build every layout once and load it once as a whole process (the error text when refused)."""
    out: Loaded = {}
    for name, build in REAL_LAYOUTS.items():
        expected = build(tmp_path_factory.mktemp(name))
        try:
            out[name] = (expected, _run(expected.path))
        except AssertionError as exc:
            out[name] = (expected, str(exc))
    return out


def _cases(check: str) -> list[Any]:
    cases = []
    for name in REAL_LAYOUTS:
        reason = LOAD_FAILS.get(name) or CHECK_FAILS.get((name, check))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(name, marks=marks, id=name))
    return cases


def _entry(loaded: Loaded, name: str) -> tuple[Expected, dict[str, Any]]:
    expected, entry = loaded[name]
    assert isinstance(entry, dict), f"{expected.path.name} refused: {entry}"
    return expected, entry


@pytest.mark.parametrize("name", _cases("counts"))
def test_participants_and_cohorts(loaded: Loaded, name: str) -> None:
    expected, entry = _entry(loaded, name)
    assert entry["summary"]["participants"] == expected.participants
    cohorts = entry["cohorts"]
    assert len(cohorts) == expected.cohorts
    if expected.cohort_sizes:
        assert sorted(c["n_participants"] for c in cohorts) == sorted(expected.cohort_sizes)
    if expected.dates:
        assert (cohorts[0]["start_date"], cohorts[0]["end_date"]) == expected.dates


@pytest.mark.parametrize("name", _cases("sectors"))
def test_sector_split(loaded: Loaded, name: str) -> None:
    expected, entry = _entry(loaded, name)
    by_sector = {k: v for k, v in entry["summary"]["by_sector"].items() if v}
    assert by_sector == dict(expected.by_sector)
    assert sum(by_sector.values()) == entry["summary"]["participants"]


@pytest.mark.parametrize("name", _cases("nips"))
def test_nips_kept_and_damage_flagged(loaded: Loaded, name: str) -> None:
    expected, entry = _entry(loaded, name)
    status = Counter(p["nip_status"] for p in entry["participants"])
    if expected.valid_nips is not None:
        assert status["pns"] + status["pppk"] == expected.valid_nips
    assert status["damaged"] == expected.damaged_nips


@pytest.mark.parametrize("name", _cases("names"))
def test_every_participant_has_a_name(loaded: Loaded, name: str) -> None:
    _, entry = _entry(loaded, name)
    assert all(p["name"] for p in entry["participants"])
    assert not [i for i in entry["issues"] if i["code"] == "missing_name"]


def test_recap_layouts_name_their_cohorts(loaded: Loaded) -> None:
    """The Latsar recap splits by its Angkatan column (numbers read as Roman numerals), program from the sheet."""
    _, entry = _entry(loaded, "sarprasv1_latsar")
    assert [(c["program"], c["angkatan"], c["year"]) for c in entry["cohorts"]] == [
        ("Pelatihan Dasar CPNS", a, 2023) for a in ("I", "II", "III")
    ]
    _, entry = _entry(loaded, "sarprasv1_diklat")
    assert [(c["angkatan"], c["year"]) for c in entry["cohorts"]] == [("I", 2024), ("II", 2024)]


def test_title_paragraph_of_an_html_export_names_the_cohort(loaded: Loaded) -> None:
    _, entry = _entry(loaded, "ci_daftar_peserta_xls")
    (cohort,) = entry["cohorts"]
    assert (cohort["program"], cohort["angkatan"], cohort["year"]) == (
        "Diklat Penguatan Kepala Sekolah",
        "III",
        2024,
    )


@pytest.mark.xfail(strict=True, reason=LOAD_FAILS["webcourse_ikut_pelatihan"])
def test_program_per_row_report_keeps_acronyms(
    loaded: Loaded,
) -> None:
    _, entry = _entry(loaded, "webcourse_ikut_pelatihan")
    assert sorted(c["program"] for c in entry["cohorts"]) == [
        "Bimtek Penyusunan SKP", "Pelatihan Barang dan Jasa Pemerintah", "Pelatihan Kepemimpinan Pengawas",
    ]  # fmt: skip


@pytest.mark.xfail(strict=True, reason=LOAD_FAILS["laravel_nama_nip"])
def test_merged_title_cell_gives_program_angkatan_year(
    loaded: Loaded,
) -> None:
    _, entry = _entry(loaded, "laravel_nama_nip")
    (cohort,) = entry["cohorts"]
    assert (cohort["program"], cohort["angkatan"], cohort["year"]) == (
        "Diklat Teknis Pengelolaan Arsip Dinamis", "II", 2024,
    )  # fmt: skip
