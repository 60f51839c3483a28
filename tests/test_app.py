"""The dashboard as a user sees it (streamlit.testing AppTest), each test on its own copy of a seeded store."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from loaders.schema import SECTOR_LEVELS
from pages.widgets import text_key
from store import open_store
from store.backup import export_backup
from tests import builders as b
from tests.apptest import PAGE_TITLES, REFERENCE_QUERY, SAMPLE_TOTAL, goto, metrics, open_app, texts
from tests.builders import xlsx_roster
from tests.conftest import ServerStart
from tests.factories import SAMPLES

pytestmark = pytest.mark.usefixtures("server_start")  # see conftest.server_start


@pytest.fixture
def db_url(seeded_db_url: str) -> str:
    """Each test on its own copy of the seeded store."""
    return seeded_db_url


ROOT = Path(__file__).resolve().parent.parent


# --- opening ------------------------------------------------------------------------------------------------

# Roster text that Markdown, HTML or GFM autolinks would turn into markup: lower-case words only, so the
# program's "initials" fall back to its first characters ("www.co", an autolink).
HOSTILE_TITLE = (
    "www.contoh.invalid <img src=http://contoh.invalid/x.png> [klik](http://contoh.invalid) **tebal**"
)
HOSTILE_VENUE = "<a href=http://contoh.invalid>Aula</a> :red[merah]"
UNESCAPED = re.compile(r"(?<!\\)(www\.co|<img|<a href|\]\(http|\*\*tebal|:red\[merah|<b>)")


@pytest.mark.parametrize("page", [*PAGE_TITLES, "pages/presentasi.py", "pages/pengguna.py"])
def test_roster_text_with_markup_shows_literally_on_every_page(db_url: str, page: str) -> None:
    from tests.factories import reference_upload

    store = open_store(db_url)
    store.save_cohort(
        reference_upload(
            program=HOSTILE_TITLE, venue=HOSTILE_VENUE, angkatan="IX", source_file="<b>x</b>.xlsx"
        ),
        user="admin",
    )
    store.close()
    at = goto(open_app(), page)
    shown = [
        str(element.value) if hasattr(element, "value") else str(getattr(element, "label", ""))
        for kind in ("markdown", "caption", "info", "success", "warning", "error", "title", "subheader")
        for element in getattr(at, kind)
    ] + [str(e.label) for e in at.expander]
    markup = [text for text in shown if UNESCAPED.search(text)]
    assert markup == [], markup
    if page == "pages/tren.py":  # the legend explains the table's short names only; the hostile program is
        # shown by its own words (escaped, on the chart), not by made-up initials
        legend = next(text for text in shown if text.startswith("Singkatan program"))
        assert "PKA = Pelatihan Kepemimpinan Administrator" in legend and "contoh" not in legend


@pytest.mark.parametrize("page", list(PAGE_TITLES))
def test_every_page_opens_on_the_sample_data(db_url: str, page: str) -> None:
    at = goto(open_app(), page)
    assert at.title[0].value == PAGE_TITLES[page][0]
    assert len(at.sidebar.multiselect) == 6  # the shared filters are on every page


def test_ringkasan_shows_all_samples_labelled_as_sample_data(db_url: str) -> None:
    at = open_app()
    assert any("Data contoh" in v for v in texts(at.info))
    assert metrics(at)["Peserta"] == SAMPLE_TOTAL
    assert len(at.get("plotly_chart")) == 9  # 8 charts, and the province bars that replace the map on phones


def test_a_chart_is_built_once_for_every_session_on_the_same_data_filters_and_language(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """25 people on one filter: the second session takes the first one's on-screen figures (the tables were
    already shared); another filter, another language or a store change builds them anew, with new numbers."""
    from peserta import figures

    built: list[str] = []
    original = figures.province_bar

    def counted(*args, **kwargs):
        built.append("province_bar")
        return original(*args, **kwargs)

    monkeypatch.setattr(figures, "province_bar", counted)
    first = open_app()
    n_first = len(built)
    assert n_first == 2  # the bars tab and the narrow-screen bars
    second = open_app()
    assert len(built) == n_first  # shared, not built again
    assert [c.proto.spec for c in second.get("plotly_chart")] == [c.proto.spec for c in first.get("plotly_chart")]
    open_app({"tahun": "2023"})
    assert len(built) == n_first + 2  # another filter: its own figures
    open_app({"lang": "en"})
    assert len(built) == n_first + 4  # another language
    from tests.factories import reference_upload

    store = open_store(db_url)
    store.save_cohort(reference_upload(angkatan="XX"), user="admin")  # 26 more participants
    store.close()
    after = open_app()
    assert len(built) == n_first + 6  # a new store generation: built from the new numbers
    assert metrics(after)["Peserta"] != metrics(first)["Peserta"]


def test_reference_cohort_from_a_shared_link_shows_26_14_12(db_url: str) -> None:
    at = open_app(REFERENCE_QUERY)
    shown = metrics(at)
    assert (shown["Peserta"], shown["Kementerian/Lembaga"], shown["Pemerintah Daerah"]) == ("26", "14", "12")
    assert shown["Angkatan"] == "1"
    assert "53,8% dari peserta" in texts(at.caption)
    assert "46,2% dari peserta" in texts(at.caption)
    assert at.multiselect(key="filter.angkatan").value == ["IV"]
    assert at.multiselect(key="filter.years").value == [2023]


def test_filters_chosen_in_the_sidebar_end_up_in_the_url(db_url: str) -> None:
    at = open_app()
    at.multiselect(key="filter.programs").set_value(["Pelatihan Coaching dan Mentoring"])
    at.multiselect(key="filter.angkatan").set_value(["IV"])
    at.multiselect(key="filter.sectors").set_value(["central"]).run()
    assert at.query_params == {
        "program": "Pelatihan Coaching dan Mentoring",
        "angkatan": "IV",
        "sektor": "kl",
    }
    assert metrics(at)["Peserta"] == "14"
    # a copied link reopens the same view, and the filters stay when switching pages
    again = open_app(dict(at.query_params))
    assert metrics(again)["Peserta"] == "14"
    goto(again, "pages/tren.py")
    assert again.query_params["sektor"] == "kl"
    at.multiselect(key="filter.sectors").set_value(["central", "regional"]).run()
    assert at.query_params["sektor"] == ["kl", "pemda"]
    assert metrics(at)["Peserta"] == "26"


def test_an_agency_filter_narrows_every_number_and_shows_a_removable_chip(db_url: str) -> None:
    """A click on an agency's bar sets ?instansi=...: every breakdown counts that agency's people only, a chip
    above the page names the filter, and its ✕ removes it (the URL follows)."""
    at = open_app({"instansi": "Kementerian Keuangan"})
    shown = metrics(at)
    assert (shown["Peserta"], shown["Kementerian/Lembaga"], shown["Pemerintah Daerah"]) == ("6", "6", "0")
    assert shown["Instansi"] == "1"
    chip = at.button(key=f"chip.agencies.{text_key('Kementerian Keuangan')}")
    assert chip.label.replace("\\", "") == "Instansi: Kementerian Keuangan ✕"
    goto(at, "pages/peserta.py")  # the participants list too
    assert "6 peserta ditampilkan" in texts(at.caption)
    stored, _ = open_store(db_url).participants(None, agencies=["Kementerian Keuangan"], limit=None)
    assert set(next(df.value for df in at.dataframe)["instansi"]) == set(stored["instansi"])
    goto(at, "pages/tren.py")  # the chip is on every dashboard page, and the filter holds there
    assert at.button(key=f"chip.agencies.{text_key('Kementerian Keuangan')}")
    at.button(key=f"chip.agencies.{text_key('Kementerian Keuangan')}").click().run()
    assert "instansi" not in at.query_params
    goto(at, "pages/ringkasan.py")
    assert metrics(at)["Peserta"] == SAMPLE_TOTAL
    assert not [b for b in at.button if b.key and b.key.startswith("chip.")]


def test_sidebar_filters_are_chips_too_and_one_province_drills_down_to_its_agencies(db_url: str) -> None:
    at = open_app({"sektor": "pemda", "provinsi": "Jawa Timur"})
    chips = sorted(b.label.replace("\\", "") for b in at.button if b.key and b.key.startswith("chip."))
    assert chips == ["Jenis instansi: Pemerintah Daerah ✕", "Provinsi: Jawa Timur ✕"]
    drill = [c for c in at.get("plotly_chart") if "Instansi di Jawa Timur" in c.proto.spec]
    assert len(drill) == 1
    next(b for b in at.button if b.label.replace("\\", "").startswith("Jenis instansi")).click().run()
    assert at.multiselect(key="filter.sectors").value == []  # the sidebar follows the chip
    assert at.query_params == {"provinsi": "Jawa Timur"}


def test_reset_clears_every_filter(db_url: str) -> None:
    at = open_app(REFERENCE_QUERY)
    next(b for b in at.sidebar.button if b.label == "Hapus semua filter").click().run()
    assert at.query_params == {}
    assert metrics(at)["Peserta"] == SAMPLE_TOTAL


def test_english_switch_changes_titles_and_numbers_and_is_kept_in_the_url(db_url: str) -> None:
    at = open_app(REFERENCE_QUERY)
    at.radio(key="lang").set_value("en").run()
    assert at.title[0].value == "Summary"
    assert at.query_params["lang"] == "en"
    assert "53.8% of participants" in texts(at.caption)
    goto(at, "pages/kualitas.py")
    assert at.title[0].value == "Data quality"
    assert open_app({"lang": "en"}).title[0].value == "Summary"


def _report_messages(at: AppTest) -> list[str]:
    return [str(m) for d in at.dataframe if "message" in d.value.columns for m in d.value["message"]]


def test_the_load_report_reads_in_the_ui_language(db_url: str) -> None:
    """Messages are stored in Indonesian; the English UI shows them in English, with the same values."""
    indonesian = _report_messages(goto(open_app(), "pages/kualitas.py"))
    english = _report_messages(goto(open_app({"lang": "en"}), "pages/kualitas.py"))
    assert len(indonesian) == len(english) > 0
    said = "Peserta yang sama sudah tercatat di baris 14 (NIP sama); baris ini tidak dihitung dua kali."
    assert said in indonesian and said not in english
    assert "The same participant is already listed at baris 14 (NIP sama); baris ini tidak dihitung dua kali." in english


def test_impossible_filter_shows_the_empty_state_not_blank_charts(db_url: str) -> None:
    at = open_app({"program": "Pelatihan Coaching dan Mentoring", "tahun": "2024"})
    assert any("Tidak ada peserta untuk filter ini" in v for v in texts(at.info))
    assert not at.metric
    assert not at.get("plotly_chart")
    for page in ("pages/tren.py", "pages/peserta.py", "pages/kualitas.py"):
        goto(at, page)
        assert any("Tidak ada peserta untuk filter ini" in v for v in texts(at.info)), page


def test_a_link_to_a_cohort_that_no_longer_exists_shows_the_empty_state(db_url: str) -> None:
    at = open_app({"program": "Pelatihan Yang Sudah Dihapus"})
    assert at.multiselect(key="filter.programs").value == ["Pelatihan Yang Sudah Dihapus"]
    assert any("Tidak ada peserta untuk filter ini" in v for v in texts(at.info))


@pytest.mark.parametrize("page", [p for p in PAGE_TITLES if p != "pages/ringkasan.py"])
def test_direct_link_on_fresh_server_runs_through_the_router(
    db_url: str, server_start: ServerStart, page: str
) -> None:
    """A fresh server is in Streamlit's legacy pages/ mode: /tren would run pages/tren.py alone, without
    the router (legacy page list, no filters). The page hands over to the router, which ends that mode
    and serves the same page with the navigation and the filters from the link."""
    at = open_app(REFERENCE_QUERY)
    at.switch_page(page)
    server_start.fresh = True
    at.run()
    assert not at.exception
    assert PagesManager.uses_pages_directory is False  # st.navigation ran: no legacy page list
    assert at.title[0].value == PAGE_TITLES[page][0]
    assert at.multiselect(key="filter.angkatan").value == ["IV"]
    assert at.query_params == REFERENCE_QUERY


# --- roles and privacy --------------------------------------------------------------------------------------


def test_peserta_page_masks_nips_and_hides_names_for_viewers(db_url: str) -> None:
    at = goto(open_app(REFERENCE_QUERY, role="viewer"), "pages/peserta.py")
    table = at.dataframe[0].value
    assert len(table) == 26
    nips = [n for n in table["nip"] if n]
    assert nips and all(n.startswith("*" * 15) and n[-3:].isdigit() for n in nips)
    assert "NIP disamarkan" in " ".join(texts(at.caption))


def test_peserta_page_shows_full_nips_to_editors(db_url: str) -> None:
    at = goto(open_app(REFERENCE_QUERY, role="editor"), "pages/peserta.py")
    nips = [n for n in at.dataframe[0].value["nip"] if n]
    assert nips and all(n.isdigit() and len(n) == 18 for n in nips)


def test_viewers_get_no_upload_or_manage_pages(db_url: str) -> None:
    at = open_app(role="viewer")
    with pytest.raises(ValueError, match="navigation page"):
        at.switch_page("pages/unggah.py")


def test_search_narrows_the_participants(db_url: str) -> None:
    at = goto(open_app(), "pages/peserta.py")
    assert f"{SAMPLE_TOTAL} peserta ditampilkan" in texts(at.caption)
    at.text_input(key="peserta.search").input("Kementerian Keuangan").run()
    shown = at.dataframe[0].value
    assert 0 < len(shown) < int(SAMPLE_TOTAL)
    assert f"{len(shown)} peserta ditampilkan" in texts(at.caption)
    assert all("Keuangan" in f"{i} {a}" for i, a in zip(shown["instansi"], shown["agency"], strict=True))


# --- upload, replace, delete --------------------------------------------------------------------------------


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader(key="unggah.files").upload(name, data).run()
    assert not at.exception, at.exception
    return at


def save_first_cohort(at: AppTest) -> AppTest:
    """Click the first 'save' button of the upload page; the run must end without an exception or error."""
    save = next(b for b in at.button if b.key and b.key.startswith("unggah.") and b.key.endswith(".save"))
    save.click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    return at


OFFICERS_INSTANSI = "Semua peserta berasal dari instansi:"  # the upload page's field for everyone's agency


def name_everyones_instansi(at: AppTest, instansi: str) -> AppTest:
    """Type the officer's agency for every participant and read the file again with it."""
    next(w for w in at.text_input if w.label == OFFICERS_INSTANSI).input(instansi)
    next(b for b in at.button if b.key and "all_from" in b.key).click().run()
    assert not at.exception, at.exception
    return at


