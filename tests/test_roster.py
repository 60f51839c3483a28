"""The intake reads every messy-but-valid layout exactly: no participant dropped, invented or moved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders import RosterError, read_roster
from loaders.roster import LoadResult
from tests import builders as b

LAYOUTS: dict[str, Any] = {
    "plain": lambda p: b.xlsx_roster(p),
    "two_row_header_number_row_footer": lambda p: b.xlsx_roster(
        p, two_row_header=True, number_row=True, footer="both"
    ),
    "excel_table_at_c6": lambda p: b.xlsx_roster(p, as_excel_table=True, start_col=3),
    "subheaders_merged_instansi": lambda p: b.xlsx_roster(
        p, agency_subheaders=True, merged_instansi=True, footer="both"
    ),
    "formulas_and_error_values": lambda p: b.xlsx_roster(p, formulas_without_cache=True, error_values=True),
    "nip_exact_number": lambda p: b.xlsx_roster(p, nip_as_number="exact"),
    "nip_excel15": lambda p: b.xlsx_roster(p, nip_as_number="excel15"),
    "nip_mixed_styles": lambda p: b.xlsx_roster(p, nip_style="mixed"),
    "blank_rows": lambda p: b.xlsx_roster(p, blank_rows_after=(3, 10)),
    "multi_sheet": lambda p: b.multi_sheet_xlsx(p),
    "xlsm": lambda p: b.xlsm_roster(p),
    "ods": lambda p: b.ods_roster(p),
    "xls": lambda p: b.xls_roster(p),
    "html_as_xls": lambda p: b.html_roster(p),
    **{f"csv_{name}": (lambda p, o=opts: b.csv_roster(p, **o)) for name, opts in b.CSV_VARIANTS.items()},
    **{f"misnamed_{name}": maker for name, maker in b.MISNAMED.items()},
}


def _load(maker: Any, tmp_path: Path) -> tuple[b.Roster, LoadResult]:
    roster = maker(tmp_path)
    return roster, read_roster(roster)


def _read_text(tmp_path: Path, filename: str, text: str) -> LoadResult:
    """Read a small CSV written out literally (UTF-8)."""
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8")
    return read_roster(path)


def test_html_title_paragraph_above_the_table_gives_the_cohort_metadata(tmp_path: Path) -> None:
    """An HTML 'DaftarPeserta.xls' with its title in a <p> above the table (tests/data/real_layouts/SOURCES.md):
    the lines read as title rows above the header, as Excel shows them; head, title and style are not text."""
    path = tmp_path / "DaftarPeserta.xls"
    path.write_text(
        "<html><head><title>Cetak Panitia Diklat</title></head><style>.judul2{font-size:14px}</style><body>"
        '<p class="judul2">DAFTAR PESERTA DIKLAT<br>\nDIKLAT PENGUATAN KEPALA SEKOLAH ANGKATAN III TAHUN 2024</p>'
        '<table border="1"><tr><th>No</th><th>Nama</th><th>NIP</th><th>Instansi</th></tr>'
        "<tr><td>1</td><td>Budi Santoso</td><td>198507152010011003</td><td>SMA Negeri 2 Bukittinggi</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    result = read_roster(path)
    (cohort,) = result.cohorts
    assert (cohort.program, cohort.angkatan, cohort.year) == ("Diklat Penguatan Kepala Sekolah", "III", 2024)
    assert list(result.participants["row"]) == [4]  # two title lines, the header, then the person


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_participant_is_read_from_its_own_row(layout: str, tmp_path: Path) -> None:
    roster, result = _load(LAYOUTS[layout], tmp_path)
    frame = result.participants
    assert list(zip(frame["sheet"], frame["row"], strict=True)) == [
        (r.sheet, r.excel_row) for r in roster.rows
    ]
    for truth, name, nip, status in zip(
        roster.rows, frame["name"], frame["nip"], frame["nip_status"], strict=True
    ):
        if truth.nip_damaged:
            assert status == "damaged"
        elif truth.nip is None:
            assert status == "missing"
        else:
            assert (nip, status) == (truth.nip, "pns")
        if truth.name_formula is None:
            assert name == truth.name


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_sector_breakdown_matches_truth_and_sums_to_total(layout: str, tmp_path: Path) -> None:
    roster, result = _load(LAYOUTS[layout], tmp_path)
    summary = result.summary()
    assert summary["by_sector"] == roster.count_by("sector")
    for key in ("by_sector", "by_level", "by_province", "by_gender"):
        assert sum(summary[key].values()) == summary["participants"] == roster.count


def test_reference_cohort_metadata_from_the_title_block(tmp_path: Path) -> None:
    result = read_roster(b.xlsx_roster(tmp_path, two_row_header=True))
    (cohort,) = result.cohorts
    assert (cohort.program, cohort.angkatan, cohort.year) == ("Pelatihan Coaching dan Mentoring", "IV", 2023)
    assert (cohort.start_date, cohort.end_date) == (dt.date(2023, 9, 5), dt.date(2023, 9, 8))
    assert cohort.venue and "Makarti" in cohort.venue
    assert cohort.sources["angkatan"].startswith("judul baris")
    assert result.summary()["by_sector"] == {"central": 14, "regional": 12}


def test_gender_and_birth_date_are_derived_from_valid_nips(tmp_path: Path) -> None:
    roster, result = _load(lambda p: b.xlsx_roster(p), tmp_path)
    frame = result.participants
    for truth, gender, born in zip(roster.rows, frame["gender"], frame["birth_date"], strict=True):
        assert gender == truth.gender
        assert born.strftime("%Y%m%d") == truth.nip[:8]  # type: ignore[index]


def _codes_by_row(result: LoadResult) -> dict[int | None, set[str]]:
    found: dict[int | None, set[str]] = {}
    for issue in result.issues:
        found.setdefault(issue.row, set()).add(issue.code)
    return found


def test_damaged_nips_are_flagged_and_derive_nothing(tmp_path: Path) -> None:
    roster, result = _load(lambda p: b.xlsx_roster(p, nip_as_number="excel15"), tmp_path)
    codes = _codes_by_row(result)
    frame = result.participants.set_index("row")
    damaged = [r for r in roster.rows if r.nip_damaged]
    assert damaged
    for truth in damaged:
        assert "nip_damaged" in codes[truth.excel_row]
        assert (
            frame.at[truth.excel_row, "birth_date"] is None
            or str(frame.at[truth.excel_row, "birth_date"]) == "NaT"
        )


def test_exact_numeric_nips_are_kept_with_a_warning(tmp_path: Path) -> None:
    roster, result = _load(lambda p: b.xlsx_roster(p, nip_as_number="exact"), tmp_path)
    codes = _codes_by_row(result)
    assert all("nip_stored_as_number" in codes[r.excel_row] for r in roster.rows)
    assert result.participants["nip"].tolist() == roster.nips


def test_formulas_without_value_and_error_cells_are_reported_per_cell(tmp_path: Path) -> None:
    roster, result = _load(
        lambda p: b.xlsx_roster(p, formulas_without_cache=True, error_values=True), tmp_path
    )
    codes = _codes_by_row(result)
    for truth in roster.rows:
        if truth.name_formula:
            assert "formula_no_value" in codes.get(truth.excel_row, set())
        if truth.errors:
            assert "excel_error" in codes.get(truth.excel_row, set())
    messages = [i.message for i in result.issues if i.code == "excel_error"]
    assert any("#N/A" in m for m in messages)


def test_skipped_rows_are_reported_not_silently_dropped(tmp_path: Path) -> None:
    roster = b.xlsx_roster(tmp_path, agency_subheaders=True, number_row=True, footer="both")
    result = read_roster(roster)
    reported = {i.row for i in result.issues if i.code.startswith("row_")}
    footer = [i for i in result.issues if i.code == "row_footer"]
    assert footer
    first_footer = footer[0].row
    for _sheet, row in roster.skip_rows:
        assert row in reported or row >= first_footer  # type: ignore[operator]


def test_hidden_instruction_and_recap_sheets_are_skipped_with_notes(tmp_path: Path) -> None:
    roster = b.multi_sheet_xlsx(tmp_path)
    result = read_roster(roster)
    assert [c.sheet for c in result.cohorts] == list(roster.sheets)
    notes = {i.code for i in result.issues if i.row is None}
    assert {"sheet_hidden", "sheet_skipped"} <= notes
    stale = {r.nip for r in roster.stale_rows}
    assert not stale & set(result.participants["nip"].dropna())


def test_sensitive_columns_are_dropped_and_named(tmp_path: Path) -> None:
    result = _read_text(
        tmp_path,
        "peserta.csv",
        "No;Nama;NIP;NIK;Agama;No. HP;Alamat;Instansi;Hobi\n"
        "1;Sri Kusuma;198403012010122001;3201010101010001;Islam;0812;Jl. Mawar 1;Kementerian Keuangan;catur\n",
    )
    dropped = sorted(i.message.split("'")[1] for i in result.issues if i.code == "column_sensitive")
    assert dropped == ["Agama", "Alamat", "NIK", "No. HP"]
    assert [i.message.split("'")[1] for i in result.issues if i.code == "column_ignored"] == ["Hobi"]
    assert "3201010101010001" not in result.participants.astype(str).to_string()
    assert result.columns["peserta.csv"]["sensitive_dropped"] == ["NIK", "Agama", "No. HP", "Alamat"]


def test_macros_are_ignored_with_a_note(tmp_path: Path) -> None:
    result = read_roster(b.xlsm_roster(tmp_path))
    assert "macros_ignored" in {i.code for i in result.issues}


def test_duplicate_person_in_one_cohort_is_counted_once_and_reported(tmp_path: Path) -> None:
    people = b.sample_people(5)
    roster = b.xlsx_roster(tmp_path, rows=(*people, people[1]))
    result = read_roster(roster)
    assert len(result.participants) == 5 and result.cohorts[0].n_participants == 5
    assert result.duplicates["row"].tolist() == [roster.rows[-1].excel_row]  # shown in the preview
    dupes = [i for i in result.issues if i.code == "duplicate_in_file"]
    assert [d.row for d in dupes] == [roster.rows[-1].excel_row]
    assert f"baris {roster.rows[1].excel_row}" in dupes[0].message
    assert "tidak dihitung dua kali" in dupes[0].message
    assert sum(result.summary()["by_sector"].values()) == 5


def test_same_name_without_nip_can_be_kept_as_two_people(tmp_path: Path) -> None:
    people = b.sample_people(5)
    roster = b.xlsx_roster(tmp_path, rows=(*people, people[1]), missing_nip=(1, 5))
    assert len(read_roster(roster).participants) == 5  # same name, no NIP: one person by default
    kept = read_roster(roster, keep_duplicates=True)
    assert len(kept.participants) == 6 and kept.duplicates.empty
    (dupe,) = [i for i in kept.issues if i.code == "duplicate_in_file"]
    assert "nama sama, tanpa NIP" in dupe.message and "kedua baris dihitung" in dupe.message


def test_gender_mismatch_with_nip_is_flagged(tmp_path: Path) -> None:
    person = b.sample_people(1)[0]
    wrong = "P" if person.gender == "L" else "L"
    roster = b.xlsx_roster(tmp_path, rows=(b.Person(**{**person.__dict__, "gender": wrong}),))
    result = read_roster(roster)
    assert [i.code for i in result.issues if i.row == roster.rows[0].excel_row] == ["gender_mismatch"]


def test_explicit_column_mapping_rescues_an_unknown_header(tmp_path: Path) -> None:
    header = {**b.DEFAULT_HEADER, "instansi": "Lokasi Penugasan"}
    roster = b.xlsx_roster(tmp_path, header=tuple(header[f] for f in b.FIELDS))
    with pytest.raises(RosterError, match="Tidak ditemukan tabel peserta.*Lokasi Penugasan") as err:
        read_roster(roster)
    assert err.value.code == "no_roster"
    result = read_roster(roster, column_mapping={"Lokasi Penugasan": "instansi"})
    assert result.summary()["by_sector"] == roster.count_by("sector")


def test_unknown_mapping_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="Pemetaan kolom 'Nama' ke 'umur' tidak dikenal"):
        read_roster(b.xlsx_roster(tmp_path), column_mapping={"Nama": "umur"})


def test_unknown_agency_is_listed_with_its_row(tmp_path: Path) -> None:
    person = b.sample_people(1)[0]
    roster = b.xlsx_roster(
        tmp_path, rows=(b.Person(**{**person.__dict__, "instansi": "Kantor Antah Berantah"}),)
    )
    result = read_roster(roster)
    unknown = [i for i in result.issues if i.code == "agency_unknown"]
    assert [(u.row, "Antah Berantah" in u.message) for u in unknown] == [(roster.rows[0].excel_row, True)]
    assert result.participants["sector"].tolist() == ["unknown"]


def test_taxonomy_dependent_agency_is_counted_and_flagged(tmp_path: Path) -> None:
    person = b.sample_people(1)[0]
    roster = b.xlsx_roster(
        tmp_path, rows=(b.Person(**{**person.__dict__, "instansi": "Universitas Negeri Padang"}),)
    )
    result = read_roster(roster)
    assert result.participants["sector"].tolist() == ["central"]
    review = [i for i in result.issues if i.code == "agency_review"]
    assert [(r.row, r.severity) for r in review] == [(roster.rows[0].excel_row, "info")]
    assert "instansi pusat (K/L)" in review[0].message and "Perguruan tinggi negeri" in review[0].message


def test_overrides_reclassify_an_agency(tmp_path: Path) -> None:
    from loaders.agencies import AgencyClass

    person = b.sample_people(1)[0]
    roster = b.xlsx_roster(
        tmp_path, rows=(b.Person(**{**person.__dict__, "instansi": "Kantor Antah Berantah"}),)
    )
    override = AgencyClass("regional", "city", "Pemerintah Kota Bogor", "Jawa Barat", 1.0, "koreksi pengguna")
    result = read_roster(roster, overrides={"Kantor Antah Berantah": override})
    assert result.participants["sector"].tolist() == ["regional"]
    assert not [i for i in result.issues if i.code == "agency_unknown"]


TEXTS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.lists(TEXTS, min_size=1, max_size=6), max_size=12), sep=st.sampled_from(";,\t"))
def test_any_text_file_loads_or_raises_only_roster_error(
    tmp_path: Path, cells: list[list[str]], sep: str
) -> None:
    path = tmp_path / "acak.csv"
    path.write_text("\n".join(sep.join(row) for row in cells), encoding="utf-8")
    try:
        result = read_roster(path)
    except RosterError as exc:
        assert exc.message.startswith("File 'acak.csv'")
        assert exc.code != "unreadable", exc.message  # "unreadable" only wraps an unexpected exception
        return
    summary = result.summary()
    for key in ("by_sector", "by_level", "by_province", "by_gender"):
        assert sum(summary[key].values()) == summary["participants"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".xlsx", ".xls", ".csv", ".ods"]))
def test_any_bytes_load_or_raise_only_roster_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"acak{suffix}"
    path.write_bytes(data)
    try:
        read_roster(path)
    except RosterError as exc:
        # read_roster turns any unexpected exception into "unreadable": that code means a reader crashed
        assert exc.code != "unreadable", exc.message


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=1, max_value=26), seed=st.integers(min_value=0, max_value=10_000))
def test_breakdowns_always_sum_to_the_total(tmp_path: Path, n: int, seed: int) -> None:
    people = b.sample_people(26, seed=seed)[:n]
    result = read_roster(b.csv_roster(tmp_path, rows=people, filename=f"r{seed}_{n}.csv"))
    summary = result.summary()
    assert summary["participants"] == n
    for key in ("by_sector", "by_level", "by_province", "by_gender"):
        assert sum(summary[key].values()) == n


def test_a_row_without_instansi_is_reported_not_fatal(tmp_path: Path) -> None:
    # Used to raise "File tidak dapat dibaca (KeyError: None)" for the whole file.
    people = list(b.sample_people(4))
    people[2] = b.Person(**{**people[2].__dict__, "instansi": ""})
    roster = b.xlsx_roster(tmp_path, rows=people)
    result = read_roster(roster)
    assert len(result.participants) == 4
    blank_row = roster.rows[2].excel_row
    assert [i.code for i in result.issues if i.row == blank_row] == ["missing_instansi"]
    row = result.participants.set_index("row").loc[blank_row]
    assert row["sector"] == "unknown" and row["issues"] == ("missing_instansi",)
    assert sum(result.summary()["by_sector"].values()) == 4


def test_short_csv_rows_are_read_as_empty_trailing_cells(tmp_path: Path) -> None:
    # Exporters drop trailing empty fields; a short row used to make the whole file unreadable.
    result = _read_text(
        tmp_path,
        "pendek.csv",
        "No,Nama,Instansi,Nilai\n1,Budi Santoso,Kementerian Keuangan\n2,Ani Lestari,Pemerintah Kota Bandung,80\n"
        "3,Cici Paramita\n",
    )
    frame = result.participants
    assert frame["name"].tolist() == ["Budi Santoso", "Ani Lestari", "Cici Paramita"]
    assert frame["score"].tolist()[1] == 80.0 and frame["score"].isna().tolist() == [True, False, True]
    assert [(i.row, i.code) for i in result.issues if i.code == "missing_instansi"] == [
        (4, "missing_instansi")
    ]


def test_csv_rows_keep_their_line_numbers_after_a_multi_line_cell(tmp_path: Path) -> None:
    result = _read_text(
        tmp_path,
        "baris.csv",
        'No;Nama;Instansi;Jabatan\n1;Budi Santoso;Kementerian Keuangan;"Analis\nKebijakan"\n'
        "2;Ani Lestari;Pemerintah Kota Bandung;Perencana\n3;Cici Paramita;;Auditor\n",
    )
    assert result.participants["row"].tolist() == [2, 4, 5]
    assert result.participants["jabatan"].tolist()[0] == "Analis Kebijakan"
    assert [i.row for i in result.issues if i.code == "missing_instansi"] == [5]


@pytest.mark.parametrize(("kind", "merged_title"), [("csv", False), ("xlsx", False), ("xlsx", True)])
def test_a_title_line_right_above_the_header_stays_the_cohort_title(
    tmp_path: Path, kind: str, merged_title: bool
) -> None:
    title = "DAFTAR PESERTA PELATIHAN DASAR CPNS ANGKATAN XII TAHUN 2025"
    header = ["No", "Nama", "NIP", "Instansi", "Keterangan"]
    rows = [[1, "Budi Santoso", "198507152010011003", "Kementerian Keuangan", ""],
            [2, "Ani Lestari", "199001012019032001", "Pemerintah Kota Bandung", ""]]  # fmt: skip
    if kind == "csv":
        path = tmp_path / "judul.csv"
        lines = [title, ";".join(header), *(";".join(str(v) for v in r) for r in rows)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.append([title])
        if merged_title:
            sheet.merge_cells("A1:E1")
        for row in (header, *rows):
            sheet.append(row)
        path = tmp_path / "judul.xlsx"
        workbook.save(path)
    result = read_roster(path)
    assert result.participants["name"].tolist() == ["Budi Santoso", "Ani Lestari"]
    cohort = result.cohorts[0]
    assert (cohort.angkatan, cohort.year) == ("XII", 2025)
    assert cohort.sources["angkatan"] == "judul baris 1"


def _read_or_no_participants(path: Path) -> LoadResult | None:
    """Read a file with a roster header: it loads, or it is refused only for having no participant row, or (fifth
    real-layout audit) for an Instansi column empty in every row: a table naming nobody's agency is refused with
    what to do, not loaded as people of an unknown agency."""
    try:
        return read_roster(path)
    except RosterError as exc:
        if exc.code == "no_roster":
            assert "tidak punya kolom instansi yang terisi (kolom 'Instansi' kosong)" in exc.message, exc.message
            assert "--instansi 'Nama Instansi'" in exc.message
            return None
        assert exc.code == "no_participants", exc.message
        assert "Tidak ditemukan baris peserta" in exc.message and "lembar" in exc.message
        return None


ROSTER_CELLS = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),  # control bytes: "binary"
    st.sampled_from(["\t", " \t x"]),
    st.sampled_from(["", " ", "1", "2.", "JUMLAH", "Mengetahui,", "III/a", "IX", "L", "Perempuan", "86,5",
                     "198507152010011003", "1.98507E+17", "3201010101010001", "Kementerian Keuangan",
                     "Pemerintah Kota Bandung", "BPS Kabupaten Sleman", "Bandung, 15 Juli 1985"]),
)  # fmt: skip
ONE_LINE = str.maketrans(
    {";": ",", "\n": " ", "\r": " ", '"': "'", "\x85": " ", "\u2028": " ", "\u2029": " "}
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.permutations(
        ["No", "Nama", "NIP", "L/P", "Pangkat/Gol", "Instansi", "Tempat/Tgl Lahir", "Nilai"]
    ),
    rows=st.lists(st.lists(ROSTER_CELLS, min_size=0, max_size=9), max_size=15),
)
def test_any_rows_under_a_roster_header_load_and_add_up(
    tmp_path: Path, header: list[str], rows: list[list[str]]
) -> None:
    path = tmp_path / "roster.csv"
    lines = [";".join(header), *(";".join(c.translate(ONE_LINE) for c in r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _read_or_no_participants(path)  # a roster header is there: the file loads, or has no people
    if result is None:
        return
    summary = result.summary()
    for key in ("by_sector", "by_level", "by_province", "by_gender"):
        assert sum(summary[key].values()) == summary["participants"]
    assert set(result.participants["row"]) <= set(range(2, len(lines) + 1))


XLSX_CELLS = st.one_of(
    ROSTER_CELLS,
    st.none(),
    st.integers(-(10**17), 10**19),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    header=st.permutations(["No", "Nama", "NIP", "L/P", "Golongan", "Instansi", "Tanggal Lahir", "Nilai"]),
    rows=st.lists(st.lists(XLSX_CELLS, min_size=0, max_size=9), max_size=12),
)
def test_any_cell_types_under_a_roster_header_load_and_add_up(
    tmp_path: Path, header: list[str], rows: list[list[Any]]
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append([v.translate(ONE_LINE) if isinstance(v, str) else v for v in row])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    result = _read_or_no_participants(path)  # numbers, dates and booleans anywhere: the file still loads
    if result is None:
        return
    summary = result.summary()
    for key in ("by_sector", "by_level", "by_province", "by_gender"):
        assert sum(summary[key].values()) == summary["participants"]
    assert set(result.participants["row"]) <= set(range(2, len(rows) + 2))


@pytest.mark.parametrize(
    "name", ["Dr. Ir. Budi Santoso, M.Si.", "İrfan Hakim", "Sİti Aminah", "  ", "Ω", "ANI lestari, S.E."]
)
def test_person_keys_follow_the_stored_rule(name: str) -> None:
    # Keys are stored (participants.person_key) and must not drift: Python lower-casing, titles dropped.
    import re

    from loaders.people import TITLES, person_keys

    frame = pd.DataFrame(
        {"name": [name, "Cici"], "nip": [None, "198507152010011003"], "nip_status": ["missing", "pns"]}
    )
    bare = re.sub(r"[^a-z]+", " ", TITLES.sub(" ", name.lower())).strip()
    assert person_keys(frame).tolist() == [f"nama:{bare}" if bare else None, "nip:198507152010011003"]


# --- issue 14 layouts -----------------------------------------------------------------------------------


def test_section_rows_are_skipped_reported_and_name_the_instansi_below(tmp_path: Path) -> None:
    roster = b.sectioned_xlsx(tmp_path)
    result = read_roster(roster)
    frame = result.participants
    assert len(frame) == roster.count == 30  # was 48: each "A. <INSTANSI>" row counted as a person
    assert frame["row"].tolist() == [r.excel_row for r in roster.rows]
    assert frame["instansi"].str.casefold().tolist() == [r.instansi.casefold() for r in roster.rows]
    assert result.summary()["by_sector"] == roster.count_by("sector")
    sections = [i for i in result.issues if i.code == "row_section"]
    filled = [i for i in result.issues if i.code == "instansi_from_section"]
    assert len(sections) == len(filled) == len({r.instansi for r in roster.rows})
    assert [i.row for i in filled] == [i.row for i in sections]
    assert "missing_instansi" not in {i.code for i in result.issues}


def test_a_header_without_rows_is_a_clear_error_naming_file_and_sheet(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="lembar 'Peserta'.*Tidak ditemukan baris peserta") as err:
        read_roster(b.header_only_xlsx(tmp_path))
    assert err.value.code == "no_participants"
    assert err.value.message.startswith("File 'hanya_judul.xlsx', lembar 'Peserta'")


def test_of_two_instansi_columns_the_one_that_classifies_is_used_and_named(tmp_path: Path) -> None:
    roster = b.two_instansi_columns_xlsx(tmp_path)
    result = read_roster(roster)
    frame = result.participants
    assert frame["instansi"].tolist() == [r.instansi for r in roster.rows]
    assert frame["unit_kerja"].iloc[0] == "Bagian Umum"
    assert result.summary()["by_sector"] == {"central": 14, "regional": 12}
    (note,) = [i for i in result.issues if i.code == "instansi_column"]
    assert "'Tempat Bertugas' dipakai sebagai instansi" in note.message and "'UNIT KERJA'" in note.message


@pytest.mark.parametrize("header", ["Tempat Bertugas", "Tempat Tugas"])  # were not recognised at all
def test_instansi_header_spellings_load_the_reference_counts(tmp_path: Path, header: str) -> None:
    labels = {**b.DEFAULT_HEADER, "instansi": header}
    result = read_roster(b.xlsx_roster(tmp_path, header=tuple(labels[f] for f in b.FIELDS)))
    assert result.summary()["by_sector"] == {"central": 14, "regional": 12}


@pytest.mark.parametrize("first_row_only", [False, True])
def test_a_recap_sheet_splits_into_one_cohort_per_program_angkatan_and_year(
    tmp_path: Path, first_row_only: bool
) -> None:
    roster = b.recap_xlsx(tmp_path, first_row_only=first_row_only)
    result = read_roster(roster)
    truth = b.recap_cohorts()
    got = [
        (c.program, c.angkatan, c.year, c.start_date, c.end_date, c.n_participants) for c in result.cohorts
    ]
    assert got == [(c.program, c.angkatan, c.year, c.start, c.end, len(c.people)) for c in truth]
    first = result.cohorts[0]
    assert first.sources["angkatan"] == f"kolom 'Angkatan' baris {roster.rows[0].excel_row}"
    assert first.sources["start_date"].startswith("kolom 'Tanggal Mulai'")
    assert len(result.participants) == roster.count  # the PKP people are in PKA too: not duplicates
    assert not [i for i in result.issues if i.code == "duplicate_in_file"]


def test_a_sheet_named_rekap_holding_people_by_angkatan_is_read(tmp_path: Path) -> None:
    roster = b.recap_xlsx(tmp_path)
    from openpyxl import load_workbook

    workbook = load_workbook(roster.path)
    workbook.create_sheet("Petunjuk", 0)["A1"] = "PETUNJUK PENGISIAN"
    workbook.save(roster.path)
    result = read_roster(roster)
    assert len(result.cohorts) == 5 and len(result.participants) == roster.count


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sizes=st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=4),
    seed=st.integers(min_value=0, max_value=10_000),
    repeat=st.booleans(),
)
def test_breakdowns_sum_to_totals_in_every_cohort_of_a_recap_sheet(
    tmp_path: Path, sizes: list[int], seed: int, repeat: bool
) -> None:
    people = b.sample_people(26, seed=seed)
    cohorts = []
    for k, n in enumerate(sizes):
        members = people[k : k + n]
        if repeat:
            members = (*members, members[0])  # one person listed twice in this cohort
        start = dt.date(2024, 1 + k, 1)
        cohorts.append(b.RecapCohort("Pelatihan X", ("I", "II", "III", "IV")[k], 2024, start, start, members))
    result = read_roster(b.recap_xlsx(tmp_path, cohorts, filename=f"rekap_{seed}.xlsx"))
    assert [c.n_participants for c in result.cohorts] == sizes
    summary = result.summary()
    assert summary["participants"] == sum(sizes)
    for key in ("by_sector", "by_level", "by_province", "by_gender"):
        assert sum(summary[key].values()) == sum(sizes)
    from store import cohort_uploads

    for upload, n in zip(cohort_uploads(result, "e" * 64), sizes, strict=True):
        assert len(upload.participants) == n
        for column in ("sector", "level", "province", "gender"):
            assert int(upload.participants[column].value_counts(dropna=False).sum()) == n


def test_a_csv_sheet_is_named_after_the_upload_not_the_temporary_file(tmp_path: Path) -> None:
    roster = b.csv_roster(tmp_path, filename="roster.csv")  # how the upload page stores the bytes
    result = read_roster(roster, display_name="pka_2024_angkatan_I.csv")
    assert set(result.participants["sheet"]) == {"pka_2024_angkatan_I.csv"}
    assert [c.sheet for c in result.cohorts] == ["pka_2024_angkatan_I.csv"]


def test_a_repeated_nip_stays_one_person_even_when_named_rows_are_kept(tmp_path: Path) -> None:
    people = b.sample_people(5)
    result = read_roster(b.xlsx_roster(tmp_path, rows=(*people, people[1])), keep_duplicates=True)
    assert len(result.participants) == 5 and len(result.duplicates) == 1


_NAME_PIECES = st.sampled_from([*"abDrSsHhM., -'İıKſé\u212a\u0130", "Ir", "dr", "S.E.", "M.Si", "Hj", "Prof"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_NAME_PIECES, max_size=12).map("".join), min_size=1, max_size=20))
def test_bare_names_agree_with_the_python_rule(names: list[str]) -> None:
    # The Arrow path must give exactly the stored rule's keys (titles, word boundaries, non-ASCII letters).
    import re

    from loaders.people import TITLES, bare_names

    assert bare_names(names) == [re.sub(r"[^a-z]+", " ", TITLES.sub(" ", n.lower())).strip() for n in names]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_NAME_PIECES, max_size=12).map("".join), min_size=1, max_size=20))
def test_bare_name_column_agrees_with_bare_names(names: list[str]) -> None:
    # The person keys of the intake's columns are the stored rule's (ASCII lower-cased in Arrow).
    import pyarrow as pa

    from loaders.people import bare_name_column, bare_names

    assert bare_name_column(pa.array(names, type=pa.large_string())).to_pylist() == bare_names(names)


def _titled_roster(tmp_path: Path, title: list[str], instansi: list[str]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for line in title:
        sheet.append([line])
    sheet.append(["No", "Nama", "Instansi"])
    names = ["Ani Lestari", "Budi Santoso", "Citra Dewi", "Dodi Pratama", "Eka Putri", "Fajar Nugroho"]
    for i, (name, text) in enumerate(zip(names, instansi, strict=True), start=1):
        sheet.append([i, name, text])
    path = tmp_path / "roster_berjudul.xlsx"
    workbook.save(path)
    return path


TITLED_ROWS = [
    "Dinas Kesehatan",  # names no region: placed in the government of the title
    "Inspektorat Provinsi",  # a provincial unit in a kabupaten's roster: that province's government
    "Dinas Pendidikan Kota Surabaya",  # names its own region: kept
    "Kementerian Keuangan",  # central: a title never moves it
    "Badan Pengembangan Sumber Daya Manusia",  # central or regional: stays unknown, never guessed
    "Dinas Kesehatan",
]


def test_regional_units_without_a_region_take_the_government_the_title_names(tmp_path: Path) -> None:
    title = ["PEMERINTAH KABUPATEN SAMPANG", "DAFTAR PESERTA PELATIHAN DASAR CPNS ANGKATAN II TAHUN 2024"]
    result = read_roster(_titled_roster(tmp_path, title, TITLED_ROWS))
    got = result.participants[["sector", "level", "province", "agency"]].astype(object).where(
        result.participants[["sector", "level", "province", "agency"]].notna(), None
    ).values.tolist()  # fmt: skip
    assert got == [
        ["regional", "regency", "Jawa Timur", "Pemerintah Kabupaten Sampang"],
        ["regional", "province", "Jawa Timur", "Pemerintah Provinsi Jawa Timur"],
        ["regional", "city", "Jawa Timur", "Pemerintah Kota Surabaya"],
        ["central", "ministry", None, "Kementerian Keuangan"],
        ["unknown", None, None, None],
        ["regional", "regency", "Jawa Timur", "Pemerintah Kabupaten Sampang"],
    ]
    (note,) = [i for i in result.issues if i.code == "agency_from_title"]
    assert note.severity == "info" and note.sheet == result.cohorts[0].sheet
    assert "3 peserta" in note.message and "Pemerintah Kabupaten Sampang" in note.message
    assert "PEMERINTAH KABUPATEN SAMPANG" in note.message


@pytest.mark.parametrize(
    "title",
    [
        ["PELATIHAN COACHING DAN MENTORING ANGKATAN IV TAHUN 2023", "LEMBAGA ADMINISTRASI NEGARA"],
        ["PEMERINTAH KABUPATEN SAMPANG", "PEMERINTAH KOTA SURABAYA"],  # two governments: neither is assumed
    ],
)
def test_without_one_government_in_the_title_nothing_is_placed(tmp_path: Path, title: list[str]) -> None:
    result = read_roster(_titled_roster(tmp_path, title, TITLED_ROWS))
    assert result.participants["province"].isna().tolist() == [True, True, False, True, True, True]
    assert not [i for i in result.issues if i.code == "agency_from_title"]


def test_units_the_other_rows_place_take_their_government(tmp_path: Path) -> None:
    rows = [
        "Dinas Kesehatan Kabupaten Malang",
        "Kecamatan Pakis",  # Kabupaten Malang or Magelang: the other rows name Malang
        "Dinas Pendidikan Kabupaten Malang",
        "Dinas Sosial",  # names no region: the one government the rows name
        "Kementerian Keuangan",
        "Badan Pengembangan Sumber Daya Manusia",  # central or regional: stays unknown
    ]
    result = read_roster(_titled_roster(tmp_path, ["DAFTAR PESERTA PELATIHAN DASAR CPNS"], rows))
    agencies = result.participants["agency"].astype(object).where(result.participants["agency"].notna(), None)
    assert agencies.tolist() == [
        "Pemerintah Kabupaten Malang",
        "Pemerintah Kabupaten Malang",
        "Pemerintah Kabupaten Malang",
        "Pemerintah Kabupaten Malang",
        "Kementerian Keuangan",
        None,
    ]
    (note,) = [i for i in result.issues if i.code == "agency_from_rows"]
    assert (
        note.severity == "info"
        and "2 peserta" in note.message
        and "Pemerintah Kabupaten Malang" in note.message
    )


# --- the intake's columns (roster.RosterColumns): what the command line writes without pandas ---------

COUNTED = st.one_of(
    st.none(), st.sampled_from(["central", "regional", "other", "unknown"]), st.text("abcdefghij", max_size=2)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(COUNTED, max_size=80))
def test_counting_a_column_orders_as_pandas_value_counts(values: list[str | None]) -> None:
    """Most frequent first, ties in order of first appearance, missing counted as 'unknown' (more than 16
    keys with ties too: numpy's quicksort would not keep their order)."""
    import pyarrow as pa

    from loaders.roster import _counts, count_values

    assert count_values(pa.array(values, type=pa.large_string())) == _counts(pd.Series(values, dtype="str"))


@pytest.mark.parametrize(
    "build",
    [
        lambda p: b.xlsx_roster(p, agency_subheaders=True, missing_nip=(1, 5), footer="both"),
        lambda p: b.multi_sheet_xlsx(p),
        lambda p: b.csv_roster(p, nip_style="sci"),
        lambda p: b.ISSUE14_LAYOUTS["recap_sheet"].build(p),
        lambda p: b.ISSUE14_LAYOUTS["same_person_twice"].build(p),
    ],
)
def test_columns_summary_is_the_frames_summary(tmp_path: Path, build: Any) -> None:
    from loaders.roster import read_roster_columns

    built = build(tmp_path)
    path = Path(getattr(built, "path", built))
    columns = read_roster_columns(path)
    result = read_roster(path)
    assert columns.summary() == result.summary()
    assert columns.to_result().participants.equals(result.participants)
    assert [i.to_dict() for i in columns.issues] == [i.to_dict() for i in result.issues]


# --- a table without an instansi column; a "Nama/NIP" column ------------------------------------------------

PEOPLE_NIPS = ("197901012005011001", "198203152008012002", "198512202010011003", "199001102015032001")


def _sheet_of_people(
    tmp_path: Path,
    title: list[str],
    header: list[str],
    rows: list[list[object]],
    *,
    sheets: dict[str, tuple[list[str], list[str], list[list[object]]]] | None = None,
    filename: str = "daftar_hadir.xlsx",
) -> Path:
    """A workbook of title lines, a header and rows per sheet (the first sheet from the arguments)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, (lines, head, body) in {"Hadir": (title, header, rows), **(sheets or {})}.items():
        sheet = workbook.create_sheet(name)
        for line in lines:
            sheet.append([line])
        sheet.append(head)
        for row in body:
            sheet.append(row)
    path = tmp_path / filename
    workbook.save(path)
    return path


def _nama_nip_rows() -> list[list[object]]:
    names = ("Ani Lestari, S.E.", "Budi Santoso", "Citra Dewi, M.Si", "Dodi Pratama")
    return [[i, name, nip, "Analis"] for i, (name, nip) in enumerate(zip(names, PEOPLE_NIPS, strict=True), start=1)]


@pytest.mark.parametrize(
    ("title", "instansi", "sector", "agency"),
    [
        (["DAFTAR HADIR", "Kantor Pencarian dan Pertolongan Kelas A Padang", "Pelatihan Water Rescue"],
         "Kantor Pencarian dan Pertolongan Kelas A Padang", "central", "Badan Nasional Pencarian dan Pertolongan"),
        (["Daftar Hadir Pegawai Dinas Kesehatan Kota Surabaya", "Bimtek Aplikasi Angkatan II Tahun 2025"],
         "Dinas Kesehatan Kota Surabaya", "regional", "Pemerintah Kota Surabaya"),
    ],
)  # fmt: skip
def test_no_instansi_column_takes_the_one_agency_the_title_names(
    tmp_path: Path, title: list[str], instansi: str, sector: str, agency: str
) -> None:
    path = _sheet_of_people(tmp_path, title, ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows())
    result = read_roster(path)
    frame = result.participants
    assert len(frame) == 4
    assert set(frame["instansi"]) == {instansi} and set(frame["agency"]) == {agency}
    assert result.summary()["by_sector"] == {sector: 4}
    (note,) = [i for i in result.issues if i.code == "instansi_from_title"]
    assert note.sheet == "Hadir" and note.severity == "warning"
    assert note.message.startswith(
        f"Kolom instansi tidak ada; 4 peserta (semua yang tidak di bawah baris judul instansi) dianggap dari "
        f"{instansi} ({agency})"
    )
    assert not [i for i in result.issues if i.code in ("sheet_skipped", "missing_instansi")]


@pytest.mark.parametrize(
    ("title", "why"),
    [
        (["DAFTAR PESERTA PELATIHAN", "Diselenggarakan oleh Lembaga Administrasi Negara"], "penyelenggara"),
        (["BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI JAWA BARAT", "DAFTAR PESERTA LATSAR"], "penyelenggara"),
        (["DAFTAR PESERTA DIKLAT TEKNIS ANGKATAN II TAHUN 2024"], "tidak menyebut instansi peserta"),
        (["PEMERINTAH KABUPATEN SAMPANG", "Daftar Hadir Pegawai Kantor SAR Padang"], "lebih dari satu instansi"),
    ],
)
def test_no_instansi_column_and_no_single_agency_in_the_title_is_refused_with_what_to_do(
    tmp_path: Path, title: list[str], why: str
) -> None:
    path = _sheet_of_people(tmp_path, title, ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows())
    with pytest.raises(RosterError, match=why) as err:
        read_roster(path)
    assert err.value.code == "no_roster" and err.value.sheet == "Hadir"
    message = err.value.message
    assert message.startswith("File 'daftar_hadir.xlsx', lembar 'Hadir': Tidak ditemukan tabel peserta")
    assert f"tabel di baris {len(title) + 1} punya kolom Nama/NIP" in message
    assert "--map 'Judul Kolom=instansi'" in message and "Pemetaan kolom" in message
    assert "--instansi 'Nama Instansi'" in message and "'Semua peserta berasal dari instansi'" in message
    assert err.value.missing == "instansi"
    assert "Judul kolom yang terbaca: No, Nama, NIP, Jabatan." in message


def test_a_mapped_column_rescues_a_refused_table(tmp_path: Path) -> None:
    rows = [[*row, "Dinas Pendidikan Kota Padang"] for row in _nama_nip_rows()]
    path = _sheet_of_people(tmp_path, ["DAFTAR PESERTA"], ["No", "Nama", "NIP", "Jabatan", "Lokasi"], rows)
    with pytest.raises(RosterError, match="Lokasi"):
        read_roster(path)
    result = read_roster(path, column_mapping={"Lokasi": "instansi"})
    assert result.summary()["by_sector"] == {"regional": 4}
    assert not [i for i in result.issues if i.code == "instansi_from_title"]


def test_a_sheet_without_its_agency_refuses_the_whole_file(tmp_path: Path) -> None:
    """Two tables without instansi, one titled with its office, one not: counting half would be wrong."""
    other = (["DAFTAR HADIR"], ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows())
    path = _sheet_of_people(
        tmp_path, ["Kantor SAR Padang"], ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows(),
        sheets={"Tidak Hadir": other},
    )  # fmt: skip
    with pytest.raises(RosterError, match="tidak menyebut instansi peserta") as err:
        read_roster(path)
    assert err.value.sheet == "Tidak Hadir"


def test_a_roster_with_instansi_beside_a_table_without_is_read_as_before(tmp_path: Path) -> None:
    """A committee list (Nama, NIP, no instansi) beside the roster is skipped; the title is not consulted."""
    roster = [[*row, "Kementerian Keuangan"] for row in _nama_nip_rows()]
    panitia = (["Kantor SAR Padang"], ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows()[:2])
    path = _sheet_of_people(
        tmp_path, ["DAFTAR PESERTA"], ["No", "Nama", "NIP", "Jabatan", "Instansi"], roster,
        sheets={"Panitia": panitia},
    )  # fmt: skip
    result = read_roster(path)
    assert result.summary()["by_sector"] == {"central": 4}
    assert set(result.participants["sheet"]) == {"Hadir"}
    assert any(i.code == "sheet_skipped" and "Panitia" in i.message for i in result.issues)


# --- the officer's "every participant of this file is from ..." (instansi_for_all, CLI --instansi) ----------


@pytest.mark.parametrize(
    ("given", "instansi", "sector", "level", "agency", "province"),
    [
        ("Kantor SAR Padang", "Kantor SAR Padang", "central", "agency", "Badan Nasional Pencarian dan Pertolongan",
         "Sumatera Barat"),
        ("Dinas Kesehatan Kabupaten Malang", "Dinas Kesehatan Kabupaten Malang", "regional", "regency",
         "Pemerintah Kabupaten Malang", "Jawa Timur"),
        ("  Dinas Kesehatan\nKota  Surabaya ", "Dinas Kesehatan Kota Surabaya", "regional", "city",
         "Pemerintah Kota Surabaya", "Jawa Timur"),
    ],
)  # fmt: skip
def test_the_officers_instansi_is_every_participants_and_classified(
    tmp_path: Path, given: str, instansi: str, sector: str, level: str, agency: str, province: str
) -> None:
    path = _sheet_of_people(tmp_path, ["DAFTAR HADIR"], ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows())
    with pytest.raises(RosterError, match="--instansi 'Nama Instansi'") as err:
        read_roster(path)
    assert err.value.missing == "instansi"
    result = read_roster(path, instansi_for_all=given)
    frame = result.participants
    assert len(frame) == 4 and set(frame["instansi"]) == {instansi}
    assert (set(frame["sector"]), set(frame["level"])) == ({sector}, {level})
    assert (set(frame["agency"]), set(frame["province"])) == ({agency}, {province})
    assert result.summary()["by_sector"] == {sector: 4}
    (note,) = [i for i in result.issues if i.code == "instansi_from_officer"]
    assert note.sheet == "Hadir" and note.severity == "info"
    assert note.message == (
        f"Kolom instansi tidak ada di lembar 'Hadir'; 4 peserta (semua yang tidak di bawah baris judul instansi) "
        f"dianggap dari '{instansi}', sesuai pilihan petugas (baris perintah --instansi, atau isian 'Semua peserta "
        "berasal dari instansi' di halaman Unggah)."
    )
    assert not [i for i in result.issues if i.code in ("sheet_skipped", "missing_instansi", "agency_unknown")]


def test_an_unknown_officers_instansi_loads_as_unknown_with_the_agency_note(tmp_path: Path) -> None:
    path = _sheet_of_people(tmp_path, ["DAFTAR HADIR"], ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows())
    result = read_roster(path, instansi_for_all="Seksi Kami")
    assert result.summary()["by_sector"] == {"unknown": 4}
    unknown = [i for i in result.issues if i.code == "agency_unknown"]
    assert [i.row for i in unknown] == result.participants["row"].tolist()
    assert all("Seksi Kami" in i.message for i in unknown)
    assert [i.code for i in result.issues].count("instansi_from_officer") == 1


def test_the_officers_instansi_wins_over_the_title_and_loads_every_sheet(tmp_path: Path) -> None:
    """The title names Kantor SAR Padang, a second sheet names nobody (refused without the choice): the
    officer's agency goes to every participant of both, one note per sheet, no title note."""
    other = (["DAFTAR HADIR"], ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows()[:2])
    path = _sheet_of_people(
        tmp_path, ["Daftar Hadir Pegawai Kantor SAR Padang"], ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows(),
        sheets={"Hari 2": other},
    )  # fmt: skip
    with pytest.raises(RosterError, match="tidak menyebut instansi peserta"):
        read_roster(path)
    result = read_roster(path, instansi_for_all="Dinas Kesehatan Kota Surabaya")
    assert result.summary()["participants"] == 6
    assert result.summary()["by_sector"] == {"regional": 6}
    assert sorted(i.sheet for i in result.issues if i.code == "instansi_from_officer") == ["Hadir", "Hari 2"]
    assert not [i for i in result.issues if i.code == "instansi_from_title"]


def test_a_file_with_an_instansi_column_keeps_its_values_and_says_the_choice_is_not_used(tmp_path: Path) -> None:
    rows = [[*row, "Kementerian Keuangan"] for row in _nama_nip_rows()]
    path = _sheet_of_people(tmp_path, ["DAFTAR PESERTA"], ["No", "Nama", "NIP", "Jabatan", "Asal Instansi"], rows)
    result = read_roster(path, instansi_for_all="Kantor SAR Padang")
    assert set(result.participants["instansi"]) == {"Kementerian Keuangan"}
    assert result.summary()["by_sector"] == {"central": 4}
    (note,) = [i for i in result.issues if i.code == "instansi_from_officer_ignored"]
    assert note.sheet == "Hadir" and note.severity == "warning" and note.message == (
        "Lembar 'Hadir' punya kolom instansi ('Asal Instansi'): instansi peserta dibaca dari kolom itu, pilihan "
        "'semua peserta dari Kantor SAR Padang' tidak dipakai."
    )
    assert not [i for i in result.issues if i.code == "instansi_from_officer"]


def test_the_refusals_missing_field_crosses_the_sandbox(tmp_path: Path) -> None:
    """The upload page offers the choice for this refusal only: RosterError.missing survives pickling, and
    load_roster (the sandbox) passes the choice on."""
    import pickle

    from loaders import load_roster

    path = _sheet_of_people(tmp_path, ["DAFTAR HADIR"], ["No", "Nama", "NIP", "Jabatan"], _nama_nip_rows())
    with pytest.raises(RosterError) as err:
        load_roster(path)
    assert err.value.missing == "instansi" and pickle.loads(pickle.dumps(err.value)).missing == "instansi"
    assert load_roster(path, instansi_for_all="Kantor SAR Padang").summary()["by_sector"] == {"central": 4}


@pytest.mark.parametrize("header", ["Nama/NIP", "Nama / NIP", "NAMA & NIP", "Nama dan NIP"])
def test_a_nama_nip_column_is_split_into_name_and_nip(tmp_path: Path, header: str) -> None:
    cells = [
        "Ani Lestari, S.E.\n197901012005011001",
        "Budi Santoso / NIP. 19820315 200801 2 002",
        "Citra Dewi, M.Si, 198512202010011003",
        "Dodi Pratama",  # no NIP written: the name stays, the NIP is reported missing
    ]
    rows = [[i, cell, "Analis", "Kementerian Keuangan"] for i, cell in enumerate(cells, start=1)]
    path = _sheet_of_people(tmp_path, ["DAFTAR PESERTA"], ["No.", header, "Jabatan", "Instansi"], rows)
    result = read_roster(path)
    frame = result.participants
    assert frame["name"].tolist() == ["Ani Lestari, S.E.", "Budi Santoso", "Citra Dewi, M.Si", "Dodi Pratama"]
    assert frame["nip"].tolist()[:3] == list(PEOPLE_NIPS[:3])
    assert frame["nip_status"].tolist() == ["pns", "pns", "pns", "missing"]
    by_row = _codes_by_row(result)
    assert by_row[frame["row"].iloc[3]] == {"nip_missing"}
    assert not [i for i in result.issues if i.code in ("missing_name", "nip_invalid")]
    (note,) = [i for i in result.issues if i.code == "name_nip_split"]
    assert header in note.message
    assert result.columns["Hadir"]["mapped"]["name_nip"] == header


def test_an_id_card_column_is_dropped_with_how_to_read_it_as_nip(tmp_path: Path) -> None:
    rows = [[i, name, nip, "SMA Negeri 1 Padang"] for i, (_, name, nip, _) in enumerate(_nama_nip_rows(), start=1)]
    path = _sheet_of_people(tmp_path, ["DAFTAR PESERTA"], ["No", "Nama", "NUPTK/PTK ID/KTP", "Instansi"], rows)
    result = read_roster(path)
    assert set(result.participants["nip_status"]) == {"missing"}
    (note,) = [i for i in result.issues if i.code == "column_id_not_read"]
    assert "--map 'NUPTK/PTK ID/KTP=nip'" in note.message
    mapped = read_roster(path, column_mapping={"NUPTK/PTK ID/KTP": "nip"})
    assert set(mapped.participants["nip_status"]) == {"pns"}
    assert not [i for i in mapped.issues if i.code in ("column_id_not_read", "column_sensitive")]


def _headed_groups() -> list[list[object]]:
    """Per-agency groups without an instansi column: a heading row naming the agency, its people, a sub-total;
    and at the end people under a heading that names no body ("KELAS TAMBAHAN")."""
    return [
        ["A. DINAS PENDIDIKAN KABUPATEN MALANG"],
        [1, "Budi Santoso", "199001012019031001", "Guru"],
        [2, "Ani Lestari", "199102022019032002", "Guru"],
        ["Sub Jumlah: 2"],
        [],
        ["B. KEMENTERIAN AGAMA"],
        [3, "Citra Dewi", "199203032019032003", "Penghulu"],
        ["Sub Jumlah: 1"],
        [],
        ["C. KELAS TAMBAHAN"],
        [4, "Dodi Pratama", "199304042019031004", "Analis"],
    ]


def test_group_headings_name_the_agency_of_a_table_without_an_instansi_column(tmp_path: Path) -> None:
    """No instansi column, agency groups headed by their name: each heading is its rows' instansi. The
    officer's (or the title's) one agency only fills rows under no heading that names a body: it never turns
    the Kemenag group into Pemda. Without such a choice, a row under no agency heading refuses the file."""
    header = ["No", "Nama", "NIP", "Jabatan"]
    title = ["DAFTAR PESERTA PELATIHAN DASAR CPNS ANGKATAN I TAHUN 2024"]
    path = _sheet_of_people(tmp_path, title, header, _headed_groups()[:8])
    result = read_roster(path)
    assert result.summary()["by_sector"] == {"regional": 2, "central": 1}
    assert sorted(i.row for i in result.issues if i.code == "instansi_from_section") == [3, 8]

    mixed = _sheet_of_people(tmp_path, title, header, _headed_groups(), filename="kelas.xlsx")
    with pytest.raises(RosterError) as refused:
        read_roster(mixed)
    assert refused.value.code == "no_roster" and refused.value.sheet == "Hadir"
    given = read_roster(mixed, instansi_for_all="Pemerintah Kabupaten Malang")
    frame = given.participants
    assert dict(zip(frame["name"], frame["sector"], strict=True)) == {
        "Budi Santoso": "regional", "Ani Lestari": "regional", "Citra Dewi": "central", "Dodi Pratama": "regional"
    }  # fmt: skip
    (note,) = [i for i in given.issues if i.code == "instansi_from_officer"]
    assert note.message.startswith("Kolom instansi tidak ada di lembar 'Hadir'; 1 peserta")


# --- second audit of real layouts (tests/data/real_layouts/SOURCES.md, layouts 10-15) -----------------------


def test_numbered_slots_with_only_numbers_are_empty_not_people(tmp_path: Path) -> None:
    """An attendance list numbers every slot and its signature box, filled or not: a slot with no name or NIP
    whose other cells are numbers is skipped and reported (each was a nameless participant)."""
    result = _read_text(tmp_path, "hadir.csv", (
        "No,Nama,Instansi,Paraf\n"
        "1,Siti Rahma,Dinas Kesehatan Kota Surakarta,1\n"
        "2,Budi Santoso,Bappeda Kota Surakarta,2\n"
        "3,,,3\n"
        "4,,,4\n"
        "5,,Dinas Pendidikan Kota Surakarta,5\n"
    ))  # fmt: skip
    assert result.participants["row"].tolist() == [2, 3, 6]  # the slot with an instansi stays: a name is missing
    assert [i.row for i in result.issues if i.code == "row_numbered_empty"] == [4, 5]
    assert [i.row for i in result.issues if i.code == "missing_name"] == [6]


def test_summary_rows_below_the_table_are_not_people(tmp_path: Path) -> None:
    """Per-division / per-instansi summary rows under a roster ("Dinas X | 4/5 hadir (80.0%)" in the NIP
    column) name no person: skipped and reported, not nameless participants with an invalid NIP."""
    result = _read_text(tmp_path, "laporan.csv", (
        "No,NIP,Nama Lengkap,Instansi\n"
        "1,198807122015031002,Siti Rahma,Badan Geologi\n"
        "2,NIP. 19900101 201503 2 001,Budi Santoso,Dinas ESDM Provinsi Jawa Tengah\n"
        ",,,\n"
        "Ringkasan per Instansi:,,,\n"
        "Badan Geologi,1/1 hadir (100.0%),,\n"
        "Dinas ESDM Provinsi Jawa Tengah,0/1 hadir (0.0%),,\n"
    ))  # fmt: skip
    assert result.participants["row"].tolist() == [2, 3]
    assert result.participants["nip_status"].tolist() == ["pns", "pns"]
    assert [i.row for i in result.issues if i.code == "row_section"] == [5, 6, 7]
    assert not [i for i in result.issues if i.code in ("missing_name", "nip_invalid", "instansi_from_section")]


@pytest.mark.parametrize(("label", "people"), [("SEKRETARIAT", 2), ("KESEKRETARIATAN", 2), ("SUPARMAN", 3)])
def test_a_one_word_unit_heading_is_a_section_a_one_word_name_with_a_number_is_a_person(
    tmp_path: Path, label: str, people: int
) -> None:
    """In a numbered table a lone one-word label naming a unit ("SEKRETARIAT") heads a group; a person known
    by one name has a number and stays a person."""
    number = "3" if label == "SUPARMAN" else ""
    result = _read_text(tmp_path, "pegawai.csv", (
        "NO;NAMA;NIP;JABATAN;INSTANSI\n"
        f"{number};{label};;;\n"
        "1;Siti Rahma;198807122015031002;Analis;Bappeda Kabupaten Banyumas\n"
        "2;Budi Santoso;199001012015031001;Perencana;Bappeda Kabupaten Banyumas\n"
    ))  # fmt: skip
    assert len(result.participants) == people
    assert bool([i for i in result.issues if i.code == "row_section"]) is (people == 2)


def _two_page_workbook(tmp_path: Path, second_title: str) -> Path:
    """A list printed one page per sheet: the same title block on both, 3 + 2 people."""
    import openpyxl

    wb = openpyxl.Workbook()
    for p, people in enumerate((("Siti Rahma", "Budi Santoso", "Ani Lestari"), ("Rudi Hartono", "Siti Rahma"))):
        ws = wb.active if p == 0 else wb.create_sheet(str(p))
        ws.append(["DAFTAR HADIR PESERTA"])
        ws.append([second_title if p else "PELATIHAN PENGELOLAAN BARANG MILIK DAERAH ANGKATAN II TAHUN 2026"])
        ws.append(["Tanggal: 5 Desember 2026"])
        ws.append(["No", "Nama", "Instansi"])
        for i, name in enumerate(people, start=1 + 3 * p):
            ws.append([i, name, "Bappeda Kota Surakarta"])
    path = tmp_path / "hadir.xlsx"
    wb.save(path)
    return path


def test_the_same_cohort_on_two_sheets_is_one_cohort_counting_each_person_once(tmp_path: Path) -> None:
    """Two sheets naming the same program, angkatan, year and dates are one cohort (not two uploads of the same
    cohort, the second replacing the first): its people counted once across the sheets."""
    path = _two_page_workbook(tmp_path, "PELATIHAN PENGELOLAAN BARANG MILIK DAERAH ANGKATAN II TAHUN 2026")
    result = read_roster(path)
    (cohort,) = result.cohorts
    assert (cohort.sheet, cohort.sheets, cohort.n_participants) == ("Sheet", ("Sheet", "1"), 4)
    assert [i.code for i in result.issues if i.sheet == "1"] == ["cohort_continued", "duplicate_in_file"]
    from store.uploads import cohort_uploads

    (upload,) = cohort_uploads(result, "0" * 64)
    assert upload.participants["name"].tolist() == ["Siti Rahma", "Budi Santoso", "Ani Lestari", "Rudi Hartono"]


def test_sheets_of_different_cohorts_stay_apart(tmp_path: Path) -> None:
    path = _two_page_workbook(tmp_path, "PELATIHAN PENGELOLAAN BARANG MILIK DAERAH ANGKATAN III TAHUN 2026")
    result = read_roster(path)
    assert [(c.angkatan, c.sheets, c.n_participants) for c in result.cohorts] == [
        ("II", ("Sheet",), 3), ("III", ("1",), 2),
    ]  # fmt: skip
    assert not [i for i in result.issues if i.code == "cohort_continued"]


def test_the_header_written_again_on_each_printed_page_is_not_a_person(tmp_path: Path) -> None:
    """A list printed page by page (or converted back from a PDF) repeats the table head on every page, with the
    page's own lines between: the head again and its number row are skipped, the page lines too (reported, not
    group headings), and the people on every page counted once each."""
    result = _read_text(tmp_path, "peserta.csv", (
        "No,NIP,Nama Peserta,Instansi\n"
        "1,2,3,4\n"
        "1,198807122015031002,Siti Rahma,Dinas Kesehatan Aceh\n"
        "2,199001012015032001,Budi Santoso,BPS Provinsi Aceh\n"
        "Halaman 1 / 2,,,\n"
        "Dicetak: 07 Desember 2026 | SIKOMPETENSI,,,\n"
        "No,NIP,Nama Peserta,Instansi\n"
        "1,2,3,4\n"
        "3,198505052010011003,Rina Lubis,Pemerintah Kota Banda Aceh\n"
        "Halaman 2 / 2,,,\n"
    ))  # fmt: skip
    assert result.participants["row"].tolist() == [3, 4, 9]
    assert result.participants["nip_status"].tolist() == ["pns"] * 3
    assert [i.row for i in result.issues if i.code == "row_header_repeated"] == [7]
    assert [i.row for i in result.issues if i.code == "row_number_header"] == [2, 8]
    assert [i.row for i in result.issues if i.code == "row_page_mark"] == [5, 6, 10]
    assert not [i for i in result.issues if i.code == "row_section"]


def test_an_attendance_list_of_only_number_and_name_loads_with_the_officers_instansi(tmp_path: Path) -> None:
    """'No. | Nama Pejabat | Tanda Tangan' (numbers written '1.', the signature box split in two): too thin to
    take an agency from a title, refused with both remedies; with the officer's instansi every row is a
    participant."""
    rows: list[list[object]] = [[f"{i}.", name, f"{i}." if i % 2 else None, None if i % 2 else f"{i}."]
                                for i, name in enumerate(("Siti Rahma", "Budi Santoso", "Rina Lubis"), start=1)]  # fmt: skip
    path = _sheet_of_people(tmp_path, ["Absensi Kehadiran Peserta Rapat Koordinasi"],
                            ["No.", "Nama Pejabat", "Tanda Tangan", None], rows)  # fmt: skip
    with pytest.raises(RosterError, match="tidak punya kolom instansi") as err:
        read_roster(path)
    assert err.value.message.startswith("File 'daftar_hadir.xlsx', lembar 'Hadir'")
    assert "--instansi 'Nama Instansi'" in err.value.message
    result = read_roster(path, instansi_for_all="Inspektorat Kabupaten Maros")
    assert result.participants["name"].tolist() == ["Siti Rahma", "Budi Santoso", "Rina Lubis"]
    assert set(result.participants["sector"]) == {"regional"}


def test_a_nik_column_of_id_card_numbers_is_not_offered_as_nip(tmp_path: Path) -> None:
    """The 'map it to NIP' hint is for ID-like columns holding NIPs; a NIK column of 16-digit numbers gets none."""
    nik = _sheet_of_people(tmp_path, [], ["ID", "Nama", "NIK", "Tanggal Lahir"],
                           [[57, "Siti Rahma", "7371010101900001", "1990-01-01"]])  # fmt: skip
    result = read_roster(nik, instansi_for_all="Inspektorat Kabupaten Maros")
    assert not [i for i in result.issues if i.code == "column_id_not_read"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([None, "", "A", "B", "a", "Rekap 2", "Ç"]), st.sampled_from([None, 0, 1, 2, 7, 10**6])),
        max_size=60,
    )
)
def test_issues_sorted_by_sheet_and_row_stably(keys: list[tuple[str | None, int | None]]) -> None:
    """The report's order: file notes first, then by sheet and row, equal keys in the order found."""
    from loaders.report import Issue
    from loaders.roster import _sorted_issues

    issues = [Issue(str(k), "", "info", sheet, row) for k, (sheet, row) in enumerate(keys)]
    expected = sorted(issues, key=lambda i: (i.sheet is not None, i.sheet or "", i.row or 0))
    assert [i.code for i in _sorted_issues(issues)] == [i.code for i in expected]


