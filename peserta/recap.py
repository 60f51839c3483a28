"""The Excel recap (Rekap): one sheet per breakdown, as values, from the same slide tables as the deck.

Sheets: a summary (filters, source, time, headline numbers, summary sentence), then one per breakdown in
peserta.breakdowns' order (sector, Pemda level, agency (all of them), province, gender, golongan, age),
the cohorts; optionally the participants
(NIPs always masked, names only when asked). Bold filled headers, frozen header row, filters, widths.
Written by store.xlsx (one cell-safety rule against formula injection for every workbook).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from loaders.nip import mask_nip
from peserta import breakdowns, stats
from peserta.exports import PARTICIPANT_LABELS
from peserta.filters import Filters, apply_filters, selected_cohorts
from peserta.i18n import level_label, normalise_lang, sector_label, t
from peserta.slides import (
    SMALL_COUNT,
    Slide,
    build_slides,
    cohort_table,
    count_text,
    describe_filters,
    is_hidden,
    suppress_row_counts,
    suppress_small_counts,
)
from store.xlsx import WIDTH_MAX, new_workbook, table_sheet, workbook_bytes

# Participants sheet: frame column -> PARTICIPANT_LABELS key; NIPs masked, birth date and TMT left out.
PARTICIPANT_COLUMNS: Final = (
    "cohort", "name", "nip", "gender", "golongan", "jabatan", "unit_kerja", "instansi", "agency", "sector",
    "level", "province",
)  # fmt: skip
COUNT_FORMAT: Final = "#,##0"
SHARE_FORMAT: Final = "0.0%"


@dataclass(frozen=True)
class Column:
    """One sheet column: header, values, and the number format of its numbers ('' for text)."""

    header: str
    values: Sequence[Any]
    number_format: str = ""
    formats: Sequence[str] = ()  # per row, when the rows differ (the summary sheet's value column)

    def format_of(self, row: int) -> str:
        """The number format of one row's value."""
        return self.formats[row] if self.formats else self.number_format


def recap_xlsx(
    facts: pd.DataFrame,
    cohorts: pd.DataFrame,
    filters: Filters,
    lang: str = "id",
    *,
    participants: pd.DataFrame | None = None,
    with_names: bool = False,
    suppress_small: bool = False,
    generated_at: datetime | None = None,
    slides: Sequence[Slide] | None = None,
) -> bytes:
    """The recap workbook of the filtered data; `participants` adds a participants sheet (NIPs masked;
    names only with `with_names`). `slides` (from build_slides with the same arguments) saves building
    them again."""
    lang = normalise_lang(lang)
    chosen = selected_cohorts(cohorts, filters)
    facts = apply_filters(facts, chosen, filters)
    if slides is None:
        slides = build_slides(facts, chosen, filters, lang, suppress_small=suppress_small)
    by_key = {slide.key: slide for slide in slides}
    when = generated_at or datetime.now(UTC)

    book = new_workbook()
    _sheet(book, t("sheet.summary", lang), _summary_columns(by_key, filters, chosen, lang, when))
    for breakdown in breakdowns.BREAKDOWNS:
        if breakdown.recap_table is not None:
            table = breakdown.recap_table(facts, lang)
            table = suppress_small_counts(table) if suppress_small else table
        elif breakdown.key in by_key:
            table = by_key[breakdown.key].table
        else:
            continue
        columns = _breakdown_columns(table, t(breakdown.row_label_key, lang), lang)
        _sheet(book, t(breakdown.sheet_key, lang), columns)
    _sheet(book, t("sheet.cohorts", lang), _cohort_columns(facts, chosen, lang, suppress_small))
    if participants is not None:
        columns = _participant_columns(participants, lang, with_names)
        _sheet(book, t("sheet.participants", lang), columns)
    return workbook_bytes(book)


# --- sheets' columns -------------------------------------------------------------------------------------


def _summary_columns(
    by_key: dict[str, Slide], filters: Filters, cohorts: pd.DataFrame, lang: str, when: datetime
) -> list[Column]:
    sample = bool(
        len(cohorts) and "is_sample" in cohorts and cohorts["is_sample"].fillna(False).astype(bool).any()
    )
    items: list[tuple[str, Any, str]] = [
        (t("recap.title", lang), by_key["title"].title if "title" in by_key else "", ""),
        (t("recap.filters", lang), describe_filters(filters, lang), ""),
        (t("recap.source", lang), t("slides.source_sample" if sample else "slides.source", lang), ""),
        (t("recap.generated", lang), stats.format_timestamp(when, lang), ""),
    ]
    summary = by_key.get("summary")
    if summary is not None:
        table = summary.table
        for label, count, share, group in zip(
            table["label"], table["count"], table["share"], table["group"], strict=True
        ):
            items.append((str(label), _number(count, lang), COUNT_FORMAT))
            if group == "sector" and not is_hidden(count):
                items.append((f"{label} (%)", float(share), SHARE_FORMAT))
        items.append((t("section.narrative", lang), summary.message, ""))
    if any(slide.suppressed for slide in by_key.values()):
        items.append(("", t("recap.suppressed", lang, k=SMALL_COUNT, last=SMALL_COUNT - 1), ""))
    return [
        Column(t("recap.item", lang), [item[0] for item in items]),
        Column(t("recap.value", lang), [item[1] for item in items], formats=[item[2] for item in items]),
    ]


