"""Header spellings from real rosters map onto the canonical fields."""

from __future__ import annotations

import pytest

from loaders.columns import field_for_header, map_columns, normalise_header, score_header


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("No", "no"), ("No.", "no"), ("NO URUT", "no"), ("Nomor", "no"),
        ("Nama", "name"), ("NAMA LENGKAP", "name"), ("Nama Peserta", "name"), ("Nama (Gelar)", "name"),
        ("Nama Lengkap dan Gelar", "name"), ("Name", "name"),
        ("NIP", "nip"), ("NIP/NRP", "nip"), ("N I P", "nip"), ("N A M A", "name"), ("N.I.P.", "nip"),
        ("NIP Baru", "nip"), ("Employee ID", "nip"),
        # name and NIP in one cell: split at intake
        ("Nama/NIP", "name_nip"), ("Nama / NIP", "name_nip"), ("NAMA & NIP", "name_nip"), ("Nama dan NIP", "name_nip"),
        ("Nama, NIP", "name_nip"), ("NIP/Nama", "name_nip"), ("Nama Lengkap / NIP", "name_nip"),
        ("NAMA/NIP/NRP", "name_nip"), ("Nama Pegawai dan NIP", "name_nip"),
        ("NAMA \r\n NIP \r\n TANGGAL LAHIR", "name_nip"), ("Nama/NIP/Tgl Lahir", "name_nip"),
        ("L/P", "gender"), ("JK", "gender"), ("Jenis Kelamin", "gender"), ("Jenis Kelamin (L/P)", "gender"),
        ("Gender", "gender"),
        ("Pangkat/Gol", "pangkat_golongan"), ("Pangkat / Golongan", "pangkat_golongan"),
        ("Gol. Ruang", "golongan"), ("Golongan", "golongan"), ("Pangkat", "pangkat"),
        ("Jabatan", "jabatan"), ("Nama Jabatan", "jabatan"),
        ("Instansi", "instansi"), ("Asal Instansi", "instansi"), ("Instansi/Unit Kerja", "instansi"),
        ("Nama Instansi", "instansi"), ("Kementerian/Lembaga/Pemda", "instansi"), ("Agency", "instansi"),
        ("Unit Kerja", "unit_kerja"), ("Satker", "unit_kerja"),
        # issue 14: spellings of the instansi seen in real rosters
        ("Tempat Bertugas", "instansi"), ("Satuan Kerja", "instansi"), ("Unit Organisasi", "instansi"),
        ("Instansi Asal", "instansi"), ("OPD", "instansi"), ("SKPD", "instansi"),
        ("Perangkat Daerah", "instansi"), ("Tempat Tugas", "instansi"), ("Tempat Lahir", "birth_place"),
        ("Provinsi", "province"), ("Prov.", "province"), ("Kab/Kota", "city"), ("Kabupaten/Kota", "city"),
        ("Tempat/Tgl Lahir", "birth_place_date"), ("Tempat, Tanggal Lahir", "birth_place_date"), ("TTL", "birth_place_date"),
        ("Tanggal Lahir", "birth_date"), ("Tgl. Lahir", "birth_date"), ("Tempat Lahir", "birth_place"),
        ("Status", "status"), ("Keterangan Lulus", "status"), ("Nilai", "score"), ("Nilai Akhir", "score"),
        ("NIK", "nik"), ("No. KTP", "nik"), ("Alamat", "address"), ("Alamat Rumah", "address"),
        ("No. HP", "phone"), ("Nomor WA", "phone"), ("Telepon", "phone"), ("Email", "email"), ("E-mail", "email"),
        ("Agama", "religion"), ("Golongan Darah", "health"), ("Riwayat Penyakit", "health"), ("NPWP", "npwp"),
        ("No. Rekening", "bank"),
        ("K/L", "instansi"), ("L / P", "gender"),  # two letters stay two words
        ("Ket.", None), ("Hobi", None), ("", None), ("12", None), ("Purnamasari", None),
        ("Kementerian Keuangan", None),
    ],
)  # fmt: skip
def test_header_spellings(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize("text", ["Nama  (Gelar)", "NAMA (GELAR)", "nama-gelar", " Nama/Gelar "])
def test_normalise_header_ignores_case_spacing_and_punctuation(text: str) -> None:
    assert normalise_header(text) == "nama gelar"


def test_map_columns_reports_ignored_and_sensitive_and_keeps_first_duplicate() -> None:
    mapped = map_columns(["No", "Nama", "NIK", "Instansi", "Unit Kerja", "Hobi", "Nama Panggilan"])
    assert mapped.fields == {"no": 0, "name": 1, "instansi": 3, "unit_kerja": 4}
    assert mapped.sensitive == ["NIK"]
    assert mapped.ignored == ["Hobi", "Nama Panggilan"]
    assert mapped.has_roster_fields()


def test_explicit_mapping_wins_and_empty_means_ignore() -> None:
    mapped = map_columns(["Nama", "Kantor Asal", "Jabatan"], {"kantor asal": "instansi", "Jabatan": ""})
    assert mapped.fields == {"name": 0, "instansi": 1}
    assert mapped.ignored == ["Jabatan"]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["No", "Nama", "NIP", "Instansi"], 4),
        (["Nama", "Jabatan"], 0),  # no instansi/unit kerja column: not a roster header
        (["1", "Budi", "198001012005011001", "Kementerian Keuangan"], 0),
        (["DAFTAR PESERTA PELATIHAN"], 0),
        (["No.", "Nama/NIP", "Jabatan", "Instansi"], 4),
    ],
)
def test_score_header(cells: list[str], expected: int) -> None:
    assert score_header(cells) == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["No", "NIP", "Nama", "Pangkat/Gol", "Jabatan"], 5),
        (["No.", "Nama/NIP", "Jabatan", "Golongan", "Status"], 5),
        (["Jabatan", "Golongan"], 0),  # nobody named: not a table of people
    ],
)
def test_score_header_of_a_table_without_instansi(cells: list[str], expected: int) -> None:
    assert score_header(cells) == 0 or expected == 0  # not a roster header on the first search
    assert score_header(cells, need_instansi=False) == expected