def test_an_instansi_column_left_empty_is_no_instansi_column(tmp_path: Path) -> None:
    """Fifth real-layout audit, layout 29: an exporter writes "UNIT KERJA" over an empty column. That table names
    nobody's agency: it is read as a table without an instansi column (the title's office, else refused with
    what to do, else the officer's answer), never as people of an unknown agency (it used to load everyone as
    `unknown` with `missing_instansi`, and to ignore the officer's answer because the table 'had' the column)."""
    people = [[1, "Siti Rahma", "198503152010012004", None], [2, "Budi Santoso", "197911022005011003", None]]
    titled = _sheet_of_people(tmp_path, ["Daftar Hadir Pegawai Dinas Kesehatan Kota Padang"],
                              ["No", "Nama", "NIP", "Instansi"], people, filename="titled.xlsx")  # fmt: skip
    result = read_roster(titled)
    assert set(result.participants["sector"]) == {"regional"}
    assert [i.code for i in result.issues if i.code in ("instansi_from_title", "missing_instansi")] == [
        "instansi_from_title"
    ]
    bare = _sheet_of_people(tmp_path, [], ["No", "Nama", "NIP", "Satuan Kerja"], people, filename="bare.xlsx")
    with pytest.raises(RosterError, match="tidak punya kolom instansi yang terisi \\(kolom 'Satuan Kerja' kosong\\)"):
        read_roster(bare)
    given = read_roster(bare, instansi_for_all="Inspektorat Kabupaten Maros")
    assert set(given.participants["instansi"]) == {"Inspektorat Kabupaten Maros"}
    codes = [i.code for i in given.issues]
    assert "instansi_from_officer" in codes and "instansi_from_officer_ignored" not in codes


