"""peserta.narrative: the summary sentence in Indonesian and English."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings

from peserta.facts import facts_from_participants
from peserta.filters import Filters, apply_filters
from peserta.narrative import counted, join_words, no_province_note, summary_sentence
from tests.factories import (
    CM,
    DKI,
    cohorts_frame,
    multi_cohorts,
    multi_facts,
    participant_frames,
    participants,
    reference_facts,
)

REFERENCE_ID_TEXT = (
    "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023 (5-8 September 2023) diikuti 26 peserta: "
    "14 dari Kementerian/Lembaga (53,8%) dan 12 dari Pemerintah Daerah (46,2%). "
    "Peserta Pemda berasal dari pemerintah provinsi (2), kabupaten (5), dan kota (5) di 7 provinsi; "
    "instansi dengan peserta terbanyak adalah Lembaga Administrasi Negara (4 peserta)."
)
REFERENCE_EN_TEXT = (
    "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023 (5-8 September 2023) had 26 participants: "
    "14 from ministries and agencies (53.8%) and 12 from regional governments (46.2%). "
    "Regional participants came from provincial (2), regency (5), and city (5) governments in 7 provinces; "
    "the agency with the most participants is Lembaga Administrasi Negara (4 participants)."
)


@pytest.mark.parametrize(("lang", "text"), [("id", REFERENCE_ID_TEXT), ("en", REFERENCE_EN_TEXT)])
def test_reference_cohort_sentence(lang, text):
    assert summary_sentence(reference_facts(), multi_cohorts(), lang) == text


@pytest.mark.parametrize(
    ("filters", "lang", "opening"),
    [
        (Filters(), "id", "4 angkatan dari 3 program, 2023-2024, diikuti 36 peserta: 17 dari Kementerian/Lembaga "
                          "(47,2%), 17 dari Pemerintah Daerah (47,2%), 1 dari instansi non-pemerintah (2,8%), dan "
                          "1 dari instansi yang belum dikenali (2,8%)."),
        (Filters(), "en", "4 cohorts of 3 programs, 2023-2024, had 36 participants: 17 from ministries and agencies "
                          "(47.2%), 17 from regional governments (47.2%), 1 from non-government bodies (2.8%), and "
                          "1 from agencies not yet classified (2.8%)."),
        (Filters(programs=(CM,)), "id", "2 angkatan Pelatihan Coaching dan Mentoring, 2023, diikuti 30 peserta: "),
        (Filters(years=(2024,)), "en", "2 cohorts of 2 programs, 2024, had 6 participants: "),
    ],
)  # fmt: skip
def test_several_cohorts_sentence(filters, lang, opening):
    facts = apply_filters(multi_facts(), multi_cohorts(), filters)
    assert summary_sentence(facts, multi_cohorts(), lang).startswith(opening)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("id", "Tidak ada peserta untuk filter ini."), ("en", "No participants match these filters.")],
)
def test_empty_selection(lang, text):
    facts = apply_filters(multi_facts(), multi_cohorts(), Filters(programs=("Tidak ada",)))
    assert summary_sentence(facts, multi_cohorts(), lang) == text


def test_only_central_participants_skip_the_pemda_clause():
    facts = apply_filters(multi_facts(), multi_cohorts(), Filters(sectors=("central",)))
    text = summary_sentence(facts, multi_cohorts())
    assert "Peserta Pemda" not in text
    assert text.endswith(" Instansi dengan peserta terbanyak adalah Lembaga Administrasi Negara (5 peserta).")


@pytest.mark.parametrize(
    ("counts", "lang", "clause"),
    [
        ((2, 2), "id", "instansi dengan peserta terbanyak adalah Instansi A dan Instansi B (masing-masing 2 peserta)."),
        ((2, 2), "en", "the agencies with the most participants are Instansi A and Instansi B (2 participants each)."),
        ((1, 1), "id", "peserta berasal dari 2 instansi."),
        ((3, 3, 3, 3), "en", "participants came from 4 agencies."),
        ((1,), "en", "participants came from 1 agency."),
    ],
)  # fmt: skip
def test_largest_agency_clause_handles_ties(counts, lang, clause):
    rows = [
        (1, "regional", "city", "Bali", f"Instansi {chr(65 + i)}", "L", "III", "30-39")
        for i, count in enumerate(counts)
        for _ in range(count)
    ]
    cohorts = cohorts_frame((1, "Pelatihan Teknis", "I", 2024, None, None))
    assert summary_sentence(facts_from_participants(participants(*rows)), cohorts, lang).endswith(clause)


def test_cohort_without_dates_or_metadata():
    facts = facts_from_participants(participants((9, "central", "ministry", DKI, "X", "L", "III", "30-39")))
    assert summary_sentence(facts, cohorts_frame((9, CM, "I", 2024, None, None)), "en").startswith(
        "Pelatihan Coaching dan Mentoring Angkatan I Tahun 2024 had 1 participant: 1 from ministries and agencies"
    )
    assert summary_sentence(facts, multi_cohorts().iloc[0:0]).startswith("#9 diikuti 1 peserta:")


def test_cohorts_missing_from_the_cohorts_frame_still_count():
    extra = facts_from_participants(participants((9, "central", "ministry", DKI, "X", "L", "III", "30-39")))
    facts = pd.concat([multi_facts(), extra], ignore_index=True)
    assert summary_sentence(facts, multi_cohorts()).startswith(
        "5 angkatan dari 3 program, 2023-2024, diikuti 37 peserta: 18 dari Kementerian/Lembaga (48,6%)"
    )
    known = multi_cohorts()
    assert summary_sentence(multi_facts(), known[known["cohort_id"] != 6]).startswith(
        "4 angkatan dari 2 program, 2023-2024, diikuti 36 peserta:"
    )


@pytest.mark.parametrize(
    ("items", "lang", "text"),
    [([], "id", ""), (["A"], "id", "A"), (["A", "B"], "id", "A dan B"), (["A", "B", "C"], "id", "A, B, dan C"),
     (["A", "B", "C"], "en", "A, B, and C")],
)  # fmt: skip
def test_join_words(items, lang, text):
    assert join_words(items, lang) == text


@pytest.mark.parametrize(
    ("count", "noun", "lang", "text"),
    [(1, "participant", "en", "1 participant"), (1234, "participant", "en", "1,234 participants"),
     (1234, "participant", "id", "1.234 peserta"), (2, "cohort", "id", "2 angkatan")],
)  # fmt: skip
def test_counted(count, noun, lang, text):
    assert counted(count, noun, lang) == text


@settings(max_examples=25, deadline=None)
@given(participant_frames)
def test_sentence_is_always_plain_text_ending_in_a_period(people):
    facts = facts_from_participants(people)
    for lang in ("id", "en"):
        text = summary_sentence(facts, multi_cohorts(), lang)
        assert text.endswith(".") and "\n" not in text and "{" not in text
        if len(people):
            assert f" {len(people)} " in f" {text.replace(':', ' ')} "


@pytest.mark.parametrize(
    ("central", "other", "lang", "text"),
    [
        (12, 0, "id", "12 peserta K/L tanpa provinsi (kantor pusat)."),
        (0, 3, "id", "3 peserta lain yang provinsinya tidak diketahui."),
        (
            12,
            3,
            "id",
            "12 peserta K/L tanpa provinsi (kantor pusat). 3 peserta lain yang provinsinya tidak diketahui.",
        ),  # fmt: skip
        (0, 0, "id", ""),
        (1200, 0, "en", "1,200 participants from ministries and agencies without a province (head offices)."),
    ],
)
def test_no_province_note_never_says_zero(central, other, lang, text):
    """Under the map: each sentence only when its count is not zero (never '0 peserta lain ...')."""
    assert no_province_note(central, other, lang) == text
