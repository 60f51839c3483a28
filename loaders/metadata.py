"""Cohort metadata (program, angkatan, year, dates, venue) from title rows, sheet and file names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Final

from loaders.regions import read_reference_csv

MONTHS: Final[dict[str, int]] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip

ROMAN: Final = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip

# Words kept in upper case / lower case when a shouting title is rewritten in title case.
ACRONYMS: Final = frozenset(
    "PKN PKA PKP CPNS PNS PPPK ASN LAN BKN SDM PNBP TIK IT II III IV VI VII VIII IX XI XII BPSDM "
    "BPK KPK MC HR SPBE RB "
    # names of plans, reports, systems and bodies that training titles carry ("Pelatihan Penyusunan SKP")
    "SKP APBD APBN SIPD PIM SAKIP LAKIP SOP PBJ BMN BMD SPIP OPD SKPD UMKM PUG TNI POLRI BUMN BUMD RPJMD "
    "RKPD TPP SIASN SIMPEG HAM IKM SPM PPID JDIH GIS SIG KUA PAUD SD SMP SMA SMK RSUD ANJAB ABK LHKPN".split()
)
_VOWELS: Final = frozenset("AEIOUaeiou")
SMALL_WORDS: Final = frozenset(
    "dan di ke dari bagi untuk yang atau pada dengan tingkat of and the for".split()
)
VENUE_WORDS: Final = re.compile(
    r"^(aula|gedung|hotel|kampus|ruang|wisma|balai|pusdiklat|puslatbang|bpsdm|graha|auditorium|"
    r"jl\.?|jalan|daring|online|virtual|zoom|e-learning)\b",
    re.IGNORECASE,
)
_MONTH_RE: Final = "|".join(sorted(MONTHS, key=len, reverse=True))
_SEP: Final = r"\s*(?:-|–|—|s\.?\s*d\.?|s/d|sampai(?:\s+dengan)?|hingga|to|until)\s*"
RANGE_SAME_MONTH: Final = re.compile(rf"\b(\d{{1,2}}){_SEP}(\d{{1,2}})\s+({_MONTH_RE})\.?\s+(\d{{4}})", re.I)
RANGE_TWO_MONTHS: Final = re.compile(
    rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?(?:\s+(\d{{4}}))?{_SEP}(\d{{1,2}})\s+({_MONTH_RE})\.?\s+(\d{{4}})",
    re.I,
)
SINGLE_DATE: Final = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?\s+(\d{{4}})", re.I)
NUMERIC_RANGE: Final = re.compile(
    rf"\b(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}}){_SEP}(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}})", re.I
)
# "Hari, Tanggal : Senin, 07-12-2026": one day written in numbers, after a label saying it is the date.
LABELLED_NUMERIC_DATE: Final = re.compile(
    r"\b(?:tanggal|tgl\.?|hari)\b[^0-9]{0,40}?\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b", re.I
)
ANGKATAN: Final = re.compile(
    r"\b(?:angkatan|angk\.?|akt\.?|batch|kelas)\s*(?:ke\s*-?\s*)?([ivxlc]+|\d{1,3})\b", re.I
)
YEAR: Final = re.compile(r"\b(?:tahun|th\.?|thn\.?|ta\.?|year)\s*(?:anggaran\s*)?((?:19|20)\d{2})\b", re.I)
BARE_YEAR: Final = re.compile(r"\b((?:19|20)\d{2})\b")
PROGRAM: Final = re.compile(
    r"\b((?:pelatihan|diklat|latsar|training|pkn|pka|pkp|bimbingan teknis|bimtek|workshop|kursus)\b.*?)"
    r"(?=\s*(?:\bangkatan\b|\bangk\b|\bakt\b|\bbatch\b|\bkelas\b|\btahun\b|\bth\b|\bgelombang\b|\bbagi\b|"
    r"\btanggal\b|\b(?:19|20)\d{2}\b|,|\(|$))",
    re.I,
)
PLACE_BEFORE_DATE: Final = re.compile(
    r"^([A-Za-z .'-]{3,40}),\s*(?:(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu),?\s*)?\d", re.I
)
NOT_A_PLACE: Final = re.compile(
    r"\b(golongan|angkatan|tahun|pelatihan|diklat|gelombang|kelas|[ivx]+)\b", re.I
)
# A print or export stamp above a table ("Dicetak Pada: Senin, 7 Desember 2026 | Status: ...", "Tanggal Cetak :
# ...", "Postdate : ...", "Tanggal Export : ..."): the day the file was made, not the cohort's dates or year.
PRINT_STAMP: Final = re.compile(
    r"^\s*(?:dicetak|di\s*cetak|tanggal\s+cetak|tgl\.?\s*cetak|waktu\s+cetak|printed|print\s+date|postdate|"
    r"(?:tanggal|tgl\.?|waktu)\s+(?:export|ekspor|unduh|download)|diekspor|diunduh|exported|generated)\b",
    re.IGNORECASE,
)
PROGRAMS_FILE: Final = "programs.csv"


@dataclass(frozen=True)
class Program:
    """One row of data/reference/programs.csv: the full name, the short name people use, how titles write it."""

    name: str
    short: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def programs() -> tuple[Program, ...]:
    """The known programs (data/reference/programs.csv), in the table's order (the first match wins)."""
    return tuple(
        Program(row["program"], row["short"], re.compile(row["pattern"], re.I))
        for row in read_reference_csv(PROGRAMS_FILE)
    )