def test_an_instansi_column_with_one_value_stays_the_instansi_column(tmp_path: Path) -> None:
    """Only a column empty in every row is set aside: one filled cell keeps it the instansi column (the empty rows
    are participants of an unknown agency, reported, as before)."""
    people = [[1, "Siti Rahma", "198503152010012004", "Dinas Kesehatan Kota Padang"],
              [2, "Budi Santoso", "197911022005011003", None]]  # fmt: skip
    path = _sheet_of_people(tmp_path, [], ["No", "Nama", "NIP", "Instansi"], people)
    result = read_roster(path, instansi_for_all="Inspektorat Kabupaten Maros")
    assert result.participants["instansi"].fillna("").tolist() == ["Dinas Kesehatan Kota Padang", ""]
    assert "instansi_from_officer_ignored" in [i.code for i in result.issues]


def test_a_nip_nik_column_keeps_the_nips_and_not_the_niks(tmp_path: Path) -> None:
    """Fifth audit, layout 30: "NIP/NIK" (NIP for civil servants, NIK for the others) was dropped whole as a NIK
    column, losing every NIP; now the NIPs are read and a NIK (text or number) is not kept."""
    people = [[1, "Siti Rahma", "198503152010012004", "Dinas Kesehatan Kota Padang"],
              [2, "Rudi Hartono", "1371011503850001", "Universitas Swasta Contoh"],
              [3, "Rina Lubis", 1371015503900002, "Universitas Swasta Contoh"]]  # fmt: skip
    path = _sheet_of_people(tmp_path, [], ["No", "Nama", "NIP/NIK", "Instansi"], people)
    result = read_roster(path)
    assert result.participants["nip"].fillna("").tolist() == ["198503152010012004", "", ""]
    assert result.participants["nip_status"].tolist() == ["pns", "missing", "missing"]
    assert not [i for i in result.issues if i.code in ("column_sensitive", "nip_nik")]


