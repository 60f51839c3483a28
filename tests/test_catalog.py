"""The text catalog: the runtime (loaders/catalog.py) and the check that keeps code and .po files in step
(tools/catalog.py, run by `make check`); every failure mode is shown on a copy of the catalogs."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from loaders.catalog import LOCALE_DIR, N_, Nn_, mo_path, nt, t
from tools.catalog import (
    compiled,
    extract_ids,
    extract_uses,
    main,
    problems,
    read_catalog,
    source_files,
    update,
    write_catalog,
)


@pytest.fixture
def locale(tmp_path: Path) -> Path:
    """A copy of the catalogs to break."""
    return Path(shutil.copytree(LOCALE_DIR, tmp_path / "locale"))


def code(tmp_path: Path, text: str) -> list[Path]:
    """The product's sources plus one more file holding `text`."""
    extra = tmp_path / "extra.py"
    extra.write_text(text, encoding="utf-8")
    return [*source_files(), extra]


def test_the_catalogs_match_the_code() -> None:
    assert problems() == []
    assert main(["check"]) == 0


def test_the_compiled_catalogs_are_the_po_files() -> None:
    for lang in ("id", "en"):
        assert mo_path(lang).read_bytes() == compiled(read_catalog(lang))


def test_extraction_finds_calls_markers_and_both_branches() -> None:
    source = (
        'ctx.t("a.one")\n'
        't("a.two" if x else "a.three", lang, n=1)\n'
        'nt("a.plural", 2, lang)\n'
        'TABLE = {"k": N_("a.marked"), "p": Nn_("a.marked_plural")}\n'
        'text("a.page", lang)\n'
        't(f"a.{dynamic}", lang)\n'  # built at run time: invisible, hence the markers
        'sa.text("SELECT 1")\n'  # SQLAlchemy's text, not a UI text
        'widget(key="a.widget")\n'
    )
    found = [args[0] for _line, _name, args, _comments in extract_ids(io.BytesIO(source.encode()), *KW)]
    assert found == [
        "a.one", "a.two", "a.three", "a.plural", "a.marked", "a.marked_plural", "a.page", None,
    ]  # fmt: skip


KW = ({"t": (1,), "text": (1,), "nt": (1, 1), "N_": (1,), "Nn_": (1, 1)}, (), {})


def test_plural_uses_are_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "uses.py"
    path.write_text('t("x.one", lang)\nnt("x.many", n, lang)\nNn_("x.marked")\n', encoding="utf-8")
    uses = {(u.key, u.plural) for u in extract_uses([path], tmp_path)}
    assert uses == {("x.one", False), ("x.many", True), ("x.marked", True)}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('t("nope.missing", lang)\n', "en: 'nope.missing' is missing (used at"),
        ('N_("nope.marked")\n', "id: 'nope.marked' is missing"),
        ('nt("page.tren", 2, lang)\n', "'page.tren' is used as plural (nt/Nn_)"),
        ('t("noun.cohort", lang)\n', "'noun.cohort' is used as singular (t/N_)"),
    ],
)
def test_a_text_the_code_uses_but_a_catalog_lacks_fails(tmp_path: Path, source: str, expected: str) -> None:
    found = problems(code(tmp_path, source))
    assert any(expected in p for p in found), found


def _edit(locale: Path, lang: str, key: str, **changes: object) -> None:
    catalog = read_catalog(lang, locale)
    message = catalog[key]
    for name, value in changes.items():
        setattr(message, name, value)
    write_catalog(lang, catalog, locale)


def test_an_untranslated_text_fails(locale: Path) -> None:
    _edit(locale, "en", "page.tren", string="")
    assert "en: 'page.tren' is not translated" in problems(locale_dir=locale)


def test_an_untranslated_plural_form_fails(locale: Path) -> None:
    _edit(locale, "en", "noun.cohort", string=("{count} cohort", ""))
    assert "en: 'noun.cohort' is not translated" in problems(locale_dir=locale)


