"""The Presentasi page as a user sees it (AppTest): slides of the filtered data, the slide in the URL, next and
previous, presenting mode, small-count suppression, the downloads, and no names or NIPs anywhere."""

from __future__ import annotations

import json
import os

import pytest

from peserta.filters import Filters, apply_filters, filters_from_query, selected_cohorts
from peserta.narrative import summary_sentence
from peserta.slides import build_slides
from store import open_store
from tests.apptest import REFERENCE_QUERY, goto, open_app, texts

PAGE = "pages/presentasi.py"
REFERENCE_SLIDES = 9  # one cohort: no trend slide
pytestmark = pytest.mark.usefixtures(
    "db_url", "server_start"
)  # each test on its own copy of the seeded store


@pytest.fixture
def db_url(seeded_db_url: str) -> str:
    return seeded_db_url


def the_store():
    """The store this test's app reads (db_url put its URL in the environment)."""
    return open_store(os.environ["DASBOR_DB_URL"])


def present(query: dict[str, str] | None = None, role: str | None = None):
    return goto(open_app(query, role=role), PAGE)


def slide_texts(at) -> list[str]:
    """Title, message/lines and position of the slide shown (footer left out)."""
    return [t for t in texts(at.text) if not t.startswith("Filter")]


def test_first_slide_is_the_cohort_title():
    at = present(REFERENCE_QUERY)
    assert at.title[0].value == "Presentasi"
    assert slide_texts(at) == [
        "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023",
        "5-8 September 2023",
        "Aula Makarti Bhakti Nagari, Pejompongan, Jakarta",
        "26 peserta",
        f"1 / {REFERENCE_SLIDES}",
    ]
    assert at.button(key="presentasi.previous").disabled
    footer = [t for t in texts(at.text) if t.startswith("Filter")]
    assert footer and "Angkatan: IV" in footer[0] and "DATA CONTOH" in footer[0]


def test_next_moves_to_the_sector_slide_and_keeps_filters_in_the_url():
    at = present(REFERENCE_QUERY)
    at.button(key="presentasi.next").click().run()
    assert at.query_params["slide"] == "2"
    assert at.query_params["angkatan"] == "IV"
    assert slide_texts(at)[:2] == [
        "Peserta menurut jenis instansi",
        "Kementerian/Lembaga: 14 peserta (53,8%) dan Pemerintah Daerah: 12 peserta (46,2%).",
    ]
    at.button(key="presentasi.previous").click().run()
    assert at.query_params["slide"] == "1"


def test_a_link_with_a_slide_number_opens_that_slide():
    at = present({**REFERENCE_QUERY, "slide": "3"})
    assert slide_texts(at)[0] == "Peserta Pemda per tingkat pemerintahan"
    assert at.multiselect(key="filter.angkatan").value == ["IV"]


@pytest.mark.parametrize("raw", ["99", "abc", "-2"])
def test_an_impossible_slide_number_is_kept_in_range(raw):
    at = present({**REFERENCE_QUERY, "slide": raw})
    expected = f"{REFERENCE_SLIDES} / {REFERENCE_SLIDES}" if raw == "99" else f"1 / {REFERENCE_SLIDES}"
    assert expected in texts(at.text)


def test_last_slide_is_the_summary_sentence():
    at = present({**REFERENCE_QUERY, "slide": str(REFERENCE_SLIDES)})
    store = open_store()
    cohorts = store.cohorts()
    filters = filters_from_query(REFERENCE_QUERY)
    facts = apply_filters(store.facts(), cohorts, filters)
    assert summary_sentence(facts, selected_cohorts(cohorts, filters), "id") in texts(at.text)
    assert at.button(key="presentasi.next").disabled


def test_no_chart_carries_plotlys_english_toolbar():
    """Plotly's and Streamlit's chart buttons speak English ("Download plot as a PNG", "Fullscreen") and
    covered titles on narrow screens: every chart is drawn without them (exports come from Presentasi)."""
    for at in (present({**REFERENCE_QUERY, "slide": "2"}), open_app()):
        charts = at.get("plotly_chart")
        assert charts
        for element in charts:
            assert json.loads(element.proto.config)["displayModeBar"] is False


def test_presenting_hides_sidebar_and_title_and_exit_brings_them_back():
    at = present(REFERENCE_QUERY)
    at.button(key="presentasi.start").click().run()
    assert not at.title
    styles = " ".join(m.value for m in at.markdown)
    assert 'data-testid="stSidebar"' in styles and "display: none" in styles
    assert not at.get("download_button")  # the downloads wait below, outside the presentation
    at.button(key="presentasi.next").click().run()
    assert at.query_params["slide"] == "2"
    at.button(key="presentasi.stop").click().run()
    assert at.title[0].value == "Presentasi"
    assert 'data-testid="stSidebar"' not in " ".join(m.value for m in at.markdown)


