"""The participants' agency named by a roster's title block, for a table without an instansi column.

A title names bodies in three roles: the participants' employer ("Daftar Hadir Pegawai Kantor SAR Padang", a
letterhead line holding nothing but "Kantor Pencarian dan Pertolongan Kelas A Padang"), the training's
organiser ("diselenggarakan oleh LAN", "BPSDM Provinsi Jawa Barat", "Pusdiklat ...") or a body inside a
training's name ("Pelatihan Teknis Kementerian Keuangan"). Only the first may become every participant's
instansi, and only when it is one agency: a wrong agency for everyone is worse than a refusal, so any doubt
(an organiser or a training's name in the title, two agencies) leaves the choice to the officer.

Rules, each line on its own (title rows, sheet name, file name):
- a line with an organiser phrase ("diselenggarakan", "oleh", "kerja sama", ...) is an organiser line;
- a line naming a training or personnel-development body (ORGANISER_BODIES) before any staff word is an
  organiser line ("Pusat Pendidikan dan Pelatihan Pegawai Kementerian Keuangan");
- a line with a staff word ("Pegawai", "ASN", "Karyawan", ...) names the employer in the words after it, up to
  the first training word, date or organiser phrase ("Daftar Hadir Pegawai Kantor SAR Padang" -> "Kantor SAR
  Padang"); a staff word before an organiser body keeps it the employer ("Pegawai BPSDM Provinsi Jawa Barat");
- a venue line ("Aula Kantor Bupati Sleman", "Gedung ...") is set aside: the host says nothing of the staff;
- any other line that classifies is a letterhead line when it has no training word, else a training's name.
The agency is taken from employer lines; letterhead lines count only when the title has no organiser line and
no training's name that classifies. Exactly one agency (central or regional, recognised without a review note)
must remain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from loaders.agencies import AgencyClass, classify_agency

# Phrases that say who runs the training, not who attends it.
ORGANISER_PHRASES: Final = re.compile(
    r"\b(diselenggarakan|menyelenggarakan|penyelenggara|penyelenggaraan|dilaksanakan|"
    # "Pelaksana Perjalanan Dinas" / "Pelaksana SPD": the travellers themselves, not who runs the training
    r"pelaksana(?! (?:perjalanan|spd|sppd|spt|surat tugas))|kerja ?sama|"
    r"bekerja ?sama|kerjasama|difasilitasi|fasilitasi|fasilitator|oleh|narasumber|panitia)\b"
)
# Training institutes and personnel/HR-development bodies: they run trainings for other agencies' staff.
ORGANISER_BODIES: Final = re.compile(
    r"\blan\b|\blan ri\b|lembaga administrasi negara|\bstia\b|\bbpsdm\w*|\bppsdm\w*|\bbkpsdm\w*|\bbpsdmd\b|"
    r"pengembangan sumber ?daya manusia|pengembangan sdm|\bpusdiklat\w*|\bpusbang\w*|\bpuslat\w*|\bpusdik\w*|"
    r"\bbadiklat\w*|\bbandiklat\w*|\bbalai ?diklat\w*|\bbdk\b|\bbapelkes\w*|\bbbpk\b|\bbpk ?sdm\b|"
    r"pusat pendidikan|pusat pelatihan|pusat pengembangan|badan pendidikan|badan diklat|balai pendidikan|"
    r"balai pelatihan|balai besar pelatihan|balai besar pendidikan|\bbkd\b|\bbkpp\b|\bbkn\b|badan kepegawaian"
)
# Words for the people a list is about: the employer follows them.
STAFF_WORDS: Final = re.compile(
    r"\b(pegawai|karyawan|staf|staff|personel|personil|asn|pns|cpns|pppk|aparatur sipil negara|pejabat)\b"
)
# Functional job titles naming the people a list is about ("Penyuluh Pertanian", "Guru", "Bidan Desa"): the
# employer follows them after the job's field, from the first word that opens an agency's name.
JOB_WORDS: Final = re.compile(
    r"\b(penyuluh|guru|bidan|perawat|dokter|widyaiswara|auditor|pamong belajar|tenaga (?:pendidik|kependidikan|"
    r"kesehatan|medis))\b"
)
# Words that open an agency's name: where the employer starts after a job title and its field.
AGENCY_START: Final = re.compile(
    r"\b(pemerintah|pemprov|pemkab|pemkot|provinsi|prov|kabupaten|kab|kota|dinas|badan|kantor|balai|loka|"
    r"sekretariat|setda|inspektorat|kementerian|kemen\w*|kecamatan|kelurahan|puskesmas|rsud|rumah sakit|uptd?|"
    r"sekolah|sd|smp|sma|smk|slb|sdn|smpn|sman|smkn|man|mtsn|min)\b",
    re.IGNORECASE,
)
# Words joining the staff word to its employer ("Pegawai di lingkungan Kantor ..."), dropped.
_CONNECTORS: Final = re.compile(
    r"^(?:(?:di ?lingkungan|lingkup|pada|dari|di|se|yang bertugas di|kantor pusat)\s+)+", re.IGNORECASE
)
# Where the employer's name ends after a staff word: a training word, a date or number (not a school's number,
# "SMA Negeri 1 Painan"), an organiser phrase.
_EMPLOYER_END: Final = re.compile(
    r"\b(pelatihan|diklat|bimtek|bimbingan|workshop|kursus|coaching|latsar|sosialisasi|seminar|angkatan|tahun|"
    r"golongan|gol|gelombang|periode|tanggal|tgl|bulan|keadaan|diselenggarakan|dilaksanakan|oleh|bekerja|"
    r"kerja ?sama|yang|tmt|per|untuk|dalam|tentang)\b|(?<!negeri )(?<!swasta )\d|[(\[]",
    re.IGNORECASE,
)
# A letter's reference lines ("Nomor : 821.2/47-BKPSDM", "Lampiran : 1 berkas", "Tanggal : 07/12/2026"): the code
# after the label files the letter, and the unit acronym in it (BKPSDM, BPSDM) is whoever filed it, neither the
# training's organiser nor the participants' employer.
REFERENCE_LINE: Final = re.compile(r"^\s*(?:nomor|no|nomor surat|lampiran|sifat|tanggal|tgl)\s*\.?\s*:", re.IGNORECASE)
# Words of a training's name: a body named with them may be the training's owner or organiser.
TRAINING_WORDS: Final = re.compile(
    r"\b(pelatihan|diklat|bimtek|bimbingan teknis|workshop|kursus|coaching|mentoring|latsar|sosialisasi|"
    r"seminar|webinar|lokakarya|angkatan|training|orientasi|program|pkn|pka|pkp|magang|ujian|uji kompetensi)\b"
)

# Words of a venue line ("Aula Kantor Bupati Sleman", "Gedung Kementerian Keuangan"): the host, not the staff.
VENUE_WORDS: Final = re.compile(
    r"\b(aula|hotel|gedung|ruang|ruangan|wisma|auditorium|tempat|lokasi|jl|jalan|venue|convention|hall|resort|"
    r"bertempat|graha|pendopo|pendapa)\b"
)


@dataclass(frozen=True)
class TitleAgency:
    """The one agency a title names as the participants' employer: its text, class and where it is written."""

    text: str  # the instansi text every participant gets ("Kantor Pencarian dan Pertolongan Kelas A Padang")
    agency: AgencyClass
    source: str  # "judul baris 2", "nama lembar", "nama file"