def _breakdown_columns(table: pd.DataFrame, label: str, lang: str) -> list[Column]:
    columns = [Column(label, [str(x) for x in table["label"]])]
    if "sector_label" in table:  # top agencies: each agency's sector
        columns.append(Column(t("col.sector", lang), [str(x) for x in table["sector_label"]]))
    columns.append(Column(t("col.count", lang), [_number(c, lang) for c in table["count"]], COUNT_FORMAT))
    columns.append(
        Column(
            t("col.share", lang),
            [_share(c, s) for c, s in zip(table["count"], table["share"], strict=True)],
            SHARE_FORMAT,
        )
    )
    return columns


def _cohort_columns(facts: pd.DataFrame, cohorts: pd.DataFrame, lang: str, suppress: bool) -> list[Column]:
    table = cohort_table(facts, cohorts, lang)
    participants = table["participants"].to_numpy(dtype="float64")
    regional = table["regional"].to_numpy(dtype="float64")
    shares: list[float | None] = [r / p if p else 0.0 for r, p in zip(regional, participants, strict=True)]
    if suppress:
        table = suppress_row_counts(table, stats.SECTORS)
        gone = table["central"].isna().to_numpy() | table["regional"].isna().to_numpy()
        shares = [None if g else s for s, g in zip(shares, gone, strict=True)]
    return [
        Column(t("col.program", lang), [_text(p) for p in table["program"]]),
        Column(t("col.angkatan", lang), [_text(a) for a in table["angkatan"]]),
        Column(t("col.year", lang), [None if pd.isna(y) else int(y) for y in table["year"]], "0"),
        Column(t("col.period", lang), [str(p) for p in table["period"]]),
        Column(t("col.venue", lang), [str(v) for v in table["venue"]]),
        Column(t("col.participants", lang), [int(n) for n in table["participants"]], COUNT_FORMAT),
        *(
            Column(sector_label(s, lang), [_number(v, lang) for v in table[s]], COUNT_FORMAT)
            for s in stats.SECTORS
        ),
        Column(t("recap.regional_share", lang), shares, SHARE_FORMAT),
    ]


def _participant_columns(frame: pd.DataFrame, lang: str, with_names: bool) -> list[Column]:
    """Participants: NIPs masked, no birth date or TMT; names only `with_names`; codes as words."""
    columns = []
    for column in PARTICIPANT_COLUMNS:
        if column not in frame.columns or (column == "name" and not with_names):
            continue
        values = frame[column].astype(object).where(frame[column].notna(), None).tolist()
        if column == "nip":
            values = [mask_nip(v) if isinstance(v, str) and v else None for v in values]
        elif column == "sector":
            values = [sector_label(str(v), lang) if v else None for v in values]
        elif column == "level":
            values = [level_label(str(v), lang) if v else None for v in values]
        columns.append(Column(t(PARTICIPANT_LABELS[column], lang), values))
    return columns


def _number(count: object, lang: str) -> Any:
    return count_text(count, lang) if is_hidden(count) else int(count)  # type: ignore[call-overload]


def _share(count: object, share: object) -> float | None:
    if is_hidden(count) or share is None or (isinstance(share, float) and np.isnan(share)):
        return None
    return float(share)  # type: ignore[arg-type]


def _text(value: object) -> str | None:
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


# --- writing ---------------------------------------------------------------------------------------------


def _cell_value(value: Any) -> Any:
    """A value a workbook can hold: numpy numbers as Python numbers, missing as None (text is made safe
    by store.xlsx)."""
    if hasattr(value, "item"):
        return value.item()
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def _sheet(book: Workbook, title: str, columns: Sequence[Column]) -> None:
    """One sheet (store.xlsx.table_sheet), numbers in their column's format, long text wrapped."""

    def styled(sheet: WriteOnlyWorksheet, k: int, row: int, value: Any) -> Any:
        number_format = columns[k].format_of(row)
        if number_format and isinstance(value, int | float) and not isinstance(value, bool):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_format
            return cell
        if isinstance(value, str) and len(value) > WIDTH_MAX:
            cell = WriteOnlyCell(sheet, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            return cell
        return value

    values = [[_cell_value(v) for v in column.values] for column in columns]
    table_sheet(book, title, [column.header for column in columns], values, styled)
