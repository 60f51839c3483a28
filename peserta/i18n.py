"""Indonesian and English text of the dashboard: one table of every UI string, and labels for codes."""

from __future__ import annotations

from typing import Final

from loaders.schema import LEVELS, SECTORS

LANGS: Final = ("id", "en")
DEFAULT_LANG: Final = "id"

# key -> (Indonesian, English). Placeholders are str.format fields and must match in both languages.
TEXTS: Final[dict[str, tuple[str, str]]] = {
    # App, navigation, language
    "app.title": ("Dasbor Peserta Pelatihan", "Training Participants Dashboard"),
    "app.subtitle": (
        "Statistik peserta pelatihan ASN: Kementerian/Lembaga dan Pemerintah Daerah",
        "Civil-service training participants: ministries and agencies versus regional governments",
    ),
    "app.language": ("Bahasa", "Language"),
    "lang.id": ("Bahasa Indonesia", "Bahasa Indonesia"),
    "lang.en": ("English", "English"),
    "page.ringkasan": ("Ringkasan", "Summary"),
    "page.tren": ("Tren", "Trends"),
    "page.peserta": ("Peserta", "Participants"),
    "page.kualitas": ("Kualitas data", "Data quality"),
    "page.unggah": ("Unggah Roster", "Upload Roster"),
    "page.kelola": ("Kelola Data", "Manage Data"),
    "nav.dashboards": ("Dasbor", "Dashboards"),
    "nav.data": ("Data", "Data"),
    "banner.sample": (
        "Data contoh: roster fiktif dari data/samples/, bukan data peserta sebenarnya.",
        "Sample data: fictional rosters from data/samples/, not real participants.",
    ),
    "banner.sample_short": ("Data contoh", "Sample data"),
    "last_updated": ("Terakhir diperbarui: {when}", "Last updated: {when}"),
    "last_updated.never": ("Belum ada data yang diunggah.", "No data has been uploaded yet."),
    # Filters
    "filter.header": ("Filter", "Filters"),
    "filter.programs": ("Program pelatihan", "Training program"),
    "filter.years": ("Tahun", "Year"),
    "filter.angkatan": ("Angkatan", "Cohort (angkatan)"),
    "filter.sectors": ("Jenis instansi", "Agency type"),
    "filter.levels": ("Tingkat instansi", "Agency level"),
    "filter.provinces": ("Provinsi", "Province"),
    "filter.all": ("Semua", "All"),
    "filter.placeholder": ("Semua", "All"),
    "filter.reset": ("Hapus semua filter", "Clear all filters"),
    "filter.active": ("Filter aktif: {filters}", "Active filters: {filters}"),
    "filter.none_active": ("Tanpa filter: semua angkatan.", "No filters: all cohorts."),
    "filter.cohorts_selected": ("{count} angkatan terpilih", "{count} cohorts selected"),
    "filter.share_link": (
        "Tautan ini membuka tampilan yang sama (halaman, filter dan bahasa).",
        "The link opens the same view (page, filters and language).",
    ),
    "filter.copy_link": ("Salin tautan", "Copy link"),
    "filter.link_copied": ("Tautan disalin", "Link copied"),
    # Empty states
    "empty.no_participants": (
        "Tidak ada peserta untuk filter ini. Ubah atau hapus filter untuk melihat data.",
        "No participants match these filters. Change or clear the filters to see data.",
    ),
    "empty.no_data": (
        "Belum ada data. Unggah roster di halaman Unggah Roster.",
        "No data yet. Upload a roster on the Upload Roster page.",
    ),
    "empty.no_cohorts": ("Belum ada angkatan.", "No cohorts yet."),
    "empty.no_rows": ("Tidak ada baris untuk ditampilkan.", "No rows to show."),
    # Headline numbers
    "kpi.participants": ("Peserta", "Participants"),
    "kpi.central": ("Kementerian/Lembaga", "Ministries and agencies"),
    "kpi.regional": ("Pemerintah Daerah", "Regional governments"),
    "kpi.other": ("Bukan instansi pemerintah", "Non-government"),
    "kpi.unknown": ("Belum dikenali", "Not yet classified"),
    "kpi.agencies": ("Instansi", "Agencies"),
    "kpi.provinces": ("Provinsi", "Provinces"),
    "kpi.cohorts": ("Angkatan", "Cohorts"),
    "kpi.share_of_participants": ("{share} dari peserta", "{share} of participants"),
    "kpi.help.agencies": (
        "Jumlah instansi berbeda yang mengirim peserta.",
        "Number of distinct agencies that sent participants.",
    ),
    "kpi.help.provinces": (
        "Jumlah provinsi asal instansi (kantor vertikal: lokasi kantornya).",
        "Number of provinces of the agencies (vertical offices: where the office is).",
    ),
    # Sections and charts
    "section.sector": (
        "Kementerian/Lembaga dan Pemerintah Daerah",
        "Ministries/agencies and regional governments",
    ),
    "section.regions": ("Wilayah", "Regions"),
    "section.agencies": ("Instansi", "Agencies"),
    "section.profile": ("Profil peserta", "Participant profile"),
    "section.narrative": ("Ringkasan naratif", "Summary in words"),
    "chart.by_sector": ("Peserta menurut jenis instansi", "Participants by agency type"),
    "chart.regional_by_level": (
        "Peserta Pemda menurut tingkat pemerintahan",
        "Regional-government participants by level",
    ),
    "chart.top_agencies": ("Instansi dengan peserta terbanyak", "Agencies with the most participants"),
    "chart.by_province": ("Peserta menurut provinsi", "Participants by province"),
    "chart.province_map": ("Sebaran peserta per provinsi", "Participants across provinces"),
    "chart.gender": ("Peserta menurut jenis kelamin", "Participants by gender"),
    "chart.golongan": ("Peserta menurut golongan", "Participants by golongan (rank group)"),
    "chart.age": ("Peserta menurut kelompok umur", "Participants by age group"),
    "chart.cohort_trend": (
        "Peserta per angkatan menurut jenis instansi",
        "Participants per cohort by agency type",
    ),
    "chart.regional_share_trend": (
        "Porsi peserta Pemda per angkatan",
        "Regional-government share per cohort",
    ),
    "chart.regional_share_by_year": ("Porsi peserta Pemda per tahun", "Regional-government share per year"),
    "chart.program_year": ("Peserta per program dan tahun", "Participants by program and year"),
    "chart.total": ("Jumlah", "Total"),
    "chart.map_unknown": ("Provinsi tidak diketahui: {count}", "Province unknown: {count}"),
    "chart.map_note": (
        "Peta petak: setiap kotak satu provinsi, posisinya mengikuti letak geografis secara kasar.",
        "Tile map: each square is one province, placed roughly where it lies.",
    ),
    "chart.download_png": ("Unduh gambar (PNG)", "Download image (PNG)"),
    "chart.table_toggle": ("Tampilkan tabel", "Show table"),
    "axis.participants": ("Peserta", "Participants"),
    "axis.share": ("Porsi", "Share"),
    "axis.cohort": ("Angkatan", "Cohort"),
    "axis.year": ("Tahun", "Year"),
    "trend.by_cohort": ("Per angkatan", "Per cohort"),
    "trend.by_year": ("Per tahun", "Per year"),
    "trend.table": ("Tabel program dan tahun", "Program and year table"),
    "trend.total": ("Jumlah", "Total"),
    # Codes
    "sector.central": ("Kementerian/Lembaga", "Ministries and agencies"),
    "sector.regional": ("Pemerintah Daerah", "Regional governments"),
    "sector.other": ("Bukan instansi pemerintah", "Non-government"),
    "sector.unknown": ("Belum dikenali", "Not yet classified"),
    "sector_short.central": ("K/L", "Central"),
    "sector_short.regional": ("Pemda", "Regional"),
    "sector_short.other": ("Non-pemerintah", "Non-government"),
    "sector_short.unknown": ("Belum dikenali", "Unclassified"),
    "level.ministry": ("Kementerian", "Ministry"),
    "level.agency": ("Lembaga", "Agency"),
    "level.province": ("Pemerintah provinsi", "Provincial government"),
    "level.regency": ("Pemerintah kabupaten", "Regency government"),
    "level.city": ("Pemerintah kota", "City government"),
    "level.other": ("Lainnya", "Other"),
    "gender.L": ("Laki-laki", "Male"),
    "gender.P": ("Perempuan", "Female"),
    "golongan.I": ("Golongan I", "Golongan I"),
    "golongan.II": ("Golongan II", "Golongan II"),
    "golongan.III": ("Golongan III", "Golongan III"),
    "golongan.IV": ("Golongan IV", "Golongan IV"),
    "golongan.PPPK": ("PPPK", "PPPK"),
    "age.<30": ("< 30 tahun", "Under 30"),
    "age.30-39": ("30-39 tahun", "30-39 years"),
    "age.40-49": ("40-49 tahun", "40-49 years"),
    "age.50-59": ("50-59 tahun", "50-59 years"),
    "age.60+": ("60+ tahun", "60 and over"),
    "value.unknown": ("Tidak diketahui", "Unknown"),
    "agency.others": ("Lainnya ({count} instansi)", "Others ({count} agencies)"),
    "province.none_central": ("Tanpa provinsi (kantor pusat K/L)", "No province (central head offices)"),
    "province.none_mixed": ("Tanpa provinsi (K/L pusat, dll.)", "No province (central HQ, etc.)"),
    "agency.tie": (
        "{tied} instansi sama-sama {count} peserta; {shown} di antaranya ditampilkan bergantian K/L dan Pemda, "
        "sisanya masuk 'Lainnya'.",
        "{tied} agencies have {count} participants each; {shown} of them are shown, alternating central and "
        "regional, the rest are under 'Others'.",
    ),
    "cohort.unknown": ("Angkatan #{cohort_id}", "Cohort #{cohort_id}"),
    # Table columns
    "col.no": ("No.", "No."),
    "col.name": ("Nama", "Name"),
    "col.nip": ("NIP", "NIP"),
    "col.nip_status": ("Status NIP", "NIP status"),
    "col.gender": ("Jenis kelamin", "Gender"),
    "col.birth_date": ("Tanggal lahir", "Date of birth"),
    "col.age_band": ("Kelompok umur", "Age group"),
    "col.pangkat": ("Pangkat", "Rank (pangkat)"),
    "col.golongan": ("Golongan", "Golongan"),
    "col.jabatan": ("Jabatan", "Position"),
    "col.unit_kerja": ("Unit kerja", "Work unit"),
    "col.instansi": ("Instansi (tertulis)", "Agency (as written)"),
    "col.agency": ("Instansi", "Agency"),
    "col.sector": ("Jenis instansi", "Agency type"),
    "col.level": ("Tingkat", "Level"),
    "col.province": ("Provinsi", "Province"),
    "col.status": ("Status", "Status"),
    "col.score": ("Nilai", "Score"),
    "col.program": ("Program pelatihan", "Training program"),
    "col.angkatan": ("Angkatan", "Cohort"),
    "col.year": ("Tahun", "Year"),
    "col.cohort": ("Angkatan", "Cohort"),
    "col.period": ("Waktu pelaksanaan", "Dates"),
    "col.venue": ("Tempat", "Venue"),
    "col.participants": ("Peserta", "Participants"),
    "col.count": ("Jumlah", "Count"),
    "col.share": ("Persentase", "Share"),
    "col.total": ("Jumlah", "Total"),
    "col.issues": ("Catatan", "Issues"),
    "col.sheet": ("Sheet", "Sheet"),
    "col.row": ("Baris", "Row"),
    "col.code": ("Kode", "Code"),
    "col.message": ("Keterangan", "Message"),
    "col.source_file": ("Berkas sumber", "Source file"),
    "col.uploaded_by": ("Diunggah oleh", "Uploaded by"),
    "col.uploaded_at": ("Waktu unggah", "Uploaded at"),
    "col.is_sample": ("Data contoh", "Sample data"),
    "col.reasons": ("Alasan klasifikasi", "Classification reasons"),
    # Participants page
    "peserta.search": ("Cari nama, NIP atau instansi", "Search name, NIP or agency"),
    "peserta.nip_masked": (
        "NIP disamarkan. Nama dan NIP lengkap hanya untuk pengelola roster.",
        "NIPs are masked. Full names and NIPs are for roster managers only.",
    ),
    "peserta.count": ("{count} peserta ditampilkan", "{count} participants shown"),
    "peserta.download_csv": ("Unduh CSV", "Download CSV"),
    "peserta.download_xlsx": ("Unduh Excel", "Download Excel"),
    "peserta.small_counts": ("Sembunyikan jumlah kecil (di bawah {k})", "Hide small counts (below {k})"),
    "peserta.suppressed": ("< {k}", "< {k}"),
    # Data quality page
    "quality.title": ("Kualitas data", "Data quality"),
    "quality.summary": ("Ringkasan kualitas data", "Data quality summary"),
    "quality.unclassified": ("Instansi yang belum dikenali", "Agencies not yet classified"),
    "quality.non_government": ("Bukan instansi pemerintah", "Non-government bodies"),
    "quality.issues": ("Catatan pembacaan roster", "Roster reading issues"),
    "quality.nip": ("Status NIP", "NIP status"),
    "quality.duplicates": ("Peserta yang muncul lebih dari sekali", "Participants listed more than once"),
    "quality.overrides": ("Koreksi instansi", "Agency corrections"),
    "quality.override_help": (
        "Pilih instansi yang benar; koreksi berlaku untuk semua roster berikutnya.",
        "Choose the correct agency; the correction applies to every later roster.",
    ),
    "quality.no_issues": ("Tidak ada catatan.", "No issues."),
    "quality.classified_share": (
        "{share} peserta instansinya dikenali",
        "{share} of participants' agencies recognised",
    ),
    "quality.issue_count": ("{count} catatan", "{count} issues"),
    # Upload page
    "upload.title": ("Unggah Roster", "Upload Roster"),
    "upload.file": (
        "Pilih berkas roster (.xlsx, .xls, .ods, .csv)",
        "Choose a roster file (.xlsx, .xls, .ods, .csv)",
    ),
    "upload.help": (
        "Satu berkas dapat berisi beberapa angkatan (satu sheet per angkatan).",
        "One file may hold several cohorts (one sheet per cohort).",
    ),
    "upload.template": ("Unduh templat roster", "Download the roster template"),
    # Streamlit's file picker speaks English ("Upload", "25MB per file"): the button's word and the limit are
    # ours (dashboard.py's UI_CSS puts the word on the button; the limit is in the page's caption).
    "upload.choose": ("Pilih berkas", "Choose files"),
    "upload.limit": ("Maksimal {mb} MB per berkas.", "At most {mb} MB per file."),
    "upload.uploaded_by": ("Nama pengunggah", "Uploaded by"),
    "upload.preview": ("Pratinjau", "Preview"),
    "upload.cohorts_found": ("{count} angkatan ditemukan", "{count} cohorts found"),
    "upload.rows_read": ("{count} baris peserta terbaca", "{count} participant rows read"),
    "upload.issues_found": ("{count} catatan perlu diperiksa", "{count} issues to review"),
    "upload.ignored_columns": ("Kolom yang diabaikan: {columns}", "Columns ignored: {columns}"),
    "upload.save": ("Simpan ke database", "Save to the database"),
    "upload.replace": ("Ganti angkatan yang sudah ada", "Replace the existing cohort"),
    "upload.duplicate": ("Angkatan ini sudah ada: {cohort}.", "This cohort already exists: {cohort}."),
    "upload.saved": ("Tersimpan: {cohort} ({count} peserta).", "Saved: {cohort} ({count} participants)."),
    "upload.error": ("Berkas tidak dapat dibaca: {message}", "The file could not be read: {message}"),
    "upload.metadata": ("Data angkatan", "Cohort details"),
    "upload.program": ("Program pelatihan", "Training program"),
    "upload.angkatan": ("Angkatan", "Cohort (angkatan)"),
    "upload.year": ("Tahun", "Year"),
    "upload.start_date": ("Tanggal mulai", "Start date"),
    "upload.end_date": ("Tanggal selesai", "End date"),
    "upload.venue": ("Tempat", "Venue"),
    "upload.program_stored": ("Atau pilih program yang sudah tersimpan", "Or pick a stored program"),
    "upload.program_stored_help": (
        "Nama program yang sudah ada di database; yang dipilih di sini dipakai saat menyimpan.",
        "Program names already in the database; the one picked here is used when saving.",
    ),
    "upload.part_of_sheet": (
        "Lembar ini memuat beberapa angkatan (kolom Angkatan/Tahun/Program); ini salah satunya.",
        "This sheet holds several cohorts (Angkatan/Year/Program columns); this is one of them.",
    ),
    "upload.duplicates": ("Baris ganda tidak dihitung ({count})", "Repeated rows not counted ({count})"),
    "upload.duplicates_help": (
        "Orang yang sama tercatat dua kali di angkatan ini (NIP sama, atau nama sama tanpa NIP); "
        "baris berikutnya tidak dihitung.",
        "The same person is listed twice in this cohort (same NIP, or same name without NIP); "
        "the later row is not counted.",
    ),
    "upload.keep_duplicates": (
        "Hitung semua baris: nama sama tanpa NIP adalah orang yang berbeda",
        "Count every row: same name without NIP are different people",
    ),
    "upload.keep_duplicates_help": (
        "Centang bila dua baris bernama sama memang dua orang. Berkas dibaca ulang.",
        "Tick when two rows with the same name really are two people. The file is read again.",
    ),
    # Manage page
    "manage.title": ("Kelola Data", "Manage Data"),
    "manage.cohorts": ("Daftar angkatan", "Cohorts"),
    "manage.delete_cohort": ("Hapus angkatan", "Delete cohort"),
    "manage.cohort_search": (
        "Cari angkatan (nama program, angkatan, tahun)",
        "Find a cohort (program, angkatan, year)",
    ),
    "manage.cohort_matches": (
        "{shown} dari {total} angkatan yang cocok ditawarkan; persempit pencarian untuk yang lain.",
        "{shown} of {total} matching cohorts offered; narrow the search for the others.",
    ),
    "manage.delete_person": ("Hapus data seseorang", "Delete a person's data"),
    "manage.person_search": ("NIP atau nama", "NIP or name"),
    "manage.nothing_found": ("Tidak ditemukan.", "Nothing found."),
    "manage.confirm": ("Ketik HAPUS untuk konfirmasi", "Type HAPUS to confirm"),
    "manage.confirm_word": ("HAPUS", "HAPUS"),
    "manage.deleted": ("Dihapus: {what}", "Deleted: {what}"),
    "manage.restore": ("Pulihkan", "Restore"),
    "manage.restored": ("Dipulihkan: {what}", "Restored: {what}"),
    "manage.samples": ("Data contoh", "Sample data"),
    "manage.load_samples": ("Muat data contoh", "Load sample data"),
    "manage.remove_samples": ("Hapus data contoh", "Remove sample data"),
    "manage.storage": ("Penyimpanan", "Storage"),
    # Common words
    "common.save": ("Simpan", "Save"),
    "common.cancel": ("Batal", "Cancel"),
    "common.delete": ("Hapus", "Delete"),
    "common.close": ("Tutup", "Close"),
    "common.yes": ("Ya", "Yes"),
    "common.no": ("Tidak", "No"),
    "common.total": ("Jumlah", "Total"),
    "common.unknown": ("Tidak diketahui", "Unknown"),
    "common.download_csv": ("Unduh CSV", "Download CSV"),
    # Narrative (peserta.narrative)
    "narrative.empty": ("Tidak ada peserta untuk filter ini.", "No participants match these filters."),
    "narrative.one_cohort": (
        "{cohort}{period} diikuti {participants}: {parts}.",
        "{cohort}{period} had {participants}: {parts}.",
    ),
    "narrative.one_program": (
        "{cohorts} {program}{years} diikuti {participants}: {parts}.",
        "{cohorts} of {program}{years} had {participants}: {parts}.",
    ),
    "narrative.many_programs": (
        "{cohorts} dari {programs}{years} diikuti {participants}: {parts}.",
        "{cohorts} of {programs}{years} had {participants}: {parts}.",
    ),
    "narrative.part.central": (
        "{count} dari Kementerian/Lembaga ({share})",
        "{count} from ministries and agencies ({share})",
    ),
    "narrative.part.regional": (
        "{count} dari Pemerintah Daerah ({share})",
        "{count} from regional governments ({share})",
    ),
    "narrative.part.other": (
        "{count} dari instansi non-pemerintah ({share})",
        "{count} from non-government bodies ({share})",
    ),
    "narrative.part.unknown": (
        "{count} dari instansi yang belum dikenali ({share})",
        "{count} from agencies not yet classified ({share})",
    ),
    "narrative.regional": (
        "peserta Pemda berasal dari pemerintah {levels}{where}",
        "regional participants came from {levels} governments{where}",
    ),
    "narrative.regional.where": (" di {provinces}", " in {provinces}"),
    "narrative.level.province": ("provinsi ({count})", "provincial ({count})"),
    "narrative.level.regency": ("kabupaten ({count})", "regency ({count})"),
    "narrative.level.city": ("kota ({count})", "city ({count})"),
    "narrative.level.unknown": ("lainnya ({count})", "other ({count})"),
    "narrative.top_agency": (
        "instansi dengan peserta terbanyak adalah {agency} ({participants})",
        "the agency with the most participants is {agency} ({participants})",
    ),
    "narrative.top_agencies": (
        "instansi dengan peserta terbanyak adalah {agencies} (masing-masing {participants})",
        "the agencies with the most participants are {agencies} ({participants} each)",
    ),
    "narrative.agency_count": ("peserta berasal dari {agencies}", "participants came from {agencies}"),
    "list.and": (" dan ", " and "),
    "list.serial_and": (", dan ", ", and "),
    "noun.participant": ("peserta", "participant"),
    "noun.participant.plural": ("peserta", "participants"),
    "noun.cohort": ("angkatan", "cohort"),
    "noun.cohort.plural": ("angkatan", "cohorts"),
    "noun.program": ("program", "program"),
    "noun.program.plural": ("program", "programs"),
    "noun.province": ("provinsi", "province"),
    "noun.province.plural": ("provinsi", "provinces"),
    "noun.agency": ("instansi", "agency"),
    "noun.agency.plural": ("instansi", "agencies"),
    # Pages: upload, manage, quality, access
    "auth.local_mode": ("Mode lokal (satu pengguna)", "Local mode (single user)"),
    "auth.forbidden": (
        "Halaman ini hanya untuk pengelola roster (peran editor atau admin).",
        "This page is for roster managers only (editor or admin role).",
    ),
    "seed.loading": ("Memuat data contoh ...", "Loading the sample data ..."),
    "seed.done": ("Data contoh dimuat.", "Sample data loaded."),
    "trend.repeat_people": (
        "Peserta yang mengikuti lebih dari satu angkatan",
        "People in more than one cohort",
    ),
    "trend.repeat_count": ("Orang di beberapa angkatan", "People in several cohorts"),
    "col.n_cohorts": ("Jumlah angkatan", "Cohorts attended"),
    "col.cohorts": ("Angkatan yang diikuti", "Cohorts"),
    "peserta.page": ("Halaman (dari {pages})", "Page (of {pages})"),
    "classify.level_help": (
        "K/L: kementerian atau lembaga; Pemda: provinsi, kabupaten atau kota; bukan pemerintah: lainnya.",
        "Central: ministry or agency; regional: province, regency or city; non-government: other.",
    ),
    "classify.level_mismatch": (
        "Tingkat tidak cocok dengan jenis instansi. Pilih tingkat yang sesuai.",
        "The level does not fit the agency type. Choose a matching level.",
    ),
    "classify.saved": (
        "Koreksi instansi disimpan: {count} peserta di angkatan tersimpan ikut berubah, dan roster yang dibaca "
        "sesudah ini memakainya.",
        "Agency correction saved: {count} participants of stored cohorts changed with it, and rosters read from "
        "now on use it.",
    ),
    "classify.choose": ("Pilih ...", "Choose ..."),
    "upload.review": (
        "Klasifikasi instansi: {count} instansi, {doubtful} perlu diperiksa",
        "Agency classification: {count} agencies, {doubtful} to check",
    ),
    "upload.review_help": (
        "Setiap instansi di roster ini dengan klasifikasinya, yang paling tidak pasti lebih dulu. Pilih satu "
        "untuk mengoreksinya: koreksi berlaku juga untuk angkatan yang sudah tersimpan.",
        "Every agency in this roster with its classification, least certain first. Choose one to correct it: "
        "the correction also applies to cohorts already stored.",
    ),
    "upload.correct_which": ("Koreksi instansi", "Correct an agency"),
    "col.confidence": ("Keyakinan", "Confidence"),
    "col.issue": ("Catatan", "Issue"),
    "manage.reclassify": ("Klasifikasi ulang instansi", "Re-classify agencies"),
    "manage.reclassify_help": (
        "Setelah data acuan instansi diperbarui (rilis baru, perubahan kabinet), jalankan ulang klasifikasi "
        "untuk semua angkatan tersimpan. Pratinjau dulu perubahannya per angkatan, lalu terapkan atau batalkan.",
        "After the agency reference data changes (a new release, a cabinet change), re-run the classification "
        "over every stored cohort. Preview the changes per cohort first, then apply or cancel.",
    ),
    "manage.reclassify_preview": ("Pratinjau klasifikasi ulang", "Preview re-classification"),
    "manage.reclassify_none": (
        "Semua angkatan sudah sesuai data acuan dan koreksi; tidak ada yang berubah.",
        "Every cohort already matches the reference data and corrections; nothing would change.",
    ),
    "manage.reclassify_summary": (
        "{texts} teks instansi berubah klasifikasinya: {count} peserta di {cohorts} angkatan.",
        "{texts} agency texts change classification: {count} participants in {cohorts} cohorts.",
    ),
    "manage.reclassify_apply": ("Terapkan klasifikasi ulang", "Apply re-classification"),
    "manage.reclassify_done": (
        "Klasifikasi ulang disimpan: {count} peserta berubah.",
        "Re-classification saved: {count} participants changed.",
    ),
    "col.reason": ("Alasan", "Reason"),
    "quality.nip_problems": ("NIP rusak atau tidak sah", "Damaged or invalid NIPs"),
    "quality.duplicates_in_file": (
        "Tercatat lebih dari sekali dalam satu roster",
        "Listed twice in one roster",
    ),
    "quality.download": ("Unduh catatan (Excel)", "Download the issues (Excel)"),
    "quality.unknown_hint": (
        "Klasifikasikan instansi di bawah ini: angkatan yang sudah tersimpan langsung ikut berubah.",
        "Classify the agencies below: cohorts already stored change with it at once.",
    ),
    "quality.uncounted": (
        "Peserta yang tidak dihitung sebagai K/L atau Pemda",
        "Participants counted as neither central nor regional",
    ),
    "quality.uncounted_count": (
        "{count} peserta: instansi bukan pemerintah, belum dikenali, atau kosong (angka yang sama di Ringkasan).",
        "{count} participants: non-government, unrecognised or missing agency (the same number as on the overview).",
    ),
    "manage.confirm_mismatch": (
        "Konfirmasi tidak cocok: ketik HAPUS untuk melanjutkan. Tidak ada yang dihapus.",
        "Confirmation does not match: type HAPUS to go ahead. Nothing was deleted.",
    ),
    "manage.nip_digits": (
        "Isi NIP berupa angka (spasi dan titik boleh).",
        "Enter the NIP as digits (spaces and dots allowed).",
    ),
    "manage.person_rows": (
        "{count} baris data tersimpan dengan NIP ini.",
        "{count} stored rows have this NIP.",
    ),
    "manage.person_deleted": ("Data pribadi dihapus: {count} baris.", "Personal data deleted: {count} rows."),
    "manage.samples_none": ("Tidak ada angkatan data contoh.", "No sample cohorts."),
    "manage.samples_count": ("{count} angkatan data contoh tersimpan.", "{count} sample cohorts stored."),
    "manage.backup": ("Cadangan dan pemulihan", "Backup and restore"),
    "manage.backup_download": ("Unduh cadangan lengkap (Excel)", "Download a full backup (Excel)"),
    "manage.backup_download_compact": (
        "Unduh cadangan lengkap ringkas (.zip, untuk data besar)",
        "Download a full compact backup (.zip, for large stores)",
    ),
    "manage.restore_warning": (
        "Pemulihan mengganti SELURUH isi database dengan isi berkas cadangan.",
        "Restoring replaces the WHOLE database with the backup's contents.",
    ),
    "manage.restore_file": ("Berkas cadangan (.xlsx atau .zip)", "Backup file (.xlsx or .zip)"),
    "manage.restore_missing": ("Pilih berkas cadangan dulu.", "Choose a backup file first."),
    "manage.restored_count": ("{count} angkatan", "{count} cohorts"),
    "manage.audit": ("Riwayat perubahan", "Change log"),
    "manage.admin_only": (
        "Menghapus dan memulihkan data hanya dapat dilakukan admin.",
        "Only an admin can delete or restore data.",
    ),
    "col.at": ("Waktu", "Time"),
    "col.user": ("Pengguna", "User"),
    "col.action": ("Tindakan", "Action"),
    "field.ignore": ("(abaikan kolom ini)", "(ignore this column)"),
    "field.pangkat_golongan": ("Pangkat/golongan", "Rank/golongan"),
    "field.city": ("Kabupaten/kota", "Regency/city"),
    "field.birth_place": ("Tempat lahir", "Place of birth"),
    "field.birth_place_date": ("Tempat/tanggal lahir", "Place/date of birth"),
    "upload.reading": ("Membaca berkas di proses terpisah ...", "Reading the file in a separate process ..."),
    "upload.read_done": ("Berkas terbaca.", "File read."),
    "upload.saving": ("Menyimpan {cohort} ...", "Saving {cohort} ..."),
    "upload.waiting_turn": (
        "Menunggu giliran menyimpan {cohort}: penyimpanan lain sedang berjalan ({seconds} detik) ...",
        "Waiting for the turn to save {cohort}: another save is running ({seconds} s) ...",
    ),
    "upload.save_failed": ("{cohort} belum disimpan.", "{cohort} is not saved."),
    "upload.retry_kept": (
        "Hasil pemeriksaan dan isian Anda tetap di halaman ini: klik Simpan lagi untuk mencoba ulang.",
        "Your reviewed upload and entries stay on this page: click Save again to retry.",
    ),
    "upload.read_failed": ("Berkas tidak dapat dibaca.", "The file could not be read."),
    "upload.file_label": ("Berkas", "File"),
    "upload.nothing_saved": ("Tidak ada yang disimpan dari berkas ini.", "Nothing from this file was saved."),
    "upload.known_file": (
        "Berkas yang sama persis sudah pernah diunggah; angkatan dari berkas itu:",
        "This exact file was uploaded before; its cohorts:",
    ),
    "upload.mapping": ("Pemetaan kolom", "Column mapping"),
    "upload.mapping_help": (
        "Setiap judul kolom di berkas dan data yang diisinya. Perbaiki yang keliru, lalu baca ulang.",
        "Each column heading in the file and the field it fills. Fix any that are wrong, then read again.",
    ),
    "upload.reread": ("Baca ulang dengan pemetaan ini", "Read again with this mapping"),
    "upload.sensitive_dropped": (
        "Kolom data pribadi sensitif yang tidak disimpan:",
        "Sensitive personal-data columns not stored:",
    ),
    "upload.cohort_n": ("Angkatan {n} dari {total}", "Cohort {n} of {total}"),
    "upload.saved_short": ("Angkatan ini sudah disimpan.", "This cohort is saved."),
    "upload.report": ("Laporan pembacaan ({count} catatan)", "Load report ({count} notes)"),
    "upload.source": ("Sumber: {source}", "Source: {source}"),
    "upload.sources_note": (
        "Isian diambil dari judul roster; arahkan kursor ke ikon (?) untuk melihat sumbernya.",
        "Filled in from the roster's title; hover over (?) to see where each came from.",
    ),
    "upload.preview_rows": ("Menampilkan {shown} dari {total} baris.", "Showing {shown} of {total} rows."),
    "upload.meta_required": (
        "Isi program pelatihan dan tahun.",
        "Fill in the training program and the year.",
    ),
    "upload.dates_order": (
        "Tanggal selesai sebelum tanggal mulai.",
        "The end date is before the start date.",
    ),
    "diff.added": ("Baru", "New"),
    "diff.removed": ("Tidak ada lagi", "No longer listed"),
    "diff.changed": ("Berubah", "Changed"),
    "diff.same": ("Sama", "Unchanged"),
    "diff.change": ("Perubahan", "Change"),
    "filter.reset_hint": (
        "Klik “Hapus semua filter” di bilah samping untuk melihat semua data.",
        "Click “Clear all filters” in the sidebar to see all data.",
    ),
    # Presentation, deck, recap, PDF (peserta.slides, pages/presentasi.py)
    "page.presentasi": ("Presentasi", "Presentation"),
    "slides.people": ("{count} peserta", "{count} participants"),
    "slides.filters.none": ("semua angkatan", "all cohorts"),
    "slides.footer": (
        "Filter: {filters} · Sumber: {source} · Dibuat {when}",
        "Filters: {filters} · Source: {source} · Generated {when}",
    ),
    "slides.source": (
        "Dasbor Peserta Pelatihan (roster yang diunggah)",
        "Training Participants Dashboard (uploaded rosters)",
    ),
    "slides.source_sample": (
        "Dasbor Peserta Pelatihan, DATA CONTOH (roster fiktif)",
        "Training Participants Dashboard, SAMPLE DATA (fictional rosters)",
    ),
    "slides.title.programs": ("Peserta {programs} pelatihan", "Participants of {programs}"),
    "slides.title.venues": ("{count} tempat pelaksanaan", "{count} venues"),
    "slides.title.participants": ("{participants} dari {cohorts}", "{participants} from {cohorts}"),
    "slides.level.message": (
        "Dari {regional} Pemda: {parts}.",
        "Of {regional} from regional governments: {parts}.",
    ),
    "slides.agencies.message": (
        "Peserta berasal dari {agencies}; terbanyak dari {top} ({count}).",
        "Participants came from {agencies}; the most from {top} ({count}).",
    ),
    "slides.agencies.tied": (
        "Peserta berasal dari {agencies}; terbanyak dari {top} (masing-masing {count}).",
        "Participants came from {agencies}; the most from {top} ({count} each).",
    ),
    "slides.agencies.none": (
        "Instansi peserta belum tercatat.",
        "The participants' agencies are not recorded.",
    ),
    "slides.provinces.message": (
        "Instansi peserta berada di {provinces}; terbanyak di {top} ({count}).",
        "The participants' agencies are in {provinces}; the most in {top} ({count}).",
    ),
    "slides.provinces.tied": (
        "Instansi peserta berada di {provinces}; terbanyak di {top} (masing-masing {count}).",
        "The participants' agencies are in {provinces}; the most in {top} ({count} each).",
    ),
    "slides.provinces.none": (
        "Provinsi instansi peserta belum diketahui.",
        "The agencies' provinces are not known.",
    ),
    "slides.largest": ("Terbanyak {label}: {count}.", "Largest group: {label}, {count}."),
    "slides.profile.unknown": (
        "Data ini belum tercatat untuk peserta.",
        "Not recorded for these participants.",
    ),
    "slides.trend.message": (
        "Porsi peserta Pemda {first} pada {first_label} dan {last} pada {last_label}.",
        "Regional-government share: {first} in {first_label} and {last} in {last_label}.",
    ),
    "slides.series.others": ("Lainnya", "Others"),
    "presentasi.intro": (
        "Data yang sedang difilter sebagai salindia rapat, satu pesan per salindia, tanpa nama atau NIP.",
        "The filtered data as meeting slides, one message per slide, without names or NIPs.",
    ),
    "presentasi.start": ("Mulai presentasi", "Start presenting"),
    "presentasi.stop": ("Keluar", "Exit"),
    "presentasi.previous": ("Sebelumnya", "Previous"),
    "presentasi.next": ("Berikutnya", "Next"),
    "presentasi.position": ("{n} / {total}", "{n} / {total}"),
    "presentasi.fullscreen": ("Layar penuh", "Full screen"),
    "presentasi.suppress": ("Samarkan jumlah di bawah {k}", "Hide counts below {k}"),
    "presentasi.suppress_help": (
        "Jumlah 1 sampai {last} ditampilkan sebagai “< {k}” di salindia, PowerPoint, PDF dan rekap Excel.",
        "Counts from 1 to {last} show as “< {k}” on the slides, in PowerPoint, PDF and the Excel recap.",
    ),
    "presentasi.keys": (
        "Pointer presentasi atau papan ketik: PageDown/Spasi/panah kanan berikutnya, PageUp/Shift+Spasi/panah "
        "kiri sebelumnya, Home/End salindia pertama/terakhir, B atau titik layar hitam (tekan lagi untuk kembali).",
        "Presentation clicker or keyboard: PageDown/Space/right arrow next, PageUp/Shift+Space/left arrow previous, "
        "Home/End first/last slide, B or period blanks the screen (press again to return).",
    ),
    "presentasi.downloads": ("Unduh presentasi dan rekap", "Download the presentation and the recap"),
    "presentasi.download_pptx": ("PowerPoint (.pptx)", "PowerPoint (.pptx)"),
    "presentasi.download_xlsx": ("Rekap Excel (.xlsx)", "Excel recap (.xlsx)"),
    "presentasi.download_pdf": ("PDF", "PDF"),
    "presentasi.recap_participants": (
        "Rekap Excel memuat lembar peserta (NIP disamarkan).",
        "The Excel recap includes a participants sheet (NIPs masked).",
    ),
    "presentasi.table_note": (
        "Ada jumlah yang disamarkan, jadi salindia ini ditampilkan sebagai tabel.",
        "Some counts are hidden, so this slide is shown as a table.",
    ),
    "pdf.no_kaleido": (
        "PDF belum tersedia: paket kaleido belum terpasang di server (pip install kaleido).",
        "PDF not available: the kaleido package is not installed on the server (pip install kaleido).",
    ),
    "pdf.no_chromium": (
        "PDF belum tersedia: Chromium tidak ditemukan di server. Pasang paket chromium, atau set "
        "DASBOR_CHROMIUM ke lokasi programnya.",
        "PDF not available: Chromium was not found on the server. Install the chromium package, or set "
        "DASBOR_CHROMIUM to its location.",
    ),
    "recap.title": ("Rekap peserta pelatihan", "Training participants recap"),
    # Recap sheet titles: Excel allows 31 characters, no []:*?/\
    "recap.sheet.summary": ("Ringkasan", "Summary"),
    "recap.sheet.sector": ("Jenis Instansi", "Agency type"),
    "recap.sheet.level": ("Tingkat Pemda", "Regional level"),
    "recap.sheet.provinces": ("Provinsi", "Provinces"),
    "recap.sheet.agencies": ("Instansi", "Agencies"),
    "recap.sheet.cohorts": ("Angkatan", "Cohorts"),
    "recap.sheet.gender": ("Jenis Kelamin", "Gender"),
    "recap.sheet.golongan": ("Golongan", "Golongan"),
    "recap.sheet.age": ("Kelompok Umur", "Age groups"),
    "recap.sheet.participants": ("Peserta", "Participants"),
    "recap.item": ("Keterangan", "Item"),
    "recap.value": ("Nilai", "Value"),
    "recap.filters": ("Filter", "Filters"),
    "recap.source": ("Sumber", "Source"),
    "recap.generated": ("Dibuat", "Generated"),
    "recap.suppressed": (
        "Jumlah 1 sampai {last} disamarkan sebagai “< {k}”.",
        "Counts from 1 to {last} are shown as “< {k}”.",
    ),
    "recap.regional_share": ("Porsi Pemda", "Regional share"),
    # Access: sign-in, roles, users, retention, errors (dashboard.py, pages/pengguna.py, pages/kelola.py)
    "auth.sign_in_title": (
        "Masuk ke Dasbor Peserta Pelatihan",
        "Sign in to the Training Participants Dashboard",
    ),
    "auth.username": ("Nama pengguna", "Username"),
    "auth.password": ("Kata sandi", "Password"),
    "auth.sign_in": ("Masuk", "Sign in"),
    "auth.sign_out": ("Keluar", "Sign out"),
    "auth.sso": ("Masuk dengan SSO", "Sign in with SSO"),
    "auth.or_password": ("atau masuk dengan akun lokal:", "or sign in with a local account:"),
    "auth.sso_refused": (
        "Akun SSO ini belum diberi akses ke dasbor. Minta admin menambahkan alamat email Anda.",
        "This SSO account has no access to the dashboard yet. Ask an admin to add your email address.",
    ),
    "auth.sso_sign_out": ("Keluar dari akun SSO ini", "Sign out of this SSO account"),
    "auth.missing": ("Isi nama pengguna dan kata sandi.", "Enter a username and a password."),
    "auth.failed_invalid": ("Nama pengguna atau kata sandi salah.", "Wrong username or password."),
    "auth.failed_locked": (
        "Akun ini terkunci sementara untuk perangkat ini setelah beberapa kali salah kata sandi. Coba lagi "
        "15 menit lagi, atau minta admin membuka kuncinya.",
        "This account is locked for a while on this device after several wrong passwords. Try again in 15 "
        "minutes, or ask an admin to unlock it.",
    ),
    "auth.failed_throttled": (
        "Terlalu banyak percobaan masuk yang salah. Tunggu 10 menit lalu coba lagi, atau minta admin membuka "
        "kuncinya.",
        "Too many wrong sign-in attempts. Wait 10 minutes and try again, or ask an admin to unlock it.",
    ),
    "auth.failed_busy": (
        "Server sedang sibuk memeriksa banyak percobaan masuk. Coba lagi sebentar lagi.",
        "The server is busy checking many sign-in attempts. Try again in a moment.",
    ),
    "auth.failed_disabled": (
        "Akun ini dinonaktifkan. Hubungi admin dasbor.",
        "This account is disabled. Contact the dashboard admin.",
    ),
    "auth.expired_idle": (
        "Sesi Anda berakhir karena lama tidak ada aktivitas. Silakan masuk lagi.",
        "Your session ended after a period of inactivity. Please sign in again.",
    ),
    "auth.expired_max": (
        "Sesi Anda sudah mencapai batas waktunya. Silakan masuk lagi.",
        "Your session reached its time limit. Please sign in again.",
    ),
    "auth.account_gone": (
        "Akun Anda dinonaktifkan, dihapus atau tidak lagi diberi akses. Hubungi admin dasbor.",
        "Your account was disabled, deleted or no longer has access. Contact the dashboard admin.",
    ),
    "auth.signed_out": ("Anda sudah keluar.", "You are signed out."),
    "auth.session_revoked": (
        "Sesi Anda berakhir: Anda keluar di tab atau perangkat lain, atau akun Anda diubah. Silakan masuk lagi.",
        "Your session ended: you signed out in another tab or device, or your account was changed. "
        "Please sign in again.",
    ),
    "auth.session_over": (
        "Sesi Anda sudah berakhir; tidak ada yang diubah. Muat ulang halaman untuk masuk lagi.",
        "Your session has ended; nothing was changed. Reload the page to sign in again.",
    ),
    "auth.forbidden_admin": (
        "Halaman atau tindakan ini hanya untuk admin.",
        "This page or action is for admins only.",
    ),
    "auth.role_line": ("Peran: {role}", "Role: {role}"),
    "role.viewer": ("Peninjau (viewer)", "Viewer"),
    "role.editor": ("Editor", "Editor"),
    "role.admin": ("Admin", "Admin"),
    "error.unexpected": (
        "Maaf, terjadi kesalahan saat menampilkan halaman ini. Coba muat ulang halaman. Bila terulang, "
        "sampaikan kode {reference} kepada admin (rinciannya tercatat di log server).",
        "Sorry, something went wrong while showing this page. Try reloading it. If it happens again, give "
        "the code {reference} to the admin (the details are in the server log).",
    ),
    "page.pengguna": ("Pengguna", "Users"),
    "users.list": ("Daftar akun", "Accounts"),
    "users.none": ("Belum ada akun.", "No accounts yet."),
    "users.local_note": (
        "Dasbor sedang berjalan dalam mode lokal (tanpa akun). Setelah akun pertama dibuat (harus admin), "
        "setiap pengguna, termasuk Anda, harus masuk dengan akunnya.",
        "The dashboard runs in local mode (no accounts). Once the first account exists (it must be an "
        "admin), every user, you included, signs in with an account.",
    ),
    "users.display_name": ("Nama tampilan", "Display name"),
    "users.role": ("Peran", "Role"),
    "users.role_help": (
        "Peninjau: angka dan tabel tersamarkan. Editor: unggah, koreksi, lihat nama dan NIP. "
        "Admin: juga hapus data dan kelola akun.",
        "Viewer: numbers and masked tables. Editor: upload, correct, see names and NIPs. "
        "Admin: also delete data and manage accounts.",
    ),
    "users.first_admin": ("Akun pertama harus admin.", "The first account must be an admin."),
    "users.disabled": ("Nonaktif", "Disabled"),
    "users.created_at": ("Dibuat", "Created"),
    "users.last_sign_in_at": ("Terakhir masuk", "Last sign-in"),
    "users.locked_until": ("Terkunci sampai", "Locked until"),
    "users.add": ("Tambah akun", "Add account"),
    "users.password": (
        "Kata sandi (minimal {n} karakter, sulit ditebak)",
        "Password (at least {n} characters, hard to guess)",
    ),
    "users.password_again": ("Ulangi kata sandi", "Repeat the password"),
    "users.password_mismatch": ("Kedua kata sandi tidak sama.", "The two passwords differ."),
    "users.change": ("Ubah akun", "Change an account"),
    "users.set_role": ("Ganti peran", "Change role"),
    "users.set_password": ("Ganti kata sandi", "Reset password"),
    "users.disable": ("Nonaktifkan", "Disable"),
    "users.enable": ("Aktifkan", "Enable"),
    "users.unlock": ("Buka kunci masuk", "Unlock sign-in"),
    "users.delete": ("Hapus akun", "Delete account"),
    "users.delete_confirm": (
        "Untuk menghapus akun: ketik HAPUS",
        "To delete the account: type HAPUS",
    ),
    "users.added": ("Akun {name} dibuat.", "Account {name} created."),
    "users.role_set": ("Peran {name} sekarang {role}.", "{name} is now {role}."),
    "users.password_set": ("Kata sandi {name} diganti.", "Password of {name} reset."),
    "users.disabled_done": ("Akun {name} dinonaktifkan.", "Account {name} disabled."),
    "users.enabled_done": ("Akun {name} diaktifkan.", "Account {name} enabled."),
    "users.unlocked": (
        "Kunci masuk akun {name} dibuka (semua perangkat).",
        "Sign-in locks of account {name} lifted (every device).",
    ),
    "users.deleted": ("Akun {name} dihapus.", "Account {name} deleted."),
    "manage.retention": ("Masa simpan data", "Data retention"),
    "manage.retention_days": (
        "Simpan angkatan selama (hari, 0 = selamanya)",
        "Keep cohorts for (days, 0 = forever)",
    ),
    "manage.retention_help": (
        "Angkatan yang selesai (atau, tanpa tanggal selesai, diunggah) lebih lama dari ini dihapus otomatis "
        "sekali sehari, beserta data pesertanya. Minimal 30 hari.",
        "Cohorts that ended (or, without an end date, were uploaded) longer ago than this are deleted "
        "automatically once a day, with their participants. At least 30 days.",
    ),
    "manage.retention_env": (
        "Masa simpan diatur oleh server (variabel {env}) dan tidak dapat diubah di sini.",
        "The retention is set by the server ({env} variable) and cannot be changed here.",
    ),
    "manage.retention_off": (
        "Masa simpan tidak diatur: data disimpan sampai dihapus.",
        "No retention set: data is kept until deleted.",
    ),
    "manage.retention_on": (
        "Masa simpan {days} hari; {count} angkatan sudah melewatinya.",
        "Retention {days} days; {count} cohorts are past it.",
    ),
    "manage.retention_saved": ("Masa simpan disimpan.", "Retention saved."),
    "manage.retention_purge": ("Hapus sekarang", "Delete now"),
    "manage.retention_purged": (
        "{cohorts} angkatan, {count} peserta",
        "{cohorts} cohorts, {count} participants",
    ),
    "peserta.export_full": ("Sertakan nama dan NIP lengkap", "Include names and full NIPs"),
    "peserta.export_full_help": (
        "Tanpa centang, unduhan tidak memuat nama dan NIP disamarkan. Setiap unduhan tercatat di riwayat.",
        "Unticked, the download has no names and masked NIPs. Every download is logged.",
    ),
    # Readability: short labels with their long form as help, chart notes
    "chart.map_no_province": (
        "Tanpa provinsi (mis. kantor pusat K/L): {count}",
        "No province (e.g. ministry head offices): {count}",
    ),
    "chart.agencies_rest": (
        "{label}: {count} peserta, tidak digambar",
        "{label}: {count} participants, not drawn",
    ),
    "chart.program_legend": ("Singkatan program: {items}", "Program abbreviations: {items}"),
    "quality.duplicates_in_file_short": ("Ganda dalam satu roster", "Twice in one roster"),
    "quality.duplicates_in_file_help": (
        "Peserta yang tercatat lebih dari sekali dalam satu roster (berkas yang sama).",
        "Participants listed more than once in one roster (the same file).",
    ),
    "presentasi.suppress_short": ("Samarkan jumlah < {k}", "Hide counts < {k}"),
    "peserta.search_agency": ("Cari instansi", "Search agency"),
    "peserta.search_agency_help": (
        "Mencari nama instansi saja; pencarian nama dan NIP hanya untuk pengelola roster.",
        "Searches agency names only; searching by name or NIP is for roster managers only.",
    ),
    "shown.recent_cohorts": (
        "Menampilkan {shown} angkatan terbaru dari {total}.",
        "Showing the {shown} most recent of {total} cohorts.",
    ),
    "shown.first_rows": (
        "Menampilkan {shown} pertama dari {total}.",
        "Showing the first {shown} of {total}.",
    ),
    # Issue 16: notes that need action, sentences without zero counts, click to filter, admin pages
    "upload.notes_info": ("{count} catatan informasi", "{count} notes for information"),
    "chart.no_province_central": (
        "{count} peserta K/L tanpa provinsi (kantor pusat).",
        "{count} participants from ministries and agencies without a province (head offices).",
    ),
    "chart.no_province_other": (
        "{count} peserta lain yang provinsinya tidak diketahui.",
        "{count} other participants whose province is unknown.",
    ),
    "quality.no_repeat": ("Tidak ada.", "None."),
    "filter.agencies": ("Instansi", "Agency"),
    "filter.chip_remove": ("Hapus filter ini", "Remove this filter"),
    "filter.click_hint": (
        "Klik batang atau petak untuk memfilter dasbor; hapus filter dengan tombol ✕ di atas.",
        "Click a bar or tile to filter the dashboard; remove a filter with its ✕ button above.",
    ),
    "chart.province_agencies": ("Instansi di {province}", "Agencies in {province}"),
    "users.first_created": (
        "Akun admin pertama sudah dibuat: mode lokal berakhir. Masuk dengan akun itu untuk melanjutkan.",
        "The first admin account was created: local mode has ended. Sign in with it to continue.",
    ),
    "manage.choose_cohort": ("Pilih angkatan …", "Choose a cohort …"),
    "manage.no_cohort_chosen": (
        "Pilih dulu angkatan yang akan dihapus. Tidak ada yang dihapus.",
        "Choose the cohort to delete first. Nothing was deleted.",
    ),
    "upload.replace_sample": (
        "Angkatan yang tersimpan adalah data contoh (roster fiktif dari data/samples/): menggantinya dengan "
        "roster ini membuat angkatan ini data sebenarnya.",
        "The stored cohort is sample data (a fictional roster from data/samples/): replacing it with this "
        "roster makes the cohort real data.",
    ),
    "upload.replace_totals": ("Jumlah sebelum → sesudah diganti", "Totals before → after replacing"),
    "col.this_cohort": ("Angkatan ini", "This cohort"),
    "col.all_cohorts": ("Semua angkatan", "All cohorts"),
    "col.group": ("Kelompok", "Group"),
}