@dataclass(frozen=True)
class TitleReading:
    """What a title block says about the participants' agency: the agency, or why none is taken (Indonesian)."""

    found: TitleAgency | None
    why: str = ""


def _usable(cls: AgencyClass) -> bool:
    """A class sure enough to give every participant: central or regional, a named body, no review note."""
    if cls.sector not in ("central", "regional") or not cls.agency or cls.review:
        return False
    return cls.sector == "central" or bool(cls.level and cls.province)


def _employer_text(line: str, staff_end: int) -> str:
    """The words after a staff word, up to where the employer's name ends."""
    rest = _CONNECTORS.sub("", line[staff_end:].strip(" :,-/"))
    while (more := STAFF_WORDS.match(rest.lower())) is not None:  # "Pegawai ASN Kantor ..."
        rest = _CONNECTORS.sub("", rest[more.end() :].strip(" :,-/"))
    end = _EMPLOYER_END.search(rest)
    return " ".join((rest[: end.start()] if end else rest).split()).strip(" :,-/")


# Fields of functional jobs whose holders a central body employs though a region is written after them: Penyuluh
# Agama and madrasah teachers (Kemenag), Penyuluh KB (BKKBN since UU 23/2014), Penyuluh Perikanan (KKP since UU
# 23/2014), Penyuluh Hukum (the law ministry), Penyuluh Pajak, anti-drug counsellors (BNN); PAI teachers either.
_CENTRAL_JOB_FIELDS: Final = re.compile(
    r"\b(agama|pai|madrasah|kb|keluarga berencana|perikanan|hukum|pajak|narkoba|narkotika|antinarkoba)\b",
    re.IGNORECASE,
)


def _after_job(line: str, job_end: int) -> str:
    """The employer after a job title: from the first word opening an agency's name ('' when none does, or when the
    words skipped to reach it name a central employer: "Penyuluh Agama Islam Kabupaten Sleman" are Kemenag's,
    "Guru Madrasah Kankemenag Kabupaten Garut" too)."""
    start = AGENCY_START.search(line, job_end)
    if start is None:
        return ""
    skipped = line[job_end : start.start()].strip(" :,-/")
    if skipped and (_CENTRAL_JOB_FIELDS.search(skipped) or classify_agency(skipped).sector == "central"):
        return ""
    return _employer_text(line, start.start())


