"""`python -m loaders FILE --json` is a public interface: its shape and exit codes are fixed."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest

from benchmarks.rosters import write_messy_xlsx
from loaders import RosterError, read_roster
from loaders.overrides import load_overrides
from loaders.roster import LoadResult
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


def test_instansi_option_names_every_participants_agency_of_files_without_the_column(tmp_path: Path) -> None:
    """Two files in one call: the one without an instansi column loads with the officer's agency (refused
    without it), the one with the column keeps its values with a note; the JSON keys stay the same."""
    from tests.real_layouts import REAL_LAYOUTS

    (tmp_path / "bare").mkdir()
    bare = REAL_LAYOUTS["laravel_nama_nip"](tmp_path / "bare")
    roster = b.xlsx_roster(tmp_path)
    before = run_cli(str(bare.path), str(roster.path), "--json")
    assert before.returncode == 2
    refused, plain = json.loads(before.stdout)["files"]
    assert refused["error"]["code"] == "no_roster" and "--instansi 'Nama Instansi'" in refused["error"]["message"]
    proc = run_cli(str(bare.path), str(roster.path), "--json", "--instansi", "Dinas Kesehatan Kabupaten Malang")
    assert proc.returncode == 0, proc.stderr
    first, second = json.loads(proc.stdout)["files"]
    assert first.keys() == second.keys() == plain.keys()
    assert first["summary"]["participants"] == 11
    assert first["summary"]["by_sector"] == {"regional": 11}
    assert first["summary"]["by_province"] == {"Jawa Timur": 11}
    assert {p["instansi"] for p in first["participants"]} == {"Dinas Kesehatan Kabupaten Malang"}
    (note,) = [i for i in first["issues"] if i["code"] == "instansi_from_officer"]
    assert note["sheet"] == "Worksheet" and "'Dinas Kesehatan Kabupaten Malang'" in note["message"]
    assert "lembar 'Worksheet'" in note["message"]
    assert second["summary"] == plain["summary"]
    assert second["summary"]["by_sector"] == {"central": 14, "regional": 12}
    assert second["participants"] == plain["participants"]
    (ignored,) = [i for i in second["issues"] if i["code"] == "instansi_from_officer_ignored"]
    assert ignored["severity"] == "warning" and "Dinas Kesehatan Kabupaten Malang" in ignored["message"]
    summary = run_cli(str(bare.path), str(roster.path), "--instansi", "Kantor SAR Padang")
    assert summary.returncode == 0 and "Peserta: 11\n     Kementerian/Lembaga: 11\n" in summary.stdout
    assert "pilihan 'semua peserta dari Kantor SAR Padang' tidak dipakai" in summary.stdout  # a warning: shown


def test_instansi_option_is_explained_in_indonesian() -> None:
    proc = run_cli("--help")
    assert proc.returncode == 0
    assert "--instansi TEKS" in proc.stdout and "semua peserta berasal dari instansi TEKS" in proc.stdout
    assert "tidak punya kolom" in proc.stdout


# --- the JSON stays byte for byte what the row-by-row writer gave (issue 14: the command line is slow) ---


def _none(value: object) -> Any:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    return value


def _iso(value: object) -> str | None:
    value = _none(value)
    if value is None or value is pd.NaT:
        return None
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)  # type: ignore[attr-defined]


def reference_entry(result: LoadResult) -> dict[str, Any]:
    """One file's JSON entry as the CLI built it before issue 14: a dict per participant row."""
    records = [
        {
            "sheet": rec["sheet"],
            "row": int(rec["row"]),
            "name": _none(rec["name"]),
            "nip": _none(rec["nip"]),
            "nip_status": rec["nip_status"],
            "gender": _none(rec["gender"]),
            "birth_date": _iso(rec["birth_date"]),
            "instansi": _none(rec["instansi"]),
            "agency": _none(rec["agency"]),
            "sector": rec["sector"],
            "level": _none(rec["level"]),
            "province": _none(rec["province"]),
            "issues": list(rec["issues"]),
        }
        for rec in result.participants.to_dict("records")
    ]
    return {
        "file": result.file,
        "format": result.kind,
        # the keys issue 14 added to each cohort (n_participants, rows) come after the old ones, then "sheets"
        # (every sheet holding the cohort's people: more than one when a list is printed one page per sheet)
        "cohorts": [
            {
                **c.to_dict(),
                "n_participants": c.n_participants,
                "rows": list(c.rows) if c.rows else None,
                "sheets": list(c.sheets),
            }
            for c in result.cohorts
        ],
        "participants": records,
        "summary": result.summary(),
        "issues": [i.to_dict() for i in result.issues],
    }


