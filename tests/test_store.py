"""The store on SQLite and PostgreSQL: saving cohorts, the facts contract, queries, deletion, backup, migrations."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import read_roster
from loaders.report import Issue, make_issue
from loaders.schema import LEVELS, PARTICIPANT_COLUMNS, SECTORS
from store import Store, StoreError, cohort_uploads, open_store, seed_samples
from store import backup as store_backup
from store import engine as store_engine
from store.backup import check_backup, escape_text, export_backup, restore_backup, unescape_text
from store.schema import metadata
from tests.factories import (
    DIMENSIONS,
    EXPECTED,
    REFERENCE,
    assert_facts_add_up,
    dump,
    person,
    reference_upload,
    sample,
    small_upload,
)

ROOT = Path(__file__).resolve().parents[1]
COHORT_COLUMNS = [
    "cohort_id", "program", "angkatan", "year", "start_date", "end_date", "venue", "sheet", "source_file",
    "file_sha256", "uploaded_by", "uploaded_at", "n_participants", "is_sample",
]  # fmt: skip
FACT_COLUMNS = ["cohort_id", "sector", "level", "province", "dimension", "value", "n"]


# --- helpers shared with test_store_reliability.py ---------------------------------------------------------


# --- saving the reference cohort --------------------------------------------------------------------------


def test_reference_cohort_saved_with_26_participants_14_central_12_regional(store: Store):
    assert store.is_empty()
    before = store.generation()
    cohort_id = store.save_cohort(reference_upload(), user="admin")
    assert store.generation() == before + 1
    assert not store.is_empty()

    cohorts = store.cohorts()
    assert list(cohorts.columns) == COHORT_COLUMNS
    row = cohorts.iloc[0]
    assert (row["cohort_id"], row["n_participants"]) == (cohort_id, 26)
    assert (row["program"], row["angkatan"], row["year"]) == ("Pelatihan Coaching dan Mentoring", "IV", 2023)
    assert (row["start_date"], row["end_date"]) == (date(2023, 9, 5), date(2023, 9, 8))
    assert type(row["start_date"]) is date
    assert str(cohorts["uploaded_at"].dt.tz) == "UTC"
    assert (row["uploaded_by"], row["is_sample"], row["source_file"]) == ("admin", False, REFERENCE)

    facts = store.facts()
    assert list(facts.columns) == FACT_COLUMNS
    assert facts.dtypes.to_dict() == {
        "cohort_id": "int64", "sector": "str", "level": "str", "province": "str", "dimension": "str",
        "value": "str", "n": "int64",
    }  # fmt: skip
    totals = facts[facts["dimension"] == "total"]
    assert totals.groupby("sector")["n"].sum().to_dict() == {"central": 14, "regional": 12}
    assert set(facts["dimension"]) == DIMENSIONS
    assert (facts.loc[facts["dimension"] == "total", "value"] == "").all()
    assert_facts_add_up(facts)
    genders = facts[facts["dimension"] == "gender"].groupby("value")["n"].sum()
    assert genders.sum() == 26 and set(genders.index) <= {"L", "P", ""}
    assert set(facts.loc[facts["dimension"] == "age", "value"]) <= {
        "<30",
        "30-39",
        "40-49",
        "50-59",
        "60+",
        "",
    }


def test_participants_keep_the_intake_columns_and_derived_ones(store: Store):
    upload = reference_upload()
    cohort_id = store.save_cohort(upload, user="admin")
    frame, total = store.participants([cohort_id])
    assert total == 26 and len(frame) == 26
    assert list(frame.columns) == [
        "cohort_id",
        *PARTICIPANT_COLUMNS,
        "golongan_group",
        "age_band",
        "person_key",
    ]
    original = upload.participants
    for column in ("name", "nip", "instansi", "sector", "golongan", "row"):
        assert frame[column].tolist() == original[column].tolist(), column
    assert frame["birth_date"].tolist() == original["birth_date"].tolist()
    assert frame["issues"].tolist() == original["issues"].tolist()
    assert frame["person_key"].str.startswith("nip:").all()
    assert set(frame["golongan_group"].dropna()) <= {"I", "II", "III", "IV", "PPPK"}


@pytest.mark.parametrize(
    ("birth", "start", "year", "band"),
    [
        (date(1994, 9, 6), date(2023, 9, 5), 2023, "<30"),  # 28 the day before the birthday
        (date(1993, 9, 5), date(2023, 9, 5), 2023, "30-39"),  # 30 on the first day
        (date(1974, 1, 1), None, 2023, "40-49"),  # no start date: 1 July 2023 -> 49
        (date(1973, 7, 2), None, 2023, "40-49"),  # 49 on 1 July
        (date(1963, 7, 1), None, 2023, "60+"),
        (date(1970, 1, 1), None, None, None),  # no date and no year: unknown
        (None, date(2023, 9, 5), 2023, None),
    ],
)
def test_age_band_at_the_cohort_start(store: Store, birth, start, year, band):
    upload = small_upload("I", [person(1, birth_date=birth)], start_date=start, end_date=start, year=year)
    cohort_id = store.save_cohort(upload, user="admin")
    frame, _ = store.participants([cohort_id])
    assert frame["age_band"].iloc[0] == band if band else pd.isna(frame["age_band"].iloc[0])
    ages = store.facts([cohort_id]).query("dimension == 'age'")
    assert ages["value"].tolist() == [band or ""]


def test_facts_coalesce_unknowns(store: Store):
    rows = [person(1, sector=None, level=None, province=None, agency=None, gender=None, golongan=None,
                   birth_date=None)]  # fmt: skip
    cohort_id = store.save_cohort(small_upload("I", rows), user="admin")
    facts = store.facts([cohort_id])
    assert set(facts["sector"]) == {"unknown"}
    assert set(facts["level"]) == {""} and set(facts["province"]) == {""} and set(facts["value"]) == {""}
    assert sorted(facts["dimension"]) == sorted(DIMENSIONS)


def test_agency_facts_are_the_facts_of_that_agencys_people(store: Store):
    """A click on an agency's bar: every breakdown narrowed to its participants (all dimensions)."""
    from peserta.facts import facts_from_participants

    bkn = {"agency": "BKN", "sector": "central", "level": "agency", "province": None}
    rows = [person(1, **bkn), person(2, **bkn), person(3, agency="Pemerintah Kota Bogor")]
    first = store.save_cohort(small_upload("I", rows), user="admin")
    second = store.save_cohort(small_upload("II", [person(4, **bkn)]), user="admin")
    narrowed = store.agency_facts(["BKN"])
    frame, _ = store.participants(None, limit=None)
    expected = facts_from_participants(frame[frame["agency"] == "BKN"])
    key = ["cohort_id", "dimension", "sector", "level", "province", "value", "n"]
    as_rows = lambda facts: sorted(map(tuple, facts[key].astype(str).to_numpy().tolist()))  # noqa: E731
    assert as_rows(narrowed) == as_rows(expected)
    assert int(narrowed.loc[narrowed["dimension"] == "total", "n"].sum()) == 3
    assert set(narrowed["cohort_id"]) == {first, second}
    assert store.agency_facts([]).empty and store.agency_facts(["Tidak ada"]).empty
    rows, total = store.participants(None, agencies=["BKN"], limit=None)
    assert total == 3 and set(rows["agency"]) == {"BKN"}


def test_facts_read_exactly_whatever_the_text_holds(store: Store):
    from store import facts as store_facts

    odd = ["Unit\x1fSatu", "Baris\nbaru", 'Kutip "x", koma', "", "Ümlaut ñ", "1,5"]
    rows = [person(i, agency=text, province=text or None) for i, text in enumerate(odd)]
    store.save_cohort(small_upload("I", rows), user="admin")
    store.save_cohort(small_upload("II", [person(i) for i in range(4)]), user="admin")
    facts = store.facts()
    with store.engine.connect() as conn:
        slow = store_facts._read_rows(conn, None)
    key = list(facts.columns)
    pd.testing.assert_frame_equal(
        facts.sort_values(key).reset_index(drop=True), slow.sort_values(key).reset_index(drop=True)
    )
    assert set(odd) <= set(facts.loc[facts["dimension"] == "agency", "value"])
    assert_facts_add_up(facts)