@pytest.mark.parametrize("staff", ["Narasumber", "PANITIA PELAKSANA", "Widyaiswara", "Fasilitator", "Pengajar"])
def test_a_sheet_of_trainers_or_committee_beside_the_participants_is_not_counted(tmp_path: Path, staff: str) -> None:
    """Sixth real-layout audit, layout 38: a training centre's workbook lists its participants on one sheet and its
    trainers and committee, with the same columns, on others; those were counted as participants (23 for 16).
    A sheet named for the training's own people is skipped and said so, beside a sheet that may hold the
    participants."""
    people = [[1, "Siti Rahma", "198503152010012004", "Dinas Kesehatan Kota Padang"],
              [2, "Budi Santoso", "197911022005011003", "BPS Kota Padang"]]  # fmt: skip
    staff_rows = [[1, "Rudi Hartono", "197001012000031001", "BPSDM Provinsi Sumatera Barat"]]
    path = _sheet_of_people(tmp_path, [], ["No", "Nama", "NIP", "Instansi"], people,
                            sheets={staff: ([], ["No", "Nama", "NIP", "Instansi"], staff_rows)})  # fmt: skip
    result = read_roster(path)
    assert result.participants["name"].tolist() == ["Siti Rahma", "Budi Santoso"]
    (skipped,) = [i for i in result.issues if i.code == "sheet_skipped"]
    assert skipped.sheet is None or skipped.sheet == staff
    assert staff in skipped.message and "pengajar/panitia" in skipped.message