# Dimension -> text key prefix for coded values; other dimensions (agency, province) show the value itself.
_CODED_DIMENSIONS: Final[dict[str, str]] = {
    "gender": "gender",
    "golongan": "golongan",
    "age": "age",
}


def lang_index(lang: str) -> int:
    """Column of the text table for a language code; anything but 'en' reads Indonesian."""
    return 1 if lang == "en" else 0


def normalise_lang(lang: object) -> str:
    """A supported language code: 'en' stays, anything else becomes the default 'id'."""
    return "en" if lang == "en" else DEFAULT_LANG


# Load-report codes and audit-log actions as people read them (code -> (Indonesian, English)).
ISSUE_LABELS: Final[dict[str, tuple[str, str]]] = {
    "missing_instansi": ("Instansi kosong", "Agency missing"),
    "missing_name": ("Nama kosong", "Name missing"),
    "agency_unknown": ("Instansi belum dikenali", "Agency not recognised"),
    "agency_other": ("Bukan instansi pemerintah", "Not a government body"),
    "agency_review": ("Klasifikasi instansi perlu ditinjau", "Agency classification to review"),
    "agency_from_title": ("Instansi ditempatkan menurut judul roster", "Agency placed by the roster's title"),
    "instansi_from_section": ("Instansi diambil dari judul kelompok", "Agency taken from the section row"),
    "instansi_column": ("Kolom instansi yang dipakai", "Agency column used"),
    "far_cells": ("Sel jauh di luar tabel diabaikan", "Cells far outside the table ignored"),
    "nip_missing": ("NIP kosong", "NIP missing"),
    "nip_invalid": ("NIP tidak sah", "Invalid NIP"),
    "nip_damaged": ("NIP rusak oleh Excel", "NIP damaged by Excel"),
    "nip_nik": ("Berisi NIK, bukan NIP", "An ID-card number (NIK), not a NIP"),
    "nip_lama": ("NIP lama (9 digit)", "Old 9-digit NIP"),
    "nip_nrp": ("NRP TNI/Polri", "Military/police number (NRP)"),
    "nip_stored_as_number": ("NIP tersimpan sebagai angka", "NIP stored as a number"),
    "gender_mismatch": ("Jenis kelamin tidak cocok dengan NIP", "Gender does not match the NIP"),
    "duplicate_in_file": ("Peserta ganda dalam roster", "Listed twice in the roster"),
    "formula_no_value": ("Rumus tanpa nilai", "Formula without a value"),
    "excel_error": ("Nilai galat Excel", "Excel error value"),
    "row_subtotal": ("Baris sub-jumlah dilewati", "Subtotal row skipped"),
    "row_section": ("Baris judul kelompok dilewati", "Section row skipped"),
    "row_footer": ("Catatan kaki/tanda tangan dilewati", "Footer/signature skipped"),
    "row_numbered_empty": ("Baris bernomor kosong dilewati", "Empty numbered row skipped"),
    "row_number_header": ("Baris penomoran kolom dilewati", "Column-number row skipped"),
    "column_ignored": ("Kolom diabaikan", "Column ignored"),
    "column_sensitive": ("Kolom data pribadi tidak disimpan", "Personal-data column not stored"),
    "sheet_hidden": ("Lembar tersembunyi dilewati", "Hidden sheet skipped"),
    "sheet_skipped": ("Lembar dilewati", "Sheet skipped"),
    "macros_ignored": ("Makro diabaikan", "Macros ignored"),
    "csv_encoding": ("Pengodean CSV", "CSV encoding"),
    "format_mismatch": ("Format file berbeda dari ekstensinya", "File format differs from its extension"),
}
AUDIT_LABELS: Final[dict[str, tuple[str, str]]] = {
    "unggah": ("Unggah angkatan", "Cohort uploaded"),
    "ganti": ("Ganti angkatan", "Cohort replaced"),
    "hapus_angkatan": ("Hapus angkatan", "Cohort deleted"),
    "hapus_orang": ("Hapus data seseorang", "Person's data deleted"),
    "pulihkan": ("Pulihkan cadangan", "Backup restored"),
    "contoh": ("Data contoh", "Sample data"),
    "retensi": ("Hapus karena masa simpan", "Deleted by retention"),
    "retensi_atur": ("Atur masa simpan", "Retention set"),
    "koreksi_instansi": ("Koreksi instansi", "Agency corrected"),
    "klasifikasi_ulang": ("Klasifikasi ulang", "Re-classified"),
    "impor_koreksi": ("Impor koreksi lama", "Old corrections imported"),
    "unduh_cadangan": ("Unduh cadangan", "Backup downloaded"),
    "unduh_catatan": ("Unduh catatan kualitas", "Issues downloaded"),
    "unduh_pdf": ("Unduh PDF", "PDF downloaded"),
    "unduh_peserta": ("Unduh daftar peserta", "Participants downloaded"),
    "unduh_presentasi": ("Unduh presentasi", "Deck downloaded"),
    "unduh_rekap": ("Unduh rekap", "Recap downloaded"),
    "masuk": ("Masuk", "Signed in"),
    "masuk_gagal": ("Gagal masuk", "Sign-in failed"),
    "masuk_ditolak": ("Masuk ditolak", "Sign-in refused"),
    "keluar": ("Keluar", "Signed out"),
    "pengguna_tambah": ("Akun dibuat", "Account created"),
    "pengguna_sandi": ("Kata sandi diganti", "Password changed"),
    "pengguna_peran": ("Peran diganti", "Role changed"),
    "pengguna_nonaktif": ("Akun dinonaktifkan", "Account disabled"),
    "pengguna_aktif": ("Akun diaktifkan", "Account enabled"),
    "pengguna_hapus": ("Akun dihapus", "Account deleted"),
    "pengguna_buka_kunci": ("Kunci masuk dibuka", "Sign-in lock lifted"),
}


