"""Fixture builders for roster layouts seen in public material nobody on the team wrote.

Each builder reproduces one real layout (title lines, header spellings and order, row patterns, footer)
with fictional people, writes it in a test's tmp_path and returns the ground truth decided from the layout
itself: participants, cohorts and the K/L / Pemda / other / unknown split. Sources and shapes are in
tests/data/real_layouts/SOURCES.md; the keys of REAL_LAYOUTS are the section names there.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from tests.builders import GOLONGAN, _patch_values, make_nip, rewrite_zip, sample_people

Bucket = Literal["central", "regional", "other", "unknown"]


@dataclass(frozen=True)
class Expected:
    """What a correct intake reports for a real-layout fixture."""

    path: Path
    participants: int
    by_sector: Mapping[str, int]  # central / regional / other / unknown, zero counts left out
    cohorts: int = 1
    cohort_sizes: tuple[int, ...] = ()  # participants per cohort, in any order (empty: not checked)
    valid_nips: int | None = None  # rows whose NIP a correct intake keeps as a valid 18-digit NIP
    damaged_nips: int = 0  # rows whose NIP shows Excel's 15-digit loss
    dates: tuple[str, str] | None = None  # (start, end) ISO dates of the only cohort
    # A table without an instansi column: the agency the officer names for every participant (`--instansi`),
    # which `by_sector` assumes; without it the file is refused (no_roster).
    instansi: str | None = None
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Someone:
    """A fictional participant row: only what the layouts need."""

    name: str
    nip: str
    gender: Literal["L", "P"]
    golongan: str
    pangkat: str
    jabatan: str
    birth: dt.date


def people(n: int, *, seed: int, cpns: bool = False) -> list[Someone]:
    """Return n fictional people with valid NIPs (CPNS: appointed 2022-2023, golongan III/a or II/a)."""
    out = []
    for i, p in enumerate(sample_people(n, seed=seed)):
        birth = dt.date(int(p.nip[:4]), int(p.nip[4:6]), int(p.nip[6:8]))
        nip, gol = p.nip, p.golongan
        if cpns:
            birth = dt.date(1994 + i % 6, 1 + i % 12, 1 + (i * 7) % 28)
            nip = make_nip(birth, (2022 + i % 2, 1 + (i % 2) * 5), p.gender, 1 + i)
            gol = "III/a" if i % 3 else "II/a"
        out.append(Someone(p.name, nip, p.gender, gol, GOLONGAN.get(gol, "Pengatur Muda"), p.jabatan, birth))
    return out


def _counts(buckets: Sequence[Bucket]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for bucket in buckets:
        counts[bucket] = counts.get(bucket, 0) + 1
    return counts


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------------------------------
# 1. DistTreS/sarprasv1 DiklatController::importExcel: header-first recap, no No column, Angkatan + Tahun
# ---------------------------------------------------------------------------------------------------------

_PADANG_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Dinas Kesehatan Kota Padang", "regional"),
    ("BKPSDM Kabupaten Solok", "regional"),
    ("Sekretariat DPRD Provinsi Sumatera Barat", "regional"),
    ("Inspektorat Kabupaten Agam", "regional"),
    ("RSUD Kota Pariaman", "regional"),
    ("BPS Kabupaten Pesisir Selatan", "central"),
    ("Kantor Kementerian Agama Kota Bukittinggi", "central"),
    ("Balai Wilayah Sungai Sumatera V", "central"),
)


def sarprasv1_diklat(tmp_path: Path) -> Expected:
    """Rows straight under one header row: Nama | NIP | Golruang | Tempat Lahir | Tanggal Lahir | Nama Jabatan
    | Instansi | Angkatan | Tahun | Sertifikat | Judul Tugas Akhir; two angkatan of one year in one sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Nama", "NIP", "Golruang", "Tempat Lahir", "Tanggal Lahir", "Nama Jabatan", "Instansi",
               "Angkatan", "Tahun", "Sertifikat", "Judul Tugas Akhir"])  # fmt: skip
    buckets: list[Bucket] = []
    sizes = (12, 9)
    crowd = people(sum(sizes), seed=101)
    for i, person in enumerate(crowd):
        instansi, bucket = _PADANG_INSTANSI[i % len(_PADANG_INSTANSI)]
        angkatan = "I" if i < sizes[0] else "II"
        ws.append([person.name, person.nip, person.golongan, "Padang", person.birth, person.jabatan, instansi,
                   angkatan, 2024, f"{1718000000 + i}_sertifikat.pdf", f"Optimalisasi Layanan Unit {i + 1}"])  # fmt: skip
        ws.cell(ws.max_row, 2).number_format = "@"
        ws.cell(ws.max_row, 5).number_format = "dd/mm/yyyy"
        buckets.append(bucket)
    return Expected(
        _save(wb, tmp_path / "import_peserta_diklat.xlsx"), len(crowd), _counts(buckets), cohorts=2,
        cohort_sizes=sizes, valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 2. DistTreS/sarprasv1 PesertaLatsar::importExcel: Latsar recap with "Tempat/Tgl Lahir" in one cell
# ---------------------------------------------------------------------------------------------------------

_LATSAR_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Dinas Pendidikan Kabupaten Tanah Datar", "regional"),
    ("Puskesmas Lubuk Buaya", "regional"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang Kota Solok", "regional"),
    ("Badan Pengelola Keuangan Daerah Kabupaten Pasaman Barat", "regional"),
    ("Satpol PP Kota Payakumbuh", "regional"),
    ("RSUD Dr. Achmad Mochtar Bukittinggi", "regional"),
)


def sarprasv1_latsar(tmp_path: Path) -> Expected:
    """Nama | NIP | Tempat/Tgl Lahir | Golruang | Nama Jabatan | Instansi | Angkatan | Tahun | Sertifikat,
    angkatan written as numbers, certificate column mostly empty; three angkatan of one year."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Peserta Latsar"
    ws.append(["Nama", "NIP", "Tempat/Tgl Lahir", "Golruang", "Nama Jabatan", "Instansi", "Angkatan", "Tahun",
               "Sertifikat"])  # fmt: skip
    sizes = (8, 8, 7)
    crowd = people(sum(sizes), seed=202, cpns=True)
    buckets: list[Bucket] = []
    for i, person in enumerate(crowd):
        instansi, bucket = _LATSAR_INSTANSI[i % len(_LATSAR_INSTANSI)]
        angkatan = 1 if i < sizes[0] else 2 if i < sizes[0] + sizes[1] else 3
        ttl = f"Padang, {person.birth:%d-%m-%Y}"
        ws.append([person.name, person.nip, ttl, person.golongan, "CPNS Analis Kebijakan", instansi, angkatan,
                   2023, None])  # fmt: skip
        ws.cell(ws.max_row, 2).number_format = "@"
        buckets.append(bucket)
    return Expected(
        _save(wb, tmp_path / "latsar_2023.xlsx"), len(crowd), _counts(buckets), cohorts=3, cohort_sizes=sizes,
        valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 3. ndronextgen/WebCourseCI3 laporan/ikut_pelatihan/export.php: HTML saved as .xls, table nested in an
#    outer table and shifted one column right, one row per (employee, training), NIP + NRK
# ---------------------------------------------------------------------------------------------------------


def webcourse_ikut_pelatihan(tmp_path: Path) -> Expected:
    """Outer table: [blank | bold title] / [blank] / [blank | inner table]; inner header Nomor | NIP | NRK |
    Nama Pegawai | Nama Pelatihan | Uraian | Lokasi Pelatihan | Tanggal Sertifikat. No instansi column:
    the report lists one employer's staff (NRK is the Jakarta provincial staff number) but never names it."""
    crowd = people(9, seed=303)
    trainings = (
        ("Pelatihan Kepemimpinan Pengawas", "BPSDM Provinsi DKI Jakarta", "2024-06-21", (0, 1, 2, 3)),
        ("Pelatihan Barang dan Jasa Pemerintah", "Hotel Grand Cempaka", "2024-08-02", (2, 4, 5, 6, 7)),
        ("Bimtek Penyusunan SKP", "Balai Kota", "2024-10-11", (0, 8)),
    )
    rows = []
    for program, lokasi, tanggal, members in trainings:
        for m in members:
            rows.append((crowd[m], program, lokasi, tanggal))
    inner = [
        '<table cellpadding="8" style="border-collapse:collapse;" border="1">',
        '<tr height="40" style="background-color:#EA7D57;">' + "".join(
            f"<td>{h}</td>" for h in ("Nomor", "NIP", "NRK", "Nama Pegawai", "Nama Pelatihan", "Uraian",
                                      "Lokasi Pelatihan", "Tanggal Sertifikat")) + "</tr>",
    ]  # fmt: skip
    for no, (person, program, lokasi, tanggal) in enumerate(rows, start=1):
        cells = (no, person.nip, 170000 + no * 37, person.name, program, "Peserta", lokasi, tanggal)
        inner.append('<tr height="35">' + "".join(
            f'<td class="str">{html.escape(str(v))}</td>' for v in cells) + "</tr>")  # fmt: skip
    inner.append("</table>")
    page = "\n".join([
        "<style> .str{ mso-number-format:\\@; } </style>",
        "<table>",
        '<tr><td></td><td align="center"><b>Laporan Pegawai Yang  Pernah Mengikuti Pelatihan/Diklat</b></td></tr>',
        "<tr><td></td></tr>",
        "<tr><td></td><td>", *inner, "</td></tr>",
        "</table>",
    ])  # fmt: skip
    path = tmp_path / "2024-12-02_laporan_pegawai_ikut_pelatihan.xls"
    path.write_text(page, encoding="utf-8")
    # NRK is the Jakarta provincial staff number: the officer names the provincial government.
    return Expected(
        path, len(rows), {"regional": len(rows)}, cohorts=len(trainings),
        cohort_sizes=tuple(len(t[3]) for t in trainings), valid_nips=len(rows),
        instansi="Pemerintah Provinsi DKI Jakarta",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 4. pirsani/panda-docs setup-kegiatan: the activity's participant template (finance columns, NIP typed
#    with a leading apostrophe, a reference list of golongan in column R beside the table)
# ---------------------------------------------------------------------------------------------------------

_GOLONGAN_LIST = ("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c",
                  "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e")  # fmt: skip


def panda_kegiatan(tmp_path: Path) -> Expected:
    """NO | Nama | NIP | NIK | NPWP | Golongan/Ruang | Jabatan | Eselon | Golongan UH LN | Berangkat | Kembali
    | Nama Rekening | Bank | Nomor Rekening, then column R "Referensi Golongan/Ruang" listing I/a..IV/e down
    17 rows. No instansi column: one unit's own activity, so every participant's sector is unknown."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "peserta"
    header = ["NO", "Nama", "NIP", "NIK", "NPWP", "Golongan/Ruang", "Jabatan", "Eselon", "Golongan UH LN",
              "Berangkat", "Kembali", "Nama Rekening", "Bank", "Nomor Rekening"]  # fmt: skip
    for c, text in enumerate(header, start=1):
        ws.cell(1, c, text)
    ws.cell(1, 18, "Referensi Golongan/Ruang")
    for r, gol in enumerate(_GOLONGAN_LIST, start=2):
        ws.cell(r, 18, gol)
    crowd = people(8, seed=404)
    for i, person in enumerate(crowd):
        r = i + 2
        # Half typed in Excel as '1992... (quote prefix, not stored), half pasted with the apostrophe kept.
        nip = person.nip if i % 2 else "'" + person.nip
        values = [i + 1, person.name, nip, f"'31740{i:011d}", f"'0{i:014d}", person.golongan, person.jabatan,
                  None, None, dt.date(2024, 11, 4), dt.date(2024, 11, 6), person.name, "BRI",
                  f"'0123{i:011d}"]  # fmt: skip
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, value)
            if isinstance(value, str) and value.startswith("'") or c == 3:
                cell.quotePrefix = True
                cell.number_format = "@"
    # One unit's own activity: a vertical office (central although its name holds a kabupaten).
    return Expected(
        _save(wb, tmp_path / "peserta.xlsx"), len(crowd), {"central": len(crowd)}, valid_nips=len(crowd),
        instansi="BPS Kabupaten Sleman",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 5. Laravel-Excel view (find_string id 6202947672): 3-row merged title, "Nama/NIP" in one cell
# ---------------------------------------------------------------------------------------------------------


def laravel_nama_nip(tmp_path: Path) -> Expected:
    """A1:E3 merged "Daftar Peserta Diklat" + line break + the training's name; row 4: No. | Nama/NIP |
    Jabatan | Golongan | Status; each Nama/NIP cell holds the name, a line break, then the NIP."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.cell(1, 1, "Daftar Peserta Diklat\nDiklat Teknis Pengelolaan Arsip Dinamis Angkatan II Tahun 2024")
    ws.merge_cells("A1:E3")
    ws.cell(1, 1).alignment = Alignment(wrap_text=True, horizontal="center")
    for c, text in enumerate(["No.", "Nama/NIP", "Jabatan", "Golongan", "Status"], start=1):
        ws.cell(4, c, text)
    crowd = people(11, seed=505)
    for i, person in enumerate(crowd):
        r = 5 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, f"{person.name}\n{person.nip}").alignment = Alignment(wrap_text=True)
        ws.cell(r, 3, person.jabatan)
        ws.cell(r, 4, person.golongan)
        ws.cell(r, 5, "PNS")
    return Expected(
        _save(wb, tmp_path / "peserta_diklat.xlsx"), len(crowd), {"regional": len(crowd)}, valid_nips=len(crowd),
        instansi="Dinas Kearsipan dan Perpustakaan Kota Padang",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 6. CodeIgniter "DaftarPeserta.xls" (find_string id 36332451255): HTML, title paragraph, ID column
#    "NUPTK/PTK ID/KTP" holding the NIP of civil-servant teachers
# ---------------------------------------------------------------------------------------------------------

_SEKOLAH: tuple[tuple[str, str, str, Bucket], ...] = (
    ("SMA Negeri 2 Bukittinggi", "Sumatera Barat", "Kota Bukittinggi", "regional"),
    ("SMP Negeri 1 Batusangkar", "Sumatera Barat", "Kabupaten Tanah Datar", "regional"),
    ("SD Negeri 05 Koto Tangah", "Sumatera Barat", "Kota Padang", "regional"),
    ("SMK Negeri 1 Painan", "Sumatera Barat", "Kabupaten Pesisir Selatan", "regional"),
    ("MAN 2 Kota Padang", "Sumatera Barat", "Kota Padang", "central"),
    ("MTsN 3 Agam", "Sumatera Barat", "Kabupaten Agam", "central"),
    ("SMA Swasta Adabiah Padang", "Sumatera Barat", "Kota Padang", "other"),
)


def ci_daftar_peserta_xls(tmp_path: Path) -> Expected:
    """<p>DAFTAR PESERTA DIKLAT<br>NAME</p> then No | NUPTK/PTK ID/KTP | Nama | No HP | Jabatan | Instansi |
    Provinsi | Kabupaten | Status Pendaftaran. The ID cell holds the NIP (the export writes $data->NIP)."""
    crowd = people(14, seed=606)
    buckets: list[Bucket] = []
    body = []
    for i, person in enumerate(crowd):
        sekolah, provinsi, kabupaten, bucket = _SEKOLAH[i % len(_SEKOLAH)]
        buckets.append(bucket)
        cells = (i + 1, person.nip, person.name.upper(), f"0812{i:08d}", "Guru Ahli Pertama", sekolah, provinsi,
                 kabupaten, "Diterima")  # fmt: skip
        body.append("\t<tr>\n" + "".join(f"\t\t<td >{html.escape(str(v))}</td>\n" for v in cells) + "\t</tr>")
    page = "\n".join([
        "<html>", "<head>", "<title>Cetak Panitia Diklat</title>", "</head>",
        '<style type="text/css">.judul2{font-size:14px; font-weight:bold; text-align:center}</style>',
        "<body>",
        '<p class="judul2">DAFTAR PESERTA DIKLAT<br>',
        "DIKLAT PENGUATAN KEPALA SEKOLAH ANGKATAN III TAHUN 2024", "</p>",
        '<table border="1" width="100%"  class="list">',
        "<tr>", "\t<th>No</th>", '    <th width="150px">NUPTK/PTK ID/KTP</th>', "    <th>Nama </th>",
        "    <th>No HP</th>", "    <th>Jabatan</th>", "    <th>Instansi</th>", "    <th>Provinsi</th>",
        "    <th>Kabupaten</th>", '    <th width="100px">Status Pendaftaran</th>', "</tr>",
        *body, "</table>", "</body>", "</html>",
    ])  # fmt: skip
    path = tmp_path / "DaftarPeserta.xls"
    path.write_text(page, encoding="utf-8")
    return Expected(path, len(crowd), _counts(buckets), valid_nips=len(crowd))


# ---------------------------------------------------------------------------------------------------------
# 7. CodeIgniter KelolaPegawaiController::importPegawai (find_string id 53982180571): CSV exported from a
#    personnel sheet, header found below title lines, spaced-letter "N A M A", NIP/NRP, some NIPs in E+17
# ---------------------------------------------------------------------------------------------------------

_KEMENKUMHAM_SATKER = (
    "Kantor Wilayah Kementerian Hukum dan HAM Sumatera Barat",
    "Lapas Kelas IIA Padang",
    "Rutan Kelas IIB Solok",
    "Kantor Imigrasi Kelas I TPI Padang",
    "Bapas Kelas I Padang",
)


def ci_csv_nama_spaced(tmp_path: Path) -> Expected:
    """DAFTAR NOMINATIF PEGAWAI / KEADAAN ... / (blank) / NO,N A M A,NIP/NRP,PANGKAT,GOL,JABATAN,SATKER,
    TMT MUTASI / rows; every third NIP went through Excel as a number (1.98507E+17)."""
    crowd = people(12, seed=707)
    lines: list[list[str]] = [
        ["DAFTAR NOMINATIF PEGAWAI", "", "", "", "", "", "", ""],
        ["KEADAAN BULAN NOVEMBER 2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["NO", "N A M A", "NIP/NRP", "PANGKAT", "GOL", "JABATAN", "SATKER", "TMT MUTASI"],
    ]
    damaged = 0
    for i, person in enumerate(crowd):
        nip = person.nip
        if i % 3 == 2:
            nip = f"{float(person.nip):.5E}"  # Excel's General display, e.g. 1.98507E+17
            damaged += 1
        lines.append([str(i + 1), person.name, nip, person.pangkat, person.golongan, person.jabatan,
                      _KEMENKUMHAM_SATKER[i % len(_KEMENKUMHAM_SATKER)], f"{1 + i % 28:02d}/03/2023"])  # fmt: skip
    path = tmp_path / "nominatif_pegawai.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(lines)
    return Expected(
        path, len(crowd), {"central": len(crowd)}, valid_nips=len(crowd) - damaged, damaged_nips=damaged,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 8. Next.js attendance report (find_string id 60839030174): SheetJS aoa, five merged title rows naming one
#    central office, header at row 6, no instansi column
# ---------------------------------------------------------------------------------------------------------


def basarnas_absensi(tmp_path: Path) -> Expected:
    """DAFTAR ABSENSI / Kantor Pencarian dan Pertolongan Kelas A Padang / Badan Nasional Pencarian dan
    Pertolongan / Periode 5 Desember 2026 / session (time) - each merged A:G; row 6: No | NIP | Nama |
    Pangkat/Gol | Jabatan | Waktu Check-In | Keterangan. Every row is staff of that central office."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Hadir"
    titles = ("DAFTAR ABSENSI", "Kantor Pencarian dan Pertolongan Kelas A Padang",
              "Badan Nasional Pencarian dan Pertolongan", "Periode 5 Desember 2026",
              "Pelatihan Water Rescue (08.00 - 16.00)")  # fmt: skip
    for r, text in enumerate(titles, start=1):
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for c, text in enumerate(["No", "NIP", "Nama", "Pangkat/Gol", "Jabatan", "Waktu Check-In", "Keterangan"],
                             start=1):  # fmt: skip
        ws.cell(6, c, text)
    crowd = people(10, seed=808)
    for i, person in enumerate(crowd):
        ws.append([i + 1, person.nip, person.name, f"{person.pangkat} ({person.golongan})", "Rescuer Ahli Muda",
                   f"07.{40 + i:02d}.12", ""])  # fmt: skip
        ws.cell(ws.max_row, 2).number_format = "@"
    return Expected(
        _save(wb, tmp_path / "Absensi_Pelatihan Water Rescue_Hadir.xlsx"), len(crowd), {"central": len(crowd)},
        valid_nips=len(crowd), dates=("2026-12-05", "2026-12-05"),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 9. SheetJS personnel import with a HEADER_MAP (find_string id 69810356040): "N I P" holding "NIP / NRP",
#    rank and golongan in one cell ("Jaksa Madya / (IV/a)"), Satker
# ---------------------------------------------------------------------------------------------------------

_KEJAKSAAN_SATKER = (
    "Kejaksaan Tinggi Sumatera Barat",
    "Kejaksaan Negeri Padang",
    "Kejaksaan Negeri Bukittinggi",
    "Cabang Kejaksaan Negeri Agam di Lubuk Basung",
)
_JAKSA_PANGKAT = (
    "Jaksa Pratama / (III/c)",
    "Jaksa Muda / (III/d)",
    "Jaksa Madya / (IV/a)",
    "Ajun Jaksa / (III/b)",
)


def sheetjs_nip_nrp(tmp_path: Path) -> Expected:
    """Header row 1 (first sheet): N I P | Nama Pegawai | Pangkat/Gol | Ruang | MKG Awal | Satker | Status
    Pegawai; the NIP cell reads '197505152000031003 / 60075136' (NIP, then the NRP), sometimes quoted."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Pegawai"
    ws.append(["N I P", "Nama Pegawai", "Pangkat/Gol", "Ruang", "MKG Awal", "Satker", "Status Pegawai"])
    crowd = people(10, seed=909)
    for i, person in enumerate(crowd):
        nip = f"{person.nip} / {60070000 + i * 113}"
        if i % 4 == 3:
            nip = f"'{nip}"
        pangkat = _JAKSA_PANGKAT[i % len(_JAKSA_PANGKAT)]
        ruang = pangkat[-3]
        ws.append([nip, person.name, pangkat, ruang, f"{i % 5} thn", _KEJAKSAAN_SATKER[i % len(_KEJAKSAAN_SATKER)],
                   "PNS"])  # fmt: skip
    return Expected(
        _save(wb, tmp_path / "import_pegawai.xlsx"), len(crowd), {"central": len(crowd)}, valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 10. ExcelJS placement list (find_string id 39239001436): "Lampiran / Nomor / Tanggal" at the top right, a
#     merged title naming the kabupaten, header row 7, a column-numbering row "1 2 3 4 5 6" under it
# ---------------------------------------------------------------------------------------------------------


def exceljs_penyuluh_nomor(tmp_path: Path) -> Expected:
    """E1:E3 "Lampiran :" / "Nomor :" / "Tanggal :"; A5:F5 DAFTAR PENEMPATAN PENYULUH PERTANIAN KABUPATEN
    LAMPUNG TIMUR TAHUN 2026; A6 KABUPATEN; row 7 NO | NAMA | NIP | PANGKAT/GOL | Wilayah Desa Binaan |
    KETERANGAN; row 8 the column numbers '1'..'6' written as text; people from row 9. Every row is extension
    staff of the kabupaten the title names (regional), "pangkat/golongan" in one cell, the villages joined with
    a trailing ", " (the exporter appends the separator after the last one too)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kabupaten"
    for r, text in enumerate(("Lampiran :", "Nomor :", "Tanggal :"), start=1):
        ws.cell(r, 5, text).alignment = Alignment(horizontal="right")
    ws.cell(5, 1, "DAFTAR PENEMPATAN PENYULUH PERTANIAN KABUPATEN LAMPUNG TIMUR TAHUN 2026")
    ws.merge_cells("A5:F5")
    ws.cell(6, 1, "KABUPATEN")
    for c, text in enumerate(["NO", "NAMA", "NIP", "PANGKAT/GOL", "Wilayah Desa Binaan", "KETERANGAN"], start=1):
        ws.cell(7, c, text)
    for c in range(1, 7):
        ws.cell(8, c, str(c))
    kecamatan = ("Sukadana", "Way Jepara", "Labuhan Maringgai", "Pekalongan", "Batanghari", "Sekampung")
    crowd = people(12, seed=1010)
    for i, person in enumerate(crowd):
        villages = "".join(f"{k}, " for k in (kecamatan[i % 6], kecamatan[(i + 2) % 6]))
        values = [i + 1, person.name, person.nip, f"{person.pangkat}/{person.golongan}", villages,
                  "Koordinator" if i == 0 else ""]  # fmt: skip
        for c, value in enumerate(values, start=1):
            ws.cell(9 + i, c, value)
    return Expected(
        _save(wb, tmp_path / "penyuluh-kabupaten.xlsx"), len(crowd), {"regional": len(crowd)},
        valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 11. CodeIgniter + PHPExcel attendance list (find_string id 5701021270, PrintDaftarPelatihan): one sheet per
#     printed page of 25 numbered slots, numbers running on across sheets, empty slots numbered too, a TOTAL
#     row, and the trainer's name below the table in the unit column
# ---------------------------------------------------------------------------------------------------------

_SURAKARTA_UNIT: tuple[tuple[str, Bucket], ...] = (
    ("Dinas Pendidikan Kota Surakarta", "regional"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah Kota Surakarta", "regional"),
    ("Bappeda Kota Surakarta", "regional"),
    ("Kecamatan Laweyan", "regional"),
    ("RSUD Bung Karno Kota Surakarta", "regional"),
    ("Kantor Kementerian Agama Kota Surakarta", "central"),
)


def ci_daftar_hadir_halaman(tmp_path: Path) -> Expected:
    """Each sheet (the first 'Worksheet', then '1', '2', ...): C1 "DAFTAR HADIR PESERTA" + line break + the
    training; A2:A4 Tanggal / Waktu / Ruang with values in C; row 6 NO | NO INDUK | NAMA | UNIT/SEKSI | PARAF;
    rows 7-31 the 25 slots (NO and the PARAF cell numbered even when empty, numbers continuing on the next
    sheet); A32 TOTAL (merged A:D); D34 TRAINER | E34 PARAF; D35 the trainer's name. 31 people: 25 + 6."""
    crowd = people(31, seed=1111)
    wb = openpyxl.Workbook()
    pages = [crowd[:25], crowd[25:]]
    buckets: list[Bucket] = []
    number = 0
    for p, page in enumerate(pages):
        ws = wb.active if p == 0 else wb.create_sheet(str(p))
        ws.cell(1, 3, "DAFTAR HADIR PESERTA\nPELATIHAN PENGELOLAAN BARANG MILIK DAERAH ANGKATAN II TAHUN 2026")
        ws.cell(1, 3).alignment = Alignment(wrap_text=True, horizontal="center")
        ws.merge_cells("A1:B1")
        ws.merge_cells("C1:D1")
        for r, (label, value) in enumerate((("Tanggal", "05 Desember 2026"), ("Waktu", "08:00:00 WIB - 12:00:00 WIB"),
                                            ("Ruang", "Ruang Kelas 2 Gedung Diklat")), start=2):  # fmt: skip
            ws.cell(r, 1, label)
            ws.cell(r, 3, value)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for c, text in enumerate(["NO", "NO INDUK", "NAMA", "UNIT/SEKSI", "PARAF"], start=1):
            ws.cell(6, c, text)
        for slot in range(25):
            number += 1
            r = 7 + slot
            ws.cell(r, 1, number)
            ws.cell(r, 5, number)
            if slot < len(page):
                person = page[slot]
                unit, bucket = _SURAKARTA_UNIT[(number - 1) % len(_SURAKARTA_UNIT)]
                ws.cell(r, 2, f"B{1200 + number:04d}")
                ws.cell(r, 3, person.name)
                ws.cell(r, 4, unit)
                buckets.append(bucket)
        ws.cell(32, 1, "TOTAL")
        ws.merge_cells("A32:D32")
        ws.cell(34, 4, "TRAINER")
        ws.cell(34, 5, "PARAF")
        ws.cell(35, 4, "Drs. Bambang Sulistyono, M.Si.")
    # Excel5 writer in the source; the layout (not the binary format) is what the fixture reproduces.
    return Expected(
        _save(wb, tmp_path / "Daftar Hadir Pelatihan.xlsx"), len(crowd), _counts(buckets),
        dates=("2026-12-05", "2026-12-05"),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 12. Laravel-Excel FromView report of an event's participants (find_string ids 20716875788, the sheet, and
#     20802066501, the Blade view): label/value block, statistics block, 12-column table with a literal
#     apostrophe before the NIP, then "Ringkasan per Divisi / per Instansi" rows and a footer
# ---------------------------------------------------------------------------------------------------------

_ESDM_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Pusat Sumber Daya Mineral Batubara dan Panas Bumi", "central"),
    ("Badan Geologi", "central"),
    ("Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Barat", "regional"),
    ("Dinas ESDM Provinsi Jawa Tengah", "regional"),
    ("Pusat Sumber Daya Mineral Batubara dan Panas Bumi", "central"),
    ("Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Barat", "regional"),
    ("PT Geo Dipa Energi (Persero)", "other"),
)


def laravel_event_peserta(tmp_path: Path) -> Expected:
    """Sheet 'Daftar Peserta': A1 "📋 LAPORAN PESERTA EVENT - <TITLE>"; blank; six label rows (Judul Event, Waktu
    Event "05 December 2026, 08:00 - 16:00 WIB", Lokasi, Kategori, Status Event, Dibuat pada) with the value
    merged B:K; blank; "RINGKASAN STATISTIK KEHADIRAN" and three rows (Total Peserta Diundang "14 orang", ...);
    blank; header No | NIP | Nama Lengkap | Email | Instansi | Jabatan | Divisi | No. Telepon | Status Kehadiran |
    Waktu Check-in | Keterangan | Tipe Peserta; the people (NIP written "'1987..."); blank; "RINGKASAN DETAIL
    BERDASARKAN KATEGORI"; "Ringkasan per Divisi:" and one row per division (name | "3/4 hadir (75%)"); the
    same per instansi; blank; a footer paragraph. Everyone invited is a participant, present or not."""
    title = "Bimbingan Teknis Pengelolaan Data Panas Bumi Angkatan I Tahun 2026"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Daftar Peserta"
    rows: list[list[object]] = [[f"📋 LAPORAN PESERTA EVENT - {title.upper()}"], []]
    rows += [[label, value] for label, value in (
        ("📅 Judul Event", title), ("🕒 Waktu Event", "05 December 2026, 08:00 - 16:00 WIB"),
        ("📍 Lokasi", "Aula Gedung B, Jalan Soekarno-Hatta, Bandung"), ("🏷️ Kategori", "Pelatihan"),
        ("📊 Status Event", "⚫ Selesai"), ("📄 Dibuat pada", "07 December 2026 09:15"))]  # fmt: skip
    crowd = people(14, seed=1212)
    attended = [i % 7 != 3 for i in range(len(crowd))]
    rows += [[], ["📈 RINGKASAN STATISTIK KEHADIRAN"], ["👥 Total Peserta Diundang", f"{len(crowd)} orang"],
             ["✅ Total Peserta Hadir", f"{sum(attended)} orang"],
             ["📊 Tingkat Kehadiran", f"{round(100 * sum(attended) / len(crowd), 1)}%"], []]  # fmt: skip
    header_row = len(rows) + 1
    rows.append(["No", "NIP", "Nama Lengkap", "Email", "Instansi", "Jabatan", "Divisi", "No. Telepon",
                 "Status Kehadiran", "Waktu Check-in", "Keterangan", "Tipe Peserta"])  # fmt: skip
    buckets: list[Bucket] = []
    by_division: dict[str, list[bool]] = {}
    by_instansi: dict[str, list[bool]] = {}
    for i, person in enumerate(crowd):
        instansi, bucket = _ESDM_INSTANSI[i % len(_ESDM_INSTANSI)]
        division = ("Bidang Panas Bumi", "Bidang Batubara", "-")[i % 3]
        here = attended[i]
        by_division.setdefault(division, []).append(here)
        by_instansi.setdefault(instansi, []).append(here)
        buckets.append(bucket)
        rows.append([i + 1, f"'{person.nip}", person.name, f"peserta{i + 1}@contoh.go.id", instansi, person.jabatan,
                     division, f"0812{i:08d}", "✅ Hadir" if here else "❌ Tidak Hadir",
                     f"05/12/2026 07:{40 + i:02d}:00" if here else "-", "🟢 Tepat Waktu" if here else "🔴 Absen",
                     "Internal" if bucket == "central" else "Eksternal"])  # fmt: skip
    rows += [[], ["📋 RINGKASAN DETAIL BERDASARKAN KATEGORI"], ["🏢 Ringkasan per Divisi:"]]
    for group in (by_division, by_instansi):
        if group is by_instansi:
            rows.append(["🏛️ Ringkasan per Instansi:"])
        for key, flags in group.items():
            rows.append([key, f"{sum(flags)}/{len(flags)} hadir ({round(100 * sum(flags) / len(flags), 1)}%)"])
    rows += [[], ["📄 Laporan ini dibuat secara otomatis oleh Sistem Manajemen Event PSDMBP\n🕐 Waktu Pembuatan: "
                  "07 December 2026 09:15"]]  # fmt: skip
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
        if r > header_row + len(crowd) and len(values) == 2 or 2 < r < header_row and len(values) == 2:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
        elif len(values) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    return Expected(
        _save(wb, tmp_path / "laporan_peserta_event.xlsx"), len(crowd), _counts(buckets), valid_nips=len(crowd),
        dates=("2026-12-05", "2026-12-05"),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 13. PhpSpreadsheet staff attendance report (find_string id 35526311264): two title rows, header row 3, no NIP
#     and no instansi column, then a signature block merged across A:K: place and date, "Kepala Sekolah", two
#     blank rows, the head's name, "NIP. ..."
# ---------------------------------------------------------------------------------------------------------


def absensi_pegawai_ttd(tmp_path: Path) -> Expected:
    """A1:K1 LAPORAN ABSENSI PEGAWAI; A2:K2 "Tanggal: Senin, 07 Desember 2026"; row 3 No | Nama | Jabatan |
    Absen Masuk | Status Masuk | Absen Pulang | Status Pulang | Radius | Lokasi Masuk | Lokasi Pulang |
    Keterangan; people from row 4; three rows down the signature block, each line merged A:K. The signing
    head of school is not a participant. Nothing names the school: refused without the officer's instansi."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.cell(1, 1, "LAPORAN ABSENSI PEGAWAI")
    ws.merge_cells("A1:K1")
    ws.cell(2, 1, "Tanggal: Senin, 07 Desember 2026")
    ws.merge_cells("A2:K2")
    header = ["No", "Nama", "Jabatan", "Absen Masuk", "Status Masuk", "Absen Pulang", "Status Pulang", "Radius",
              "Lokasi Masuk", "Lokasi Pulang", "Keterangan"]  # fmt: skip
    for c, text in enumerate(header, start=1):
        ws.cell(3, c, text)
    crowd = people(9, seed=1313)
    jabatan = ("Guru", "Guru", "Tata Usaha", "Guru", "Operator Sekolah", "Guru", "Pustakawan", "Guru", "Laboran")
    row = 4
    for i, person in enumerate(crowd):
        late = i % 4 == 1
        values = [i + 1, person.name, jabatan[i], f"07:{10 + i * 3:02d}:00", "Terlambat" if late else "Tepat Waktu",
                  f"15:{5 + i:02d}:00", "-", 35 + i, "Lihat Lokasi Masuk", "Lihat Lokasi Pulang", "-"]  # fmt: skip
        for c, value in enumerate(values, start=1):
            ws.cell(row, c, value)
        row += 1
    row += 3
    for text in ("Painan, 7 Desember 2026", "Kepala Sekolah", "", "", "Drs. Syafrizal Chaniago, M.Pd.",
                 "NIP. 19700101 199512 1 001"):  # fmt: skip
        ws.cell(row, 1, text or None)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
        row += 1
    return Expected(
        _save(wb, tmp_path / "Laporan_Absensi_2026-12-07.xlsx"), len(crowd), {"regional": len(crowd)},
        dates=("2026-12-07", "2026-12-07"), instansi="SMA Negeri 1 Painan",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 14. DataTables Buttons "Excel" export of a class list (find_string id 44944225712, CodeIgniter view of a
#     non-QIA class): the page title in row 1, header row 2 with the table's "Action" column, NIK and NIPP
# ---------------------------------------------------------------------------------------------------------

_AUDITOR_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("PT Pelabuhan Indonesia (Persero)", "other"),
    ("Inspektorat Kabupaten Sidoarjo", "regional"),
    ("Inspektorat Jenderal Kementerian Keuangan", "central"),
    ("PT PLN (Persero)", "other"),
    ("Inspektorat Provinsi Jawa Timur", "regional"),
    ("BPKP Perwakilan Provinsi Jawa Timur", "central"),
    ("PT Kereta Api Indonesia (Persero)", "other"),
    ("Inspektorat Kota Surabaya", "regional"),
)


def datatables_kelas_nonqia(tmp_path: Path) -> Expected:
    """Sheet1: A1 (merged A1:F1) the page's title; row 2 No | NIK | NIPP | Nama Peserta | Perusahaan/Instansi |
    Action; one row per participant, the Action cell holding the button's text. Auditors from state companies
    (other), ministries/BPKP (central) and inspectorates (regional); NIPP holds a company staff number or,
    for civil servants, the NIP."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Kelas Non QIA - Pelatihan Audit Berbasis Risiko Angkatan III Tahun 2026"])
    ws.merge_cells("A1:F1")
    ws.append(["No", "NIK", "NIPP", "Nama Peserta", "Perusahaan/Instansi", "Action"])
    crowd = people(10, seed=1414)
    buckets: list[Bucket] = []
    for i, person in enumerate(crowd):
        instansi, bucket = _AUDITOR_INSTANSI[i % len(_AUDITOR_INSTANSI)]
        nipp = f"{27100000 + i * 911}" if bucket == "other" else person.nip
        ws.append([i + 1, f"35150{i:011d}", nipp, person.name, instansi, "Hapus"])
        buckets.append(bucket)
    return Expected(_save(wb, tmp_path / "Kelas Non QIA.xlsx"), len(crowd), _counts(buckets))


# ---------------------------------------------------------------------------------------------------------
# 15. Staff CSV read by a Prisma seed script (find_string id 53580345841): ';' with trailing empty fields,
#     header NO;NAMA;NIP;STATUS PEGAWAI;JABATAN;;, a column-numbering row, section rows naming a bidang in the
#     NAMA column, "Pangkat, Gol" or PPPK / non-ASN status in one column, '-' for no NIP
# ---------------------------------------------------------------------------------------------------------


def csv_pegawai_titik_koma(tmp_path: Path) -> Expected:
    """DATA PEGAWAI / blank / NO;NAMA;NIP;STATUS PEGAWAI;JABATAN;; / 1;2;3;4;5;; / ;SEKRETARIAT;;;;; / people /
    ;BIDANG ...;;;;; / people ... Windows-1252 as Excel on Indonesian Windows saves it. 14 staff of one office:
    9 PNS and 2 PPPK with NIPs, 3 outsourced staff with '-'. Nothing names the office: refused without the
    officer's instansi."""
    crowd = people(14, seed=1515)
    status_of = ("Pembina Utama Muda, IV/c", "Penata Tingkat I, III/d", "Penata Muda, III/a", "Pembina, IV/a",
                 "Penata, III/c", "Pengatur, II/c", "Penata Muda Tingkat I, III/b", "Pembina Tingkat I, IV/b",
                 "Penata Tingkat I, III/d", "PPPK", "PPPK", "Tenaga Alih Daya", "Petugas Keamanan",
                 "Tenaga Kebersihan")  # fmt: skip
    sections = {0: "SEKRETARIAT", 5: "BIDANG PERENCANAAN EKONOMI DAN SUMBER DAYA ALAM", 10: "BIDANG INFRASTRUKTUR"}
    lines = ["DATA PEGAWAI;;;;;;", ";;;;;;", "NO;NAMA;NIP;STATUS PEGAWAI;JABATAN;;", "1;2;3;4;5;;"]
    valid = 0
    for i, person in enumerate(crowd):
        if i in sections:
            lines.append(f";{sections[i]};;;;;")
        status = status_of[i]
        if status == "PPPK":
            nip = f"{person.birth:%Y%m%d}202321{1 if person.gender == 'L' else 2}{i:03d}"  # PPPK: digit 13 is 2
        elif "," in status:
            nip = person.nip
        else:
            nip = "-"
        valid += nip != "-"
        lines.append(f"{i + 1};{person.name};{nip};{status};{person.jabatan if nip != '-' else 'Pramubakti'};;")
    path = tmp_path / "data pegawai.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return Expected(
        path, len(crowd), {"regional": len(crowd)}, valid_nips=valid, instansi="Bappeda Kabupaten Banyumas",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 16. DUK page with an "Export" button (find_string id 2632453477): three header rows (group labels over
#     sub-labels, then the column numbers 1..23), a second "NAMA" under JABATAN, past trainings in columns
# ---------------------------------------------------------------------------------------------------------

_MAROS_UNIT: tuple[tuple[str, str], ...] = (
    ("Sekretariat Daerah", "Kepala Bagian Umum Sekretariat Daerah"),
    ("Dinas Kesehatan", "Dokter Gigi Madya UPTD Puskesmas Kecamatan Turikale"),
    ("Dinas Pendidikan", "Guru Madya SMP Negeri 2 Mandai"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Kepala Bidang Perizinan"),
    ("Badan Pengelolaan Keuangan Daerah", "Analis Keuangan Ahli Muda"),
    ("Kecamatan Turikale", "Sekretaris Kecamatan"),
)
_DUK_GROUPS: tuple[tuple[str, int], ...] = (  # label, columns spanned (1: the label spans both header rows)
    ("NOMOR URUT", 1), ("NAMA", 1), ("NIP", 1), ("PANGKAT TERAKHIR", 2), ("JABATAN", 3), ("MASA KERJA", 2),
    ("PENDIDIKAN DAN PELATIHAN JABATAN", 7), ("TANGGAL LAHIR", 1), ("USIA", 2), ("UNIT KERJA", 1),
    ("CATATAN MUTASI KEPEGAWAIAN", 1), ("KET", 1),
)  # fmt: skip
_DUK_SUB = ("GOL/RUANG", "TMT", "NAMA", "ESELON", "TMT", "THN", "BLN", "DIKLAT KEPEMIMPINAN", "TAHUN", "JML JAM",
            "TEMPAT MENEMPUH PENDIDIKAN", "NAMA PENDIDIKAN", "THN LULUS", "TK.IJAZAH", "THN", "BLN")  # fmt: skip


def duk_tiga_baris(tmp_path: Path) -> Expected:
    """A1 DAFTAR URUT KEPANGKATAN (DUK); row 3 the group labels (NOMOR URUT | NAMA | NIP merged down two rows,
    PANGKAT TERAKHIR over GOL/RUANG | TMT, JABATAN over NAMA | ESELON | TMT, MASA KERJA over THN | BLN, PENDIDIKAN
    DAN PELATIHAN JABATAN over seven columns (DIKLAT KEPEMIMPINAN | TAHUN | JML JAM | ...), TANGGAL LAHIR, USIA over
    THN | BLN, UNIT KERJA, CATATAN MUTASI KEPEGAWAIAN, KET); row 4 the sub-labels; row 5 the numbers 1..23. Unit
    kerja named without their government (one kabupaten's staff list); every unit a regional one by its type. The
    past trainings (Diklatpim Tk. III, 2013, 360 jam) describe the people, not cohorts: one list, not a recap."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DUK"
    ws.cell(1, 1, "DAFTAR URUT KEPANGKATAN (DUK)")
    ws.merge_cells("A1:W1")
    col = 1
    sub = iter(_DUK_SUB)
    for label, span in _DUK_GROUPS:
        ws.cell(3, col, label)
        if span == 1:
            ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
        else:
            ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + span - 1)
            for c in range(col, col + span):
                ws.cell(4, c, next(sub))
        col += span
    for c in range(1, 24):
        ws.cell(5, c, c)
    crowd = people(12, seed=1616)
    for i, person in enumerate(crowd):
        unit, jabatan = _MAROS_UNIT[i % len(_MAROS_UNIT)]
        leader = i % 3 == 0
        age = 2026 - person.birth.year
        values = [i + 1, person.name, person.nip, person.golongan, f"01-04-{2016 + i % 5}", jabatan,
                  "III.a" if leader else "Fungsional", f"14-01-{2013 + i % 4}", 10 + i, i % 12,
                  "Diklatpim Tk. III" if leader else None, 2013 if leader else None, 360 if leader else None,
                  "Universitas Hasanuddin", "S.2 Administrasi Publik", 2004 + i % 6, "S-2",
                  f"{person.birth:%d-%m-%Y}", age, i % 12, unit, None, None]  # fmt: skip
        for c, value in enumerate(values, start=1):
            ws.cell(6 + i, c, value)
        ws.cell(6 + i, 3).number_format = "@"
    return Expected(
        _save(wb, tmp_path / "DUK.xlsx"), len(crowd), {"regional": len(crowd)}, valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 17. Laravel-Excel WithMultipleSheets (find_string ids 48292441504 PesertaExport, 48343951628 PesertaDataSheet,
#     48300462276 PesertaLampiranSheet): the participants' data on one sheet, their attachments on a second sheet
#     listing the same people again
# ---------------------------------------------------------------------------------------------------------


def laravel_data_lampiran(tmp_path: Path) -> Expected:
    """Sheet 'Worksheet': ID | Nama | NIK | Tanggal Lahir | Alamat | Email | No HP (the database ids, not 1..n);
    sheet 'Worksheet 1': ID | Nama | KTP | Ijazah | Surat Tugas | Surat Sehat | Pas Foto, one row per participant
    again with the stored file names (some missing). No instansi column, no NIP: refused without the officer's
    instansi; with it, 11 participants (the second sheet names the same 11 people, it is no second roster)."""
    wb = openpyxl.Workbook()
    data = wb.active
    data.title = "Worksheet"
    data.append(["ID", "Nama", "NIK", "Tanggal Lahir", "Alamat", "Email", "No HP"])
    files = wb.create_sheet("Worksheet 1")
    files.append(["ID", "Nama", "KTP", "Ijazah", "Surat Tugas", "Surat Sehat", "Pas Foto"])
    crowd = people(11, seed=1717)
    for i, person in enumerate(crowd):
        ident = 57 + i * 3
        data.append([ident, person.name, f"7371{i:012d}", f"{person.birth:%Y-%m-%d}", f"Jl. Contoh No. {i + 1}, Makassar",
                     f"peserta{ident}@contoh.go.id", f"0813{i:08d}"])  # fmt: skip
        data.cell(data.max_row, 3).number_format = "@"
        stored = [f"lampiran/{kind}/{ident}_{kind}.{'pdf' if kind != 'foto' else 'jpg'}"
                  for kind in ("ktp", "ijazah", "surat_tugas", "surat_sehat", "foto")]  # fmt: skip
        if i % 4 == 2:
            stored[3] = None  # not uploaded yet
        files.append([ident, person.name, *stored])
    return Expected(
        _save(wb, tmp_path / "peserta.xlsx"), len(crowd), {"regional": len(crowd)},
        instansi="BPSDM Provinsi Sulawesi Selatan",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 18. Yajra DataTables service with Buttons excel/csv (find_string id 22142968398, PresenceDetailsDataTable): an
#     event's sign-in list, the '#' column holding database ids, typed-in instansi, the signature as an <img>
# ---------------------------------------------------------------------------------------------------------

_PRESENSI: tuple[tuple[str, Bucket], ...] = (
    ("Dinkes Kab. Maros", "regional"),
    ("BPS Kabupaten Maros", "central"),
    ("Bappelitbangda Kab Maros", "regional"),
    ("Kantor Kemenag Kab. Maros", "central"),
    ("Puskesmas Turikale", "regional"),
    ("Dinas Kominfo Prov. Sulsel", "regional"),
    ("PT Bank Sulselbar", "other"),
    ("Kecamatan Mandai", "regional"),
)


def yajra_presensi_ttd(tmp_path: Path) -> Expected:
    """Row 1 (server-side export, no title): # | Waktu Absen | Nama | Jabatan | Asal Instansi | Tanda Tangan; the
    '#' cell the row's database id, Waktu Absen 'dd-mm-YYYY HH:MM:SS', Asal Instansi typed by each attendee, Tanda
    Tangan the rendered "<img src='...' width='100'>". Two attendees signed twice (a double submission a few
    seconds apart, the same name and instansi): 12 people, 14 rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(["#", "Waktu Absen", "Nama", "Jabatan", "Asal Instansi", "Tanda Tangan"])
    crowd = people(12, seed=1818)
    rows: list[tuple[Someone, int]] = [(p, i) for i, p in enumerate(crowd)]
    rows.insert(5, rows[4])
    rows.insert(10, rows[8])
    for k, (person, i) in enumerate(rows):
        instansi = _PRESENSI[i % len(_PRESENSI)][0]
        ident = 4120 + k
        ws.append([ident, f"07-12-2026 07:{30 + k:02d}:{(k * 7) % 60:02d}", person.name, person.jabatan, instansi,
                   f"<img src='https://presensi.contoh.go.id/uploads/ttd_{ident}.png' width='100'>"])  # fmt: skip
    buckets = [_PRESENSI[i % len(_PRESENSI)][1] for i in range(len(crowd))]
    return Expected(_save(wb, tmp_path / "PresenceDetails_20261207093012.xlsx"), len(crowd), _counts(buckets))


# ---------------------------------------------------------------------------------------------------------
# 19. Meeting attendance print view (find_string id 47224958868): "No." written "1.", "Nama Pejabat", and the
#     signature column split in two, the number repeated left on odd rows and right on even rows
# ---------------------------------------------------------------------------------------------------------


def absensi_ttd_zigzag(tmp_path: Path) -> Expected:
    """A1 the title (merged A:D); label rows 'Hari, Tanggal | : | Senin, 07-12-2026' and 'Waktu | : | 08:00 -
    12:00'; header No. | Nama Pejabat | Tanda Tangan (merged over two columns); rows '1.' | name | '1.' | '' then
    '2.' | name | '' | '2.' and so on (the signature itself an image, not a value). No NIP and no instansi column:
    refused without the officer's instansi; with it 10 participants."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Absensi"
    ws.cell(1, 1, "Absensi Kehadiran Peserta pada Bimbingan Teknis Penyusunan Laporan Kinerja Angkatan II Tahun 2026")
    ws.merge_cells("A1:D1")
    for r, (label, value) in enumerate((("Hari, Tanggal", "Senin, 07-12-2026"), ("Waktu", "08:00 - 12:00")), start=3):
        ws.cell(r, 1, label)
        ws.cell(r, 2, ":")
        ws.cell(r, 3, value)
    ws.cell(6, 1, "No.")
    ws.cell(6, 2, "Nama Pejabat")
    ws.cell(6, 3, "Tanda Tangan")
    ws.merge_cells("C6:D6")
    crowd = people(10, seed=1919)
    for i, person in enumerate(crowd):
        r = 7 + i
        ws.cell(r, 1, f"{i + 1}.")
        ws.cell(r, 2, person.name)
        ws.cell(r, 3 if i % 2 == 0 else 4, f"{i + 1}.")
    return Expected(
        _save(wb, tmp_path / "absensi_rapat.xlsx"), len(crowd), {"regional": len(crowd)},
        dates=("2026-12-07", "2026-12-07"), instansi="Inspektorat Kabupaten Maros",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 20. jsPDF-autotable export of one angkatan (find_string id 60385687534, BPSDM training app), as a PDF-to-Excel
#     converter gives it back: label block, a statistics line, the table head repeated on every page, a page
#     footer ("Halaman 1 / 2", "Dicetak: ...") between the pages, Unit Kerja beside Instansi, Status Drop Out
# ---------------------------------------------------------------------------------------------------------

_ACEH_INSTANSI: tuple[tuple[str, str, Bucket], ...] = (
    ("Bagian Umum", "Pemerintah Kabupaten Aceh Besar", "regional"),
    ("Bidang Anggaran", "Badan Pengelolaan Keuangan Aceh", "regional"),
    ("Seksi Pelayanan", "Pemerintah Kota Banda Aceh", "regional"),
    ("Subbagian Kepegawaian", "Kantor Wilayah Kementerian Agama Provinsi Aceh", "central"),
    ("Bidang Statistik Sosial", "BPS Provinsi Aceh", "central"),
    ("Bidang Pelayanan Medik", "RSUD Meuraxa Kota Banda Aceh", "regional"),
    ("Subbagian Umum", "Dinas Pendidikan Aceh", "regional"),
)


def sikompetensi_pdf_halaman(tmp_path: Path) -> Expected:
    """DAFTAR PESERTA KEGIATAN PELATIHAN / <app> - BPSDM Provinsi Aceh / labels 'Nama Pelatihan | : ...', 'Kode
    Pelatihan', 'Nama Angkatan', 'Periode | : 02 Desember 2026 s/d 05 Desember 2026', 'Lokasi', 'Metode',
    'Status' / 'Total Peserta: 18  |  L: ..  |  P: ..  |  Lulus: ..' / No | NIP | Nama Peserta | L/P | Jabatan |
    Pangkat/Gol. | Unit Kerja | Instansi | Pendidikan | Nilai | Status; 12 rows, then the page footer 'Halaman 1 / 2'
    and 'Dicetak: ... | SIKOMPETENSI ACEH', the head again, 6 rows, the footer. 18 participants (Tidak Lulus and
    Drop Out included: they took part); the sector from Instansi, not Unit Kerja."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table 1"
    crowd = people(18, seed=2020)
    status = ["Lulus"] * 18
    status[5], status[13], status[16] = "Tidak Lulus", "Drop Out", "Lulus"
    lines: list[list[object]] = [
        ["DAFTAR PESERTA KEGIATAN PELATIHAN"], ["SIKOMPETENSI ACEH - BPSDM Provinsi Aceh"], [],
        ["Nama Pelatihan", ": Pelatihan Analis Kebijakan"], ["Kode Pelatihan", ": PAK-2026"],
        ["Nama Angkatan", ": Angkatan II"], ["Periode", ": 02 Desember 2026 s/d 05 Desember 2026"],
        ["Lokasi", ": Kampus BPSDM Aceh, Banda Aceh"], ["Metode", ": Tatap Muka"], ["Status", ": Selesai"],
        [f"Total Peserta: 18  |  L: {sum(p.gender == 'L' for p in crowd)}  |  P: "
         f"{sum(p.gender == 'P' for p in crowd)}  |  Lulus: {status.count('Lulus')}"],
    ]  # fmt: skip
    head = ["No", "NIP", "Nama Peserta", "L/P", "Jabatan", "Pangkat/Gol.", "Unit Kerja", "Instansi", "Pendidikan",
            "Nilai", "Status"]  # fmt: skip
    buckets: list[Bucket] = []
    for page, members in enumerate((range(0, 12), range(12, 18)), start=1):
        lines.append(head)
        for i in members:
            person = crowd[i]
            unit, instansi, bucket = _ACEH_INSTANSI[i % len(_ACEH_INSTANSI)]
            buckets.append(bucket)
            lines.append([str(i + 1), person.nip, person.name, person.gender, person.jabatan,
                          f"{person.pangkat} ({person.golongan})", unit, instansi, "S1",
                          "-" if status[i] == "Drop Out" else str(70 + i), status[i]])  # fmt: skip
        lines += [[f"Halaman {page} / 2"], ["Dicetak: 07 Desember 2026 pukul 09.15 | SIKOMPETENSI ACEH"]]
    for values in lines:
        ws.append(values)
        for c, value in enumerate(values, start=1):
            if isinstance(value, str):
                ws.cell(ws.max_row, c).number_format = "@"
    return Expected(
        _save(wb, tmp_path / "peserta_Angkatan_II_PAK-2026.xlsx"), len(crowd), _counts(buckets),
        valid_nips=len(crowd), dates=("2026-12-02", "2026-12-05"),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 21. SheetJS score template of one angkatan (find_string id 71152040602, the same BPSDM training app as 20):
#     'Input Nilai' NIP | Nama Peserta | Pre-Test | Post-Test with three rows of empty strings, then a 'Petunjuk'
#     sheet whose example lines hold a NIP and a name each
# ---------------------------------------------------------------------------------------------------------


def sikompetensi_template_nilai(tmp_path: Path) -> Expected:
    """Sheet 'Input Nilai': NIP | Nama Peserta | Pre-Test | Post-Test (row 1), one row per registered participant
    (scores filled for some), three rows of empty strings; sheet 'Petunjuk': the instructions, ending with
    'CONTOH PENGISIAN:' and two example lines 'NIP | Nama | Pre | Post' written in one cell each. No instansi
    column and no title: refused without the officer's instansi; with it the 15 registered, not the examples."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Input Nilai"
    ws.append(["NIP", "Nama Peserta", "Pre-Test", "Post-Test"])
    crowd = people(15, seed=2121)
    for i, person in enumerate(crowd):
        scored = i % 3 != 2
        ws.append([person.nip, person.name, 60 + i if scored else "", 75 + i if scored else ""])
    for _ in range(3):
        ws.append(["", "", "", ""])
    notes = wb.create_sheet("Petunjuk")
    examples = people(2, seed=2122)
    for line in ("PETUNJUK PENGISIAN TEMPLATE NILAI", "",
                 "1. Sheet \"Input Nilai\" berisi daftar peserta yang sudah terdaftar di angkatan ini.",
                 "2. Isi kolom \"Pre-Test\" dan \"Post-Test\" dengan angka (0-100).",
                 "3. Kolom \"NIP\" dan \"Nama Peserta\" JANGAN diubah.", "", "CONTOH PENGISIAN:",
                 "NIP                  | Nama Peserta        | Pre-Test | Post-Test",
                 *(f"{p.nip}  | {p.name}  | 70       | 80" for p in examples)):  # fmt: skip
        notes.append([line])
    return Expected(
        _save(wb, tmp_path / "template_nilai_Angkatan_II_PAK-2026.xlsx"), len(crowd), {"regional": len(crowd)},
        valid_nips=len(crowd), instansi="Pemerintah Kota Banda Aceh",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 22. Blade "Rekap Peserta Pelatihan" (find_string id 53840380136): a header block outside any table, a label
#     table of two label/value pairs per row, then No | Nama Peserta | Instansi/Sekolah | Kehadiran Sesi (H)
#     (colspan, over H1..Hn) | Persentase, each session a column of Hadir/Alpa
# ---------------------------------------------------------------------------------------------------------

_GURU_SEKOLAH: tuple[tuple[str, Bucket], ...] = (
    ("SMP Negeri 2 Sleman", "regional"),
    ("SMA Negeri 1 Ngaglik", "regional"),
    ("MTs Negeri 3 Sleman", "central"),
    ("SMK Negeri 2 Yogyakarta", "regional"),
    ("SD Negeri Kalasan 1", "regional"),
    ("SMA Muhammadiyah 1 Yogyakarta", "other"),
    ("MAN 1 Yogyakarta", "central"),
    ("-", "unknown"),  # the view writes $user->school ?? '-'
)


def blade_rekap_presensi_sesi(tmp_path: Path) -> Expected:
    """<h1>REKAPITULASI PESERTA & PRESENSI</h1><p>ACADEMY GURU KKA</p>; label table 'Pelatihan | : <title> |
    Tanggal | : dd/mm/yyyy - dd/mm/yyyy' and 'Total Peserta | : n Orang | Total Sesi | : n Pertemuan'; then the
    two-row head No | Nama Peserta | Instansi/Sekolah | Kehadiran Sesi (H) over H1..H5 | Persentase. 16 teachers,
    one a '-' school; every registered teacher is a participant, however many sessions they attended."""
    crowd = people(16, seed=2222)
    sessions = 5
    buckets: list[Bucket] = []
    body = []
    for i, person in enumerate(crowd):
        school, bucket = _GURU_SEKOLAH[i % len(_GURU_SEKOLAH)]
        buckets.append(bucket)
        present = [(i + s) % 6 != 0 for s in range(sessions)]
        marks = "".join(
            '<td class="text-center">' + ('<span class="badge-hadir">Hadir</span>' if p else
                                          '<span class="badge-alpa">Alpa</span>') + "</td>"
            for p in present
        )  # fmt: skip
        percent = round(sum(present) / sessions * 100)
        body.append(f'<tr><td class="text-center">{i + 1}</td><td>{html.escape(person.name)}</td>'
                    f"<td>{html.escape(school)}</td>{marks}"
                    f'<td class="text-center"><strong>{percent}%</strong></td></tr>')  # fmt: skip
    page = "\n".join([
        "<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', "<title>Rekap Peserta Pelatihan</title>",
        "</head>", "<body>",
        '<div class="header"><h1>REKAPITULASI PESERTA &amp; PRESENSI</h1><p>ACADEMY GURU KKA</p></div>',
        '<table class="info-table">',
        '<tr><td width="15%"><strong>Pelatihan</strong></td>'
        '<td width="35%">: Pelatihan Koding dan Kecerdasan Artifisial Angkatan III Tahun 2026</td>'
        '<td width="15%"><strong>Tanggal</strong></td><td width="35%">: 01/12/2026 - 05/12/2026</td></tr>',
        f"<tr><td><strong>Total Peserta</strong></td><td>: {len(crowd)} Orang</td>"
        f"<td><strong>Total Sesi</strong></td><td>: {sessions} Pertemuan</td></tr>",
        "</table>",
        "<table>", "<thead>",
        '<tr><th width="5%" rowspan="2">No</th><th width="25%" rowspan="2">Nama Peserta</th>'
        f'<th width="20%" rowspan="2">Instansi/Sekolah</th><th colspan="{sessions}">Kehadiran Sesi (H)</th>'
        '<th width="10%" rowspan="2">Persentase</th></tr>',
        "<tr>" + "".join(f"<th>H{s + 1}</th>" for s in range(sessions)) + "</tr>",
        "</thead>", "<tbody>", *body, "</tbody>", "</table>", "</body>", "</html>",
    ])  # fmt: skip
    path = tmp_path / "rekap_peserta_pelatihan.xls"
    path.write_text(page, encoding="utf-8")
    return Expected(path, len(crowd), _counts(buckets), dates=("2026-12-01", "2026-12-05"))


# ---------------------------------------------------------------------------------------------------------
# 23. PhpSpreadsheet "draft pelantikan" of a city's SIMPEG (solasoli/simpeg-bogor, excel_draft_pelantikan.php):
#     the government's letterhead, a minutes paragraph and the committee above the table, name, NIP and birth
#     date in one cell, rank and golongan in one cell, the 1..7 column-number row, KET Rotasi/Promosi
# ---------------------------------------------------------------------------------------------------------

_BOGOR_UNIT = (
    "Dinas Kesehatan", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kecamatan Bogor Barat",
    "Dinas Perhubungan", "Sekretariat Daerah", "Kelurahan Babakan Pasar",
)  # fmt: skip


def simpeg_pelantikan_nama_nip_lahir(tmp_path: Path) -> Expected:
    """A1:G1..A4:G4 'PEMERINTAH KOTA BOGOR' / 'BADAN PERTIMBANGAN JABATAN DAN KEPANGKATAN' / 'Nomor : ...' / 'Tanggal
    : dd/mm/yyyy'; A5-A6 the minutes' opening; C7:C9 '1. Ketua :' .. '3. Anggota :' with the members' posts in D7:D13
    (posts, no names); A14-A15 '... antara lain :'; row 17 NO. | 'NAMA \\r\\n NIP \\r\\n TANGGAL LAHIR' | 'PANGKAT \\r\\n
    GOL. RUANG' | JABATAN LAMA | JABATAN BARU | ESELON | KET; row 18 '1'..'7'; from row 19 one official per row, the
    second cell 'name\\r\\nNIP\\r\\ndd/mm/yyyy'. 12 staff of the city government (the letterhead's)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    opening = (
        "PEMERINTAH KOTA BOGOR", "BADAN PERTIMBANGAN JABATAN DAN KEPANGKATAN", "Nomor : 821.2/47-BKPSDM",
        "Tanggal : 07/12/2026",
    )  # fmt: skip
    for r, text in enumerate(opening, start=1):
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(5, 1, "Pada hari ini Senin tanggal tujuh bulan Desember tahun dua ribu dua puluh enam (07/12/2026), Kami "
                  "Badan Pertimbangan Jabatan dan Kepangkatan ( Baperjakat )")  # fmt: skip
    ws.cell(6, 1, "Pemerintah Kota Bogor yang dibentuk dengan Keputusan Wali Kota Bogor Nomor 821.2.45-77 Tahun 2026 "
                  "yang terdiri dari :")  # fmt: skip
    for r, text in enumerate(("1. Ketua :", "2. Sekretaris :", "3. Anggota :"), start=7):
        ws.cell(r, 3, text)
    for r, post in enumerate(("Sekretaris Daerah", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                              "Asisten Pemerintahan dan Kesejahteraan Rakyat", "Asisten Administrasi Umum",
                              "Inspektur", "Kepala Badan Perencanaan Pembangunan Daerah",
                              "Kepala Bagian Organisasi"), start=7):  # fmt: skip
        ws.cell(r, 4, post)
    ws.cell(14, 1, "telah melaksanakan rapat untuk memberikan Pertimbangan Kelayakan Pengangkatan dan alih tugas "
                   "Pegawai Negeri Sipil dalam Jabatan Struktural di lingkungan Pemerintah")  # fmt: skip
    ws.cell(15, 1, "Kota Bogor, antara lain :")
    head = ("NO.", "NAMA \r\n NIP \r\n TANGGAL LAHIR", "PANGKAT \r\n GOL. RUANG", "JABATAN LAMA", "JABATAN BARU",
            "ESELON", "KET")  # fmt: skip
    for c, text in enumerate(head, start=1):
        ws.cell(17, c, text).alignment = Alignment(wrap_text=True)
        ws.cell(18, c, str(c))
    crowd = people(12, seed=2323)
    for i, person in enumerate(crowd):
        r = 19 + i
        old = _BOGOR_UNIT[i % len(_BOGOR_UNIT)]
        new = _BOGOR_UNIT[(i + 2) % len(_BOGOR_UNIT)]
        promoted = i % 3 == 0
        values = [i + 1, f"{person.name}\r\n{person.nip}\r\n{person.birth:%d/%m/%Y}",
                  f"{person.golongan}\r\n{person.pangkat}",
                  f"Fungsional Umum pada {old}" if promoted else f"Kepala Subbagian Umum pada {old}",
                  f"Kepala Seksi Pelayanan {new}", "IV.a", "Promosi" if promoted else "Rotasi"]  # fmt: skip
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value).alignment = Alignment(wrap_text=True, vertical="top")
    return Expected(
        _save(wb, tmp_path / "draft_pelantikan_eselon_IV.a.xlsx"), len(crowd), {"regional": len(crowd)},
        valid_nips=len(crowd), instansi="Pemerintah Kota Bogor",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 24. ExcelJS "Rekapitulasi Perangkat Desa" of a kecamatan (find_string id 26301766619): one table per desa in one
#     sheet, each under its desa title row with the two-row head again, gender and schooling as 1s in L/P and
#     SD..S3 columns, JUMLAH / JUMLAH TOTAL formula rows, the camat's signature block
# ---------------------------------------------------------------------------------------------------------

_DESA_HEAD_1 = ["NO", "N A M A", "Jenis Kelamin", None, "JABATAN", "TEMPAT, TGL LAHIR", None, "PENDIDIKAN", None,
                None, None, None, None, None, None, None, "NO SK", "TANGGAL SK", "TANGGAL PELANTIKAN",
                "AKHIR MASA JABATAN", "No. HP / WA", "N I K"]  # fmt: skip
_DESA_HEAD_2 = [None, None, "L", "P", None, "TEMPAT LAHIR", "TANGGAL LAHIR", "SD", "SLTP", "SLTA", "D1", "D2", "D3",
                "S1", "S2", "S3", None, None, None, None, None, None]  # fmt: skip
_DESA_JABATAN = ("Kepala Desa", "Sekretaris Desa", "Kasi Pemerintahan", "Kaur Keuangan", "Kepala Dusun",
                 "Staf Desa")  # fmt: skip
_SCHOOLING = ("SD", "SLTP", "SLTA", "D1", "D2", "D3", "S1", "S2", "S3")


def exceljs_perangkat_desa(tmp_path: Path) -> Expected:
    """'DATA PERANGKAT DESA SE-KECAMATAN PUNGGELAN' / 'TAHUN 2026' (merged A:V) / blank; per desa: its title row
    'DATA PERANGKAT DESA <DESA>' (merged A:V), the two header rows (NO, N A M A, JABATAN, ... merged down; 'Jenis
    Kelamin' over L | P, 'TEMPAT, TGL LAHIR' over two, 'PENDIDIKAN' over SD..S3), one row per official (1 in L or P,
    1 under the schooling), a blank row, 'JUMLAH' (SUM formulas) and 'JUMLAH TOTAL', a blank row; then the camat's
    signature block in Q:T. 17 village officials of three desa; no NIP (village staff are no civil servants)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rekapitulasi Perangkat Desa"
    ws.append(["DATA PERANGKAT DESA SE-KECAMATAN PUNGGELAN"])
    ws.merge_cells("A1:V1")
    ws.append(["TAHUN 2026"])
    ws.merge_cells("A2:V2")
    ws.append([])
    crowd = people(17, seed=2424)
    k = 0
    for g, (desa, size) in enumerate((("Punggelan", 6), ("Petuguran", 5), ("Karangsari", 6))):
        if g:
            ws.append([])
        ws.append([f"DATA PERANGKAT DESA {desa.upper()}"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=22)
        top = ws.max_row + 1
        ws.append(_DESA_HEAD_1)
        ws.append(_DESA_HEAD_2)
        for c in (1, 2, 5, 17, 18, 19, 20, 21, 22):
            ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
        for c1, c2 in ((3, 4), (6, 7), (8, 16)):
            ws.merge_cells(start_row=top, start_column=c1, end_row=top, end_column=c2)
        first = ws.max_row + 1
        for i in range(size):
            person = crowd[k]
            k += 1
            school = _SCHOOLING[2 + (k % 5)]
            ws.append([i + 1, person.name, 1 if person.gender == "L" else None, 1 if person.gender == "P" else None,
                       _DESA_JABATAN[min(i, len(_DESA_JABATAN) - 1)], "Banjarnegara", person.birth,
                       *(1 if s == school else None for s in _SCHOOLING), f"141/{k:02d}/2020",
                       dt.date(2020, 3, 2), dt.date(2020, 3, 9), dt.date(2032, 3, 9) if i == 0 else None,
                       f"0813{k:08d}", f"33040{k:011d}"])  # fmt: skip
            ws.cell(ws.max_row, 7).number_format = "dd mmmm yyyy"
            ws.cell(ws.max_row, 22).number_format = "@"
        last = ws.max_row
        ws.append([])
        ws.append(["JUMLAH"])
        sub = ws.max_row
        ws.merge_cells(start_row=sub, start_column=1, end_row=sub, end_column=2)
        for c in (3, 4, *range(8, 17)):
            col = get_column_letter(c)
            ws.cell(sub, c, f"=SUM({col}{first}:{col}{last})")
        ws.append(["JUMLAH TOTAL", None, f"=SUM(C{sub}:D{sub})"])
        total = ws.max_row
        ws.cell(total, 8, f"=SUM(H{sub}:P{sub})")
        ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=2)
        ws.merge_cells(start_row=total, start_column=3, end_row=total, end_column=7)
        ws.merge_cells(start_row=total, start_column=8, end_row=total, end_column=16)
    sig = ws.max_row + 3
    for offset, text in ((0, "Punggelan, 7 Desember 2026"), (1, "Camat Punggelan"), (5, "BUDI SANTOSO, S.STP"),
                         (6, "Pembina (IV/a)"), (7, "NIP. 197805122006041003")):  # fmt: skip
        ws.cell(sig + offset, 17, text)
        ws.merge_cells(start_row=sig + offset, start_column=17, end_row=sig + offset, end_column=20)
    return Expected(
        _save(wb, tmp_path / "Rekap_Perangkat_Desa_Kec_Punggelan_2026.xlsx"), len(crowd), {"regional": len(crowd)},
        valid_nips=0,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 25. ExcelJS monthly attendance of a school (find_string id 21165793194): a seven-line letterhead centred over the
#     table, 'DAFTAR HADIR PEGAWAI' / 'Bulan: ...', No | Nama dan NIP | Jabatan | Waktu | 1..31 | Ket., each person
#     over four rows (Tiba / Paraf / Pulang / Paraf) with No, Nama dan NIP, Jabatan and Ket. merged down
# ---------------------------------------------------------------------------------------------------------


def exceljs_hadir_bulanan(tmp_path: Path) -> Expected:
    """Letterhead rows 1-7 merged over columns O:U ('PEMERINTAH KABUPATEN BANJARNEGARA' / 'DINAS PENDIDIKAN, PEMUDA
    DAN OLAHRAGA' / 'SMP NEGERI 1 PUNGGELAN' / NPSN / address / e-mail / accreditation), title rows 10-11, header
    row 13, then 8 staff of four rows each, the cell 'name\\nNIP' (two without a NIP: honorary staff), the head of
    school's signature block under the day columns. 8 people (not 32), all staff of the letterhead's school."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Daftar Hadir"
    days = 31
    total = 4 + days + 1
    start = max(1, (total - 6) // 2)
    end = min(total, start + 6)
    kop = ("PEMERINTAH KABUPATEN BANJARNEGARA", "DINAS PENDIDIKAN, PEMUDA DAN OLAHRAGA", "SMP NEGERI 1 PUNGGELAN",
           "NPSN: 20300000 | NSS: 20103040000", "Alamat: Jl. Raya Punggelan, Telepon: (0286) 000000",
           "Email: smpn1punggelan@contoh.sch.id | Website: www.contoh.sch.id", 'Terakreditasi "A"')  # fmt: skip
    for r, text in enumerate(kop, start=1):
        ws.cell(r, start, text)
        ws.merge_cells(start_row=r, start_column=start, end_row=r, end_column=end)
    for r, text in ((10, "DAFTAR HADIR PEGAWAI"), (11, "Bulan: Desember 2026")):
        ws.cell(r, start, text)
        ws.merge_cells(start_row=r, start_column=start, end_row=r, end_column=end)
    header = ["No", "Nama dan NIP", "Jabatan", "Waktu", *(str(d + 1) for d in range(days)), "Ket."]
    for c, text in enumerate(header, start=1):
        ws.cell(13, c, text)
    crowd = people(8, seed=2525)
    valid = 0
    row = 14
    for i, person in enumerate(crowd):
        honorary = i in (5, 7)
        nip = "" if honorary else person.nip
        valid += not honorary
        for t, label in enumerate(("Tiba", "Paraf", "Pulang", "Paraf")):
            if t == 0:
                ws.cell(row + t, 1, str(i + 1))
                ws.cell(row + t, 2, f"{person.name}\n{nip}").alignment = Alignment(wrap_text=True)
                ws.cell(row + t, 3, "Guru Honorer" if honorary else "Guru Ahli Muda")
            ws.cell(row + t, 4, label)
        for c in (1, 2, 3, total):
            ws.merge_cells(start_row=row, start_column=c, end_row=row + 3, end_column=c)
        row += 4
    sig = row + 2
    for offset, text in ((0, "Punggelan, 31 Desember 2026"), (1, "Kepala Sekolah"), (5, "SITI RAHAYU, S.Pd., M.Pd."),
                         (6, "NIP. 197003151995122002")):  # fmt: skip
        ws.cell(sig + offset, days + 3, text)
        ws.merge_cells(start_row=sig + offset, start_column=days + 3, end_row=sig + offset, end_column=days + 5)
    return Expected(
        _save(wb, tmp_path / "Daftar_Hadir_Desember_2026.xlsx"), len(crowd), {"regional": len(crowd)},
        valid_nips=valid,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 26. pdf-lib attendance of one event (find_string id 54570668753), as a PDF-to-Excel converter gives it back:
#     'Label : value' lines, the head again on each page, 'Halaman n dari m' at each page's foot, the attendee's
#     GPS position ('lat, long') and a '-' for a missing signature
# ---------------------------------------------------------------------------------------------------------

_EVENT_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Bappeda Kab. Banjarnegara", "regional"),
    ("BPS Kabupaten Banjarnegara", "central"),
    ("Dinas Kominfo Kabupaten Banjarnegara", "regional"),
    ("Kantor Kemenag Kab. Banjarnegara", "central"),
    ("PT Bank Jateng Cabang Banjarnegara", "other"),
    ("Kecamatan Punggelan", "regional"),
    ("Puskesmas Punggelan 1", "regional"),
)


def pdflib_daftar_hadir_event(tmp_path: Path) -> Expected:
    """DAFTAR HADIR PESERTA / 'Nama Event : ...' / 'Tanggal    : 07 Desember 2026' / 'Lokasi     : ...' / 'PIC Event
    : ...' / 'Jumlah Peserta Hadir : 14' / No | Nama | Instansi | Jabatan | Waktu Hadir | Lokasi | Tanda Tangan, 10
    rows, 'Halaman 1 dari 2', the head again, 4 rows, 'Halaman 2 dari 2'. Instansi typed by each attendee."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table 1"
    crowd = people(14, seed=2626)
    lines: list[list[object]] = [
        ["DAFTAR HADIR PESERTA"], [],
        ["Nama Event : Bimbingan Teknis Satu Data Indonesia Kabupaten Banjarnegara"],
        ["Tanggal    : 07 Desember 2026"], ["Lokasi     : Aula Bappeda Kabupaten Banjarnegara"],
        ["PIC Event  : Sekretariat Satu Data"], [f"Jumlah Peserta Hadir : {len(crowd)}"], [],
    ]  # fmt: skip
    head = ["No", "Nama", "Instansi", "Jabatan", "Waktu Hadir", "Lokasi", "Tanda Tangan"]
    buckets: list[Bucket] = []
    for page, members in enumerate((range(0, 10), range(10, 14)), start=1):
        lines.append(head)
        for i in members:
            instansi, bucket = _EVENT_INSTANSI[i % len(_EVENT_INSTANSI)]
            buckets.append(bucket)
            where = f"-7.{3900 + i * 7}, 109.{6900 + i * 3}" if i % 4 else "-"
            lines.append([str(i + 1), crowd[i].name, instansi, crowd[i].jabatan, f"07 Des 2026, 08.{i * 3:02d}",
                          where, "" if i % 5 else "-"])  # fmt: skip
        lines.append([f"Halaman {page} dari 2"])
    for values in lines:
        ws.append(values)
    return Expected(
        _save(wb, tmp_path / "daftar-hadir-bimtek-satu-data.xlsx"), len(crowd), _counts(buckets),
        dates=("2026-12-07", "2026-12-07"),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 27. SIMPEG "Daftar Nominatif Peserta Diklat" dialog (find_string ids 26021976012 and 25161870969), copied from the
#     page into a workbook: the dialog's title, No | Nama | NIP | Jabatan | Unit Kerja with every No cell empty
#     (the script writes '<td></td>'), unit names without their government
# ---------------------------------------------------------------------------------------------------------

_SIMPEG_UNIT = (
    "Dinas Kesehatan", "Badan Perencanaan Pembangunan Daerah", "Kecamatan Bogor Tengah", "Sekretariat DPRD",
    "Dinas Pendidikan", "Badan Pengelolaan Keuangan dan Aset Daerah",
)  # fmt: skip


def simpeg_nominatif_no_kosong(tmp_path: Path) -> Expected:
    """'Daftar Nominatif Peserta Diklat' (the dialog's title) / blank / No | Nama | NIP | Jabatan | Unit Kerja / 10
    rows whose No cell is empty, NIPs pasted as numbers shown in full (text), units of one city named without it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["Daftar Nominatif Peserta Diklat"])
    ws.append([])
    ws.append(["No", "Nama", "NIP", "Jabatan", "Unit Kerja"])
    crowd = people(10, seed=2727)
    for i, person in enumerate(crowd):
        ws.append([None, person.name, person.nip, person.jabatan, _SIMPEG_UNIT[i % len(_SIMPEG_UNIT)]])
        ws.cell(ws.max_row, 3).number_format = "@"
    return Expected(
        _save(wb, tmp_path / "nominatif_peserta_diklat.xlsx"), len(crowd), {"regional": len(crowd)},
        valid_nips=len(crowd),
    )  # fmt: skip


def _save_exact_integers(wb: openpyxl.Workbook, path: Path, cells: Mapping[tuple[int, int], int]) -> Path:
    """Save the workbook with these (row, col) numbers written as PhpSpreadsheet writes an integer, every digit in
    <v> (openpyxl writes an integer above 2**53 as a float's repr, losing the last digits)."""
    wb.save(path)
    return rewrite_zip(path, {"xl/worksheets/sheet1.xml": _patch_values({k: str(v) for k, v in cells.items()})})


def _degrees(name: str) -> tuple[str, str, str]:
    """(front degree, bare name, back degrees) of a fictional name like 'Dr. Budi Santoso, M.Si.'."""
    front = next((f for f in ("Dr. ", "Ir. ", "drg. ") if name.startswith(f)), "")
    bare, _, back = name[len(front):].partition(", ")
    return front.strip(), bare, back


# ---------------------------------------------------------------------------------------------------------
# 28. PhpSpreadsheet "Report Nominatif" of a staff app (FadelNurAkhmad/Simpeg_PT_Gramasurya,
#     pages/admin/report/export-nominatif.php): a one-line title, the header at row 3, birth place, birth date,
#     NIP and religion joined with '/' in one cell "TTL / NIP / Agama", schooling and address cells joined too
# ---------------------------------------------------------------------------------------------------------


def simpeg_ttl_nip_agama(tmp_path: Path) -> Expected:
    """'REPORT NOMINATIF' in A1 / blank / No | Nama | TTL / NIP / Agama | Jenis Kelamin | Jabatan | TMT |
    Pendidikan / Jurusan / T.Lulus | Alamat & Telp | Ket, people from row 4. The cell C is
    '<birth place>/<yyyy-mm-dd>/<NIP>/<religion>' (the NIP empty for the two contract staff: '//'). No instansi
    column and nothing names the office: refused without the officer's instansi."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Report Nominatif"
    ws["A1"] = "REPORT NOMINATIF"
    for c, text in enumerate(("No", "Nama", "TTL / NIP / Agama", "Jenis Kelamin", "Jabatan", "TMT",
                              "Pendidikan / Jurusan / T.Lulus", "Alamat & Telp", "Ket"), start=1):  # fmt: skip
        ws.cell(3, c, text)
    crowd = people(10, seed=2828)
    places = ("Bantul", "Sleman", "Yogyakarta", "Klaten", "Gunungkidul")
    valid = 0
    for i, person in enumerate(crowd):
        contract = i in (4, 8)
        nip = "" if contract else person.nip
        valid += not contract
        r = 4 + i
        values = [i + 1, person.name, f"{places[i % len(places)]}/{person.birth:%Y-%m-%d}/{nip}/Islam",
                  "Laki-laki" if person.gender == "L" else "Perempuan",
                  "Pengelola Arsip" if contract else person.jabatan, f"{2010 + i % 9}-0{1 + i % 9}-01",
                  f"S1/Ilmu Perpustakaan/{2005 + i % 10}-08-25", f"Jl. Contoh No. {i + 3}, Bantul/0812000{i:05d}",
                  "Aktif"]  # fmt: skip
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
    return Expected(
        _save(wb, tmp_path / "Report Nominatif.xlsx"), len(crowd), {"regional": len(crowd)}, valid_nips=valid,
        instansi="Dinas Perpustakaan dan Kearsipan Kabupaten Bantul",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 29. Laravel "exportHTMLFast" of a hospital's HR database (find_string id 24993179045): an HTML table saved as
#     .xls with 75 columns, NIP LAMA beside NIP BARU, the degrees in GELAR DEPAN / GELAR BELAKANG around NAMA,
#     the home address's KABUPATEN and PROVINSI, 'class="str"' (text) on the ID and number columns, and every
#     column from SUB DETAIL JENIS TENAGA on (UNIT KERJA included) left empty by the exporter
# ---------------------------------------------------------------------------------------------------------

_HRD_HEAD = (
    "ID PEG.", "NO ABSEN", "NIP LAMA", "NIP BARU", "GELAR DEPAN", "NAMA", "GELAR BELAKANG", "JENIS KELAMIN",
    "TEMPAT LAHIR", "TANGGAL LAHIR", "NO KTP", "ALAMAT", "KELURAHAN", "KECAMATAN", "KABUPATEN", "PROVINSI",
    "WARNA KULIT", "TINGGI BADAN", "BERAT BADAN", "GOLONGAN DARAH", "SUKU", "AGAMA", "KEBANGSAAN",
    "STATUS NIKAH", "NO KARIS / KARSU", "NO KARPEG", "NO AKTE KELAHIRAN", "NO ASKES / BPJS KESEHATAN",
    "BPJS KETENAGAKERJAAN", "NO TASPEN", "NO NPWP", "NO KK", "NAMA IBU KANDUNG", "EMAIL", "NO HP",
    "NO HP ALTERNATIF", "STATUS RUMAH", "NO REKENING BPD ACEH", "NO REKENING BNI", "NO REKENING BNI SYARIAH",
    "NO REKENING MANDIRI", "TANGGUNGAN", "SUB DETAIL JENIS TENAGA", "DETAIL JENIS TENAGA", "JENIS TENAGA",
    "RUANGAN", "SUB UNIT KERJA", "UNIT KERJA", "DIVISI", "STATUS KERJA", "JENIS PEGAWAI", "PANGKAT MASUK",
    "GOLONGAN MASUK", "TMT GOLONGAN MASUK", "PANGKAT SEKARANG", "GOLONGAN SEKARANG", "TMT GOLONGAN SEKARANG",
    "MASA KERJA TAHUN", "MASA KERJA BULAN", "JABATAN STRUKTURAL", "TMT JABATAN STRUKTURAL", "ESELON",
    "TMT ESELON", "JABATAN FUNGSIONAL", "TMT JABATAN FUNGSIONAL", "RKP", "KGB", "JENJANG DIDIK", "JURUSAN",
    "TAHUN LULUS", "NO STR", "TGL KADALUARSA STR", "NO SIP", "TGL KADALUARSA SIP", "TMT AKTIF",
)  # fmt: skip
_ACEH_HOME = (("Aceh Besar", "Darul Imarah"), ("Banda Aceh", "Kuta Alam"), ("Aceh Besar", "Ingin Jaya"),
              ("Pidie", "Kota Sigli"), ("Banda Aceh", "Syiah Kuala"))  # fmt: skip


def hrd_html_nip_lama_gelar(tmp_path: Path) -> Expected:
    """<style>.str{mso-number-format:\\@;}</style><table border=1> with one <thead> row of the 75 headings and one
    <tbody> row per employee: 42 values, then 33 empty cells. 12 staff of one hospital: 8 PNS (the 4 oldest also
    with a 9-digit NIP LAMA), 4 contract staff without NIP. The KABUPATEN / PROVINSI columns are the home
    address, not the employer; nothing names the hospital: refused without the officer's instansi."""
    crowd = people(12, seed=2929)
    body = []
    valid = 0
    for i, person in enumerate(crowd):
        contract = i % 3 == 2
        valid += not contract
        front, bare, back = _degrees(person.name)
        kab, kec = _ACEH_HOME[i % len(_ACEH_HOME)]
        values = [
            f"{3100 + i}", f"{710 + i}", "" if contract or i > 5 else f"1400{52000 + i * 7:05d}",
            "" if contract else person.nip, front, bare, back, "Laki-laki" if person.gender == "L" else "Perempuan",
            "Banda Aceh", f"{person.birth:%d-%m-%Y}", f"11710{i:011d}", f"Jl. Contoh Lr. {i + 1}", "Gampong Contoh",
            kec, kab, "Aceh", "Sawo Matang", "165", "60", "O", "Aceh", "Islam", "Indonesia", "Kawin",
            "", "", "", f"000{i:010d}", "", "", "", f"11710{i:011d}", "Ibu Contoh", f"pegawai{i}@contoh.invalid",
            f"0852000{i:05d}", "", "Milik Sendiri", f"0100{i:08d}", "", "", "", "2",
        ]  # fmt: skip
        values += [""] * (len(_HRD_HEAD) - len(values))
        cells = []
        for head, value in zip(_HRD_HEAD, values, strict=True):
            text = html.escape(value)
            cells.append(f'<td class="str">{text}</td>' if head.startswith(("NO ", "NIP")) or head == "ID PEG."
                         else f"<td>{text}</td>")  # fmt: skip
        body.append("<tr>" + "".join(cells) + "</tr>")
    page = (
        "<style>.str{ mso-number-format:\\@; }</style>"
        '<table border="1" cellspacing="0" width="100%">'
        '<thead style="font-size: 9pt;"><tr>' + "".join(f"<th>{h}</th>" for h in _HRD_HEAD) + "</tr></thead><tbody>"
        + "".join(body) + "</tbody></table><!-- Performance: 0.41s, Memory: 2MB -->"
    )  # fmt: skip
    path = tmp_path / "Export_HTML_Fast_2026-12-07_08-15-30.xls"
    path.write_text(page, encoding="utf-8")
    return Expected(
        path, len(crowd), {"regional": len(crowd)}, valid_nips=valid, instansi="RSUD Meuraxa Kota Banda Aceh",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 30. Participants CSV of a training app's admin page (find_string id 58030174371): BOM, every field quoted, CRLF,
#     the training's title in a "Pelatihan" column on every row, "NIP/NIK" holding the NIP of civil servants and
#     the NIK of the others, scores empty until taken, "Status Kelulusan", the registration date in words
# ---------------------------------------------------------------------------------------------------------

# instansi typed by the participant, bucket, civil servant (a NIP; else a NIK)
_PAJ_INSTANSI: tuple[tuple[str, Bucket, bool], ...] = (
    ("BKPSDM Kabupaten Temanggung", "regional", True),
    ("Dinas Kesehatan Kota Magelang", "regional", True),
    ("Setda Kabupaten Wonosobo", "regional", True),
    ("Kantor Kementerian Agama Kabupaten Magelang", "central", True),
    ("BPS Kota Magelang", "central", True),
    ("RSUD Tidar Kota Magelang", "regional", False),  # a BLUD contract employee: NIK
    ("Universitas Muhammadiyah Magelang", "other", False),
    ("Inspektorat Kabupaten Purworejo", "regional", True),
)
_STATUSES = ("Lulus", "Lulus", "Belum Lulus", "Sedang Mengikuti", "Lulus", "Belum Mulai")


def csv_pelatihan_nip_nik(tmp_path: Path) -> Expected:
    """Header "Pelatihan","Nama Peserta","Email","Instansi","NIP/NIK","Nilai Pre-Test","Nilai Post-Test","Status
    Kelulusan","Nomor Sertifikat","Tanggal Registrasi" after a BOM, CRLF lines, every field quoted, one training
    per file (Daftar_Peserta_<title>.csv). 16 participants of any status (registered is a participant): 12 civil
    servants with a NIP, 4 others with a 16-digit NIK."""
    title = "Pelatihan Penyusunan Analisis Jabatan Angkatan II Tahun 2026"
    crowd = people(16, seed=3030)
    months = ("Oktober", "November")

    def cell(value: object) -> str:
        return '"' + str(value).replace('"', '""') + '"'

    lines = [",".join(cell(h) for h in ("Pelatihan", "Nama Peserta", "Email", "Instansi", "NIP/NIK",
                                        "Nilai Pre-Test", "Nilai Post-Test", "Status Kelulusan", "Nomor Sertifikat",
                                        "Tanggal Registrasi"))]  # fmt: skip
    buckets: list[Bucket] = []
    valid = 0
    for i, person in enumerate(crowd):
        instansi, bucket, asn = _PAJ_INSTANSI[i % len(_PAJ_INSTANSI)]
        buckets.append(bucket)
        valid += asn
        status = _STATUSES[i % len(_STATUSES)]
        pre = "" if status == "Belum Mulai" else 50 + (i * 7) % 30
        post = 70 + (i * 11) % 30 if status in ("Lulus", "Belum Lulus") else ""
        certificate = f"{800 + i}/PAJ-II/XII/2026" if status == "Lulus" else ""
        lines.append(",".join(cell(v) for v in (
            title, person.name, f"peserta{i + 1}@contoh.invalid", instansi, person.nip if asn else f"33080{i:011d}",
            pre, post, status, certificate, f"{3 + i} {months[i % 2]} 2026")))  # fmt: skip
    path = tmp_path / "Daftar_Peserta_Pelatihan_Penyusunan_Analisis_Jabatan_Angkatan_II_Tahun_2026.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(lines)).encode("utf-8"))
    return Expected(path, len(crowd), _counts(buckets), valid_nips=valid)


# ---------------------------------------------------------------------------------------------------------
# 31. Laravel-Excel "PenggunaLulusanExport" of a health polytechnic's tracer study (find_string id 68435628557):
#     header row 1 (white on blue), NIP Baru and NIP Lama written as numbers, Satuan Kerja beside Unit Kerja, then
#     Provinsi and Kabupaten, a computed "Status Data" and the incomplete rows filled red
# ---------------------------------------------------------------------------------------------------------

_LULUSAN_SATKER: tuple[tuple[str, str, str, str, Bucket], ...] = (  # satker, unit, provinsi, kabupaten, bucket
    ("Dinas Kesehatan", "Bidang Pelayanan Kesehatan", "Jawa Tengah", "Kabupaten Banyumas", "regional"),
    ("RSUD Prof. Dr. Margono Soekarjo", "Instalasi Rawat Inap", "Jawa Tengah", "Kabupaten Banyumas", "regional"),
    ("Puskesmas Kembaran I", "Unit Kesehatan Ibu dan Anak", "Jawa Tengah", "Kabupaten Banyumas", "regional"),
    ("Balai Kekarantinaan Kesehatan Kelas I Semarang", "Seksi Upaya Kesehatan", "Jawa Tengah", "Kota Semarang",
     "central"),
    ("Dinas Kesehatan", "Seksi Kesehatan Keluarga", "Jawa Tengah", "Kabupaten Cilacap", "regional"),
    ("Rumah Sakit Islam Purwokerto", "Instalasi Farmasi", "Jawa Tengah", "Kabupaten Banyumas", "other"),
)  # fmt: skip


def laravel_pengguna_lulusan_satker(tmp_path: Path) -> Expected:
    """Nama | NIP Baru | NIP Lama | Email | Jabatan | Satuan Kerja | Unit Kerja | Provinsi | Kabupaten | No HP |
    Status Data; 12 supervisors of the polytechnic's graduates; NIP Baru an 18-digit number kept exactly (the
    private hospital's staff: none), NIP Lama a 9-digit number for the older ones; 'Dinas Kesehatan' written
    without its kabupaten (the Kabupaten column names it); two rows 'Data Tidak Lengkap' (no Jabatan), red."""
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(["Nama", "NIP Baru", "NIP Lama", "Email", "Jabatan", "Satuan Kerja", "Unit Kerja", "Provinsi",
               "Kabupaten", "No HP", "Status Data"])  # fmt: skip
    for c in range(1, 12):
        ws.cell(1, c).font = Font(bold=True, color="FFFFFF")
        ws.cell(1, c).fill = PatternFill("solid", start_color="3B82F6")
    crowd = people(12, seed=3131)
    buckets: list[Bucket] = []
    valid = 0
    exact: dict[tuple[int, int], int] = {}
    for i, person in enumerate(crowd):
        satker, unit, provinsi, kabupaten, bucket = _LULUSAN_SATKER[i % len(_LULUSAN_SATKER)]
        buckets.append(bucket)
        civil = bucket != "other"
        valid += civil
        jabatan = "" if i in (3, 10) else person.jabatan
        ws.append([person.name, int(person.nip) if civil else None,
                   150000000 + i * 1301 if civil and i % 2 else None, f"atasan{i + 1}@contoh.invalid", jabatan,
                   satker, unit, provinsi, kabupaten, f"0813{i:08d}",
                   "Data Lengkap" if jabatan else "Data Tidak Lengkap"])  # fmt: skip
        if civil:
            exact[(ws.max_row, 2)] = int(person.nip)
        if not jabatan:
            for c in range(1, 12):
                ws.cell(ws.max_row, c).fill = PatternFill("solid", start_color="FEE2E2")
                ws.cell(ws.max_row, c).font = Font(color="DC2626")
    return Expected(
        _save_exact_integers(wb, tmp_path / "pengguna_lulusan.xlsx", exact), len(crowd), _counts(buckets),
        valid_nips=valid,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 32. Laravel-Excel "GuruExport" of a school app (find_string id 2996161260): header row 1 (bold), NIP | Nama
#     Lengkap | Gelar Depan | Gelar Belakang | ... 23 columns, the NIP a number, dates as yyyy-mm-dd text, Tanggal
#     Masuk / Tanggal Keluar and Status Aktif of each teacher, subjects joined with ', '
# ---------------------------------------------------------------------------------------------------------


def laravel_guru_gelar(tmp_path: Path) -> Expected:
    """NIP | Nama Lengkap | Gelar Depan | Gelar Belakang | Jenis Kelamin | Tanggal Lahir | Tempat Lahir | Alamat |
    No Telepon | No WA | Email | Status Kepegawaian | Jabatan | Tanggal Masuk | Tanggal Keluar | Status Aktif |
    Pendidikan Terakhir | Universitas | Tahun Lulus | Sertifikasi | Mata Pelajaran | Prestasi | Catatan. 14
    teachers of one school: 9 PNS, 3 PPPK (PPPK numbers), 2 honorary without NIP; one PNS moved out (Tanggal
    Keluar, 'Tidak Aktif') still listed. Nothing names the school: refused without the officer's instansi."""
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(["NIP", "Nama Lengkap", "Gelar Depan", "Gelar Belakang", "Jenis Kelamin", "Tanggal Lahir",
               "Tempat Lahir", "Alamat", "No Telepon", "No WA", "Email", "Status Kepegawaian", "Jabatan",
               "Tanggal Masuk", "Tanggal Keluar", "Status Aktif", "Pendidikan Terakhir", "Universitas",
               "Tahun Lulus", "Sertifikasi", "Mata Pelajaran", "Prestasi", "Catatan"])  # fmt: skip
    for c in range(1, 24):
        ws.cell(1, c).font = Font(bold=True)
    crowd = people(14, seed=3232)
    subjects = ("Matematika", "IPA", "Bahasa Indonesia", "IPS", "Bahasa Inggris", "PJOK", "Seni Budaya")
    valid = 0
    exact: dict[tuple[int, int], int] = {}
    for i, person in enumerate(crowd):
        kind = "PNS" if i < 9 else "PPPK" if i < 12 else "Honorer"
        if kind == "PNS":
            nip: int | None = int(person.nip)
        elif kind == "PPPK":
            nip = int(f"{person.birth:%Y%m%d}2022{21 if i % 2 else 22}{1 if person.gender == 'L' else 2}{i:03d}")
        else:
            nip = None
        valid += nip is not None
        if nip is not None:
            exact[(i + 2, 1)] = nip
        front, bare, back = _degrees(person.name)
        left = i == 4
        ws.append([nip, bare, front or None, back.replace(", ", " ") or "S.Pd.",
                   "L" if person.gender == "L" else "P", f"{person.birth:%Y-%m-%d}", "Padang",
                   f"Jl. Contoh No. {i + 1}, Padang", None, f"0812{i:08d}", f"guru{i + 1}@contoh.invalid", kind,
                   "Guru Mata Pelajaran" if i else "Kepala Sekolah", f"{2008 + i % 12}-07-1{i % 9}",
                   "2025-12-31" if left else None, "Tidak Aktif" if left else "Aktif", "S1",
                   "Universitas Negeri Padang", 2000 + i % 15, "Sudah" if i % 3 else "Belum",
                   ", ".join(subjects[i % 7:i % 7 + 1 + i % 2]), None, "Mutasi ke SMP lain" if left else None])  # fmt: skip
    return Expected(
        _save_exact_integers(wb, tmp_path / "data_guru.xlsx", exact), len(crowd), {"regional": len(crowd)},
        valid_nips=valid,
        instansi="SMP Negeri 5 Padang",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 33. SISFO-SPPD "rekap biaya perjalanan dinas" (hajirodeon/SISFO-SPPD, adm/spt/spt_akhir_rekap_xls.php): title
#     lines and a "Lampiran" note at AB1, a head of three rows (cells merged down and across), the column numbers
#     1..30 as a fourth row, one row per travel order (its first traveller), the NIP written as a number
# ---------------------------------------------------------------------------------------------------------

_SPPD_HEAD: tuple[tuple[str, str], ...] = (  # (range, label)
    ("A5:A7", "No"), ("B5:B7", "No. Bukti"), ("C5:C7", "Tanggal Bukti"), ("D5:D7", "Nama Lengkap Tanpa Gelar"),
    ("E5:E7", "NIP"), ("F5:F7", "Keperluan Perjalanan Dinas"), ("G5:G7", "Jumlah Dibayarkan"),
    ("H5:H7", "Gol. Peg"), ("I5:I7", "Tujuan"), ("J5:L5", "SPPD"), ("J6:K6", "Tanggal"), ("J7", "Berangkat"),
    ("K7", "Kembali"), ("L6:L7", "Lama Hari"), ("M5:R5", "Rincian Biaya"), ("M6:N6", "Uang Harian"),
    ("M7", "Per Hari"), ("N7", "Total"), ("O6:O7", "Biaya Akomodasi"),
    ("P6:P7", "Biaya Lain/ Kontribusi/ Bantuan Transport"), ("Q6:Q7", "Biaya Tiket PP"), ("R6:R7", "Jumlah"),
    ("S5:AD5", "Tiket Akomodasi"), ("S6:S7", "Penginapan"), ("T6:T7", "Tujuan"), ("U6:Y6", "Berangkat"),
    ("U7", "Tanggal"), ("V7", "Pswt/ KA"), ("W7", "Nomor Tiket"), ("X7", "Tempat Duduk"), ("Y7", "Harga"),
    ("Z6:AD6", "Kembali"), ("Z7", "Tanggal"), ("AA7", "Pswt/ KA"), ("AB7", "Nomor Tiket"), ("AC7", "Tempat Duduk"),
    ("AD7", "Harga"),
)  # fmt: skip
_SPPD_TRIPS = (
    ("Mengikuti Pelatihan Pengadaan Barang/Jasa Pemerintah", "Semarang", 3),
    ("Mengikuti Bimbingan Teknis Penyusunan Laporan Keuangan", "Jakarta", 4),
    ("Mengikuti Pelatihan Kepemimpinan Pengawas", "Semarang", 5),
    ("Konsultasi Penyusunan Peraturan Daerah", "Jakarta", 2),
)


def sppd_rekap_biaya_tiga_baris(tmp_path: Path) -> Expected:
    """'Lampiran SPPD/Perjadin' at AB1 (merged AB1:AD1) / 'Rekap Biaya Perjalanan Dinas Luar Daerah' and 'SKPD
    SEKRETARIAT TA 2026' (merged A:AD) / 'Postdate : ...' (A4:G4) / the three head rows 5-7 / 1..30 in row 8 / from
    row 9 one row per travel order: 14 orders of 10 officials (four travelled twice), the NIP an 18-digit number
    written exactly. Participants are the officials (10, repeats reported); the title's 'SEKRETARIAT' names no
    government: refused without the officer's instansi."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PERJALDIN"
    ws["AB1"] = "Lampiran SPPD/Perjadin"
    ws.merge_cells("AB1:AD1")
    ws["A2"] = "Rekap Biaya Perjalanan Dinas Luar Daerah"
    ws.merge_cells("A2:AD2")
    ws["A3"] = "SKPD SEKRETARIAT TA 2026"
    ws.merge_cells("A3:AD3")
    ws["A4"] = "Postdate : 2026-12-07 10:15:42"
    ws.merge_cells("A4:G4")
    for where, label in _SPPD_HEAD:
        ws[where.split(":")[0]] = label
        if ":" in where:
            ws.merge_cells(where)
    for k in range(1, 31):
        ws.cell(8, k, k)
    crowd = people(10, seed=3333)
    order = [*range(10), 1, 4, 6, 9]
    exact: dict[tuple[int, int], int] = {}
    for n, who in enumerate(order, start=1):
        person = crowd[who]
        exact[(8 + n, 5)] = int(person.nip)
        purpose, city, days = _SPPD_TRIPS[n % len(_SPPD_TRIPS)]
        start = dt.date(2026, 2 + n % 9, 3 + n)
        end = start + dt.timedelta(days=days - 1)
        daily = 380000 if city == "Semarang" else 530000
        lodging, ticket = 450000 * (days - 1), 0 if city == "Semarang" else 2400000
        total = daily * days + lodging + ticket
        ws.append([n, f"094/{120 + n}/SPT/2026", f"{start - dt.timedelta(days=3):%Y-%m-%d}", person.name.split(",")[0]
                   .removeprefix("Dr. ").removeprefix("Ir. ").removeprefix("drg. "), int(person.nip), purpose, total,
                   person.golongan, city, f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}", days, daily, daily * days, lodging,
                   0, ticket, total, "Hotel Contoh" if days > 1 else "", city,
                   f"{start:%Y-%m-%d}" if ticket else "", "Garuda" if ticket else "", f"126{n:07d}" if ticket else "",
                   f"{10 + n}A" if ticket else "", ticket // 2 if ticket else "", f"{end:%Y-%m-%d}" if ticket else "",
                   "Garuda" if ticket else "", f"126{n + 50:07d}" if ticket else "", f"{20 + n}C" if ticket else "",
                   ticket // 2 if ticket else ""])  # fmt: skip
    return Expected(
        _save_exact_integers(wb, tmp_path / "rekap-biaya-perjaldin-Sekretariat Daerah.xlsx", exact), len(crowd),
        {"regional": len(crowd)},
        valid_nips=len(crowd), instansi="Sekretariat Daerah Kabupaten Banjarnegara",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 34. Blade view of a PBJ training's attendance sheet (find_string id 24862029732), rendered to a workbook by
#     Laravel-Excel FromView: the letterhead image, the title lines and a label block (TANGGAL / LOKASI / LPP /
#     JML PESERTA) inside <thead>, a head of three rows (NO and PESERTA spanning them, PRESENSI over one pair of
#     columns per day, 'Sesi Pagi | Sesi Siang' under each day), then four rows per participant: NO spanning
#     them, and in the PESERTA column an empty cell, the name, "'" + the NIK, the participant's agency
# ---------------------------------------------------------------------------------------------------------

_PBJ_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bandung", "regional"),
    ("Bagian Pengadaan Barang dan Jasa Setda Kota Cimahi", "regional"),
    ("Kantor Pertanahan Kabupaten Bandung Barat", "central"),
    ("RSUD Al-Ihsan Provinsi Jawa Barat", "regional"),
    ("Balai Besar Wilayah Sungai Citarum", "central"),
    ("Dinas Pendidikan Provinsi Jawa Barat", "regional"),
)


def blade_hadir_pbj_empat_baris(tmp_path: Path) -> Expected:
    """Row 1 the letterhead image's row (tall, empty), row 2 an empty <tr>, rows 3-6 the title lines merged over
    the 8 columns ('DAFTAR HADIR PESERTA PELATIHAN', 'Pelatihan dan Seritifikasi Kompetensi', 'PENGADAAN BARANG /
    JASA PEMERINTAH (PBJP) LEVEL - 1', '(48 JP Model Pembelajaran Blended Learning)'), rows 7-10 'TANGGAL | :
    ...', 'LOKASI', 'LPP', 'JML PESERTA | : 12 Peserta', the head at rows 11-13 (three days), then 12 participants
    of four rows each. No NIP anywhere (the app keeps the NIK); the instansi is the fourth row of each person."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.row_dimensions[1].height = 98  # the <img style="height: 130px">
    for r, text in enumerate(("DAFTAR HADIR PESERTA PELATIHAN", "Pelatihan dan Seritifikasi Kompetensi",
                              "PENGADAAN BARANG / JASA PEMERINTAH (PBJP) LEVEL - 1",
                              "(48 JP Model Pembelajaran Blended Learning)"), start=3):  # fmt: skip
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for r, (label, value) in enumerate((("TANGGAL", ": 07 Desember 2026 s/d 09 Desember 2026"),
                                        ("LOKASI", ": INI LOKASI GES"),
                                        ("LPP", ": Lembaga Pengembangan dan Konsultasi Nasional"),
                                        ("JML PESERTA", ": 12 Peserta")), start=7):  # fmt: skip
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws["A11"], ws["B11"], ws["C11"] = "NO", "PESERTA", "PRESENSI"
    ws.merge_cells("A11:A13")
    ws.merge_cells("B11:B13")
    ws.merge_cells("C11:H11")
    for d, day in enumerate(("Senin, 07 Desember 2026", "Selasa, 08 Desember 2026", "Rabu, 09 Desember 2026")):
        ws.cell(12, 3 + 2 * d, day)
        ws.merge_cells(start_row=12, start_column=3 + 2 * d, end_row=12, end_column=4 + 2 * d)
        ws.cell(13, 3 + 2 * d, "Sesi Pagi")
        ws.cell(13, 4 + 2 * d, "Sesi Siang")
    crowd = people(12, seed=3434)
    buckets: list[Bucket] = []
    for i, person in enumerate(crowd):
        instansi, bucket = _PBJ_INSTANSI[i % len(_PBJ_INSTANSI)]
        buckets.append(bucket)
        top = 14 + 4 * i
        ws.cell(top, 1, i + 1)
        ws.merge_cells(start_row=top, start_column=1, end_row=top + 3, end_column=1)
        ws.cell(top + 1, 2, person.name)
        ws.cell(top + 2, 2, f"'32{i:02d}04{person.birth:%d%m%y}{i + 1:04d}")
        ws.cell(top + 3, 2, instansi)
    return Expected(
        _save(wb, tmp_path / "daftar_hadir_pelatihan_pbj.xlsx"), len(crowd), _counts(buckets), valid_nips=0,
        dates=("2026-12-07", "2026-12-09"),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 35. Google Apps Script attendance form (find_string ids 59108644848, 59645377716, 59249454030): doPost appends
#     [new Date(), name, nip || "-", jabatan, instansi, signature] to the sheet "Respon Absen" (header row bold on
#     grey); the sheet downloaded as .xlsx. appendRow turns a NIP typed as digits into a number (15 significant
#     digits kept); one typed with spaces stays text; the signature is the drawing's data URL
# ---------------------------------------------------------------------------------------------------------

_ABSEN_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Bappeda Kab. Tojo Una-Una", "regional"),
    ("Dinas Kesehatan Kabupaten Tojo Una-Una", "regional"),
    ("Kantor Kemenag Kab. Tojo Una-Una", "central"),
    ("BPS Kabupaten Tojo Una-Una", "central"),
    ("Kecamatan Ampana Tete", "regional"),
    ("Puskesmas Ampana Timur", "regional"),
)


def gas_respon_absen_ttd(tmp_path: Path) -> Expected:
    """Sheet 'Respon Absen': Timestamp | Nama Lengkap | NIP | Jabatan | Nama Instansi | Tanda Tangan, one row per
    submission (row height 60), 13 submissions of 12 attendees (one signed twice). NIPs typed by each attendee:
    6 as bare digits (Sheets stores a number: damaged), 3 with spaces (text, valid), 3 '-' (village and
    contract staff). The signature a 'data:image/png;base64,...' string."""
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Respon Absen"
    ws.append(["Timestamp", "Nama Lengkap", "NIP", "Jabatan", "Nama Instansi", "Tanda Tangan"])
    for c in range(1, 7):
        ws.cell(1, c).font = Font(bold=True)
        ws.cell(1, c).fill = PatternFill("solid", start_color="F3F4F6")
    crowd = people(12, seed=3535)
    order = [*range(12)]
    order.insert(7, 4)  # attendee 5 submitted again after a failed upload
    buckets: list[Bucket] = []
    damaged = valid = 0
    start = dt.datetime(2026, 12, 7, 8, 2, 11)
    for n, who in enumerate(order):
        person = crowd[who]
        instansi, bucket = _ABSEN_INSTANSI[who % len(_ABSEN_INSTANSI)]
        kind = ("digits", "digits", "spaced", "dash")[who % 4]
        nip: object
        if kind == "digits":
            nip = float(person.nip[:15] + "000")
        elif kind == "spaced":
            nip = f"{person.nip[:8]} {person.nip[8:14]} {person.nip[14]} {person.nip[15:]}"
        else:
            nip = "-"
        if n == order.index(who):  # people, not submissions
            buckets.append(bucket)
            damaged += kind == "digits"
            valid += kind == "spaced"
        signature = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAZAAAADI" + "A" * (3000 + 97 * who) + "ElFTkSuQmCC"
        ws.append([start + dt.timedelta(minutes=3 * n, seconds=17 * n), person.name.upper() if n % 5 == 0 else
                   person.name, nip, person.jabatan, instansi, signature])  # fmt: skip
        ws.cell(ws.max_row, 1).number_format = "m/d/yyyy h:mm:ss"
        ws.row_dimensions[ws.max_row].height = 60
    return Expected(
        _save(wb, tmp_path / "Absensi Rapat Koordinasi.xlsx"), len(crowd), _counts(buckets), valid_nips=valid,
        damaged_nips=damaged,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 36. jsPDF "DAFTAR REKAPITULASI PEGAWAI" of a staff app (find_string id 68356663839, exportEmployeeListPDF), as a
#     PDF-to-Excel converter gives it back: a letterhead of three lines, the title, 'Dicetak Pada: ... | Status:
#     AUDIT VERIFIED', No | NIP | Nama Lengkap | Pangkat/Gol | Jabatan | Unit Kerja | Status | Gaji Pokok with
#     the degrees joined to the name, the NIP written with spaces, the signature block at the right
# ---------------------------------------------------------------------------------------------------------

_BIRO_UNITS = ("Bagian Kepegawaian", "Bagian Keuangan", "Bagian Umum dan Tata Usaha", "Subbagian Perbendaharaan")


def jspdf_rekap_pegawai_audit(tmp_path: Path) -> Expected:
    """'PEMERINTAH REPUBLIK INDONESIA' / 'BIRO SUMBER DAYA MANUSIA DAN PENGELOLAAN KEUANGAN' / 'Sistem Informasi
    Manajemen Kepegawaian & Keuangan Terintegrasi' / blank / 'DAFTAR REKAPITULASI PEGAWAI' / 'Dicetak Pada: Senin,
    7 Desember 2026 | Status: AUDIT VERIFIED' / the head / 12 staff (10 PNS, 2 PPPK), NIPs '19850312 201001 1
    003', the salary 'Rp 3.250.000' / blank / at the right 'Mengetahui / Menyetujui,', 'Kepala Bagian Kepegawaian
    & TU', the head's name, 'NIP. ...'. Unit Kerja names only the bureau's sections and nothing names the
    government the bureau belongs to: every participant's sector is unknown (no side is evidenced)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table 1"
    for line in ("PEMERINTAH REPUBLIK INDONESIA", "BIRO SUMBER DAYA MANUSIA DAN PENGELOLAAN KEUANGAN",
                 "Sistem Informasi Manajemen Kepegawaian & Keuangan Terintegrasi"):  # fmt: skip
        ws.append([None, None, None, line])
    ws.append([])
    ws.append([None, None, None, "DAFTAR REKAPITULASI PEGAWAI"])
    ws.append(["Dicetak Pada: Senin, 7 Desember 2026 | Status: AUDIT VERIFIED"])
    ws.append(["No", "NIP", "Nama Lengkap", "Pangkat/Gol", "Jabatan", "Unit Kerja", "Status", "Gaji Pokok"])
    crowd = people(12, seed=3636)
    for i, person in enumerate(crowd):
        pppk = i in (5, 10)
        nip = (f"{person.birth:%Y%m%d}2022{21 + i % 2}{1 if person.gender == 'L' else 2}{i:03d}" if pppk
               else person.nip)  # fmt: skip
        spaced = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        ws.append([str(i + 1), spaced, person.name, "IX" if pppk else f"{person.pangkat} ({person.golongan})",
                   person.jabatan, _BIRO_UNITS[i % len(_BIRO_UNITS)], "PPPK" if pppk else "PNS",
                   f"Rp\u00a0{3_100_000 + 75_000 * i:,}".replace(",", ".")])  # fmt: skip
    ws.append([])
    for line in ("Mengetahui / Menyetujui,", "Kepala Bagian Kepegawaian & TU", "", "",
                 "Drs. Hendra Wiratama, M.Si.", "NIP. 19720517 199803 1 004"):  # fmt: skip
        ws.append([None, None, None, None, None, None, line or None])
    return Expected(
        _save(wb, tmp_path / "Rekap_Pegawai_Audit_2026-12-07.xlsx"), len(crowd), {"unknown": len(crowd)},
        valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 37. Livewire participant-import template of a training app (find_string id 22360628912, downloadTemplate): the
#     instructions inside the headings ('NIP (18 digit, kosongkan jika Non ASN)', 'NIK (16 digit, kosongkan jika
#     ASN)', ...), ASN and Non ASN in one list, Unit Kerja beside Instansi, a Password column; the officer's copy
#     with the two example rows replaced by the cohort and some NIPs typed as numbers
# ---------------------------------------------------------------------------------------------------------

# unit kerja, instansi, bucket, ASN
_TEMPLATE_INSTANSI: tuple[tuple[str, str, Bucket, bool], ...] = (
    ("BKD Jatim", "Pemerintah Provinsi Jawa Timur", "regional", True),
    ("Bagian Organisasi", "Sekretariat Daerah Kabupaten Sidoarjo", "regional", True),
    ("Bidang Pelayanan", "Kantor Imigrasi Kelas I TPI Surabaya", "central", True),
    ("Instalasi Rawat Jalan", "RSUD Dr. Soetomo", "regional", False),
    ("Seksi Pemerintahan", "Kecamatan Waru", "regional", True),
    ("SDM", "PT Petrokimia Gresik", "other", False),
    ("Subbagian Umum", "Badan Pusat Statistik Kota Surabaya", "central", True),
)


def livewire_template_asn_non_asn(tmp_path: Path) -> Expected:
    """No | Nama (tanpa gelar) | Jenis Peserta (ASN/Non ASN) | NIP (18 digit, kosongkan jika Non ASN) | NIK (16
    digit, kosongkan jika ASN) | Jabatan (kosongkan jika Non ASN) | Unit Kerja | Instansi | Password (min 8
    karakter); 14 participants from row 2: 10 ASN (7 NIPs pasted as text, 3 typed as numbers: Excel kept 15
    digits), 4 Non ASN with a 16-digit NIK typed as a number. The password column is never kept."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(["No", "Nama (tanpa gelar)", "Jenis Peserta (ASN/Non ASN)", "NIP (18 digit, kosongkan jika Non ASN)",
               "NIK (16 digit, kosongkan jika ASN)", "Jabatan (kosongkan jika Non ASN)", "Unit Kerja", "Instansi",
               "Password (min 8 karakter)"])  # fmt: skip
    crowd = people(14, seed=3737)
    buckets: list[Bucket] = []
    valid = damaged = 0
    for i, person in enumerate(crowd):
        unit, instansi, bucket, asn = _TEMPLATE_INSTANSI[i % len(_TEMPLATE_INSTANSI)]
        buckets.append(bucket)
        bare = person.name.split(",")[0].removeprefix("Dr. ").removeprefix("Ir. ").removeprefix("drg. ").upper()
        nip: object = None
        nik: object = None
        if asn:
            typed = i % 4 == 1
            nip = float(person.nip[:15] + "000") if typed else person.nip
            damaged += typed
            valid += not typed
        else:
            nik = float(f"3515{i:02d}{person.birth:%d%m%y}0001")
        ws.append([i + 1, bare, "ASN" if asn else "Non ASN", nip, nik, person.jabatan if asn else None, unit,
                   instansi, f"pelatihan{2026 + i}"])  # fmt: skip
        if isinstance(nip, str):
            ws.cell(ws.max_row, 4).number_format = "@"
    return Expected(
        _save(wb, tmp_path / "template_import_peserta.xlsx"), len(crowd), _counts(buckets), valid_nips=valid,
        damaged_nips=damaged,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 38. Dormitory check-in list of a training centre (find_string id 60267491871, an asrama app's Excel import:
#     sheets chosen by name /check in|peserta|pengajar|panitia/, role from the sheet name, the room carried down
#     to the rows under it (a merged KAMAR cell), repeated NAMA/NO header rows and TTD rows skipped): the
#     workbook the centre keeps, one sheet of participants, one of trainers, one of the committee
# ---------------------------------------------------------------------------------------------------------

_PKP_UNITS: tuple[tuple[str, Bucket], ...] = (
    ("Dinas Komunikasi dan Informatika Kabupaten Malang", "regional"),
    ("Badan Pendapatan Daerah Kota Batu", "regional"),
    ("Kantor Kementerian Agama Kota Malang", "central"),
    ("Inspektorat Kabupaten Pasuruan", "regional"),
    ("RSUD Kanjuruhan Kabupaten Malang", "regional"),
    ("Balai Besar Wilayah Sungai Brantas", "central"),
    ("Satpol PP Kota Probolinggo", "regional"),
    ("Dinas Pertanian Kabupaten Lumajang", "regional"),
)


def asrama_peserta_pengajar_panitia(tmp_path: Path) -> Expected:
    """Sheets 'PESERTA', 'PENGAJAR', 'PANITIA', each NO | NAMA | JK | NIP | UNIT KERJA | KAMAR | KEGIATAN | TTD: 16
    participants two to a room (the room 'CAKRA 1 LT 2 NO. 05' merged over both), 4 trainers (widyaiswara) and 3
    committee members of the centre, the room kept per person. The participants are the PESERTA sheet's 16; the
    trainers and the committee are not participants of the cohort."""
    wb = openpyxl.Workbook()
    head = ["NO", "NAMA", "JK", "NIP", "UNIT KERJA", "KAMAR", "KEGIATAN", "TTD"]
    kegiatan = "Pelatihan Kepemimpinan Pengawas Angkatan XII Tahun 2026"
    buckets: list[Bucket] = []
    for sheet, n, seed in (("PESERTA", 16, 3838), ("PENGAJAR", 4, 3839), ("PANITIA", 3, 3840)):
        ws = wb.active if sheet == "PESERTA" else wb.create_sheet(sheet)
        ws.title = sheet
        ws.append(head)
        for i, person in enumerate(people(n, seed=seed)):
            if sheet == "PESERTA":
                unit, bucket = _PKP_UNITS[i % len(_PKP_UNITS)]
                buckets.append(bucket)
                room = f"CAKRA {1 + i // 8} LT {2 + (i // 4) % 2} NO. {1 + i // 2:02d}" if i % 2 == 0 else None
            else:
                unit = "BPSDM Provinsi Jawa Timur"
                room = f"{'SARI' if sheet == 'PENGAJAR' else 'TIRTA'} LT 1 NO. {i + 1:02d}"
            ws.append([i + 1, person.name, person.gender, person.nip, unit, room, kegiatan, None])
            ws.cell(ws.max_row, 4).number_format = "@"
            if sheet == "PESERTA" and i % 2 == 0:
                ws.merge_cells(start_row=ws.max_row, start_column=6, end_row=ws.max_row + 1, end_column=6)
    return Expected(
        _save(wb, tmp_path / "data_penghuni_asrama_pkp_xii.xlsx"), 16, _counts(buckets), valid_nips=16,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 39. jsPDF "LAPORAN DATA PESERTA" of the BPSDM Aceh training app (find_string id 60749060344, the app of 20 and
#     21: every registered participant, not one angkatan), as a PDF-to-Excel converter gives it back: title, the
#     app line, a summary box of five 'label: value' pairs in one row, No. | NAMA | NIP | JENIS KELAMIN | JABATAN |
#     UNIT KERJA | INSTANSI | PENDIDIKAN, 'Halaman 1 dari 1'
# ---------------------------------------------------------------------------------------------------------


def sikompetensi_laporan_ringkasan(tmp_path: Path) -> Expected:
    """'LAPORAN DATA PESERTA' / 'Sistem Informasi Kompetensi Teknis BPSDM Aceh' / blank / 'Total Peserta: 15',
    'Laki-laki: ..', 'Perempuan: ..', 'Jumlah Instansi: ..', 'Jumlah Unit Kerja: ..' in five cells / blank /
    the head / 15 participants sorted by name ('-' for an empty Jabatan) / 'Halaman 1 dari 1'. One list, no
    program or angkatan; the sector from INSTANSI."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table 1"
    crowd = sorted(people(15, seed=3939), key=lambda p: p.name)
    rows = []
    buckets: list[Bucket] = []
    for i, person in enumerate(crowd):
        unit, instansi, bucket = _ACEH_INSTANSI[i % len(_ACEH_INSTANSI)]
        buckets.append(bucket)
        rows.append([str(i + 1), person.name, person.nip, "Laki-laki" if person.gender == "L" else "Perempuan",
                     "-" if i == 6 else person.jabatan, unit, instansi, "S1" if i % 3 else "S2"])  # fmt: skip
    males = sum(p.gender == "L" for p in crowd)
    ws.append(["LAPORAN DATA PESERTA"])
    ws.append(["Sistem Informasi Kompetensi Teknis BPSDM Aceh"])
    ws.append([])
    ws.append([f"Total Peserta: {len(crowd)}", f"Laki-laki: {males}", f"Perempuan: {len(crowd) - males}",
               f"Jumlah Instansi: {len({r[6] for r in rows})}", f"Jumlah Unit Kerja: {len({r[5] for r in rows})}"])
    ws.append([])
    ws.append(["No.", "NAMA", "NIP", "JENIS KELAMIN", "JABATAN", "UNIT KERJA", "INSTANSI", "PENDIDIKAN"])
    for values in rows:
        ws.append(values)
        ws.cell(ws.max_row, 3).number_format = "@"
    ws.append(["Halaman 1 dari 1"])
    return Expected(
        _save(wb, tmp_path / "laporan-peserta.xlsx"), len(crowd), _counts(buckets), valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 40-42. ExcelJS exports of a BPS city office's SE2026 admin portal (find_string ids 58297409644 dprSpjExcel and
#     57912051315 xlsxKopSurat): every sheet opens with a letterhead of two merged lines beside the logo
#     ('BADAN PUSAT STATISTIK' / '<KOTA ...>'), a thin spacer row, a ruled row, a blank row, the title merged over
#     the table and a blank row; label rows write the label in A and ': value' merged over B..last
# ---------------------------------------------------------------------------------------------------------

_SE_KOP = ("BADAN PUSAT STATISTIK", "KOTA JAKARTA TIMUR")


def _se_kop(ws: openpyxl.worksheet.worksheet.Worksheet, title: str, cols: int) -> int:
    """drawKopSurat: rows 1-2 the letterhead merged over B..last, row 3 a 6pt spacer, row 4 the rule merged over
    A..last, row 6 the title merged over A..last; returns the next row (8)."""
    for r, line in ((1, _SE_KOP[0]), (2, _SE_KOP[1])):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=cols)
        ws.cell(r, 2, line)
    ws.row_dimensions[3].height = 6
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=cols)
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=cols)
    ws.cell(6, 1, title).alignment = Alignment(horizontal="center")
    return 8


def _se_paragraph(ws: openpyxl.worksheet.worksheet.Worksheet, row: int, text: str, cols: int) -> int:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=cols)
    ws.cell(row, 1, text).alignment = Alignment(wrap_text=True)
    return row + 1


def _se_label(ws: openpyxl.worksheet.worksheet.Worksheet, row: int, label: str, value: str, cols: int) -> int:
    ws.cell(row, 1, label)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=cols)
    ws.cell(row, 2, f": {value}")
    return row + 1


def _bps_staff(n: int, seed: int) -> list[tuple[Someone, str]]:
    """n fictional organic staff of a BPS city office with their NIP (every eighth a PPPK number)."""
    out = []
    for i, person in enumerate(people(n, seed=seed)):
        nip = (f"{person.birth:%Y%m%d}2023{21 + i % 2}{1 if person.gender == 'L' else 2}{i:03d}" if i % 8 == 7
               else person.nip)  # fmt: skip
        out.append((person, nip))
    return out


_SE_JABATAN = ("Statistisi Ahli Pertama", "Statistisi Ahli Muda", "Pranata Komputer Ahli Pertama",
               "Statistisi Terampil", "Fungsional Umum", "Kepala Subbagian Umum")  # fmt: skip


def se2026_dpr_lampiran_halaman(tmp_path: Path) -> Expected:
    """DAFTAR PENGELUARAN RIIL of a training's travel costs, one sheet per printed page ('Halaman 1', 'Halaman 2',
    15 travellers a page). Page 1: the letterhead, the statement ('Yang bertanda tangan di bawah ini :', label rows
    'Nama : (terlampir)', 'NIP/NIK : (terlampir)', 'Pangkat/Golongan : (terlampir)', the SPD's date and number),
    a cost table 'No | Uraian | Jumlah | Keterangan' with one item, 'Jumlah' and 'Terbilang', two closing
    paragraphs, the PPK's signature at the right with 'NIP. ...', then 'LAMPIRAN PELAKSANA PERJALANAN DINAS' and
    the travellers: No | Nama | NIP/NIK | Pangkat/Golongan | Jabatan | Tanda Tangan. Page 2: the letterhead, the
    title, 'LAMPIRAN PELAKSANA PERJALANAN DINAS (Lanjutan)', the head again, the rest, 'Halaman 2 dari 2'.
    22 staff of the city office (the letterhead's) went to the training: 22 central, one cohort."""
    wb = openpyxl.Workbook()
    cols = 6
    staff = _bps_staff(22, seed=4040)
    pages = [staff[:15], staff[15:]]
    for p, page in enumerate(pages):
        ws = wb.active if p == 0 else wb.create_sheet()
        ws.title = f"Halaman {p + 1}"
        row = _se_kop(ws, "DAFTAR PENGELUARAN RIIL", cols)
        if p == 0:
            row = _se_paragraph(ws, row, "Yang bertanda tangan di bawah ini :", cols)
            for label in ("Nama", "NIP/NIK", "Pangkat/Golongan"):
                row = _se_label(ws, row, label, "(terlampir)", cols)
            row += 1
            row = _se_paragraph(ws, row, "Berdasarkan surat Perjalanan Dinas (SPD)", cols)
            row = _se_label(ws, row, "Tanggal", "30 November 2026", cols)
            row = _se_label(ws, row, "Nomor", "014/31750-92800/TRANSLOK-2903/11/2026", cols)
            row += 1
            row = _se_paragraph(ws, row, "Biaya transport pegawai dan/atau biaya penginapan selama 3 hari efektif "
                                "pelaksanaan pelatihan SE2026 di bawah ini yang tidak diperoleh bukti-bukti "
                                "pengeluarannya meliputi :", cols)  # fmt: skip
            row += 1
            for c, text in enumerate(("No", "Uraian", "Jumlah", "Keterangan"), start=1):
                ws.cell(row, c, text)
            row += 1
            for c, text in enumerate(("1", "Biaya Transportasi", "Rp 11.220.000", "-"), start=1):
                ws.cell(row, c, text)
            row += 1
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
            ws.cell(row, 1, "Jumlah")
            ws.cell(row, 3, "Rp 11.220.000")
            row += 1
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=cols)
            ws.cell(row, 1, "Terbilang: sebelas juta dua ratus dua puluh ribu rupiah")
            row += 2
            row = _se_paragraph(ws, row, "Jumlah uang tersebut pada angka 1 di atas benar-benar dikeluarkan untuk "
                                "pelaksanaan Perjalanan dinas dimaksud dan apabila di kemudian hari terdapat kelebihan "
                                "atas pembayaran, kami bersedia untuk menyetorkan kelebihan tersebut ke Kas Negara.",
                                cols)  # fmt: skip
            row = _se_paragraph(ws, row, "Demikian pernyataan ini kami buat dengan sebenarnya, untuk dipergunakan "
                                "sebagaimana mestinya.", cols)  # fmt: skip
            row += 1
            for line in ("Jakarta, 7 Desember 2026", "Mengetahui/menyetujui", "Pejabat Pembuat Komitmen"):
                row = _se_paragraph(ws, row, line, cols)
                ws.cell(row - 1, 1).alignment = Alignment(horizontal="right")
            row += 3
            for line in ("Bayu Prasetyo Nugroho, SST", "NIP. 199102142014121002"):
                row = _se_paragraph(ws, row, line, cols)
                ws.cell(row - 1, 1).alignment = Alignment(horizontal="right")
            row += 2
        row = _se_paragraph(ws, row, "LAMPIRAN PELAKSANA PERJALANAN DINAS" + ("" if p == 0 else " (Lanjutan)"), cols)
        row += 1
        for c, text in enumerate(("No", "Nama", "NIP/NIK", "Pangkat/Golongan", "Jabatan", "Tanda Tangan"), start=1):
            ws.cell(row, c, text)
        row += 1
        for person, nip in page:
            n = staff.index((person, nip)) + 1
            pppk = nip[12] == "2"
            ws.append([n, person.name, nip, "IX" if pppk else f"{person.pangkat} ({person.golongan})",
                       _SE_JABATAN[n % len(_SE_JABATAN)], ""])  # fmt: skip
            ws.cell(ws.max_row, 3).number_format = "@"
            row += 1
        if p == len(pages) - 1:
            row += 1
            _se_paragraph(ws, row, f"Halaman {p + 1} dari {len(pages)}", cols)
    return Expected(
        _save(wb, tmp_path / "DPR_Pelatihan_SE2026.xlsx"), len(staff), {"central": len(staff)},
        valid_nips=len(staff),
    )  # fmt: skip


_SE_OFFICERS = ("Petugas Pencacah Lapangan (PPL)", "Petugas Pencacah Lapangan (PPL)", "Pemeriksa Lapangan (PML)")
_SE_WILAYAH = ("Kecamatan Cakung", "Kecamatan Duren Sawit", "Kelurahan Pulo Gebang", "Kecamatan Matraman",
               "Kelurahan Cipinang Muara", "Kecamatan Pasar Rebo")  # fmt: skip


def se2026_spj_uang_transport(tmp_path: Path) -> Expected:
    """UANG TRANSPORT PESERTA PELATIHAN PETUGAS SENSUS EKONOMI 2026, one sheet per page (20 a page): on every
    sheet the letterhead, the title and eight label rows ('Satuan kerja : BPS Kota Jakarta Timur', 'Program :
    Program Penyediaan dan Pelayanan Informasi Statistik ( 054.01.GG )' (a budget programme, not the training),
    'Kode Kegiatan', 'Output (KRO)', 'Rincian Output (RO)', 'Komponen', 'Tanggal/Bulan : 1 Desember 2026 s.d 3
    Desember 2026', 'Lokasi'), then No | Nama | Jumlah O-K | Uang Transport/OK (Rp) | Jumlah Kotor (Rp) | PPh Ps
    21 (Rp) | Jumlah Bersih (Rp) | Tanda Tangan; 'Bersambung ke Halaman 2...' under page 1; under the last page a
    'Jumlah' row, 'Terbilang : ...', and three signatures side by side (PPK, Bendahara, Pembuat Daftar), each
    name over 'NIP. ...'. 26 census officers trained by the office (the 'Satuan kerja'): 26 central, no NIP."""
    wb = openpyxl.Workbook()
    cols = 8
    crowd = people(26, seed=4141)
    pages = [crowd[:20], crowd[20:]]
    labels = (
        ("Satuan kerja", "BPS Kota Jakarta Timur"),
        ("Program", "Program Penyediaan dan Pelayanan Informasi Statistik ( 054.01.GG )"),
        ("Kode Kegiatan", "Penyediaan dan Pengembangan Statistik Distribusi (2902)"),
        ("Output (KRO)", "Data dan Informasi Publik (2902)"),
        ("Rincian Output (RO)", "Publikasi/Laporan SENSUS EKONOMI (BMA.006)"),
        ("Komponen", "Pelaksanaan SE2026 (530)"),
        ("Tanggal/Bulan", "1 Desember 2026 s.d 3 Desember 2026"),
        ("Lokasi", "Aula Kantor BPS Kota Jakarta Timur"),
    )
    for p, page in enumerate(pages):
        ws = wb.active if p == 0 else wb.create_sheet()
        ws.title = f"Halaman {p + 1}"
        row = _se_kop(ws, "UANG TRANSPORT PESERTA PELATIHAN PETUGAS SENSUS EKONOMI 2026", cols)
        for label, value in labels:
            row = _se_label(ws, row, label, value, cols)
        row += 1
        for c, text in enumerate(("No", "Nama", "Jumlah O-K", "Uang Transport/OK (Rp)", "Jumlah Kotor (Rp)",
                                  "PPh Ps 21 (Rp)", "Jumlah Bersih (Rp)", "Tanda Tangan"), start=1):  # fmt: skip
            ws.cell(row, c, text)
        row += 1
        for person in page:
            ws.append([crowd.index(person) + 1, person.name.split(",")[0].upper(), 3, "170.000", "510.000", "-",
                       "510.000", ""])  # fmt: skip
            row += 1
        if p < len(pages) - 1:
            row += 1
            _se_paragraph(ws, row, f"Bersambung ke Halaman {p + 2}...", cols)
            continue
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        ws.cell(row, 1, "Jumlah")
        for c, value in ((3, 78), (4, "4.420.000"), (5, "13.260.000"), (6, "-"), (7, "13.260.000")):
            ws.cell(row, c, value)
        row += 2
        row = _se_paragraph(ws, row, "Terbilang : tiga belas juta dua ratus enam puluh ribu rupiah", cols)
        row += 2
        ws.cell(row, 1, "Setuju dibayar :")
        ws.merge_cells(start_row=row, start_column=6, end_row=row, end_column=cols)
        ws.cell(row, 6, "Lunas pada tanggal : 4 Desember 2026")
        row += 1
        ws.cell(row, 1, "Pejabat Pembuat Komitmen,")
        ws.cell(row, 4, "Bendahara Pengeluaran,")
        ws.cell(row, 6, "Pembuat Daftar,")
        row += 4
        for c, (name, nip) in zip((1, 4, 6), (("Bayu Prasetyo Nugroho, SST", "199102142014121002"),
                                              ("Dewi Lestari Handayani, A.Md", "198508172009012003"),
                                              ("Suparno", "197003111992031001")), strict=True):  # fmt: skip
            ws.cell(row, c, name)
            ws.cell(row + 1, c, f"NIP. {nip}")
    return Expected(
        _save(wb, tmp_path / "SPJ_Transport_Pelatihan_SE2026.xlsx"), len(crowd), {"central": len(crowd)},
        valid_nips=0, dates=("2026-12-01", "2026-12-03"),
    )  # fmt: skip


def se2026_daftar_hadir_wilayah_tugas(tmp_path: Path) -> Expected:
    """DAFTAR HADIR PESERTA PELATIHAN PETUGAS SENSUS EKONOMI 2026, one sheet 'Daftar Hadir' whatever the length:
    the letterhead, the title, label rows 'Hari / Tanggal : Selasa, 1 Desember 2026', 'Jam : 08.00 s.d 16.00 WIB',
    'Tempat : ...', 'Gelombang/Kelas : 2/B', a blank row, NO | NAMA | JABATAN | WILAYAH TUGAS | TANDA TANGAN, 24
    officers, a blank row, 'Mengetahui', the signer's role, three blank rows, the signer's name (no NIP). WILAYAH
    TUGAS is the kecamatan or kelurahan each officer enumerates, not an employer: the officers are the city office's
    (the letterhead's), 24 central."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Daftar Hadir"
    cols = 5
    row = _se_kop(ws, "DAFTAR HADIR PESERTA PELATIHAN PETUGAS SENSUS EKONOMI 2026", cols)
    for label, value in (("Hari / Tanggal", "Selasa, 1 Desember 2026"), ("Jam", "08.00 s.d 16.00 WIB"),
                         ("Tempat", "Aula Kantor BPS Kota Jakarta Timur"), ("Gelombang/Kelas", "2/B")):  # fmt: skip
        row = _se_label(ws, row, label, value, cols)
    row += 1
    for c, text in enumerate(("NO", "NAMA", "JABATAN", "WILAYAH TUGAS", "TANDA TANGAN"), start=1):
        ws.cell(row, c, text)
    crowd = people(24, seed=4242)
    for i, person in enumerate(crowd):
        # the name as registered, in capitals (two officers share a name without their degrees: see SOURCES 42)
        ws.append([i + 1, person.name.upper(), _SE_OFFICERS[i % 3], _SE_WILAYAH[i % len(_SE_WILAYAH)],
                   ""])  # fmt: skip
    row = ws.max_row + 2
    row = _se_paragraph(ws, row, "Mengetahui", cols)
    row = _se_paragraph(ws, row, "Instruktur Daerah SE2026", cols)
    _se_paragraph(ws, row + 3, "Hendra Saputra Wijaya", cols)
    return Expected(
        _save(wb, tmp_path / "Daftar_Hadir_Pelatihan_SE2026_Gel2_KelasB.xlsx"), len(crowd), {"central": len(crowd)},
        valid_nips=0, dates=("2026-12-01", "2026-12-01"),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 43-44. ExcelJS exports of a vocational school's attendance app (find_string id 19195101774, AbsentaExportSystem):
#     the school's letterhead as ONE cell merged over A1:N4 holding eight lines (provincial government, Dinas,
#     Cabang Dinas, the school, a blank line, address lines), the letter's number, place and ISO date, 'Lampiran'
#     and 'Hal' in one cell merged over A6:N7, the title and subtitle in one cell merged over A10:N12, the head at
#     row 15; the head of school's signature as one cell merged over four rows (G:I) with the name and 'NIP. ...'
# ---------------------------------------------------------------------------------------------------------

_SMK_LETTERHEAD = ("PEMERINTAH DAERAH PROVINSI JAWA BARAT\nDINAS PENDIDIKAN\nCABANG DINAS PENDIDIKAN WILAYAH VII\n"
                   "SEKOLAH MENENGAH KEJURUAN NEGERI 2 CIMAHI\n\nJalan Contoh Raya No. 10 Telepon (022) 0000000\n"
                   "Cimahi 40500\nEmail: tu@smkn2cimahi.example Home page: http://smkn2cimahi.example")  # fmt: skip


def _smk_header(ws: openpyxl.worksheet.worksheet.Worksheet, title: str, subtitle: str, number: str, date: str) -> None:
    ws.merge_cells("A1:N4")
    ws["A1"] = _SMK_LETTERHEAD
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("A6:N7")
    ws["A6"] = f"Nomor : {number}                    Cimahi, {date}\nLampiran : -\nHal : {title}"
    ws["A6"].alignment = Alignment(vertical="top", wrap_text=True)
    ws.merge_cells("A10:N12")
    ws["A10"] = f"{title}\n{subtitle}"
    ws["A10"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _smk_teachers(n: int, seed: int, honorer: Sequence[int]) -> list[tuple[Someone, str | None, str | None]]:
    """n fictional teachers: (person, NIP or None, NUPTK or None); the honorer have a 16-digit NUPTK, no NIP."""
    out: list[tuple[Someone, str | None, str | None]] = []
    for i, person in enumerate(people(n, seed=seed)):
        if i in honorer:
            out.append((person, None, f"{4000 + 37 * i:04d}{person.birth:%m%d}{660 + i:03d}20{i:03d}"[:16]))
        else:
            out.append((person, person.nip, None))
    return out


def _smk_signature(ws: openpyxl.worksheet.worksheet.Worksheet, row: int) -> None:
    ws.merge_cells(start_row=row, start_column=7, end_row=row + 3, end_column=9)
    ws.cell(row, 7, "Kepala SMK Negeri 2 Cimahi\n\n\n\n\nDra. Nining Kurniasih, M.M.Pd\nNIP. 196705121993032004")
    ws.cell(row, 7).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def absenta_rapat_pleno_nip_nuptk(tmp_path: Path) -> Expected:
    """Sheet 'Daftar Guru': the merged letterhead, 'Nomor : 421.5/1709/SMKN2CMH   Cimahi, 2026-12-07 / Lampiran : - /
    Hal : DAFTAR PESERTA RAPAT PLENO SPMB TAHAP 2', the title 'DAFTAR PESERTA RAPAT PLENO SPMB TAHAP 2' / 'Tahun
    Ajaran 2025-2026', the head NO | NAMA | NIP/NUPTK at row 15, 16 teachers (12 with a NIP written as text, 4
    honorary teachers with their 16-digit NUPTK), the signature three rows below. The school is the provincial
    government's (the letterhead): 16 regional, 12 valid NIPs, no NUPTK read as a NIP."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Daftar Guru"
    title = "DAFTAR PESERTA RAPAT PLENO SPMB TAHAP 2"
    _smk_header(ws, title, "Tahun Ajaran 2025-2026", "421.5/1709/SMKN2CMH", "2026-12-07")
    for c, text in enumerate(("NO", "NAMA", "NIP/NUPTK"), start=1):
        ws.cell(15, c, text)
    teachers = _smk_teachers(16, seed=4343, honorer=(3, 7, 11, 14))
    for i, (person, nip, nuptk) in enumerate(teachers):
        ws.cell(16 + i, 1, i + 1)
        ws.cell(16 + i, 2, person.name)
        ws.cell(16 + i, 3, nip or nuptk)
    _smk_signature(ws, 16 + len(teachers) + 3)
    return Expected(
        _save(wb, tmp_path / "Daftar_Peserta_Rapat_Pleno_SPMB.xlsx"), len(teachers), {"regional": len(teachers)},
        valid_nips=sum(nip is not None for _, nip, _ in teachers),
    )  # fmt: skip


def absenta_ringkasan_kehadiran_guru(tmp_path: Path) -> Expected:
    """Sheet 'Ringkasan Kehadiran Guru': the same letterhead and letter block ('RINGKASAN/GURU/2026'), the title
    'RINGKASAN KEHADIRAN GURU' / 'Periode: 2026-11-01 s/d 2026-11-30', the head NO | NAMA GURU | NIP | HADIR | IZIN
    | SAKIT | ALPA | PRESENTASE at row 15, 18 teachers ('-' for the 4 without NIP, the percentage a text '95.00%'),
    then two rows down 'RINGKASAN:' and four 'label:' | value rows (Total Guru: 18, Total Ketidakhadiran: 0, two
    averages '0.00%': the exporter reads fields the summary rows do not have). No signature. 18 regional."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ringkasan Kehadiran Guru"
    _smk_header(ws, "RINGKASAN KEHADIRAN GURU", "Periode: 2026-11-01 s/d 2026-11-30", "RINGKASAN/GURU/2026",
                "2026-12-07")  # fmt: skip
    for c, text in enumerate(("NO", "NAMA GURU", "NIP", "HADIR", "IZIN", "SAKIT", "ALPA", "PRESENTASE"), start=1):
        ws.cell(15, c, text)
    teachers = _smk_teachers(18, seed=4444, honorer=(2, 8, 13, 17))
    for i, (person, nip, _) in enumerate(teachers):
        h, iz, s, a = 19 - i % 3, i % 2, (i % 5 == 0) * 1, (i % 7 == 3) * 1
        ws.append([i + 1, person.name, nip or "-", h, iz, s, a, f"{100 * h / 20:.2f}%"])
    row = ws.max_row + 2
    ws.cell(row, 1, "RINGKASAN:")
    for k, (label, value) in enumerate((("Total Guru", len(teachers)), ("Total Ketidakhadiran", 0),
                                        ("Rata-rata Presentase Ketidakhadiran", "0.00%"),
                                        ("Rata-rata Presentase Kehadiran", "0.00%")), start=1):  # fmt: skip
        ws.cell(row + k, 1, f"{label}:")
        ws.cell(row + k, 2, value)
    return Expected(
        _save(wb, tmp_path / "Ringkasan_Kehadiran_Guru_2026-11.xlsx"), len(teachers), {"regional": len(teachers)},
        valid_nips=sum(nip is not None for _, nip, _ in teachers),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 45. A faculty's staff seniority list printed to PDF (find_string id 71610421047, a Blade view for dompdf: the
#     ministry and the university/faculty letterhead, 'DAFTAR URUT KEPANGKATAN (DUK) PEGAWAI' and the faculty, then
#     five tables each under a section line 'I. ... DOSEN PNS (n ORANG)' .. 'V. ... PHL & TENAGA KONTRAK (n ORANG)',
#     the fourth empty ('Tidak ada data Tendik PPPK.'), the fifth with its own columns, then a recap table
#     'KATEGORI PEGAWAI | JUMLAH' ('Dosen PNS (Tenaga Pendidik PNS) | 5 Orang', ..., 'TOTAL KESELURUHAN'), as a
#     PDF-to-Excel converter gives it back: one sheet, the <br> of each cell a line break
# ---------------------------------------------------------------------------------------------------------

_DUK_HEAD = ["NO", "NAMA / NIP / NIDN", "GOL / PANGKAT", "JABATAN", "UNIT KERJA", "PENDIDIKAN", "TGL MASUK",
             "TMT PANGKAT\n(Lama / Depan)", "TMT KGB\n(Lama / Depan)", "MASA KERJA", "SATYALANCANA", "STATUS"]  # fmt: skip
_DUK_UNITS = ("Jurusan Teknik Sipil", "Jurusan Teknik Kimia", "Bagian Tata Usaha", "Subbagian Akademik")


def duk_fakultas_lima_tabel(tmp_path: Path) -> Expected:
    """One sheet 'Table 1': 'KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI' / 'UNIVERSITAS SRIWIJAYA — FAKULTAS
    TEKNIK' / the address line / 'DAFTAR URUT KEPANGKATAN (DUK) PEGAWAI' / 'FAKULTAS TEKNIK UNIVERSITAS SRIWIJAYA';
    I. lecturers PNS (5: 'name\\nNIP. ...\\nNIDN: ...'), II. lecturers PPPK (2), III. support staff PNS (4, 'NAMA / NIP'),
    IV. support staff PPPK (none: one row 'Tidak ada data Tendik PPPK.'), V. day labourers and contract staff (3,
    'NAMA / NIK / ID' | 'JENIS KONTRAK / JABATAN' | 'UNIT KERJA' | 'PENDIDIKAN' | 'PERIODE KONTRAK' | 'MASA KERJA' |
    'STATUS', 'name\\nID: -'), each table under its own head; then 'REKAPITULASI DUK PEGAWAI:' and a two-column recap
    of six rows. 14 staff of a state university: 14 central, 11 valid NIPs."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table 1"
    for line in ("KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", "UNIVERSITAS SRIWIJAYA — FAKULTAS TEKNIK",
                 "Jalan Contoh Km. 32 Indralaya 30662 | Laman : ft.example.ac.id | Email : ft@example.ac.id",
                 "DAFTAR URUT KEPANGKATAN (DUK) PEGAWAI", "FAKULTAS TEKNIK UNIVERSITAS SRIWIJAYA"):  # fmt: skip
        ws.append([line])
    crowd = people(14, seed=4545)
    sections = (
        ("I. DAFTAR URUT KEPANGKATAN (DUK) DOSEN PNS", crowd[0:5], "dosen", False),
        ("II. DAFTAR URUT KEPANGKATAN (DUK) DOSEN PPPK", crowd[5:7], "dosen", True),
        ("III. DAFTAR URUT KEPANGKATAN (DUK) TENAGA KEPENDIDIKAN / TENDIK PNS", crowd[7:11], "tendik", False),
        ("IV. DAFTAR URUT KEPANGKATAN (DUK) TENAGA KEPENDIDIKAN / TENDIK PPPK", [], "tendik", True),
    )
    n_nip = 0
    for title, group, kind, pppk in sections:
        ws.append([f"{title} ({len(group)} ORANG)"])
        head = list(_DUK_HEAD)
        if kind == "tendik":
            head[1] = "NAMA / NIP"
        ws.append(head)
        if not group:
            ws.append([f"Tidak ada data {'Tendik' if kind == 'tendik' else 'Dosen'} {'PPPK' if pppk else 'PNS'}."])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=12)
        for i, person in enumerate(group, start=1):
            idx = crowd.index(person)
            nip = (f"{person.birth:%Y%m%d}2024{21 + idx % 2}{1 if person.gender == 'L' else 2}{idx:03d}" if pppk
                   else person.nip)  # fmt: skip
            n_nip += 1
            who = f"{person.name}\nNIP. {nip}" + (f"\nNIDN: {person.birth:%d%m%y}{idx:04d}" if kind == "dosen" else "")
            gol = ("IX", "") if pppk else (person.golongan, person.pangkat)
            jab = ("Lektor", "Asisten Ahli", "Lektor Kepala")[idx % 3] if kind == "dosen" else "Pengadministrasi Umum"
            ws.append([i, who, f"{gol[0]}\n{gol[1]}".strip(), jab, _DUK_UNITS[idx % len(_DUK_UNITS)],
                       ("S3", "S2", "S1")[idx % 3], f"01/03/{2005 + idx}", f"01/04/{2022 + idx % 3}\n01/04/{2026 + idx % 3}",
                       f"01/01/{2024 + idx % 2}\n01/01/{2026 + idx % 2}", f"{20 - idx} Tahun {idx % 12} Bulan",
                       "X Tahun" if idx % 4 == 0 else "-", "Aktif"])  # fmt: skip
    ws.append(["V. DAFTAR URUT PEGAWAI HARIAN LEPAS (PHL) & TENAGA KONTRAK (3 ORANG)"])
    ws.append(["NO", "NAMA / NIK / ID", "JENIS KONTRAK / JABATAN", "UNIT KERJA", "PENDIDIKAN", "PERIODE KONTRAK",
               "MASA KERJA", "STATUS"])  # fmt: skip
    for i, person in enumerate(crowd[11:], start=1):
        ws.append([i, f"{person.name.split(',')[0]}\nID: -", "Tenaga Penunjang / PHL\nKontrak Kerja",
                   _DUK_UNITS[2 + i % 2], "SMA", f"02/01/{2022 + i} s/d Aktif", f"{4 - i} Tahun 0 Bulan",
                   "Aktif"])  # fmt: skip
    ws.append([])
    ws.append(["REKAPITULASI DUK PEGAWAI:"])
    ws.append(["KATEGORI PEGAWAI", "JUMLAH"])
    for label, count in (("Dosen PNS (Tenaga Pendidik PNS)", 5), ("Dosen PPPK (Tenaga Pendidik PPPK)", 2),
                         ("Tendik PNS (Tenaga Kependidikan PNS)", 4), ("Tendik PPPK (Tenaga Kependidikan PPPK)", 0),
                         ("PHL & Tenaga Kontrak", 3), ("TOTAL KESELURUHAN", 14)):  # fmt: skip
        ws.append([label, f"{count} Orang"])
    return Expected(
        _save(wb, tmp_path / "DUK_Pegawai_Fakultas_Teknik.xlsx"), len(crowd), {"central": len(crowd)},
        valid_nips=n_nip,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 46. A ministry's training app (find_string ids 15022390775 `App\Exports\PesertaExport`, 15557731196
#     `PesertaController::export`): Laravel-Excel, the head on row 1 (filled 2F3B59, white), one row per approved
#     participant: the name with degrees joined, ' ' + NIP, 'Tempat, dd Bulan yyyy' (the date from the NIP),
#     'Pangkat, (Gol)', Jabatan, 'Instansi Kerja' (the dinas of a regional metrology unit, else the unit), the
#     training's name and 'start - end' in every row, then the HOME kab/kota and province of each participant
# ---------------------------------------------------------------------------------------------------------

_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")  # fmt: skip
_METROLOGI_INSTANSI: tuple[tuple[str, str, str, Bucket], ...] = (
    # (Instansi Kerja, home kab/kota, home province, sector)
    ("Dinas Perdagangan Kota Surabaya", "Kabupaten Sidoarjo", "Jawa Timur", "regional"),
    ("Dinas Koperasi, UKM dan Perdagangan Kabupaten Sleman", "Kabupaten Sleman", "Daerah Istimewa Yogyakarta", "regional"),
    ("Dinas Perindustrian dan Perdagangan Kabupaten Banyumas", "Kabupaten Banyumas", "Jawa Tengah", "regional"),
    ("UPTD Metrologi Legal Kota Malang", "Kota Batu", "Jawa Timur", "regional"),
    ("Direktorat Metrologi", "Kota Bandung", "Jawa Barat", "central"),
    ("Dinas Perdagangan Provinsi Jawa Timur", "Kota Surabaya", "Jawa Timur", "regional"),
    ("Balai Standardisasi Metrologi Legal Regional II", "Kota Bandung", "Jawa Barat", "central"),
    ("Dinas Perdagangan Kota Pekanbaru", "Kabupaten Kampar", "Riau", "regional"),
)


def _metrologi_row_name(person: Someone, i: int) -> str:
    """'<gelar_depan>. <nama_lengkap>, <gelar_belakang>' as the exporter joins them (degrees stored apart)."""
    bare = person.name.split(",")[0]
    for front in ("drg. ", "dr. ", "Ir. ", "Drs. ", "Dra. ", "H. ", "Hj. "):
        bare = bare.removeprefix(front)
    front = ("", "Ir", "", "Drs", "")[i % 5]
    back = ("S.T.", "S.Si.", "", "M.M.", "S.E.")[i % 5]
    return (f"{front}. " if front else "") + bare + (f", {back}" if back else "")


def sisdmk_metrologi_instansi_kerja(tmp_path: Path) -> Expected:
    """Sheet 'Worksheet': Nama | NIP | Tempat, Tanggal Lahir | Pangkat, Golongan Ruang | Jabatan | Instansi Kerja |
    Nama Pelatihan | Tanggal Pelaksanaan | Asal Kab/Kota | Provinsi, 16 approved participants of 'Pelatihan Pengawas
    Kemetrologian', 2026-11-02 - 2026-11-13 in every row; 'Asal Kab/Kota' and 'Provinsi' are where each one lives,
    not who employs them. 12 regional (metrology units of kab/kota and a province), 4 central (the ministry's
    directorate and its regional standardisation centre), 16 valid NIPs (' ' + NIP)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(["Nama", "NIP", "Tempat, Tanggal Lahir", "Pangkat, Golongan Ruang", "Jabatan", "Instansi Kerja",
               "Nama Pelatihan", "Tanggal Pelaksanaan", "Asal Kab/Kota", "Provinsi"])  # fmt: skip
    buckets: list[Bucket] = []
    crowd = people(16, seed=4646)
    jabatan = ("Penera Ahli Pertama", "Pengawas Kemetrologian Ahli Pertama", "Penera Terampil", "Penera Ahli Muda")
    for i, person in enumerate(crowd):
        instansi, kota, prov, bucket = _METROLOGI_INSTANSI[i % len(_METROLOGI_INSTANSI)]
        born = f"{person.birth:%d} {_BULAN[person.birth.month - 1]} {person.birth:%Y}"
        place = kota.removeprefix("Kota ").removeprefix("Kabupaten ")
        ws.append([_metrologi_row_name(person, i), " " + person.nip, f"{place}, {born}",
                   f"{person.pangkat}, ({person.golongan})", jabatan[i % len(jabatan)], instansi,
                   "Pelatihan Pengawas Kemetrologian", "2026-11-02 - 2026-11-13", kota, prov])  # fmt: skip
        buckets.append(bucket)
    return Expected(
        _save(wb, tmp_path / "Daftar  Peserta Pelatihan Pengawas Kemetrologian.xlsx"), len(crowd), _counts(buckets),
        valid_nips=len(crowd), dates=("2026-11-02", "2026-11-13"),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 47. The same app's earlier export (find_string ids 15379011647 `PesertaExport`, 15432614567 `PesertaController`):
#     NIP | Nama | Jabatan | ID Pelatihan | Nama Pelatihan | Asal Kab/Kota | Provinsi: no employer column at all,
#     only where each participant lives
# ---------------------------------------------------------------------------------------------------------

_BANDUNG_HOMES = (("Kota Bandung", "Jawa Barat"), ("Kabupaten Bandung", "Jawa Barat"), ("Kota Cimahi", "Jawa Barat"),
                  ("Kabupaten Bandung Barat", "Jawa Barat"), ("Kabupaten Sumedang", "Jawa Barat"))  # fmt: skip


def sisdmk_metrologi_asal_kota(tmp_path: Path) -> Expected:
    """Sheet 'Worksheet': NIP | Nama | Jabatan | ID Pelatihan | Nama Pelatihan | Asal Kab/Kota | Provinsi, 12
    participants of a technical training of the ministry's metrology directorate, ' ' + NIP, ' ' + the training's id;
    'Asal Kab/Kota' is each one's home (around Bandung, where the directorate is). No instansi column and no agency
    in a title: refused unless the officer names the agency (`--instansi "Kementerian Perdagangan"`: 12 central);
    the home towns must not make them regional."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(["NIP", "Nama", "Jabatan", "ID Pelatihan", "Nama Pelatihan", "Asal Kab/Kota", "Provinsi"])
    crowd = people(12, seed=4747)
    for i, person in enumerate(crowd):
        kota, prov = _BANDUNG_HOMES[i % len(_BANDUNG_HOMES)]
        ws.append([" " + person.nip, person.name.split(",")[0], ("Penera Ahli Pertama", "Penera Terampil")[i % 2],
                   " 47", "Pelatihan Verifikasi Meter Kadar Air", kota, prov])  # fmt: skip
    return Expected(
        _save(wb, tmp_path / "Daftar Peserta Pelatihan Pelatihan Verifikasi Meter Kadar Air.xlsx"), len(crowd),
        {"central": len(crowd)}, valid_nips=len(crowd), instansi="Kementerian Perdagangan",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 48. A training app's participant template (find_string id 48512645875, Next.js route with SheetJS
#     `json_to_sheet(sample, {header})`): Nama | Email | No HP | ID Peserta | Kelas | Instansi | Catatan with ONE
#     example row ('Contoh Peserta', 'peserta@example.com', ..., 'boleh dikosongkan') that the officer filling the
#     template leaves in place, writing the real participants below it
# ---------------------------------------------------------------------------------------------------------

_CONTOH_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Dinas Tenaga Kerja Kabupaten Bandung Barat", "regional"),
    ("Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat", "regional"),
    ("Balai Besar Pelatihan Vokasi dan Produktivitas Bandung", "central"),
    ("Dinas Koperasi dan Usaha Mikro Kota Cimahi", "regional"),
    ("Kantor Kementerian Agama Kabupaten Bandung Barat", "central"),
    ("Dinas Pendidikan Kabupaten Bandung Barat", "regional"),
)


def sheetjs_template_contoh_peserta(tmp_path: Path) -> Expected:
    """Sheet 'Peserta' of 'template-peserta.xlsx': the head, the template's example row kept ('Contoh Peserta' of
    'BBPKK Bandung Barat', Kelas A, 'boleh dikosongkan'), then 18 participants typed in, TKML-002.., Kelas A (10) and
    Kelas B (8) of one training, no NIP column. Expected 18 participants (the example is nobody), one cohort (two
    classes of one training), 12 regional, 6 central."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Peserta"
    ws.append(["Nama", "Email", "No HP", "ID Peserta", "Kelas", "Instansi", "Catatan"])
    ws.append(["Contoh Peserta", "peserta@example.com", "08123456789", "TKML-001", "Kelas A", "BBPKK Bandung Barat",
               "boleh dikosongkan"])  # fmt: skip
    buckets: list[Bucket] = []
    crowd = people(18, seed=4848)
    for i, person in enumerate(crowd):
        instansi, bucket = _CONTOH_INSTANSI[i % len(_CONTOH_INSTANSI)]
        handle = person.name.split(",")[0].split()[-1].lower().replace("'", "")
        ws.append([person.name, f"{handle}{i + 2}@example.go.id", f"0812000{i + 2:05d}", f"TKML-{i + 2:03d}",
                   "Kelas A" if i < 10 else "Kelas B", instansi, "" if i % 7 else "vegetarian"])  # fmt: skip
        buckets.append(bucket)
    return Expected(_save(wb, tmp_path / "template-peserta.xlsx"), len(crowd), _counts(buckets))


# ---------------------------------------------------------------------------------------------------------
# 49. A monthly attendance workbook an office uploads to an attendance dashboard (find_string id 53565827080, the
#     parser's "Format Excel Yang Didukung"): head No | Nama | NIP | Satker | Golongan | Eselon | 01 .. 30 (day
#     columns as text), one row per employee with a code per day ('WFO', 'DL', ...), then summary rows 'JUMLAH WFO',
#     'JUMLAH DINAS LUAR', ... with the day counts; one sheet per unit and a combined sheet 'GABUNGAN' that repeats
#     everyone (the parser reads the combined sheet: "CLEAN ALL" / "ALL CLEAN" / "CLEAN" / "ALL" / "GABUNGAN")
# ---------------------------------------------------------------------------------------------------------

_PRESENSI_SATKER = (("BPS Provinsi Bengkulu", 9), ("BPS Kota Bengkulu", 7), ("BPS Kabupaten Rejang Lebong", 7))
_PRESENSI_SUMMARY = ("JUMLAH WFO", "JUMLAH DINAS LUAR", "JUMLAH UNDANGAN", "JUMLAH SAKIT", "JUMLAH IJIN", "JUMLAH CUTI",
                     "JUMLAH TIDAK ABSEN", "JUMLAH ISOMAN")  # fmt: skip
_PRESENSI_CODES = {"JUMLAH WFO": "WFO", "JUMLAH DINAS LUAR": "DL", "JUMLAH UNDANGAN": "UNDANGAN",
                   "JUMLAH SAKIT": "SAKIT", "JUMLAH IJIN": "IJIN", "JUMLAH CUTI": "CUTI", "JUMLAH TIDAK ABSEN": "TA",
                   "JUMLAH ISOMAN": "ISOMAN"}  # fmt: skip


def _presensi_sheet(ws: openpyxl.worksheet.worksheet.Worksheet, rows: Sequence[tuple[Someone, str]]) -> None:
    days = [f"{d:02d}" for d in range(1, 31)]
    ws.append(["No", "Nama", "NIP", "Satker", "Golongan", "Eselon", *days])
    grid: list[list[str]] = []
    for i, (person, satker) in enumerate(rows):
        codes = []
        for d in range(1, 31):
            weekday = dt.date(2026, 11, d).weekday()
            codes.append("" if weekday >= 5 else ("DL" if (i + d) % 11 == 0 else "CUTI" if (i * d) % 29 == 7 else "WFO"))
        grid.append(codes)
        ws.append([i + 1, person.name, person.nip, satker, person.golongan, "IV" if i == 0 else "-", *codes])
        ws.cell(ws.max_row, 3).number_format = "@"
    for label in _PRESENSI_SUMMARY:
        code = _PRESENSI_CODES[label]
        ws.append([label, "", "", "", "", "", *[sum(r[d] == code for r in grid) for d in range(30)]])


def presensi_bulanan_gabungan(tmp_path: Path) -> Expected:
    """November 2026: sheets 'PROVINSI', 'KOTA', 'REJANG LEBONG' (one per satker, 9 + 7 + 7 staff) and 'GABUNGAN'
    (the same 23 again), each with the head, a row per employee (text NIPs, day codes), and eight 'JUMLAH ...'
    rows. Expected 23 people (each once), one cohort, all central, 23 valid NIPs; the summary rows are nobody."""
    wb = openpyxl.Workbook()
    crowd = people(23, seed=4949)
    rows: list[tuple[Someone, str]] = []
    k = 0
    for satker, n in _PRESENSI_SATKER:
        rows += [(p, satker) for p in crowd[k:k + n]]
        k += n
    k = 0
    for title, (_, n) in zip(("PROVINSI", "KOTA", "REJANG LEBONG"), _PRESENSI_SATKER, strict=True):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        _presensi_sheet(ws, rows[k:k + n])
        k += n
    _presensi_sheet(wb.create_sheet("GABUNGAN"), rows)
    return Expected(
        _save(wb, tmp_path / "Presensi_BPS_Bengkulu_November_2026.xlsx"), len(crowd), {"central": len(crowd)},
        valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 50. A supervisors' training app kept in a Google Sheets workbook (find_string ids 62809557865 `SetupAwal`,
#     55708626320 `apiSetPeserta` / `apiJoinPelatihanByCode`), downloaded as .xlsx: sheets 'Users' (NIP | Password
#     | Status | Pelatih), 'Pelatihan' (pelatihan_id | judul | ... | tanggal_mulai | tanggal_selesai | status ...),
#     'PelatihanPeserta' (pelatihan_id | nip_peserta | nama_peserta | kabupaten | status, one row per training and
#     participant; 'Pengawas (<nip>)' and 'Lainnya' when the profile is missing), 'PelatihanMateri', 'Profil' (every
#     supervisor of the province: the pool participants are chosen from) and 'Settings'
# ---------------------------------------------------------------------------------------------------------

_PENGAWAS_KAB = ("Kabupaten Sleman", "Kabupaten Bantul", "Kota Yogyakarta", "Kabupaten Kulon Progo",
                 "Kabupaten Gunungkidul")  # fmt: skip


def gas_pengawas_pelatihan_peserta(tmp_path: Path) -> Expected:
    """Two trainings: PLT-001 'Pelatihan KBC Angkatan I' (12 supervisors, 2026-10-05 to 2026-10-07) and PLT-002
    'Pelatihan MAGIS Angkatan I' (9, 2026-11-16 to 2026-11-18), 3 supervisors in both; 'Profil' lists 30 supervisors
    (the 18 participants among them); one participant joined before filling the profile ('Pengawas (<nip>)',
    'Lainnya'). The supervisors are madrasah supervisors of the Ministry of Religious Affairs: `kabupaten` is where
    each works, not a regional government. No instansi column: refused unless the officer names the agency (here
    `--instansi "Kementerian Agama"`); then 21 participations in 2 cohorts (12 + 9), all central, 21 valid NIPs."""
    wb = openpyxl.Workbook()
    pool = people(30, seed=5050)
    users = wb.active
    users.title = "Users"
    users.append(["NIP", "Password", "Status", "Pelatih"])
    for i, p in enumerate(pool):
        users.append([p.nip, f"$2a$10$fiktif{i:02d}hashhashhashhash", "aktif", "ya" if i == 29 else ""])
    pel = wb.create_sheet("Pelatihan")
    pel.append(["pelatihan_id", "judul", "deskripsi", "nip_pelatih", "provinsi", "tanggal_mulai", "tanggal_selesai",
                "status", "created_at", "updated_at", "invite_code", "invite_status", "sertifikat_doc_id",
                "kategori"])  # fmt: skip
    pel.append(["PLT-001", "Pelatihan KBC Angkatan I", "Kurikulum Berbasis Cinta bagi pengawas", pool[29].nip,
                "DI Yogyakarta", "2026-10-05", "2026-10-07", "selesai", "2026-09-20T02:00:00.000Z",
                "2026-10-08T09:00:00.000Z", "K7QX", "closed", "", "KBC"])  # fmt: skip
    pel.append(["PLT-002", "Pelatihan MAGIS Angkatan I", "Madrasah Gembira dan Inspiratif", pool[29].nip,
                "DI Yogyakarta", "2026-11-16", "2026-11-18", "aktif", "2026-11-01T02:00:00.000Z",
                "2026-11-16T01:00:00.000Z", "M3PA", "open", "", "MAGIS"])  # fmt: skip
    pes = wb.create_sheet("PelatihanPeserta")
    pes.append(["pelatihan_id", "nip_peserta", "nama_peserta", "kabupaten", "status"])
    first, second = pool[0:12], pool[9:18]
    for p in first:
        pes.append(["PLT-001", p.nip, p.name, _PENGAWAS_KAB[pool.index(p) % 5], "lulus"])
    for p in second:
        known = p is not pool[17]
        pes.append(["PLT-002", p.nip, p.name if known else f"Pengawas ({p.nip})",
                    _PENGAWAS_KAB[pool.index(p) % 5] if known else "Lainnya", "terdaftar"])  # fmt: skip
    mat = wb.create_sheet("PelatihanMateri")
    mat.append(["pelatihan_id", "materi_id", "urutan", "judul_materi"])
    for k, judul in enumerate(("Pengantar KBC", "Strategi KBC", "Supervisi Akademik"), start=1):
        mat.append(["PLT-001", f"MAT-00{k}", k, judul])
    prof = wb.create_sheet("Profil")
    prof.append(["NIP", "Nama", "Kelamin", "Golongan", "Provinsi", "Kabupaten", "Jenjang", "WA", "Email", "Alamat",
                 "Tempat Lahir", "Tanggal Lahir", "Foto URL"])  # fmt: skip
    for i, p in enumerate(pool):
        if i == 17:
            continue  # joined by code before filling the profile
        prof.append([p.nip, p.name, "Laki-laki" if p.gender == "L" else "Perempuan", p.golongan, "DI Yogyakarta",
                     _PENGAWAS_KAB[i % 5], ("MI", "MTs", "MA")[i % 3], f"0813000{i:05d}", f"pengawas{i}@example.id",
                     f"Jalan Contoh No. {i + 1}", "Yogyakarta", f"{p.birth:%Y-%m-%d}", ""])  # fmt: skip
    sett = wb.create_sheet("Settings")
    sett.append(["Key", "Value"])
    sett.append(["SK_COUNTER", 4])
    sett.append(["PHOTO_FOLDER_ID", "fiktif-folder-id"])
    return Expected(
        _save(wb, tmp_path / "DB Pengawas Madrasah.xlsx"), len(first) + len(second), {"central": len(first) + len(second)},
        cohorts=2, cohort_sizes=(12, 9), valid_nips=len(first) + len(second), instansi="Kementerian Agama",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 51. A regional government's staff-training recap app, the detail page of one training saved from the browser
#     (find_string id 56961109410, Blade `rekap-pelatihan` show view): the training's name as the card's heading,
#     'Data Peserta Pelatihan', two label boxes 'TAHUN' and 'INSTANSI PENYELENGGARA' (the organiser), 'Daftar
#     Peserta Pelatihan', then NO | NIP | NAMA | TANGGAL ('d M Y<br>s/d<br>d M Y') | JP ('<n> JP' badge) | FILE
#     SERTIFIKAT ('Lihat PDF' / 'Preview' / 'Belum ada') | AKSI ('Edit'), names in capitals (text-uppercase)
# ---------------------------------------------------------------------------------------------------------


def blade_rekap_pelatihan_penyelenggara(tmp_path: Path) -> Expected:
    """'Detail Pelatihan.html': 'Pelatihan Kepemimpinan Pengawas Angkatan III', TAHUN 2026, INSTANSI PENYELENGGARA
    'BPSDM Provinsi Jawa Tengah' (who ran it, not who employs the participants), 14 staff of the app's owner (the
    Kabupaten Semarang government), 07 Dec 2026 s/d 11 Dec 2026, 32 JP. No instansi column: refused unless the
    officer names the agency (`--instansi "Pemerintah Kabupaten Semarang"`: 14 regional, 14 valid NIPs); the
    organiser must not become every participant's agency."""
    crowd = people(14, seed=5151)
    rows = []
    for i, p in enumerate(crowd):
        cert = ('<button class="btn btn-info btn-sm" data-bs-toggle="modal">\n Preview\n </button>' if i % 4 == 1 else
                '<a href="/storage/sertifikat/s.pdf" target="_blank" class="btn btn-success btn-sm">\n Lihat PDF\n </a>'
                if i % 4 != 3 else '<span class="text-muted small">Belum ada</span>')  # fmt: skip
        rows.append(
            f'<tr>\n<td class="text-center">{i + 1}</td>\n<td>{p.nip}</td>\n'
            f'<td class="text-uppercase">{html.escape(p.name)}</td>\n'
            '<td class="text-center">\n07 Dec 2026\n<br>\n<small class="text-muted">s/d</small>\n<br>\n11 Dec 2026\n</td>\n'
            '<td class="text-center">\n<span class="badge bg-success-subtle text-success"><i class="bi bi-stopwatch"></i> '
            f'32 JP</span>\n</td>\n<td class="text-center">\n{cert}\n</td>\n'
            '<td class="text-center">\n<a href="/rekap-pelatihan/7/edit" class="btn btn-sm btn-outline-orange">'
            '<i class="bi bi-pencil-square"></i> Edit</a>\n</td>\n</tr>'
        )
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="id">', "<head>", '<meta charset="utf-8">',
        "<title>Detail Pelatihan - SIPEKA</title>", "</head>", "<body>",
        '<nav class="sidebar"><a href="/dashboard">Dashboard</a> <a href="/rekap-pelatihan">Rekap Pelatihan</a></nav>',
        '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/rekap-pelatihan">Rekap Pelatihan</a></li>',
        '<li class="breadcrumb-item active fw-semibold">Detail Pelatihan</li></ol>',
        '<div class="row g-4"><div class="col-12"><div class="card rounded-4 border-0 shadow-sm overflow-hidden">',
        '<div class="card-header p-4 border-0 d-flex justify-content-between align-items-center">',
        '<div><h4 class="fw-bold mb-1">Pelatihan Kepemimpinan Pengawas Angkatan III</h4>',
        '<p class="mb-0 text-muted">Data Peserta Pelatihan</p></div>',
        '<div><a href="/rekap-pelatihan/create?tahun=2026&amp;master_id=7" class="btn rounded-4 px-4 py-2">'
        '<i class="bi bi-plus-circle me-2"></i>Tambah Peserta</a></div></div>',
        '<div class="card-body p-4 p-md-5 bg-white"><div class="row g-4 mb-5">',
        '<div class="col-md-6"><div class="p-3 rounded-4 bg-light border">'
        '<label class="small text-muted text-uppercase fw-bold">Tahun</label>'
        '<div class="fw-bold fs-5 text-orange">2026</div></div></div>',
        '<div class="col-md-6"><div class="p-3 rounded-4 bg-light border">'
        '<label class="small text-muted text-uppercase fw-bold">Instansi Penyelenggara</label>'
        '<div class="fw-bold">BPSDM Provinsi Jawa Tengah</div></div></div></div>',
        '<div class="d-flex align-items-center mb-4"><h5 class="fw-bold mb-0 ms-2">Daftar Peserta Pelatihan</h5></div>',
        '<div class="table-responsive"><table class="table table-hover align-middle border">',
        '<thead><tr><th class="text-center">NO</th><th>NIP</th><th>NAMA</th><th class="text-center">TANGGAL</th>'
        '<th class="text-center">JP</th><th class="text-center">FILE SERTIFIKAT</th><th class="text-center">AKSI</th>'
        "</tr></thead>",
        "<tbody>", *rows, "</tbody></table></div>",
        '<div class="mt-4"><a href="/rekap-pelatihan" class="btn btn-light">&larr; Kembali</a></div>',
        "</div></div></div></div>", "</body>", "</html>",
    ])  # fmt: skip
    path = tmp_path / "Detail Pelatihan.html"
    path.write_text(page, encoding="utf-8")
    return Expected(
        path, len(crowd), {"regional": len(crowd)}, valid_nips=len(crowd), dates=("2026-12-07", "2026-12-11"),
        instansi="Pemerintah Kabupaten Semarang",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 52. A Latsar app's participant page saved from the browser (find_string id 4182250147, CodeIgniter 4 view
#     `Daftar Peserta Latsar`): the sidebar, the heading, a 'Tambah Peserta' link, then a bordered table No | Nama |
#     NIP | Golruang | Jabatan | Instansi | Angkatan | Tahun | Aksi whose No cell is the database id
#     (`id_peserta_latsar`: gaps where rows were deleted, not 1..n), 'View | Edit | Delete' links in Aksi
# ---------------------------------------------------------------------------------------------------------

_LATSAR_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Pemerintah Kabupaten Tanah Datar", "regional"),
    ("Dinas Pendidikan Provinsi Sumatera Barat", "regional"),
    ("RSUD Kabupaten Pasaman Barat", "regional"),
    ("Badan Pusat Statistik Kabupaten Agam", "central"),
    ("Kantor Kementerian Agama Kota Payakumbuh", "central"),
    ("Pemerintah Kota Sawahlunto", "regional"),
)


_LATSAR_JABATAN = ("Analis Kebijakan Ahli Pertama", "Pranata Komputer Ahli Pertama", "Perawat Terampil")


def ci4_latsar_halaman_id(tmp_path: Path) -> Expected:
    """'Daftar Peserta Latsar.html': 24 CPNS, angkatan 1 and 2 of 2025 (8 + 7) and angkatan 1 of 2026 (9), the No
    cell the database id (3, 4, 7, 8, ..., gaps where rows were deleted), golruang 'III/a' / 'II/a', Aksi links.
    Expected 24 participants in 3 cohorts (8, 7, 9), 16 regional / 8 central, 24 valid NIPs."""
    crowd = people(24, seed=5252, cpns=True)
    groups = (("1", 2025, 8), ("2", 2025, 7), ("1", 2026, 9))
    rows = []
    buckets: list[Bucket] = []
    db_id = 2
    k = 0
    for angkatan, tahun, n in groups:
        for person in crowd[k:k + n]:
            db_id += 1 + (k % 4 == 1) + 2 * (k % 7 == 3)  # deleted rows leave gaps in the ids
            instansi, bucket = _LATSAR_INSTANSI[k % len(_LATSAR_INSTANSI)]
            buckets.append(bucket)
            rows.append(
                "        <tr>\n"
                f"            <td>{db_id}</td>\n            <td>{html.escape(person.name)}</td>\n"
                f"            <td>{person.nip}</td>\n            <td>{person.golongan}</td>\n"
                f"            <td>{_LATSAR_JABATAN[k % 3]}</td>\n"
                f"            <td>{instansi}</td>\n            <td>{angkatan}</td>\n            <td>{tahun}</td>\n"
                "            <td>\n"
                f'                <a href="/pesertaLatsar/view/{db_id}">View</a> |\n'
                f'                <a href="/pesertaLatsar/edit/{db_id}">Edit</a> |\n'
                f'                <a href="/pesertaLatsar/delete/{db_id}"'
                ' onclick="return confirm(\'Yakin ingin menghapus?\')">Delete</a>\n'
                "            </td>\n        </tr>"
            )  # fmt: skip
            k += 1
    page = "\n".join([
        "<!DOCTYPE html>", "<html>", "<head>", '<meta charset="utf-8">', "<title>Sarpras Diklat</title>", "</head>",
        "<body>",
        '<div class="sidebar"><ul><li><a href="/dashboard">Dashboard</a></li><li><a href="/diklat">Data Diklat</a></li>'
        '<li><a href="/pesertaLatsar">Peserta Latsar</a></li><li><a href="/ruangan">Ruangan</a></li>'
        '<li><a href="/logout">Logout</a></li></ul></div>',
        "<h2>Daftar Peserta Latsar</h2>",
        '<a href="/pesertaLatsar/create" class="btn btn-primary">Tambah Peserta</a>',
        '<table border="1">', "    <tr>", "        <th>No</th>", "        <th>Nama</th>", "        <th>NIP</th>",
        "        <th>Golruang</th>", "        <th>Jabatan</th>", "        <th>Instansi</th>", "        <th>Angkatan</th>",
        "        <th>Tahun</th>", "        <th>Aksi</th>", "    </tr>", *rows, "</table>", "</body>", "</html>",
    ])  # fmt: skip
    path = tmp_path / "Daftar Peserta Latsar.html"
    path.write_text(page, encoding="utf-8")
    return Expected(path, len(crowd), _counts(buckets), cohorts=3, cohort_sizes=(8, 7, 9), valid_nips=len(crowd))


# ---------------------------------------------------------------------------------------------------------
# 53. A regional police coordination meeting's attendance app (fernaliahalim/rakorbin2022,
#     application/views/list_absensi_excel.php, find_string id 15878319645): an HTML table sent as
#     'Absensi Rakorbin Polda Sumsel 2022.xls', No. | NRP/NIP ("'" + the number) | NAMA (capitals) | PANGKAT |
#     JABATAN | TANGGAL ABSENSI | JAM ABSENSI | SATKER/SATWIL, one row per check-in (a two-day meeting: most
#     attendees check in on both days); police officers with 8-digit NRPs, the police's civil servants with NIPs
# ---------------------------------------------------------------------------------------------------------

_POLDA_SATKER = ("POLRESTABES PALEMBANG", "POLRES OGAN KOMERING ULU", "DITRESKRIMUM POLDA SUMSEL",
                 "BIDDOKKES POLDA SUMSEL", "POLRES MUARA ENIM", "BIRO SDM POLDA SUMSEL")  # fmt: skip
_POLRI_PANGKAT = ("AKBP", "KOMPOL", "AKP", "IPTU", "IPDA")


def rakorbin_absensi_nrp_nip(tmp_path: Path) -> Expected:
    """16 attendees of a two-day meeting (2-3 Dec 2026): 12 officers (NRP, 8 digits) and 4 of the police's civil
    servants (NIP, golongan as PANGKAT 'PENATA (III/C)'), 12 checked in on both days, 4 on the first only: 28 rows.
    Expected 16 people (a second day's check-in is no second person), one cohort, all central (Polri), 4 valid NIPs."""
    crowd = people(16, seed=5353)
    rows = []
    n = 0
    for day, who in (("2026-12-02", range(16)), ("2026-12-03", range(12))):
        for i in who:
            p = crowd[i]
            civil = i % 4 == 3
            number = p.nip if civil else f"{int(p.nip[2:4]):02d}{int(p.nip[4:6]):02d}{1200 + i:04d}"
            pangkat = f"{p.pangkat.upper()} ({p.golongan.upper()})" if civil else _POLRI_PANGKAT[i % 5]
            jabatan = ("KASUBBAGRENMIN", "KABAG SUMDA", "KASAT BINMAS", "PENATA KEUANGAN", "KAURMIN")[i % 5]
            n += 1
            rows.append(
                "\t\t\t\t<tr>\n"
                f"\t\t\t\t\t<td>{n}</td>\n\t\t\t\t\t<td>'{number}</td>\n"
                f"\t\t\t\t\t<td>\n\t\t\t\t\t\t{html.escape(p.name.split(',')[0].upper())}\n\t\t\t\t\t</td>\n"
                f"\t\t\t\t\t<td>\n\t\t\t\t\t\t{pangkat}\n\t\t\t\t\t</td>\n"
                f"\t\t\t\t\t<td>\n\t\t\t\t\t\t{jabatan}\n\t\t\t\t\t</td>\n"
                f"\t\t\t\t\t<td>\n\t\t\t\t\t\t{day}\n\t\t\t\t\t</td>\n"
                f"\t\t\t\t\t<td>\n\t\t\t\t\t\t{7 + i % 2:02d}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d}\n\t\t\t\t\t</td>\n"
                f"\t\t\t\t\t<td>\n\t\t\t\t\t\t{_POLDA_SATKER[i % len(_POLDA_SATKER)]}\n\t\t\t\t\t</td>\n"
                "\t\t\t\t</tr>"
            )  # fmt: skip
    heads = ("No.", "NRP/NIP", "NAMA", "PANGKAT", "JABATAN", "TANGGAL ABSENSI", "JAM ABSENSI", "SATKER/SATWIL")
    page = "\n".join([
        "<!DOCTYPE html>", "<html>", "", "<body>", "", '\t<table border="1">', "\t\t<thead>", "\t\t\t<tr>",
        *[f'\t\t\t\t<th scope="col">{h}</th>' for h in heads], "\t\t\t</tr>", "\t\t</thead>", "\t\t<tbody>",
        *rows, "\t\t</tbody>", "\t</table>", "</body>", "", "</html>", "",
    ])  # fmt: skip
    path = tmp_path / "Absensi Rakorbin Polda Sumsel 2026.xls"
    path.write_text(page, encoding="utf-8")
    return Expected(path, len(crowd), {"central": len(crowd)}, valid_nips=4)


# ---------------------------------------------------------------------------------------------------------
# 54. A provincial staff app's import template (find_string id 54612961412, `buildPegawaiImportTemplate` of a
#     Jakarta health-staff app, written with JSZip): sheets 'Pegawai' (the head of the staff export: No | NAMA
#     UKPD | JENIS UKPD | WILAYAH | NAMA\n(TANPA GELAR) | ... | NRK | NIP | ... | NIK | ... | NAMA_SUAMI/ISTRI | ...
#     | NAMA ANAK KE-1 .. 3 | ... | Gelar Depan | Gelar Belakang | ... | '' | BT; every cell text, the head white on
#     blue, frozen), 'Contoh' (the head and one example, 'Contoh Pegawai'), 'Aturan' (No | Aturan, thirteen rules,
#     then Kolom Export | Kunci Sistem | Keterangan for every column) and 'Referensi' (one column of choices each:
#     Jenis Kelamin, Agama, Nama UKPD, ...). An officer fills 'Pegawai' with the staff sent to a training.
# ---------------------------------------------------------------------------------------------------------

_UKPD_HEAD = (
    "No", "NAMA UKPD", "JENIS UKPD", "WILAYAH", "NAMA\n(TANPA GELAR)", "KONDISI", "NAMA JABATAN ORB (PERGUB 1 TAHUN 2017)",
    "NAMA JABATAN PERMENPAN RB NO 41 TAHUN 2018", "STRUKTUR NAMA JABATAN PERMENPAN RB NO 11 TAHUN 2024",
    "STRUKTUR ATASAN LANGSUNG", "JENIS PEGAWAI", "Kode Jenis Pegawai", "STATUS RUMPUN", "JENIS KONTRAK", "NRK", "NIP",
    "PANGKAT / GOLONGAN", "TMT PANGKAT TERAKHIR", "JENIS KELAMIN\n(L/P)", "TMT KERJA DI UKPD  SAAT INI", "TEMPAT LAHIR",
    "TANGGAL LAHIR", "NIK", "AGAMA", "JENJANG PENDIDIKAN (BERDASARKAN SK PANGKAT TERAKHIR)", "PROGRAM STUDI",
    "NAMA UNIVERSITAS", "NO. HP PEGAWAI", "EMAIL AKTIF PEGAWAI", "DOMISILI_JALAN", "DOMISILI_KELURAHAN",
    "DOMISILI_KECAMATAN", "DOMISILI_KOTA/KABUPATEN", "DOMISILI_PROVINSI", "KTP_JALAN", "KTP_KELURAHAN", "KTP_KECAMATAN",
    "KTP_KOTA/KABUPATEN", "KTP_PROVINSI", "NO_TELP_SUAMI/ISTRI", "EMAIL_SUAMI/ISTRI", "NAMA_SUAMI/ISTRI", "PEKERJAAN",
    "NAMA ANAK KE-1", "JENIS KELAMIN ANAK KE-1", "TEMPAT LAHIR ANAK KE-1", "TANGGAL LAHIR ANAK KE-1",
    "PEKERJAAN ANAK KE-1", "NAMA ANAK KE-2", "JENIS KELAMIN ANAK KE-2", "TEMPAT LAHIR", "TANGGAL LAHIR ANAK KE-2",
    "PEKERJAAN ANAK KE-2", "NAMA ANAK KE-3", "JENIS KELAMIN ANAK KE-3", "TEMPAT LAHIR ANAK KE-3", "TANGGAL LAHIR ANAK KE-3",
    "PEKERJAAN ANAK KE-3", "No BPJS", "Gelar Depan", "Gelar Belakang", "Status Perkawinan", "Kode KTP Provinsi",
    "Kode KTP Kota/Kab", "Kode KTP Kecamatan", "Kode KTP Kelurahan", "Kode Domisili Provinsi", "Kode  Domisili Kota/Kab",
    "Kode  Domisili  Kecamatan", "Kode  Domisili  Kelurahan", "", "BT",
)  # fmt: skip
_UKPD = (("Dinas Kesehatan", "Dinkes", "Dinkes"),
         ("Suku Dinas Kesehatan Kota Administrasi Jakarta Barat", "Sudinkes", "Jakarta Barat"),
         ("Puskesmas Kecamatan Tambora", "Puskesmas", "Jakarta Barat"),
         ("RSUD Tarakan", "RSUD", "Jakarta Pusat"),
         ("Puskesmas Kecamatan Cakung", "Puskesmas", "Jakarta Timur"))  # fmt: skip
_UKPD_RULES = (
    "Gunakan sheet Pegawai untuk import. Sheet Contoh, Aturan, dan Referensi tidak akan diimport.",
    "Baris pertama mengikuti struktur export Excel pegawai. File hasil export dapat diimport ulang setelah diperbarui.",
    "Kolom wajib: NAMA (TANPA GELAR), NAMA UKPD, dan JENIS PEGAWAI.",
    "Kolom dengan referensi sudah memiliki dropdown validasi di sheet Pegawai. Sumber nilainya tetap ada di sheet "
    "Referensi.",
    "Jika id_pegawai terisi dan datanya ada, sistem akan update pegawai tersebut.",
    "Jika id_pegawai kosong, sistem mencari pegawai lama dari NIP, lalu NRK, lalu NIK. Jika tidak ditemukan, sistem "
    "membuat pegawai baru.",
    "Kolom kosong pada data update tidak akan menghapus nilai lama. Isi kolom hanya untuk nilai yang ingin dibuat atau "
    "diperbarui.",
    "nama_ukpd harus sama dengan referensi UKPD aktif di sistem. Wilayah dan jenis UKPD akan diambil otomatis dari "
    "referensi UKPD.",
    "Admin UKPD hanya boleh import pegawai untuk UKPD sendiri. Jika NAMA UKPD kosong, sistem mengisi UKPD dari akun yang "
    "sedang login.",
    "Tanggal harus memakai format YYYY-MM-DD, misalnya 2024-01-31.",
    "Jenis pegawai, agama, jenis kontrak, pangkat/golongan, dan jabatan standar harus mengikuti sheet Referensi.",
    "Kolom DOMISILI dan KTP disimpan terpisah ke tabel alamat: jalan, kelurahan, kecamatan, kota/kabupaten, provinsi, "
    "dan kode wilayah.",
    "Kolom SUAMI/ISTRI dan ANAK disimpan ke tabel keluarga.",
)


def _ukpd_sheet(ws: openpyxl.worksheet.worksheet.Worksheet, rows: Sequence[Sequence[object]], head: bool = True) -> None:
    from openpyxl.styles import Font, PatternFill

    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, value if value != "" else None)
            cell.number_format = "@"
            if r == 1 and head:
                cell.font = Font(bold=True, color="FFFFFFFF")
                cell.fill = PatternFill("solid", fgColor="FF166493")
    ws.freeze_panes = "A2"


def jszip_template_pegawai_ukpd(tmp_path: Path) -> Expected:
    """'template-import-pegawai.xlsx' filled in: 'Pegawai' with 16 health staff of the Jakarta provincial government
    sent to a training (NAMA (TANPA GELAR), degrees in 'Gelar Depan' / 'Gelar Belakang' 60 columns to the right, NRK,
    NIP and NIK as text, spouse and children's names in their own columns), 'Contoh' (the template's example
    'Contoh Pegawai' of 'Dinas Kesehatan'), 'Aturan' (13 numbered rules, then one line per column) and 'Referensi'
    (lists of choices, the UKPD names among them). Expected 16 participants, one cohort, all regional (Jakarta's
    UKPD are the province's units), 16 valid NIPs (12 PNS, 4 PPPK); the example, the rules and the lists are nobody."""
    crowd = people(16, seed=5454)
    rows: list[list[object]] = [list(_UKPD_HEAD)]
    idx = {h: i for i, h in reversed(list(enumerate(_UKPD_HEAD)))}
    for i, p in enumerate(crowd):
        row: list[object] = [""] * len(_UKPD_HEAD)
        ukpd, jenis, wilayah = _UKPD[i % len(_UKPD)]
        bare = p.name.split(",")[0].removeprefix("Dr. ").removeprefix("Ir. ").removeprefix("drg. ")
        pppk = i % 4 == 2
        nip = f"{p.birth:%Y%m%d}202221{1 if p.gender == 'L' else 2}{i:03d}" if pppk else p.nip
        values = {
            "No": str(i + 1), "NAMA UKPD": ukpd, "JENIS UKPD": jenis, "WILAYAH": wilayah, "NAMA\n(TANPA GELAR)": bare,
            "KONDISI": "Aktif", "NAMA JABATAN ORB (PERGUB 1 TAHUN 2017)": ("Perawat", "Bidan", "Analis Kesehatan")[i % 3],
            "JENIS PEGAWAI": "PPPK" if pppk else "PNS", "Kode Jenis Pegawai": "2" if pppk else "1",
            "STATUS RUMPUN": "Tenaga Kesehatan", "JENIS KONTRAK": "Tetap", "NRK": f"{180000 + 37 * i}", "NIP": nip,
            "PANGKAT / GOLONGAN": "" if pppk else f"{p.pangkat} - {p.golongan}", "JENIS KELAMIN\n(L/P)": p.gender,
            "TEMPAT LAHIR": "Jakarta", "TANGGAL LAHIR": f"{p.birth:%Y-%m-%d}",
            "NIK": f"3173{i:02d}{p.birth:%d%m%y}00{i:02d}",
            "AGAMA": "Islam", "NO. HP PEGAWAI": f"0813{i:08d}", "EMAIL AKTIF PEGAWAI": f"pegawai{i}@example.go.id",
            "DOMISILI_KOTA/KABUPATEN": "Kota Jakarta Barat", "DOMISILI_PROVINSI": "DKI Jakarta",
            "NAMA_SUAMI/ISTRI": "" if i % 3 == 0 else f"Pasangan Fiktif {i}",
            "NAMA ANAK KE-1": "" if i % 2 else f"Anak Fiktif {i}",
            "Gelar Depan": p.name.split(" ")[0] if p.name.startswith(("Dr. ", "Ir. ", "drg. ")) else "",
            "Gelar Belakang": p.name.partition(", ")[2], "Status Perkawinan": "Kawin" if i % 3 else "Belum Kawin",
        }  # fmt: skip
        for head, value in values.items():
            row[idx[head]] = value
        rows.append(row)
    contoh = [""] * len(_UKPD_HEAD)
    for head, value in {"No": "1", "NAMA UKPD": "Dinas Kesehatan", "JENIS UKPD": "Dinkes", "WILAYAH": "Dinkes",
                        "NAMA\n(TANPA GELAR)": "Contoh Pegawai", "KONDISI": "Aktif", "JENIS PEGAWAI": "PNS",
                        "NRK": "123456", "NIP": "199001312020121001", "PANGKAT / GOLONGAN": "Penata Muda - III/a",
                        "JENIS KELAMIN\n(L/P)": "P", "TEMPAT LAHIR": "Jakarta", "TANGGAL LAHIR": "1990-01-31",
                        "NIK": "3171000000000001", "NAMA_SUAMI/ISTRI": "Contoh Pasangan",
                        "NAMA ANAK KE-1": "Contoh Anak"}.items():  # fmt: skip
        contoh[idx[head]] = value
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pegawai"
    _ukpd_sheet(ws, rows)
    _ukpd_sheet(wb.create_sheet("Contoh"), [list(_UKPD_HEAD), contoh])
    aturan: list[list[object]] = [["No", "Aturan"], *[[k + 1, rule] for k, rule in enumerate(_UKPD_RULES)], ["", ""],
                                  ["Kolom Export", "Kunci Sistem", "Keterangan"]]  # fmt: skip
    aturan += [[h, "(diabaikan)" if h in ("No", "Kode Jenis Pegawai", "", "BT") else h.lower(), h or "(diabaikan)"]
               for h in _UKPD_HEAD]  # fmt: skip
    _ukpd_sheet(wb.create_sheet("Aturan"), aturan)
    refs = {"Jenis Kelamin": ["P", "L", "Perempuan", "Laki-laki"],
            "Agama": ["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Konghucu"],
            "Nama UKPD": sorted({u for u, _, _ in _UKPD}), "Jenis Pegawai": ["PNS", "CPNS", "PPPK", "PJLP", "NON PNS"],
            "Kondisi": ["Aktif", "Cuti", "Tugas Belajar", "Tidak Aktif"],
            "Wilayah": ["Jakarta Pusat", "Jakarta Utara", "Jakarta Barat", "Jakarta Selatan", "Jakarta Timur",
                        "Kepulauan Seribu", "Dinkes"]}  # fmt: skip
    depth = max(len(v) for v in refs.values())
    _ukpd_sheet(wb.create_sheet("Referensi"),
                [list(refs), *[[v[k] if k < len(v) else "" for v in refs.values()] for k in range(depth)]])  # fmt: skip
    return Expected(
        _save(wb, tmp_path / "template-import-pegawai.xlsx"), len(crowd), {"regional": len(crowd)},
        valid_nips=len(crowd),
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 55. A finance-ministry training app's 'Student' page saved from the browser (hscstudio/osyawwal2,
#     backend/modules/bdk/execution/views/activity2/student.php, kartik GridView): the breadcrumb, a box 'Student /
#     Student of Training', the grid panel 'Student #<training>' with the summary 'Menampilkan 1-20 dari 34 item.',
#     'Daftarkan Peserta', the head # | Name | NIP | SATKER | (actions) and the grid's empty filter row, 20 rows of
#     the first page, 'Reset Grid', the pager, then a 'Batch Upload' panel ('Upload Student', 'template')
# ---------------------------------------------------------------------------------------------------------

_BPPK_SATKER = ("KPP Pratama Surabaya Rungkut", "Kanwil DJP Jawa Timur I", "KPPN Surabaya I", "KPKNL Surabaya",
                "KPP Madya Surabaya", "Kantor Pelayanan Utama Bea dan Cukai Tipe Madya Pabean Tanjung Perak")  # fmt: skip


def kartik_grid_student_halaman(tmp_path: Path) -> Expected:
    """'Student #Diklat Teknis Substantif Pemeriksaan Pajak Angkatan II.html': page 1 of a 34-student list, 20 rows
    (# 1-20), NIP in a label span, SATKER the participant's office of the finance ministry. Expected 20 participants
    (the page holds 20 of the 34 the summary counts: the officer must be told), one cohort, all central, 20 valid
    NIPs; the 'Batch Upload' panel, the pager and the filter row are nobody."""
    crowd = people(20, seed=5555)
    title = "Student #Diklat Teknis Substantif Pemeriksaan Pajak Angkatan II"
    rows = []
    for i, p in enumerate(crowd):
        rows.append(
            f'<tr data-key="{310 + i}"><td class="kv-align-center kv-align-middle" style="width:50px;" '
            f'data-col-seq="0">{i + 1}</td><td class="kv-sticky-column kv-align-left kv-align-middle" data-col-seq="1">'
            f'<span class="" data-toggle="tooltip" data-html="true">{html.escape(p.name)}</span></td>'
            f'<td class="kv-sticky-column kv-align-center kv-align-middle" style="width:150px;" data-col-seq="2">'
            f'<span class="label label-info" data-toggle="tooltip" data-html="true">{p.nip}</span></td>'
            f'<td class="kv-sticky-column kv-align-left kv-align-middle" data-col-seq="3"><span class="label label-default" '
            f'data-toggle="tooltip" data-html="true">{_BPPK_SATKER[i % len(_BPPK_SATKER)]}</span></td>'
            f'<td class="skip-export kv-align-center kv-align-middle" style="width:80px;" data-col-seq="4">'
            f'<a class="modal-heart btn btn-default btn-xs" href="/execution/activity2/update-student?id=41&amp;student_id='
            f'{900 + i}" data-pjax="0" modal-size="modal-lg"><span class="fa fa-fw fa-pencil"></span></a> '
            f'<a class="btn btn-default btn-xs" href="/execution/activity2/delete-student?id=41&amp;student_id={900 + i}" '
            'data-pjax="0" data-confirm="Areyou sure you want delete this item!" data-method="post">'
            '<span class="fa fa-fw fa-trash"></span></a></td></tr>'
        )  # fmt: skip
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="id-ID">', "<head>", '<meta charset="UTF-8">', f"<title>{title}</title>",
        "</head>", '<body class="skin-green">',
        '<aside class="left-side sidebar-offcanvas"><ul class="sidebar-menu"><li><a href="/execution/activity2/index">'
        "Training Activities</a></li><li><a href=\"/execution/student2/index\">Student</a></li>"
        '<li><a href="/execution/trainer3/index">Trainer</a></li></ul></aside>',
        '<aside class="right-side"><section class="content-header"><ul class="breadcrumb"><li><a href="/">Home</a></li>'
        f'<li><a href="/execution/activity2/index">Training Activities</a></li><li class="active">{title}</li></ul>'
        "</section>", '<section class="content">', '<div class="training-class-index">',
        '<div class="small-box bg-green"><div class="inner">', "<h3>Student</h3>", "<p>Student of Training</p>",
        '</div><div class="icon"><i class="fa fa-user-md"></i></div><a class="small-box-footer dashboard-hide" '
        'href="/execution/activity2/dashboard?id=41"><i class="fa fa-arrow-circle-left"></i> Back</a></div>',
        '<div id="w0" class="grid-view hide-resize"><div class="panel panel-primary">',
        '<div class="panel-heading"><div class="pull-right"><div class="summary">Menampilkan <b>1-20</b> dari '
        '<b>34</b> item.</div></div>',
        f'<h3 class="panel-title"><i class="fa fa-fw fa-globe"></i> {title}</h3><div class="clearfix"></div></div>',
        '<div class="kv-panel-before"><a class="btn btn-success" href="/execution/activity2/choose-student?id=41" '
        'data-pjax="0"><i class="fa fa-fw fa-plus-circle"></i> Daftarkan Peserta</a><div class="clearfix"></div></div>',
        '<div id="w0-container" class="table-responsive kv-grid-container">',
        '<table class="kv-grid-table table table-hover table-bordered table-striped"><thead>',
        '<tr><th class="kv-align-center kv-align-middle" style="width:50px;" data-col-seq="0">#</th>'
        '<th class="kv-sticky-column kv-align-middle" data-col-seq="1"><div style="text-align:center">Name</div></th>'
        '<th class="kv-sticky-column kv-align-middle" style="width:150px;" data-col-seq="2">'
        '<div style="text-align:center">NIP</div></th>'
        '<th class="kv-sticky-column kv-align-middle" data-col-seq="3"><div style="text-align:center">SATKER</div></th>'
        '<th class="skip-export kv-align-center kv-align-middle" style="width:80px;" data-col-seq="4">&nbsp;</th></tr>',
        '<tr id="w0-filters" class="filters skip-export"><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td>'
        "<td>&nbsp;</td></tr>",
        "</thead>", "<tbody>", *rows, "</tbody></table></div>",
        '<div class="kv-panel-after"><a class="btn btn-info" href="/execution/activity2/student?id=41">'
        '<i class="fa fa-fw fa-repeat"></i> Reset Grid</a></div>',
        '<div class="panel-footer"><div class="kv-panel-pager"><ul class="pagination">'
        '<li class="prev disabled"><span>&laquo;</span></li><li class="active"><a href="/execution/activity2/student?'
        'id=41&amp;page=1" data-page="0">1</a></li><li><a href="/execution/activity2/student?id=41&amp;page=2" '
        'data-page="1">2</a></li><li class="next"><a href="/execution/activity2/student?id=41&amp;page=2" '
        'data-page="1">&raquo;</a></li></ul></div><div class="clearfix"></div></div>',
        "</div></div>",
        '<div class="modal fade" id="modal-heart" tabindex="-1" role="dialog"></div>', "</div>",
        '<div class="panel panel-default"><div class="panel-heading"><i class="glyphicon glyphicon-upload"></i> Batch '
        'Upload</div><div class="panel-body"><div class="row clearfix"><div class="col-md-2">Upload Student</div>'
        '<div class="col-md-2"><a class="label label-default" href="/file/download?file=template%2Fpusdiklat%2F'
        'execution%2Fstudent_upload.xlsx" data-pjax="0">template</a></div><div class="col-md-8">'
        '<form action="/execution/activity2/import-student?id=41" method="post" enctype="multipart/form-data">'
        '<input type="file" name="importFile"></form></div></div></div></div>',
        "</section></aside>", "</body>", "</html>",
    ])  # fmt: skip
    path = tmp_path / f"{title}.html"
    path.write_text(page, encoding="utf-8")
    return Expected(path, len(crowd), {"central": len(crowd)}, valid_nips=len(crowd))


# ---------------------------------------------------------------------------------------------------------
# 56. A training app's attendance export (find_string id 13000832804, `AttendanceManagementDialog`
#     `handleExportAttendance`, ExcelJS): sheet 'Attendance', head Employee Name | Department | Status | Rating |
#     Feedback on row 1 (white on blue, bordered, autofilter, frozen), one row per enrolled employee with the app's
#     status 'present' / 'late' / 'absent', 'N/A' and 'No feedback' where empty; file '<training title with _>_
#     attendance.xlsx'. Used by a regional office for its staff: Department is each one's section.
# ---------------------------------------------------------------------------------------------------------

_PTSP_BIDANG = ("Sekretariat", "Bidang Pelayanan Perizinan", "Bidang Pengaduan dan Informasi",
                "Bidang Penanaman Modal")  # fmt: skip


def exceljs_attendance_status_absent(tmp_path: Path) -> Expected:
    """'Pelatihan_Pelayanan_Prima_Angkatan_III_attendance.xlsx': 18 enrolled staff of one regional office, 12
    'present', 3 'late', 3 'absent'. No instansi column: refused unless the officer names the agency (`--instansi
    "Dinas Penanaman Modal dan PTSP Kota Semarang"`). Expected 18 participants (everyone enrolled; the 3 marked absent
    on this session are participants of the cohort, as layout 12 decided), one cohort, all regional."""
    from openpyxl.styles import Border, Font, PatternFill, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Attendance"
    ws.append(["Employee Name", "Department", "Status", "Rating", "Feedback"])
    thin = Side(style="thin")
    for cell in ws[1]:
        cell.fill = PatternFill("solid", fgColor="FF2B7FFF")
        cell.font = Font(bold=True, color="FFFFFFFF", size=12)
        cell.border = Border(top=thin, left=thin, bottom=thin, right=thin)
    crowd = people(18, seed=5656)
    statuses = ["present"] * 12 + ["late"] * 3 + ["absent"] * 3
    order = [0, 15, 1, 2, 12, 3, 4, 16, 5, 6, 13, 7, 8, 17, 9, 10, 14, 11]  # absent and late rows among the others
    for k in order:
        p, status = crowd[k], statuses[k]
        rating = "N/A" if status == "absent" or k % 5 == 4 else 3 + k % 3
        feedback = "No feedback" if status == "absent" or k % 3 else "Materi bermanfaat untuk layanan"
        ws.append([p.name, _PTSP_BIDANG[k % len(_PTSP_BIDANG)], status, rating, feedback])
    ws.auto_filter.ref = f"A1:E{len(crowd) + 1}"
    ws.freeze_panes = "A2"
    for col, width in zip("ABCDE", (25, 20, 17, 15, 50), strict=True):
        ws.column_dimensions[col].width = width
    # Everyone enrolled is a participant, present on the day or not: the rule layout 12 (second audit) set for its
    # "Tidak Hadir" rows, kept by the lead over this audit's first expectation (15: the absent left out).
    enrolled = len(crowd)
    return Expected(
        _save(wb, tmp_path / "Pelatihan_Pelayanan_Prima_Angkatan_III_attendance.xlsx"), enrolled,
        {"regional": enrolled}, instansi="Dinas Penanaman Modal dan PTSP Kota Semarang",
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------------------
# 57. A transport-ministry training centre's session attendance sheet (mrcoco/dephub,
#     application/views/wid/daftar_hadir.php, a print view): <h3> the training, <h2> DAFTAR HADIR, a label table
#     (Tanggal : <day> | Tanda Tangan Widyaiswara :, Waktu : hh.mm - hh.mm WIB | each trainer's name followed by
#     '_______________', Kegiatan/Materi : <subject>), then NO | NAMA | NIP | GOL | UNIT KERJA | TANDA TANGAN with
#     the row number again in the signature cell (class odd / even, the zigzag), every <tr> of the body left unclosed,
#     and a footer Keterangan: Sakit / Izin / Alpa = ...... org | Petugas Kelas
# ---------------------------------------------------------------------------------------------------------

_DEPHUB_UNIT: tuple[tuple[str, Bucket], ...] = (
    ("KSOP Kelas I Dumai", "central"),
    ("Kantor UPBU Radin Inten II", "central"),
    ("BPTD Kelas II Lampung", "central"),
    ("Dinas Perhubungan Provinsi Lampung", "regional"),
    ("Direktorat Jenderal Perhubungan Darat", "central"),
    ("Dinas Perhubungan Kota Bandar Lampung", "regional"),
)


def dephub_daftar_hadir_widyaiswara(tmp_path: Path) -> Expected:
    """'daftar_hadir.html': 'DIKLAT TEKNIS MANAJEMEN KESELAMATAN TRANSPORTASI ANGKATAN II TAHUN 2026', the session
    of Monday 7 Dec 2026, 08.00 - 09.30 WIB, two trainers named in the label table (no NIP), 14 participants (NIP,
    golongan, unit). Expected 14 participants (not the trainers), one cohort, 10 central / 4 regional, 14 valid NIPs;
    the footer's Sakit / Izin / Alpa lines are nobody."""
    crowd = people(14, seed=5757)
    buckets: list[Bucket] = []
    body = []
    for i, p in enumerate(crowd, start=1):
        unit, bucket = _DEPHUB_UNIT[(i - 1) % len(_DEPHUB_UNIT)]
        buckets.append(bucket)
        cls = "odd" if i % 2 else "even"
        body.append(
            "        <tr>\n"
            f'            <td align="center">{i}</td>\n            <td>{html.escape(p.name)}</td>\n'
            f'            <td align="center">{p.nip}</td>\n            <td align="center">{p.golongan}</td>\n'
            f'            <td align="center">{unit}</td>\n            <td class="{cls}">{i}</td>'
        )  # unclosed <tr>, as the view writes it
    page = "\n".join([
        "<html>", "    <head>", "<style>", "    .bordered{ border-bottom: 1px #000 solid; }",
        "    .odd{border-bottom: 0px !important;}", "    .even{text-align:center;border-top: 0px !important;}",
        "</style>", "    </head>", "    <body>", '<h3 align="center">',
        "    DIKLAT TEKNIS MANAJEMEN KESELAMATAN TRANSPORTASI ANGKATAN II TAHUN 2026", "</h3>",
        '        <h2 align="center">', "            DAFTAR HADIR", "        </h2>",
        '        <table width="100%">', "            <tr>", '                <td width="10%">Tanggal</td>',
        '                <td width="40%">: Senin, 7 Desember 2026</td>',
        '                <td width="50%">Tanda Tangan Widyaiswara :</td>', "            </tr>", "            <tr>",
        "                <td>Waktu</td>", "                <td>: 08.00 - 09.30 WIB</td>",
        '                <td rowspan="2">',
        "                    Drs. Hendra Wiratmaja, M.M. _______________<br/>",
        "                    Capt. Yosef Tanamal, M.Mar. _______________<br/>",
        "                </td>", "            </tr>", "            <tr>", "                <td>Kegiatan/Materi</td>",
        "                <td>: Manajemen Risiko Keselamatan</td>", "            </tr>", "        </table>",
        "        <br />",
        '<table class="bordered" width="100%" align="center" cellspacing="0" cellpadding="1">', "    <thead>",
        "        <tr>", '            <th width="5%">NO</th>', '            <th width="27%">NAMA</th>',
        '            <th width="18%">NIP</th>', '            <th width="5%">GOL</th>',
        '            <th width="20%">UNIT KERJA</th>', '            <th width="25%">TANDA TANGAN</th>', "        </tr>",
        "    </thead>", "    <tbody>", *body, "    </tbody>", "</table>", "        <br />",
        '        <table width="100%">', "            <tr>", '                <td width="5%">Keterangan:</td>',
        '                <td width="70%">&nbsp;</td>', '                <td align="center" rowspan="3">Petugas Kelas</td>',
        "            </tr>", "            <tr>", "                <td>Sakit</td>", "                <td>= ...... org</td>",
        "            </tr>", "            <tr>", "                <td>Izin</td>", "                <td>= ...... org</td>",
        "            </tr>", "            <tr>", "                <td>Alpa</td>", "                <td>= ...... org</td>",
        '                <td align="center"><hr/></td>', "            </tr>", "        </table>", "    </body>",
        "</html>", "",
    ])  # fmt: skip
    path = tmp_path / "daftar_hadir.html"
    path.write_text(page, encoding="utf-8")
    return Expected(path, len(crowd), _counts(buckets), valid_nips=len(crowd))


# ---------------------------------------------------------------------------------------------------------
# 58. A leadership-training alumni app's participant upload template (pujisubarkah/Astina,
#     public/template-peserta.csv and scripts/generate-template-peserta.mjs, SheetJS json_to_sheet, sheet
#     'Data Peserta'): head NIP | NAMA_LENGKAP | INSTANSI | PANGKAT_GOLONGAN | JABATAN | ESELON | KET on row 1, the
#     keys written as database column names (capitals joined by '_'), degrees after the name without commas, rank
#     and golongan in one cell 'Pembina Tk.I (IV/b)', ESELON 'III/a' .. 'IV/b', KET 'Aktif' / 'Cuti'.
# ---------------------------------------------------------------------------------------------------------

_ASTINA_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Kementerian Pertanian", "central"),
    ("Pemerintah Kabupaten Bogor", "regional"),
    ("Badan Pusat Statistik", "central"),
    ("Pemerintah Kota Depok", "regional"),
    ("Kementerian Keuangan", "central"),
    ("Pemerintah Provinsi Banten", "regional"),
    ("Lembaga Administrasi Negara", "central"),
    ("Pemerintah Kota Tangerang Selatan", "regional"),
)
_ASTINA_GELAR = ("S.Sos M.Si", "S.E M.M", "S.Kom M.Kom", "S.H M.H", "S.AP M.AP", "Dr.", "S.T M.T", "S.Pd M.Pd")
_ESELON = ("III/a", "III/b", "IV/a", "IV/b")


def astina_template_peserta_snake(tmp_path: Path) -> Expected:
    """'template-peserta.xlsx' filled by an officer: 16 participants of one leadership-training cohort from
    ministries and local governments, 14 'Aktif' and 2 'Cuti' (on leave from their office, still enrolled).
    Expected 16 participants, one cohort, 8 central / 8 regional (from INSTANSI), 16 valid NIPs; the degrees
    stay part of the names."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data Peserta"
    ws.append(["NIP", "NAMA_LENGKAP", "INSTANSI", "PANGKAT_GOLONGAN", "JABATAN", "ESELON", "KET"])
    crowd = people(16, seed=5858)
    buckets: list[Bucket] = []
    for i, p in enumerate(crowd):
        instansi, bucket = _ASTINA_INSTANSI[i % len(_ASTINA_INSTANSI)]
        buckets.append(bucket)
        gelar = _ASTINA_GELAR[i % len(_ASTINA_GELAR)]
        name = f"Dr. {p.name}" if gelar == "Dr." else f"{p.name} {gelar}"
        ket = "Cuti" if i in (5, 12) else "Aktif"
        ws.append([p.nip, name, instansi, f"{p.pangkat} ({p.golongan})", p.jabatan, _ESELON[i % 4], ket])
    for col, width in zip("ABCDEFG", (20, 35, 40, 25, 35, 10, 15), strict=True):
        ws.column_dimensions[col].width = width
    return Expected(_save(wb, tmp_path / "template-peserta.xlsx"), len(crowd), _counts(buckets), valid_nips=len(crowd))


# ---------------------------------------------------------------------------------------------------------
# 59. The same app's 'Database Alumni' admin page saved from the browser (pujisubarkah/Astina,
#     pages/admin/database-alumni.vue; its 'Export Excel' button only logs): four statistic cards, filter selects
#     whose options list every instansi, program and training institution (Lemdik), then 'Daftar Alumni' with
#     No | Nama (a button) | NIP | Nama Instansi | Program | Nama Lemdik | Nomor KRA | Proyek Perubahan and the pager
#     'Menampilkan 1 sampai n dari n hasil' / Sebelumnya / Selanjutnya.
# ---------------------------------------------------------------------------------------------------------

_ALUMNI_INSTANSI: tuple[tuple[str, Bucket], ...] = (
    ("Pemerintah Kabupaten Garut", "regional"),
    ("Kementerian Perhubungan", "central"),
    ("Pemerintah Kota Bandung", "regional"),
    ("Badan Pusat Statistik", "central"),
    ("Pemerintah Kabupaten Cirebon", "regional"),
    ("Kementerian Kesehatan", "central"),
    ("Pemerintah Provinsi Jawa Barat", "regional"),
)
_ALUMNI_PROGRAM = (("Pelatihan Kepemimpinan Administrator", "Pusat Pembelajaran dan Strategi Kebijakan Manajemen "
                    "Pemerintahan LAN"), ("Pelatihan Kepemimpinan Pengawas", "BPSDM Provinsi Jawa Barat"))  # fmt: skip


def astina_alumni_halaman(tmp_path: Path) -> Expected:
    """'Database Alumni.html': 14 alumni on one page (20 a page, all shown), 9 of the administrator programme and 5
    of the supervisor programme, each row naming its training institution (a LAN centre or the province's BPSDM,
    the organiser, not the alumnus's employer). Expected 14 participants in 2 cohorts (9 + 5, one per programme),
    8 regional / 6 central from Nama Instansi, 14 valid NIPs; the filter options and the cards are nobody."""
    crowd = people(14, seed=5959)
    buckets: list[Bucket] = []
    rows = []
    for i, p in enumerate(crowd):
        instansi, bucket = _ALUMNI_INSTANSI[i % len(_ALUMNI_INSTANSI)]
        buckets.append(bucket)
        program, lemdik = _ALUMNI_PROGRAM[0 if i < 9 else 1]
        td = '<td class="px-6 py-4 whitespace-nowrap text-sm text-slate-900">'
        rows.append(
            f'<tr class="hover:bg-slate-50">{td}{i + 1}</td><td class="px-6 py-4 whitespace-nowrap text-sm '
            f'font-medium"><button class="text-blue-600 hover:text-blue-800 hover:underline focus:outline-none">'
            f"{html.escape(p.name)}</button></td>{td}{p.nip}</td>{td}{instansi}</td>{td}{program}</td>{td}{lemdik}</td>"
            f"{td}{'KRA-' + str(2026) + '-' + str(101 + i) if i % 4 else '-'}</td>"
            f'<td class="px-6 py-4 text-sm text-slate-900 max-w-xs truncate">Optimalisasi Layanan Digital Unit {i + 1}'
            "</td></tr>"
        )  # fmt: skip
    options = "".join(f"<option>{name}</option>" for name, _ in _ALUMNI_INSTANSI + (("Kementerian Sosial", "central"),))
    th = '<th class="px-6 py-3 text-left text-xs font-medium text-slate-500 uppercase tracking-wider">'
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="id">', "<head>", '<meta charset="utf-8">', "<title>Database Alumni</title>",
        "</head>", "<body>", '<div id="__nuxt"><div class="p-8">', '<div class="mb-6">',
        '<h1 class="text-3xl font-bold text-slate-800 mb-2">Database Alumni</h1>',
        '<p class="text-slate-600">Kelola data alumni dari berbagai program diklat SIPENDAR</p></div>',
        '<div class="grid grid-cols-1 md:grid-cols-4 gap-6 mb-8">',
        '<div class="bg-white rounded-lg shadow p-6"><p class="text-sm font-medium text-slate-600">Total Alumni</p>'
        f'<p class="text-2xl font-bold text-slate-900">{len(crowd)}</p></div>',
        '<div class="bg-white rounded-lg shadow p-6"><p class="text-sm font-medium text-slate-600">Aktif Bekerja</p>'
        f'<p class="text-2xl font-bold text-slate-900">{len(crowd)}</p></div>',
        '<div class="bg-white rounded-lg shadow p-6"><p class="text-sm font-medium text-slate-600">Lulus Tahun Ini</p>'
        '<p class="text-2xl font-bold text-slate-900">0</p></div>',
        '<div class="bg-white rounded-lg shadow p-6"><p class="text-sm font-medium text-slate-600">Program Diklat</p>'
        '<p class="text-2xl font-bold text-slate-900">2</p></div></div>',
        '<div class="bg-white rounded-lg shadow p-6 mb-6">'
        '<div class="grid grid-cols-1 md:grid-cols-2 lg:grid-cols-5 gap-4">',
        '<div class="lg:col-span-2"><label class="block text-sm font-medium text-slate-700 mb-2">Cari Alumni</label>'
        '<input type="text" placeholder="Nama, NIP, atau Proyek Perubahan..."></div>',
        '<div><label class="block text-sm font-medium text-slate-700 mb-2">Instansi</label><select>'
        f'<option value="">Semua Instansi</option>{options}</select></div>',
        '<div><label class="block text-sm font-medium text-slate-700 mb-2">Program</label><select>'
        '<option value="">Semua Program</option><option>Pelatihan Kepemimpinan Nasional Tingkat II</option>'
        f"<option>{_ALUMNI_PROGRAM[0][0]}</option><option>{_ALUMNI_PROGRAM[1][0]}</option></select></div>",
        '<div><label class="block text-sm font-medium text-slate-700 mb-2">Lemdik</label><select>'
        f'<option value="">Semua Lemdik</option><option>{_ALUMNI_PROGRAM[0][1]}</option>'
        f"<option>{_ALUMNI_PROGRAM[1][1]}</option></select></div></div>",
        '<div class="flex gap-3 mt-4"><button><span class="flex items-center gap-2">Terapkan Filter</span></button>'
        '<button><span class="flex items-center gap-2">Reset</span></button></div></div>',
        '<div class="bg-white rounded-lg shadow overflow-hidden">',
        '<div class="px-6 py-4 border-b border-slate-200 flex flex-wrap gap-4 justify-between items-center">'
        '<div class="flex items-center gap-4"><h3 class="text-lg font-medium text-slate-900">Daftar Alumni</h3>'
        '<div class="flex items-center gap-2"><label class="text-sm text-slate-600">Tampilkan:</label><select>'
        '<option value="10">10</option><option value="20" selected>20</option><option value="50">50</option>'
        '<option value="100">100</option></select><span class="text-sm text-slate-600">baris</span></div></div>'
        "<button>Export Excel</button></div>",
        '<div class="overflow-x-auto"><table class="min-w-full divide-y divide-slate-200">',
        f'<thead class="bg-slate-50"><tr>{th}No</th>{th}Nama</th>{th}NIP</th>{th}Nama Instansi</th>{th}Program</th>'
        f"{th}Nama Lemdik</th>{th}Nomor KRA</th>{th}Proyek Perubahan</th></tr></thead>",
        '<tbody class="bg-white divide-y divide-slate-200">', *rows, "</tbody></table></div>",
        '<div class="px-6 py-4 border-t border-slate-200 flex items-center justify-between">'
        f'<div class="text-sm text-slate-700">Menampilkan 1 sampai {len(crowd)} dari {len(crowd)} hasil</div>'
        '<div class="flex space-x-2"><button disabled>Sebelumnya</button><button disabled>Selanjutnya</button></div>'
        "</div></div></div></div>", "</body>", "</html>", "",
    ])  # fmt: skip
    path = tmp_path / "Database Alumni.html"
    path.write_text(page, encoding="utf-8")
    return Expected(path, len(crowd), _counts(buckets), cohorts=2, cohort_sizes=(9, 5), valid_nips=len(crowd))


# ---------------------------------------------------------------------------------------------------------
# 60. A meeting-attendance app's printed attendance sheet (index file id 44355338296, a Blade view for dompdf):
#     a bordered head table, the logo cell (an inline data: image) spanning five rows beside 'DAFTAR HADIR' and the
#     label rows 'Agenda / Kegiatan :', 'Hari / Tanggal :' (Carbon 'l, d F Y'), 'Waktu :' ('H:i - s.d Selesai'),
#     'Tempat :'; then No | Nama | NP | Jabatan | Unit Kerja / Instansi | Tanda Tangan (each signature an inline
#     data: image, empty when not signed) and below 'Bukti Kegiatan' with the event photo.
# ---------------------------------------------------------------------------------------------------------

_SOLO_UNIT: tuple[tuple[str, Bucket], ...] = (
    ("Dinas Kearsipan dan Perpustakaan Kota Surakarta", "regional"),
    ("BPS Kota Surakarta", "central"),
    ("Bappeda Kabupaten Sukoharjo", "regional"),
    ("Kantor Kementerian Agama Kabupaten Karanganyar", "central"),
    ("Sekretariat Daerah Kabupaten Boyolali", "regional"),
    ("Dinas Komunikasi dan Informatika Kabupaten Klaten", "regional"),
)
_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def blade_daftar_hadir_np_logo(tmp_path: Path) -> Expected:
    """'daftar-hadir.html' (the dompdf view saved as HTML): 'Bimbingan Teknis Pengelolaan Arsip Dinamis', Senin,
    07 Desember 2026, 09:00 - s.d Selesai, 12 attendees from regional and central offices around Surakarta, NP the
    employee number (the NIP for these civil servants), 10 signed. Expected 12 participants, one cohort dated 7 Dec
    2026, 8 regional / 4 central; the logo, the labels and 'Bukti Kegiatan' are nobody."""
    crowd = people(12, seed=6060)
    buckets: list[Bucket] = []
    rows = []
    for i, p in enumerate(crowd, start=1):
        unit, bucket = _SOLO_UNIT[(i - 1) % len(_SOLO_UNIT)]
        buckets.append(bucket)
        ttd = f'<img src="{_PNG}" style="max-width: 100%; max-height:40px;">' if i not in (4, 9) else ""
        rows.append(
            "        <tr>\n"
            f"          <td>{i}</td>\n          <td class=\"text-left\">{html.escape(p.name)}</td>\n"
            f"          <td>{p.nip}</td>\n          <td class=\"text-left\">{p.jabatan}</td>\n"
            f"          <td class=\"text-left\">{unit}</td>\n          <td>\n              {ttd}\n          </td>\n"
            "        </tr>"
        )  # fmt: skip
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '  <meta charset="UTF-8">', "  <title>Daftar Hadir</title>",
        "  <style>", "    * { box-sizing: border-box; font-family: Arial, sans-serif; font-size: 15px; }",
        "    @page { size: A4 portrait; margin: 1cm; }", "    .main-table { width: 100%; border-collapse: collapse; }",
        "  </style>", "</head>", "<body>", "  <!-- HEADER -->", '  <table class="main-table">', "    <tr>",
        '      <td class="logo-cell" rowspan="5">', f'        <img src="{_PNG}">', "      </td>",
        '      <td colspan="2" class="header-title">DAFTAR HADIR</td>', "    </tr>", "    <tr>",
        '      <td class="info-label">Agenda / Kegiatan :</td>',
        '      <td class="info-value">Bimbingan Teknis Pengelolaan Arsip Dinamis</td>', "    </tr>", "    <tr>",
        '      <td class="info-label">Hari / Tanggal :</td>', '      <td class="info-value">Senin, 07 Desember 2026</td>',
        "    </tr>", "    <tr>", '      <td class="info-label">Waktu :</td>',
        '      <td class="info-value">09:00 - s.d Selesai</td>', "    </tr>", "    <tr>",
        '      <td class="info-label">Tempat :</td>',
        '      <td class="info-value">Ruang Rapat Lantai 2 Balai Kota Surakarta</td>', "    </tr>", "  </table>",
        "  <!-- TABEL PESERTA -->", '  <table class="table-peserta">', "    <thead>", "      <tr>",
        '        <th width="20">No</th>', "        <th>Nama</th>", '        <th width="30">NP</th>',
        "        <th>Jabatan</th>", "        <th>Unit Kerja / Instansi</th>", '        <th width="120">Tanda Tangan</th>',
        "      </tr>", "    </thead>", "    <tbody>", *rows, "    </tbody>", "  </table>",
        "  <!-- GAMBAR BUKTI KEGIATAN -->", '    <div class="bukti-container">', "      <h4>Bukti Kegiatan</h4>",
        f'      <img src="{_PNG}">', "    </div>", "</body>", "</html>", "",
    ])  # fmt: skip
    path = tmp_path / "daftar-hadir.html"
    path.write_text(page, encoding="utf-8")
    return Expected(path, len(crowd), _counts(buckets), dates=("2026-12-07", "2026-12-07"), valid_nips=len(crowd))


REAL_LAYOUTS: Mapping[str, Callable[[Path], Expected]] = {
    "sarprasv1_diklat": sarprasv1_diklat,
    "sarprasv1_latsar": sarprasv1_latsar,
    "webcourse_ikut_pelatihan": webcourse_ikut_pelatihan,
    "panda_kegiatan": panda_kegiatan,
    "laravel_nama_nip": laravel_nama_nip,
    "ci_daftar_peserta_xls": ci_daftar_peserta_xls,
    "ci_csv_nama_spaced": ci_csv_nama_spaced,
    "basarnas_absensi": basarnas_absensi,
    "sheetjs_nip_nrp": sheetjs_nip_nrp,
    "exceljs_penyuluh_nomor": exceljs_penyuluh_nomor,
    "ci_daftar_hadir_halaman": ci_daftar_hadir_halaman,
    "laravel_event_peserta": laravel_event_peserta,
    "absensi_pegawai_ttd": absensi_pegawai_ttd,
    "datatables_kelas_nonqia": datatables_kelas_nonqia,
    "csv_pegawai_titik_koma": csv_pegawai_titik_koma,
    "duk_tiga_baris": duk_tiga_baris,
    "laravel_data_lampiran": laravel_data_lampiran,
    "yajra_presensi_ttd": yajra_presensi_ttd,
    "absensi_ttd_zigzag": absensi_ttd_zigzag,
    "sikompetensi_pdf_halaman": sikompetensi_pdf_halaman,
    "sikompetensi_template_nilai": sikompetensi_template_nilai,
    "blade_rekap_presensi_sesi": blade_rekap_presensi_sesi,
    "simpeg_pelantikan_nama_nip_lahir": simpeg_pelantikan_nama_nip_lahir,
    "exceljs_perangkat_desa": exceljs_perangkat_desa,
    "exceljs_hadir_bulanan": exceljs_hadir_bulanan,
    "pdflib_daftar_hadir_event": pdflib_daftar_hadir_event,
    "simpeg_nominatif_no_kosong": simpeg_nominatif_no_kosong,
    "simpeg_ttl_nip_agama": simpeg_ttl_nip_agama,
    "hrd_html_nip_lama_gelar": hrd_html_nip_lama_gelar,
    "csv_pelatihan_nip_nik": csv_pelatihan_nip_nik,
    "laravel_pengguna_lulusan_satker": laravel_pengguna_lulusan_satker,
    "laravel_guru_gelar": laravel_guru_gelar,
    "sppd_rekap_biaya_tiga_baris": sppd_rekap_biaya_tiga_baris,
    "blade_hadir_pbj_empat_baris": blade_hadir_pbj_empat_baris,
    "gas_respon_absen_ttd": gas_respon_absen_ttd,
    "jspdf_rekap_pegawai_audit": jspdf_rekap_pegawai_audit,
    "livewire_template_asn_non_asn": livewire_template_asn_non_asn,
    "asrama_peserta_pengajar_panitia": asrama_peserta_pengajar_panitia,
    "sikompetensi_laporan_ringkasan": sikompetensi_laporan_ringkasan,
    "se2026_dpr_lampiran_halaman": se2026_dpr_lampiran_halaman,
    "se2026_spj_uang_transport": se2026_spj_uang_transport,
    "se2026_daftar_hadir_wilayah_tugas": se2026_daftar_hadir_wilayah_tugas,
    "absenta_rapat_pleno_nip_nuptk": absenta_rapat_pleno_nip_nuptk,
    "absenta_ringkasan_kehadiran_guru": absenta_ringkasan_kehadiran_guru,
    "duk_fakultas_lima_tabel": duk_fakultas_lima_tabel,
    "sisdmk_metrologi_instansi_kerja": sisdmk_metrologi_instansi_kerja,
    "sisdmk_metrologi_asal_kota": sisdmk_metrologi_asal_kota,
    "sheetjs_template_contoh_peserta": sheetjs_template_contoh_peserta,
    "presensi_bulanan_gabungan": presensi_bulanan_gabungan,
    "gas_pengawas_pelatihan_peserta": gas_pengawas_pelatihan_peserta,
    "blade_rekap_pelatihan_penyelenggara": blade_rekap_pelatihan_penyelenggara,
    "ci4_latsar_halaman_id": ci4_latsar_halaman_id,
    "rakorbin_absensi_nrp_nip": rakorbin_absensi_nrp_nip,
    "jszip_template_pegawai_ukpd": jszip_template_pegawai_ukpd,
    "kartik_grid_student_halaman": kartik_grid_student_halaman,
    "exceljs_attendance_status_absent": exceljs_attendance_status_absent,
    "dephub_daftar_hadir_widyaiswara": dephub_daftar_hadir_widyaiswara,
    "astina_template_peserta_snake": astina_template_peserta_snake,
    "astina_alumni_halaman": astina_alumni_halaman,
    "blade_daftar_hadir_np_logo": blade_daftar_hadir_np_logo,
}
