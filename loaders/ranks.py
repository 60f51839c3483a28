"""Normalise golongan (rank group), pangkat names and gender as roster files write them."""

from __future__ import annotations

import re
from typing import Final

PNS_GROUPS: Final = ("I", "II", "III", "IV")
# Ruang letters per PNS group: only IV goes up to e.
PNS_RUANG: Final = {"I": "abcd", "II": "abcd", "III": "abcd", "IV": "abcde"}
PPPK_GRADES: Final = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip
PPPK_GROUP: Final = "PPPK"

# Chart order: PNS I/a ... IV/e, then PPPK grades I ... XVII.
GOLONGAN_ORDER: Final[tuple[str, ...]] = (
    tuple(f"{group}/{ruang}" for group in PNS_GROUPS for ruang in PNS_RUANG[group]) + PPPK_GRADES
)

# Pangkat names of PNS (PP 99/2000), written as normalised word sequences; matched longest first.
PANGKAT_GOLONGAN: Final = {
    "juru muda": "I/a",
    "juru muda tingkat i": "I/b",
    "juru": "I/c",
    "juru tingkat i": "I/d",
    "pengatur muda": "II/a",
    "pengatur muda tingkat i": "II/b",
    "pengatur": "II/c",
    "pengatur tingkat i": "II/d",
    "penata muda": "III/a",
    "penata muda tingkat i": "III/b",
    "penata": "III/c",
    "penata tingkat i": "III/d",
    "pembina": "IV/a",
    "pembina tingkat i": "IV/b",
    "pembina utama muda": "IV/c",
    "pembina utama madya": "IV/d",
    "pembina utama": "IV/e",
}
_PANGKAT_LONGEST_FIRST: Final = tuple(
    (f" {name} ", golongan) for name, golongan in sorted(PANGKAT_GOLONGAN.items(), key=lambda kv: -len(kv[0]))
)
# Word spellings folded before matching pangkat names ("Tk. I", "Tkt 1", "Tingkat I").
PANGKAT_WORD_ALIASES: Final = {"tk": "tingkat", "tkt": "tingkat", "tngkt": "tingkat", "tk1": "tingkat i"}
_TINGKAT_ONE: Final = re.compile(r"\btingkat (?:1|satu)\b")

# Words that may follow a pangkat name ("Penata Muda gol. III a"); any other word means the text is not a
# pangkat but a jabatan that starts like one ("Penata Laksana Barang", "Pembina Pramuka").
PANGKAT_FOLLOWERS: Final = frozenset(
    {"i", "ii", "iii", "iv", "a", "b", "c", "d", "e", "gol", "golongan", "ruang"}
)

# Words around a PPPK grade that carry no meaning of their own ("Gol. IX", "Golongan IX PPPK").
GRADE_NOISE_WORDS: Final = frozenset({"gol", "golongan", "grade", "pppk", "ruang", "kelas"})

GENDER_ALIASES: Final = {
    "l": "L",
    "lk": "L",
    "laki": "L",
    "lakilaki": "L",
    "pria": "L",
    "m": "L",
    "male": "L",
    "man": "L",
    "p": "P",
    "pr": "P",
    "perempuan": "P",
    "wanita": "P",
    "w": "P",
    "f": "P",
    "female": "P",
    "woman": "P",
}

# "III/a", "III a", "III-A", "III.a", "IIIa", with the Roman group in capitals (lower case handled below).
_PNS_ROMAN: Final = re.compile(r"\b(IV|III|II|I)\s*[/\-.]?\s*([A-Ea-e])\b")
# "3a", "3/a", "3 a", "3-A".
_PNS_ARABIC: Final = re.compile(r"\b([1-4])\s*[/\-.]?\s*([A-Ea-e])\b")
_ARABIC_TO_ROMAN: Final = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_NON_ALNUM: Final = re.compile(r"[^0-9a-z]+")
_WORDS: Final = re.compile(r"[0-9A-Za-z]+")


def normalise_golongan(text: object) -> str | None:
    """Read a golongan as written ("III a", "3a", "Penata Muda (III/a)", "Gol. IX") as "III/a" or "IX"."""
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if not stripped:
        return None
    found = _find_pns_golongan(stripped)
    if found is None and stripped == stripped.lower():
        found = _find_pns_golongan(stripped.upper())
    if found is not None:
        return found
    from_pangkat = golongan_from_pangkat(stripped)
    if from_pangkat is not None:
        return from_pangkat
    return _find_pppk_grade(stripped)


def golongan_from_pangkat(text: object) -> str | None:
    """Map a PNS pangkat name ("Penata Muda Tk. I") to its golongan ("III/b")."""
    if not isinstance(text, str):
        return None
    words = _NON_ALNUM.sub(" ", text.lower()).split()
    folded = " ".join(PANGKAT_WORD_ALIASES.get(word, word) for word in words)
    padded = f" {_TINGKAT_ONE.sub('tingkat i', folded)} "
    for name, golongan in _PANGKAT_LONGEST_FIRST:
        start = padded.find(name)
        while start >= 0:
            following = padded[start + len(name) :].split(" ", 1)[0]
            if not following or following in PANGKAT_FOLLOWERS or not following.isalpha():
                return golongan
            start = padded.find(name, start + 1)
    return None


def golongan_group(golongan: str | None) -> str | None:
    """The group of a normalised golongan: "I".."IV" for PNS, "PPPK" for a PPPK grade."""
    if golongan is None:
        return None
    group, slash, ruang = golongan.partition("/")
    if slash:
        return group if ruang in PNS_RUANG.get(group, "") and len(ruang) == 1 else None
    return PPPK_GROUP if golongan in PPPK_GRADES else None


def normalise_gender(text: object) -> str | None:
    """Read a gender as written ("Laki-laki", "Pria", "W", "Female") as "L" or "P"."""
    if not isinstance(text, str):
        return None
    return GENDER_ALIASES.get(_NON_ALNUM.sub("", text.lower()))


def _find_pns_golongan(text: str) -> str | None:
    """The first PNS golongan written with a Roman or Arabic group and a ruang letter."""
    for pattern in (_PNS_ROMAN, _PNS_ARABIC):
        for match in pattern.finditer(text):
            group = _ARABIC_TO_ROMAN.get(match.group(1), match.group(1))
            ruang = match.group(2).lower()
            if ruang in PNS_RUANG[group]:
                return f"{group}/{ruang}"
    return None


def _find_pppk_grade(text: str) -> str | None:
    """A PPPK grade written alone as a Roman numeral, apart from words like "Gol." or "PPPK"."""
    all_words = _WORDS.findall(text)
    words = [word for word in all_words if word.lower() not in GRADE_NOISE_WORDS]
    if len(words) != 1:
        return None
    grade = words[0].upper()
    if grade.isdigit() and any(word.lower() == "pppk" for word in all_words):
        # An Arabic grade ("PPPK 9") is read only when the text says PPPK; a bare "9" could be anything.
        number = int(grade)
        return PPPK_GRADES[number - 1] if 1 <= number <= len(PPPK_GRADES) else None
    return grade if grade in PPPK_GRADES else None