def reference_document(paths: list[Path]) -> str:
    """The whole --json document as the old writer printed it (json.dump, indent=1, then a newline)."""
    entries = []
    for path in paths:
        try:
            entries.append(reference_entry(read_roster(path, overrides=load_overrides() or None)))
        except RosterError as exc:
            entries.append({"file": path.name, "error": exc.to_dict()})
    return json.dumps({"version": 1, "files": entries}, ensure_ascii=False, indent=1) + "\n"


def tricky_rosters(tmp_path: Path) -> list[Path]:
    """Text JSON must escape or keep as is: quotes, backslashes, control characters, non-Latin scripts,
    emoji; birth dates from a column (pre-1970 too), missing names, NIPs and instansi."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Peserta "Ø" 2023 — Ñ'
    ws.append(["DAFTAR PESERTA PELATIHAN KEPEMIMPINAN PENGAWAS ANGKATAN II TAHUN 2023"])
    ws.append(["Nama", "NIP", "L/P", "Tempat/Tgl Lahir", "Instansi"])
    nip = b.sample_people(1)[0].nip
    rows: list[list[object]] = [
        ['Budi "Kancil" Santoso', nip, "L", "Bandung, 1 Januari 1960", "Kementerian Keuangan"],
        ["Siti \\ Aminah", None, "P", dt.datetime(1949, 12, 31), "Pemkot Bogor"],
        ["Dewi Lestari", "12345", "P", "Medan / 03-04-1975", 'Dinas "Baru" Kota \\ Antah'],
        ["Ni Luh Ayu Ṣ́ 😀 李小龍", "NIP. 19850101 201001 2 001", "P", None, "BKPSDM Kabupaten Bogor"],
        [None, "1.96608E+17", None, "1901-02-03", None],
        ["Muhammad  Ma'ruf\u2028Jr", 196608011988031001, "L", "", "Kemenkeu"],
        ['Budi "Kancil" Santoso', nip, "L", "Bandung, 1 Januari 1960", "Kementerian Keuangan"],
    ]
    for row in rows:
        ws.append(row)
    path = tmp_path / "karakter_sulit.xlsx"
    wb.save(path)
    # Control characters cannot be written into xlsx; a CSV carries them (and a file name with quotes).
    csv_path = tmp_path / 'daftar "baru" \\ 2023.csv'
    lines = ["Nama;NIP;L/P;Instansi", f"Dewi\x01Lestari;{nip};P;Pemkot Bogor", "Rudi\x7fHartono;-;L;BKN\x1f"]
    csv_path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return [path, csv_path]


FIXTURE_SETS: dict[str, Any] = {
    "reference_cohort": lambda p: [b.xlsx_roster(p).path],
    "nip_problems_footer_sections": lambda p: [
        b.xlsx_roster(
            p,
            filename="nip_rusak.xlsx",
            nip_as_number="excel15",
            missing_nip=(1, 5, 9),
            footer="both",
            agency_subheaders=True,
            error_values=True,
            formulas_without_cache=True,
        ).path
    ],
    "styles_merged_two_row_header": lambda p: [
        b.xlsx_roster(
            p,
            nip_style="mixed",
            merged_instansi=True,
            two_row_header=True,
            number_row=True,
            gender_style="long",
        ).path
    ],
    "several_sheets": lambda p: [b.multi_sheet_xlsx(p).path],
    "csv_ods_and_a_rejected_file": lambda p: [
        b.csv_roster(p, nip_style="sci").path,
        b.ods_roster(p).path,
        b.pdf_named_xlsx(p),
        b.empty_file(p),
    ],
    "unicode_quotes_control_characters_dates": tricky_rosters,
    "messy_benchmark_roster": lambda p: [write_messy_xlsx(p / "berantakan.xlsx", 400)],
}


@pytest.mark.parametrize("build", FIXTURE_SETS.values(), ids=FIXTURE_SETS.keys())
def test_json_is_byte_for_byte_the_row_by_row_document(tmp_path: Path, build: Any) -> None:
    paths = build(tmp_path)
    out = tmp_path / "hasil.json"
    proc = run_cli(*map(str, paths), "--json", "-o", str(out))
    assert proc.returncode in (0, 2), proc.stderr
    assert out.read_text(encoding="utf-8") == reference_document(paths)
    assert run_cli(*map(str, paths), "--json").stdout == out.read_text(encoding="utf-8")


def test_reference_writer_agrees_with_the_entry_outline(tmp_path: Path) -> None:
    """The reference writer's entry, without its two long lists, is the CLI's outline (render.entry_outline)."""
    from loaders.render import entry_outline

    for path in FIXTURE_SETS["unicode_quotes_control_characters_dates"](tmp_path):
        result = read_roster(path)
        assert entry_outline(result) == {**reference_entry(result), "participants": None, "issues": None}


def test_the_reading_child_never_imports_pandas(tmp_path: Path) -> None:
    """pandas' import is about 0.45 s and 40 MB: the command line's child reads and writes without it."""
    path = write_messy_xlsx(tmp_path / "berantakan.xlsx", 400)
    script = (
        "import sys\n"
        "from loaders.cli import arrow_without_pandas\n"
        "arrow_without_pandas()\n"
        "from loaders import render\n"
        "from loaders.roster import read_roster_columns\n"
        "result = read_roster_columns(sys.argv[1])\n"
        "text = b''.join(render.json_entry(result)) + b''.join(render.summary_text(result))\n"
        "print(len(text) > 0, 'pandas' in sys.modules)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.split() == ["True", "False"], proc.stderr


def test_several_files_import_the_intake_once_and_never_pandas(tmp_path: Path) -> None:
    """With several files the command imports the intake once more, while the first is read, and every later
    child is forked with it ready (each used to import it again: ~0.6 s per file). `-X importtime` is
    inherited by the forked children, so every process's imports are listed on stderr."""
    files = [b.xlsx_roster(tmp_path, filename=f"angkatan_{k}.xlsx").path for k in range(4)]
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "loaders", *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    imported = [line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if "|" in line]
    # The first file's child (forked before it) and this process; the three later children not at all.
    assert imported.count("loaders.roster") == 2
    # "pandas" itself is listed where pyarrow's attempt is refused (arrow_without_pandas); none of its modules
    assert not [name for name in imported if name.startswith("pandas.")]
    assert proc.stdout.count("Peserta: 26") == 4


