"""The load report: every problem found in one pass, each tied to a sheet and an Excel row."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Final, NamedTuple

from loaders.catalog import DEFAULT_LANG, N_, t


class IssueType(NamedTuple):
    """One load-report code: how serious it is, and the text ids of its label and message template."""

    severity: str
    label: str
    message: str  # str.format template; the intake writes it in Indonesian (the stored and JSON form)


# code -> severity and texts (loaders/locale: issue.<code>, issue.<code>.message).
ISSUE_TYPES: Final[dict[str, IssueType]] = {
    "missing_instansi": IssueType("error", N_("issue.missing_instansi"), N_("issue.missing_instansi.message")),
    "missing_name": IssueType("warning", N_("issue.missing_name"), N_("issue.missing_name.message")),
    "agency_unknown": IssueType("warning", N_("issue.agency_unknown"), N_("issue.agency_unknown.message")),
    "agency_other": IssueType("info", N_("issue.agency_other"), N_("issue.agency_other.message")),
    "agency_from_title": IssueType("info", N_("issue.agency_from_title"), N_("issue.agency_from_title.message")),
    "agency_from_rows": IssueType("info", N_("issue.agency_from_rows"), N_("issue.agency_from_rows.message")),
    "agency_review": IssueType("info", N_("issue.agency_review"), N_("issue.agency_review.message")),
    "nip_missing": IssueType("warning", N_("issue.nip_missing"), N_("issue.nip_missing.message")),
    "nip_invalid": IssueType("warning", N_("issue.nip_invalid"), N_("issue.nip_invalid.message")),
    "nip_damaged": IssueType("error", N_("issue.nip_damaged"), N_("issue.nip_damaged.message")),
    "nip_nik": IssueType("warning", N_("issue.nip_nik"), N_("issue.nip_nik.message")),
    "nip_lama": IssueType("info", N_("issue.nip_lama"), N_("issue.nip_lama.message")),
    "nip_nrp": IssueType("info", N_("issue.nip_nrp"), N_("issue.nip_nrp.message")),
    "nip_stored_as_number": IssueType("warning", N_("issue.nip_stored_as_number"), N_("issue.nip_stored_as_number.message")),
    "gender_mismatch": IssueType("warning", N_("issue.gender_mismatch"), N_("issue.gender_mismatch.message")),
    "duplicate_in_file": IssueType("warning", N_("issue.duplicate_in_file"), N_("issue.duplicate_in_file.message")),
    "formula_no_value": IssueType("warning", N_("issue.formula_no_value"), N_("issue.formula_no_value.message")),
    "excel_error": IssueType("warning", N_("issue.excel_error"), N_("issue.excel_error.message")),
    "row_subtotal": IssueType("info", N_("issue.row_subtotal"), N_("issue.row_subtotal.message")),
    "row_section": IssueType("info", N_("issue.row_section"), N_("issue.row_section.message")),
    "instansi_from_section": IssueType("info", N_("issue.instansi_from_section"), N_("issue.instansi_from_section.message")),
    "row_footer": IssueType("info", N_("issue.row_footer"), N_("issue.row_footer.message")),
    "row_numbered_empty": IssueType("info", N_("issue.row_numbered_empty"), N_("issue.row_numbered_empty.message")),
    "row_number_header": IssueType("info", N_("issue.row_number_header"), N_("issue.row_number_header.message")),
    "row_page_mark": IssueType("info", N_("issue.row_page_mark"), N_("issue.row_page_mark.message")),
    "row_template_example": IssueType(
        "warning", N_("issue.row_template_example"), N_("issue.row_template_example.message")
    ),
    "row_not_taking_part": IssueType(
        "warning", N_("issue.row_not_taking_part"), N_("issue.row_not_taking_part.message")
    ),
    "row_header_repeated": IssueType("info", N_("issue.row_header_repeated"), N_("issue.row_header_repeated.message")),
    "cohort_continued": IssueType("info", N_("issue.cohort_continued"), N_("issue.cohort_continued.message")),
    "cohort_dates_differ": IssueType(
        "warning", N_("issue.cohort_dates_differ"), N_("issue.cohort_dates_differ.message")
    ),
    "column_ignored": IssueType("info", N_("issue.column_ignored"), N_("issue.column_ignored.message")),
    "column_sensitive": IssueType("info", N_("issue.column_sensitive"), N_("issue.column_sensitive.message")),
    "instansi_from_title": IssueType("warning", N_("issue.instansi_from_title"), N_("issue.instansi_from_title.message")),
    "instansi_from_officer": IssueType("info", N_("issue.instansi_from_officer"), N_("issue.instansi_from_officer.message")),
    "instansi_from_officer_ignored": IssueType(  # a warning: the officer's explicit choice was not applied
        "warning", N_("issue.instansi_from_officer_ignored"), N_("issue.instansi_from_officer_ignored.message")
    ),
    "name_nip_split": IssueType("info", N_("issue.name_nip_split"), N_("issue.name_nip_split.message")),
    "column_id_not_read": IssueType("info", N_("issue.column_id_not_read"), N_("issue.column_id_not_read.message")),
    "column_nip_by_content": IssueType(
        "info", N_("issue.column_nip_by_content"), N_("issue.column_nip_by_content.message")
    ),
    "instansi_column": IssueType("info", N_("issue.instansi_column"), N_("issue.instansi_column.message")),
    "far_cells": IssueType("warning", N_("issue.far_cells"), N_("issue.far_cells.message")),
    "sheet_hidden": IssueType("info", N_("issue.sheet_hidden"), N_("issue.sheet_hidden.message")),
    "sheet_skipped": IssueType("info", N_("issue.sheet_skipped"), N_("issue.sheet_skipped.message")),
    "macros_ignored": IssueType("info", N_("issue.macros_ignored"), N_("issue.macros_ignored.message")),
    "csv_encoding": IssueType("info", N_("issue.csv_encoding"), N_("issue.csv_encoding.message")),
    "html_page_part": IssueType("warning", N_("issue.html_page_part"), N_("issue.html_page_part.message")),
    "format_mismatch": IssueType("info", N_("issue.format_mismatch"), N_("issue.format_mismatch.message")),
}  # fmt: skip
# code -> (severity, Indonesian template), read once: make_issue runs for every problem of a roster.
_TEMPLATES: Final = {
    code: (kind.severity, t(kind.message, DEFAULT_LANG)) for code, kind in ISSUE_TYPES.items()
}


@dataclass(slots=True)
class Issue:
    """One problem or note; row is the Excel row number (CSV line), None for file-level notes. Not frozen:
    a big messy roster makes tens of thousands of these, and a frozen dataclass is 2-3x slower to build."""

    code: str
    message: str
    severity: str
    sheet: str | None = None
    row: int | None = None

    def to_dict(self) -> dict[str, object]:
        """The CLI's JSON form."""
        return asdict(self)


def make_issue(code: str, sheet: str | None = None, row: int | None = None, **params: object) -> Issue:
    """Build an issue from its code and the template's parameters."""
    severity, template = _TEMPLATES[code]
    return Issue(code=code, message=template.format(**params), severity=severity, sheet=sheet, row=row)


def detail_issue(code: str, sheet: str | None, row: int | None, detail: str) -> Issue:
    """make_issue(code, sheet, row, detail=detail), without str.format when the message is the detail
    alone (the NIP codes: a messy roster has tens of thousands of these)."""
    severity, template = _TEMPLATES[code]
    return Issue(
        code, detail if template == "{detail}" else template.format(detail=detail), severity, sheet, row
    )


def issue_template(code: str) -> str:
    """The Indonesian message template of a code (the form messages are written and stored in)."""
    return _TEMPLATES[code][1]


def count_by_code(issues: list[Issue]) -> dict[str, int]:
    """How many issues of each code, for summaries."""
    return dict(Counter(i.code for i in issues))