@pytest.mark.parametrize("name", ["Pelatihan Teknis", "Peserta dan Panitia", "Coaching dan Mentoring"])
def test_a_sheet_named_for_a_training_or_its_participants_is_read(tmp_path: Path, name: str) -> None:
    """'Pelatihan ...' is a program, not a trainer ('pelatih' only as a word); a name saying 'peserta' holds
    participants; and a lone staff-named sheet (no other sheet with rows) is read as the roster it is."""
    people = [[1, "Siti Rahma", "198503152010012004", "Dinas Kesehatan Kota Padang"]]
    path = _sheet_of_people(tmp_path, [], ["No", "Nama", "NIP", "Instansi"], people,
                            sheets={name: ([], ["No", "Nama", "NIP", "Instansi"],
                                           [[1, "Budi Santoso", "197911022005011003", "BPS Kota Padang"]])})  # fmt: skip
    assert len(read_roster(path).participants) == 2
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Panitia"
    workbook.active.append(["No", "Nama", "NIP", "Instansi"])
    workbook.active.append(people[0])
    workbook.create_sheet("Sheet2")
    lone = tmp_path / "panitia.xlsx"
    workbook.save(lone)
    assert len(read_roster(lone).participants) == 1



@pytest.mark.parametrize(
    ("staff_named", "other"),
    [("Calon Widyaiswara", "Petunjuk Pengisian"), ("TOT Fasilitator Angkatan II", "Rekap"),
     ("Diklat Instruktur", "Petunjuk"), ("Widyaiswara", "Petunjuk Pengisian")],
)  # fmt: skip
def test_a_training_for_trainers_is_no_staff_sheet(tmp_path: Path, staff_named: str, other: str) -> None:
    """Review of audit 6: the participants of a training for trainers are widyaiswara, fasilitator or instruktur. A
    staff-like sheet name with a cohort word (Calon, TOT, Angkatan, Diklat, ...) is the cohort's, and a staff-named
    sheet beside only an instruction or recap sheet is read as the roster it is (both had been skipped, leaving the
    workbook without participants)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = staff_named
    workbook.active.append(["No", "Nama", "NIP", "Instansi"])
    workbook.active.append([1, "Siti Rahma", "198503152010012004", "Dinas Kesehatan Kota Padang"])
    workbook.active.append([2, "Budi Santoso", "197911022005011003", "BPS Kota Padang"])
    notes = workbook.create_sheet(other)
    notes.append(["Isi satu baris untuk setiap peserta."])
    path = tmp_path / "tot.xlsx"
    workbook.save(path)
    result = read_roster(path)
    assert result.participants["name"].tolist() == ["Siti Rahma", "Budi Santoso"]
    assert not [i for i in result.issues if i.code == "sheet_skipped" and staff_named in i.message]


def test_audit7_a_name_nip_nidn_column_is_split_and_an_id_label_left_empty_is_no_part_of_the_name(
    tmp_path: Path,
) -> None:
    """"NAMA / NIP / NIDN" (and "Nama / NIP / NUPTK") hold the name, the NIP and another number of the person: the
    name and the NIP are read (the column had been read whole as a NIP: no name, every NIP invalid); "Budi<br>ID:
    -" is named Budi."""
    result = _read_text(tmp_path, "dosen.csv", (
        "NO;Nama / NIP / NUPTK;UNIT KERJA\n"
        "1;\"Siti Rahma, M.Pd.\nNIP. 198807122015031002\nNUPTK: 1234567890123456\";Dinas Pendidikan Kota Padang\n"
        "2;\"Budi Santoso\nID: -\";Dinas Pendidikan Kota Padang\n"
        "3;\"Ani Lestari\nNIP.\";Dinas Pendidikan Kota Padang\n"
    ))  # fmt: skip
    assert result.participants["name"].tolist() == ["Siti Rahma, M.Pd.", "Budi Santoso", "Ani Lestari"]
    assert result.participants["nip_status"].tolist() == ["pns", "missing", "missing"]


