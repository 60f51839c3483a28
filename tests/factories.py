"""Test data shared by several test modules: facts and cohorts frames (the reference cohort, several
programs), store uploads of fictional people, and store dumps. Fixtures live in conftest.py."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa
from hypothesis import strategies as st

from loaders import LoadResult, read_roster, schema
from loaders.schema import AGE_BANDS, GOLONGAN_GROUPS
from loaders.schema import PARTICIPANT_COLUMNS as INTAKE_COLUMNS
from peserta.facts import facts_from_participants
from store import CohortUpload, Store, cohort_uploads
from store.schema import metadata

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
REFERENCE = "cmd_2023_angkatan_IV.xlsx"

# --- facts and cohorts frames (peserta/) ------------------------------------------------------------------


CM = "Pelatihan Coaching dan Mentoring"


PKA = "Pelatihan Kepemimpinan Administrator"


LATSAR = "Pelatihan Dasar CPNS"


DKI = "Daerah Khusus Ibukota Jakarta"


DIY = "Daerah Istimewa Yogyakarta"


LAN = "Lembaga Administrasi Negara"


REFERENCE_ID = 4


# (agency, sector, level, province, how many) of the reference cohort: 14 K/L and 12 Pemda.
REFERENCE_AGENCIES = [
    (LAN, "central", "agency", DKI, 4),
    ("Kementerian Keuangan", "central", "ministry", DKI, 3),
    ("Badan Kepegawaian Negara", "central", "agency", DKI, 2),
    ("Kementerian Dalam Negeri", "central", "ministry", DKI, 2),
    ("Badan Pusat Statistik Kabupaten Sleman", "central", "agency", DIY, 1),
    ("Kantor Kementerian Agama Kota Bandung", "central", "ministry", "Jawa Barat", 1),
    ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "central", "ministry", DKI, 1),
    ("Pemerintah Provinsi Jawa Barat", "regional", "province", "Jawa Barat", 1),
    ("Pemerintah Provinsi Papua Tengah", "regional", "province", "Papua Tengah", 1),
    ("Pemerintah Kabupaten Bogor", "regional", "regency", "Jawa Barat", 2),
    ("Pemerintah Kabupaten Sleman", "regional", "regency", DIY, 1),
    ("Pemerintah Kabupaten Gowa", "regional", "regency", "Sulawesi Selatan", 1),
    ("Pemerintah Kabupaten Banjar", "regional", "regency", "Kalimantan Selatan", 1),
    ("Pemerintah Kota Surabaya", "regional", "city", "Jawa Timur", 2),
    ("Pemerintah Kota Makassar", "regional", "city", "Sulawesi Selatan", 1),
    ("Pemerintah Kota Medan", "regional", "city", "Sumatera Utara", 1),
    ("Pemerintah Kota Banjar", "regional", "city", "Jawa Barat", 1),
]


PARTICIPANT_COLUMNS = [
    "cohort_id",
    "sector",
    "level",
    "province",
    "agency",
    "gender",
    "golongan_group",
    "age_band",
]


def participants(*rows: tuple[object, ...]) -> pd.DataFrame:
    """A participant-like frame from (cohort_id, sector, level, province, agency, gender, golongan, age) rows."""
    return pd.DataFrame(list(rows), columns=PARTICIPANT_COLUMNS)


def reference_participants(cohort_id: int = REFERENCE_ID) -> pd.DataFrame:
    """The 26 (fictional) participants of Coaching dan Mentoring Angkatan IV 2023: 14 K/L, 12 Pemda."""
    genders = ["L", "P"] * 12 + ["L", None]  # 13 L, 12 P, 1 unknown
    golongan = ["III"] * 12 + ["IV"] * 10 + ["II"] * 2 + ["PPPK", None]
    ages = ["30-39"] * 9 + ["40-49"] * 10 + ["<30"] * 3 + ["50-59"] * 3 + [None]
    people = [(a, s, lv, p) for a, s, lv, p, k in REFERENCE_AGENCIES for _ in range(k)]
    return participants(
        *(
            (cohort_id, s, lv, p, a, g, gol, age)
            for (a, s, lv, p), g, gol, age in zip(people, genders, golongan, ages, strict=True)
        )
    )


def reference_facts() -> pd.DataFrame:
    """The facts frame of the reference cohort."""
    return facts_from_participants(reference_participants())


def cohorts_frame(*rows: tuple[object, ...]) -> pd.DataFrame:
    """A cohorts frame from (cohort_id, program, angkatan, year, start, end) rows, other columns filled."""
    frame = pd.DataFrame(
        list(rows), columns=["cohort_id", "program", "angkatan", "year", "start_date", "end_date"]
    )
    frame["venue"] = "Jakarta"
    frame["uploaded_at"] = [datetime(2024, 1, 1 + i, 3, 0, tzinfo=UTC) for i in range(len(frame))]
    frame["n_participants"] = 0
    frame["is_sample"] = True
    return frame


def multi_cohorts() -> pd.DataFrame:
    """Four cohorts of three programs over 2023-2024, listed out of time order."""
    return cohorts_frame(
        (6, LATSAR, "II", 2024, None, None),
        (REFERENCE_ID, CM, "IV", 2023, date(2023, 9, 5), date(2023, 9, 8)),
        (5, PKA, "I", 2024, date(2024, 2, 19), date(2024, 6, 21)),
        (2, CM, "II", 2023, date(2023, 5, 15), date(2023, 5, 18)),
    )


def multi_participants() -> pd.DataFrame:
    """The reference cohort plus small made-up cohorts 2, 5 and 6 (other and unknown sectors included)."""
    extra = participants(
        (2, "central", "ministry", DKI, "Kementerian Kesehatan", "P", "III", "30-39"),
        (2, "central", "ministry", DKI, "Kementerian Kesehatan", "L", "III", "40-49"),
        (2, "regional", "city", "Jawa Timur", "Pemerintah Kota Surabaya", "P", "III", "30-39"),
        (2, "other", "", DKI, "PT Bank Rakyat Indonesia", "L", None, "30-39"),
        (5, "regional", "province", "Bali", "Pemerintah Provinsi Bali", "L", "IV", "50-59"),
        (5, "regional", "regency", "Bali", "Pemerintah Kabupaten Badung", "P", "IV", "40-49"),
        (5, "central", "agency", DKI, LAN, "L", "IV", "50-59"),
        (6, "regional", "regency", "Aceh", "Pemerintah Kabupaten Aceh Besar", "P", "III", "<30"),
        (6, "regional", "regency", "Aceh", "Pemerintah Kabupaten Aceh Besar", "P", "III", "<30"),
        (6, "unknown", "", "", None, None, None, None),
    )
    return pd.concat([reference_participants(), extra], ignore_index=True)


def multi_facts() -> pd.DataFrame:
    """Facts of multi_participants."""
    return facts_from_participants(multi_participants())


SECTOR_VALUES = ["central", "regional", "other", "unknown", None]


LEVEL_VALUES = ["ministry", "agency", "province", "regency", "city", "other", None]


PROVINCE_VALUES = [DKI, "Jawa Barat", "Aceh", "Papua Tengah", None]


AGENCY_VALUES = [LAN, "Kementerian Keuangan", "Pemerintah Kota Surabaya", "<b>Dinas</b> *x*", None]


participant_rows = st.tuples(
    st.integers(1, 4),
    st.sampled_from(SECTOR_VALUES),
    st.sampled_from(LEVEL_VALUES),
    st.sampled_from(PROVINCE_VALUES),
    st.sampled_from(AGENCY_VALUES),
    st.sampled_from(["L", "P", None]),
    st.sampled_from([*GOLONGAN_GROUPS, None, "IX"]),  # "IX": a stray code counts as unknown
    st.sampled_from([*AGE_BANDS, None]),
)


participant_frames = st.lists(participant_rows, max_size=60).map(lambda rows: participants(*rows))


def store_like(cohorts: pd.DataFrame) -> pd.DataFrame:
    """A cohorts frame with the store's dtypes: nullable Int64 year, str text with missing values."""
    return cohorts.astype({"year": "Int64", "program": "str", "angkatan": "str"})


