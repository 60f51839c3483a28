"""The text catalog (loaders/catalog.py, loaders/locale) as peserta.i18n offers it, and the labels of coded values."""

from __future__ import annotations

import string

import pytest

from peserta.i18n import LANGS, dimension_value_label, level_label, nt, sector_label, sector_short_label, t
from tools.catalog import read_catalog

CATALOGS = {lang: read_catalog(lang) for lang in LANGS}
KEYS = sorted(m.id for m in CATALOGS["id"] if m.id and isinstance(m.id, str))
PLURAL_KEYS = sorted(m.id[0] for m in CATALOGS["id"] if isinstance(m.id, tuple))


def fields_of(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_languages():
    assert LANGS == ("id", "en")


@pytest.mark.parametrize("key", KEYS)
def test_every_key_has_both_languages_with_the_same_fields(key):
    indonesian, english = t(key, "id"), t(key, "en")
    assert indonesian.strip() and english.strip()
    assert fields_of(indonesian) == fields_of(english)
    filled = {name: "X" for name in fields_of(indonesian)}
    for lang in LANGS:
        assert "{" not in t(key, lang, **filled)


@pytest.mark.parametrize("key", PLURAL_KEYS)
def test_every_plural_key_reads_in_both_languages_for_one_and_many(key):
    for n in (0, 1, 2, 5):
        for lang in LANGS:
            text = nt(key, n, lang, **{name: "X" for name in fields_of(nt(key, n, lang))})
            assert text.strip() and "{" not in text


@pytest.mark.parametrize(
    ("key", "n", "indonesian", "english"),
    [
        ("noun.participant", 1, "1 peserta", "1 participant"),
        ("noun.participant", 26, "26 peserta", "26 participants"),
        ("noun.cohort", 0, "0 angkatan", "0 cohorts"),
        ("upload.cohorts_found", 1, "1 angkatan ditemukan", "1 cohort found"),
        ("upload.cohorts_found", 3, "3 angkatan ditemukan", "3 cohorts found"),
        ("agency.others", 1, "Lainnya (1 instansi)", "Others (1 agency)"),
        (
            "chart.no_province_other",
            1,
            "1 peserta lain yang provinsinya tidak diketahui.",
            "1 other participant whose province is unknown.",
        ),
    ],
)
def test_plural_texts(key, n, indonesian, english):
    assert (nt(key, n, "id", count=n), nt(key, n, "en", count=n)) == (indonesian, english)


def test_missing_key_raises():
    with pytest.raises(KeyError, match="page.nope"):
        t("page.nope", "id")


def test_unknown_language_reads_indonesian():
    assert t("page.tren", "fr") == "Tren"


@pytest.mark.parametrize(
    ("key", "indonesian", "english"),
    [
        ("page.ringkasan", "Ringkasan", "Summary"),
        ("page.tren", "Tren", "Trends"),
        ("page.peserta", "Peserta", "Participants"),
        ("page.kualitas", "Kualitas data", "Data quality"),
        ("page.unggah", "Unggah Roster", "Upload Roster"),
        ("page.kelola", "Kelola Data", "Manage Data"),
        ("kpi.participants", "Peserta", "Participants"),
        ("filter.sectors", "Jenis instansi", "Agency type"),
        ("col.sheet", "Lembar", "Sheet"),  # the tables of Kualitas data, Kelola Data, Unggah Roster
    ],
)
def test_page_and_label_texts(key, indonesian, english):
    assert (t(key, "id"), t(key, "en")) == (indonesian, english)


def test_formatting_fields():
    assert t("last_updated", "id", when="5 September 2023") == "Terakhir diperbarui: 5 September 2023"
    assert t("kpi.share_of_participants", "id", share="53,8%") == "53,8% dari peserta"
    assert t("empty.no_participants", "id").startswith("Tidak ada peserta untuk filter ini")


@pytest.mark.parametrize(
    ("sector", "indonesian", "english", "short"),
    [
        ("central", "Kementerian/Lembaga", "Ministries and agencies", "K/L"),
        ("regional", "Pemerintah Daerah", "Regional governments", "Pemda"),
        ("other", "Bukan instansi pemerintah", "Non-government", "Non-pemerintah"),
        ("unknown", "Belum dikenali", "Not yet classified", "Belum dikenali"),
        ("???", "Belum dikenali", "Not yet classified", "Belum dikenali"),
    ],
)
def test_sector_label(sector, indonesian, english, short):
    assert (sector_label(sector, "id"), sector_label(sector, "en")) == (indonesian, english)
    assert sector_short_label(sector, "id") == short


@pytest.mark.parametrize(
    ("level", "indonesian", "english"),
    [
        ("province", "Pemerintah provinsi", "Provincial government"),
        ("regency", "Pemerintah kabupaten", "Regency government"),
        ("city", "Pemerintah kota", "City government"),
        ("ministry", "Kementerian", "Ministry"),
        ("agency", "Lembaga", "Agency"),
        ("", "Tidak diketahui", "Unknown"),
    ],
)
def test_level_label(level, indonesian, english):
    assert (level_label(level, "id"), level_label(level, "en")) == (indonesian, english)


@pytest.mark.parametrize(
    ("dimension", "value", "indonesian", "english"),
    [
        ("gender", "L", "Laki-laki", "Male"),
        ("gender", "P", "Perempuan", "Female"),
        ("gender", "", "Tidak diketahui", "Unknown"),
        ("golongan", "III", "Golongan III", "Golongan III"),
        ("golongan", "PPPK", "PPPK", "PPPK"),
        ("age", "<30", "< 30 tahun", "Under 30"),
        ("age", "60+", "60+ tahun", "60 and over"),
        (
            "agency",
            "Lembaga Administrasi Negara",
            "Lembaga Administrasi Negara",
            "Lembaga Administrasi Negara",
        ),
        ("agency", "", "Tidak diketahui", "Unknown"),
        ("province", "Papua Tengah", "Papua Tengah", "Papua Tengah"),
        ("sector", "regional", "Pemerintah Daerah", "Regional governments"),
        ("level", "city", "Pemerintah kota", "City government"),
        ("golongan", "IX", "IX", "IX"),
    ],
)
def test_dimension_value_label(dimension, value, indonesian, english):
    assert dimension_value_label(dimension, value, "id") == indonesian
    assert dimension_value_label(dimension, value, "en") == english


def test_every_load_report_code_has_a_label_in_both_languages():
    from loaders.report import ISSUE_TYPES
    from peserta.i18n import issue_label

    for code in ISSUE_TYPES:
        assert "_" not in issue_label(code, "id") and "_" not in issue_label(code, "en")


def test_every_audit_action_written_by_the_code_has_a_label():
    """The change log shows actions as words, not codes such as 'hapus_angkatan'."""
    import re
    from pathlib import Path

    from peserta.i18n import AUDIT_KEYS as AUDIT_LABELS

    root = Path(__file__).resolve().parents[1]
    sources = [p for folder in ("store", "pages") for p in (root / folder).rglob("*.py")] + [
        root / "dashboard.py"
    ]
    written: set[str] = set()
    pattern = re.compile(
        r'(?:record_audit|_audit|audit_event)\([^,]+,\s*[^,]+,\s*"([a-z_]+)"|action="([a-z_]+)"'
    )
    for path in sources:
        for found in pattern.finditer(path.read_text(encoding="utf-8")):
            written.add(found.group(1) or found.group(2))
    written.discard("store_true")  # argparse's action=, not an audit action
    assert {
        "hapus_angkatan",
        "masuk_gagal",
        "unduh_peserta",
        "koreksi_instansi",
    } <= written  # the scan finds them
    assert written <= set(AUDIT_LABELS), written - set(AUDIT_LABELS)


def test_every_download_of_the_registry_has_labels() -> None:
    from peserta.exports import PRESENTASI_EXPORTS
    from peserta.i18n import AUDIT_KEYS

    for export in PRESENTASI_EXPORTS:
        assert export.action in AUDIT_KEYS
        assert all(t(export.label_key, lang) for lang in LANGS)  # Indonesian and English


def _sample_params(code: str) -> dict[str, str]:
    from loaders.report import issue_template

    return {name: f"<{name} {i}>" for i, name in enumerate(sorted(fields_of(issue_template(code))))}


def test_every_issue_message_reads_in_english() -> None:
    """Stored messages are Indonesian (the JSON and the database keep them so); the English UI shows them
    through the English template, with the same values."""
    from loaders.report import ISSUE_TYPES, make_issue
    from peserta.i18n import issue_message

    for code, kind in ISSUE_TYPES.items():
        params = _sample_params(code)
        stored = make_issue(code, **params).message
        assert issue_message(code, stored, "id") == stored
        assert issue_message(code, stored, "en") == t(kind.message, "en", **params)


@pytest.mark.parametrize(
    ("code", "message", "english"),
    [
        ("missing_name", "Nama kosong.", "Name missing."),
        (
            "duplicate_in_file",
            "Peserta yang sama sudah tercatat di baris 14 (NIP sama); baris ini tidak dihitung dua kali.",
            "The same participant is already listed at baris 14 (NIP sama); baris ini tidak dihitung dua kali.",
        ),
        ("sheet_hidden", "Lembar tersembunyi 'Rekap (2)' dilewati.", "Hidden sheet 'Rekap (2)' skipped."),
        ("row_footer", "Baris 30-34 dianggap catatan kaki/tanda tangan dan tidak dihitung.",
         "Rows 30-34 are taken as a footer/signature and not counted."),
        # written by an older version (another wording), or an unknown code: shown as stored
        ("row_footer", "Baris 30 adalah catatan kaki.", "Baris 30 adalah catatan kaki."),
        ("retired_code", "Pesan lama.", "Pesan lama."),
    ],
)  # fmt: skip
def test_issue_message(code: str, message: str, english: str) -> None:
    from peserta.i18n import issue_message

    assert issue_message(code, message, "en") == english
