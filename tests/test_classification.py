"""Agency corrections in the store and re-classifying stored cohorts (SQLite and PostgreSQL): a correction
changes the stored counts of cohorts saved before it, at once, in one transaction; a re-classification is
planned per cohort, then applied or refused when the store moved on."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from loaders.agencies import AgencyClass
from store import Store, StoreError
from store.backup import export_backup, restore_backup
from store.schema import participants
from tests.factories import reference_upload, small_upload

PEMDA_BOGOR = AgencyClass(
    "regional", "regency", "Pemerintah Kabupaten Bogor", "Jawa Barat", 1.0, "Koreksi uji"
)


def sector_totals(store: Store, cohort_id: int) -> dict[str, int]:
    """Participants by sector of one cohort, from the facts table the overview reads."""
    facts = store.facts([cohort_id])
    total = facts[facts["dimension"] == "total"]
    return {str(k): int(v) for k, v in total.groupby("sector")["n"].sum().items() if v}


def test_a_correction_changes_the_counts_of_a_cohort_saved_before_it(store: Store) -> None:
    cohort_id = store.save_cohort(reference_upload(), user="admin")
    assert sector_totals(store, cohort_id) == {"central": 14, "regional": 12}
    generation = store.generation()
    # An officer decides that one K/L text (as written in the roster, in another spelling) is Pemda.
    changed = store.save_correction("KEMENDAGRI.", PEMDA_BOGOR, user="petugas")
    people, _ = store.participants([cohort_id], limit=None)
    moved = people[people["instansi"] == "Kemendagri"]
    assert changed == len(moved) > 0
    assert set(moved["sector"]) == {"regional"} and set(moved["agency"]) == {"Pemerintah Kabupaten Bogor"}
    assert sector_totals(store, cohort_id) == {"central": 14 - changed, "regional": 12 + changed}
    assert store.generation() > generation  # the pages' caches and the snapshot follow
    assert "KEMENDAGRI." in store.corrections()
    log = store.audit_log(1)
    assert log["action"].tolist() == ["koreksi_instansi"] and f"{changed} peserta" in log["detail"].iloc[0]


def test_a_correction_of_an_unknown_text_clears_its_load_report_lines(store: Store) -> None:
    rows = [
        {"row": i + 2, "name": f"Peserta {i}", "instansi": "Bagian Umum Sekretariat Uji", "sector": "unknown",
         "issues": ("agency_unknown",)}
        for i in range(3)
    ]  # fmt: skip
    upload = small_upload("I", rows)
    from loaders.report import make_issue

    upload.issues = [
        make_issue("agency_unknown", sheet="Peserta", row=r["row"], instansi=r["instansi"]) for r in rows
    ]
    cohort_id = store.save_cohort(upload, user="admin")
    assert set(store.load_issues([cohort_id])["code"]) == {"agency_unknown"}
    assert len(store.unknown_agencies([cohort_id])) == 1
    store.save_correction("Bagian Umum Sekretariat Uji", PEMDA_BOGOR, user="petugas")
    assert store.load_issues([cohort_id]).empty
    assert store.unknown_agencies([cohort_id]).empty
    assert sector_totals(store, cohort_id) == {"regional": 3}
    with store.engine.connect() as conn:
        codes = conn.execute(
            sa.select(participants.c.issue_codes).where(participants.c.cohort_id == cohort_id)
        )
        assert [c for (c,) in codes] == [None, None, None]


def test_an_empty_text_cannot_be_corrected(store: Store) -> None:
    with pytest.raises(StoreError, match="kosong"):
        store.save_correction("  ..", PEMDA_BOGOR, user="petugas")


def _forget_classification(store: Store, instansi: str) -> int:
    """What an older reference release would have stored: the text as unknown (facts written from it, as a
    save writes them)."""
    from store import facts as facts_sql
    from store.schema import cohorts

    with store.engine.begin() as conn:
        result = conn.execute(
            sa.update(participants)
            .where(participants.c.instansi == instansi)
            .values(sector="unknown", level=None, agency=None, province=None)
        )
        ids = [int(i) for (i,) in conn.execute(sa.select(cohorts.c.cohort_id))]
        facts_sql.delete_facts(conn, ids)
        facts_sql.insert_facts(conn, ids)
        return int(result.rowcount)


def test_reclassify_plans_per_cohort_then_applies(store: Store) -> None:
    cohort_id = store.save_cohort(reference_upload(), user="admin")
    n = _forget_classification(store, "Kementerian Keuangan")
    assert n > 0
    # the facts were written from the old classification; re-save them as the old release would have
    from store import facts as facts_sql

    with store.engine.begin() as conn:
        facts_sql.delete_facts(conn, [cohort_id])
        facts_sql.insert_facts(conn, [cohort_id])
    assert sector_totals(store, cohort_id) == {"central": 14 - n, "regional": 12, "unknown": n}

    plan = store.plan_reclassification()
    assert list(plan.changes) == ["Kementerian Keuangan"] and plan.n_participants == n
    row = plan.cohorts.iloc[0]
    assert int(row["cohort_id"]) == cohort_id
    assert (row["central_before"], row["central_after"]) == (14 - n, 14)
    assert (row["unknown_before"], row["unknown_after"]) == (n, 0)
    assert sector_totals(store, cohort_id)["unknown"] == n  # planning writes nothing

    assert store.reclassify(plan, user="admin") == n
    assert sector_totals(store, cohort_id) == {"central": 14, "regional": 12}
    assert store.plan_reclassification().empty
    assert store.audit_log(1)["action"].tolist() == ["klasifikasi_ulang"]


def _roster(tmp_path, name: str, title: str, instansi: list[str]):
    """A small roster file whose title block is one line, read by the intake."""
    from openpyxl import Workbook

    from loaders import read_roster

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([title])
    sheet.append(["No", "Nama", "Instansi"])
    names = ["Ani Lestari", "Budi Santoso", "Citra Dewi", "Dodi Pratama", "Eka Putri", "Fajar Nugroho"]
    for i, (person, text) in enumerate(zip(names[: len(instansi)], instansi, strict=True), start=1):
        sheet.append([i, f"{person} {name.title()}", text])
    path = tmp_path / f"{name}.xlsx"
    workbook.save(path)
    return read_roster(path)


def test_reclassifying_keeps_the_units_a_roster_placed(store: Store, tmp_path) -> None:
    """'Dinas Sosial' names no region: the intake stored it in the government its roster's title names. The
    text alone cannot say that again, so a re-classification (or a correction of another text) keeps it."""
    from store.uploads import cohort_uploads

    texts = ["Dinas Sosial", "Dinas Sosial", "Kementerian Keuangan", "Kementerian Keuangan"]
    titled = _roster(tmp_path, "sampang", "PEMERINTAH KABUPATEN SAMPANG", texts)
    plain = _roster(tmp_path, "nasional", "DAFTAR PESERTA PELATIHAN DASAR CPNS", texts)
    ids = [store.save_cohort(cohort_uploads(r, c * 64)[0], user="admin") for r, c in ((titled, "b"), (plain, "c"))]

    def agencies() -> dict[int, set[str | None]]:
        people, _ = store.participants(ids, limit=None)
        social = people[people["instansi"] == "Dinas Sosial"]
        return {i: set(social.loc[social["cohort_id"] == i, "agency"].replace({float("nan"): None})) for i in ids}

    placed = {ids[0]: {"Pemerintah Kabupaten Sampang"}, ids[1]: {None}}
    assert agencies() == placed
    assert store.plan_reclassification().empty  # the placement is not a change
    _forget_classification(store, "Kementerian Keuangan")
    plan = store.plan_reclassification()
    assert list(plan.changes) == ["Kementerian Keuangan"]
    store.reclassify(plan, user="admin")
    assert agencies() == placed
    # A correction that keeps the unit regional without a region: each cohort keeps where its roster put it.
    regional = AgencyClass("regional", None, None, None, 1.0, "Koreksi uji")
    store.save_correction("Dinas Sosial", regional, user="petugas")
    assert agencies() == placed
    store.save_correction("Dinas Sosial", PEMDA_BOGOR, user="petugas")  # a government named: it wins
    assert agencies() == {i: {"Pemerintah Kabupaten Bogor"} for i in ids}


def test_a_stale_reclassification_plan_is_refused(store: Store) -> None:
    cohort_id = store.save_cohort(reference_upload(), user="admin")
    _forget_classification(store, "Kementerian Keuangan")
    plan = store.plan_reclassification()
    _forget_classification(store, "Kemenkes")  # the store moved on after the preview
    with pytest.raises(StoreError, match="pratinjau"):
        store.reclassify(plan, user="admin")
    people, _ = store.participants([cohort_id], limit=None)
    assert set(people.loc[people["instansi"] == "Kementerian Keuangan", "sector"]) == {"unknown"}  # untouched


def test_corrections_apply_to_later_plans(store: Store) -> None:
    store.save_cohort(reference_upload(), user="admin")
    store.save_correction("Kemenkes", PEMDA_BOGOR, user="petugas")
    assert store.plan_reclassification().empty  # the correction is part of what the classifier says now


def test_the_full_backup_carries_the_corrections(store: Store) -> None:
    import io

    import openpyxl

    store.save_cohort(reference_upload(), user="admin")
    store.save_correction("Kemenkes", PEMDA_BOGOR, user="petugas")
    data = export_backup(store)
    store.save_correction("BKN", PEMDA_BOGOR, user="petugas")  # made after the backup: gone after restore
    restore_backup(store, data, user="admin")
    assert list(store.corrections()) == ["Kemenkes"]
    assert store.corrections()["Kemenkes"].agency == "Pemerintah Kabupaten Bogor"
    # A backup made before corrections were stored has no such sheet: it restores, with no corrections.
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    del workbook["agency_corrections"]
    older = io.BytesIO()
    workbook.save(older)
    restore_backup(store, older.getvalue(), user="admin")
    assert store.corrections() == {}


def test_servers_starting_together_take_over_the_old_corrections_file_once(
    db_url, tmp_path, monkeypatch
) -> None:
    """Several servers on one database start at once and each finds the old corrections file not taken over
    yet; one takes it over, the others find its marker under the write lock (none fails on the marker)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    import store.database as database
    from loaders.overrides import save_overrides
    from store import open_store

    path = save_overrides({"UPT Pelatihan Kerja": PEMDA_BOGOR}, tmp_path / "agency_overrides.csv")
    servers = [open_store(db_url) for _ in range(2)]  # two connection pools, as two server processes have
    both_checked = threading.Barrier(2, timeout=20)
    read = database.load_overrides

    def read_once_both_checked(file: object) -> object:
        both_checked.wait()  # both passed the quick check before either writes
        return read(file)

    monkeypatch.setattr(database, "load_overrides", read_once_both_checked)
    with ThreadPoolExecutor(2) as pool:
        taken = sorted(pool.map(lambda server: server.import_corrections_file(path), servers))
    assert taken == [0, 1]
    assert list(servers[1].corrections()) == ["UPT Pelatihan Kerja"]
    assert servers[0].audit_log(10)["action"].tolist().count("impor_koreksi") == 1
    for server in servers:
        server.close()


