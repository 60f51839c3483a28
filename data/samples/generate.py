"""Write the committed sample rosters (fictional people) and their ground truth, expected.json.

Run from the repository root: ``.venv/bin/python data/samples/generate.py``. The output is
deterministic: every file has its own seeded random generator, and the xlsx archives get fixed
timestamps, so re-running without changes leaves git clean.

The sector of every participant is authored here (the ``sector`` of each instansi text below), not
taken from the classifier: expected.json is the ground truth the intake is tested against.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HERE: Final = Path(__file__).resolve().parent
FIXED_ZIP_TIME: Final = (2024, 1, 1, 0, 0, 0)
FIXED_DOC_TIME: Final = "2024-01-01T00:00:00Z"

# --- reference tables --------------------------------------------------------------------------------

GOLONGAN_PANGKAT: Final[dict[str, str]] = {
    "II/a": "Pengatur Muda", "II/b": "Pengatur Muda Tingkat I", "II/c": "Pengatur", "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda", "III/b": "Penata Muda Tingkat I", "III/c": "Penata", "III/d": "Penata Tingkat I",
    "IV/a": "Pembina", "IV/b": "Pembina Tingkat I", "IV/c": "Pembina Utama Muda",
}  # fmt: skip
# Typical years of service at each golongan (for a plausible TMT CPNS in the NIP).
SERVICE_YEARS: Final[dict[str, tuple[int, int]]] = {
    "II/a": (0, 0), "II/b": (4, 7), "II/c": (8, 11), "II/d": (12, 15),
    "III/a": (1, 4), "III/b": (4, 8), "III/c": (8, 12), "III/d": (12, 16),
    "IV/a": (16, 21), "IV/b": (20, 25), "IV/c": (24, 29),
}  # fmt: skip

MALE_NAMES: Final = (
    "Agus", "Budi", "Dimas", "Eko", "Fajar", "Gilang", "Hendra", "Irfan", "Joko", "Lukman", "Muhammad",
    "Nanda", "Oki", "Rizky", "Sigit", "Taufik", "Wahyu", "Yusuf", "Arif", "Bayu", "Dedi", "Ferry", "Hadi",
    "Ilham", "Rahmat", "Teguh", "I Made", "I Ketut", "Andi", "La Ode", "Yohanes", "Stefanus", "Ahmad",
    "Bambang", "Hendrik", "Rudi", "Samuel", "Zainal", "Anton", "Galih",
)  # fmt: skip
FEMALE_NAMES: Final = (
    "Ani", "Dewi", "Endang", "Fitri", "Indah", "Kartika", "Maya", "Nur", "Putri", "Ratna", "Sari", "Tri",
    "Wulan", "Yuli", "Ayu", "Dian", "Eka", "Hana", "Intan", "Lina", "Mega", "Novi", "Rina", "Siti",
    "Ni Luh", "Ni Made", "Maria", "Theresia", "Annisa", "Diah", "Fransiska", "Herlina", "Laila", "Nurul",
)  # fmt: skip
FAMILY_NAMES: Final = (
    "Pratama", "Santoso", "Wibowo", "Saputra", "Hidayat", "Nugroho", "Setiawan", "Kusuma", "Wijaya",
    "Siregar", "Nasution", "Simanjuntak", "Harahap", "Manurung", "Sinaga", "Tanjung", "Lubis", "Rumbiak",
    "Wenda", "Mandacan", "Tuhumury", "Pattiasina", "Latuconsina", "Rahman", "Hakim", "Maulana", "Permana",
    "Ramadhan", "Gunawan", "Sutrisno", "Purnomo", "Hutapea", "Sembiring", "Ginting", "Mahendra", "Suryadi",
    "Kurniawan", "Firmansyah", "Baskoro", "Halim", "Tambunan", "Rompas", "Lumban Gaol", "Daeng Masiga",
)  # fmt: skip
FEMALE_FAMILY_NAMES: Final = (
    "Rahmawati", "Handayani", "Susanti", "Anggraini", "Puspitasari", "Oktaviani", "Wulandari", "Lestari",
    "Purwaningsih", "Kusumawardani", "Fitriani", "Maharani",
)  # fmt: skip
# Names with characters only Windows-1252 (not ASCII) can hold, for the CSV file.
CP1252_NAMES: Final = (("Ma’ruf Hidayatullah", "L"), ("Nur’aini Fadhilah", "P"), ("André Kusnadi", "L"))
DEGREES: Final = ("S.E.", "S.Sos.", "S.H.", "S.Kom.", "S.T.", "S.Pd.", "S.I.P.", "S.K.M.", "S.Stat.", "S.Ak.")
MASTER_DEGREES: Final = ("M.Si.", "M.M.", "M.A.P.", "M.T.", "M.Kes.", "M.H.", "M.Pd.", "M.Ak.")


@dataclass(frozen=True)
class Instansi:
    """An instansi as a roster writes it, with the sector we (the authors) know it belongs to."""

    text: str
    sector: str  # "central" | "regional" | "other" | "unknown"
    jabatan: tuple[str, ...] = ()


K_L = "central"
PEMDA = "regional"
JAB_KL = (
    "Analis Kebijakan Ahli Muda", "Analis Sumber Daya Manusia Aparatur Ahli Muda", "Perencana Ahli Muda",
    "Pranata Komputer Ahli Muda", "Auditor Ahli Muda", "Analis Keuangan Pusat dan Daerah Ahli Muda",
    "Kepala Subbagian Tata Usaha", "Analis Kepegawaian Ahli Madya",
)  # fmt: skip
JAB_PEMDA = (
    "Analis Kebijakan Ahli Muda", "Kepala Seksi Pengembangan Kompetensi", "Kepala Subbagian Umum dan Kepegawaian",
    "Perencana Ahli Muda", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "Kepala Bidang Mutasi",
    "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda",
)  # fmt: skip


def _kl(text: str, *jabatan: str) -> Instansi:
    return Instansi(text, K_L, jabatan or JAB_KL)


def _pemda(text: str, *jabatan: str) -> Instansi:
    return Instansi(text, PEMDA, jabatan or JAB_PEMDA)


# The reference cohort: 14 K/L and 12 Pemda, written the way offices write them.
REFERENCE_CENTRAL: Final = (
    _kl("Kementerian Keuangan", "Analis Keuangan Pusat dan Daerah Ahli Muda"),
    _kl("Kemendagri", "Analis Kebijakan Ahli Muda"),
    _kl("BKN", "Analis Sumber Daya Manusia Aparatur Ahli Madya"),
    _kl("Badan Pusat Statistik Kabupaten Sleman", "Statistisi Ahli Muda"),
    _kl("Kantor Kementerian Agama Kota Bandung", "Penyuluh Agama Islam Ahli Muda"),
    _kl("Kementerian PANRB", "Analis Kebijakan Ahli Madya"),
    _kl("Kemenkes", "Administrator Kesehatan Ahli Muda"),
    _kl("Badan Pengawas Obat dan Makanan", "Pengawas Farmasi dan Makanan Ahli Muda"),
    _kl("Kanwil DJP Jawa Timur", "Pemeriksa Pajak Ahli Muda"),
    _kl("Kementerian Perhubungan", "Perencana Ahli Muda"),
    _kl("Lembaga Administrasi Negara", "Widyaiswara Ahli Madya"),
    _kl("Kemenkumham", "Analis Hukum Ahli Muda"),
    _kl("BPKP", "Auditor Ahli Madya"),
    _kl("Badan Riset dan Inovasi Nasional", "Peneliti Ahli Muda"),
)
REFERENCE_REGIONAL: Final = (
    _pemda("Pemerintah Kabupaten Bogor", "Kepala Bidang Pengembangan Kompetensi Aparatur"),
    _pemda("Pemkot Surabaya", "Analis Sumber Daya Manusia Aparatur Ahli Muda"),
    _pemda("Dinas Kesehatan Provinsi Jawa Tengah", "Administrator Kesehatan Ahli Muda"),
    _pemda("BKPSDM Kabupaten Badung", "Kepala Bidang Pengembangan Aparatur"),
    _pemda("Setda Provinsi Papua Tengah", "Kepala Bagian Organisasi"),
    _pemda("Pemprov DKI Jakarta", "Analis Kebijakan Ahli Muda"),
    _pemda("Bappeda Kota Malang", "Perencana Ahli Muda"),
    _pemda("Pemerintah Kota Tangerang Selatan", "Kepala Subbagian Umum dan Kepegawaian"),
    _pemda("Inspektorat Kabupaten Gowa", "Auditor Ahli Muda"),
    _pemda("Badan Kepegawaian Daerah Provinsi NTT", "Kepala Bidang Mutasi dan Promosi"),
    _pemda("Pemkab Sleman", "Analis Kebijakan Ahli Muda"),
    _pemda("Sekretariat DPRD Provinsi Sumatera Barat", "Kepala Bagian Umum"),
)

# 2019-2024 cabinet names (rosters from 2023 and early 2024).
CENTRAL_2023: Final = (
    _kl("Kementerian Dalam Negeri"), _kl("Kemenkeu"), _kl("Kementerian Agama"), _kl("Kemendikbudristek"),
    _kl("KemenPUPR"), _kl("Kominfo"), _kl("KLHK"), _kl("BMKG"), _kl("Setjen DPR RI"), _kl("Ombudsman RI"),
    _kl("Kementerian Sekretariat Negara"), _kl("Kementerian Pertanian"), _kl("BKN"), _kl("BPS Kota Batu"),
    _kl("Kemenag Kab. Pati"), _kl("KPP Pratama Medan Petisah"), _kl("Kantor Pertanahan Kabupaten Klaten"),
    _kl("Pengadilan Negeri Denpasar"), _kl("Kejaksaan Negeri Makassar"), _kl("KPU Kabupaten Garut"),
    _kl("Bawaslu Provinsi Banten"), _kl("Kantor Imigrasi Kelas I Surabaya"), _kl("Kemenko PMK"),
    _kl("Politeknik Negeri Bandung"), _kl("MAN 2 Kota Yogyakarta"), _kl("Kementerian ATR/BPN"),
    _kl("Badan Nasional Penanggulangan Bencana"), _kl("Kemenparekraf"), _kl("Kementerian Desa PDTT"),
    _kl("Badan Pemeriksa Keuangan"), _kl("Mahkamah Konstitusi"), _kl("Badan Siber dan Sandi Negara"),
)  # fmt: skip
REGIONAL_MIXED: Final = (
    _pemda("Pemprov Jabar"), _pemda("Pemkab Maros"), _pemda("Pemkot Kupang"), _pemda("Pemerintah Kabupaten Kupang"),
    _pemda("Dinas PUPR Kabupaten Sorong"), _pemda("Pemerintah Provinsi Papua Barat Daya"),
    _pemda("Pemerintah Kabupaten Merauke"), _pemda("Dinas Pertanian Kab. Lamongan"), _pemda("BPKAD Kota Pekanbaru"),
    _pemda("DPMPTSP Provinsi Kepri"), _pemda("Pemerintah Kota Jambi"), _pemda("Pemerintah Provinsi Jambi"),
    _pemda("Suku Dinas Kesehatan Jakarta Selatan"), _pemda("Biro Organisasi Setda Provinsi Jawa Timur"),
    _pemda("Pemkab Banjar"), _pemda("Pemkot Banjar"), _pemda("Dinas Pendidikan Kota Solo"),
    _pemda("Kecamatan Cibinong Kabupaten Bogor"), _pemda("Satpol PP Kota Bekasi"), _pemda("RSUD Kabupaten Sidoarjo"),
    _pemda("Badan Pendapatan Daerah Kabupaten Bekasi"), _pemda("BPSDM Provinsi Jawa Barat"),
    _pemda("Dinas Kominfo Kota Medan"), _pemda("Pemerintah Provinsi Papua Selatan"), _pemda("Kab. Jayapura"),
    _pemda("Dinas Pendidikan Provinsi Sulsel"), _pemda("Badan Kesbangpol Kabupaten Bone"),
    _pemda("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Semarang"),
)  # fmt: skip
# PKP Angkatan III 2024 runs after the October 2024 cabinet change: new ministry names; East Java.
CENTRAL_JATIM_2024: Final = (
    _kl("Kanwil Kementerian Hukum Jawa Timur"), _kl("Kemenag Kabupaten Kediri"), _kl("KPPN Malang"),
    _kl("Kantor Pertanahan Kota Malang"), _kl("Kantor Regional II BKN Surabaya"),
    _kl("Balai Besar POM di Surabaya"), _kl("Kanwil Kemenkeu Jatim"), _kl("Politeknik Negeri Malang"),
    _kl("Kementerian Komunikasi dan Digital"), _kl("Kementerian Imigrasi dan Pemasyarakatan"),
)  # fmt: skip
REGIONAL_JATIM: Final = (
    _pemda("Pemkab Malang"), _pemda("Pemkot Batu"), _pemda("Pemerintah Kabupaten Banyuwangi"),
    _pemda("Dinas Pendidikan Kabupaten Jember"), _pemda("RSUD Kabupaten Tulungagung"), _pemda("Pemprov Jatim"),
    _pemda("Badan Kepegawaian Daerah Provinsi Jawa Timur"), _pemda("Bappelitbangda Kabupaten Lumajang"),
    _pemda("Pemerintah Kota Madiun"), _pemda("Pemerintah Kabupaten Madiun"), _pemda("Dinas Kesehatan Kab. Ponorogo"),
    _pemda("Pemkab Ngawi"), _pemda("Pemerintah Kabupaten Pamekasan"), _pemda("Pemerintah Kota Kediri"),
    _pemda("Pemkab Kediri"),
)  # fmt: skip
# Planted: a unit written without its government, which nobody can classify from the text alone.
UNKNOWN_INSTANSI: Final = Instansi("UPT Pelatihan Kerja", "unknown", ("Instruktur Ahli Muda",))


# --- people ------------------------------------------------------------------------------------------


@dataclass
class Person:
    """One fictional participant."""

    name: str
    nip: str  # 18 digits
    gender: str  # "L" / "P"
    golongan: str
    jabatan: str
    instansi: str
    sector: str
    birth_place: str = ""
    birth_date: date = field(default_factory=lambda: date(1980, 1, 1))

    @property
    def pangkat(self) -> str:
        """Pangkat name of the golongan."""
        return GOLONGAN_PANGKAT[self.golongan]

    def nip_spaced(self) -> str:
        """'19800312 200501 2 001', as LAN letters write it."""
        n = self.nip
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


class People:
    """Deterministic fictional people; names and NIPs are unique across all files."""

    used_names: set[str] = set()
    used_nips: set[str] = set()

    def __init__(self, seed: int, year: int) -> None:
        self.rng = random.Random(seed)
        self.year = year

    def name(self, gender: str, titled: bool = True) -> str:
        """A fresh full name with the degrees rosters print."""
        rng = self.rng
        while True:
            first = rng.choice(MALE_NAMES if gender == "L" else FEMALE_NAMES)
            pool = FAMILY_NAMES + (FEMALE_FAMILY_NAMES if gender == "P" else ())
            name = f"{first} {rng.choice(pool)}"
            if name not in People.used_names:
                People.used_names.add(name)
                break
        if not titled:
            return name
        degree = rng.choice(DEGREES)
        if rng.random() < 0.45:
            degree += ", " + rng.choice(MASTER_DEGREES)
        prefix = "Dr. " if rng.random() < 0.05 else ""
        return f"{prefix}{name}, {degree}"

    def nip(self, birth: date, tmt_year: int, tmt_month: int, gender: str) -> str:
        """A PNS NIP: birth date, TMT CPNS, gender digit, serial (001 unless the first 15 digits collide)."""
        stem = f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{1 if gender == 'L' else 2}"
        serial = 1
        while f"{stem}{serial:03d}" in People.used_nips:
            serial += 1
        nip = f"{stem}{serial:03d}"
        People.used_nips.add(nip)
        return nip

    def person(
        self,
        inst: Instansi,
        golongan: str,
        *,
        cpns_tmt: tuple[int, int] | None = None,
        gender: str | None = None,
        name: str | None = None,
        titled: bool = True,
    ) -> Person:
        """A participant of the given instansi and golongan."""
        rng = self.rng
        gender = gender or rng.choice("LP")
        if cpns_tmt:
            tmt_year, tmt_month = cpns_tmt
            birth_year = tmt_year - rng.randint(23, 29)
        else:
            low, high = SERVICE_YEARS[golongan]
            tmt_year = self.year - rng.randint(low, high)
            tmt_month = rng.choice((1, 3, 3, 4, 12, 12))
            birth_year = tmt_year - rng.randint(22, 29)
        birth = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
        return Person(
            name=name or self.name(gender, titled),
            nip=self.nip(birth, tmt_year, tmt_month, gender),
            gender=gender,
            golongan=golongan,
            jabatan=rng.choice(inst.jabatan),
            instansi=inst.text,
            sector=inst.sector,
            birth_place=rng.choice(BIRTH_PLACES),
            birth_date=birth,
        )

    def cohort(
        self,
        central: Sequence[Instansi],
        regional: Sequence[Instansi],
        n_central: int,
        n_regional: int,
        golongan: Sequence[str],
    ) -> list[Person]:
        """n_central + n_regional people from the two pools, shuffled."""
        rng = self.rng
        picks = _spread(rng, central, n_central) + _spread(rng, regional, n_regional)
        rng.shuffle(picks)
        return [self.person(inst, rng.choice(golongan)) for inst in picks]


BIRTH_PLACES: Final = ("Malang", "Surabaya", "Kediri", "Blitar", "Jember", "Madiun", "Banyuwangi", "Sidoarjo",
                       "Yogyakarta", "Semarang", "Bandung", "Jakarta", "Medan", "Makassar")  # fmt: skip


def _spread(rng: random.Random, pool: Sequence[Instansi], n: int) -> list[Instansi]:
    """n instansi from a pool: each at most once until the pool is used up."""
    out: list[Instansi] = []
    while len(out) < n:
        out.extend(rng.sample(list(pool), min(len(pool), n - len(out))))
    return out


# --- ground truth ------------------------------------------------------------------------------------


@dataclass
class Cohort:
    """What a sheet holds, as authored: the expected.json entry for it."""

    sheet: str
    program: str
    angkatan: str
    year: int
    start_date: date
    end_date: date
    people: list[Person]
    planted: list[dict[str, object]] = field(default_factory=list)
    venue: str = ""

    def expected(self) -> dict[str, object]:
        """Counts by authored sector (a person listed twice counts once), plus the planted problems."""
        people = list({p.nip: p for p in reversed(self.people)}.values())  # the first row of each NIP
        counts = {s: sum(p.sector == s for p in people) for s in ("central", "regional", "other", "unknown")}
        return {
            "sheet": self.sheet,
            "program": self.program,
            "angkatan": self.angkatan,
            "year": self.year,
            "start_date": self.start_date.isoformat(),
            "end_date": self.end_date.isoformat(),
            "venue": self.venue,
            "total": len(people),
            "rows": len(self.people),
            **counts,
            "distinct_people": len({p.nip for p in self.people}),
            "planted": self.planted,
        }


# --- xlsx helpers ------------------------------------------------------------------------------------

THIN: Final = Side(style="thin")
BOX: Final = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD: Final = Font(bold=True)
CENTER: Final = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _title(ws: Worksheet, row: int, text: str, last_col: int, *, bold: bool = True) -> None:
    ws.cell(row=row, column=1, value=text).font = Font(bold=bold, size=12 if bold else 11)
    ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)


def _header(ws: Worksheet, row: int, labels: Sequence[str]) -> None:
    for col, label in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=col, value=label)
        cell.font, cell.alignment, cell.border = BOLD, CENTER, BOX


def _write_row(ws: Worksheet, row: int, values: Sequence[object]) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col, value=value)
        cell.border = BOX
        if isinstance(value, str):
            cell.number_format = "@"  # text cells, as offices set for NIP columns


def _widths(ws: Worksheet, widths: Sequence[int]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def _signature(ws: Worksheet, row: int, col: int, lines: Sequence[str]) -> None:
    for k, text in enumerate(lines):
        ws.cell(row=row + k, column=col, value=text or None)


def _save(wb: Workbook, path: Path) -> None:
    """Save with fixed timestamps so the bytes only change when the content does."""
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_DOC_TIME.encode(), data
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)


def _new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "Panitia Penyelenggara"
    return wb


# --- the files ---------------------------------------------------------------------------------------


def reference_cohort(out: Path) -> tuple[Path, list[Cohort]]:
    """cmd_2023_angkatan_IV.xlsx: the reference cohort, 26 = 14 K/L + 12 Pemda, no problems."""
    people = People(seed=2023_09_05, year=2023)
    rng = people.rng
    picks = list(REFERENCE_CENTRAL) + list(REFERENCE_REGIONAL)
    rng.shuffle(picks)
    roster = [people.person(inst, rng.choice(("III/c", "III/d", "IV/a", "IV/a", "IV/b"))) for inst in picks]
    roster.sort(key=lambda p: p.name.removeprefix("Dr. "))

    wb = _new_workbook()
    ws = wb.active
    ws.title = "Peserta"
    last = 8
    _title(ws, 1, "DAFTAR PESERTA", last)
    _title(ws, 2, "PELATIHAN COACHING DAN MENTORING ANGKATAN IV TAHUN 2023", last)
    _title(ws, 3, "Jakarta, 5 - 8 September 2023", last, bold=False)
    _title(ws, 4, "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta", last, bold=False)
    # Two-row header: "Identitas Peserta" over "Nama | NIP"; the other labels span both rows.
    top = 6
    labels = {1: "No", 4: "L/P", 5: "Pangkat/Gol", 6: "Jabatan", 7: "Instansi", 8: "Ket."}
    for col, label in labels.items():
        ws.cell(row=top, column=col, value=label)
        ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    ws.cell(row=top, column=2, value="Identitas Peserta")
    ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=3)
    for col, label in ((2, "Nama"), (3, "NIP")):
        cell = ws.cell(row=top + 1, column=col, value=label)
        cell.font, cell.alignment, cell.border = BOLD, CENTER, BOX
    for col in range(1, last + 1):
        ws.cell(row=top, column=col).font = BOLD
        ws.cell(row=top, column=col).alignment = CENTER
        ws.cell(row=top, column=col).border = BOX
    first = top + 2
    for k, p in enumerate(roster):
        _write_row(
            ws,
            first + k,
            [
                k + 1,
                p.name,
                p.nip_spaced(),
                p.gender,
                f"{p.pangkat} / {p.golongan}",
                p.jabatan,
                p.instansi,
                None,
            ],
        )
    total_row = first + len(roster)
    ws.cell(row=total_row, column=1, value="JUMLAH").font = BOLD
    ws.merge_cells(start_row=total_row, start_column=1, end_row=total_row, end_column=6)
    ws.cell(row=total_row, column=7, value=f"{len(roster)} orang").font = BOLD
    _signature(
        ws,
        total_row + 2,
        6,
        [
            "Jakarta, 4 September 2023",
            "Kepala Pusat Pengembangan Kompetensi Aparatur Sipil Negara",
            "",
            "",
            "",
            "Dra. Retno Widyaningsih, M.Si.",
            "NIP 19700815 199503 2 002",
        ],
    )
    _widths(ws, (5, 34, 24, 5, 26, 44, 40, 8))
    ws.freeze_panes = ws.cell(row=first, column=1)
    path = out / "cmd_2023_angkatan_IV.xlsx"
    _save(wb, path)
    cohort = Cohort(
        "Peserta",
        "Pelatihan Coaching dan Mentoring",
        "IV",
        2023,
        date(2023, 9, 5),
        date(2023, 9, 8),
        roster,
        venue="Aula Makarti Bhakti Nagari, Pejompongan, Jakarta",
    )
    return path, [cohort]


def cmd_2023_workbook(out: Path) -> tuple[Path, list[Cohort]]:
    """cmd_2023_angkatan_I-III.xlsx: instructions, three cohorts, a hidden stale sheet, a recap."""
    people = People(seed=2023_03_13, year=2023)
    gol = ("III/b", "III/c", "III/d", "IV/a", "IV/a", "IV/b")
    specs = [
        # sheet, angkatan, (n K/L, n Pemda), dates, title lines
        (
            "Angkatan I",
            "I",
            (13, 11),
            (date(2023, 3, 13), date(2023, 3, 16)),
            [
                "DAFTAR PESERTA PELATIHAN COACHING DAN MENTORING",
                "ANGKATAN I TAHUN 2023",
                "Tanggal 13 s.d. 16 Maret 2023",
                "Tempat: Puslatbang KMP LAN, Makassar",
            ],
        ),
        (
            "Angkatan II",
            "II",
            (15, 12),
            (date(2023, 5, 15), date(2023, 5, 18)),
            [
                "DAFTAR PESERTA PELATIHAN COACHING DAN MENTORING",
                "ANGKATAN II TAHUN 2023",
                "Tanggal 15 - 18 Mei 2023",
                "Tempat: Kampus PPSDM Kemendagri Regional Bukittinggi",
            ],
        ),
        (
            "Angkatan III",
            "III",
            (10, 12),
            (date(2023, 7, 24), date(2023, 7, 27)),
            [
                "DAFTAR PESERTA PELATIHAN COACHING DAN MENTORING ANGKATAN III TAHUN 2023",
                "Bandung, 24 Juli s.d. 27 Juli 2023",
                "Tempat: Hotel Grand Preanger, Bandung",
            ],
        ),
    ]
    wb = _new_workbook()
    guide = wb.active
    guide.title = "Petunjuk"
    for k, line in enumerate(
        [
            "PETUNJUK PENGISIAN DAFTAR PESERTA",
            "1. Satu lembar untuk satu angkatan; jangan mengubah urutan kolom.",
            "2. NIP ditulis sebagai teks (18 digit), tanpa tanda petik.",
            "3. Instansi ditulis lengkap, misalnya 'Pemerintah Kabupaten Bogor' atau 'Kementerian Keuangan'.",
            "4. Lembar 'Rekap' terisi otomatis; jangan diubah.",
        ],
        start=1,
    ):
        guide.cell(row=k, column=1, value=line)
    guide.column_dimensions["A"].width = 100
    cohorts: list[Cohort] = []
    headers = ["No.", "Nama Peserta", "NIP", "JK", "Gol. Ruang", "Jabatan", "Asal Instansi"]
    for sheet, angkatan, (n_kl, n_pemda), (start, end), titles in specs:
        roster = people.cohort(CENTRAL_2023, REGIONAL_MIXED + REFERENCE_REGIONAL, n_kl, n_pemda, gol)
        ws = wb.create_sheet(sheet)
        for k, text in enumerate(titles, start=1):
            _title(ws, k, text, len(headers), bold=k <= 2)
        head = len(titles) + 2
        _header(ws, head, headers)
        first = head + 1
        if sheet == "Angkatan II":  # the "(1) (2) (3) ..." row some templates put under the header
            _write_row(ws, first, [f"({k})" for k in range(1, len(headers) + 1)])
            first += 1
        planted: list[dict[str, object]] = []
        if sheet == "Angkatan II":
            # Planted: the same person pasted twice (same NIP, same name), 10 rows apart.
            original = roster[6]
            duplicate = Person(**{**original.__dict__})
            roster.insert(16, duplicate)
            planted.append(
                {"code": "duplicate_in_file", "row": first + 16, "note": f"same person as row {first + 6}"}
            )
        for k, p in enumerate(roster):
            _write_row(ws, first + k, [k + 1, p.name, p.nip, p.gender, p.golongan, p.jabatan, p.instansi])
        end_row = first + len(roster)
        _signature(
            ws,
            end_row + 2,
            6,
            [
                f"Jakarta, {start.day - 1} {MONTH_NAMES[start.month]} 2023",
                "Ketua Panitia Penyelenggara",
                "",
                "",
                "Hendra Gunawan Saputra, S.Sos.",
                "NIP 19781104 200312 1 003",
            ],
        )
        _widths(ws, (5, 34, 21, 5, 9, 44, 40))
        cohorts.append(
            Cohort(
                sheet,
                "Pelatihan Coaching dan Mentoring",
                angkatan,
                2023,
                start,
                end,
                roster,
                planted,
                venue=titles[-1].removeprefix("Tempat: "),
            )
        )
    # A stale draft someone hid instead of deleting: it must not be counted.
    stale = wb.create_sheet("Angkatan II (draft)")
    stale.sheet_state = "hidden"
    _title(stale, 1, "DRAFT - DAFTAR PESERTA COACHING DAN MENTORING ANGKATAN II TAHUN 2023", 7)
    _header(stale, 3, headers)
    for k, p in enumerate(cohorts[1].people[:9]):
        _write_row(stale, 4 + k, [k + 1, p.name, p.nip, p.gender, p.golongan, p.jabatan, p.instansi])
    recap = wb.create_sheet("Rekap")
    _header(recap, 1, ["Angkatan", "Jumlah Peserta", "Kementerian/Lembaga", "Pemerintah Daerah"])
    for k, c in enumerate(cohorts, start=2):
        central = sum(p.sector == "central" for p in c.people)  # the recap counts rows, as offices do
        _write_row(recap, k, [c.sheet, len(c.people), central, sum(p.sector == "regional" for p in c.people)])
    _widths(recap, (16, 16, 22, 20))
    path = out / "cmd_2023_angkatan_I-III.xlsx"
    _save(wb, path)
    return path, cohorts


MONTH_NAMES: Final = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                      "September", "Oktober", "November", "Desember")  # fmt: skip


def pka_2024_csv(out: Path) -> tuple[Path, list[Cohort]]:
    """pka_2024_angkatan_I.csv: a semicolon CSV in Windows-1252 with title lines; one unknown instansi."""
    people = People(seed=2024_02_19, year=2024)
    rng = people.rng
    gol = ("III/d", "IV/a", "IV/a", "IV/b")
    roster = people.cohort(CENTRAL_2023, REGIONAL_MIXED, 14, 21, gol)
    for k, (name, gender) in zip((3, 17, 28), CP1252_NAMES, strict=True):
        inst = rng.choice(REGIONAL_MIXED if roster[k].sector == PEMDA else CENTRAL_2023)
        roster[k] = people.person(inst, rng.choice(gol), gender=gender, name=f"{name}, {rng.choice(DEGREES)}")
    unknown_at = 22
    roster.insert(unknown_at, people.person(UNKNOWN_INSTANSI, "IV/a"))
    path = out / "pka_2024_angkatan_I.csv"
    columns = ["NO", "NAMA LENGKAP", "NIP", "L/P", "PANGKAT/GOL", "JABATAN", "UNIT KERJA", "INSTANSI"]
    width = len(columns)
    lines: list[list[str]] = [
        ["DAFTAR PESERTA PELATIHAN KEPEMIMPINAN ADMINISTRATOR ANGKATAN I TAHUN 2024"] + [""] * (width - 1),
        ["Jakarta, 19 Februari – 21 Juni 2024"] + [""] * (width - 1),
        [""] * width,
        columns,
    ]
    first_line = len(lines) + 1
    units = ("Bagian Umum", "Bidang Perencanaan", "Sekretariat", "Bagian Kepegawaian", "Bidang Anggaran")
    for k, p in enumerate(roster):
        unit = "" if p.sector == "unknown" else rng.choice(units)
        lines.append(
            [str(k + 1), p.name, p.nip, p.gender, f"{p.pangkat} ({p.golongan})", p.jabatan, unit, p.instansi]
        )
    lines.append([""] * width)
    lines.append(["", f"Jumlah peserta: {len(roster)} orang"] + [""] * (width - 2))
    lines.append([""] * width)
    lines.append(["Jakarta, 16 Februari 2024"] + [""] * (width - 1))
    lines.append(
        ["Kepala Pusat Pembinaan Program dan Kebijakan Pengembangan Kompetensi ASN"] + [""] * (width - 1)
    )
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(lines)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    cohort = Cohort(
        path.name,
        "Pelatihan Kepemimpinan Administrator",
        "I",
        2024,
        date(2024, 2, 19),
        date(2024, 6, 21),
        roster,
        [
            {
                "code": "agency_unknown",
                "row": first_line + unknown_at,
                "note": f"instansi '{UNKNOWN_INSTANSI.text}' names no government",
            }
        ],
        venue="Jakarta",
    )
    return path, [cohort]


LATSAR_GROUPS: Final = (
    # sub-header row, instansi as written in the (vertically merged) Instansi cells, sector, people
    ("PEMERINTAH DAERAH DAERAH ISTIMEWA YOGYAKARTA", "Pemda DIY", PEMDA, 7),
    ("PEMERINTAH KABUPATEN SLEMAN", "Pemerintah Kabupaten Sleman", PEMDA, 7),
    ("PEMERINTAH KABUPATEN BANTUL", "Pemkab Bantul", PEMDA, 6),
    ("PEMERINTAH KABUPATEN GUNUNGKIDUL", "Pemerintah Kabupaten Gunungkidul", PEMDA, 5),
    ("PEMERINTAH KABUPATEN KULON PROGO", "Pemkab Kulon Progo", PEMDA, 3),
    ("PEMERINTAH KOTA YOGYAKARTA", "Pemerintah Kota Yogyakarta", PEMDA, 2),
    ("KEMENTERIAN AGAMA", "Kantor Kemenag Kabupaten Bantul", K_L, 3),
    ("BADAN PUSAT STATISTIK", "BPS Provinsi D.I. Yogyakarta", K_L, 3),
)
LATSAR_JABATAN: Final = ("Calon Analis Kebijakan Ahli Pertama", "Calon Perawat Terampil", "Calon Guru Ahli Pertama",
                         "Calon Pranata Komputer Ahli Pertama", "Calon Auditor Ahli Pertama",
                         "Calon Statistisi Ahli Pertama", "Calon Penyuluh Agama Ahli Pertama",
                         "Calon Pengelola Pengadaan Barang/Jasa Ahli Pertama")  # fmt: skip


def latsar_2024_workbook(out: Path) -> tuple[Path, list[Cohort]]:
    """latsar_2024_angkatan_II.xlsx: roster on the second sheet, per-agency sub-headers, merged instansi."""
    people = People(seed=2024_06_03, year=2024)
    wb = _new_workbook()
    guide = wb.active
    guide.title = "Petunjuk Pengisian"
    for k, line in enumerate(
        [
            "Petunjuk pengisian daftar peserta Latsar CPNS",
            "- Isi lembar 'Daftar Peserta' dikelompokkan per instansi pengirim.",
            "- Kolom Jenis Kelamin diisi Laki-laki / Perempuan.",
            "- Format kolom NIP harus Teks agar 18 digit tidak berubah.",
        ],
        start=1,
    ):
        guide.cell(row=k, column=1, value=line)
    ws = wb.create_sheet("Daftar Peserta")
    headers = ["No", "Nama Lengkap", "NIP", "Jenis Kelamin", "Pangkat / Golongan", "Jabatan", "Instansi"]
    last = len(headers)
    _title(ws, 1, "BADAN PENGEMBANGAN SUMBER DAYA MANUSIA DAERAH ISTIMEWA YOGYAKARTA", last)
    _title(ws, 2, "DAFTAR PESERTA PELATIHAN DASAR CPNS ANGKATAN II TAHUN 2024", last)
    _title(ws, 3, "Golongan III, 3 Juni s.d. 9 Agustus 2024", last, bold=False)
    _title(ws, 4, "Tempat: Kampus BPSDM DIY, Jl. Sidomulyo, Yogyakarta", last, bold=False)
    _header(ws, 6, headers)
    row = 7
    roster: list[Person] = []
    planted: list[dict[str, object]] = []
    damaged_done = False
    for subheader, text, sector, n in LATSAR_GROUPS:
        ws.cell(row=row, column=1, value=subheader).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        row += 1
        inst = Instansi(text, sector, LATSAR_JABATAN)
        group_first = row
        for _ in range(n):
            p = people.person(inst, "III/a", cpns_tmt=(2024, 3), titled=True)
            nip: object = p.nip
            if not damaged_done and text == "Pemkab Bantul" and row == group_first + 2:
                # Planted: typed into a General cell, so Excel kept 15 significant digits.
                nip = float(f"{float(p.nip):.15g}")
                planted.append({"code": "nip_damaged", "row": row, "note": f"stored as number {nip!r}"})
                damaged_done = True
            gender = "Laki-laki" if p.gender == "L" else "Perempuan"
            _write_row(
                ws,
                row,
                [
                    len(roster) + 1,
                    p.name,
                    nip,
                    gender,
                    f"{p.pangkat} / {p.golongan}",
                    p.jabatan,
                    text if row == group_first else None,
                ],
            )
            roster.append(p)
            row += 1
        ws.merge_cells(start_row=group_first, start_column=last, end_row=row - 1, end_column=last)
        ws.cell(row=group_first, column=last).alignment = Alignment(vertical="center", wrap_text=True)
    _signature(
        ws,
        row + 1,
        6,
        [
            "Yogyakarta, 31 Mei 2024",
            "Kepala Bidang Pengembangan Kompetensi Manajerial",
            "",
            "",
            "Dra. Theresia Sutrisno, M.M.",
            "NIP 19690321 199403 2 004",
        ],
    )
    _widths(ws, (5, 34, 21, 14, 24, 44, 34))
    assert damaged_done
    path = out / "latsar_2024_angkatan_II.xlsx"
    _save(wb, path)
    cohort = Cohort(
        "Daftar Peserta",
        "Pelatihan Dasar CPNS",
        "II",
        2024,
        date(2024, 6, 3),
        date(2024, 8, 9),
        roster,
        planted,
        venue="Kampus BPSDM DIY, Jl. Sidomulyo, Yogyakarta",
    )
    return path, [cohort]


def pkp_2024_workbook(out: Path) -> tuple[Path, list[Cohort]]:
    """pkp_2024_angkatan_III.xlsx: birth place/date, province and kab/kota, score and status columns."""
    people = People(seed=2024_11_04, year=2024)
    rng = people.rng
    roster = people.cohort(CENTRAL_JATIM_2024, REGIONAL_JATIM, 9, 25, ("III/c", "III/d", "III/d", "IV/a"))
    wb = _new_workbook()
    ws = wb.active
    ws.title = "PKP Angk III"
    headers = [
        "No",
        "Nama (Gelar)",
        "NIP",
        "Tempat/Tgl Lahir",
        "L/P",
        "Pangkat",
        "Gol.",
        "Jabatan",
        "Instansi/Unit Kerja",
        "Provinsi",
        "Nilai",
        "Status",
    ]
    last = len(headers)
    _title(ws, 1, "DAFTAR NOMINATIF PESERTA", last)
    _title(ws, 2, "PELATIHAN KEPEMIMPINAN PENGAWAS ANGKATAN III TAHUN 2024", last)
    _title(ws, 3, "Tanggal: 4 November s.d. 13 Desember 2024", last, bold=False)
    _title(ws, 4, "Tempat: Kampus BPSDM Provinsi Jawa Timur, Malang", last, bold=False)
    _header(ws, 6, headers)
    for k, p in enumerate(roster):
        score = round(rng.uniform(78.0, 92.5), 2)
        status = "Sangat Memuaskan" if score >= 90 else "Memuaskan" if score >= 80 else "Cukup Memuaskan"
        born = f"{p.birth_place}, {p.birth_date.day} {MONTH_NAMES[p.birth_date.month]} {p.birth_date.year}"
        _write_row(
            ws,
            7 + k,
            [
                k + 1,
                p.name,
                p.nip_spaced(),
                born,
                p.gender,
                p.pangkat,
                p.golongan,
                p.jabatan.replace("Ahli Muda", "Ahli Pertama"),
                p.instansi,
                "Jawa Timur",
                score,
                status,
            ],
        )
    end = 7 + len(roster)
    _signature(
        ws,
        end + 2,
        9,
        [
            "Malang, 13 Desember 2024",
            "Kepala Badan Pengembangan Sumber Daya Manusia",
            "Provinsi Jawa Timur",
            "",
            "",
            "Dr. Bambang Purnomo, M.Si.",
            "NIP 19710519 199803 1 006",
        ],
    )
    _widths(ws, (5, 34, 24, 28, 5, 22, 7, 44, 40, 14, 8, 18))
    path = out / "pkp_2024_angkatan_III.xlsx"
    _save(wb, path)
    cohort = Cohort(
        "PKP Angk III",
        "Pelatihan Kepemimpinan Pengawas",
        "III",
        2024,
        date(2024, 11, 4),
        date(2024, 12, 13),
        roster,
        venue="Kampus BPSDM Provinsi Jawa Timur, Malang",
    )
    return path, [cohort]


def main(out: Path = HERE) -> None:
    """Write every sample file and expected.json into out (default: this folder)."""
    People.used_names.clear()
    People.used_nips.clear()
    expected: dict[str, object] = {}
    for build in (reference_cohort, cmd_2023_workbook, pka_2024_csv, latsar_2024_workbook, pkp_2024_workbook):
        path, cohorts = build(out)
        expected[path.name] = {"cohorts": [c.expected() for c in cohorts]}
        print(f"{path.name}: " + ", ".join(f"{c.sheet} {len(c.people)}" for c in cohorts))
    truth = {
        "about": "Ground truth authored by data/samples/generate.py (sectors as labelled there, not classified).",
        "reference": {"file": "cmd_2023_angkatan_IV.xlsx", "sheet": "Peserta"},
        "files": expected,
    }
    (out / "expected.json").write_text(
        json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
