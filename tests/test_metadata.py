"""Cohort metadata from title rows, sheet names and file names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.metadata import (
    extract_metadata,
    from_roman,
    match_program,
    normalise_angkatan,
    parse_dates,
    program_name,
    program_short_name,
    programs,
    title_case,
    to_roman,
)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jakarta, 5 - 8 September 2023", date(2023, 9, 5), date(2023, 9, 8)),
        ("tanggal 5 s.d. 8 September 2023", date(2023, 9, 5), date(2023, 9, 8)),
        ("5-8 Sept 2023", date(2023, 9, 5), date(2023, 9, 8)),
        ("28 Agustus - 1 September 2023", date(2023, 8, 28), date(2023, 9, 1)),
        ("30 Desember 2023 sampai dengan 2 Januari 2024", date(2023, 12, 30), date(2024, 1, 2)),
        ("05/09/2023 s/d 08/09/2023", date(2023, 9, 5), date(2023, 9, 8)),
        ("Selasa, 5 September 2023", date(2023, 9, 5), date(2023, 9, 5)),
        ("Hari, Tanggal : Senin, 07-12-2026", date(2026, 12, 7), date(2026, 12, 7)),
        ("Tanggal Lahir 1990", None, None),
        ("Aula Makarti Bhakti Nagari", None, None),
        ("31 - 32 Februari 2023", None, None),
    ],
)
def test_parse_dates(text: str, start: date | None, end: date | None) -> None:
    assert parse_dates(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "roman"),
    [
        ("IV", "IV"),
        ("iv", "IV"),
        ("4", "IV"),
        ("04", "IV"),
        ("XII", "XII"),
        ("IIII", None),
        ("0", None),
        ("abc", None),
    ],
)
def test_normalise_angkatan(text: str, roman: str | None) -> None:
    assert normalise_angkatan(text) == roman


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(number: int) -> None:
    assert from_roman(to_roman(number)) == number


def test_title_case_keeps_acronyms_and_small_words() -> None:
    assert title_case("PELATIHAN DASAR CPNS DAN PKA") == "Pelatihan Dasar CPNS dan PKA"


@pytest.mark.parametrize(
    ("shouting", "titled"),
    [("PELATIHAN PENYUSUNAN SKP", "Pelatihan Penyusunan SKP"),
     ("BIMTEK PENGELOLAAN BMD DAN BMN", "Bimtek Pengelolaan BMD dan BMN"),
     ("PELATIHAN ANALIS APBD DAN SIPD", "Pelatihan Analis APBD dan SIPD"),
     ("DIKLAT PIM IV", "Diklat PIM IV"),
     ("PELATIHAN PENGADAAN BARANG/JASA", "Pelatihan Pengadaan Barang/Jasa")],
)  # fmt: skip
def test_a_shouting_title_keeps_the_acronyms_people_write_in_training_titles(shouting: str, titled: str) -> None:
    """'Pelatihan Penyusunan Skp' was shown for a roster titled PELATIHAN PENYUSUNAN SKP: a word without a vowel,
    or a listed name of a plan, report or system, stays in capitals."""
    assert title_case(shouting) == titled


def test_title_case_keeps_upper_case_words_of_a_mixed_case_title() -> None:
    # A program column in a real export (tests/data/real_layouts/SOURCES.md, webcourse_ikut_pelatihan).
    assert title_case("Bimtek Penyusunan SKP") == "Bimtek Penyusunan SKP"
    assert title_case("Diklat SIMDA Keuangan") == "Diklat SIMDA Keuangan"


def test_program_word_repeated_across_the_lines_of_one_title_cell_is_read_once() -> None:
    # "Daftar Peserta Diklat" + line break + "Diklat Teknis ..." in one merged cell (real_layouts: laravel_nama_nip).
    text = "Daftar Peserta Diklat Diklat Teknis Pengelolaan Arsip Dinamis Angkatan II Tahun 2024"
    assert program_name(text) == "Diklat Teknis Pengelolaan Arsip Dinamis"


def test_reference_title_block() -> None:
    meta = extract_metadata(
        "Peserta",
        [
            ("judul baris 1", "DAFTAR PESERTA"),
            ("judul baris 2", "PELATIHAN COACHING DAN MENTORING ANGKATAN IV TAHUN 2023"),
            ("judul baris 3", "Jakarta, 5 - 8 September 2023"),
            ("judul baris 4", "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta"),
            ("nama file", "peserta"),
        ],
    )
    assert meta.to_dict() == {
        "sheet": "Peserta",
        "program": "Pelatihan Coaching dan Mentoring",
        "angkatan": "IV",
        "year": 2023,
        "start_date": "2023-09-05",
        "end_date": "2023-09-08",
        "venue": "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta",
        "sources": {
            "program": "judul baris 2",
            "angkatan": "judul baris 2",
            "year": "judul baris 2",
            "start_date": "judul baris 3",
            "end_date": "judul baris 3",
            "venue": "judul baris 4",
        },
    }


@pytest.mark.parametrize(
    ("sheet", "file", "program", "angkatan", "year"),
    [
        ("Angkatan II", "Daftar Peserta Latsar CPNS 2024", "Pelatihan Dasar CPNS", "II", 2024),
        ("Sheet1", "PKA Angkatan 3 Tahun 2024", "Pelatihan Kepemimpinan Administrator", "III", 2024),
        ("Sheet1", "coaching mentoring angk V", "Pelatihan Coaching dan Mentoring", "V", None),
        ("Peserta", "PKP 2024 angkatan 3", "Pelatihan Kepemimpinan Pengawas", "III", 2024),
        (
            "Peserta",
            "Daftar PKN TK II Angkatan XL 2023",
            "Pelatihan Kepemimpinan Nasional Tingkat II",
            "XL",
            2023,
        ),
        ("Angk. 2", "peserta latsar", "Pelatihan Dasar CPNS", "II", None),
        ("Angk. 5", "rekap", None, "V", None),
    ],
)
def test_metadata_from_sheet_and_file_names(
    sheet: str, file: str, program: str | None, angkatan: str | None, year: int | None
) -> None:
    meta = extract_metadata(sheet, [("nama lembar", sheet), ("nama file", file)])
    assert (meta.program, meta.angkatan, meta.year) == (program, angkatan, year)


def test_rank_group_before_a_comma_is_not_a_venue() -> None:
    meta = extract_metadata("S", [("judul baris 3", "Golongan III, 3 Juni s.d. 9 Agustus 2024")])
    assert meta.venue is None and meta.start_date == date(2024, 6, 3)


def test_explicit_venue_label_is_not_replaced_by_a_later_room_line() -> None:
    meta = extract_metadata(
        "S",
        [("judul baris 3", "Tempat: Hotel Santika, Yogyakarta"), ("judul baris 4", "Ruang Kelas Merapi")],
    )
    assert meta.venue == "Hotel Santika, Yogyakarta"


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Aula Makarti Bhakti Nagari, Pejompongan, Jakarta, 5 s.d. 8 September 2023",
         "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta"),
        ("Tempat: Hotel Santika, Yogyakarta, Senin, 3 Juni 2024", "Hotel Santika, Yogyakarta"),
        ("Kampus BPSDM Jawa Timur, 04/11/2024 - 13/12/2024", "Kampus BPSDM Jawa Timur"),
    ],
)  # fmt: skip
def test_a_venue_line_with_the_dates_gives_the_venue_and_the_dates(line: str, venue: str) -> None:
    meta = extract_metadata("S", [("judul baris 3", line)])
    assert meta.venue == venue
    assert meta.start_date is not None and meta.end_date is not None
    assert meta.sources["venue"] == meta.sources["start_date"] == "judul baris 3"


@pytest.mark.parametrize(
    ("detected", "stored"),
    [
        ("PKA", "Pelatihan Kepemimpinan Administrator"),
        ("Pelatihan Coaching & Mentoring", "Pelatihan Coaching dan Mentoring"),
        ("pelatihan coaching dan mentoring", "Pelatihan Coaching dan Mentoring"),
        ("Latsar CPNS", "Pelatihan Dasar CPNS"),
        ("Pelatihan Teknis Pengadaan Barang Jasa", "Pelatihan Teknis Pengadaan Barang/Jasa"),
        ("Pelatihan Teknis Keuangan Daerah", None),
        (None, None),
    ],
)
def test_a_detected_program_is_matched_to_the_stored_one(detected: str | None, stored: str | None) -> None:
    known = ["Pelatihan Coaching dan Mentoring", "Pelatihan Kepemimpinan Administrator", "Pelatihan Dasar CPNS",
             "Pelatihan Teknis Pengadaan Barang/Jasa"]  # fmt: skip
    assert match_program(detected, known) == stored


def test_the_programs_table_reads_back_and_names_each_program_once() -> None:
    """data/reference/programs.csv: each row's full name and its short name both lead to that program, and
    the short names are the ones people write (Latsar, PKA, PKP, PKN), none made up by the app."""
    table = programs()
    assert len({p.name for p in table}) == len(table) == len({p.short for p in table})
    for program in table:
        assert program_name(program.name) == program.name
        assert program_name(f"Daftar Peserta {program.short} Angkatan II Tahun 2024") == program.name
        assert program_short_name(program.name) == program.short
    shorts = {p.short for p in table}
    assert {"Latsar", "PKA", "PKP", "PKN", "PKN I", "PKN II"} <= shorts
    assert not shorts & {"PCM", "PDCPNS"}


@pytest.mark.parametrize(
    ("line", "program"),
    [
        ("Nama Pelatihan : Pelatihan Analis Kebijakan", "Pelatihan Analis Kebijakan"),
        ("Nama Pelatihan : Analis Kebijakan", "Pelatihan Analis Kebijakan"),
        ("NAMA DIKLAT: DIKLAT TEKNIS PENGADAAN BARANG/JASA", "Diklat Teknis Pengadaan Barang/Jasa"),
        ("Nama Kegiatan : Bimtek Penyusunan SKP", "Bimtek Penyusunan SKP"),
    ],
)
def test_a_labelled_program_line_names_the_program_in_its_value(line: str, program: str) -> None:
    """'Nama Pelatihan : ...' (label and value in two cells of a label block): the label is no part of the name."""
    assert program_name(line) == program


@pytest.mark.parametrize(
    "stamp",
    [
        "Dicetak Pada: Senin, 7 Desember 2026 | Status: AUDIT VERIFIED",
        "Tanggal Cetak : 07-12-2026",
        "Tgl. Cetak: 7 Desember 2026",
        "Tanggal Export : 07-12-2026 10:15",
        "Diunduh pada 7 Desember 2026",
    ],
)
def test_a_print_or_export_stamp_is_not_the_cohorts_date_or_year(stamp: str) -> None:
    """Sixth real-layout audit, layout 36: the day a list was printed or exported, written above its table, was
    taken as the cohort's start and end date (and year). A stamp names no cohort; the title's own period still
    does, in any order."""
    meta = extract_metadata("S", [("judul baris 1", "DAFTAR REKAPITULASI PEGAWAI"), ("judul baris 2", stamp)])
    assert (meta.start_date, meta.end_date, meta.year) == (None, None, None)
    titled = extract_metadata(
        "S", [("judul baris 1", stamp), ("judul baris 2", "Pelatihan Teknis Arsiparis, 2 - 4 Desember 2026")]
    )
    assert (titled.start_date, titled.end_date, titled.year) == (date(2026, 12, 2), date(2026, 12, 4), 2026)
    assert titled.sources["start_date"] == "judul baris 2"
