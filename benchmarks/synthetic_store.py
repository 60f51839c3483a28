"""Fill a store with realistic fictional cohorts fast, through the store's own insert and facts SQL.

Cohorts of ``cohort_size`` people across training programs and years; instansi texts as rosters write
them, classified once by the real classifier; valid-looking fictional NIPs (gender and birth date derived
from them, as the intake does). Batches of cohorts are saved in one transaction each: participants by
executemany, facts by the same INSERT ... SELECT ... GROUP BY as Store.save_cohort.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final

import pandas as pd
import sqlalchemy as sa

from benchmarks.rosters import FIRST, LAST, instansi_values, nip
from loaders.agencies import classify_many
from loaders.metadata import to_roman
from loaders.schema import PARTICIPANT_COLUMNS
from store import CohortUpload, Store
from store import facts as facts_sql
from store.audit import record_audit
from store.bulk import insert_rows
from store.records import STORED_COLUMNS, participant_rows, reference_date
from store.schema import cohorts, participants
from store.uploads import cohort_key

PROGRAMS: Final = (
    "Pelatihan Kepemimpinan Nasional Tingkat II", "Pelatihan Kepemimpinan Administrator",
    "Pelatihan Kepemimpinan Pengawas", "Pelatihan Dasar CPNS Golongan III", "Pelatihan Dasar CPNS Golongan II",
    "Pelatihan Coaching dan Mentoring", "Pelatihan Analis Kebijakan", "Pelatihan Manajemen Risiko",
    "Pelatihan Perencanaan Pembangunan Daerah", "Pelatihan Pengadaan Barang/Jasa Pemerintah",
    "Pelatihan Penyusunan Laporan Kinerja", "Pelatihan Jabatan Fungsional Auditor",
    "Pelatihan Sistem Pemerintahan Berbasis Elektronik", "Pelatihan Pelayanan Publik",
    "Pelatihan Manajemen ASN", "Pelatihan Pengelolaan Keuangan Daerah", "Pelatihan Statistik Dasar",
    "Pelatihan Kearsipan", "Pelatihan Perancang Peraturan Perundang-undangan", "Pelatihan Widyaiswara",
)  # fmt: skip
YEARS: Final = tuple(range(2006, 2026))
VENUES: Final = (
    "Kampus LAN Pejompongan, Jakarta", "Puslatbang KMP LAN, Makassar", "BPSDM Provinsi Jawa Barat, Bandung",
    "BPSDM Provinsi Jawa Timur, Malang", "Kampus PPSDM Kemendagri Regional Bukittinggi", "Daring (Zoom)",
)  # fmt: skip
GOLONGAN: Final = ("II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IX", None)
JABATAN: Final = ("Analis Kebijakan Ahli Muda", "Kepala Subbagian Umum", "Kepala Seksi Pelayanan", "Auditor Ahli Pertama",
                  "Perencana Ahli Muda", "Pranata Komputer Ahli Pertama", "Kepala Bidang Anggaran")  # fmt: skip
BATCH_COHORTS: Final = 500  # cohorts per transaction
REPEAT_SHARE: Final = 0.08  # people who come back for another training (PKP, then PKA, ...)


def fill_store(
    store: Store, n_participants: int, cohort_size: int = 30, *, seed: int = 1, user: str = "benchmark"
) -> int:
    """Add fictional cohorts totalling ``n_participants`` people; returns the number of cohorts added."""
    rng = random.Random(seed)
    texts = instansi_values(3000, seed=seed)
    classes = classify_many(texts)
    slots = [(program, year) for program in PROGRAMS for year in YEARS]
    angkatan_of: dict[tuple[str, int], int] = {}
    n_cohorts = -(-n_participants // cohort_size)
    made, serial = 0, 0
    earlier: list[dict[str, Any]] = []  # a sample of people already trained, some of whom come back
    tag = f"{int(time.time() * 1000) % 100_000:05d}"  # several fills into one store stay distinct
    while made < n_cohorts:
        batch = min(BATCH_COHORTS, n_cohorts - made)
        metas: list[dict[str, Any]] = []
        people: list[dict[str, Any]] = []
        refs: list[date | None] = []
        for k in range(batch):
            program, year = slots[rng.randrange(len(slots))]
            number = angkatan_of[(program, year)] = angkatan_of.get((program, year), 0) + 1
            angkatan = to_roman(number) if number < 200 else f"{number}-{tag}"
            start = date(year, 1, 1) + timedelta(days=rng.randrange(330))
            size = min(cohort_size, n_participants - (made + k) * cohort_size)
            meta: dict[str, Any] = {
                "cohort_key": cohort_key(program, angkatan, year) + f"|{tag}",
                "program": program,
                "angkatan": angkatan,
                "year": year,
                "start_date": start,
                "end_date": start + timedelta(days=rng.choice((3, 4, 11, 30, 60))),
                "venue": rng.choice(VENUES),
                "sheet": "Peserta",
                "source_file": f"sintetis_{made + k:06d}.xlsx",
                "file_sha256": f"{seed:08x}{made + k:056x}",
                "uploaded_by": user,
                "uploaded_at": datetime.now(UTC),
                "n_participants": size,
                "is_sample": False,
            }
            metas.append(meta)
            people.extend(_people(rng, size, serial, texts, classes, earlier))
            refs.extend([reference_date(start, year)] * size)
            serial += size
        frame = pd.DataFrame(people, columns=list(STORED_COLUMNS))
        rows = participant_rows(frame, refs)
        with store.write() as conn:
            inserted = conn.execute(
                sa.insert(cohorts).returning(cohorts.c.cohort_id, sort_by_parameter_order=True), metas
            )
            ids = [int(i) for i in inserted.scalars()]
            position = 0
            for cohort_id, meta in zip(ids, metas, strict=True):
                for row in rows[position : position + meta["n_participants"]]:
                    row["cohort_id"] = cohort_id
                position += meta["n_participants"]
            insert_rows(conn, participants, rows)
            facts_sql.insert_facts(conn, ids)
            record_audit(conn, user, "unggah", f"{batch} angkatan sintetis (fiktif), {len(rows)} peserta.")
        made += batch
    return n_cohorts


def _people(
    rng: random.Random,
    size: int,
    serial: int,
    texts: list[str],
    classes: dict[str, Any],
    earlier: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for i in range(size):
        if earlier and rng.random() < REPEAT_SHARE:
            again = dict(earlier[rng.randrange(len(earlier))])
            if all(r["nip"] != again["nip"] for r in rows):
                rows.append(again | {"row": i + 7, "score": round(rng.uniform(70, 95), 2)})
                continue
        number = nip(rng, serial + i)
        text = texts[rng.randrange(len(texts))]
        cls = classes[text]
        rows.append(
            {
                "sheet": "Peserta",
                "row": i + 7,
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {serial + i}",
                "nip": number,
                "nip_status": "pns",
                "gender": "L" if number[14] == "1" else "P",
                "birth_date": date(int(number[:4]), int(number[4:6]), int(number[6:8])),
                "appointment_date": date(int(number[8:12]), int(number[12:14]), 1),
                "golongan": rng.choice(GOLONGAN),
                "jabatan": rng.choice(JABATAN),
                "instansi": text,
                "agency": cls.agency,
                "sector": cls.sector,
                "level": cls.level,
                "province": cls.province,
                "score": round(rng.uniform(70, 95), 2),
                "issue_codes": "agency_unknown" if cls.sector == "unknown" else None,
            }
        )
        if len(earlier) < 50_000:
            earlier.append(rows[-1])
        elif rng.random() < 0.01:
            earlier[rng.randrange(len(earlier))] = rows[-1]
    return rows


def synthetic_upload(n_participants: int, *, angkatan: str = "I", seed: int = 2) -> CohortUpload:
    """One fictional cohort shaped like an intake result (for timing save_cohort)."""
    rng = random.Random(seed)
    texts = instansi_values(300, seed=seed)
    rows = _people(rng, n_participants, 10_000_000 * seed, texts, classify_many(texts), [])
    frame = pd.DataFrame(rows)
    frame["issues"] = [tuple(codes.split(",")) if codes else () for codes in frame.pop("issue_codes")]
    for column in PARTICIPANT_COLUMNS:
        if column not in frame:
            frame[column] = None
    start = date(2025, 3, 10)
    return CohortUpload(
        program="Pelatihan Uji Kecepatan",
        angkatan=angkatan,
        year=start.year,
        start_date=start,
        end_date=start + timedelta(days=3),
        venue=VENUES[0],
        sheet="Peserta",
        participants=frame[list(PARTICIPANT_COLUMNS)],
        issues=[],
        source_file="sintetis_unggah.xlsx",
        file_sha256=f"{seed:064x}",
    )
