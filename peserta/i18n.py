"""Indonesian and English labels of coded values (genders, golongan, age bands, load-report codes, audit
actions), read from the text catalog (loaders/catalog.py, which this module also re-exports: t, nt)."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from loaders.catalog import (
    DEFAULT_LANG,
    LANGS,
    N_,
    Nn_,
    level_label,
    normalise_lang,
    nt,
    sector_label,
    sector_short_label,
    t,
)
from loaders.report import ISSUE_TYPES, issue_template

__all__ = [
    "AUDIT_KEYS",
    "CODED_VALUE_KEYS",
    "DEFAULT_LANG",
    "LANGS",
    "N_",
    "ROLE_KEYS",
    "Nn_",
    "audit_label",
    "dimension_value_label",
    "issue_label",
    "issue_message",
    "level_label",
    "role_label",
    "normalise_lang",
    "nt",
    "sector_label",
    "sector_short_label",
    "t",
]

# Facts dimension -> coded value -> text id; other dimensions (agency, province) show the value itself.
CODED_VALUE_KEYS: Final[dict[str, dict[str, str]]] = {
    "gender": {"L": N_("gender.L"), "P": N_("gender.P")},
    "golongan": {
        "I": N_("golongan.I"),
        "II": N_("golongan.II"),
        "III": N_("golongan.III"),
        "IV": N_("golongan.IV"),
        "PPPK": N_("golongan.PPPK"),
    },
    "nip_status": {  # loaders.schema.NIP_STATUSES
        "pns": N_("nip_status.pns"),
        "pppk": N_("nip_status.pppk"),
        "nik": N_("nip_status.nik"),
        "nip_lama": N_("nip_status.nip_lama"),
        "nrp": N_("nip_status.nrp"),
        "damaged": N_("nip_status.damaged"),
        "invalid": N_("nip_status.invalid"),
        "missing": N_("nip_status.missing"),
    },
    "age": {
        "<30": N_("age.<30"),
        "30-39": N_("age.30-39"),
        "40-49": N_("age.40-49"),
        "50-59": N_("age.50-59"),
        "60+": N_("age.60+"),
    },
}
ROLE_KEYS: Final[dict[str, str]] = {
    "viewer": N_("role.viewer"),
    "editor": N_("role.editor"),
    "admin": N_("role.admin"),
}
# Audit-log actions as people read them.
AUDIT_KEYS: Final[dict[str, str]] = {
    "unggah": N_("audit.unggah"),
    "ganti": N_("audit.ganti"),
    "hapus_angkatan": N_("audit.hapus_angkatan"),
    "hapus_orang": N_("audit.hapus_orang"),
    "pulihkan": N_("audit.pulihkan"),
    "contoh": N_("audit.contoh"),
    "retensi": N_("audit.retensi"),
    "retensi_atur": N_("audit.retensi_atur"),
    "koreksi_instansi": N_("audit.koreksi_instansi"),
    "klasifikasi_ulang": N_("audit.klasifikasi_ulang"),
    "impor_koreksi": N_("audit.impor_koreksi"),
    "unduh_cadangan": N_("audit.unduh_cadangan"),
    "unduh_catatan": N_("audit.unduh_catatan"),
    "unduh_pdf": N_("audit.unduh_pdf"),
    "unduh_peserta": N_("audit.unduh_peserta"),
    "unduh_presentasi": N_("audit.unduh_presentasi"),
    "unduh_rekap": N_("audit.unduh_rekap"),
    "masuk": N_("audit.masuk"),
    "masuk_gagal": N_("audit.masuk_gagal"),
    "masuk_ditolak": N_("audit.masuk_ditolak"),
    "keluar": N_("audit.keluar"),
    "pengguna_tambah": N_("audit.pengguna_tambah"),
    "pengguna_sandi": N_("audit.pengguna_sandi"),
    "pengguna_peran": N_("audit.pengguna_peran"),
    "pengguna_nonaktif": N_("audit.pengguna_nonaktif"),
    "pengguna_aktif": N_("audit.pengguna_aktif"),
    "pengguna_hapus": N_("audit.pengguna_hapus"),
    "pengguna_buka_kunci": N_("audit.pengguna_buka_kunci"),
}


def issue_label(code: str, lang: str) -> str:
    """A load-report code as a short label ('row_footer' -> 'Catatan kaki/tanda tangan dilewati')."""
    kind = ISSUE_TYPES.get(code)
    return t(kind.label, lang) if kind else code.replace("_", " ").capitalize()


def role_label(role: str, lang: str) -> str:
    """A role code as people read it ('editor' -> 'Editor'); an unknown code as written."""
    key = ROLE_KEYS.get(role)
    return t(key, lang) if key else role


def audit_label(action: str, lang: str) -> str:
    """An audit-log action as a short label ('hapus_angkatan' -> 'Hapus angkatan')."""
    key = AUDIT_KEYS.get(action)
    return t(key, lang) if key else action.replace("_", " ").capitalize()


@cache
def _message_pattern(code: str) -> re.Pattern[str]:
    """A pattern reading the fields back out of an Indonesian issue message of this code."""
    parts = re.split(r"\{(\w+)\}", issue_template(code))
    pattern = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*?)" for i, p in enumerate(parts))
    return re.compile(pattern + r"\Z", re.DOTALL)


def issue_message(code: str, message: str, lang: str) -> str:
    """A stored (Indonesian) load-report message in `lang`: its fields are read back with the Indonesian
    template and put into the language's one. A message the template does not give back (written by an
    older version, or an unknown code) is shown as stored."""
    if normalise_lang(lang) == DEFAULT_LANG or code not in ISSUE_TYPES:
        return message
    found = _message_pattern(code).match(message)
    if found is None or issue_template(code).format(**found.groupdict()) != message:
        return message
    return t(ISSUE_TYPES[code].message, lang, **found.groupdict())


def dimension_value_label(dimension: str, value: str, lang: str) -> str:
    """The label of one value of a facts dimension: gender 'L' -> 'Laki-laki'; '' -> 'Tidak diketahui'."""
    if dimension == "sector":
        return sector_label(value, lang)
    if dimension == "level":
        return level_label(value, lang)
    if not value:
        return t("value.unknown", lang)
    key = CODED_VALUE_KEYS.get(dimension, {}).get(value)
    return t(key, lang) if key else value
