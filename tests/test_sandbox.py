"""Hostile and broken files end in one clear RosterError; the server process never crashes or hangs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from loaders import Limits, RosterError, load_roster, load_rosters
from tests import builders as b

# builder -> (error code, words the training officer must read)
HOSTILE_EXPECTED: dict[str, tuple[str, str]] = {
    "empty": ("empty_file", "File kosong"),
    "truncated": ("corrupt_file", "rusak atau tidak lengkap"),
    "corrupt_zip": ("corrupt_file", "rusak atau tidak lengkap"),
    "png": ("not_spreadsheet", "gambar PNG"),
    "pdf": ("not_spreadsheet", "dokumen PDF"),
    "encrypted": ("password_protected", "dilindungi kata sandi"),
    "zip_bomb": ("too_large", "terlalu besar setelah diekstrak"),
    "billion_laughs": ("hostile_file", "DOCTYPE/ENTITY"),
    "billion_laughs_sheet": ("hostile_file", "DOCTYPE/ENTITY"),
    "xxe": ("hostile_file", "DOCTYPE/ENTITY"),
    "oversized": ("too_large", "melebihi batas 25 MB"),
    "sparse": ("too_large", "melebihi batas 25 MB"),
    "long_line_csv": ("too_large", "melebihi batas 25 MB"),
    "garbage_csv": ("not_spreadsheet", "data biner"),
}


def test_every_hostile_builder_has_an_expectation() -> None:
    assert set(HOSTILE_EXPECTED) == set(b.HOSTILE) - {"lying_dimension", "max_cell"}


@pytest.mark.parametrize("name", sorted(HOSTILE_EXPECTED))
def test_hostile_file_gives_an_actionable_indonesian_error(name: str, tmp_path: Path) -> None:
    path = Path(os.fspath(b.HOSTILE[name](tmp_path)))
    code, words = HOSTILE_EXPECTED[name]
    with pytest.raises(RosterError, match=words) as err:
        load_roster(path)
    assert err.value.code == code
    assert err.value.message.startswith(f"File '{path.name}'")


def test_lying_dimension_is_read_normally(tmp_path: Path) -> None:
    roster = b.HOSTILE["lying_dimension"](tmp_path)
    assert len(load_roster(Path(os.fspath(roster))).participants) == roster.count  # type: ignore[attr-defined]


def test_xxe_canary_never_reaches_the_data(tmp_path: Path) -> None:
    path = b.xxe_xlsx(tmp_path)
    with pytest.raises(RosterError) as err:
        load_roster(path)
    assert b.XXE_CANARY not in err.value.message


def test_one_bad_file_does_not_lose_the_others(tmp_path: Path) -> None:
    good = b.xlsx_roster(tmp_path, filename="baik.xlsx")
    crash = b.pdf_named_xlsx(tmp_path)
    empty = b.empty_file(tmp_path)
    results = load_rosters([crash, good.path, empty])
    assert [type(r).__name__ for r in results] == ["RosterError", "LoadResult", "RosterError"]
    assert len(results[1].participants) == good.count  # type: ignore[union-attr]


def test_timeout_stops_a_slow_read(tmp_path: Path) -> None:
    roster = b.big_roster_csv(tmp_path, n_rows=20_000)
    with pytest.raises(RosterError, match="batas waktu") as err:
        load_roster(roster, limits=Limits(timeout_seconds=0.05))
    assert err.value.code == "timeout"


def test_memory_limit_turns_into_an_error_not_a_crash(tmp_path: Path) -> None:
    roster = b.big_roster_csv(tmp_path, n_rows=20_000)
    with pytest.raises(RosterError) as err:
        load_roster(roster, limits=Limits(memory_bytes=300 * 1024 * 1024))
    assert err.value.code in {"too_large", "crashed", "unreadable"}


def test_row_limit(tmp_path: Path) -> None:
    roster = b.big_roster_csv(tmp_path, n_rows=2_000)
    with pytest.raises(RosterError, match=r"lebih dari 1\.000 baris") as err:
        load_roster(roster, limits=Limits(max_rows=1_000))
    assert err.value.code == "too_large"


def test_sandboxed_result_equals_in_process_result(tmp_path: Path) -> None:
    from loaders import read_roster

    roster = b.xlsx_roster(tmp_path, two_row_header=True, footer="both")
    inside, outside = read_roster(roster), load_roster(roster)
    from loaders.render import json_entry

    assert b"".join(json_entry(inside)) == b"".join(json_entry(outside))  # the whole --json entry


def test_prepared_sandbox_is_running_and_serves_the_next_read(tmp_path: Path) -> None:
    from multiprocessing import forkserver

    from loaders import prepare_sandbox

    server = forkserver._forkserver  # the one server every sandboxed read forks from
    server._stop()  # as after a server start: no sandbox yet
    assert server._forkserver_pid is None
    prepare_sandbox()
    prepare_sandbox()  # idempotent
    pid = server._forkserver_pid
    assert pid is not None and os.waitpid(pid, os.WNOHANG) == (0, 0)  # started and still running
    result = load_roster(b.xlsx_roster(tmp_path))
    assert len(result.participants) == 26 and server._forkserver_pid == pid  # the read used it


def test_a_stray_cell_at_xfd1048576_is_left_out_with_a_warning(tmp_path: Path) -> None:
    roster = b.max_cell_xlsx(tmp_path, rows=b.sample_people(50))
    result = load_roster(roster.path)  # used to be refused: calamine aborts the process on that cell
    assert len(result.participants) == 50
    assert result.summary()["by_sector"] == roster.count_by("sector")
    (far,) = [i for i in result.issues if i.code == "far_cells"]
    assert far.severity == "warning" and far.sheet == "Peserta" and "XFD1048576" in far.message


def test_a_far_cell_without_a_dimension_is_read_after_the_parser_gives_up(tmp_path: Path) -> None:
    roster = b.max_cell_xlsx(tmp_path, rows=b.sample_people(50), filename="tanpa_dimensi.xlsx")
    b.rewrite_zip(
        roster.path,
        {"xl/worksheets/sheet1.xml": lambda xml: re.sub(rb"<dimension [^>]*/>", b"", xml, count=1)},
    )
    result = load_roster(roster.path)
    assert len(result.participants) == 50
    assert "XFD1048576" in next(i.message for i in result.issues if i.code == "far_cells")


def test_a_page_script_as_main_module_is_not_run_in_the_sandbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While Streamlit runs a page, sys.modules["__main__"] is a module whose __file__ is the dashboard's
    script; multiprocessing would run that file again in the sandbox child (a page that stops its run there,
    as st.rerun does, ended the read as a crash). The script here leaves a mark and fails if it is run."""
    import sys
    import types

    mark = tmp_path / "dijalankan"
    script = tmp_path / "halaman.py"
    script.write_text(f"open({str(mark)!r}, 'w').close()\nraise AssertionError('unreachable')\n", encoding="utf-8")
    page = types.ModuleType("__main__")
    page.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", page)
    result = load_roster(b.xlsx_roster(tmp_path).path)
    assert len(result.participants) == 26
    assert not mark.exists()
    assert sys.modules["__main__"] is page  # put back after the child started
