"""The participants' agency read from a roster's title block: the employer is taken, an organiser never."""

from __future__ import annotations

import pytest

from loaders.employer import read_title_agency

# (title lines, instansi text taken or None, agency or the start of the reason for refusing)
CASES = [
    # the title names the participants' employer: taken
    (["DAFTAR ABSENSI", "Kantor Pencarian dan Pertolongan Kelas A Padang", "Badan Nasional Pencarian dan Pertolongan",
      "Periode 5 Desember 2026", "Pelatihan Water Rescue (08.00 - 16.00)"],
     "Kantor Pencarian dan Pertolongan Kelas A Padang", "Badan Nasional Pencarian dan Pertolongan"),
    (["Daftar Hadir Pegawai Kantor SAR Padang", "Pelatihan Water Rescue"], "Kantor SAR Padang",
     "Badan Nasional Pencarian dan Pertolongan"),
    (["PEMERINTAH KABUPATEN SAMPANG", "DAFTAR PESERTA"], "PEMERINTAH KABUPATEN SAMPANG",
     "Pemerintah Kabupaten Sampang"),
    (["Daftar Peserta ASN di lingkungan Pemerintah Kota Bogor"], "Pemerintah Kota Bogor", "Pemerintah Kota Bogor"),
    # a letter's number files the letter: the unit code in it (BKPSDM) is no organiser
    (["PEMERINTAH KOTA BOGOR", "Nomor : 821.2/47-BKPSDM", "Tanggal : 07/12/2026", "DAFTAR PESERTA"],
     "PEMERINTAH KOTA BOGOR", "Pemerintah Kota Bogor"),
    (["Daftar Hadir Pegawai BPSDM Provinsi Jawa Barat"], "BPSDM Provinsi Jawa Barat",
     "Pemerintah Provinsi Jawa Barat"),  # a staff word before the body: its own staff
    (["Pelatihan bagi Pegawai Dinas Kesehatan Kota Surabaya diselenggarakan oleh BPSDM Provinsi Jawa Timur"],
     "Dinas Kesehatan Kota Surabaya", "Pemerintah Kota Surabaya"),  # employer and organiser both written
    # a functional job title names the people; its field ("Pertanian") is not part of the employer
    (["DAFTAR PENEMPATAN PENYULUH PERTANIAN KABUPATEN LAMPUNG TIMUR TAHUN 2026", "KABUPATEN"],
     "KABUPATEN LAMPUNG TIMUR", "Pemerintah Kabupaten Lampung Timur"),
    (["Daftar Hadir Guru SMA Negeri 1 Painan"], "SMA Negeri 1 Painan", "Pemerintah Provinsi Sumatera Barat"),
    (["Daftar Bidan Desa Puskesmas Sukadana Kabupaten Lampung Timur"], "Puskesmas Sukadana Kabupaten Lampung Timur",
     "Pemerintah Kabupaten Lampung Timur"),
    (["Daftar Penyuluh Pertanian", "Pelatihan Budidaya Padi"], None, "judul roster tidak menyebut instansi"),
    # an organiser or a training's name: never taken
    (["DAFTAR PESERTA", "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023 diselenggarakan oleh Lembaga "
      "Administrasi Negara"], None, "judul roster menyebut penyelenggara"),
    (["LEMBAGA ADMINISTRASI NEGARA", "DAFTAR PESERTA PKA ANGKATAN IV"], None, "judul roster menyebut penyelenggara"),
    (["PEMERINTAH PROVINSI JAWA BARAT", "BADAN PENGEMBANGAN SUMBER DAYA MANUSIA", "DAFTAR PESERTA LATSAR"], None,
     "judul roster menyebut penyelenggara"),  # the organiser's letterhead: participants from all of Jabar
    (["PUSAT PENDIDIKAN DAN PELATIHAN PEGAWAI KEMENTERIAN KEUANGAN", "Daftar peserta"], None,
     "judul roster menyebut penyelenggara"),  # "Pegawai" inside the organiser's name
    (["Daftar Peserta Latsar CPNS Golongan III Angkatan 5 BPSDM Jabar"], None, "judul roster menyebut penyelenggara"),
    (["Pusdiklat Kementerian Agama", "Daftar Peserta Diklat Teknis"], None, "judul roster menyebut penyelenggara"),
    (["Pelatihan Teknis Kementerian Keuangan Angkatan II"], None, "judul roster menyebut penyelenggara"),
    # a venue names the host, not the staff
    (["DAFTAR PESERTA", "Aula Kantor Bupati Sleman, 5 - 8 Mei 2025"], None, "judul roster tidak menyebut instansi"),
    (["Kantor SAR Padang", "Gedung Kementerian Keuangan, Jakarta"], "Kantor SAR Padang",
     "Badan Nasional Pencarian dan Pertolongan"),
    # nothing, a bare place or two agencies: refused
    (["Daftar Peserta Diklat", "Diklat Teknis Pengelolaan Arsip Dinamis Angkatan II Tahun 2024"], None,
     "judul roster tidak menyebut instansi peserta"),
    (["Laporan Pegawai Yang  Pernah Mengikuti Pelatihan/Diklat"], None, "judul roster tidak menyebut instansi"),
    (["Jawa Barat", "DAFTAR PESERTA"], None, "judul roster tidak menyebut instansi peserta"),
    (["PEMERINTAH KABUPATEN SAMPANG", "Daftar Hadir Pegawai Kantor SAR Padang"], None,
     "judul roster menyebut lebih dari satu instansi"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "text", "agency_or_why"), CASES)
