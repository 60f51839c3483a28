"""What a re-upload would change in a stored cohort: people added, removed and changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

import pandas as pd

from loaders.nip import mask_nip
from loaders.people import person_keys

DIFF_COLUMNS: Final = ("name", "nip", "instansi", "change")
# Compared fields and how the change text names them.
COMPARED: Final[dict[str, str]] = {
    "name": "nama",
    "nip": "NIP",
    "gender": "jenis kelamin",
    "birth_date": "tanggal lahir",
    "golongan": "golongan",
    "jabatan": "jabatan",
    "unit_kerja": "unit kerja",
    "instansi": "instansi",
    "sector": "kelompok instansi",
    "status": "status",
    "score": "nilai",
}
HIDDEN_VALUES: Final = frozenset({"nip", "birth_date"})  # personal data: say that it changed, not to what


@dataclass
class CohortDiff:
    """People added, removed and changed by replacing a cohort; NIPs masked."""

    added: pd.DataFrame = field(default_factory=lambda: _frame([]))
    removed: pd.DataFrame = field(default_factory=lambda: _frame([]))
    changed: pd.DataFrame = field(default_factory=lambda: _frame([]))
    same: int = 0

    @property
    def n_added(self) -> int:
        """People only in the new roster."""
        return len(self.added)

    @property
    def n_removed(self) -> int:
        """People only in the stored cohort."""
        return len(self.removed)

    @property
    def n_changed(self) -> int:
        """People in both whose details differ."""
        return len(self.changed)

    @property
    def n_same(self) -> int:
        """People in both with the same details."""
        return self.same


def diff_participants(old: pd.DataFrame, new: pd.DataFrame) -> CohortDiff:
    """Match people by valid NIP, else by normalised name (n-th occurrence with n-th), and compare."""
    old_rows, new_rows = _keyed(old), _keyed(new)
    added = [row for key, row in new_rows.items() if key not in old_rows]
    removed = [row for key, row in old_rows.items() if key not in new_rows]
    changed, same = [], 0
    for key, row in new_rows.items():
        if key not in old_rows:
            continue
        changes = _changes(old_rows[key], row)
        if changes:
            changed.append({**row, "change": "; ".join(changes)})
        else:
            same += 1
    return CohortDiff(
        added=_frame([{**row, "change": "baru"} for row in added]),
        removed=_frame([{**row, "change": "tidak ada lagi"} for row in removed]),
        changed=_frame(changed),
        same=same,
    )


def _keyed(frame: pd.DataFrame) -> dict[str, dict[str, Any]]:
    frame = frame.reset_index(drop=True)
    base = pd.DataFrame(
        {c: frame[c].astype(object) if c in frame else pd.Series([None] * len(frame), dtype=object)
         for c in ("name", "nip", "nip_status")}
    )  # fmt: skip
    keys = person_keys(base).tolist()
    seen: dict[str, int] = {}
    out: dict[str, dict[str, Any]] = {}
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for i, (key, record) in enumerate(zip(keys, records, strict=True)):
        key = key if isinstance(key, str) else f"baris:{i}"  # no identity: never matched
        seen[key] = seen.get(key, 0) + 1
        out[f"{key}#{seen[key]}"] = {c: _norm(record.get(c)) for c in COMPARED} | {"_nip": record.get("nip")}
    return out


def _norm(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, float):
        return round(value, 6)
    return value


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    out = []
    for column, label in COMPARED.items():
        before, after = old.get(column), new.get(column)
        if before == after:
            continue
        if column in HIDDEN_VALUES:
            out.append(f"{label} berubah")
        else:
            out.append(f"{label}: {_shown(before)} → {_shown(after)}")
    return out


def _shown(value: Any) -> str:
    return "(kosong)" if value is None else f"'{value}'"


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    data = {
        "name": [r.get("name") for r in rows],
        "nip": [mask_nip(r.get("_nip")) for r in rows],
        "instansi": [r.get("instansi") for r in rows],
        "change": [r.get("change", "") for r in rows],
    }
    return pd.DataFrame({c: pd.Series(v, dtype="str") for c, v in data.items()}, columns=list(DIFF_COLUMNS))