def test_reclassify_on_the_command_line_previews_then_applies(tmp_path) -> None:
    """`python -m store reclassify` as the operator runs it: a preview per cohort, then --apply."""
    import subprocess
    import sys
    from pathlib import Path

    from store import open_store

    url = f"sqlite:///{tmp_path / 'dasbor.sqlite3'}"
    store = open_store(url)
    cohort_id = store.save_cohort(reference_upload(), user="admin")
    n = _forget_classification(store, "Kementerian Keuangan")
    root = Path(__file__).resolve().parents[1]

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "store", "--db", url, "reclassify", *args],
            cwd=root, capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return done.stdout

    preview = run()
    assert "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023" in preview
    assert f"K/L {14 - n} -> 14" in preview and f"tak dikenali {n} -> 0" in preview
    assert "--apply" in preview
    people, _ = store.participants([cohort_id], limit=None)
    assert (people["sector"] == "unknown").sum() == n  # a preview writes nothing
    assert f"Disimpan: {n} peserta" in run("--apply")
    people, _ = store.participants([cohort_id], limit=None)
    assert (people["sector"] == "unknown").sum() == 0
    assert "tidak ada yang berubah" in run()
    store.close()


def test_a_correction_replaces_the_review_note_of_a_taxonomy_dependent_text(store: Store) -> None:
    """A state university is counted as K/L and flagged for review (load report 'agency_review'); once an
    officer has decided, the note goes, in the stored report as in the next read."""
    from loaders.agencies import classify_agency
    from loaders.report import make_issue
    from loaders.roster import REVIEW_SIDES

    text = "Universitas Gadjah Mada"
    found = classify_agency(text)
    assert found.sector == "central" and found.review
    rows = [{"row": 2, "name": "Peserta 1", "instansi": text, "agency": found.agency, "sector": "central",
             "level": found.level, "issues": ("agency_review",)}]  # fmt: skip
    upload = small_upload("I", rows)
    upload.issues = [make_issue("agency_review", sheet="Peserta", row=2, instansi=text,
                                side=REVIEW_SIDES["central"], review=found.review)]  # fmt: skip
    cohort_id = store.save_cohort(upload, user="admin")
    assert list(store.load_issues([cohort_id])["code"]) == ["agency_review"]
    decided = AgencyClass(
        "central", "ministry", "Universitas Gadjah Mada", "Daerah Istimewa Yogyakarta", 1.0, "Koreksi"
    )
    store.save_correction(text, decided, user="petugas")
    assert store.load_issues([cohort_id]).empty


