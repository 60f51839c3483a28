"""Finding a roster's header: the row (or two merged rows) of column titles under any title block."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from loaders.cells import cell_text
from loaders.columns import COHORT_FIELDS, ColumnMap, map_columns, score_header
from loaders.grid import Cell, Grid

HEADER_SEARCH_ROWS: Final = 40
# A table without an instansi column needs more recognised columns to be taken for a roster ("No | Nama |
# NIP"), so that an instructions sheet's two words do not pass for one.
MIN_SCORE: Final = 2
MIN_SCORE_WITHOUT_INSTANSI: Final = 3
# ... unless the officer names every participant's agency: then an attendance list's "No | Nama | Tanda
# Tangan" (two recognised columns) is a roster too.
MIN_SCORE_GIVEN_INSTANSI: Final = 2


@dataclass
class Header:
    top: int  # index into grid.rows of the first header row
    bottom: int  # index of the last header row (== top for a one-row header)
    labels: list[str]
    columns: ColumnMap


def _horizontal_fill(grid: Grid, index: int) -> list[str]:
    """Header labels of one row with horizontally merged group labels repeated across their span."""
    row = [cell_text(c) for c in grid.rows[index]]
    abs_row = grid.first_row - 1 + index
    for r1, c1, r2, c2 in grid.merged:
        if r1 <= abs_row <= r2 and c2 > c1:
            j1 = c1 - grid.first_col
            value = row[j1] if 0 <= j1 < len(row) else ""
            for j in range(max(j1, 0), min(c2 - grid.first_col + 1, len(row))):
                if not row[j]:
                    row[j] = value
    return row


def find_header(
    grid: Grid, column_mapping: Mapping[str, str] | None, need_instansi: bool = True, min_score: int | None = None
) -> Header | None:
    """Find the header row (or two merged header rows) under any title block; without `need_instansi` a
    table of people with no instansi column is found too. `min_score`: the recognised columns it needs
    (MIN_SCORE, or MIN_SCORE_WITHOUT_INSTANSI for a table without an instansi column)."""

    def score_of(labels: list[str]) -> int:
        if column_mapping:
            mapped = map_columns(labels, column_mapping)
            return len(mapped.fields) if mapped.has_roster_fields(need_instansi) else 0
        return score_header(labels, need_instansi)

    best: Header | None = None
    best_score = 0
    limit = min(len(grid.rows), HEADER_SEARCH_ROWS)
    for i in range(limit):
        single = _horizontal_fill(grid, i)
        candidates = [(i, single, score_of(single))]
        if i + 1 < len(grid.rows):
            lower = [cell_text(c) for c in grid.rows[i + 1]]
            combined = [
                lo or up for up, lo in zip(single, lower + [""] * (len(single) - len(lower)), strict=False)
            ]
            # Two rows make one header only when the upper row adds recognised columns: a title line
            # right above a one-row header adds none and stays a title (the cohort metadata is there).
            combined_score = score_of(combined)
            if combined_score > score_of(_horizontal_fill(grid, i + 1)):
                candidates.append((i + 1, combined, combined_score))
        for bottom, labels, score in candidates:
            if score > best_score:
                columns = map_columns(labels, column_mapping)
                if columns.has_roster_fields(need_instansi):
                    best_score = score
                    best = Header(top=i, bottom=bottom, labels=labels, columns=columns)
    if min_score is None:
        min_score = MIN_SCORE if need_instansi else MIN_SCORE_WITHOUT_INSTANSI
    if best is not None and best_score >= min_score:
        return best
    return None


def headers_seen(grids: list[Grid]) -> list[str]:
    seen: list[str] = []
    for grid in grids:
        for row in grid.rows[:HEADER_SEARCH_ROWS]:
            texts = [str(c).strip() for c in row if isinstance(c, str) and c.strip()]
            if len(texts) >= 2:
                seen.extend(t[:40] for t in texts if t[:40] not in seen)
                break
    return seen[:20]


def merged_fill(grid: Grid, header: Header, cols: ColumnMap) -> dict[tuple[int, int], Cell]:
    """Values of vertically merged cells (agency names spanning its people), by (row index, column)."""
    fill: dict[tuple[int, int], Cell] = {}
    wanted = {
        cols.fields[f]
        for f in ("instansi", "unit_kerja", "province", "city", *COHORT_FIELDS)
        if f in cols.fields
    }
    for r1, c1, r2, c2 in grid.merged:
        if r2 <= r1:
            continue
        i1 = r1 - (grid.first_row - 1)
        if i1 <= header.bottom or i1 >= len(grid.rows):
            continue
        for c in range(c1, c2 + 1):
            j = c - grid.first_col
            if j not in wanted or j >= len(grid.rows[i1]):
                continue
            value = grid.rows[i1][j]
            for i in range(i1 + 1, min(r2 - (grid.first_row - 1) + 1, len(grid.rows))):
                fill[(i, j)] = value
    return fill
