"""loaders.frames: the frame contracts are code, and every frame crossing a module boundary keeps its own:
the intake's participants, and the store's cohorts, participants, load issues and facts (SQLite and
PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np
import pandas as pd
import pytest

from loaders.frames import (
    AUDIT,
    COHORTS,
    FACTS,
    LOAD_ISSUES,
    PARTICIPANTS,
    STORED_PARTICIPANTS,
    ContractError,
)
from loaders.schema import FACT_COLUMNS, PARTICIPANT_COLUMNS
from store import seed_samples
from tests.factories import sample

ALL = (PARTICIPANTS, STORED_PARTICIPANTS, COHORTS, LOAD_ISSUES, FACTS, AUDIT)


@pytest.mark.parametrize("contract", ALL, ids=lambda c: c.name)
def test_an_empty_frame_keeps_its_contract(contract):
    assert contract.problems(contract.empty()) == []


def test_the_contracts_follow_the_vocabulary():
    assert PARTICIPANTS.columns == PARTICIPANT_COLUMNS
    assert STORED_PARTICIPANTS.columns[1 : 1 + len(PARTICIPANT_COLUMNS)] == PARTICIPANT_COLUMNS
    assert FACTS.columns == FACT_COLUMNS


def test_build_gives_each_column_its_dtype():
    frame = COHORTS.from_rows(
        [
            (1, "Pelatihan X", "IV", 2023, date(2023, 9, 5), None, "Jakarta", "Sheet1", "a.xlsx", "f" * 64,
             "admin", datetime(2023, 9, 1, 7, 0), 26, 1),
            (2, "Pelatihan X", "V", None, datetime(2023, 10, 2, 0, 0), "2023-10-05", None, "Sheet1", "b.xlsx",
             "e" * 64, "admin", datetime(2023, 9, 2, 7, 0, tzinfo=UTC), 30, 0),
        ]
    )  # fmt: skip
    assert COHORTS.problems(frame) == []
    assert frame["year"].tolist()[0] == 2023 and pd.isna(frame["year"].iloc[1])
    assert frame["start_date"].tolist() == [date(2023, 9, 5), date(2023, 10, 2)]
    assert frame["end_date"].tolist() == [None, date(2023, 10, 5)]
    assert str(frame["uploaded_at"].iloc[0]) == "2023-09-01 07:00:00+00:00"  # naive = UTC
    assert frame["is_sample"].tolist() == [True, False]


def test_check_names_every_break():
    good = LOAD_ISSUES.from_rows([(1, "Sheet1", 5, "nip_invalid", "warning", "NIP tidak sah")])
    assert LOAD_ISSUES.check(good) is good
    with pytest.raises(ContractError, match=r"row: int64, expected Int64.*code: object"):
        LOAD_ISSUES.check(good.astype({"row": "int64", "code": object}))
    with pytest.raises(ContractError, match="columns"):
        LOAD_ISSUES.check(good[["sheet", "cohort_id", "row", "code", "severity", "message"]])
    cohorts = COHORTS.from_rows([(1, "P", "I", 2023, "2023-01-02", None, "", "", "", "", "", None, 1, 0)])
    as_text = cohorts.assign(start_date=pd.Series(["2023-01-02"], dtype=object))  # text, not a date
    assert COHORTS.problems(cohorts) == []
    assert COHORTS.problems(as_text) == ["start_date: values are not datetime.date"]
    with pytest.raises(ContractError, match="missing"):
        LOAD_ISSUES.build({"cohort_id": [1]})


def test_the_intake_frame_keeps_its_contract():
    participants = sample("cmd_2023_angkatan_IV.xlsx").participants
    assert PARTICIPANTS.problems(participants) == []
    assert len(participants) == 26
    assert np.issubdtype(participants["birth_date"].dtype, np.datetime64)


@pytest.fixture
def seeded(store):
    seed_samples(store)
    return store


def test_the_store_frames_keep_their_contracts(seeded):
    ids = [int(i) for i in seeded.cohorts()["cohort_id"]]
    assert COHORTS.problems(seeded.cohorts()) == []
    stored, _ = seeded.participants(ids, limit=None)
    assert STORED_PARTICIPANTS.problems(stored) == []
    assert LOAD_ISSUES.problems(seeded.load_issues()) == []
    assert FACTS.problems(seeded.facts()) == []
    assert AUDIT.problems(seeded.audit_log()) == []
    assert len(stored) == int(seeded.cohorts()["n_participants"].sum())