def test_rewriting_most_of_the_store_gives_the_facts_written_from_scratch(store: Store) -> None:
    """When a change touches most cohorts, rewrite_facts brings the whole table up to date by its differences
    (rows that vanish, counts that change, rows that are new, rows that stay): the result is exactly the facts
    insert_facts writes from nothing."""
    from store import facts as facts_sql
    from store.schema import cohorts, facts

    ids = [store.save_cohort(reference_upload(angkatan=a, file_sha256=c * 64), user="admin") for a, c in
           (("IV", "a"), ("V", "b"), ("VI", "c"))]  # fmt: skip

    def table() -> list[tuple[object, ...]]:
        with store.engine.connect() as conn:
            return sorted(tuple(r) for r in conn.execute(sa.select(facts)).all())

    stored = table()
    p = participants.c
    with store.engine.begin() as conn:
        # a text becomes unknown (rows vanish, rows appear, counts change), Pemda moves province, one person ages
        conn.execute(
            sa.update(participants)
            .where(p.instansi == "Kementerian Keuangan")
            .values(sector="unknown", level=None, agency=None, province=None)
        )
        conn.execute(sa.update(participants).where(p.sector == "regional", p.cohort_id != ids[2]).values(province="Bali"))
        conn.execute(sa.update(participants).where(p.cohort_id == ids[0], p.row == 12).values(age_band="<30"))
        n_cohorts = int(conn.scalar(sa.select(sa.func.count()).select_from(cohorts)) or 0)
        facts_sql.rewrite_facts(conn, ids, n_cohorts)
    rewritten = table()
    with store.engine.begin() as conn:
        facts_sql.delete_facts(conn, ids)
        facts_sql.insert_facts(conn, ids)
    assert rewritten == table() != stored
    assert set(stored) & set(rewritten)  # some rows stayed as they were
