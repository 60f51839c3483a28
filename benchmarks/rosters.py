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


def _workbook(path: Path, title: str, place_and_dates: str, body: list[list[object]]) -> Path:
    """A roster workbook with a title block (title, place and dates, a blank line), as offices produce it."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Peserta")
    for line in ([title], [place_and_dates], [], HEADER, *body):
        sheet.append(line)
    workbook.save(path)
    return path


def write_xlsx(path: Path, n: int) -> Path:
    """A roster workbook with a title block, as offices produce it."""
    title = "DAFTAR PESERTA PELATIHAN KEPEMIMPINAN ADMINISTRATOR ANGKATAN I TAHUN 2024"
    return _workbook(path, title, "Jakarta, 5 - 8 Februari 2024", rows(n))


def write_csv(path: Path, n: int) -> Path:
    """The same roster as a semicolon CSV in Windows-1252."""
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows(n))
    return path


# A messy roster (issue 14, "the command line is slow"): about a third of the NIPs are not valid
# 18-digit NIPs, some people are listed twice, and each agency group sits under a section row and ends
# with a "Sub Jumlah" row and a blank row, as offices write rosters by hand.
BAD_NIPS = (
    lambda rng, good: good[:-3],  # digits missing
    lambda rng, good: f"{rng.randint(10**15, 10**16 - 1)}",  # a NIK instead of a NIP
    lambda rng, good: f"{good[:8]} {good[8:14]} {good[14]} {good[15:]}x",  # a stray letter
    lambda rng, good: "-",
    lambda rng, good: f"{float(good):.5E}",  # Excel's scientific display
    lambda rng, good: f"{good[:15]}000",  # Excel's 15 significant digits
    lambda rng, good: f"NIP. {good[:12]}",
    lambda rng, good: None,
)


SYLLABLES = "ka ri na su wi ja ya to mo ha di an sa ra ti lu gu ba de ni".split()
TITLES = ("", "", "", "Dr. ", "Ir. ", "Hj. ")
SPACES = (" ",) * 19 + ("  ",)  # one name in twenty typed with a double space


def given_name(rng: random.Random) -> str:
    """A made-up given name, so that names repeat about as rarely as in real rosters."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()


def person_name(rng: random.Random) -> str:
    """A participant's name as typed: sometimes with a title, now and then with a double space."""
    return f"{rng.choice(TITLES)}{rng.choice(FIRST)}{rng.choice(SPACES)}{given_name(rng)} {rng.choice(LAST)}"


def gender_cell(rng: random.Random, nip_text: str | None) -> str | None:
    """The gender as offices write it: mostly agreeing with a valid NIP, sometimes blank or wrong."""
    roll = rng.random()
    if roll < 0.1:
        return None
    female = nip_text[14:15] == "2" if nip_text and len(nip_text) == 18 else rng.random() < 0.5
    if roll < 0.12:
        female = not female
    return rng.choice(["P", "Perempuan", "W"] if female else ["L", "Laki-laki", "Pria"])


def messy_rows(n: int, distinct_instansi: int = 5000, seed: int = 3) -> list[list[object]]:
    """At least n sheet rows of participants in agency sections, with invalid NIPs and duplicates."""
    rng = random.Random(seed)
    agencies = instansi_values(distinct_instansi)
    out: list[list[object]] = []
    person = 0
    while len(out) < n:
        agency = agencies[person % len(agencies)]
        blank: list[object] = [None] * (len(HEADER) - 2)
        out.append([None, agency.upper(), *blank])  # section row
        size = rng.randint(5, 40)
        for k in range(size):
            good = nip(rng, person)
            roll = rng.random()
            if roll < 0.02 and out[-1][2]:  # the person above, listed twice
                out.append([k + 1, *out[-1][1:]])
                continue
            value = good if roll >= 0.34 else rng.choice(BAD_NIPS)(rng, good)
            out.append(
                [
                    k + 1,
                    person_name(rng),
                    value,
                    gender_cell(rng, value),
                    rng.choice(
                        ["Penata Muda (III/a)", "Penata (III/c)", "Pembina (IV/a)", "III/b", "IV/b", None]
                    ),
                    "Analis Kebijakan Ahli Muda",
                    None if rng.random() < 0.05 else agency,
                    "Bagian Umum",
                    None,
                    round(rng.uniform(70, 95), 2) if rng.random() < 0.9 else None,
                ]
            )
            person += 1
        out.append([None, f"Sub Jumlah: {size}", *blank])
        out.append([None, None, *blank])
    return out


def write_messy_xlsx(path: Path, n: int) -> Path:
    """The messy roster as a workbook with a title block."""
    title = "DAFTAR PESERTA PELATIHAN KEPEMIMPINAN PENGAWAS ANGKATAN III TAHUN 2024"
    return _workbook(path, title, "Bogor, 10 - 14 Juni 2024", messy_rows(n))


def roster_file(folder: Path, kind: str, n: int) -> Path:
    """The generated "clean" or "messy" roster of n rows in folder, written on first use."""
    writers = {"clean": write_xlsx, "messy": write_messy_xlsx}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{'roster' if kind == 'clean' else 'roster_' + kind}_{n}.xlsx"
    return path if path.exists() else writers[kind](path, n)