# Short names and abbreviations people write in titles and file names -> the program's full name.
PROGRAM_ALIASES: Final[tuple[tuple[str, str], ...]] = tuple((p.pattern.pattern, p.name) for p in programs())
_PROGRAM_ALIASES: Final = tuple((p.pattern, p.name) for p in programs())
_PROGRAM_WORDS: Final = re.compile(r"^(?:pelatihan|diklat|training)\s+", re.I)
_REPEATED_WORD: Final = re.compile(r"^(\w+)(?:\s+\1\b)+", re.I)
PROGRAM_MATCH_SCORE: Final = 90  # rapidfuzz token_sort_ratio for "the same program, written differently"
# "Nama Pelatihan : Pelatihan Analis Kebijakan" (a label, then its value): the program is the value's.
PROGRAM_LABEL: Final = re.compile(
    r"^\s*(?:(?:nama|judul|jenis)\s+)?(?P<word>pelatihan|diklat|training|kegiatan)\s*[:=]\s*(?=\S)", re.I
)
VENUE_LABEL: Final = re.compile(r"^\s*(?:tempat|lokasi|venue|bertempat di)\s*[:\-]?\s*(.+)$", re.I)


@dataclass
class CohortMeta:
    """What we know about one cohort, and where each fact came from (for the UI to show and correct)."""

    sheet: str
    program: str | None = None
    angkatan: str | None = None  # Roman numerals, "IV"
    year: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    venue: str | None = None
    sources: dict[str, str] = field(default_factory=dict)
    rows: tuple[int, ...] | None = None  # its rows (Excel row numbers) when a sheet holds several cohorts
    n_participants: int = 0  # counted participants (a person listed twice counts once)
    # Later sheets holding more of its participants (a list printed one page per sheet), after `sheet`.
    continued: tuple[str, ...] = ()

    @property
    def sheets(self) -> tuple[str, ...]:
        """Every sheet holding its participants, `sheet` first."""
        return (self.sheet, *self.continued)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "sheet": self.sheet,
            "program": self.program,
            "angkatan": self.angkatan,
            "year": self.year,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "venue": self.venue,
            "sources": dict(self.sources),
        }


def to_roman(number: int) -> str:
    """1..3999 -> Roman numerals."""
    out = []
    for value, letters in ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def from_roman(text: str) -> int | None:
    """Roman numerals -> int, or None when the text is not a well-formed numeral."""
    text = text.upper()
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not text or any(ch not in values for ch in text):
        return None
    total = 0
    for ch, nxt in zip(text, text[1:] + " ", strict=True):
        v = values[ch]
        total += -v if nxt != " " and values[nxt] > v else v
    return total if 0 < total < 4000 and to_roman(total) == text else None


def normalise_angkatan(text: str) -> str | None:
    """'4', 'IV', 'iv', '04' -> 'IV'."""
    text = text.strip()
    number = int(text) if text.isdigit() else from_roman(text)
    return to_roman(number) if number and 0 < number < 200 else None


def title_case(text: str) -> str:
    """Rewrite a shouting title in title case, keeping acronyms and small words."""
    words = text.split()
    # In a title written in mixed case an upper-case word is an acronym as written ("Penyusunan SKP");
    # only a shouting title has its upper-case words rewritten.
    shouting = sum(w.isupper() for w in words) * 2 > len(words)
    out = []
    for i, word in enumerate(words):
        bare = re.sub(r"[^A-Za-z]", "", word)
        if bare.upper() in ACRONYMS and (word.isupper() or len(bare) <= 4):
            out.append(word.upper())
        elif word.isupper() and len(bare) > 1 and not _VOWELS & set(bare):  # no vowel: no word ("BMD", "SKPD")
            out.append(word)
        elif i > 0 and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        elif word.isupper() and not shouting and len(bare) > 1:
            out.append(word)
        elif word.isupper() or word.islower():  # each part of "BARANG/JASA" starts with a capital
            out.append("/".join(part[:1].upper() + part[1:].lower() for part in word.split("/")))
        else:
            out.append(word)
    return " ".join(out)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


