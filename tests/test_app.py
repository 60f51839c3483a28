"""The dashboard as a user sees it (streamlit.testing AppTest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = "cmd_2023_angkatan_IV.xlsx::Peserta"
EXPECTED = json.loads((ROOT / "data" / "samples" / "expected.json").read_text(encoding="utf-8"))["files"]


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    assert not at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_ringkasan_is_labelled_as_sample_data(app):
    assert any("Data contoh" in i.value for i in app.info)
    assert app.title[0].value == "Ringkasan Peserta Pelatihan"


def test_reference_cohort_shows_26_14_12(app):
    app.selectbox(key="cohort").select(REFERENCE).run()
    assert not app.exception
    assert metrics(app) == {"Peserta": "26", "Kementerian/Lembaga": "14", "Pemerintah Daerah": "12"}
    assert [c.value for c in app.caption] == ["53,8% dari peserta", "46,2% dari peserta"]


def test_every_sample_cohort_shows_its_expected_counts(app):
    shown = {}
    for label in app.selectbox(key="cohort").options:
        app.selectbox(key="cohort").select(label).run()
        assert not app.exception
        shown[app.selectbox(key="cohort").value] = list(metrics(app).values())
    expected = {
        f"{name}::{c['sheet']}": [str(c["total"]), str(c["central"]), str(c["regional"])]
        for name, entry in EXPECTED.items()
        for c in entry["cohorts"]
    }
    assert shown == expected