def test_full_screen_control_is_a_fixed_frame():
    at = present(REFERENCE_QUERY)
    sources = [frame.proto.srcdoc for frame in at.get("iframe")]
    full_screen = [s for s in sources if "requestFullscreen" in s]
    assert len(full_screen) == 1 and "Layar penuh" in full_screen[0]
    assert any("Salin tautan" in s for s in sources)  # the sidebar's copy-link control
    assert not any("Pelatihan" in s for s in sources)  # no user text inside HTML


def test_small_counts_can_be_hidden():
    at = present({**REFERENCE_QUERY, "slide": "3"})  # Pemda by level: 5, 4 and 3
    assert "< 5" not in " ".join(texts(at.text))
    at.toggle(key="presentasi.suppress").set_value(True).run()
    message = slide_texts(at)[1]
    assert "< 5 peserta" in message and "(33,3%)" not in message
    assert not at.get("plotly_chart")  # plotly cannot label a hidden bar: the slide shows its table
    shown = at.dataframe[0].value
    assert "< 5" in shown.iloc[:, 1].tolist()


def test_no_names_or_nips_on_any_slide():
    store = open_store()
    people, _ = store.participants(None, limit=None)
    names = [n for n in people["name"].dropna() if len(n) > 6]
    nips = [n for n in people["nip"].dropna() if n]
    at = present()
    shown = []
    for number in range(1, 11):
        at.query_params["slide"] = str(number)
        at.run()
        shown += texts(at.text)
        shown += [json.dumps(json.loads(c.proto.spec)) for c in at.get("plotly_chart")]
        shown += [at.dataframe[0].value.to_json()] if at.dataframe else []
    everything = " ".join(shown)
    assert "10 / 10" in everything
    assert not [n for n in names if n in everything]
    assert not [n for n in nips if n in everything]


def test_downloads_are_offered():
    at = present(REFERENCE_QUERY)
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["PowerPoint (.pptx)", "Rekap Excel (.xlsx)", "PDF"]


def test_pdf_button_explains_a_missing_chromium(monkeypatch, tmp_path):
    monkeypatch.setenv("DASBOR_CHROMIUM", str(tmp_path / "tidak-ada"))
    at = present(REFERENCE_QUERY)
    button = at.get("download_button")[2]
    assert button.proto.disabled
    assert "Chromium tidak ditemukan" in button.proto.help
    assert any("Chromium tidak ditemukan" in c for c in texts(at.caption))


def test_roster_managers_get_participants_in_the_recap_viewers_do_not():
    note = "Rekap Excel memuat lembar peserta (NIP disamarkan)."
    assert note in texts(present(REFERENCE_QUERY, role="editor").caption)
    assert note not in texts(present(REFERENCE_QUERY, role="viewer").caption)


@pytest.mark.parametrize(("role", "people"), [("editor", True), ("viewer", False)])
def test_a_recap_with_names_is_rechecked_for_roster_managers(monkeypatch, role, people):
    """The recap with the participants sheet (names) is offered, and re-checked at the click, only to
    roster managers; the audit says names left the server."""
    from pages import guards

    seen: dict[str, dict] = {}
    original = guards.audited_download

    def recording(ctx, label, build, **kwargs):
        seen[kwargs["key"]] = kwargs
        original(ctx, label, build, **kwargs)

    monkeypatch.setattr(guards, "audited_download", recording)
    present(REFERENCE_QUERY, role=role)
    recap = seen["presentasi.xlsx"]
    if people:
        assert set(recap["roles"]) == {"editor", "admin"}
        assert "dengan nama" in recap["detail"]
    else:
        assert "viewer" in set(recap["roles"]) and "dengan nama" not in recap["detail"]


def test_english_slides():
    at = present({**REFERENCE_QUERY, "lang": "en", "slide": "2"})
    assert at.title[0].value == "Presentation"
    assert slide_texts(at)[0] == "Participants by agency type"


def test_impossible_filter_shows_the_empty_state():
    at = present({"program": "Pelatihan Coaching dan Mentoring", "tahun": "2024"})
    assert any("Tidak ada peserta untuk filter ini" in v for v in texts(at.info))
    assert not at.get("download_button")


def test_slides_match_the_model():
    """The page draws build_slides' slides: same titles, in the same order."""
    store = open_store()
    slides = build_slides(store.facts(), store.cohorts(), Filters(), "id")
    at = present()
    titles = []
    for number in range(1, len(slides) + 1):
        at.query_params["slide"] = str(number)
        at.run()
        titles.append(slide_texts(at)[0])
    assert titles == [s.title for s in slides]