# --- store uploads and dumps (store/) ---------------------------------------------------------------------


DIMENSIONS = set(schema.DIMENSIONS)  # the facts table must hold exactly the vocabulary's dimensions


SURROGATE_IDS = ("participant_id", "issue_id", "audit_id")


def _comparable(value: Any) -> Any:
    return (
        value.replace(tzinfo=None).isoformat()
        if hasattr(value, "isoformat") and hasattr(value, "hour")
        else value
    )


@cache
def sample(name: str) -> LoadResult:
    """Each sample roster is read once per session (never mutate its frame)."""
    return read_roster(SAMPLES / name)


def reference_upload(**changes: Any) -> CohortUpload:
    """The reference cohort (26 people, 14 K/L, 12 Pemda) as an upload, with fields replaced."""
    upload = cohort_uploads(sample(REFERENCE), "a" * 64)[0]
    upload.participants = upload.participants.copy()
    return dataclasses.replace(upload, **changes)


def participants_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """An intake-schema frame from partial row dicts (like the intake's dtypes)."""
    data: dict[str, Any] = {}
    for column in INTAKE_COLUMNS:
        values = [r.get(column, () if column == "issues" else None) for r in rows]
        if column == "row":
            data[column] = pd.array(
                [v if v is not None else i + 2 for i, v in enumerate(values)], dtype="int64"
            )
        elif column == "score":
            data[column] = pd.array(values, dtype="Float64")
        elif column in ("birth_date", "appointment_date"):
            data[column] = pd.Series(pd.to_datetime(pd.Series(values, dtype=object)), dtype="datetime64[s]")
        elif column == "issues":
            data[column] = pd.Series(values, dtype=object)
        else:
            data[column] = pd.array(values, dtype="str")
    return pd.DataFrame(data, columns=list(INTAKE_COLUMNS))