def test_summary_and_json_to_a_file_match_stdout(tmp_path: Path) -> None:
    roster = b.xlsx_roster(tmp_path)
    out = tmp_path / "ringkasan.txt"
    assert run_cli(str(roster.path), "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == run_cli(str(roster.path)).stdout
    assert "Peserta: 26" in out.read_text(encoding="utf-8")


def test_a_reader_that_aborts_loses_no_other_file(tmp_path: Path) -> None:
    """python-calamine aborts the whole process on a cell at XFD1048576: only the child goes down."""
    crash = b.max_cell_xlsx(tmp_path).path
    good = b.csv_roster(tmp_path).path
    out = tmp_path / "hasil.json"
    proc = run_cli(str(crash), str(good), "--json", "-o", str(out))
    files = json.loads(out.read_text(encoding="utf-8"))["files"]
    if "error" in files[0]:  # a bounded reader may load this file one day (issue 14, item 5)
        assert proc.returncode == 2 and files[0]["error"]["code"] == "crashed"
    assert files[1] == json.loads(reference_document([good]))["files"][0]


# The reading child writes a file's entry straight into the output file (-o); here its renderer writes part
# of the first file's entry and then fails, as a child that dies or runs out of memory while writing would.
FAILING_RENDER = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from loaders import render\n"
    "real = render.json_entry\n"
    "def failing(result, depth=2):\n"
    "    if result.file != Path(sys.argv[2]).name:\n"
    "        yield from real(result, depth)\n"
    "        return\n"
    "    yield b'PARTIAL ENTRY ' * 100_000\n"
    "    if sys.argv[1] == 'dies':\n"
    "        os._exit(1)\n"
    "    raise MemoryError\n"
    "render.json_entry = failing\n"
    "from loaders.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


@pytest.mark.parametrize("failure", ["dies", "out_of_memory"])
def test_a_child_failing_while_it_writes_leaves_no_part_of_its_output(tmp_path: Path, failure: str) -> None:
    """The file is cut back to where the entry began: a child that died is read again in the sandbox (whose
    renderer is the real one), one that reported an error leaves the error entry; the next file follows."""
    first, second = b.xlsx_roster(tmp_path).path, b.csv_roster(tmp_path).path
    out = tmp_path / "hasil.json"
    proc = subprocess.run(
        [sys.executable, "-c", FAILING_RENDER, failure, str(first), str(second), "--json", "-o", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    written = out.read_text(encoding="utf-8")
    assert "PARTIAL" not in written
    if failure == "dies":
        assert proc.returncode == 0, proc.stderr
        assert written == reference_document([first, second])
    else:
        assert proc.returncode == 2, proc.stderr
        files = json.loads(written)["files"]
        assert files[0]["error"]["code"] == "too_large"
        assert files[1] == json.loads(reference_document([second]))["files"][0]


# The output file may take at most 2,000 bytes (RLIMIT_FSIZE; SIGXFSZ ignored, so a write fails with EFBIG
# instead of killing the process), as a full disk would: the reading child writes the entry itself and fails.
FILE_SIZE_LIMIT = (
    "import resource, signal, sys\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))\n"
    "from loaders.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.mark.parametrize("where", ["file", "device"])
def test_an_output_that_cannot_be_written_is_reported_not_a_traceback(tmp_path: Path, where: str) -> None:
    roster = b.xlsx_roster(tmp_path).path
    if where == "file":  # the child writes it (a regular file), and the file fills up
        out = tmp_path / "hasil.json"
        command = [sys.executable, "-c", FILE_SIZE_LIMIT, str(roster), "--json", "-o", str(out)]
    else:  # the parent writes it (not a regular file)
        out = Path("/dev/full")
        command = [sys.executable, "-m", "loaders", str(roster), "--json", "-o", str(out)]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert f"Tidak dapat menulis ke {out}" in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
    assert "tidak dapat dibaca" not in proc.stderr


def test_timeout_ends_the_child_with_a_clear_error(tmp_path: Path) -> None:
    roster = b.big_roster_csv(tmp_path, 20_000)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from loaders.cli import render_file\n"
        "from loaders.errors import RosterError\n"
        "from loaders.settings import Limits\n"
        "try:\n"
        "    render_file(Path(sys.argv[1]), {}, 'summary_text', Limits(timeout_seconds=0.05))\n"
        "except RosterError as exc:\n"
        "    print(exc.code)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(roster.path)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.stdout.strip() == "timeout", proc.stderr


def _cohort_counts(entry: dict[str, object]) -> list[tuple[object, ...]]:
    """(program, angkatan, year, participants, K/L, Pemda) of each cohort, from the JSON alone."""
    out = []
    for cohort in entry["cohorts"]:  # type: ignore[attr-defined]
        people = [
            p
            for p in entry["participants"]  # type: ignore[attr-defined]
            if p["sheet"] in cohort["sheets"] and (cohort["rows"] is None or p["row"] in cohort["rows"])
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


# --- the reading child's early start (grid.Prefetch) ----------------------------------------------------


def test_prefetch_gives_the_sheets_once_after_the_parser_started(tmp_path: Path) -> None:
    from loaders.grid import Prefetch
    from loaders.settings import DEFAULT_LIMITS

    roster = b.xlsx_roster(tmp_path)
    prefetched = Prefetch(roster.path, DEFAULT_LIMITS)
    prefetched.wait_parsing()
    read = prefetched.result()
    assert [g.name for g in read.grids if g.visible] and read.kind.kind == "xlsx"
    with pytest.raises(RuntimeError, match="once"):
        prefetched.result()


def test_prefetch_wait_is_bounded_and_errors_reach_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read that has not reached the parser yet does not hold the caller past the timeout; a read that
    fails lets it go at once and result() raises the reader's error."""
    import threading

    from loaders import grid
    from loaders.settings import DEFAULT_LIMITS

    release = threading.Event()

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        release.wait(60)
        raise RosterError("corrupt_file", "File ini rusak.")

    monkeypatch.setattr(grid, "read_file", slow_read)
    prefetched = grid.Prefetch(tmp_path / "roster.xlsx", DEFAULT_LIMITS)
    prefetched.wait_parsing(timeout=0.01)
    assert prefetched._thread.is_alive()  # returned on the timeout, the read still running
    release.set()
    prefetched.wait_parsing()
    with pytest.raises(RosterError, match="rusak"):
        prefetched.result()