def test_audit7_another_tables_head_and_recap_rows_under_the_table_are_not_people(tmp_path: Path) -> None:
    """A report of several tables: the head of a table with other columns ("NO | NAMA / NIK / ID | JENIS KONTRAK |
    UNIT KERJA ...") is no person, and neither is a recap row whose name cell holds a count ("5 Orang") or a
    summary row whose name cell has no word ("0.00%")."""
    result = _read_text(tmp_path, "duk.csv", (
        "NO;NAMA;NIP;UNIT KERJA;JABATAN\n"
        "1;Siti Rahma;198807122015031002;Dinas Pendidikan Kota Padang;Guru\n"
        "NO;NAMA / NIK / ID;JENIS KONTRAK / JABATAN;UNIT KERJA;PENDIDIKAN\n"
        "1;Budi Santoso;;Dinas Pendidikan Kota Padang;Kontrak\n"
        "Dosen PNS (Tenaga Pendidik PNS);5 Orang;;;\n"
        "Rata-rata Presentase Kehadiran:;0.00%;;;\n"
    ))  # fmt: skip
    assert result.participants["name"].tolist() == ["Siti Rahma", "Budi Santoso"]


def test_a_lone_staff_named_sheet_without_an_instansi_column_is_read_with_the_officers_instansi(tmp_path: Path) -> None:
    """Review (session 14): which sheets are trainers' or committee's is decided once per file, before any sheet is
    read. The reader of tables without an instansi column had decided it again against every visible sheet, empty
    ones included, so a lone "Panitia" sheet beside an empty "Sheet2" was read by one reader and skipped by the
    other, and the file refused even with the officer's instansi."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Panitia"
    workbook.active.append(["No", "Nama", "NIP"])
    workbook.active.append([1, "Siti Rahma", "198503152010012004"])
    workbook.active.append([2, "Budi Santoso", "197911022005011003"])
    workbook.create_sheet("Sheet2")
    path = tmp_path / "panitia_tanpa_instansi.xlsx"
    workbook.save(path)
    result = read_roster(path, instansi_for_all="Dinas Kesehatan Kota Padang")
    assert result.participants["name"].tolist() == ["Siti Rahma", "Budi Santoso"]
    assert set(result.participants["sector"]) == {"regional"}


def test_audit8_an_asal_kab_kota_or_asal_provinsi_column_is_a_place_not_the_instansi(tmp_path: Path) -> None:
    """"Asal Kabupaten/Kota", "ASAL KOTA", "Asal Provinsi" say where a participant lives or comes from: no employer
    (read as one, central staff living in "Kota Bandung" became the city's government, and the officer's --instansi
    was set aside for it). "Asal", "Asal Instansi" and "Asal Daerah" stay the instansi column."""
    from loaders.columns import field_for_header

    assert [field_for_header(h) for h in ("Asal Kabupaten/Kota", "ASAL KOTA", "Asal Kab.", "Asal Provinsi")] == [
        "city", "city", "city", "province",
    ]  # fmt: skip
    assert {field_for_header(h) for h in ("Asal", "Asal Instansi", "Asal Daerah", "Asal Kementerian/Lembaga")} == {
        "instansi"
    }
    path = tmp_path / "peserta.csv"
    path.write_text(
        "No;Nama;NIP;Asal Kabupaten/Kota;Asal Provinsi\n"
        "1;Siti Rahma;198807122015031002;Kota Bandung;Jawa Barat\n"
        "2;Budi Santoso;197911022005011003;Kabupaten Sumedang;Jawa Barat\n",
        encoding="utf-8",
    )
    with pytest.raises(RosterError) as refused:
        read_roster(path)
    assert refused.value.code == "no_roster"
    result = read_roster(path, instansi_for_all="BPS Provinsi Jawa Barat")
    assert result.participants["instansi"].tolist() == ["BPS Provinsi Jawa Barat"] * 2
    assert set(result.participants["sector"]) == {"central"}


def test_audit8_a_templates_example_row_is_nobody_numbered_or_not(tmp_path: Path) -> None:
    """A participant template's example row left above the real ones ("1 | CONTOH: Budi Santoso", "Nama Contoh",
    "Sample Name") is no participant and is reported; a name merely containing the letters is a person."""
    result = _read_text(tmp_path, "template.csv", (
        "No;Nama;NIP;Instansi\n"
        "1;CONTOH: Budi Santoso;199001012015031001;Dinas Kesehatan Kota Padang\n"
        "2;Siti Rahma;198807122015031002;Dinas Kesehatan Kota Padang\n"
        ";Nama Contoh;;Dinas Pendidikan Kota Padang\n"
        "3;Sampelan Contohwati;197911022005011003;Dinas Pendidikan Kota Padang\n"
        ";Sample Name;;BPS Kota Padang\n"
        "4;Ahmad Contoh;198202142008011004;BPS Kota Padang\n"
    ))  # fmt: skip
    # "Ahmad Contoh": a person whose family name is the word (review s15: dropped as an example).
    assert result.participants["name"].tolist() == ["Siti Rahma", "Sampelan Contohwati", "Ahmad Contoh"]
    skipped = [i for i in result.issues if i.code == "row_template_example"]
    assert [i.row for i in skipped] == [2, 4, 6] and all(i.severity == "warning" for i in skipped)


def _sheets_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    for k, (title, rows) in enumerate(sheets.items()):
        ws = workbook.active if k == 0 else workbook.create_sheet()
        ws.title = title
        for row in rows:
            ws.append(row)
    workbook.save(path)
    return path


def test_audit8_a_combined_sheet_and_its_unit_sheets_count_everyone_once(tmp_path: Path) -> None:
    """One sheet per unit and a combined sheet listing them all again (here first, and by name only: no NIP): the
    unit sheets are its parts, skipped and reported, so each person counts once in one cohort (it was everyone
    twice, in four cohorts). Two sheets where one holds part of the other (a second day's attendance) and parts with
    other columns are no combined sheet: read as before."""
    head = ["No", "Nama", "Instansi"]
    people = [[i + 1, n, "Dinas Kesehatan Kota Padang"] for i, n in enumerate(
        ("Siti Rahma", "Budi Santoso", "Ani Lestari", "Rudi Hartono", "Dewi Sartika"))]  # fmt: skip
    path = _sheets_workbook(tmp_path / "gabungan.xlsx", {
        "SEMUA": [head, *people], "UNIT A": [head, *people[:2]], "UNIT B": [head, *people[2:]],
    })  # fmt: skip
    result = read_roster(path)
    assert len(result.participants) == 5 and len(result.cohorts) == 1
    skipped = [i for i in result.issues if i.code == "sheet_skipped"]
    assert [i.message.split("'")[1] for i in skipped] == ["UNIT A", "UNIT B"]
    assert "lembar gabungan 'SEMUA'" in skipped[0].message
    days = _sheets_workbook(tmp_path / "hari.xlsx", {"Hari 1": [head, *people], "Hari 2": [head, *people[:4]]})
    assert not [i for i in read_roster(days).issues if i.code == "sheet_skipped"]
    other = _sheets_workbook(tmp_path / "lain.xlsx", {
        "SEMUA": [head, *people], "UNIT A": [[*head, "Jabatan"], *[[*p, "Staf"] for p in people[:2]]],
        "UNIT B": [head, *people[2:]],
    })  # fmt: skip
    assert not [i for i in read_roster(other).issues if i.code == "sheet_skipped"]


def test_a_sheet_repeating_the_angkatan_sheets_is_skipped_not_the_angkatan(tmp_path: Path) -> None:
    """"Angkatan I", "Angkatan II" and a sheet listing everyone again: the angkatan sheets are the cohorts and the
    sheet that repeats them is skipped and reported (taking it as the combined sheet put everyone in one cohort
    without its angkatan). Whichever order the sheets come in, and with the angkatan in the titles or only in the
    sheet names."""
    head = ["No", "Nama", "NIP", "Instansi"]
    people = [[i + 1, n, f"19850{i + 1}122010011{i:03d}", "Dinas Kesehatan Kota Padang"] for i, n in enumerate(
        ("Siti Rahma", "Budi Santoso", "Ani Lestari", "Rudi Hartono", "Dewi Sartika", "Eko Prasetyo"))]  # fmt: skip
    renumbered = [[i + 1, *p[1:]] for i, p in enumerate(people[3:])]
    title = "DAFTAR PESERTA PELATIHAN KEPEMIMPINAN PENGAWAS{} TAHUN 2024"
    titled = {
        "Angkatan I": [[title.format(" ANGKATAN I")], [], head, *people[:3]],
        "Angkatan II": [[title.format(" ANGKATAN II")], [], head, *renumbered],
        "Semua Peserta": [[title.format("")], [], head, *people],
    }
    bare = {"Angkatan I": [head, *people[:3]], "Angkatan II": [head, *renumbered], "Semua": [head, *people]}
    for name, sheets in {"titled": titled, "first": dict(reversed(list(titled.items()))), "bare": bare}.items():
        result = read_roster(_sheets_workbook(tmp_path / f"{name}.xlsx", sheets))
        assert len(result.participants) == 6, name
        assert sorted(c.angkatan for c in result.cohorts) == ["I", "II"], name
        skipped = [i.message for i in result.issues if i.code == "sheet_skipped"]
        assert len(skipped) == 1 and "Semua" in skipped[0], name
        assert "'Angkatan I'" in skipped[0] and "'Angkatan II'" in skipped[0], name
    # The angkatan sheets miss people the combined sheet lists (Angkatan III has no sheet yet): nobody is dropped
    # with the combined sheet (review s15: persons 7-9 were lost).
    more = [*people, *[[7 + i, n, f"19860{i + 1}122010011{i:03d}", "BPS Kota Padang"] for i, n in enumerate(
        ("Rina Wati", "Joko Susilo", "Maya Sari"))]]  # fmt: skip
    missing = {**titled, "Semua Peserta": [[title.format("")], [], head, *more]}
    result = read_roster(_sheets_workbook(tmp_path / "missing.xlsx", missing))
    assert len(result.participants) == 9
    # Sheets of one angkatan on different days share people and their angkatan: no cohorts of their own; the day
    # listing everyone is counted, once (review s15: someone only there on day 1 was dropped).
    day = "DAFTAR HADIR PELATIHAN KEPEMIMPINAN PENGAWAS ANGKATAN III TAHUN 2024 TANGGAL {} SEPTEMBER 2024"
    hari = {
        "Hari 1": [[day.format(2)], [], head, *people],
        "Hari 2": [[day.format(3)], [], head, *people[:5]],
        "Hari 3": [[day.format(4)], [], head, *people[1:]],
    }
    result = read_roster(_sheets_workbook(tmp_path / "hari.xlsx", hari))
    assert len(result.participants) == 6 and [c.angkatan for c in result.cohorts] == ["III"]


def test_audit8_a_period_column_gives_the_cohort_its_dates(tmp_path: Path) -> None:
    """"Tanggal Pelaksanaan" / "Waktu Pelaksanaan" holding the training's period in every row ("2026-11-02 -
    2026-11-13", "02/11/2026 s.d 13/11/2026", "5 - 8 September 2023") give the cohort its start and end (the column
    had been ignored); a "Tanggal Mulai" column of its own wins for the start."""
    for header, value, expected in (
        ("Tanggal Pelaksanaan", "2026-11-02 - 2026-11-13", (dt.date(2026, 11, 2), dt.date(2026, 11, 13))),
        ("Waktu Pelaksanaan", "02/11/2026 s.d 13/11/2026", (dt.date(2026, 11, 2), dt.date(2026, 11, 13))),
        ("Tanggal Pelatihan", "5 - 8 September 2023", (dt.date(2023, 9, 5), dt.date(2023, 9, 8))),
    ):
        result = _read_text(tmp_path, "periode.csv", (
            f"No;Nama;Instansi;{header}\n"
            f"1;Siti Rahma;Dinas Kesehatan Kota Padang;{value}\n"
            f"2;Budi Santoso;BPS Kota Padang;{value}\n"
        ))  # fmt: skip
        (cohort,) = result.cohorts
        assert (cohort.start_date, cohort.end_date) == expected, header
    result = _read_text(tmp_path, "mulai.csv", (
        "No;Nama;Instansi;Tanggal Mulai;Tanggal Pelaksanaan\n"
        "1;Siti Rahma;Dinas Kesehatan Kota Padang;2026-11-03;2026-11-02 - 2026-11-13\n"
    ))  # fmt: skip
    assert (result.cohorts[0].start_date, result.cohorts[0].end_date) == (dt.date(2026, 11, 3), dt.date(2026, 11, 13))


def test_rows_dates_give_one_cohort_its_span_or_a_warning(tmp_path: Path) -> None:
    """A period or day column is never split into cohorts (review s15: split by its start date, every typo and every
    attendance day was a cohort of its own). Days of their own (an attendance list's "Tanggal Kegiatan", the same
    people each day) give the cohort its first to last day; periods that differ between rows (two trainings, a typo)
    give the period most rows name and a warning naming the others' rows, never a silent merge."""
    head = ["No", "Nama", "NIP", "Instansi", "Periode Pelatihan"]
    people = [[i + 1, n, f"19850{i + 1}122010011{i:03d}", "BPS Kota Padang"] for i, n in enumerate(
        ("Siti Rahma", "Budi Santoso", "Ani Lestari", "Rudi Hartono"))]  # fmt: skip
    title = [["DAFTAR PESERTA PELATIHAN KEPEMIMPINAN PENGAWAS TAHUN 2024"], []]

    def read(name: str, periods: list[str], header: list[str] = head) -> LoadResult:
        rows = [[*p, d] for p, d in zip(people, periods, strict=True)]
        return read_roster(_sheets_workbook(tmp_path / f"{name}.xlsx", {"PKP": [*title, header, *rows]}))

    two = read("dua", ["5 - 8 Maret 2024", "5 - 8 Maret 2024", "10 - 13 Juni 2024", "10 - 13 Juni 2024"])
    assert [(c.start_date, c.end_date, c.n_participants) for c in two.cohorts] == [
        (dt.date(2024, 3, 5), dt.date(2024, 3, 8), 4)
    ]
    differ = [i for i in two.issues if i.code == "cohort_dates_differ"]
    assert len(differ) == 1 and differ[0].severity == "warning" and "10/06/2024 s.d. 13/06/2024 (baris 6, 7)" in (
        differ[0].message
    )
    typo = read("typo", ["5 - 8 Maret 2024"] * 3 + ["15 - 8 Maret 2024"])
    assert [(c.start_date, c.n_participants) for c in typo.cohorts] == [(dt.date(2024, 3, 5), 4)]
    assert [i.code for i in typo.issues if i.code == "cohort_dates_differ"] == ["cohort_dates_differ"]
    # A start column alone, two starts: two trainings, not days (no end given): the warning, not a span.
    starts = read("mulai", ["05/03/2024"] * 3 + ["10/06/2024"], [*head[:4], "Tanggal Mulai"])
    assert [(c.start_date, c.end_date) for c in starts.cohorts] == [(dt.date(2024, 3, 5), None)]
    assert [i.code for i in starts.issues if i.code == "cohort_dates_differ"] == ["cohort_dates_differ"]
    same = read("satu", ["5 - 8 Maret 2024"] * 4)
    assert [(c.start_date, c.end_date, c.n_participants) for c in same.cohorts] == [
        (dt.date(2024, 3, 5), dt.date(2024, 3, 8), 4)
    ]
    assert not [i for i in same.issues if i.code == "cohort_dates_differ"]
    # An attendance list: the same people on three days, one row each per day.
    days = ["2 September 2024", "3 September 2024", "4 September 2024"]
    rows = [[n * 4 + k + 1, *p[1:], d] for n, d in enumerate(days) for k, p in enumerate(people)]
    hadir = ["No", "Nama", "NIP", "Instansi", "Tanggal Kegiatan"]
    result = read_roster(_sheets_workbook(tmp_path / "hadir.xlsx", {"Hadir": [*title, hadir, *rows]}))
    assert len(result.participants) == 4
    assert [(c.start_date, c.end_date) for c in result.cohorts] == [(dt.date(2024, 9, 2), dt.date(2024, 9, 4))]
    assert not [i for i in result.issues if i.code == "cohort_dates_differ"]


