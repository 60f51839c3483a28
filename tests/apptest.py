"""Driving the dashboard through streamlit.testing's AppTest: open it, go to a page, read what it shows."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]

REFERENCE_QUERY = {"program": "Pelatihan Coaching dan Mentoring", "tahun": "2023", "angkatan": "IV"}


SAMPLE_TOTAL = "205"  # participants in all sample cohorts (data/samples/expected.json)


PAGE_TITLES = {
    "pages/ringkasan.py": ("Ringkasan", "Summary"),
    "pages/tren.py": ("Tren", "Trends"),
    "pages/peserta.py": ("Peserta", "Participants"),
    "pages/kualitas.py": ("Kualitas data", "Data quality"),
    "pages/unggah.py": ("Unggah Roster", "Upload Roster"),
    "pages/kelola.py": ("Kelola Data", "Manage Data"),
}


def open_app(query: dict[str, str] | None = None, role: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update(query or {})
    if role is not None:
        at.session_state["dasbor.role"] = role
    at.run()
    assert not at.exception, at.exception
    return at


def goto(at: AppTest, page: str) -> AppTest:
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def texts(elements: object) -> list[str]:
    return [str(e.value) for e in elements]  # type: ignore[attr-defined]