def _read_line(source: str, text: str) -> tuple[TitleAgency | None, str, bool]:
    """One title line: the agency it names (None when none usable), its role ("employer", "letterhead" or "" for
    none) and whether it names an organiser or a training's name."""
    if REFERENCE_LINE.match(text):
        return None, "", False
    low = text.lower()
    staff = STAFF_WORDS.search(low)
    job = JOB_WORDS.search(low) if staff is None else None
    body = ORGANISER_BODIES.search(low)
    phrase = ORGANISER_PHRASES.search(low) is not None
    if job is not None and (body is None or body.start() > job.start()):
        staff = job
    if staff is not None and (body is None or body.start() > staff.start()):
        named = _after_job(text, staff.end()) if staff is job else _employer_text(text, staff.end())
        cls = classify_agency(named) if named else None
        found = TitleAgency(named, cls, source) if cls is not None and _usable(cls) else None
        # The same line may also name who runs the training ("... diselenggarakan oleh BPSDM ...").
        return found, "employer", phrase or (body is not None and not ORGANISER_BODIES.search(named.lower()))
    if phrase or body is not None:
        return None, "", True
    if VENUE_WORDS.search(low):
        return None, "", False  # where the training is held says nothing about who attends it
    cls = classify_agency(text)
    if not _usable(cls):
        return None, "", False
    if TRAINING_WORDS.search(low):
        return None, "", True  # a body inside a training's name: its owner or organiser, not surely the staff's
    return TitleAgency(text, cls, source), "letterhead", False


# A line holding nothing but a region ("KOTA JAKARTA TIMUR", "Kabupaten Sleman"): in a letterhead, the second line
# of a name printed on two ("BADAN PUSAT STATISTIK" / "KOTA JAKARTA TIMUR").
_REGION_LINE: Final = re.compile(r"^(kota|kabupaten|kab\.?|provinsi|prov\.?)\s+[^\W\d_][^\d:,;()]*$", re.IGNORECASE)


def _one_per_line(lines: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The title's lines one by one: a cell holding several lines (a letterhead merged into one cell: government,
    Dinas, school, address) gives each its own; a body's name followed by a line holding only a region is one name
    printed on two lines ("BADAN PUSAT STATISTIK" / "KOTA JAKARTA TIMUR": the city office), when the body alone
    names no province and the two together name a usable agency."""
    out: list[tuple[str, str]] = []
    for source, line in lines:
        for part in line.splitlines():
            text = " ".join(part.split())
            if not text:
                continue
            if out and _REGION_LINE.match(text):
                prev_source, prev = out[-1]
                alone, both = classify_agency(prev), classify_agency(f"{prev} {text}")
                body = alone.sector in ("central", "regional") and not alone.province
                if body and _usable(both) and not TRAINING_WORDS.search(prev.lower()):
                    out[-1] = (prev_source, f"{prev} {text}")
                    continue
            out.append((source, text))
    return out


def read_title_agency(lines: Iterable[tuple[str, str]]) -> TitleReading:
    """The participants' agency named by (source, text) title lines, per the module's rules."""
    employers: list[TitleAgency] = []
    letterheads: list[TitleAgency] = []
    organisers: list[str] = []  # lines naming an organiser, or a body inside a training's name
    for source, text in _one_per_line(lines):
        found, role, organiser = _read_line(source, text)
        if organiser:
            organisers.append(text)
        if found is not None:
            (employers if role == "employer" else letterheads).append(found)
    pool = employers if organisers else employers + letterheads
    if not pool:
        if organisers:
            return TitleReading(
                None,
                f"judul roster menyebut penyelenggara atau nama pelatihan ('{organisers[0]}'), bukan instansi peserta",
            )
        return TitleReading(None, "judul roster tidak menyebut instansi peserta")
    by_agency: dict[str, list[TitleAgency]] = {}
    for found in pool:
        by_agency.setdefault(str(found.agency.agency), []).append(found)
    if len(by_agency) > 1:
        return TitleReading(None, f"judul roster menyebut lebih dari satu instansi ({'; '.join(by_agency)})")
    (mentions,) = by_agency.values()
    provinces = {f.agency.province for f in mentions if f.agency.province}
    if len(provinces) > 1:
        return TitleReading(
            None, f"judul roster menyebut kantor di beberapa provinsi ({'; '.join(sorted(provinces))})"
        )
    # The most specific mention: a vertical office with its province before its head office.
    best = max(mentions, key=lambda f: (f.agency.province is not None, f in employers))
    return TitleReading(best)
