"""Cells as the roster rules read them: trimmed text, numbers, merged values."""

from __future__ import annotations

from datetime import datetime

from loaders.grid import Cell


def cell_text(cell: Cell) -> str:
    """A cell as trimmed text ('' for empty); integral floats lose their '.0'."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, float):
        if cell != cell:
            return ""
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    return str(cell).strip()


def clean_text(value: Cell) -> str | None:
    text = " ".join(cell_text(value).split())
    return text or None


def is_number(value: Cell) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and value.strip().rstrip(".").isdigit()


def cell_at(row: list[Cell], col: int | None, index: int, fill: dict[tuple[int, int], Cell]) -> Cell:
    if col is None:
        return None
    value = row[col] if col < len(row) else None
    if (value == "" or value is None) and fill:
        return fill.get((index, col), value)
    return value


def nonblank_texts(row: list[Cell]) -> list[str]:
    """The row's filled cells as text, left to right."""
    return [cell_text(c) for c in row if c not in ("", None)]