def test_a_nama_nip_column_counts_as_the_person_column() -> None:
    mapped = map_columns(["No.", "Nama/NIP", "Jabatan", "Unit Kerja"])
    assert mapped.fields == {"no": 0, "name_nip": 1, "jabatan": 2, "unit_kerja": 3}
    assert mapped.has_roster_fields()
    assert not map_columns(["No.", "Nama/NIP", "Jabatan"]).has_roster_fields()
    assert map_columns(["No.", "Nama/NIP", "Jabatan"]).has_roster_fields(need_instansi=False)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # The NIP joined with other labels in one header cell (fifth real-layout audit, layouts 28 and 30): a NIP
        # column, though a label beside it names sensitive data; only the NIP part of each cell is read.
        ("TTL / NIP / Agama", "nip"), ("NIP/NIK", "nip"), ("NIK / NIP", "nip"), ("NIP & Tgl Lahir", "nip"),
        ("Pangkat / NIP", "nip"), ("NIP Baru / NIK", "nip"),
        # ... but not when the name is among them (a Nama/NIP column), nor without a NIP label
        ("Nama / NIP", "name_nip"), ("NUPTK/PTK ID/KTP", "nik"), ("NIK / KTP", "nik"), ("Agama / Suku", "religion"),
    ],
)  # fmt: skip
def test_a_header_joining_the_nip_with_other_labels_is_a_nip_column(header: str, field: str) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize(
    ("headers", "nip", "ignored"),
    [
        (["NIP LAMA", "NIP BARU", "NAMA"], 1, ["NIP LAMA"]),
        (["NIP Baru", "NIP Lama", "Nama"], 0, ["NIP Lama"]),
        (["Nama", "NIP Lama", "NIP"], 2, ["NIP Lama"]),
        (["Nama", "NIP", "NIP / NRP"], 1, ["NIP / NRP"]),  # two current-NIP columns: the first, as before
    ],
)
def test_the_current_nip_wins_over_nip_lama(headers: list[str], nip: int, ignored: list[str]) -> None:
    """Layout 29: 'NIP LAMA' (the 9-digit number before 2007) left of 'NIP BARU' used to be the NIP column."""
    mapped = map_columns(headers)
    assert mapped.fields["nip"] == nip
    assert mapped.ignored == ignored
