"""Display shaping shared by the pages: cohort names, masking, load-report frames."""

from __future__ import annotations

import pandas as pd
import pytest

from loaders.report import Issue
from peserta.tables import (
    cohort_lists,
    cohort_names,
    count_notes,
    issues_frame,
    issues_with,
    masked,
    messages_in,
    replacement_totals,
    shown_columns,
    with_cohort,
)

COHORTS = pd.DataFrame(
    {
        "cohort_id": [1, 2],
        "program": ["Pelatihan Coaching dan Mentoring", None],
        "angkatan": ["IV", None],
        "year": [2023, None],
    }
)


def test_cohort_names_and_lists() -> None:
    names = cohort_names(COHORTS)
    assert names[1] == "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023"
    assert names[2] == "#2"
    assert cohort_lists(pd.Series([[1, 2], [9]]), names) == [f"{names[1]} | #2", "#9"]
    assert cohort_lists(pd.Series([[1, 2, 3], [9]]), names, most=1) == [f"{names[1]} | +2", "#9"]


@pytest.mark.parametrize(
    ("nip", "shown"),
    [("196608011988031001", "***************001"), (None, "")],
)
def test_masked_hides_all_but_the_serial(nip: str | None, shown: str) -> None:
    frame = masked(pd.DataFrame({"nip": [nip]}))
    assert frame["nip"].tolist() == [shown]


def test_masked_without_a_nip_column_is_unchanged() -> None:
    frame = pd.DataFrame({"name": ["Ani"]})
    assert masked(frame) is frame


def test_with_cohort_names_each_row() -> None:
    frame = with_cohort(pd.DataFrame({"cohort_id": [1, 3]}), cohort_names(COHORTS))
    assert frame["cohort"].tolist() == ["Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023", "#3"]


def test_issues_frame_and_filter() -> None:
    issues = [
        Issue("nip_damaged", "NIP rusak", "error", "Peserta", 7),
        Issue("macros_ignored", "Makro diabaikan", "info"),
    ]
    frame = issues_frame(issues)
    assert frame.columns.tolist() == ["sheet", "row", "code", "severity", "message"]
    assert frame["row"].tolist()[0] == 7 and pd.isna(frame["row"].tolist()[1])
    assert issues_with(frame, ["nip_damaged"])["row"].tolist() == [7]
    assert issues_frame([]).empty


def test_messages_in_english_the_stored_indonesian_ones_read_back() -> None:
    from loaders.report import make_issue

    issues = issues_frame(
        [
            make_issue("sheet_hidden", name="Rekap"),
            make_issue("sheet_hidden", name="Rekap"),
            make_issue("missing_name", sheet="Peserta", row=9),
            Issue("row_footer", "Teks lama.", "info"),
        ]
    )
    english = messages_in(issues, "en")
    assert english["message"].tolist() == [
        "Hidden sheet 'Rekap' skipped.",
        "Hidden sheet 'Rekap' skipped.",
        "Name missing.",
        "Teks lama.",
    ]
    assert english.drop(columns="message").equals(issues.drop(columns="message"))
    assert messages_in(issues, "id") is issues
    assert messages_in(issues_frame([]), "en").empty


def test_only_notes_that_need_action_are_to_review() -> None:
    """'N catatan perlu diperiksa' counts warnings and errors; informational notes are counted apart."""
    issues = [
        Issue("row_footer", "Baris 30-33 ...", "info", "Peserta", 30),
        Issue("column_ignored", "Kolom 'Ket.' ...", "info", "Peserta"),
        Issue("nip_damaged", "NIP rusak", "error", "Peserta", 7),
        Issue("missing_name", "Nama kosong.", "warning", "Peserta", 9),
    ]
    assert count_notes(issues) == (2, 2)
    assert count_notes(issues[:2]) == (0, 2)
    assert count_notes([]) == (0, 0)


def test_missing_row_numbers_are_empty_cells_not_none() -> None:
    """A file-level note has no row: the table sends an empty cell (Streamlit draws a missing Int64 as 'None')."""
    frame = issues_frame([Issue("nip_damaged", "NIP rusak", "error", "Peserta", 7),
                          Issue("macros_ignored", "Makro diabaikan", "info")])  # fmt: skip
    shown = shown_columns(frame, ["sheet", "row", "message"], personal=False)
    assert shown["row"].tolist() == ["7", ""]
    assert shown["sheet"].tolist() == ["Peserta", ""]
    complete = shown_columns(frame.iloc[:1], ["row"], personal=False)
    assert complete["row"].tolist() == [7]  # a column without gaps stays a number


def test_replacing_a_cohort_shows_how_the_totals_change() -> None:
    """The replace screen: per group, this cohort's and every cohort's count before → after."""
    from peserta.facts import facts_from_participants
    from tests.factories import participants

    stored = participants(
        (1, "central", "ministry", "", "BKN", "L", "III", "30-39"),
        (1, "regional", "city", "Jawa Barat", "Pemerintah Kota Bogor", "P", "III", "30-39"),
        (2, "central", "ministry", "", "BKN", "P", "IV", "40-49"),
    )
    new = pd.DataFrame({"sector": ["central", "regional", "regional", None]})
    table = replacement_totals(facts_from_participants(stored), 1, new, "id")
    assert table.to_dict("records") == [
        {"group": "K/L", "cohort": "1", "total": "2"},
        {"group": "Pemda", "cohort": "1 → 2", "total": "1 → 2"},
        {"group": "Belum dikenali", "cohort": "0 → 1", "total": "0 → 1"},
        {"group": "Peserta", "cohort": "2 → 4", "total": "3 → 5"},
    ]
    same = replacement_totals(facts_from_participants(stored), 2, pd.DataFrame({"sector": ["central"]}), "id")
    # unchanged: one number, no arrow; no other or unknown rows
    assert same["cohort"].tolist() == ["1", "0", "1"]