MONTH_PATTERN: Final = _MONTH_RE  # every month spelling as one alternation, longest first
_DAY_MONTH_YEAR: Final = re.compile(rf"(\d{{1,2}})\s+({_MONTH_RE})\.?\s+(\d{{4}})", re.I)
_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DATE: Final = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def parse_date(text: str) -> date | None:
    """One date written as text: '1 Januari 1980', '1980-01-01' or '01/01/1980' (day first). The first
    form found decides; an impossible date ('31 Februari 1980') is None."""
    if m := _DAY_MONTH_YEAR.search(text):
        return _safe_date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    if m := _ISO_DATE.search(text):
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _NUMERIC_DATE.search(text):
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


_ANY_DATE: Final = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")


def parse_period(text: str) -> tuple[date | None, date | None]:
    """A period in one cell: a written range (parse_dates) or two dates in digits ('2026-11-02 - 2026-11-13',
    '02/11/2026 s.d 13/11/2026'); one date is a one-day period."""
    start, end = parse_dates(text)
    if start is not None:
        return start, end
    found = [d for d in map(parse_date, _ANY_DATE.findall(text)) if d is not None]
    if not found:
        return None, None
    return found[0], found[-1]


def parse_dates(text: str) -> tuple[date | None, date | None]:
    """Find a training period ('5 - 8 September 2023', '28 Agustus s.d. 1 September 2023', ...)."""
    m = RANGE_TWO_MONTHS.search(text)
    if m:
        end_year = int(m.group(6))
        start_year = int(m.group(3)) if m.group(3) else end_year
        return (
            _safe_date(start_year, MONTHS[m.group(2).lower()], int(m.group(1))),
            _safe_date(end_year, MONTHS[m.group(5).lower()], int(m.group(4))),
        )
    m = RANGE_SAME_MONTH.search(text)
    if m:
        month, year = MONTHS[m.group(3).lower()], int(m.group(4))
        return _safe_date(year, month, int(m.group(1))), _safe_date(year, month, int(m.group(2)))
    m = NUMERIC_RANGE.search(text)
    if m:
        g = [int(x) for x in m.groups()]
        return _safe_date(g[2], g[1], g[0]), _safe_date(g[5], g[4], g[3])
    m = SINGLE_DATE.search(text)
    if m:
        d = _safe_date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        return d, d
    if m := LABELLED_NUMERIC_DATE.search(text):
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return d, d
    return None, None


def program_name(text: str) -> str | None:
    """The training program a title or file name names: its full name for a known short name ('PKA',
    'coaching mentoring', 'Latsar'), else the words after 'Pelatihan'/'Diklat'/... in title case. A labelled
    line ("Nama Pelatihan : ...") names the program in its value."""
    if m := PROGRAM_LABEL.match(text):
        value = text[m.end() :].strip()
        word = m.group("word")
        text = value if PROGRAM.search(value) or word.lower() == "kegiatan" else f"{word} {value}"
    for pattern, name in _PROGRAM_ALIASES:
        if pattern.search(text):
            return name
    if m := PROGRAM.search(text):
        # "Daftar Peserta Diklat" over "Diklat Teknis ..." in one cell reads "Diklat Diklat Teknis ...".
        program = _REPEATED_WORD.sub(r"\1", m.group(1).strip(" -:"))
        if _APP_WORDS.issuperset(program.casefold().split()):
            return None  # an app's menu or page name ("Rekap Pelatihan > Detail Pelatihan"), no training
        if len(program.split()) >= 2 or program.upper() in ACRONYMS:
            return title_case(program)
    return None


# Words of a web app's navigation and page headings around a table saved from the browser.
_APP_WORDS: Final = frozenset(
    {"pelatihan", "diklat", "training", "rekap", "rekapitulasi", "detail", "data", "daftar", "peserta", "dashboard",
     "beranda", "home", "menu", "tambah", "edit", "ubah", "hapus", "kembali", "laporan", "list", "riwayat", "kelola",
     "manajemen", "activities", "activity", "student", "students", "participant", "participants", "trainer",
     "trainers", "schedule", "jadwal", "kelas", "class", ">", "/", "»", "›"}
)  # fmt: skip


