"""Uploading through the real file picker: the roster is read, saved, and still there after a reload; and
text from a hostile roster (names, instansi, program, file name) is shown literally, never as HTML,
Markdown, colour directives or LaTeX.

These tests write to the store, so they get their own server (its store starts empty and is seeded with
the sample data on the first visit, like a new installation).
"""

from __future__ import annotations

import dataclasses
from urllib.parse import urlencode

import pytest

from tests.browser.ui import (
    Server,
    ServerFactory,
    assert_no_error,
    metrics,
    open_app,
    rerun_after,
    screenshot,
    text_blocks,
    title,
    wait_for_text,
)
from tests.builders import sample_people, xlsx_roster

# A cohort the sample data does not have: 20 people, the first 14 of them from ministries and agencies.
NEW_COHORT_TITLE = (
    "DAFTAR PESERTA",
    "PELATIHAN ANALIS KEBIJAKAN ANGKATAN IX TAHUN 2025",
    "Bandung, 3 - 6 Maret 2025",
    "Gedung Pusdiklat, Jatinangor",
)
NEW_COHORT_LINK = "/?" + urlencode({"program": "Pelatihan Analis Kebijakan", "tahun": 2025, "angkatan": "IX"})

HOSTILE = ("<script>alert(1)</script>", "<b>bold</b>", "**md**", ":red[x]", "$x^2$")
HOSTILE_PROGRAM = "Pelatihan " + " ".join(HOSTILE)
HOSTILE_FILE = "<img src=x onerror=alert(2)><i>roster.xlsx"  # a file name cannot hold "/"


@pytest.fixture(scope="module")
def upload_server(start_server: ServerFactory) -> Server:
    return start_server()


def uploader(page):
    return page.locator('[data-testid="stFileUploader"] [data-testid="stFileUploaderDropzoneInput"]')


def save_button(page):
    return page.get_by_role("button", name="Simpan ke database")


def test_an_uploaded_roster_is_saved_and_still_there_after_a_reload(upload_server, session, tmp_path):
    people = sample_people(20, seed=7)
    roster = xlsx_roster(
        tmp_path, people, filename="daftar_peserta_ak_ix_2025.xlsx", title_rows=NEW_COHORT_TITLE
    )
    central = sum(p.sector == "central" for p in people)
    page = session.page
    open_app(page, upload_server.url + "/unggah")

    rerun_after(page, lambda: uploader(page).set_input_files(roster.path))
    wait_for_text(page, "daftar_peserta_ak_ix_2025.xlsx")
    shown = text_blocks(page)
    assert "daftar_peserta_ak_ix_2025.xlsx" in shown
    assert "Pelatihan Analis Kebijakan Angkatan IX Tahun 2025 (Lembar: Peserta)" in shown
    assert "1 angkatan ditemukan · 20 baris peserta terbaca" in shown  # no "0 catatan perlu diperiksa"
    assert not any("catatan perlu diperiksa" in block for block in shown)
    screenshot(page, "unggah")

    rerun_after(page, save_button(page).click)
    wait_for_text(page, "Tersimpan: Pelatihan Analis Kebijakan Angkatan IX Tahun 2025 (20 peserta).")

    page.reload()
    open_app(page, page.url)  # reload = a new Streamlit session: nothing of the upload is kept in the page
    assert title(page) == "Unggah Roster"
    assert "daftar_peserta_ak_ix_2025.xlsx" not in text_blocks(page)
    open_app(page, upload_server.url + NEW_COHORT_LINK)
    assert_no_error(page, upload_server)
    shown = metrics(page)
    assert (shown["Peserta"], shown["Kementerian/Lembaga"], shown["Pemerintah Daerah"]) == (
        "20",
        str(central),
        str(20 - central),
    )
    assert "Data contoh" not in " ".join(text_blocks(page))  # the new cohort is not sample data


# Evaluated in the page: elements the hostile strings would have become if rendered as HTML/Markdown/LaTeX.
_RENDERED_JS = """() => ({
  bold: [...document.querySelectorAll('b, strong')].filter(e => ['bold', 'md'].includes(e.textContent.trim())).length,
  italic: [...document.querySelectorAll('i, em')].filter(e => e.textContent.includes('roster')).length,
  images: document.querySelectorAll('[data-testid="stMain"] img[src="x"], [data-testid="stSidebar"] img[src="x"]').length,
  scripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length,
  katex: document.querySelectorAll('.katex, .katex-display').length,
  coloured: [...document.querySelectorAll('[data-testid="stMain"] span[style*="color"]')]
              .filter(e => e.textContent.trim() === 'x').length,
})"""
NOTHING_RENDERED = {"bold": 0, "italic": 0, "images": 0, "scripts": 0, "katex": 0, "coloured": 0}