def test_a_fuzzy_text_fails(locale: Path) -> None:
    _edit(locale, "id", "page.tren", flags={"fuzzy"})
    assert "id: 'page.tren' is fuzzy" in problems(locale_dir=locale)


def test_a_text_no_code_uses_fails(locale: Path) -> None:
    for lang in ("id", "en"):
        catalog = read_catalog(lang, locale)
        catalog.add("page.retired", "Lama")
        write_catalog(lang, catalog, locale)
    found = problems(locale_dir=locale)
    assert [p for p in found if "page.retired" in p] == [
        "id: 'page.retired' is not used by the code; remove it (python -m tools.catalog update)",
        "en: 'page.retired' is not used by the code; remove it (python -m tools.catalog update)",
    ]


@pytest.mark.parametrize(
    ("lang", "key", "string"),
    [
        ("en", "last_updated", "Last updated: {date}"),  # renamed field
        ("en", "kpi.share_of_participants", "of participants"),  # field left out
        ("id", "last_updated", "Terakhir diperbarui: {when} {who}"),  # field added
        ("en", "noun.cohort", ("{count} cohort", "{n} cohorts")),  # one plural form differs
        ("en", "last_updated", "Last updated: {when"),  # not a format string
    ],
)
def test_placeholders_that_differ_between_languages_fail(locale: Path, lang: str, key: str, string: object) -> None:
    _edit(locale, lang, key, string=string)
    assert any(f"'{key}' has fields" in p for p in problems(locale_dir=locale))


def test_a_stale_compiled_catalog_fails(locale: Path) -> None:
    po = locale / "en" / "LC_MESSAGES" / "dasbor.po"
    po.write_text(po.read_text(encoding="utf-8").replace('"Trends"', '"Trend lines"'), encoding="utf-8")
    assert problems(locale_dir=locale) == ["en: dasbor.mo is not compiled from dasbor.po; run make catalog"]


def test_update_adds_new_texts_to_translate_and_removes_unused_ones(tmp_path: Path, locale: Path) -> None:
    for lang in ("id", "en"):
        catalog = read_catalog(lang, locale)
        catalog.add("page.retired", "Lama")
        write_catalog(lang, catalog, locale)
    files = code(tmp_path, 'nt("page.brand_new", n, lang)\n')
    changes = update(files, locale)
    assert "en: added 'page.brand_new' (translate it)" in changes
    assert "id: removed 'page.retired'" in changes
    assert sorted(problems(files, locale)) == [
        "en: 'page.brand_new' is not translated",
        "id: 'page.brand_new' is not translated",
    ]


def test_lookups() -> None:
    assert t("page.tren", "en") == "Trends"
    assert t("last_updated", "id", when="kemarin") == "Terakhir diperbarui: kemarin"
    assert nt("noun.agency", 1, "en", count="1") == "1 agency"
    assert nt("noun.agency", 2, "en", count="2") == "2 agencies"
    assert nt("noun.agency", 1, "id", count="1") == nt("noun.agency", 2, "id", count="1") == "1 instansi"
    assert N_("page.tren") == Nn_("page.tren") == "page.tren"
    with pytest.raises(KeyError, match="nope"):
        nt("nope", 2, "en")


def test_every_code_of_the_vocabulary_has_its_text_ids() -> None:
    from loaders.catalog import LEVEL_KEYS, SECTOR_KEYS
    from loaders.schema import AGE_BANDS, GENDERS, GOLONGAN_GROUPS, LEVELS, ROLES, SECTORS
    from peserta.i18n import CODED_VALUE_KEYS, ROLE_KEYS

    assert set(SECTOR_KEYS) == set(SECTORS) and set(LEVEL_KEYS) == set(LEVELS) and set(ROLE_KEYS) == set(ROLES)
    assert CODED_VALUE_KEYS["gender"].keys() == set(GENDERS)
    assert CODED_VALUE_KEYS["golongan"].keys() == set(GOLONGAN_GROUPS)
    assert CODED_VALUE_KEYS["age"].keys() == set(AGE_BANDS)
