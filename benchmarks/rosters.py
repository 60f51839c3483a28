"""Generate large, realistic roster files (fictional people) for the intake benchmarks."""

from __future__ import annotations

import csv
import random
from pathlib import Path

HEADER = ["No", "Nama", "NIP", "L/P", "Pangkat/Gol", "Jabatan", "Instansi", "Unit Kerja", "Provinsi", "Nilai"]
FIRST = (
    "Budi Siti Andi Rina Agus Dewi Eko Fitri Hadi Indah Joko Kartika Lukman Maya Nur Putri Rudi Sari".split()
)
LAST = (
    "Santoso Aminah Wijaya Lestari Pratama Hidayat Nugroho Rahayu Saputra Utami Kurniawan Wulandari".split()
)
REGIONS = (
    "Kabupaten Bogor|Kota Bogor|Kabupaten Sleman|Kota Surabaya|Provinsi Jawa Barat|Kabupaten Banjar|Kota Banjar|"
    "Provinsi Papua Tengah|Kabupaten Gorontalo|Kota Jambi|Provinsi Jawa Timur|Kabupaten Bandung|Kota Medan|"
    "Kabupaten Sidoarjo|Provinsi Sulawesi Selatan|Kota Makassar|Kabupaten Badung|Kota Denpasar"
).split("|")
UNITS = "Dinas Kesehatan|Dinas Pendidikan|BKPSDM|Bappeda|Inspektorat|Sekretariat Daerah|RSUD|Satpol PP".split(
    "|"
)
CENTRAL = (
    "Kementerian Keuangan|Kementerian Dalam Negeri|Badan Kepegawaian Negara|Lembaga Administrasi Negara|"
    "Badan Pusat Statistik|Kementerian Kesehatan|Kementerian Agama|Kementerian Pertanian"
).split("|")


def instansi_values(distinct: int, seed: int = 7) -> list[str]:
    """`distinct` different instansi strings written the way rosters write them."""
    rng = random.Random(seed)
    values: list[str] = []
    seen: set[str] = set()
    while len(values) < distinct:
        if rng.random() < 0.5:
            text = f"{rng.choice(UNITS)} {rng.choice(REGIONS)}"
        else:
            text = rng.choice(CENTRAL)
        text = f"{text} {len(values)}" if text in seen else text  # keep them distinct, realistically messy
        seen.add(text)
        values.append(text)
    return values


def nip(rng: random.Random, serial: int) -> str:
    """A valid-looking fictional PNS NIP, unique by serial."""
    year = rng.randint(1965, 1998)
    birth = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{year + rng.randint(20, 25)}{rng.randint(1, 12):02d}"
    return f"{birth}{tmt}{rng.choice('12')}{serial % 999 + 1:03d}"


def rows(n: int, distinct_instansi: int = 5000, seed: int = 1) -> list[list[object]]:
    """n participant rows."""
    rng = random.Random(seed)
    agencies = instansi_values(distinct_instansi)
    out: list[list[object]] = []
    for i in range(n):
        n_ip = nip(rng, i)
        out.append(
            [
                i + 1,
                f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                n_ip,
                "L" if n_ip[14] == "1" else "P",
                rng.choice(["Penata Muda (III/a)", "Penata (III/c)", "Pembina (IV/a)", "III/b", "IV/b"]),
                "Analis Kebijakan Ahli Muda",
                agencies[i % len(agencies)],
                "Bagian Umum",
                "",
                round(rng.uniform(70, 95), 2),
            ]
        )
    return out


def write_xlsx(path: Path, n: int) -> Path:
    """A roster workbook with a title block, as offices produce it."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Peserta")
    sheet.append(["DAFTAR PESERTA PELATIHAN KEPEMIMPINAN ADMINISTRATOR ANGKATAN I TAHUN 2024"])
    sheet.append(["Jakarta, 5 - 8 Februari 2024"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows(n):
        sheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, n: int) -> Path:
    """The same roster as a semicolon CSV in Windows-1252."""
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows(n))
    return path
