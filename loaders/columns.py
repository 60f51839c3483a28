"""Map the header spellings real rosters use onto the canonical participant fields."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

# Ordered (field, pattern) table over the normalised header text; the first match wins, so specific
# rows stand before general ones ("Golongan Darah" is health data, not a rank; "Nama Instansi" is an
# instansi, not a name). Fields in SENSITIVE_FIELDS are dropped at intake.
HEADER_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("no", r"^(no|nomor|no urut|nomor urut|urut|num|number|nr|#)$"),
    ("health", r"golongan darah|gol darah|kesehatan|penyakit|disabilitas|difabel|health|blood|alergi"),
    ("nik", r"\bnik\b|nomor induk kependudukan|\bktp\b|national id"),
    ("npwp", r"\bnpwp\b"),
    ("bank", r"rekening|\bbank\b|account"),
    ("phone", r"telepon|\btelp\b|\btlp\b|\bhp\b|handphone|ponsel|whats ?app|\bwa\b|phone|mobile|\bno hp\b"),
    ("email", r"e ?mail|surel"),
    ("religion", r"\bagama\b|religion"),
    ("address", r"alamat|address|domisili"),
    # Name and NIP written in one cell ("Nama/NIP", "NAMA & NIP", "Nama dan NIP"): split at intake.
    (
        "name_nip",
        r"^(nama( lengkap| peserta| pegawai)?( dan| and)? nip( nrp)?|"
        r"nip( nrp)?( dan| and)? nama( lengkap| peserta| pegawai)?)"
        # other numbers of the same person after the NIP ("NAMA / NIP / NIDN": lecturers; NUPTK: teachers)
        r"(( dan)? (nidn|nidk|nuptk|nrp|karpeg))*"
        r"(( dan)? (tempat )?(tanggal|tgl|tg) lahir| ttl)?$",  # "NAMA / NIP / TANGGAL LAHIR" in one cell too
    ),
    ("nip", r"\bnip\b|\bnrp\b|nomor induk pegawai|employee (id|number)|\bnip nrp\b|\bnipppk\b|\bni pppk\b"),
    # Recap workbooks: the cohort each row belongs to (one sheet holding several angkatan).
    ("angkatan", r"^(angkatan|angkatan ke|angk|akt|batch|gelombang)$"),
    ("year", r"^(tahun|th|thn|tahun pelaksanaan|tahun pelatihan|tahun anggaran|ta|year)$"),
    ("start_date", r"^(tanggal|tgl|tg) (mulai|awal)|^mulai$|^start( date)?$"),
    # The training's period in one cell of every row ("2026-11-02 - 2026-11-13"): read as its start and end.
    ("period", r"^(tanggal|tgl|waktu|jadwal) (pelaksanaan|pelatihan|kegiatan|diklat)$|^periode (pelaksanaan|pelatihan)$"),
    ("end_date", r"^(tanggal|tgl|tg) (selesai|akhir|berakhir)|^selesai$|^end( date)?$"),
    (
        "program",
        r"^(program|nama program|program pelatihan|pelatihan|nama pelatihan|jenis pelatihan|diklat|"
        r"nama diklat|jenis diklat|training|course)$",
    ),
    (
        "birth_place_date",
        r"tempat.*(tgl|tanggal|tg).*lahir|\bttl\b|tempat tanggal lahir|place.*date of birth",
    ),
    ("birth_date", r"(tgl|tanggal|tg) ?lahir|date of birth|birth ?date|\bdob\b"),
    ("birth_place", r"tempat lahir|place of birth|birth ?place"),
    ("gender", r"^(l ?p|p ?l|jk|j k|jenis kelamin.*|kelamin|gender|sex|l p.*)$|jenis kelamin"),
    ("pangkat_golongan", r"pangkat.*gol|gol.*pangkat|pangkat ruang|rank"),
    ("golongan", r"^gol\b|golongan|ruang|^grade"),
    ("pangkat", r"^pangkat"),
    ("jabatan", r"jabatan|position|job title|^jab\b"),
    # "Asal Kab/Kota", "Asal Provinsi": where a participant lives or comes from, a place and no employer (a plain
    # "Kabupaten/Kota" column is none either); "Asal", "Asal Instansi", "Asal Daerah" stay the instansi.
    ("province", r"^asal (prov|provinsi|propinsi)\b"),
    ("city", r"^asal (kab|kabupaten|kota|kab kota|kabupaten kota)\b"),
    (
        "instansi",
        r"instansi|^asal\b|asal (kementerian|lembaga|daerah|pemda)|^kementerian lembaga|^k l$|"
        r"^kementerian lembaga pemda|^lembaga$|^pemda$|agency|institution|organi[sz]ation|^k l pd$|"
        r"tempat (bertugas|tugas|kerja)|satuan kerja|unit organisasi|\bopd\b|\bskpd\b|perangkat daerah|"
        # Jakarta's Unit Kerja Perangkat Daerah ("NAMA UKPD"; not "Jenis UKPD", "TMT Kerja di UKPD", its type or a date)
        r"^(nama |asal )?ukpd( asal)?$",
    ),
    ("unit_kerja", r"unit kerja|satker|work unit|^unit\b|^kantor\b"),
    ("province", r"^prov\b|provinsi|province"),
    ("city", r"kab.*kota|kota.*kab|^kabupaten|^kota\b|city|regency"),
    ("name", r"\bnama\b|\bname\b|^peserta$|nama peserta|nama lengkap"),
    ("status", r"status|kelulusan|\blulus\b|hasil|predikat|result"),
    ("score", r"nilai|score|skor"),
)

# Fields that identify a person: a roster table needs one of them.
PERSON_FIELDS: Final = frozenset({"name", "nip", "name_nip"})
# Fields naming the cohort of each row: a sheet with any of them splits into one cohort per value.
COHORT_FIELDS: Final = ("program", "angkatan", "year", "start_date", "end_date")
SENSITIVE_FIELDS: Final = frozenset(
    {"health", "nik", "npwp", "bank", "phone", "email", "religion", "address"}
)
KEEP_FIELDS: Final = frozenset(
    {
        "no",
        "name",
        "nip",
        "name_nip",
        "gender",
        "pangkat",
        "golongan",
        "pangkat_golongan",
        "jabatan",
        "instansi",
        "unit_kerja",
        "province",
        "city",
        "birth_place",
        "birth_date",
        "birth_place_date",
        "status",
        "score",
        "period",
        *COHORT_FIELDS,
    }
)
ALL_FIELDS: Final = KEEP_FIELDS | SENSITIVE_FIELDS
IGNORE: Final = ""  # a caller's mapping value meaning "ignore this column"

_COMPILED: Final = tuple((name, re.compile(pattern)) for name, pattern in HEADER_PATTERNS)
_OLD_NIP: Final = re.compile(r"\bnip lama\b|\blama\b.*\bnip\b")
_SPACED_LETTERS: Final = re.compile(r"[a-z](?: [a-z]){2,}")


def normalise_header(text: object) -> str:
    """Lower-case, accents and punctuation removed, spaces collapsed: 'Nama (Gelar)' -> 'nama gelar'."""
    value = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", " ", value.lower()).strip()
    # Letter-spaced titles ("N A M A", "N I P", typed to widen a column) read as the word; two letters
    # stay apart ("K/L", "L/P" are abbreviations of two words).
    if _SPACED_LETTERS.fullmatch(value):
        value = value.replace(" ", "")
    return value


# What joins several labels in one header cell ("TTL / NIP / Agama", "NIP/NIK", "NIP & Tgl Lahir").
_LABEL_JOINS: Final = re.compile(r"[/&|;\n\r]+")
_NIP_LABEL: Final = re.compile(r"^(nip|nip baru|n i p)$")


def joined_nip_header(text: object) -> bool:
    """Whether a header joins the NIP with other labels in one cell ("TTL / NIP / Agama", "NIP/NIK", "NIP / Tgl
    Lahir"), the person's name not among them (that is a Nama/NIP column): each cell then holds the NIP among
    other fields, and only the NIP is read (loaders.nip.nip_in_joined_cell)."""
    labels = [normalise_header(part) for part in _LABEL_JOINS.split(str(text))]
    labels = [label for label in labels if label]
    return (
        len(labels) >= 2
        and any(_NIP_LABEL.match(label) for label in labels)
        and not any(re.search(r"\bnama\b|\bname\b", label) for label in labels)
    )


def field_for_header(text: object) -> str | None:
    """The canonical field a header names, or None."""
    norm = normalise_header(text)
    if not norm or len(norm) > 60 or norm.isdigit():
        return None
    if joined_nip_header(text):
        # The NIP with other fields in one cell: a NIP column, though a label beside it names sensitive data (a
        # religion, a NIK): only the NIP part of each cell is read, the rest is not kept.
        return "nip"
    for name, pattern in _COMPILED:
        if pattern.search(norm):
            return name
    return None


@dataclass
class ColumnMap:
    """Which sheet column feeds which field, and what was left out."""

    fields: dict[str, int] = field(default_factory=dict)  # field -> 0-based column index in the grid row
    headers: dict[int, str] = field(default_factory=dict)  # column index -> header text as written
    ignored: list[str] = field(default_factory=list)
    sensitive: list[str] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)  # ignored because the caller's mapping said so
    explicit: set[str] = field(default_factory=set)  # fields the caller's mapping named

    def has_roster_fields(self, need_instansi: bool = True) -> bool:
        """An instansi (or unit kerja) column and a name or NIP column (only the latter when not
        `need_instansi`)."""
        has_person = bool(PERSON_FIELDS & set(self.fields))
        return has_person and (not need_instansi or "instansi" in self.fields or "unit_kerja" in self.fields)


def map_columns(headers: Sequence[str], explicit: Mapping[str, str] | None = None) -> ColumnMap:
    """Map header texts (index = column) to fields; an explicit mapping (header text -> field) wins."""
    explicit_norm = {normalise_header(k): v for k, v in (explicit or {}).items()}
    result = ColumnMap()
    for col, header in enumerate(headers):
        if header is None or str(header).strip() == "":
            continue
        text = " ".join(str(header).split())
        norm = normalise_header(text)
        if norm in explicit_norm:
            name: str | None = explicit_norm[norm] or None
            if name is not None and name not in ALL_FIELDS:
                from loaders.errors import RosterError

                raise RosterError(
                    "bad_mapping",
                    f"Pemetaan kolom '{text}' ke '{name}' tidak dikenal. Pilih salah satu: "
                    + ", ".join(sorted(KEEP_FIELDS)),
                )
            if name is None:
                result.ignored.append(text)
                result.dropped.add(text)
                continue
        else:
            name = field_for_header(text)
        if name is None or name == "no" and "no" in result.fields:
            result.ignored.append(text)
        elif name in SENSITIVE_FIELDS:
            result.sensitive.append(text)
        elif name == "instansi" and name in result.fields and "unit_kerja" not in result.fields:
            # A second instansi-like column ("Tempat Bertugas" beside "Unit Kerja") is kept as the unit;
            # the intake then uses whichever of the two classifies (see loaders.roster._choose_instansi).
            result.fields["unit_kerja"] = col
            result.headers[col] = text
        elif (
            name == "nip"
            and "nip" in result.fields
            and _OLD_NIP.search(normalise_header(result.headers[result.fields["nip"]]))
            and not _OLD_NIP.search(norm)
        ):
            # "NIP Lama" (the 9-digit number before 2007) beside "NIP Baru": the current NIP is the NIP.
            result.ignored.append(result.headers.pop(result.fields["nip"]))
            result.fields["nip"] = col
            result.headers[col] = text
        elif name in result.fields:
            result.ignored.append(text)
        else:
            result.fields[name] = col
            result.headers[col] = text
            if norm in explicit_norm:
                result.explicit.add(name)
    return result


def score_header(cells: Sequence[object], need_instansi: bool = True) -> int:
    """How many distinct kept fields a candidate header row names (0 without a name/NIP column, or
    without an instansi column when `need_instansi`)."""
    texts = [c for c in cells if isinstance(c, str) and c.strip()]
    if any(sum(ch.isdigit() for ch in t) >= 8 for t in texts):
        return 0  # a NIP or a date in the row: data, not a header
    found = {field_for_header(c) for c in texts}
    found.discard(None)
    score = len(found & KEEP_FIELDS)
    if not (PERSON_FIELDS & found and (not need_instansi or {"instansi", "unit_kerja"} & found)):
        return 0
    return score