def test_title_agency(lines: list[str], text: str | None, agency_or_why: str) -> None:
    reading = read_title_agency((f"judul baris {i}", line) for i, line in enumerate(lines, start=1))
    if text is None:
        assert reading.found is None
        assert reading.why.startswith(agency_or_why)
    else:
        assert reading.found is not None, reading.why
        assert (reading.found.text, reading.found.agency.agency) == (text, agency_or_why)


def test_the_source_line_is_named() -> None:
    reading = read_title_agency([("judul baris 1", "DAFTAR HADIR"), ("judul baris 2", "Kantor SAR Padang")])
    assert reading.found is not None and reading.found.source == "judul baris 2"


def test_sheet_or_file_name_counts_like_a_title_line() -> None:
    reading = read_title_agency([("nama lembar", "Hadir"), ("nama file", "Absensi Pegawai Kantor SAR Padang")])
    assert reading.found is not None and reading.found.source == "nama file"
    assert read_title_agency([("nama file", "Peserta PKA LAN 2024")]).found is None


@pytest.mark.parametrize(
    "line",
    ["DAFTAR PENYULUH AGAMA ISLAM KABUPATEN SLEMAN", "DAFTAR PENYULUH KB KABUPATEN SLEMAN",
     "DAFTAR GURU MADRASAH KANKEMENAG KABUPATEN GARUT", "DAFTAR PENYULUH ANTI NARKOBA BNN KABUPATEN SLEMAN",
     "DAFTAR PESERTA PELATIHAN PENYULUH KELUARGA BERENCANA PROVINSI JAWA BARAT"],
)  # fmt: skip
def test_review10_a_job_field_of_a_central_employer_is_not_skipped_to_reach_a_region(line: str) -> None:
    """The words between a job title and a region may name a central employer (Kemenag's Penyuluh Agama and madrasah
    teachers, BKKBN's Penyuluh KB, BNN): every participant was given the region's Pemda, a swap; none is taken."""
    assert read_title_agency([("judul baris 1", line)]).found is None


@pytest.mark.parametrize(
    ("lines", "text", "agency"),
    [
        # a letterhead printed on two lines beside a logo: the body, then its region (seventh audit, layouts 41-42)
        (["BADAN PUSAT STATISTIK", "KOTA JAKARTA TIMUR", "DAFTAR HADIR PESERTA PELATIHAN"],
         "BADAN PUSAT STATISTIK KOTA JAKARTA TIMUR", "Badan Pusat Statistik"),
        (["KANTOR KEMENTERIAN AGAMA", "KABUPATEN SLEMAN", "DAFTAR PESERTA"],
         "KANTOR KEMENTERIAN AGAMA KABUPATEN SLEMAN", "Kementerian Agama"),
        (["DINAS PENDIDIKAN", "Kota Padang", "DAFTAR HADIR GURU"], "DINAS PENDIDIKAN Kota Padang", "Pemerintah Kota Padang"),
        # a letterhead merged into one cell of several lines: each line read on its own, the address left
        (["PEMERINTAH DAERAH PROVINSI JAWA BARAT\nDINAS PENDIDIKAN\nCABANG DINAS PENDIDIKAN WILAYAH VII\nSEKOLAH "
          "MENENGAH KEJURUAN NEGERI 2 CIMAHI\n\nJalan Contoh Raya No. 10\nCimahi 40500", "DAFTAR PESERTA RAPAT"],
         "PEMERINTAH DAERAH PROVINSI JAWA BARAT", "Pemerintah Provinsi Jawa Barat"),
        # "Pelaksana Perjalanan Dinas" are the travellers, not who runs the training
        (["PEMERINTAH KABUPATEN SLEMAN", "LAMPIRAN PELAKSANA PERJALANAN DINAS"], "PEMERINTAH KABUPATEN SLEMAN",
         "Pemerintah Kabupaten Sleman"),
    ],
)  # fmt: skip
def test_audit7_letterheads_on_two_lines_or_in_one_cell(lines: list[str], text: str, agency: str) -> None:
    reading = read_title_agency([(f"judul baris {i + 1}", line) for i, line in enumerate(lines)])
    assert reading.found is not None, reading.why
    assert (reading.found.text, reading.found.agency.agency) == (text, agency)


@pytest.mark.parametrize(
    "lines",
    [
        ["BADAN PUSAT STATISTIK", "KOTA JAKARTA TIMUR", "KOTA BEKASI"],  # a second region: no join, two agencies
        ["PELATIHAN KEPEMIMPINAN", "KOTA PADANG"],  # a training's name is no body to complete
        ["DAFTAR PESERTA", "Pelatihan dilaksanakan oleh BPSDM Provinsi Jawa Barat"],  # still an organiser
    ],
)
def test_audit7_a_region_line_joins_only_a_body_that_names_none(lines: list[str]) -> None:
    reading = read_title_agency([(f"judul baris {i + 1}", line) for i, line in enumerate(lines)])
    assert reading.found is None or reading.found.text != " ".join(lines[:2])
