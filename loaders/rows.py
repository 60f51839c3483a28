"""What each row under the header is: a person, a group heading, a sub-total, the signature footer."""

from __future__ import annotations

import re
from enum import Enum
from typing import Final

import numpy as np
import numpy.typing as npt

from loaders.cells import cell_text, is_number, nonblank_texts
from loaders.grid import Cell
from loaders.metadata import MONTH_PATTERN

TOTAL_ROW: Final = re.compile(r"^\s*(sub\s*-?\s*)?(jumlah|total|subtotal|grand total)\b", re.IGNORECASE)


# Lines that open a signature block under a roster.
SIGNATURE: Final = re.compile(
    r"^\s*(mengetahui|menyetujui|a\.?\s?n\.?\s|an\.\s|plt\.?\s|plh\.?\s|ketua panitia|panitia penyelenggara|"
    r"kepala (pusat|bidang|bagian|badan|balai|sub)|sekretaris|direktur|dibuat oleh|ttd\.?|tanda tangan|"
    r"nip[.:]?\s*\d)",
    re.IGNORECASE,
)


PLACE_DATE: Final = re.compile(
    rf"^[A-Za-z .'-]{{3,40}},\s*\d{{1,2}}\s+({MONTH_PATTERN})\.?\s+\d{{4}}\s*$", re.IGNORECASE
)


NUMBER_ROW: Final = re.compile(r"^\(?\d{1,2}\)?$")


# "A. DINAS PENDIDIKAN", "II. KEMENTERIAN ...": a group label's enumerator, dropped when it names the instansi.
SECTION_ENUMERATOR: Final = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})\s*[.)]\s+(?=\S)")


def numbered_people(
    body: npt.NDArray[np.object_], c_no: int | None, c_name: int | None, c_nip: int | None
) -> npt.NDArray[np.bool_]:
    """Rows with a number in the No column and a name or NIP: participants without further checks."""
    if c_no is None or not len(body):
        return np.zeros(len(body), dtype=bool)
    types = np.fromiter(map(type, body[:, c_no].tolist()), dtype=object, count=len(body))
    numbered = types == float  # noqa: E721 - elementwise over an array of types
    person = np.zeros(len(body), dtype=bool)
    for c in (c_name, c_nip):
        if c is not None:  # bool() is False for "" and None (and for 0: those rows take the slow path)
            person |= body[:, c].astype(bool)
    return numbered & person


def is_section_row(texts: list[str], nip: Cell, *, numbered: bool) -> bool:
    """A lone label in the No/Nama column ("A. DINAS PENDIDIKAN"): a group heading, not a person. An
    unenumerated label in capitals counts only in a numbered table (a person there has a number)."""
    if cell_text(nip) or len(set(texts)) != 1:
        return False
    label = texts[0]
    return bool(SECTION_ENUMERATOR.match(label)) or (numbered and label.isupper() and len(label.split()) >= 2)


def is_number_row(row: list[Cell]) -> bool:
    """The '1 2 3 4 ...' row some templates put under the header."""
    texts = [cell_text(c) for c in row if c not in ("", None)]
    if len(texts) < 3 or not all(NUMBER_ROW.match(t) for t in texts):
        return False
    numbers = [int(t.strip("()")) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


class RowKind(Enum):
    """What a filled row under the header is."""

    PERSON = "person"
    SUBTOTAL = "subtotal"  # "Jumlah", "Sub Jumlah: 5": closes the group above it
    FOOTER = "footer"  # signature block or "Jakarta, 8 September 2023": this row and all after it
    SECTION = "section"  # a group heading ("A. DINAS PENDIDIKAN") or a row with no name and no NIP
    NUMBERED_EMPTY = "numbered_empty"  # a running number and nothing else


def row_kind(row: list[Cell], name: Cell, nip: Cell, number: Cell, *, numbered_table: bool) -> RowKind:
    """The kind of a filled row, from its No, Nama and NIP cells and its other text (rows with a number and
    a name or NIP are people without this check: numbered_people)."""
    has_person = bool(cell_text(name) or cell_text(nip))
    if is_number(number):
        if not has_person and sum(1 for c in row if c not in ("", None)) <= 1:
            return RowKind.NUMBERED_EMPTY
        return RowKind.PERSON
    texts = nonblank_texts(row)
    if TOTAL_ROW.match(texts[0]) or TOTAL_ROW.match(cell_text(name)):
        return RowKind.SUBTOTAL
    if SIGNATURE.match(cell_text(name) or texts[0]) or PLACE_DATE.match(texts[0]):
        return RowKind.FOOTER
    if not has_person or is_section_row(texts, nip, numbered=numbered_table):
        return RowKind.SECTION
    return RowKind.PERSON