def cohort_key(at: AppTest, field: str) -> str:
    return next(w.key for w in at.text_input if w.key and w.key.endswith(f".0.{field}"))


def test_upload_as_a_new_cohort_changes_the_dashboard(db_url: str) -> None:
    at = goto(open_app(), "pages/unggah.py")
    upload(at, "cmd_2023_angkatan_IV.xlsx", (SAMPLES / "cmd_2023_angkatan_IV.xlsx").read_bytes())
    assert any("sudah pernah diunggah" in v for v in texts(at.info))  # recognised by its SHA-256
    assert at.text_input(key=cohort_key(at, "program")).value == "Pelatihan Coaching dan Mentoring"
    at.text_input(key=cohort_key(at, "angkatan")).input("V")
    at.button(key=cohort_key(at, "angkatan").replace(".angkatan", ".save")).click().run()
    assert not at.exception
    assert any("Angkatan V Tahun 2023 (26 peserta)" in v for v in texts(at.success))
    goto(at, "pages/ringkasan.py")
    assert metrics(at)["Peserta"] == str(int(SAMPLE_TOTAL) + 26)
    assert metrics(at)["Angkatan"] == "8"


def test_upload_of_an_existing_cohort_shows_the_diff_and_replaces_on_ganti(
    db_url: str,
) -> None:
    at = goto(open_app(), "pages/unggah.py")
    upload(at, "cmd_2023_angkatan_IV.xlsx", (SAMPLES / "cmd_2023_angkatan_IV.xlsx").read_bytes())
    save_key = cohort_key(at, "angkatan").replace(".angkatan", ".save")
    at.button(key=save_key).click().run()
    assert any("sudah ada" in v for v in texts(at.warning))
    assert metrics(at).items() >= {"Baru": "0", "Tidak ada lagi": "0", "Berubah": "0", "Sama": "26"}.items()
    assert metrics(at).items() >= {"K/L": "14", "Pemda": "12"}.items()  # what the replaced cohort will count
    # the stored cohort is sample data, and the totals before -> after are shown (the same roster: unchanged)
    assert any("data contoh" in v for v in texts(at.info))
    totals = next(df.value for df in at.dataframe if "cohort" in df.value.columns)
    assert totals["cohort"].tolist() == ["14", "12", "26"] and totals["total"].tolist()[-1] == SAMPLE_TOTAL
    at.button(key=save_key.replace(".save", ".replace")).click().run()
    assert not at.exception
    assert any("Tersimpan" in v for v in texts(at.success))
    store = open_store(db_url)
    replaced = store.cohorts().query("angkatan == 'IV' and year == 2023")
    assert len(replaced) == 1 and not bool(replaced["is_sample"].iloc[0])
    assert replaced["uploaded_by"].iloc[0] == "lokal"
    goto(at, "pages/ringkasan.py")
    assert metrics(at)["Peserta"] == SAMPLE_TOTAL