def test_facts_with_line_breaks_are_read_without_the_row_by_row_fallback(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    from store import facts as store_facts

    odd = ["Baris\nbaru", "Kembali\rke awal", "Unit\x1fSatu", "Tab\tdi tengah", ""]
    store.save_cohort(small_upload("I", [person(i, agency=text) for i, text in enumerate(odd)]), user="admin")

    def row_by_row(*_: Any) -> None:
        raise AssertionError("the row-by-row read is for other databases only")

    monkeypatch.setattr(store_facts, "_rows_table", row_by_row)
    facts = store.facts()
    assert set(odd) <= set(facts.loc[facts["dimension"] == "agency", "value"])
    assert_facts_add_up(facts)


# --- the dashboard's read and its on-disk snapshot ------------------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data directory: the snapshots of this test only."""
    monkeypatch.setenv("DASBOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "cache"


def snapshot_files(cache: Path) -> list[str]:
    return sorted(path.name for path in cache.glob("*.arrow")) if cache.exists() else []


def without_database_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, reading the facts from the database fails the test (the snapshot must serve them)."""
    from store import facts as store_facts

    def no_database(*_: Any, **__: Any) -> None:
        raise AssertionError("facts read from the database, not from the snapshot")

    monkeypatch.setattr(store_facts, "read_facts_categorical", no_database)


def assert_frames_match_the_database(store: Store) -> None:
    from peserta.facts import prepare_facts

    frames = store.read_frames()
    assert frames.generation == store.generation()
    pd.testing.assert_frame_equal(frames.cohorts, store.cohorts())
    pd.testing.assert_frame_equal(frames.facts, prepare_facts(store.facts()))


def test_read_frames_equal_the_stores_frames_and_come_from_the_snapshot_next_time(
    db_url: str, cache: Path, monkeypatch: pytest.MonkeyPatch
):
    store = open_store(db_url)
    store.save_cohort(reference_upload(), user="admin")
    odd = ["Baris\nbaru", 'Kutip "x", koma', "Ümlaut ñ", ""]
    store.save_cohort(small_upload("I", [person(i, agency=text) for i, text in enumerate(odd)]), user="admin")
    assert snapshot_files(cache) == []
    assert_frames_match_the_database(store)
    generation = store.generation()
    files = snapshot_files(cache)
    assert [name.rsplit("-g", 1)[1] for name in files] == [
        f"{generation}.cohorts.arrow",
        f"{generation}.facts.arrow",
    ]
    assert all(sa.make_url(db_url).database not in name for name in files)  # the URL is hashed

    restarted = open_store(db_url)  # another server process: nothing in memory
    expected = restarted.read_frames()
    without_database_facts(monkeypatch)
    frames = open_store(db_url).read_frames()
    assert frames.generation == generation
    pd.testing.assert_frame_equal(frames.cohorts, expected.cohorts)
    pd.testing.assert_frame_equal(frames.facts, expected.facts)
    assert all(isinstance(frames.facts[c].dtype, pd.CategoricalDtype) for c in ("sector", "value"))
    for path in cache.glob("*.arrow"):  # truncated in place: a frame still mapped onto it would crash here
        path.write_bytes(b"")
    assert frames.facts["n"].sum() == 5 * (26 + len(odd))  # each of the 5 dimensions counts everyone
    assert frames.facts["value"].cat.codes.sum() == expected.facts["value"].cat.codes.sum()
    store.close()


def test_a_write_makes_the_snapshot_stale_and_it_is_not_used(
    db_url: str, cache: Path, caplog: pytest.LogCaptureFixture
):
    store = open_store(db_url)
    store.save_cohort(reference_upload(), user="admin")
    before = store.read_frames()
    old_files = {path.name: path.read_bytes() for path in cache.glob("*.arrow")}
    store.save_cohort(small_upload("I", [person(i) for i in range(5)]), user="admin")
    after = store.read_frames()
    assert after.generation == before.generation + 1
    assert len(after.cohorts) == 2 and after.facts.query("dimension == 'total'")["n"].sum() == 31
    assert set(snapshot_files(cache)).isdisjoint(old_files)  # the older generation's files are removed
    assert_frames_match_the_database(store)

    # The old snapshot's files under the new generation's names (a copy, a clock gone wrong): refused.
    for name, data in old_files.items():
        (cache / name.replace(f"-g{before.generation}.", f"-g{after.generation}.")).write_bytes(data)
    frames = open_store(db_url).read_frames()
    assert len(frames.cohorts) == 2 and frames.facts.query("dimension == 'total'")["n"].sum() == 31
    assert "tidak terbaca" in caplog.text
    store.close()


def test_a_store_created_anew_at_the_same_url_does_not_use_the_old_snapshot(tmp_path: Path, cache: Path):
    url = f"sqlite:///{tmp_path / 'dasbor.sqlite3'}"
    first = open_store(url)
    first.save_cohort(reference_upload(), user="admin")
    generation = first.read_frames().generation
    first.close()
    for path in tmp_path.glob("dasbor.sqlite3*"):
        path.unlink()
    second = open_store(url)
    second.save_cohort(small_upload("I", [person(i) for i in range(26)]), user="admin")
    assert second.generation() == generation and snapshot_files(cache)  # same URL, same generation
    frames = second.read_frames()
    assert frames.cohorts["program"].tolist() == ["Pelatihan Uji Coba"]
    assert_frames_match_the_database(second)
    second.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: b"kosong" * 100,
        lambda data: data[: len(data) // 2],
        lambda data: data[:-40] + b"\x00" * 40,
    ],
    ids=["empty", "not arrow", "cut in half", "footer overwritten"],
)
def test_a_damaged_snapshot_falls_back_to_the_database_and_is_written_again(
    db_url: str, cache: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, damage: Any
):
    store = open_store(db_url)
    store.save_cohort(reference_upload(), user="admin")
    expected = store.read_frames()
    (facts_file,) = cache.glob("*.facts.arrow")
    facts_file.write_bytes(damage(facts_file.read_bytes()))
    frames = open_store(db_url).read_frames()
    pd.testing.assert_frame_equal(frames.facts, expected.facts)
    pd.testing.assert_frame_equal(frames.cohorts, expected.cohorts)
    assert "tidak terbaca" in caplog.text
    without_database_facts(monkeypatch)  # the snapshot was written again, whole
    pd.testing.assert_frame_equal(open_store(db_url).read_frames().facts, expected.facts)
    store.close()


def test_one_flipped_byte_in_the_counts_never_shows_wrong_numbers(
    db_url: str, cache: Path, caplog: pytest.LogCaptureFixture
):
    """The attack: one byte of the facts' n column changed on disk (the file still reads as valid Arrow)."""
    import pyarrow as pa

    store = open_store(db_url)
    store.save_cohort(reference_upload(), user="admin")
    expected = store.read_frames()
    (facts_file,) = cache.glob("*.facts.arrow")
    with pa.memory_map(str(facts_file)) as source:
        whole = source.read_buffer()
        counts = pa.ipc.open_file(whole).read_all().column("n").chunk(0).buffers()[1]
        offset = counts.address - whole.address  # where the first count's bytes are in the file
    data = bytearray(facts_file.read_bytes())
    data[offset] ^= 0x40  # the first count grows by 64
    facts_file.write_bytes(bytes(data))

    frames = open_store(db_url).read_frames()
    pd.testing.assert_frame_equal(frames.facts, expected.facts)
    assert frames.facts.query("dimension == 'total'")["n"].sum() == 26
    assert "tidak terbaca" in caplog.text and "checksum" in caplog.text
    assert facts_file.read_bytes() != bytes(data)  # the damaged file was dropped and written again, whole
    store.close()


def test_read_frames_of_an_empty_store(db_url: str, cache: Path):
    store = open_store(db_url)
    for _ in range(2):  # from the database, then from the snapshot
        frames = store.read_frames()
        assert frames.cohorts.empty and list(frames.cohorts.columns) == COHORT_COLUMNS
        assert frames.facts.empty and list(frames.facts.columns) == FACT_COLUMNS
        assert isinstance(frames.facts["dimension"].dtype, pd.CategoricalDtype)
    assert len(snapshot_files(cache)) == 2
    store.close()


def test_facts_come_grouped_by_dimension(db_url: str, cache: Path):
    """One run of rows per dimension (the statistics read each as a slice), from the database and the snapshot."""
    store = open_store(db_url)
    for angkatan in ("I", "II"):
        store.save_cohort(small_upload(angkatan, [person(i) for i in range(3)]), user="admin")
    for facts in (store.facts(), store.read_frames().facts, open_store(db_url).read_frames().facts):
        dimensions = facts["dimension"].astype(str).tolist()
        runs = [d for i, d in enumerate(dimensions) if i == 0 or dimensions[i - 1] != d]
        assert runs == sorted(set(dimensions)) == ["age", "agency", "gender", "golongan", "total"]
    store.close()


def test_an_unwritable_cache_costs_speed_not_the_page(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("DASBOR_DATA_DIR", str(blocker))
    store = open_store(db_url)
    store.save_cohort(reference_upload(), user="admin")
    assert store.read_frames().facts.query("dimension == 'total'")["n"].sum() == 26
    assert "tidak dapat ditulis" in caplog.text
    store.close()


def test_seed_samples_loads_every_sample_cohort_once(store: Store):
    assert seed_samples(store) == sum(len(f["cohorts"]) for f in EXPECTED["files"].values())
    cohorts = store.cohorts()
    assert cohorts["is_sample"].all() and set(cohorts["uploaded_by"]) == {"contoh"}
    facts = store.facts()
    assert_facts_add_up(facts)
    totals = facts[facts["dimension"] == "total"].groupby(["cohort_id", "sector"])["n"].sum()
    for name, entry in EXPECTED["files"].items():
        for expected in entry["cohorts"]:
            match = cohorts[(cohorts["source_file"] == name) & (cohorts["sheet"] == expected["sheet"])]
            assert len(match) == 1, (name, expected["sheet"])
            row = match.iloc[0]
            assert (row["program"], row["angkatan"], row["year"]) == (
                expected["program"], expected["angkatan"], expected["year"]
            )  # fmt: skip
            assert row["start_date"] == date.fromisoformat(expected["start_date"])
            assert row["n_participants"] == expected["total"]
            by_sector = totals.loc[row["cohort_id"]].to_dict()
            assert {s: by_sector.get(s, 0) for s in SECTORS} == {s: expected[s] for s in SECTORS}
    newest_first = [d for d in cohorts["start_date"]]
    assert newest_first == sorted(newest_first, reverse=True)
    generation = store.generation()
    assert seed_samples(store) == 0
    assert store.generation() == generation
    for cohort_id in cohorts["cohort_id"]:  # samples deleted by the user stay deleted
        store.delete_cohort(int(cohort_id), user="admin")
    assert store.is_empty() and seed_samples(store) == 0


# --- replacing, finding, diffing ---------------------------------------------------------------------------


def test_saving_an_existing_cohort_needs_replace(store: Store):
    first = store.save_cohort(reference_upload(), user="admin")
    generation, before = store.generation(), dump(store)
    shouting = reference_upload(program="  PELATIHAN  coaching dan Mentoring ", angkatan="4")
    with pytest.raises(StoreError, match="sudah tersimpan") as caught:
        store.save_cohort(shouting, user="admin")
    assert caught.value.code == "exists"
    assert store.generation() == generation and dump(store) == before

    smaller = reference_upload()
    smaller.participants = smaller.participants.iloc[:20].copy()
    assert store.save_cohort(smaller, user="kedua", replace=True) == first
    cohorts = store.cohorts()
    assert len(cohorts) == 1 and cohorts.iloc[0]["n_participants"] == 20
    assert cohorts.iloc[0]["uploaded_by"] == "kedua"
    assert store.facts().query("dimension == 'total'")["n"].sum() == 20
    assert store.participants([first])[1] == 20
    assert store.audit_log()["action"].tolist()[:2] == ["ganti", "unggah"]


@pytest.mark.parametrize(
    ("program", "angkatan", "year", "found"),
    [
        ("Pelatihan Coaching dan Mentoring", "IV", 2023, True),
        ("pelatihan coaching  DAN mentoring ", "iv", 2023, True),
        ("Pelatihan Coaching dan Mentoring", "4", 2023, True),
        ("Pelatihan Coaching dan Mentoring", "IV", 2024, False),
        ("Pelatihan Coaching dan Mentoring", "III", 2023, False),
        ("Pelatihan Kepemimpinan Pengawas", "IV", 2023, False),
    ],
)
def test_find_cohort_ignores_case_and_spaces(store: Store, program, angkatan, year, found):
    cohort_id = store.save_cohort(reference_upload(), user="admin")
    assert store.find_cohort(program, angkatan, year) == (cohort_id if found else None)


def test_find_by_hash(store: Store):
    cohort_id = store.save_cohort(reference_upload(file_sha256="f" * 64), user="admin")
    assert store.find_by_hash("f" * 64) == [cohort_id]
    assert store.find_by_hash("0" * 64) == []


def test_diff_shows_added_removed_and_changed_people(store: Store):
    upload = reference_upload()
    cohort_id = store.save_cohort(upload, user="admin")
    old = upload.participants
    new = old.drop(index=[0, 1]).copy()
    new.loc[2, "instansi"] = "Dinas Pendidikan Kota Depok"
    new.loc[3, "golongan"] = "IV/b" if old.loc[3, "golongan"] != "IV/b" else "III/a"
    newcomer = old.iloc[[4]].copy()
    newcomer["name"], newcomer["nip"] = "Peserta Baru Fiktif", "199001012015031001"
    new = pd.concat([new, newcomer], ignore_index=True)

    diff = store.diff_cohort(cohort_id, new)
    assert (diff.n_added, diff.n_removed, diff.n_changed, diff.n_same) == (1, 2, 2, 22)
    assert diff.added["name"].tolist() == ["Peserta Baru Fiktif"]
    assert sorted(diff.removed["name"]) == sorted(old.loc[[0, 1], "name"])
    assert list(diff.changed.columns) == ["name", "nip", "instansi", "change"]
    changes = dict(zip(diff.changed["name"], diff.changed["change"], strict=True))
    assert (
        "instansi:" in changes[old.loc[2, "name"]]
        and "Dinas Pendidikan Kota Depok" in changes[old.loc[2, "name"]]
    )
    assert changes[old.loc[3, "name"]].startswith("golongan:")
    for frame in (diff.added, diff.removed, diff.changed):  # NIPs masked: only the 3-digit serial shows
        assert all(n[:-3] == "*" * 15 for n in frame["nip"])

    unchanged = store.diff_cohort(cohort_id, old)
    assert (unchanged.n_added, unchanged.n_removed, unchanged.n_changed, unchanged.n_same) == (0, 0, 0, 26)


# --- deleting ---------------------------------------------------------------------------------------------


def test_delete_cohorts_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch):
    """Removing the sample cohorts is one transaction: a failure midway leaves every one of them."""
    import store.database as database

    ids = [store.save_cohort(small_upload(a, [person(i) for i in range(3)]), user="admin") for a in "ABC"]
    generation = store.generation()
    original = database.delete_cohort_rows
    calls: list[int] = []

    def failing(conn: Any, cohort_ids: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("gagal di tengah jalan")
        return original(conn, cohort_ids)

    monkeypatch.setattr(database, "delete_cohort_rows", failing)
    with pytest.raises(RuntimeError):
        store.delete_cohorts(ids, user="admin")
    assert sorted(store.cohorts()["cohort_id"]) == sorted(ids) and store.participants()[1] == 9
    assert set(store.facts()["cohort_id"]) == set(ids) and store.generation() == generation
    monkeypatch.setattr(database, "delete_cohort_rows", original)
    assert store.delete_cohorts(ids, user="admin") == 9
    assert store.cohorts().empty and store.generation() == generation + 1
    assert list(store.audit_log(3)["action"]) == ["hapus_angkatan"] * 3


def test_delete_cohort(store: Store):
    keep = store.save_cohort(small_upload("I", [person(i) for i in range(3)]), user="admin")
    cohort_id = store.save_cohort(reference_upload(), user="admin")
    generation = store.generation()
    assert store.delete_cohort(cohort_id, user="admin") == 26
    assert store.generation() == generation + 1
    assert store.cohorts()["cohort_id"].tolist() == [keep]
    assert set(store.facts()["cohort_id"]) == {keep}
    assert store.participants()[1] == 3 and set(store.load_issues()["cohort_id"]) <= {keep}
    with pytest.raises(StoreError, match="tidak ada") as caught:
        store.delete_cohort(cohort_id, user="admin")
    assert caught.value.code == "not_found"


def test_delete_person_removes_them_everywhere_and_facts_follow(store: Store):
    upload = reference_upload()
    target = upload.participants.iloc[5]
    issue = make_issue("nip_stored_as_number", sheet=target["sheet"], row=int(target["row"]),
                       detail=f"NIP {target['nip']} tersimpan sebagai angka")  # fmt: skip
    first = store.save_cohort(dataclasses.replace(upload, issues=[*upload.issues, issue]), user="admin")
    second = store.save_cohort(reference_upload(angkatan="V"), user="admin")
    spaced = f"{target['nip'][:8]} {target['nip'][8:14]} {target['nip'][14]} {target['nip'][15:]}"

    assert store.delete_person(spaced, user="admin") == 2
    for cohort_id in (first, second):
        frame, total = store.participants([cohort_id], limit=None)
        assert total == 25 and target["nip"] not in set(frame["nip"])
    cohorts = store.cohorts().set_index("cohort_id")
    assert cohorts.loc[[first, second], "n_participants"].tolist() == [25, 25]
    facts = store.facts()
    assert facts.query("dimension == 'total'").groupby("cohort_id")["n"].sum().to_dict() == {
        first: 25,
        second: 25,
    }
    assert_facts_add_up(facts)
    assert not store.load_issues()["message"].str.contains(target["nip"]).any()
    detail = store.audit_log()["detail"].iloc[0]
    assert target["nip"] not in detail and target["name"] not in detail
    assert store.delete_person(target["nip"], user="admin") == 0
    with pytest.raises(StoreError) as caught:
        store.delete_person("bukan NIP", user="admin")
    assert caught.value.code == "bad_nip"


# --- queries --------------------------------------------------------------------------------------------------


SECRET_NIP = "199107072015031777"
SECRET_NAME = "Rahasia Terhapus Sekali"


def _save_secret_person(store: Store) -> None:
    """One cohort of 3,000 people, one of them the person to delete: enough rows that the indexes have inner
    pages (which hold copies of keys)."""
    people = [
        person(i, nip=SECRET_NIP, name=SECRET_NAME) if i == 1500 else person(i + 5000) for i in range(3000)
    ]
    store.save_cohort(small_upload("I", people), user="admin")


def _delete_while_open(store: Store, finish: Any) -> None:
    """Delete the secret person while another transaction that began before it is open (`finish` ends it
    half a second later), then check the database files for the person's bytes."""
    import threading

    later = threading.Timer(0.5, finish)
    later.start()
    try:
        assert store.delete_person(SECRET_NIP, user="admin") == 1
    finally:
        later.join()
    if store.dialect == "postgresql":
        with store.engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
    files = _database_files(store)
    if not files:
        pytest.skip("the PostgreSQL server's files cannot be read by this process")
    for name, data in files.items():
        assert SECRET_NIP.encode() not in data, name
        assert SECRET_NAME.encode() not in data, name


def _database_files(store: Store) -> dict[str, bytes]:
    """The bytes of the files that hold the store's tables (SQLite: the database and its WAL; PostgreSQL:
    the participants table's and its indexes' files, when this process may read the server's folder)."""
    if store.dialect == "sqlite":
        path = Path(str(store.engine.url.database))
        return {p.name: p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists()}
    with store.engine.connect() as conn:
        try:
            folder = Path(conn.exec_driver_sql("SHOW data_directory").scalar_one())
        except sa.exc.DBAPIError:
            return {}
        relations = conn.exec_driver_sql(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c WHERE c.relname = 'participants' "
            "OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'participants'::regclass)"
        ).scalars()
        files = [folder / relation for relation in relations]
    try:
        return {f.name: f.read_bytes() for f in files if f.exists()}
    except OSError:
        return {}


def test_a_deleted_person_leaves_no_bytes_in_the_database_files(store: Store):
    """The attack: after "delete a person" the NIP was still in the SQLite WAL, and in PostgreSQL's table
    and index files. Enough people that the indexes have inner pages (which hold copies of keys)."""
    _save_secret_person(store)
    store.save_cohort(small_upload("II", [person(i) for i in range(5)]), user="admin")  # more writes after
    with store.engine.connect() as conn:  # a checkpoint: the NIP is now in the database file as well
        if store.dialect == "postgresql":
            conn.exec_driver_sql("CHECKPOINT")
            node = conn.exec_driver_sql("SELECT pg_relation_filenode('participants')").scalar_one()
        else:
            conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
    before = _database_files(store)
    assert not before or any(SECRET_NIP.encode() in data for data in before.values())

    assert store.delete_person(SECRET_NIP, user="admin") == 1
    if store.dialect == "postgresql":
        with store.engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
            assert conn.exec_driver_sql("SELECT pg_relation_filenode('participants')").scalar_one() != node
    after = _database_files(store)
    assert after or store.dialect == "postgresql"  # PostgreSQL: rewritten, checked above; files if readable
    for name, data in after.items():
        assert SECRET_NIP.encode() not in data, name
        assert SECRET_NAME.encode() not in data, name
    assert store.participants(None, limit=None)[1] == 3004


def test_a_deletion_waits_for_a_reader_that_could_still_see_the_person(store: Store):
    """A transaction that began before the deletion (another server's read, an ANALYZE of another table) can
    still see the deleted row: PostgreSQL's VACUUM FULL copies such a row into the new files, and SQLite cannot
    empty the WAL that still holds its pages. The clean-up waits for the reader to end first (here a reader
    holding its snapshot for half a second)."""
    _save_secret_person(store)
    # The reader's snapshot comes from a read of another table: no lock on participants that would make
    # VACUUM FULL wait on its own.
    if store.dialect == "postgresql":
        reader = store.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        transaction = reader.begin()
        assert reader.execute(sa.text("SELECT count(*) FROM cohorts")).scalar_one() == 1

        def finish() -> None:
            transaction.commit()
            reader.close()
    else:
        raw = store.engine.raw_connection()
        cursor = raw.cursor()
        cursor.execute("BEGIN")
        assert cursor.execute("SELECT count(*) FROM cohorts").fetchone()[0] == 1

        def finish() -> None:
            cursor.execute("COMMIT")
            raw.close()

    _delete_while_open(store, finish)


def test_a_deletion_waits_for_a_transaction_in_another_database(pg_url: str) -> None:
    """PostgreSQL keeps deleted rows for the oldest transaction id running anywhere on the server: a writer in
    another database that began before the deletion also makes VACUUM FULL copy the row. The clean-up waits."""
    import os

    store = open_store(pg_url)
    _save_secret_person(store)
    elsewhere = sa.create_engine(os.environ["DASBOR_TEST_PG_URL"])  # the server's other database
    other = elsewhere.connect()
    transaction = other.begin()
    other.execute(sa.text("SELECT pg_current_xact_id()"))  # it has a transaction id now, before the deletion

    def finish() -> None:
        transaction.commit()
        other.close()

    try:
        _delete_while_open(store, finish)
    finally:
        elsewhere.dispose()
        store.close()


def test_scrub_on_the_command_line_says_whether_the_files_are_clean(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python -m store scrub` runs the clean-up again (after the log warned that a reader was still open)."""
    from store import database
    from store.__main__ import main as store_cli

    store = open_store(db_url)
    store.save_cohort(small_upload("I", [person(i) for i in range(5)]), user="admin")
    out = io.StringIO()
    assert store_cli(["--db", db_url, "scrub"], out=out) == 0
    assert "sudah dibersihkan" in out.getvalue()
    if store.dialect == "postgresql":  # a transaction older than the clean-up, and no time to wait for it
        monkeypatch.setattr(database, "SCRUB_WAIT_S", 0.1)
        reader = store.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with reader.begin():
            reader.execute(sa.text("SELECT count(*) FROM cohorts")).scalar_one()
            with store.engine.begin() as conn:  # something happens after the reader's snapshot
                conn.execute(sa.text("UPDATE store_state SET generation = generation + 1"))
            assert store_cli(["--db", db_url, "scrub"], out=io.StringIO()) == 1
        reader.close()
    store.close()


def test_participants_filters_search_and_paging(store: Store):
    cohort_id = store.save_cohort(reference_upload(), user="admin")
    other = store.save_cohort(small_upload("I", [person(i) for i in range(5)]), user="admin")
    everyone, total = store.participants(None, limit=None)
    assert total == 31 and len(everyone) == 31

    assert store.participants([cohort_id], sectors=["central"])[1] == 14
    assert store.participants([cohort_id], sectors=["regional"], limit=5)[1] == 12
    assert store.participants([cohort_id], sectors=["unknown"])[1] == 0
    assert store.participants([other], levels=["city"])[1] == 2
    assert store.participants([other], provinces=["Jawa Barat"])[1] == 2
    assert store.participants([other], provinces=[""])[1] == 3
    assert store.participants([])[1] == 0

    pages = [store.participants(None, limit=10, offset=k) for k in (0, 10, 20, 30)]
    assert [len(frame) for frame, _ in pages] == [10, 10, 10, 1] and {n for _, n in pages} == {31}
    seen = pd.concat([frame for frame, _ in pages])[["cohort_id", "row"]].apply(tuple, axis=1)
    assert seen.is_unique

    name = everyone.loc[everyone["cohort_id"] == cohort_id, "name"].iloc[3]
    word = name.split()[0].upper()
    found, n = store.participants(None, search=word.lower())
    assert n >= 1 and name in set(found["name"])
    nip = everyone["nip"].iloc[7]
    assert store.participants(None, search=f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}")[0][
        "nip"
    ].tolist() == [nip]
    assert store.participants(None, search="kementerian keuangan")[1] >= 3
    assert store.participants(None, search="%")[1] == 0  # wildcards are literal
    assert store.participants(None, search="_")[1] == 0


def test_impersonal_search_matches_agencies_only(store: Store):
    """Viewers (personal=False) cannot find people by name or recover a NIP from the match count."""
    store.save_cohort(reference_upload(), user="admin")
    everyone, _ = store.participants(None, limit=None)
    target = everyone.iloc[3]
    name, nip = str(target["name"]), str(target["nip"])
    assert store.participants(None, search=name)[1] >= 1  # editors still find the person
    for term in (name, name.split()[0], nip, nip[:6], f"{nip[:8]} {nip[8:14]}"):
        found, n = store.participants(None, search=term, personal=False, limit=None)
        assert n == 0 and found.empty, term
    assert store.participants(None, search="kementerian keuangan", personal=False)[1] >= 2


def test_load_issues_and_unknown_agencies(store: Store):
    upload = cohort_uploads(sample("pka_2024_angkatan_I.csv"), "b" * 64)[0]
    cohort_id = store.save_cohort(upload, user="admin")
    issues = store.load_issues([cohort_id])
    assert list(issues.columns) == ["cohort_id", "sheet", "row", "code", "severity", "message"]
    assert len(issues) == len(upload.issues)
    unknown = issues[issues["code"] == "agency_unknown"]
    assert unknown["row"].tolist() == [27]
    agencies = store.unknown_agencies([cohort_id])
    assert agencies["instansi"].tolist() == ["UPT Pelatihan Kerja"]
    assert agencies["n"].tolist() == [1] and agencies["cohort_ids"].tolist() == [[cohort_id]]
    assert store.unknown_agencies([cohort_id + 1000]).empty


def test_repeat_people_same_nip_in_two_cohorts(store: Store):
    first = store.save_cohort(reference_upload(), user="admin")
    again = reference_upload(angkatan="V")
    again.participants = again.participants.iloc[:3].copy()
    second = store.save_cohort(again, user="admin")
    store.save_cohort(small_upload("I", [person(i) for i in range(4)]), user="admin")
    repeats = store.repeat_people()
    assert list(repeats.columns) == ["person_key", "name", "nip", "n_cohorts", "cohort_ids"]
    assert sorted(repeats["nip"]) == sorted(again.participants["nip"])
    assert (repeats["n_cohorts"] == 2).all()
    assert all(ids == [first, second] for ids in repeats["cohort_ids"])
    assert repeats["person_key"].str.startswith("nip:").all()
    assert store.repeat_people([first]).empty
    # Counted in full in SQL, listed up to a limit (the pages list at most 500 of possibly 100.000 people).
    assert store.repeat_people_count() == 3 == store.repeat_people_count([first, second])
    assert store.repeat_people_count([first]) == 0
    limited = store.repeat_people(limit=2)
    assert len(limited) == 2 and set(limited["person_key"]) <= set(repeats["person_key"])
    assert store.repeat_people([first, second], limit=0).empty
    for ids, limit in ((None, 2), (None, 100), ([first, second], 1), ([first], 5), (None, 0)):
        count, rows = store.repeat_people_counted(ids, limit)
        assert count == store.repeat_people_count(ids)
        pd.testing.assert_frame_equal(rows, store.repeat_people(ids, limit=limit))


def test_repeat_people_of_a_selection_equal_a_count_in_pandas(store: Store):
    """People in more than one of the selected cohorts, whatever the query's shape (PostgreSQL looks the keys up
    as one array): the same groups, names, NIPs and cohort lists as counting the stored rows in pandas."""
    groups = [
        [person(i) for i in range(6)],
        [person(i) for i in range(3, 9)],
        [person(i) for i in (0, 5, 8, 11)] + [person(5)],  # person 5 twice in one cohort
        [person(i) for i in range(20, 24)],
    ]
    ids = [store.save_cohort(small_upload(f"U{n}", rows), user="admin") for n, rows in enumerate(groups)]
    stored = store.participants(None, limit=None, personal=True)[0]
    for selection in ([ids[0], ids[1]], [ids[0], ids[2]], ids[1:], [ids[3]], ids):
        rows = stored[stored["cohort_id"].isin(selection)]
        per_person = rows.groupby("person_key")["cohort_id"].agg(lambda c: sorted(set(c)))
        expected = {key: ids_ for key, ids_ in per_person.items() if len(ids_) > 1}
        found = store.repeat_people(selection)
        assert dict(zip(found["person_key"], found["cohort_ids"], strict=True)) == expected, selection
        assert store.repeat_people_count(selection) == len(expected)
        count, first = store.repeat_people_counted(selection, 2)
        assert count == len(expected) and list(first["person_key"]) == list(found["person_key"][:2])


@pytest.mark.parametrize("limit", [1, 2, 100])
def test_repeat_people_looked_up_through_the_repeat_index_are_the_same(store: Store, limit: int):
    """Store.repeat_index finds the people of a selection in memory and the store then reads only theirs:
    the same count, rows, order and cohort lists as finding them in SQL (person 5 twice in one cohort counts
    once; a selection of one cohort has nobody)."""
    groups = [
        [person(i) for i in range(6)],
        [person(i) for i in range(3, 9)],
        [person(i) for i in (0, 5, 8, 11)] + [person(5)],
        [person(i) for i in range(20, 24)],
    ]
    ids = [store.save_cohort(small_upload(f"U{n}", rows), user="admin") for n, rows in enumerate(groups)]
    index = store.repeat_index()
    assert sorted(index.keys_in(ids)) == sorted(store.repeat_people(ids)["person_key"])
    for selection in ([ids[0], ids[1]], [ids[0], ids[2]], ids[1:], [ids[3]], [ids[2]], ids, []):
        keys = index.keys_in(selection)
        count, rows = store.repeat_people_counted(selection, limit, keys=keys)
        expected_count, expected = store.repeat_people_counted(selection, limit)
        assert count == expected_count, selection
        pd.testing.assert_frame_equal(rows, expected)


def test_audit_log_names_no_people(store: Store):
    upload = reference_upload()
    cohort_id = store.save_cohort(upload, user="admin")
    store.delete_person(upload.participants["nip"].iloc[0], user="petugas")
    store.delete_cohort(cohort_id, user="admin")
    log = store.audit_log()
    assert list(log.columns) == ["at", "user", "action", "detail"]
    assert log["action"].tolist() == ["hapus_angkatan", "hapus_orang", "unggah"]
    assert log["user"].tolist() == ["admin", "petugas", "admin"]
    assert str(log["at"].dt.tz) == "UTC"
    text = " ".join(log["detail"])
    for _, row in upload.participants.iterrows():
        assert row["nip"] not in text and row["name"] not in text
    assert len(store.audit_log(limit=1)) == 1


# --- backup and restore ---------------------------------------------------------------------------------------

HOSTILE = {
    "name": "+62 812 0000 0000",
    "instansi": '=HYPERLINK("http://contoh.invalid","klik")',
    "jabatan": "-1+1",
    "unit_kerja": "@SUM(A1:A2)",
    "pangkat": "'sudah berkutip",
    "birth_place": "\tTab",
    "status": "",
    "city_stated": "\r\nbaris",
}


def test_escaping_round_trips():
    for text in [*HOSTILE.values(), "", "'", "''", "biasa", "= spasi", "0812", "  =1+1"]:
        escaped = escape_text(text)
        assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r", "\n", "")
        assert unescape_text(escaped) == text


def test_backup_restore_round_trip_with_formula_like_text(store: Store):
    seed_samples(store)
    hostile = small_upload(
        "IX", [person(1, **HOSTILE, score=88.25), person(2, score=-3.5, issues=("nip_nik",))]
    )
    store.save_cohort(hostile, user="=cmd|' /C calc'!A0")
    before = dump(store, surrogate_ids=False)
    data = export_backup(store)

    workbook = openpyxl.load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["README", "cohorts", "participants", "load_issues", "agency_corrections"]
    readme = dict(workbook["README"].iter_rows(min_row=2, values_only=True))
    assert readme["format"] == "dasbor-peserta-backup" and readme["version"] == 1
    for sheet in workbook:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                assert not (isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r", "\n"))

    store.delete_cohort(int(store.cohorts()["cohort_id"].iloc[0]), user="admin")
    store.save_cohort(small_upload("X", [person(9)]), user="admin")
    generation = store.generation()
    assert restore_backup(store, data, user="admin") == len(before["cohorts"])
    assert store.generation() == generation + 1
    after = dump(store, surrogate_ids=False)
    for table in ("cohorts", "participants", "load_issues", "facts"):
        assert after[table] == before[table], table
    frame, _ = store.participants(None, search="+62 812", limit=None)
    assert frame.iloc[0][list(HOSTILE)].to_dict() == HOSTILE
    assert store.audit_log()["action"].iloc[0] == "pulihkan"
    new_id = store.save_cohort(
        small_upload("XI", [person(3)]), user="admin"
    )  # sequences moved past restored ids
    assert new_id > max(r[0] for r in before["cohorts"])


def test_backup_with_a_blank_header_cell_restores_columns_in_place(store: Store):
    """An empty column (blank header) in the middle of a sheet, e.g. inserted while looking at the
    backup in Excel, does not shift the name, NIP and other columns on restore."""
    store.save_cohort(reference_upload(), user="admin")
    before = dump(store, surrogate_ids=False)
    workbook = openpyxl.load_workbook(io.BytesIO(export_backup(store)))
    sheet = workbook["participants"]
    header = [cell.value for cell in sheet[1]]
    sheet.insert_cols(min(header.index("name"), header.index("nip")) + 1)  # before both
    sheet.cell(row=2, column=1 + min(header.index("name"), header.index("nip"))).value = "catatan"
    out = io.BytesIO()
    workbook.save(out)
    store.delete_cohort(int(store.cohorts()["cohort_id"].iloc[0]), user="admin")
    restore_backup(store, out.getvalue(), user="admin")
    after = dump(store, surrogate_ids=False)
    for table in ("cohorts", "participants", "load_issues", "facts"):
        assert after[table] == before[table], table


def test_compact_backup_round_trips_and_is_smaller(store: Store):
    seed_samples(store)
    store.save_cohort(
        small_upload("IX", [person(1, **HOSTILE, score=88.25), person(2, score=-3.5, issues=("nip_nik",))]),
        user="admin",
    )
    store.save_cohort(small_upload("X", [person(i) for i in range(2000)]), user="admin")
    before = dump(store, surrogate_ids=False)
    compact = export_backup(store, compact=True)
    with zipfile.ZipFile(io.BytesIO(compact)) as archive:
        assert sorted(archive.namelist()) == [
            "README.json", "agency_corrections.parquet", "cohorts.parquet", "load_issues.parquet",
            "participants.parquet",
        ]  # fmt: skip
        readme = json.loads(archive.read("README.json"))
    assert readme["format"] == "dasbor-peserta-backup" and readme["participants"] == len(
        before["participants"]
    )
    assert len(compact) < len(export_backup(store)) / 3  # 1/3.5 here, about 1/8 at 20,000 participants
    assert check_backup(compact) == (len(before["cohorts"]), len(before["participants"]))
    store.delete_cohort(int(store.cohorts()["cohort_id"].iloc[0]), user="admin")
    assert restore_backup(store, compact, user="admin") == len(before["cohorts"])
    after = dump(store, surrogate_ids=False)
    for table in ("cohorts", "participants", "load_issues", "facts"):
        assert after[table] == before[table], table
    frame, _ = store.participants(None, search="+62 812", limit=None)
    assert frame.iloc[0][list(HOSTILE)].to_dict() == HOSTILE


def _zip_edited(data: bytes, name: str, change: Any) -> bytes:
    """A compact backup with one member changed: change(bytes) -> bytes, or None to leave it out."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for member in source.namelist():
            content = source.read(member)
            if member == name:
                if change is None:
                    continue
                content = change(content)
            target.writestr(member, content)
    return out.getvalue()


def _parquet_edited(column: str, value: Any) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def change(content: bytes) -> bytes:
        table = pq.read_table(io.BytesIO(content))
        values = pa.array([value] * table.num_rows)  # the whole column: one type
        table = table.set_column(table.column_names.index(column), column, values)
        out = io.BytesIO()
        pq.write_table(table, out)
        return out.getvalue()

    return change


BAD_COMPACT_BACKUPS = [
    (
        "missing table",
        lambda d: _zip_edited(d, "participants.parquet", None),
        "lembar participants tidak ada",
    ),
    (
        "wrong format",
        lambda d: _zip_edited(d, "README.json", lambda c: c.replace(b"dasbor-peserta-backup", b"lain")),
        "format",
    ),
    (
        "readme not an object",
        lambda d: _zip_edited(d, "README.json", lambda c: b"[1, 2]"),
        "bukan objek JSON",
    ),
    ("not parquet", lambda d: _zip_edited(d, "cohorts.parquet", lambda c: b"PAR1 bukan"), "rusak"),
    (
        "number as text",
        lambda d: _zip_edited(d, "participants.parquet", _parquet_edited("nip", 1.98e17)),
        "lembar participants baris 2 kolom nip",
    ),
    (
        "text in a count",
        lambda d: _zip_edited(d, "cohorts.parquet", _parquet_edited("n_participants", "26")),
        "lembar cohorts baris 2 kolom n_participants",
    ),
]


@pytest.mark.parametrize(
    ("case", "corrupt", "message"), BAD_COMPACT_BACKUPS, ids=[c[0] for c in BAD_COMPACT_BACKUPS]
)
def test_bad_compact_backup_is_rejected_and_store_untouched(store: Store, case, corrupt, message):
    store.save_cohort(reference_upload(), user="admin")
    data = export_backup(store, compact=True)
    before, generation = dump(store), store.generation()
    with pytest.raises(StoreError, match=message) as caught:
        restore_backup(store, corrupt(data), user="admin")
    assert caught.value.code == "bad_backup"
    assert dump(store) == before and store.generation() == generation


def store_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m store ARGS` in its own process, as an operator runs it on the server."""
    return subprocess.run(
        [sys.executable, "-m", "store", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize("suffix", [".zip", ".xlsx"])
def test_cli_backup_and_restore_round_trip(db_url: str, tmp_path: Path, suffix: str):
    store = open_store(db_url)
    store.save_cohort(reference_upload(), user="admin")
    store.save_cohort(small_upload("I", [person(i, **HOSTILE) if i == 0 else person(i) for i in range(3)]),
                      user="admin")  # fmt: skip
    before = dump(store, surrogate_ids=False)
    target = tmp_path / f"cadangan{suffix}"

    done = store_cli("--db", db_url, "backup", str(target))
    assert done.returncode == 0, done.stderr
    assert f"Cadangan ditulis ke {target}" in done.stdout
    assert target.stat().st_mode & 0o777 == 0o600  # personal data: the owner only, whatever the umask
    again = store_cli("--db", db_url, "backup", str(target))
    assert again.returncode == 1 and "sudah ada" in again.stderr  # never overwritten

    store.delete_cohort(int(store.cohorts()["cohort_id"].iloc[0]), user="admin")
    checked = store_cli("--db", db_url, "restore", str(target))
    assert checked.returncode == 0, checked.stderr
    assert "valid: 2 angkatan, 29 peserta" in checked.stdout and "--apply" in checked.stdout
    assert len(store.cohorts()) == 1  # only checked
    restored = store_cli("--db", db_url, "restore", str(target), "--apply")
    assert restored.returncode == 0, restored.stderr
    after = dump(store, surrogate_ids=False)
    for table in ("cohorts", "participants", "load_issues", "facts"):
        assert after[table] == before[table], table
    log = store.audit_log()
    assert log["action"].tolist()[:3] == ["pulihkan", "hapus_angkatan", "unduh_cadangan"]
    assert log["user"].tolist()[:3] == ["baris-perintah", "admin", "baris-perintah"]
    store.close()


def test_cli_restore_rejects_a_bad_backup_with_the_pages_message(db_url: str, tmp_path: Path):
    store = open_store(db_url)
    store.save_cohort(reference_upload(), user="admin")
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(_edited(export_backup(store), "participants", "XFD1048576", "."))
    before = dump(store)
    done = store_cli("--db", db_url, "restore", str(bad), "--apply")
    assert done.returncode == 1
    # (before it: the reader's own abort message, from the sandbox process)
    assert "Gagal: Berkas cadangan tidak dapat dipulihkan" in done.stderr and "XFD1048576" in done.stderr
    assert dump(store) == before
    store.close()


def _edited(data: bytes, sheet: str, cell: str, value: Any) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    workbook[sheet][cell] = value
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _without_sheet(data: bytes, sheet: str) -> bytes:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    del workbook[sheet]
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _entity_bomb(data: bytes) -> bytes:
    """The participants sheet with a "billion laughs" DOCTYPE and the entity used in a cell."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "' + f"&lol{'' if i == 1 else i - 1};" * 10 + '">' for i in range(1, 10)
    )
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet3.xml":
                text = f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>' + content.decode()
                content = text.replace(
                    '<c r="B2" t="inlineStr"><is><t>', '<c r="B2" t="inlineStr"><is><t>&lol9;', 1
                ).encode()
            target.writestr(name, content)
    return out.getvalue()


BAD_BACKUPS = [
    ("not a zip", lambda d: b"PK\x03\x04 bukan zip", "bukan .xlsx"),
    ("text file", lambda d: b"nama;nip\n", "bukan .xlsx"),
    ("missing sheet", lambda d: _without_sheet(d, "participants"), "lembar participants tidak ada"),
    ("wrong format", lambda d: _edited(d, "README", "B2", "lain"), "format"),
    ("newer version", lambda d: _edited(d, "README", "B3", 99), "versi"),
    (
        "unknown cohort",
        lambda d: _edited(d, "participants", "A2", 999),
        "lembar participants baris 2: cohort_id 999",
    ),
    (
        "bad sector",
        lambda d: _edited(d, "participants", "U3", "swasta"),
        "lembar participants baris 3 kolom sector",
    ),
    (
        "number as text",
        lambda d: _edited(d, "participants", "E2", 1.98e17),
        "lembar participants baris 2 kolom nip",
    ),
    ("bad date", lambda d: _edited(d, "cohorts", "E2", "5 Sept"), "lembar cohorts baris 2 kolom start_date"),
    ("count mismatch", lambda d: _edited(d, "cohorts", "M2", 3), "n_participants"),
    ("renamed column", lambda d: _edited(d, "load_issues", "A1", "id"), "lembar load_issues baris 1"),
    ("duplicate id", lambda d: _edited(d, "cohorts", "A3", 1), "sudah dipakai"),
    ("entity bomb", _entity_bomb, "rusak"),
    # calamine aborts the whole process on this cell (tafia/calamine#693): read in the sandbox, the server
    # (here: the test process) lives on and gets a clear error.
    ("cell at XFD1048576", lambda d: _edited(d, "participants", "XFD1048576", "."), "XFD1048576"),
]


@pytest.mark.parametrize(("case", "corrupt", "message"), BAD_BACKUPS, ids=[c[0] for c in BAD_BACKUPS])
def test_bad_backup_is_rejected_and_store_untouched(store: Store, case, corrupt, message):
    store.save_cohort(reference_upload(), user="admin")
    store.save_cohort(small_upload("I", [person(i) for i in range(3)]), user="admin")
    data = export_backup(store)
    before, generation = dump(store), store.generation()
    with pytest.raises(StoreError, match=message) as caught:
        restore_backup(store, corrupt(data), user="admin")
    assert caught.value.code == "bad_backup"
    assert "tidak diubah" in caught.value.message
    assert dump(store) == before and store.generation() == generation


def test_oversized_backup_is_rejected_before_reading(store: Store, monkeypatch: pytest.MonkeyPatch):
    store.save_cohort(small_upload("I", [person(i) for i in range(3)]), user="admin")
    data = export_backup(store)
    monkeypatch.setattr(store_backup, "MAX_UNPACKED", 1000)
    with pytest.raises(StoreError, match="terlalu besar"):
        restore_backup(store, data, user="admin")
    assert store.participants()[1] == 3


# --- the facts invariant on random rosters -------------------------------------------------------------------

maybe = st.none().__or__
random_rows = st.lists(
    st.fixed_dictionaries(
        {
            "name": maybe(st.sampled_from(["Ani", "Budi", "Citra", "Dedi"])),
            "nip_status": st.sampled_from(["pns", "pppk", "missing", "invalid"]),
            "gender": maybe(st.sampled_from(["L", "P"])),
            "birth_date": maybe(st.dates(date(1950, 1, 1), date(2010, 12, 31))),
            "golongan": maybe(st.sampled_from(["II/c", "III/a", "IV/e", "IX", "XVII", "V/z"])),
            "agency": maybe(st.sampled_from(["Kementerian Keuangan", "BKN", "Pemerintah Kota Bogor"])),
            "sector": maybe(st.sampled_from(SECTORS)),
            "level": maybe(st.sampled_from(LEVELS)),
            "province": maybe(st.sampled_from(["Jawa Barat", "Bali", "Papua Tengah"])),
        }
    ),
    min_size=0,
    max_size=40,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=random_rows)
def test_every_breakdown_sums_to_the_total(store: Store, rows):
    upload = small_upload("I", rows)
    cohort_id = store.save_cohort(upload, user="uji", replace=True)
    facts = store.facts([cohort_id])
    assert facts.query("dimension == 'total'")["n"].sum() == len(rows)
    for dimension in DIMENSIONS:
        assert facts.loc[facts["dimension"] == dimension, "n"].sum() == len(rows)
    assert_facts_add_up(facts)
    assert store.cohorts().set_index("cohort_id").loc[cohort_id, "n_participants"] == len(rows)


# --- connection and migrations ---------------------------------------------------------------------------------


def test_migrations_reach_head_and_match_the_schema(db_url: str):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    first = open_store(db_url)
    assert (
        store_engine.current_revision(first.engine) == store_engine.head_revision() == "0006_uncounted_index"
    )
    with first.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    first.save_cohort(small_upload("I", [person(1)]), user="admin")
    second = open_store(db_url)  # idempotent: same schema, data kept
    assert store_engine.current_revision(second.engine) == "0006_uncounted_index"
    assert second.participants()[1] == 1 and second.generation() == first.generation()
    first.close()
    second.close()


def test_sqlite_connection_settings(tmp_path: Path):
    opened = open_store(f"sqlite:///{tmp_path / 'sub' / 'db.sqlite3'}")
    with opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
    assert opened.dialect == "sqlite"
    opened.close()


def test_database_snapshots_and_their_folders_are_the_owners_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """With the usual umask 022 everything would be world-readable (0644, folders 0755)."""
    data = tmp_path / "data" / "dasbor"
    monkeypatch.setenv("DASBOR_DATA_DIR", str(data))
    monkeypatch.delenv("DASBOR_DB_URL", raising=False)
    monkeypatch.setattr(store_engine, "SECRETS", tmp_path / "no-secrets.toml")
    old_umask = os.umask(0o022)
    try:
        store = open_store()  # SQLite in $DASBOR_DATA_DIR, created now
        store.save_cohort(reference_upload(), user="admin")
        store.read_frames()  # writes the snapshot
        files = {p.relative_to(data).as_posix(): p.stat().st_mode & 0o777 for p in data.rglob("*")}
        store.close()
    finally:
        os.umask(old_umask)
    assert {"dasbor.sqlite3", "dasbor.sqlite3-wal", "dasbor.sqlite3-shm", "cache"} <= set(files)
    assert len([name for name in files if name.startswith("cache/")]) == 3  # cohorts, facts, digests
    assert {name: mode for name, mode in files.items() if mode != (0o700 if name == "cache" else 0o600)} == {}
    assert (data.stat().st_mode & 0o777, data.parent.stat().st_mode & 0o777) == (0o700, 0o700)


def test_url_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(store_engine, "SECRETS", tmp_path / "secrets.toml")
    monkeypatch.setenv("DASBOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DASBOR_DB_URL", raising=False)
    assert store_engine.resolve_url() == f"sqlite:///{tmp_path / 'data' / 'dasbor.sqlite3'}"
    assert (tmp_path / "data").is_dir()
    (tmp_path / "secrets.toml").write_text('[connections.dasbor]\nurl = "postgresql://u:rahasia@db/dasbor"\n')
    assert store_engine.resolve_url() == "postgresql+psycopg://u:rahasia@db/dasbor"
    monkeypatch.setenv("DASBOR_DB_URL", "sqlite:////tmp/lain.sqlite3")
    assert store_engine.resolve_url() == "sqlite:////tmp/lain.sqlite3"
    assert store_engine.resolve_url("postgres://x@h/d") == "postgresql+psycopg://x@h/d"
    with pytest.raises(StoreError, match="tidak didukung"):
        store_engine.resolve_url("mysql://x@h/d")
    (tmp_path / "secrets.toml").write_text("[connections.dasbor\n")
    monkeypatch.delenv("DASBOR_DB_URL")
    with pytest.raises(StoreError, match="secrets.toml"):
        store_engine.resolve_url()


def test_display_url_hides_the_password(tmp_path: Path):
    opened = Store(sa.create_engine("sqlite://"), "postgresql+psycopg://admin:rahasia@db.contoh:5432/dasbor")
    assert "rahasia" not in opened.display_url and "admin" in opened.display_url


def test_unreachable_server_is_a_store_error():
    with pytest.raises(StoreError, match="tidak dapat dibuka") as caught:
        open_store("postgresql+psycopg://nobody:rahasia@127.0.0.1:1/none?connect_timeout=2")
    assert caught.value.code == "unavailable" and "rahasia" not in caught.value.message


def test_upload_without_intake_columns_is_rejected(store: Store):
    upload = small_upload("I", [person(1)])
    upload.participants = upload.participants.drop(columns=["sector"])
    with pytest.raises(StoreError, match="kolom sector") as caught:
        store.save_cohort(upload, user="admin")
    assert caught.value.code == "bad_upload" and store.is_empty()


def test_cohort_uploads_split_a_multi_sheet_file():
    result = sample("cmd_2023_angkatan_I-III.xlsx")
    uploads = cohort_uploads(result, "c" * 64)
    assert [u.sheet for u in uploads] == ["Angkatan I", "Angkatan II", "Angkatan III"]
    assert [len(u.participants) for u in uploads] == [24, 27, 22]  # Angkatan II lists one person twice
    assert all(set(u.participants["sheet"]) == {u.sheet} for u in uploads)
    file_notes = [i for i in result.issues if i.sheet is None]
    for upload in uploads:
        assert all(i.sheet in (None, upload.sheet) for i in upload.issues)
        assert [i for i in upload.issues if i.sheet is None] == file_notes
    assert {u.file_sha256 for u in uploads} == {"c" * 64} and not any(u.is_sample for u in uploads)
    assert isinstance(uploads[0].issues[0], Issue)


def test_cohort_uploads_split_a_recap_sheet_by_its_cohort_rows(tmp_path):
    from tests import builders as b

    roster = b.recap_xlsx(tmp_path)
    result = read_roster(roster)
    uploads = cohort_uploads(result, "d" * 64)
    truth = b.recap_cohorts()
    assert [(u.program, u.angkatan, u.year, len(u.participants)) for u in uploads] == [
        (c.program, c.angkatan, c.year, len(c.people)) for c in truth
    ]
    assert len({u.key for u in uploads}) == len(uploads) and all(u.sheet == "Rekap Peserta" for u in uploads)
    assert sum(len(u.participants) for u in uploads) == len(result.participants) == roster.count


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sizes=st.lists(st.integers(min_value=1, max_value=10), min_size=2, max_size=4),
    seed=st.integers(min_value=0, max_value=10_000),
)
def test_every_breakdown_sums_to_the_total_in_each_cohort_of_a_recap_sheet(
    store: Store, tmp_path: Path, sizes: list[int], seed: int
):
    from tests import builders as b

    people = b.sample_people(26, seed=seed)
    cohorts = [
        b.RecapCohort("Pelatihan Rekap", ("I", "II", "III", "IV")[k], 2025, date(2025, 1 + k, 1),
                      date(2025, 1 + k, 5), (*people[k : k + n], people[k]))  # each lists one person twice
        for k, n in enumerate(sizes)
    ]  # fmt: skip
    result = read_roster(b.recap_xlsx(tmp_path, cohorts, filename=f"rekap_{seed}_{len(sizes)}.xlsx"))
    ids = [store.save_cohort(u, user="uji", replace=True) for u in cohort_uploads(result, "f" * 64)]
    facts = store.facts(ids)
    for cohort_id, n in zip(ids, sizes, strict=True):
        own = facts[facts["cohort_id"] == cohort_id]
        assert own.query("dimension == 'total'")["n"].sum() == n
        for dimension in DIMENSIONS:
            assert own.loc[own["dimension"] == dimension, "n"].sum() == n
    assert_facts_add_up(facts)