def program_short_name(program: str) -> str:
    """The name people use for a program where space is tight: 'PKA', 'Latsar', 'PKN II' from the programs
    table (a stored name written another way, 'Diklat PKA', found by its pattern); a program not in the table
    keeps its own name without a leading 'Pelatihan'/'Diklat' (no made-up initials)."""
    text = " ".join(str(program).split())
    for known in programs():
        if text.casefold() == known.name.casefold():
            return known.short
    for known in programs():
        if known.pattern.search(text):
            return known.short
    return _PROGRAM_WORDS.sub("", text) or text


def _program_key(name: str) -> str:
    """A program name reduced for comparison: full name of a short name, case and 'Pelatihan' ignored."""
    text = " ".join(name.split())
    text = program_name(text) or text
    return _PROGRAM_WORDS.sub("", text).casefold()


def match_program(program: str | None, known: Iterable[str]) -> str | None:
    """The stored program name a detected program refers to ('PKA' -> 'Pelatihan Kepemimpinan
    Administrator', 'Pelatihan coaching & mentoring' -> 'Pelatihan Coaching dan Mentoring'), else None."""
    if not program or not program.strip():
        return None
    from rapidfuzz import fuzz

    key = _program_key(program)
    best, best_score = None, 0.0
    for name in known:
        if not name:
            continue
        other = _program_key(name)
        if other == key:
            return name
        score = fuzz.token_sort_ratio(key, other)
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= PROGRAM_MATCH_SCORE else None


def without_dates(text: str) -> str:
    """A venue line without the training period written after it: 'Aula X, Jakarta, 5 s.d. 8 September
    2023' -> 'Aula X, Jakarta'."""
    cut = len(text)
    for pattern in (RANGE_TWO_MONTHS, RANGE_SAME_MONTH, NUMERIC_RANGE, SINGLE_DATE):
        if m := pattern.search(text):
            cut = min(cut, m.start())
    if cut == len(text):
        return text
    head = re.sub(r"(?:\b(?:tanggal|tgl\.?|pada)|\b(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu))\W*$", "",
                  text[:cut].rstrip(" ,;:-–—("), flags=re.I)  # fmt: skip
    return head.rstrip(" ,;:-–—(")


def extract_metadata(sheet: str, texts: list[tuple[str, str]]) -> CohortMeta:
    """Fill a CohortMeta from (source label, text) pairs, first source wins for each field."""
    meta = CohortMeta(sheet=sheet)
    venue_labelled = False
    for source, raw in texts:
        text = " ".join(str(raw).split())
        if not text or PRINT_STAMP.match(text):
            continue
        if meta.angkatan is None and (m := ANGKATAN.search(text)):
            if (angkatan := normalise_angkatan(m.group(1))) is not None:
                meta.angkatan = angkatan
                meta.sources["angkatan"] = source
        if meta.start_date is None:
            _take_dates(meta, text, source)
        if meta.year is None and (m := YEAR.search(text)):
            meta.year = int(m.group(1))
            meta.sources["year"] = source
        if meta.program is None and (program := program_name(text)):
            meta.program = program
            meta.sources["program"] = source
        if not venue_labelled and ((m := VENUE_LABEL.match(text)) or VENUE_WORDS.match(text)):
            venue = without_dates((m.group(1) if m else text).strip())
            if venue:
                meta.venue = venue[:200]
                meta.sources["venue"] = source
                venue_labelled = bool(m)  # an explicit "Tempat:" line is never replaced
    if meta.year is None:
        _take_year(meta, texts)
    return meta


def _take_dates(meta: CohortMeta, text: str, source: str) -> None:
    """The training period of a text, and the place written before it ("Jakarta, 5 s.d. 8 ...")."""
    start, end = parse_dates(text)
    if start:
        meta.start_date, meta.end_date = start, end
        meta.sources["start_date"] = meta.sources["end_date"] = source
        place = PLACE_BEFORE_DATE.match(text)
        if meta.venue is None and place and not NOT_A_PLACE.search(place.group(1)):
            meta.venue = place.group(1).strip()
            meta.sources["venue"] = source


def _take_year(meta: CohortMeta, texts: list[tuple[str, str]]) -> None:
    """A year no text labelled: the start date's, else the first year-like number."""
    if meta.start_date:
        meta.year = meta.start_date.year
        meta.sources["year"] = meta.sources["start_date"]
        return
    for source, raw in texts:
        if PRINT_STAMP.match(str(raw)):
            continue
        if m := BARE_YEAR.search(str(raw)):
            meta.year = int(m.group(1))
            meta.sources["year"] = source
            return