def small_upload(angkatan: str, rows: list[dict[str, Any]], **changes: Any) -> CohortUpload:
    """A made-up cohort of fictional people."""
    return dataclasses.replace(
        CohortUpload(
            program="Pelatihan Uji Coba",
            angkatan=angkatan,
            year=2024,
            start_date=date(2024, 5, 6),
            end_date=date(2024, 5, 8),
            venue="Aula Uji, Jakarta",
            sheet="Peserta",
            participants=participants_frame([{"sheet": "Peserta", **r} for r in rows]),
            issues=[],
            source_file=f"uji_{angkatan}.xlsx",
            file_sha256=angkatan.ljust(64, "0"),
        ),
        **changes,
    )


def person(i: int, **fields: Any) -> dict[str, Any]:
    """A fictional participant; NIPs are valid-looking PNS numbers unique by i."""
    nip = f"1980{(i % 12) + 1:02d}{(i % 28) + 1:02d}2005{(i % 12) + 1:02d}{1 + i % 2}{i % 999 + 1:03d}"
    base = {
        "name": f"Peserta Fiktif {i}",
        "nip": nip,
        "nip_status": "pns",
        "gender": "L" if i % 2 == 0 else "P",
        "birth_date": date(1980, (i % 12) + 1, (i % 28) + 1),
        "golongan": ["III/a", "III/c", "IV/a", "IX"][i % 4],
        "instansi": ["Kementerian Keuangan", "Pemerintah Kota Bandung"][i % 2],
        "agency": ["Kementerian Keuangan", "Pemerintah Kota Bandung"][i % 2],
        "sector": ["central", "regional"][i % 2],
        "level": ["ministry", "city"][i % 2],
        "province": [None, "Jawa Barat"][i % 2],
    }
    return base | fields


def dump(store: Store, *, surrogate_ids: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: two dumps are equal iff the stores hold the same data."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            columns = [c for c in table.c if surrogate_ids or c.name not in SURROGATE_IDS]
            rows = conn.execute(sa.select(*columns)).all()
            out[table.name] = sorted((tuple(map(_comparable, row)) for row in rows), key=repr)
    return out


def assert_facts_add_up(facts: pd.DataFrame) -> None:
    """Every dimension sums to the total row of its (cohort, sector, level, province) group."""
    groups = ["cohort_id", "sector", "level", "province"]
    sums = facts.groupby([*groups, "dimension"])["n"].sum().unstack("dimension").fillna(0)
    assert set(sums.columns) <= DIMENSIONS
    for dimension in sums.columns:
        assert (sums[dimension] == sums["total"]).all(), dimension