def test_audit8_an_apps_menu_and_page_names_are_no_program() -> None:
    """A page saved from a web app carries its breadcrumb and headings ("Dashboard Rekap Pelatihan Rekap Pelatihan
    Detail Pelatihan", "Data Peserta Pelatihan"): no program (it had been "Pelatihan Rekap Pelatihan Detail
    Pelatihan"); a training's own name is still one."""
    from loaders.metadata import program_name

    assert program_name("Dashboard Rekap Pelatihan Rekap Pelatihan Detail Pelatihan") is None
    assert program_name("Data Peserta Pelatihan") is None
    assert program_name("Kelola Pelatihan / Tambah Peserta") is None
    assert program_name("Pelatihan Kepemimpinan Pengawas Angkatan III") == "Pelatihan Kepemimpinan Pengawas"
    assert program_name("Rekap Peserta Pelatihan Analis Kebijakan") == "Pelatihan Analis Kebijakan"


def test_audit9_a_nama_ukpd_column_is_the_instansi_not_its_type_or_a_date(tmp_path: Path) -> None:
    """Jakarta's staff exports name each one's unit 'NAMA UKPD' (Unit Kerja Perangkat Daerah) before the person's own
    'NAMA (TANPA GELAR)': the unit is the instansi (the file had been refused: no instansi column, 'NAMA UKPD' read as
    the name), 'Jenis UKPD' (its type) and 'TMT Kerja di UKPD' (a date) are not; a bare 'UKPD' column is the
    instansi too."""
    head = ["No", "NAMA UKPD", "JENIS UKPD", "NAMA\n(TANPA GELAR)", "NIP", "TMT KERJA DI UKPD  SAAT INI"]
    rows = [[1, "Dinas Kesehatan", "Dinkes", "Siti Rahma", "199001012015031001", "2020-01-01"],
            [2, "RSUD Tarakan", "RSUD", "Budi Santoso", "198807122015031002", "2019-03-01"],
            [3, "Suku Dinas Kesehatan Kota Administrasi Jakarta Barat", "Sudinkes", "Ani Lestari", "197911022005011003",
             "2018-07-01"]]  # fmt: skip
    result = read_roster(_sheets_workbook(tmp_path / "ukpd.xlsx", {"Pegawai": [head, *rows]}))
    assert result.participants["name"].tolist() == ["Siti Rahma", "Budi Santoso", "Ani Lestari"]
    assert result.participants["instansi"].tolist() == [r[1] for r in rows]
    assert set(result.participants["sector"]) == {"regional"}
    assert result.columns["Pegawai"]["mapped"]["instansi"] == "NAMA UKPD"
    assert "unit_kerja" not in result.columns["Pegawai"]["mapped"]
    bare = _read_text(tmp_path, "ukpd.csv", "Nama;UKPD\nSiti Rahma;Dinas Kesehatan\nBudi Santoso;RSUD Tarakan\n")
    assert bare.participants["instansi"].tolist() == ["Dinas Kesehatan", "RSUD Tarakan"]