def issue_label(code: str, lang: str) -> str:
    """A load-report code as a short label ('row_footer' -> 'Catatan kaki/tanda tangan dilewati')."""
    pair = ISSUE_LABELS.get(code)
    return pair[lang_index(lang)] if pair else code.replace("_", " ").capitalize()


def audit_label(action: str, lang: str) -> str:
    """An audit-log action as a short label ('hapus_angkatan' -> 'Hapus angkatan')."""
    pair = AUDIT_LABELS.get(action)
    return pair[lang_index(lang)] if pair else action.replace("_", " ").capitalize()


def t(key: str, lang: str, **fmt: object) -> str:
    """The text of `key` in `lang`, with str.format fields filled from `fmt`; KeyError when unknown."""
    text = TEXTS[key][lang_index(lang)]
    return text.format(**fmt) if fmt else text


def sector_label(sector: str, lang: str) -> str:
    """'central' -> 'Kementerian/Lembaga' / 'Ministries and agencies'; unknown codes read 'Belum dikenali'."""
    return t(f"sector.{sector}" if sector in SECTORS else "sector.unknown", lang)


def sector_short_label(sector: str, lang: str) -> str:
    """'central' -> 'K/L', 'regional' -> 'Pemda' (for tight spaces such as legends)."""
    return t(f"sector_short.{sector}" if sector in SECTORS else "sector_short.unknown", lang)


def level_label(level: str, lang: str) -> str:
    """'province' -> 'Pemerintah provinsi' / 'Provincial government'; '' -> 'Tidak diketahui'."""
    return t(f"level.{level}", lang) if level in LEVELS else t("value.unknown", lang)


def dimension_value_label(dimension: str, value: str, lang: str) -> str:
    """The label of one value of a facts dimension: gender 'L' -> 'Laki-laki'; '' -> 'Tidak diketahui'."""
    if dimension == "sector":
        return sector_label(value, lang)
    if dimension == "level":
        return level_label(value, lang)
    if not value:
        return t("value.unknown", lang)
    prefix = _CODED_DIMENSIONS.get(dimension)
    if prefix is None:
        return value
    key = f"{prefix}.{value}"
    return t(key, lang) if key in TEXTS else value