def test_a_save_that_cannot_get_its_turn_keeps_the_reviewed_upload_to_retry(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import store.engine

    monkeypatch.setattr(store.engine, "WRITE_TURN_SECONDS", 1.0)
    at = goto(open_app(), "pages/unggah.py")
    upload(at, "cmd_2023_angkatan_IV.xlsx", (SAMPLES / "cmd_2023_angkatan_IV.xlsx").read_bytes())
    at.text_input(key=cohort_key(at, "angkatan")).input("V")
    save_key = cohort_key(at, "angkatan").replace(".angkatan", ".save")
    other = open_store(db_url)
    with store.engine.write_turn(other.engine):  # another server process's long save
        at.button(key=save_key).click().run()
    assert not at.exception
    assert any("belum disimpan" in v for v in texts(at.error))
    assert any("tetap di halaman ini" in v for v in texts(at.caption))
    assert at.text_input(key=cohort_key(at, "angkatan")).value == "V"  # the reviewed upload is still here
    at.button(key=save_key).click().run()
    assert any("Angkatan V Tahun 2023 (26 peserta)" in v for v in texts(at.success))
    other.close()


def test_cancel_keeps_the_stored_cohort(db_url: str) -> None:
    at = goto(open_app(), "pages/unggah.py")
    upload(at, "cmd_2023_angkatan_IV.xlsx", (SAMPLES / "cmd_2023_angkatan_IV.xlsx").read_bytes())
    save_key = cohort_key(at, "angkatan").replace(".angkatan", ".save")
    generation = open_store(db_url).generation()
    at.button(key=save_key).click().run()
    at.button(key=save_key.replace(".save", ".cancel")).click().run()
    assert not at.warning
    assert open_store(db_url).generation() == generation


def test_unreadable_file_shows_the_loader_message_and_saves_nothing(db_url: str) -> None:
    generation = open_store(db_url).generation()
    at = goto(open_app(), "pages/unggah.py")
    upload(at, "rusak.xlsx", b"PK\x03\x04 bukan workbook")
    assert at.error and "rusak.xlsx" in at.error[0].value.replace("\\", "")
    assert open_store(db_url).generation() == generation


def test_delete_cohort_after_confirmation(db_url: str) -> None:
    at = goto(open_app(), "pages/kelola.py")
    store = open_store(db_url)
    reference = int(store.find_cohort("Pelatihan Coaching dan Mentoring", "IV", 2023))
    assert at.selectbox(key="kelola.delete_cohort.id").value is None  # no cohort chosen at first
    at.selectbox(key="kelola.delete_cohort.id").set_value(reference)
    at.text_input(key="kelola.delete_cohort.confirm").input("hapus")
    next(b for b in at.button if b.label == "Hapus angkatan").click().run()
    assert not at.exception
    assert any("Dihapus" in v for v in texts(at.success))
    assert store.find_cohort("Pelatihan Coaching dan Mentoring", "IV", 2023) is None
    goto(at, "pages/ringkasan.py")
    assert metrics(at)["Peserta"] == str(int(SAMPLE_TOTAL) - 26)


def test_delete_needs_the_confirmation_word(db_url: str) -> None:
    at = goto(open_app(), "pages/kelola.py")
    at.text_input(key="kelola.delete_cohort.confirm").input("hapus")
    next(b for b in at.button if b.label == "Hapus angkatan").click().run()
    assert any("Pilih dulu angkatan" in v for v in texts(at.error))  # no cohort chosen: nothing deleted
    at.selectbox(key="kelola.delete_cohort.id").set_value(
        int(open_store(db_url).cohorts()["cohort_id"].iloc[0])
    )
    at.text_input(key="kelola.delete_cohort.confirm").input("ya")
    next(b for b in at.button if b.label == "Hapus angkatan").click().run()
    assert any("Tidak ada yang dihapus" in v for v in texts(at.error))
    assert len(open_store(db_url).cohorts()) == 7


def test_the_first_account_ends_local_mode_with_a_sign_in_that_says_why(db_url: str) -> None:
    """After creating the first account the page no longer says 'Belum ada akun': the rerun is the sign-in
    page (accounts now exist), which tells why; after signing in the account is listed."""
    at = goto(open_app(), "pages/pengguna.py")
    assert "Belum ada akun." in texts(at.caption)
    password = "kata-sandi-yang-panjang-sekali-123"
    at.text_input(key="pengguna.add.username").input("admin1")
    at.text_input(key="pengguna.add.password").input(password)
    at.text_input(key="pengguna.add.again").input(password)
    next(b for b in at.button if b.label == "Tambah akun").click().run()
    assert not at.exception
    assert "Belum ada akun." not in texts(at.caption)
    assert at.title[0].value == "Masuk ke Dasbor Peserta Pelatihan"
    assert any("Akun admin pertama sudah dibuat" in v for v in texts(at.info))
    next(t for t in at.text_input if t.label == "Nama pengguna").input("admin1")
    next(t for t in at.text_input if t.label == "Kata sandi").input(password)
    next(b for b in at.button if b.label == "Masuk").click().run()
    goto(at, "pages/pengguna.py")
    assert "Belum ada akun." not in texts(at.caption)
    listed = next(df for df in at.dataframe)
    assert "admin1" in listed.value["username"].tolist()
    # Not locked: the empty 'Terkunci sampai' cell reads '-', not the table's default 'None'.
    assert listed.value["locked_until"].isna().all() and listed.proto.placeholder == "-"


def test_column_mapping_correction_rereads_the_file(db_url: str, tmp_path: Path) -> None:
    header = ["No", "Nama", "NIP", "L/P", "Pangkat/Gol", "Tugas Pokok", "Instansi"]
    roster = xlsx_roster(tmp_path, header=header, filename="tugas.xlsx")
    at = goto(open_app(), "pages/unggah.py")
    upload(at, "tugas.xlsx", roster.path.read_bytes())
    column = next(s for s in at.selectbox if s.label == "Tugas Pokok")
    assert column.value == ""  # not recognised: ignored
    column.set_value("jabatan")
    next(b for b in at.button if b.label == "Baca ulang dengan pemetaan ini").click().run()
    assert not at.exception
    state = next(iter(at.session_state["unggah.state"].values()))
    assert state["mapping"]["Tugas Pokok"] == "jabatan"
    assert state["result"].participants["jabatan"].notna().all()
    assert next(s for s in at.selectbox if s.label == "Tugas Pokok").value == "jabatan"


def test_every_instansi_is_reviewed_and_a_correction_changes_the_stored_cohorts(db_url: str) -> None:
    """The upload page lists every distinct instansi, least certain first; a correction made there starts
    from nothing chosen, offers the levels of the chosen sector, re-reads the file and re-classifies the
    cohort already stored (the sample PKA cohort holds the same text): the overview changes, no re-upload."""
    at = goto(open_app(), "pages/ringkasan.py")
    before = metrics(at)
    goto(at, "pages/unggah.py")
    upload(at, "pka_2024_angkatan_I.csv", (SAMPLES / "pka_2024_angkatan_I.csv").read_bytes())
    state = next(iter(at.session_state["unggah.state"].values()))
    review = next(d for d in at.dataframe if "confidence" in d.value.columns).value
    assert set(review["instansi"]) == set(state["result"].participants["instansi"].dropna())
    assert review["instansi"].iloc[0] == "UPT Pelatihan Kerja"  # the least certain first
    assert list(review["confidence"]) == sorted(review["confidence"])
    cards = {m.label: m.value for m in at.metric}  # before saving: K/L, Pemda, other, unknown of the cohort
    n_unknown = int(cards["Belum dikenali"])
    assert n_unknown >= 1
    assert sum(int(cards[k]) for k in ("K/L", "Pemda", "Non-pemerintah", "Belum dikenali")) == len(
        state["result"].participants
    )

    at.selectbox(key=f"unggah.{state['id']}.correct").set_value("UPT Pelatihan Kerja").run()
    form = next(
        k.removesuffix(".sector") for k in (s.key for s in at.selectbox) if k and k.endswith(".sector")
    )
    assert at.selectbox(key=f"{form}.sector").value is None  # nothing pre-selected
    at.selectbox(key=f"{form}.sector").set_value("central").run()
    assert at.selectbox(key=f"{form}.level.central").options == ["Kementerian", "Lembaga"]
    at.selectbox(key=f"{form}.sector").set_value("regional").run()
    assert at.selectbox(key=f"{form}.level.regional").options == [
        "Pemerintah provinsi",
        "Pemerintah kabupaten",
        "Pemerintah kota",
    ]
    at.selectbox(key=f"{form}.level.regional").set_value("province")
    at.selectbox(key=f"{form}.province").set_value("Jawa Timur").run()
    at.button(key=f"{form}.save").click().run()
    assert not at.exception, at.exception
    state = next(iter(at.session_state["unggah.state"].values()))
    row = state["result"].participants.query("instansi == 'UPT Pelatihan Kerja'").iloc[0]
    assert (row["sector"], row["level"], row["province"]) == ("regional", "province", "Jawa Timur")
    goto(at, "pages/ringkasan.py")
    after = metrics(at)
    # the stored sample cohort changed at once
    assert int(after["Pemerintah Daerah"]) == int(before["Pemerintah Daerah"]) + n_unknown
    assert int(after.get("Belum dikenali", "0")) == int(before["Belum dikenali"]) - n_unknown
    assert after["Peserta"] == before["Peserta"]


def test_a_correction_on_kualitas_data_updates_the_page_at_once(db_url: str) -> None:
    """Classifying the sample's unrecognised 'UPT Pelatihan Kerja' on Kualitas data: the saved message, and
    the page's own numbers already without it (they still said 1 unrecognised agency and 1 uncounted
    participant, with the form still there, until the next click)."""
    at = goto(open_app(), "pages/kualitas.py")
    assert metrics(at)["Instansi yang belum dikenali"] == "1"
    form = next(k.removesuffix(".sector") for k in (s.key for s in at.selectbox) if k and k.endswith(".sector"))
    at.selectbox(key=f"{form}.sector").set_value("regional").run()
    at.selectbox(key=f"{form}.level.regional").set_value("regency")
    at.selectbox(key=f"{form}.province").set_value("Jawa Barat").run()
    at.button(key=f"{form}.save").click().run()
    assert not at.exception, at.exception
    assert any("Koreksi instansi disimpan: 1 peserta" in v for v in texts(at.success))
    assert metrics(at)["Instansi yang belum dikenali"] == "0"
    assert not [k for k in (s.key for s in at.selectbox) if k and k.endswith(".sector")]  # no form left
    assert not any("tidak dihitung" in c for c in texts(at.caption) if "peserta:" in c)


def test_paging_through_the_participants(db_url: str) -> None:
    at = goto(open_app(), "pages/peserta.py")
    assert len(at.dataframe[0].value) == 100
    next(n for n in at.number_input if n.label.startswith("Halaman")).set_value(3).run()
    assert len(at.dataframe[0].value) == int(SAMPLE_TOTAL) - 200


def test_the_cohort_list_writes_dates_as_the_upload_time_does(db_url: str) -> None:
    """Kelola Data's cohort list: start and end dates as 05/09/2023 like the upload time beside them (07/12/2026
    16:18), not 2023-09-05."""
    at = goto(open_app(), "pages/kelola.py")
    config = json.loads(at.dataframe[0].proto.columns)
    for column in ("start_date", "end_date"):
        assert config[column]["type_config"] == {"type": "date", "format": "DD/MM/YYYY"}, config[column]
    assert config["uploaded_at"]["type_config"]["format"] == "DD/MM/YYYY HH:mm"


def test_delete_one_persons_data_by_nip(db_url: str) -> None:
    store = open_store(db_url)
    nip = next(n for n in store.participants(limit=5)[0]["nip"] if n)
    at = goto(open_app(), "pages/kelola.py")
    at.text_input(key="kelola.person.nip").input(f"NIP. {nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}").run()
    assert "1 baris data tersimpan dengan NIP ini." in texts(at.caption)
    at.text_input(key="kelola.delete_person.confirm").input("HAPUS")
    next(b for b in at.button if b.label == "Hapus data seseorang").click().run()
    assert any("1 baris" in v for v in texts(at.success))
    assert store.participants(search=nip, limit=0)[1] == 0
    assert store.audit_log(1)["action"].iloc[0] == "hapus_orang"


@pytest.mark.parametrize("compact", [False, True], ids=["xlsx", "zip"])
def test_backup_restores_after_confirmation(db_url: str, compact: bool) -> None:
    store = open_store(db_url)
    backup = export_backup(store, compact=compact)
    store.delete_cohort(int(store.cohorts()["cohort_id"].iloc[0]), user="tes")
    at = goto(open_app(), "pages/kelola.py")
    assert [b.proto.label for b in at.get("download_button") if "cadangan" in b.proto.label] == [
        "Unduh cadangan lengkap (Excel)",
        "Unduh cadangan lengkap ringkas (.zip, untuk data besar)",
    ]
    at.file_uploader(key="kelola.restore.file").upload("cadangan.zip" if compact else "cadangan.xlsx", backup)
    at.text_input(key="kelola.restore.confirm").input("HAPUS")
    next(b for b in at.button if b.label == "Pulihkan").click().run()
    assert not at.exception
    assert any("Dipulihkan" in v for v in texts(at.success))
    assert len(store.cohorts()) == 7
    goto(at, "pages/ringkasan.py")
    assert metrics(at)["Peserta"] == SAMPLE_TOTAL


def test_remove_all_sample_cohorts(db_url: str) -> None:
    at = goto(open_app(), "pages/kelola.py")
    at.text_input(key="kelola.remove_samples.confirm").input("HAPUS")
    next(b for b in at.button if b.label == "Hapus data contoh").click().run()
    assert not at.exception
    assert open_store(db_url).is_empty()
    goto(at, "pages/ringkasan.py")
    assert any("Belum ada data" in v for v in texts(at.info))


def test_kualitas_lists_the_rows_the_overview_does_not_count(db_url: str) -> None:
    at = goto(open_app(), "pages/ringkasan.py")
    shown = metrics(at)
    uncounted = int(shown["Peserta"]) - int(shown["Kementerian/Lembaga"]) - int(shown["Pemerintah Daerah"])
    assert uncounted > 0
    goto(at, "pages/kualitas.py")
    assert any(c.startswith(f"{uncounted} peserta:") for c in texts(at.caption))
    rows = next(
        d
        for d in at.dataframe
        if list(d.value.columns) == ["cohort_id", "sheet", "row", "instansi", "sector"]
    )
    assert len(rows.value) == uncounted and rows.value["row"].notna().all()


def test_an_admin_reclassifies_the_stored_cohorts_after_a_preview(db_url: str) -> None:
    import sqlalchemy as sa

    from store import facts as facts_sql
    from store.schema import cohorts, participants

    engine = sa.create_engine(db_url)
    with engine.begin() as conn:  # as an older reference release would have stored it, facts included
        n = conn.execute(
            sa.update(participants)
            .where(participants.c.instansi == "Kementerian Keuangan")
            .values(sector="unknown")
        ).rowcount
        ids = [int(i) for (i,) in conn.execute(sa.select(cohorts.c.cohort_id))]
        facts_sql.delete_facts(conn, ids)
        facts_sql.insert_facts(conn, ids)
    engine.dispose()
    assert n > 0
    at = goto(open_app(), "pages/kelola.py")
    at.button(key="kelola.reclassify.preview").click().run()
    assert any("1 teks instansi berubah" in v for v in texts(at.info))
    plan = next(d for d in at.dataframe if "cohort" in d.value.columns and "central" in d.value.columns).value
    assert len(plan) >= 1 and any("→" in v for v in plan["unknown"])
    at.button(key="kelola.reclassify.apply").click().run()
    assert not at.exception, at.exception
    assert any(f"{n} peserta berubah" in v for v in texts(at.success))
    at.button(key="kelola.reclassify.preview").click().run()
    assert any("tidak ada yang berubah" in v for v in texts(at.success))


# --- issue 14 layouts: upload, save every cohort, the numbers on Ringkasan ---------------------------------

HEADLINE = ("Peserta", "Kementerian/Lembaga", "Pemerintah Daerah", "Angkatan")


def _headline(at: AppTest) -> list[int]:
    shown = metrics(at)
    return [int(shown[label].replace(".", "")) for label in HEADLINE]


@pytest.mark.parametrize("layout", sorted(b.ISSUE14_LAYOUTS))
def test_issue14_layouts_saved_from_the_upload_page_show_on_ringkasan(
    db_url: str, tmp_path: Path, layout: str
) -> None:
    case = b.ISSUE14_LAYOUTS[layout]
    built = case.build(tmp_path)
    path = Path(getattr(built, "path", built))
    at = open_app()
    before = _headline(at)
    goto(at, "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    if case.error:
        assert at.error and "Tidak ditemukan baris peserta" in at.error[0].value
        assert path.name in at.error[0].value.replace("\\", "")
        return
    assert not at.error, [e.value for e in at.error]
    programs = [w.value for w in at.text_input if w.key and w.key.endswith(".program")]
    assert programs == [c[0] for c in case.cohorts]
    if case.sheet:
        assert any(f"(Lembar: {case.sheet})" in v for v in texts(at.text))
    if case.venue:
        assert next(w.value for w in at.text_input if w.key and w.key.endswith(".venue")) == case.venue
    if layout == "same_person_twice":
        assert any("Baris ganda tidak dihitung (1)" in e.label for e in at.expander)
    for _ in case.cohorts:
        save_first_cohort(at)
    assert len([v for v in texts(at.success) if "sudah disimpan" in v]) == len(case.cohorts)
    goto(at, "pages/ringkasan.py")
    added = [sum(c[3] for c in case.cohorts), sum(c[4] for c in case.cohorts), sum(c[5] for c in case.cohorts),
             len(case.cohorts)]  # fmt: skip
    assert _headline(at) == [b + a for b, a in zip(before, added, strict=True)]


def test_two_people_of_one_name_can_be_kept_on_the_upload_page(db_url: str, tmp_path: Path) -> None:
    people = b.sample_people(5)
    roster = b.xlsx_roster(tmp_path, rows=(*people, people[1]), missing_nip=(1, 5), filename="nama_sama.xlsx")
    at = goto(open_app(), "pages/unggah.py")
    upload(at, roster.path.name, roster.path.read_bytes())
    assert "5 baris peserta terbaca" in " ".join(texts(at.caption))
    assert any("Baris ganda tidak dihitung (1)" in e.label for e in at.expander)
    keep = next(c for c in at.checkbox if c.key and c.key.endswith(".keep_duplicates"))
    keep.check().run()
    assert not at.exception
    assert "6 baris peserta terbaca" in " ".join(texts(at.caption))
    state = next(iter(at.session_state["unggah.state"].values()))
    assert len(state["result"].participants) == 6


def _shown(frame: Any, column: str) -> set[str]:
    """What a coded column of a table reads as in the browser: its SelectboxColumn label where the page
    gives the column one, else the value itself."""
    config = json.loads(frame.proto.columns or "{}").get(column, {})
    options = config.get("type_config", {}).get("options", [])
    labels = {str(o.get("value")): str(o.get("label")) for o in options if isinstance(o, dict)}
    return {labels.get(str(v), str(v)) for v in frame.value[column].dropna()}


def test_the_upload_pages_tables_name_nip_status_sector_and_level(db_url: str, tmp_path: Path) -> None:
    """The preview and the duplicate rows of a roster whose NIPs Excel cut: 'Rusak oleh Excel', 'Pemerintah
    Daerah', 'Pemerintah kabupaten', never the codes 'damaged', 'regional', 'regency'."""
    people = b.sample_people(5)
    roster = b.xlsx_roster(tmp_path, rows=(*people, people[1]), nip_as_number="excel15", filename="rusak.xlsx")
    at = goto(open_app(), "pages/unggah.py")
    upload(at, roster.path.name, roster.path.read_bytes())
    assert any("Baris ganda tidak dihitung (1)" in e.label for e in at.expander)
    codes = set(SECTOR_LEVELS) | {level for levels in SECTOR_LEVELS.values() for level in levels}
    preview, duplicates = (d for d in at.dataframe if "nip_status" in d.value.columns)
    for table in (preview, duplicates):
        assert _shown(table, "nip_status") == {"Rusak oleh Excel"}
        shown = _shown(table, "sector") | _shown(table, "level")
        assert shown and not shown & codes, shown


def test_column_mapping_offers_the_cohort_fields(db_url: str, tmp_path: Path) -> None:
    at = goto(open_app(), "pages/unggah.py")
    roster = b.recap_xlsx(tmp_path)
    upload(at, roster.path.name, roster.path.read_bytes())
    column = next(s for s in at.selectbox if s.label == "Angkatan" and ".map." in (s.key or ""))
    assert column.value == "angkatan"
    assert {"Angkatan", "Program pelatihan", "Tahun", "Tanggal mulai", "Tanggal selesai"} <= set(
        column.options
    )
    assert len([k for k in (w.key for w in at.text_input) if k and k.endswith(".angkatan")]) == 5


def test_stored_programs_are_offered_and_a_short_name_is_matched(db_url: str, tmp_path: Path) -> None:
    roster = b.xlsx_roster(tmp_path, filename="PKP angk 9 2025.xlsx", title_rows=("DAFTAR PESERTA",))
    at = goto(open_app(), "pages/unggah.py")
    upload(at, roster.path.name, roster.path.read_bytes())
    stored = next(s for s in at.selectbox if s.key and s.key.endswith(".program_stored"))
    assert set(stored.options) >= {"Pelatihan Coaching dan Mentoring", "Pelatihan Kepemimpinan Pengawas"}
    assert stored.value == "Pelatihan Kepemimpinan Pengawas"
    assert at.text_input(key=cohort_key(at, "program")).value == "Pelatihan Kepemimpinan Pengawas"
    assert at.text_input(key=cohort_key(at, "angkatan")).value == "IX"


# --- rosters without an instansi column ---------------------------------------------------------------------


def test_a_roster_whose_title_names_its_office_is_saved_with_that_office(db_url: str, tmp_path: Path) -> None:
    """Real layout 8 (no instansi column, title names Kantor SAR Padang): 10 K/L participants on Ringkasan."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["basarnas_absensi"](tmp_path).path
    at = open_app()
    before = _headline(at)
    goto(at, "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert not at.error, [e.value for e in at.error]
    assert "10 baris peserta terbaca" in " ".join(texts(at.caption))
    state = next(iter(at.session_state["unggah.state"].values()))
    notes = [i.message for i in state["result"].issues if i.code == "instansi_from_title"]
    assert notes and "Kantor Pencarian dan Pertolongan Kelas A Padang" in notes[0]
    save_first_cohort(at)
    goto(at, "pages/ringkasan.py")
    assert _headline(at) == [before[0] + 10, before[1] + 10, before[2], before[3] + 1]


def test_a_refused_roster_offers_its_columns_to_map_the_instansi(db_url: str, tmp_path: Path) -> None:
    """No instansi column, no agency in the title: the refusal says what to do and the mapping rescues it."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR PESERTA BIMTEK ANGKATAN I TAHUN 2025"])
    sheet.append(["No", "Nama/NIP", "Jabatan", "Lokasi"])
    for i, person in enumerate(b.sample_people(4), start=1):
        sheet.append([i, f"{person.name}\n{person.nip}", person.jabatan, "Dinas Pendidikan Kota Padang"])
    path = tmp_path / "bimtek.xlsx"
    workbook.save(path)
    at = goto(open_app(), "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert at.error and "Pemetaan kolom" in at.error[0].value and "Lokasi" in at.error[0].value
    lokasi = next(s for s in at.selectbox if s.label == "Lokasi" and ".map." in (s.key or ""))
    assert next(s for s in at.selectbox if s.label == "Nama/NIP").value == "name_nip"
    lokasi.set_value("instansi")
    next(b for b in at.button if b.key and "mapping" in b.key).click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert "4 baris peserta terbaca" in " ".join(texts(at.caption))
    state = next(iter(at.session_state["unggah.state"].values()))
    frame = state["result"].participants
    assert set(frame["sector"]) == {"regional"} and set(frame["nip_status"]) == {"pns"}
    assert all("\n" not in name and not any(ch.isdigit() for ch in name) for name in frame["name"])


def test_a_refused_roster_is_read_with_the_officers_instansi_and_saved(db_url: str, tmp_path: Path) -> None:
    """Real layout 5 (no instansi column, the title names only the training): the officer names every
    participant's agency, the file is read again, the cohort's counts show before saving and on Ringkasan after."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["laravel_nama_nip"](tmp_path).path
    at = open_app()
    before = _headline(at)
    goto(at, "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert at.error and "Semua peserta berasal dari instansi" in at.error[0].value
    name_everyones_instansi(at, "Dinas Kearsipan dan Perpustakaan Kota Padang")
    assert not at.error, [e.value for e in at.error]
    assert "11 baris peserta terbaca" in " ".join(texts(at.caption))
    shown = metrics(at)
    assert (shown["K/L"], shown["Pemda"]) == ("0", "11")  # the preview's counts, before saving
    field = next(w for w in at.text_input if w.label == OFFICERS_INSTANSI)
    assert field.value == "Dinas Kearsipan dan Perpustakaan Kota Padang"  # still there, to correct
    state = next(iter(at.session_state["unggah.state"].values()))
    (note,) = [i.message for i in state["result"].issues if i.code == "instansi_from_officer"]
    assert "'Dinas Kearsipan dan Perpustakaan Kota Padang'" in note and "lembar 'Worksheet'" in note
    assert at.text_input(key=cohort_key(at, "program")).value == "Diklat Teknis Pengelolaan Arsip Dinamis"
    save_first_cohort(at)
    goto(at, "pages/ringkasan.py")
    assert _headline(at) == [before[0] + 11, before[1], before[2] + 11, before[3] + 1]


def test_a_pdf_converted_list_with_its_head_on_every_page_saves_18_not_19(db_url: str, tmp_path: Path) -> None:
    """Real layout 20 (the table head repeated on page 2, page lines between the pages) through the upload page:
    18 participants (not 19 with a person 'Nama Peserta'), the program from 'Nama Pelatihan | : ...', and after
    saving 5 K/L and 13 Pemda more on Ringkasan."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["sikompetensi_pdf_halaman"](tmp_path).path
    at = open_app()
    before = _headline(at)
    goto(at, "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert not at.error, [e.value for e in at.error]
    assert "18 baris peserta terbaca" in " ".join(texts(at.caption))
    assert (metrics(at)["K/L"], metrics(at)["Pemda"]) == ("5", "13")
    assert at.text_input(key=cohort_key(at, "program")).value == "Pelatihan Analis Kebijakan"
    save_first_cohort(at)
    goto(at, "pages/ringkasan.py")
    assert _headline(at) == [before[0] + 18, before[1] + 5, before[2] + 13, before[3] + 1]


def test_a_no_and_name_attendance_list_loads_once_the_officer_names_the_instansi(db_url: str, tmp_path: Path) -> None:
    """Real layout 19 ('No. | Nama Pejabat | Tanda Tangan'): refused with what to do, then read with the officer's
    instansi (it used to stay refused)."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["absensi_ttd_zigzag"](tmp_path).path
    at = goto(open_app(), "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert at.error and "Semua peserta berasal dari instansi" in at.error[0].value
    name_everyones_instansi(at, "Inspektorat Kabupaten Maros")
    assert not at.error, [e.value for e in at.error]
    assert "10 baris peserta terbaca" in " ".join(texts(at.caption))
    assert (metrics(at)["K/L"], metrics(at)["Pemda"]) == ("0", "10")


def test_an_export_whose_unit_kerja_column_is_empty_is_refused_then_read_with_the_officers_instansi(
    db_url: str, tmp_path: Path
) -> None:
    """Real layout 29 (a hospital's HTML export with 'UNIT KERJA' over an empty column, NIP LAMA beside NIP BARU)
    through the upload page: refused with what to do (it used to load 12 people of an unknown agency and ignore the
    officer's answer), then 12 Pemda with the officer's instansi, every NIP the 18-digit NIP BARU."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["hrd_html_nip_lama_gelar"](tmp_path).path
    at = goto(open_app(), "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert at.error and "kolom 'SUB UNIT KERJA', 'UNIT KERJA' kosong" in at.error[0].value
    name_everyones_instansi(at, "RSUD Meuraxa Kota Banda Aceh")
    assert not at.error, [e.value for e in at.error]
    assert "12 baris peserta terbaca" in " ".join(texts(at.caption))
    assert (metrics(at)["K/L"], metrics(at)["Pemda"]) == ("0", "12")
    state = next(iter(at.session_state["unggah.state"].values()))
    frame = state["result"].participants
    assert sorted(frame["nip_status"].value_counts().items()) == [("missing", 4), ("pns", 8)]


def test_a_dormitory_book_counts_the_participants_sheet_not_the_trainers_or_committee(db_url: str, tmp_path: Path) -> None:
    """Real layout 38 (sixth audit) through the upload page: the PENGAJAR and PANITIA sheets beside PESERTA are not
    counted (it used to show 23 participants for 16, 19 Pemda)."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["asrama_peserta_pengajar_panitia"](tmp_path).path
    at = goto(open_app(), "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert not at.error, [e.value for e in at.error]
    assert "16 baris peserta terbaca" in " ".join(texts(at.caption))
    assert (metrics(at)["K/L"], metrics(at)["Pemda"]) == ("4", "12")

def test_a_wrong_title_agency_can_be_corrected_by_the_officer(db_url: str, tmp_path: Path) -> None:
    """Layout 8 takes its title's office for everyone; the officer's agency replaces it before saving."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["basarnas_absensi"](tmp_path).path
    at = goto(open_app(), "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert (metrics(at)["K/L"], metrics(at)["Pemda"]) == ("10", "0")
    assert next(w for w in at.text_input if w.label == OFFICERS_INSTANSI).value == ""
    name_everyones_instansi(at, "Dinas Kesehatan Kabupaten Malang")
    assert (metrics(at)["K/L"], metrics(at)["Pemda"]) == ("0", "10")
    state = next(iter(at.session_state["unggah.state"].values()))
    assert set(state["result"].participants["agency"]) == {"Pemerintah Kabupaten Malang"}


def test_people_in_several_cohorts_of_a_selection_come_from_the_repeat_index_with_the_same_answer(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tren's people in several cohorts: once the repeat index is built (in the background, after the first
    page of a store generation ran, the home page included), a chosen year's people are looked up by key:
    the same count and list as finding them in SQL."""
    from pages import reads
    from store import Store
    from tests.factories import reference_upload

    store = open_store(db_url)
    again = reference_upload(angkatan="V")
    again.participants = again.participants.iloc[:5].copy()
    store.save_cohort(again, user="admin")
    store.close()
    looked_up: list[object] = []
    counted = Store.repeat_people_counted

    def spy(self: Store, ids: object, limit: int, keys: object = None) -> object:
        looked_up.append(keys)
        return counted(self, ids, limit, keys)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "repeat_people_counted", spy)
    built: list[int] = []
    index_of = Store.repeat_index

    def index_spy(self: Store) -> object:
        built.append(1)
        return index_of(self)

    monkeypatch.setattr(Store, "repeat_index", index_spy)
    at = open_app()  # the home page: after its run the router starts the index, for Tren later
    reads._INDEXER.submit(lambda: None).result()  # one worker: the index is built once this has run
    assert built == [1]
    at = goto(at, "pages/tren.py")  # all cohorts: SQL
    shown = {}
    for year in ("2023", "2024"):
        at.multiselect(key="filter.years").set_value([int(year)]).run()
        assert not at.exception, at.exception
        shown[year] = (metrics(at)["Orang di beberapa angkatan"], next(df.value for df in at.dataframe[-1:]))
    assert [keys is not None for keys in looked_up] == [False, True, True]
    cohorts = open_store(db_url).read_frames().cohorts
    for year, (count, table) in shown.items():
        ids = [int(i) for i in cohorts.loc[cohorts["year"] == int(year), "cohort_id"]]
        expected, rows = counted(open_store(db_url), ids, 100)
        assert count == str(expected) and (len(table) == len(rows) or not expected)
    assert shown["2023"][0] == "5" and len(shown["2023"][1]) == 5


def test_audit8_a_combined_sheet_and_its_unit_sheets_upload_as_23_not_46(db_url: str, tmp_path: Path) -> None:
    """Real layout 49 through the upload page: the unit sheets are parts of 'GABUNGAN', 23 people read once (the
    intake had read 46 in four cohorts); real layout 48: the template's example row is not among the people."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["presensi_bulanan_gabungan"](tmp_path).path
    at = open_app()
    goto(at, "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert not at.error, [e.value for e in at.error]
    assert "23 baris peserta terbaca" in " ".join(texts(at.caption))
    state = next(iter(at.session_state["unggah.state"].values()))
    assert len(state["result"].cohorts) == 1
    assert len([i for i in state["result"].issues if i.code == "sheet_skipped"]) == 3
    path = REAL_LAYOUTS["sheetjs_template_contoh_peserta"](tmp_path).path
    at = open_app()
    goto(at, "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert not at.error, [e.value for e in at.error]
    assert "18 baris peserta terbaca" in " ".join(texts(at.caption))


def test_audit9_a_filled_import_template_and_a_saved_page_of_a_paged_list_upload(db_url: str, tmp_path: Path) -> None:
    """Real layout 54 through the upload page: 16 staff read from 'Pegawai' ('NAMA UKPD' the instansi; it had been
    refused), the example, rules and choices sheets skipped; real layout 55 saved as '.xls' (the page's HTML): its
    20 rows read and the warning that the page holds rows 1-20 of 34."""
    from tests.real_layouts import REAL_LAYOUTS

    path = REAL_LAYOUTS["jszip_template_pegawai_ukpd"](tmp_path).path
    at = open_app()
    goto(at, "pages/unggah.py")
    upload(at, path.name, path.read_bytes())
    assert not at.error, [e.value for e in at.error]
    assert "16 baris peserta terbaca" in " ".join(texts(at.caption))
    state = next(iter(at.session_state["unggah.state"].values()))
    assert len([i for i in state["result"].issues if i.code == "sheet_skipped"]) == 3
    page = REAL_LAYOUTS["kartik_grid_student_halaman"](tmp_path).path
    at = open_app()
    goto(at, "pages/unggah.py")
    upload(at, "student.xls", page.read_bytes())
    assert not at.error, [e.value for e in at.error]
    assert "20 baris peserta terbaca" in " ".join(texts(at.caption))
    state = next(iter(at.session_state["unggah.state"].values()))
    assert [i.code for i in state["result"].issues if i.severity == "warning"] == ["html_page_part"]
