"""The text catalog: every Indonesian and English UI string, read from gettext catalogs (loaders/locale).

Messages have symbolic ids ("page.ringkasan"); both ``id`` and ``en`` .po files hold the real text, and
placeholders are str.format fields. The runtime reads the compiled .mo files with the standard library's
gettext (no Babel import, nothing fetched): ``tools/catalog.py`` extracts the ids from the code, updates
the .po files, compiles them and checks them (``make catalog``, ``make check``). Codes whose text key is
built at run time (sectors, issue codes, ...) are listed with the no-op markers ``N_``/``Nn_`` where their
table lives, so that extraction sees every id. This module sits low in the house (the intake's issue
messages and the command line's summary read it) and imports nothing heavy.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path
from typing import Final

LANGS: Final = ("id", "en")
DEFAULT_LANG: Final = "id"
DOMAIN: Final = "dasbor"
LOCALE_DIR: Final = Path(__file__).with_name("locale")


def N_(key: str) -> str:
    """Mark a text id used through a table or a computed key (extraction sees it; returns it unchanged)."""
    return key


def Nn_(key: str) -> str:
    """Mark a plural text id (read with nt) used through a table or a computed key."""
    return key


class _Missing(gettext.NullTranslations):
    """The catalogs' last fallback: an id no catalog holds is a KeyError, never shown as the id itself."""

    def gettext(self, message: str) -> str:
        raise KeyError(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        raise KeyError(msgid1)


def normalise_lang(lang: object) -> str:
    """A supported language code: 'en' stays, anything else becomes the default 'id'."""
    return "en" if lang == "en" else DEFAULT_LANG


def mo_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    """Where the compiled catalog of a language lives."""
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


@cache
def translations(lang: str) -> gettext.GNUTranslations:
    """The compiled catalog of a supported language, read once per process."""
    with mo_path(normalise_lang(lang)).open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    catalog.add_fallback(_Missing())
    return catalog


def t(key: str, lang: str, /, **fmt: object) -> str:
    """The text of `key` in `lang`, with str.format fields filled from `fmt`; KeyError when unknown."""
    text = translations(lang).gettext(key)
    return text.format(**fmt) if fmt else text


def nt(key: str, n: int, lang: str, /, **fmt: object) -> str:
    """The text of plural `key` for `n` things ('1 cohort' / '2 cohorts'), fields filled from `fmt`."""
    text = translations(lang).ngettext(key, key, n)
    return text.format(**fmt) if fmt else text


# Sector and level codes (loaders.schema SECTORS, LEVELS) -> their text ids.
SECTOR_KEYS: Final[dict[str, tuple[str, str]]] = {  # code -> (label, short label)
    "central": (N_("sector.central"), N_("sector_short.central")),
    "regional": (N_("sector.regional"), N_("sector_short.regional")),
    "other": (N_("sector.other"), N_("sector_short.other")),
    "unknown": (N_("sector.unknown"), N_("sector_short.unknown")),
}
LEVEL_KEYS: Final[dict[str, str]] = {
    "ministry": N_("level.ministry"),
    "agency": N_("level.agency"),
    "province": N_("level.province"),
    "regency": N_("level.regency"),
    "city": N_("level.city"),
    "other": N_("level.other"),
}


def sector_label(sector: str, lang: str) -> str:
    """'central' -> 'Kementerian/Lembaga' / 'Ministries and agencies'; unknown codes read 'Belum dikenali'."""
    return t(SECTOR_KEYS.get(sector, SECTOR_KEYS["unknown"])[0], lang)


def sector_short_label(sector: str, lang: str) -> str:
    """'central' -> 'K/L', 'regional' -> 'Pemda' (for tight spaces such as legends)."""
    return t(SECTOR_KEYS.get(sector, SECTOR_KEYS["unknown"])[1], lang)


def level_label(level: str, lang: str) -> str:
    """'province' -> 'Pemerintah provinsi' / 'Provincial government'; '' -> 'Tidak diketahui'."""
    return t(LEVEL_KEYS.get(level, N_("value.unknown")), lang)