def test_audit9_a_status_saying_withdrawn_cancelled_or_reserve_is_no_participant(tmp_path: Path) -> None:
    """A status column saying the person left or never joined the cohort ('Mengundurkan Diri', 'Batal', 'Peserta
    Cadangan', 'Tidak Diterima'), numbered or not: not counted, each reported; one who failed ('Tidak Lulus'), was
    marked absent ('❌ Tidak Hadir': layout 12's rule, everyone invited counts) or passed is a participant."""
    result = _read_text(tmp_path, "status.csv", (
        "No;Nama;NIP;Instansi;Status\n"
        "1;Siti Rahma;199001012015031001;Dinas Kesehatan Kota Padang;Lulus\n"
        "2;Budi Santoso;198807122015031002;Dinas Kesehatan Kota Padang;Mengundurkan Diri\n"
        "3;Ani Lestari;197911022005011003;BPS Kota Padang;Tidak Lulus\n"
        "4;Rudi Hartono;198203042006041004;BPS Kota Padang;PESERTA CADANGAN\n"
        "5;Dewi Sartika;198506072010012005;Dinas Pendidikan Kota Padang;❌ Tidak Hadir\n"
        ";Joko Widodo;198101012009011006;Dinas Pendidikan Kota Padang;Batal\n"
        ";Maya Sari;199202022019032007;Dinas Pendidikan Kota Padang;Tidak Diterima\n"
        ";Agus Salim;198303032008011008;Dinas Pendidikan Kota Padang;Diterima\n"
    ))  # fmt: skip
    assert result.participants["name"].tolist() == ["Siti Rahma", "Ani Lestari", "Dewi Sartika", "Agus Salim"]
    skipped = [i for i in result.issues if i.code == "row_not_taking_part"]
    assert [i.row for i in skipped] == [3, 5, 7, 8] and all(i.severity == "warning" for i in skipped)
    assert "'Mengundurkan Diri'" in skipped[0].message and "Budi Santoso" in skipped[0].message


def _page(body: str) -> str:
    return f"<html><head><title>x</title></head><body>{body}</body></html>"


_PAGE_TABLE = (
    "<table><tr><th>No</th><th>Nama</th><th>NIP</th><th>Instansi</th></tr>"
    "<tr><td>1</td><td>Siti Rahma</td><td>199001012015031001</td><td>BPS Kota Padang</td></tr>"
    "<tr><td>2</td><td>Budi Santoso</td><td>198807122015031002</td><td>BPS Kota Padang</td></tr></table>"
)


def test_audit9_a_saved_list_page_showing_part_of_the_list_is_reported(tmp_path: Path) -> None:
    """A list page saved from the browser holds only the rows it showed: its pager summary ('Menampilkan 1-20 dari 34
    item.' above the grid, DataTables' 'Showing 1 to 10 of 57 entries' under it, 'Menampilkan 11 sampai 20 dari 20
    data' on a later page) is reported with the rows missing; a page showing the whole list ('dari 2') is not."""
    cases = {
        "yii.html": ('<div class="summary">Menampilkan <b>1-2</b> dari <b>34</b> item.</div>' + _PAGE_TABLE, "1-2 dari 34"),
        "dt.html": (_PAGE_TABLE + '<div class="dataTables_info">Showing 1 to 2 of 57 entries</div><p>Footer</p>',
                    "1-2 dari 57"),
        "later.html": (_PAGE_TABLE + "<div>Menampilkan 11 sampai 12 dari 20 data</div>", "11-12 dari 20"),
        "whole.html": ("<div>Menampilkan 1-2 dari 2 item.</div>" + _PAGE_TABLE, None),
    }  # fmt: skip
    for name, (body, shown) in cases.items():
        path = tmp_path / name
        path.write_text(_page(body), encoding="utf-8")
        result = read_roster(path)
        assert len(result.participants) == 2, name
        notes = [i for i in result.issues if i.code == "html_page_part"]
        if shown is None:
            assert not notes, name
        else:
            (note,) = notes
            assert note.severity == "warning" and f"baris {shown}" in note.message, (name, note.message)


def test_audit9_a_saved_pages_menu_items_are_lines_and_no_program(tmp_path: Path) -> None:
    """A page's sidebar and breadcrumb list items ran together into one line ('Training ActivitiesStudentTrainer
    HomeTraining ActivitiesStudent #Diklat ...'), read as the program: each item is a line now, menu words are no
    program, and the grid's heading names it."""
    body = (
        '<aside><ul><li><a href="/a">Training Activities</a></li><li><a href="/s">Student</a></li>'
        '<li><a href="/t">Trainer</a></li></ul></aside><ul class="breadcrumb"><li>Home</li>'
        "<li>Training Activities</li><li>Student #Diklat Teknis Substantif Pemeriksaan Pajak Angkatan II</li></ul>"
        "<h3>Student #Diklat Teknis Substantif Pemeriksaan Pajak Angkatan II</h3>" + _PAGE_TABLE
    )
    path = tmp_path / "student.html"
    path.write_text(_page(body), encoding="utf-8")
    (cohort,) = read_roster(path).cohorts
    assert (cohort.program, cohort.angkatan) == ("Diklat Teknis Substantif Pemeriksaan Pajak", "II")
    from loaders.metadata import program_name

    assert program_name("Training Activities") is None and program_name("Jadwal Kelas Pelatihan") is None
    assert program_name("Training of Trainers Angkatan I") == "Training of Trainers"


@pytest.mark.parametrize(
    ("header", "cells", "read"),
    [("NP", None, True), ("Nomor", None, True), ("NP", ["3171012345678901"] * 4, False), ("NP", "mixed", False)],
)
def test_a_column_of_valid_nips_under_an_unknown_header_is_read_as_the_nip(
    tmp_path: Path, header: str, cells: list[str] | str | None, read: bool
) -> None:
    """An app's "NP" (employee number) column holding NIPs, in a table without a NIP column (audit 10, layout 60):
    read as the NIP by its content, with a note; NIKs (16 digits) or a column of which only half are valid NIPs
    are not, and stay an ignored column."""
    nips = list(PEOPLE_NIPS)
    if cells == "mixed":
        cells = [nips[0], "12345", nips[2], "-"]
    values = nips if cells is None else cells
    people = zip(_nama_nip_rows(), values, strict=True)
    rows = [[i, name, value, "Dinas Kesehatan Kota Padang"] for (i, name, _, _), value in people]
    path = _sheet_of_people(tmp_path, ["DAFTAR HADIR"], ["No", "Nama", header, "Instansi"], rows)
    result = read_roster(path)
    notes = [i for i in result.issues if i.code == "column_nip_by_content"]
    if read:
        assert set(result.participants["nip_status"]) == {"pns"}
        (note,) = notes
        assert f"'{header}'" in note.message and "4 dari 4" in note.message
        assert not [i for i in result.issues if i.code == "column_ignored"]
    else:
        assert set(result.participants["nip_status"]) == {"missing"} and not notes
        assert [i for i in result.issues if i.code == "column_ignored" and header in i.message]


def test_a_column_the_officer_ignored_is_not_read_as_the_nip_by_its_content(tmp_path: Path) -> None:
    rows = [[i, name, nip, "Dinas Kesehatan Kota Padang"] for i, name, nip, _ in _nama_nip_rows()]
    path = _sheet_of_people(tmp_path, ["DAFTAR HADIR"], ["No", "Nama", "NP", "Instansi"], rows)
    result = read_roster(path, column_mapping={"NP": ""})
    assert set(result.participants["nip_status"]) == {"missing"}
    assert not [i for i in result.issues if i.code == "column_nip_by_content"]


def test_a_mentors_nip_repeated_down_the_roster_is_not_the_participants_nip(tmp_path: Path) -> None:
    """Review s16: a Coaching-Mentoring roster's 'Mentor' column repeats two mentors' NIPs: read as the participants'
    NIP it made six people two (the same NIP). Valid NIPs that repeat are no one's own number: left ignored."""
    mentors = (PEOPLE_NIPS[0], PEOPLE_NIPS[1])
    names = ("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dodi Pratama", "Eka Putri", "Fajar Nugroho")
    rows = [[i, name, "Dinas Kesehatan Kota Padang", mentors[i % 2]] for i, name in enumerate(names, start=1)]
    path = _sheet_of_people(tmp_path, ["PELATIHAN COACHING DAN MENTORING"], ["No", "Nama", "Instansi", "Mentor"], rows)
    result = read_roster(path)
    assert len(result.participants) == 6
    assert set(result.participants["nip_status"]) == {"missing"}
    assert not [i for i in result.issues if i.code in ("column_nip_by_content", "duplicate_nip")]


def test_nips_written_only_under_the_table_do_not_make_its_column_the_nip(tmp_path: Path) -> None:
    """Review s16: an empty 'Paraf' column of the participants' table, and the committee's NIPs in that column in a
    list written under the table: only the participant rows count, so the column stays ignored."""
    rows: list[list[object]] = [[i, name, "Dinas Kesehatan Kota Padang", ""] for i, name, _, _ in _nama_nip_rows()]
    rows += [[], ["PANITIA PENYELENGGARA"]]
    rows += [[k, f"Panitia {k}", "Anggota", f"1966080119880310{k:02d}"] for k in range(1, 8)]
    path = _sheet_of_people(tmp_path, ["DAFTAR HADIR"], ["No", "Nama", "Instansi", "Paraf"], rows)
    result = read_roster(path)
    assert len(result.participants) == 4
    assert not [i for i in result.issues if i.code == "column_nip_by_content"]
    assert [i for i in result.issues if i.code == "column_ignored" and "'Paraf'" in i.message]