def page_text(page) -> str:
    """All text of the page, sidebar and chart labels included."""
    return page.locator("body").inner_text()


def test_hostile_text_in_a_roster_is_shown_literally(upload_server, session, tmp_path):
    people = [
        dataclasses.replace(
            person, name=f"{text} Santoso", instansi=text
        )  # unknown agencies: listed to classify
        for person, text in zip(sample_people(5, seed=11), HOSTILE, strict=True)
    ]
    roster = xlsx_roster(tmp_path, people, filename=HOSTILE_FILE)
    page = session.page
    open_app(page, upload_server.url + "/unggah")

    rerun_after(page, lambda: uploader(page).set_input_files(roster.path))
    wait_for_text(page, "5 baris peserta terbaca")
    # Every instansi is listed for review (a table, drawn on a canvas) and offered for correction: the
    # choices of "Koreksi instansi" show them literally.
    correct = (
        page.locator('[data-testid="stSelectbox"]')
        .filter(has_text="Koreksi instansi")
        .get_by_role("combobox")
    )
    correct.scroll_into_view_if_needed()
    correct.click()
    page.keyboard.press("ArrowDown")
    page.get_by_role("option").first.wait_for()
    offered = " ".join(page.get_by_role("option").all_inner_texts())
    page.keyboard.press("Escape")
    assert all(hostile in offered for hostile in HOSTILE), "the instansi are offered, literally"
    assert page.evaluate(_RENDERED_JS) == NOTHING_RENDERED
    program = page.locator('[data-testid="stForm"]').get_by_role("textbox", name="Program pelatihan")
    program.fill(HOSTILE_PROGRAM)
    page.locator('[data-testid="stForm"]').get_by_role("textbox", name="Angkatan").fill("XIII")
    rerun_after(page, save_button(page).click)
    wait_for_text(page, f"Tersimpan: {HOSTILE_PROGRAM} Angkatan XIII")
    assert_no_error(page, upload_server)
    assert HOSTILE_FILE in page_text(page)
    assert page.evaluate(_RENDERED_JS) == NOTHING_RENDERED
    screenshot(page, "unggah_teks_berbahaya")

    open_app(page, upload_server.url + "/?" + urlencode({"program": HOSTILE_PROGRAM}))
    assert_no_error(page, upload_server)
    assert metrics(page)["Peserta"] == "5"
    text = page_text(page)
    assert HOSTILE_PROGRAM in text  # the sidebar filter and the summary sentence name the program
    assert page.evaluate(_RENDERED_JS) == NOTHING_RENDERED
    assert session.dialogs == []


def test_a_roster_without_an_instansi_column_is_read_with_the_officers_agency(upload_server, session, tmp_path):
    """A file with no instansi column whose title names no employer is refused with what to do; the officer
    names the agency in the field under it, and the file is read again with the counts shown before saving."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Hadir"
    sheet.append(["DAFTAR HADIR PELATIHAN PENYUSUNAN SKP ANGKATAN II TAHUN 2025"])
    sheet.append(["No", "Nama", "NIP", "Jabatan"])
    for k, person in enumerate(sample_people(6, seed=5), start=1):
        sheet.append([k, person.name, person.nip, "Analis"])
    path = tmp_path / "daftar_hadir_skp.xlsx"
    workbook.save(path)

    page = session.page
    open_app(page, upload_server.url + "/unggah")
    rerun_after(page, lambda: uploader(page).set_input_files(str(path)))
    wait_for_text(page, "tidak punya kolom instansi")
    field = page.get_by_label("Semua peserta berasal dari instansi:", exact=True)
    field.fill("Dinas Kesehatan Kabupaten Malang")
    rerun_after(page, page.get_by_role("button", name="Baca ulang dengan instansi ini").click)
    wait_for_text(page, "6 baris peserta terbaca")
    shown = metrics(page)
    assert (shown["K/L"], shown["Pemda"]) == ("0", "6")
    page.get_by_label("Semua peserta berasal dari instansi:", exact=True).scroll_into_view_if_needed()
    screenshot(page, "unggah_tanpa_kolom_instansi")
