namespace SiteGen.Corpus;

/// <summary>
/// Word and phrase tables the generator composes bulletins from. Written for this project: place names are
/// public geography, every sentence is a template of our own. Placeholders in braces are filled per bulletin.
/// </summary>
internal static class CorpusTables
{
    /// <summary>Polda name and its four units: (unit kind, region kind, region name).</summary>
    public static readonly (string Polda, (string Kind, string RegionKind, string Name)[] Units)[] Poldas =
    [
        ("Polda Aceh", [("Polresta", "Kota", "Banda Aceh"), ("Polres", "Kabupaten", "Aceh Besar"), ("Polres", "Kabupaten", "Pidie"), ("Polres", "Kabupaten", "Aceh Utara")]),
        ("Polda Sumatera Utara", [("Polrestabes", "Kota", "Medan"), ("Polresta", "Kabupaten", "Deli Serdang"), ("Polres", "Kabupaten", "Langkat"), ("Polres", "Kabupaten", "Simalungun")]),
        ("Polda Sumatera Barat", [("Polresta", "Kota", "Padang"), ("Polres", "Kabupaten", "Agam"), ("Polres", "Kabupaten", "Pesisir Selatan"), ("Polres", "Kabupaten", "Solok")]),
        ("Polda Riau", [("Polresta", "Kota", "Pekanbaru"), ("Polres", "Kabupaten", "Kampar"), ("Polres", "Kabupaten", "Bengkalis"), ("Polres", "Kabupaten", "Siak")]),
        ("Polda Sumatera Selatan", [("Polrestabes", "Kota", "Palembang"), ("Polres", "Kabupaten", "Ogan Ilir"), ("Polres", "Kabupaten", "Banyuasin"), ("Polres", "Kabupaten", "Musi Banyuasin")]),
        ("Polda Lampung", [("Polresta", "Kota", "Bandar Lampung"), ("Polres", "Kabupaten", "Lampung Selatan"), ("Polres", "Kabupaten", "Lampung Tengah"), ("Polres", "Kabupaten", "Pringsewu")]),
        ("Polda Metro Jaya", [("Polres Metro", "Kota", "Jakarta Pusat"), ("Polres Metro", "Kota", "Jakarta Selatan"), ("Polres Metro", "Kota", "Jakarta Timur"), ("Polres Metro", "Kota", "Bekasi")]),
        ("Polda Jawa Barat", [("Polresta", "Kota", "Bandung"), ("Polres", "Kabupaten", "Bogor"), ("Polres", "Kabupaten", "Garut"), ("Polres", "Kabupaten", "Cirebon")]),
        ("Polda Jawa Tengah", [("Polrestabes", "Kota", "Semarang"), ("Polres", "Kabupaten", "Kendal"), ("Polres", "Kabupaten", "Pemalang"), ("Polres", "Kabupaten", "Magelang")]),
        ("Polda Daerah Istimewa Yogyakarta", [("Polresta", "Kabupaten", "Sleman"), ("Polres", "Kabupaten", "Bantul"), ("Polres", "Kabupaten", "Gunungkidul"), ("Polres", "Kabupaten", "Kulon Progo")]),
        ("Polda Jawa Timur", [("Polres", "Kabupaten", "Blitar"), ("Polres", "Kabupaten", "Kediri"), ("Polres", "Kabupaten", "Malang"), ("Polres", "Kabupaten", "Pasuruan")]),
        ("Polda Banten", [("Polresta", "Kabupaten", "Serang"), ("Polresta", "Kabupaten", "Tangerang"), ("Polres", "Kabupaten", "Lebak"), ("Polres", "Kabupaten", "Pandeglang")]),
        ("Polda Bali", [("Polresta", "Kota", "Denpasar"), ("Polres", "Kabupaten", "Badung"), ("Polres", "Kabupaten", "Gianyar"), ("Polres", "Kabupaten", "Tabanan")]),
        ("Polda Nusa Tenggara Barat", [("Polresta", "Kota", "Mataram"), ("Polres", "Kabupaten", "Lombok Timur"), ("Polres", "Kabupaten", "Sumbawa"), ("Polres", "Kabupaten", "Bima")]),
        ("Polda Nusa Tenggara Timur", [("Polresta", "Kota", "Kupang"), ("Polres", "Kabupaten", "Sikka"), ("Polres", "Kabupaten", "Manggarai"), ("Polres", "Kabupaten", "Ende")]),
        ("Polda Kalimantan Barat", [("Polresta", "Kota", "Pontianak"), ("Polres", "Kabupaten", "Kubu Raya"), ("Polres", "Kabupaten", "Sambas"), ("Polres", "Kabupaten", "Ketapang")]),
        ("Polda Kalimantan Timur", [("Polresta", "Kota", "Samarinda"), ("Polresta", "Kota", "Balikpapan"), ("Polres", "Kabupaten", "Kutai Kartanegara"), ("Polres", "Kabupaten", "Berau")]),
        ("Polda Sulawesi Selatan", [("Polrestabes", "Kota", "Makassar"), ("Polres", "Kabupaten", "Gowa"), ("Polres", "Kabupaten", "Bone"), ("Polres", "Kabupaten", "Maros")]),
        ("Polda Sulawesi Tenggara", [("Polresta", "Kota", "Kendari"), ("Polres", "Kabupaten", "Konawe"), ("Polres", "Kabupaten", "Kolaka"), ("Polres", "Kabupaten", "Muna")]),
        ("Polda Papua", [("Polresta", "Kota", "Jayapura"), ("Polres", "Kabupaten", "Merauke"), ("Polres", "Kabupaten", "Mimika"), ("Polres", "Kabupaten", "Biak Numfor")]),
    ];

    /// <summary>Name, kind, voting day, description.</summary>
    public static readonly (string Name, string Kind, DateOnly VotingDay, string Description)[] Elections =
    [
        ("Pemilu 2019", "pemilu", new DateOnly(2019, 4, 17), "Pemilihan umum serentak presiden, wakil presiden dan anggota legislatif tahun 2019."),
        ("Pilkada Serentak 2020", "pilkada", new DateOnly(2020, 12, 9), "Pemilihan kepala daerah serentak tahun 2020 yang digelar dengan protokol kesehatan."),
        ("Pilkades Serentak 2021", "pilkades", new DateOnly(2021, 10, 24), "Pemilihan kepala desa serentak tahun 2021 di sejumlah kabupaten."),
        ("Pemilu 2024", "pemilu", new DateOnly(2024, 2, 14), "Pemilihan umum serentak presiden, wakil presiden, DPR, DPD dan DPRD tahun 2024."),
        ("Pilkada Serentak 2024", "pilkada", new DateOnly(2024, 11, 27), "Pemilihan gubernur, bupati dan wali kota serentak secara nasional tahun 2024."),
        ("Pilkades Serentak 2025", "pilkades", new DateOnly(2025, 10, 19), "Pemilihan kepala desa serentak tahun 2025."),
    ];

    /// <summary>Short and long names of each election kind, used in running text.</summary>
    public static readonly Dictionary<string, (string Short, string Long, string Operation)> Kinds = new()
    {
        ["pemilu"] = ("Pemilu", "pemilihan umum", "Operasi Mantap Brata"),
        ["pilkada"] = ("Pilkada", "pemilihan kepala daerah", "Operasi Mantap Praja"),
        ["pilkades"] = ("Pilkades", "pemilihan kepala desa", "operasi kepolisian terpusat"),
    };

    public static readonly string[] Villages =
    [
        "Sukamaju", "Sumberagung", "Karangrejo", "Tanjungsari", "Mekarsari", "Sidomulyo", "Purwodadi", "Sukorejo",
        "Wonosari", "Kedungjati", "Margamulya", "Cibeureum", "Tegalrejo", "Banjarsari", "Sumbersari", "Mulyorejo",
        "Kalisari", "Rejosari", "Sukadana", "Tanjungrejo", "Harjosari", "Mekarjaya", "Sindangsari", "Jatimulyo",
    ];

    public static readonly string[] GeneralTags = ["pengamanan", "kamtibmas", "sinergi-tni-polri"];

    /// <summary>One kind of release: titles, tags, its own sentences, a heading and list items.</summary>
    public sealed record Activity(string[] Titles, string[] Tags, string[] Sentences, string Heading, string[] ListItems, string Location);

    public static readonly Activity[] Activities =
    [
        new(
            ["{unit} Gelar Patroli Skala Besar Jelang {short} di {region}", "Patroli Dialogis {unit} Sambangi Warga {village}", "Personel {unit} Berpatroli Malam Amankan Masa Tenang {short}"],
            ["patroli", "masa-tenang", "sabhara"],
            [
                "Personel gabungan berpatroli menyusuri permukiman, pasar dan jalan utama di {region}.",
                "Patroli dialogis dilakukan dengan menyapa warga dan mengajak mereka menjaga suasana tetap sejuk.",
                "Rute patroli mencakup kantor penyelenggara, rumah pasangan calon dan titik keramaian.",
                "Selama berpatroli, petugas juga memeriksa alat peraga kampanye yang masih terpasang pada masa tenang.",
                "Kegiatan patroli bermotor ini digelar setiap malam hingga hari pemungutan suara.",
                "Petugas yang berpatroli diminta bersikap humanis dan tidak menimbulkan rasa takut di tengah warga.",
            ],
            "Sasaran patroli",
            ["kantor KPU dan Bawaslu setempat", "gudang penyimpanan logistik", "rumah pasangan calon", "pusat keramaian dan pasar", "jalur distribusi logistik"],
            "Mapolres {place}"),
        new(
            ["{unit} Amankan Pemungutan Suara {short} di {count} TPS", "Pengamanan TPS {short} di {region} Berjalan Kondusif", "{unit} Kerahkan {count} Personel untuk Pengamanan Tempat Pemungutan Suara"],
            ["tps", "pemungutan-suara", "pengamanan-tps"],
            [
                "Sebanyak {count} personel dikerahkan untuk mengamankan tempat pemungutan suara di seluruh kecamatan.",
                "Setiap TPS dijaga oleh anggota Polri dibantu Linmas, sementara TPS rawan mendapat tambahan personel.",
                "Pengamanan tempat pemungutan suara dilakukan dengan pola yang disesuaikan dengan tingkat kerawanan.",
                "Pemungutan suara di {village} berlangsung tertib dan warga datang sesuai jadwal yang tertera pada undangan.",
                "Petugas memastikan kotak suara tersegel sebelum dan sesudah penghitungan suara di TPS.",
                "Kapolsek jajaran mengecek kesiapan personel di TPS sejak pagi hari sebelum pemungutan dimulai.",
            ],
            "Pola pengamanan TPS",
            ["TPS aman dijaga dua personel", "TPS rawan dijaga empat personel", "TPS sangat rawan mendapat patroli khusus", "cadangan pasukan disiagakan di Mapolsek"],
            "{village}"),
        new(
            ["{unit} Kawal Distribusi Logistik {short} ke {count} Kecamatan", "Pengawalan Logistik {short} {region} Tiba Tepat Waktu", "{unit} Jaga Gudang Logistik KPU {region}"],
            ["logistik", "pengawalan", "distribusi", "gudang-logistik", "kpu"],
            [
                "Logistik berupa surat suara dan kotak suara dikawal ketat dari gudang KPU menuju kantor kecamatan.",
                "Pengawalan dilakukan dengan kendaraan patroli di depan dan di belakang truk pengangkut logistik.",
                "Gudang logistik dijaga selama dua puluh empat jam secara bergantian oleh personel Sabhara.",
                "Petugas mencatat setiap pergeseran logistik agar jumlah surat suara dapat dipertanggungjawabkan.",
                "Untuk wilayah terpencil, logistik diangkut menggunakan perahu dan kendaraan roda dua.",
                "Penjagaan gudang diperketat setelah logistik tiba dan disortir oleh petugas KPU.",
            ],
            "Tahapan pengawalan",
            ["pelipatan dan penyortiran surat suara", "pengiriman ke panitia pemilihan kecamatan", "penyerahan ke panitia pemungutan suara", "pengembalian kotak suara setelah penghitungan"],
            "gudang logistik KPU {place}"),
        new(
            ["{unit} Gelar Rapat Koordinasi Lintas Sektoral Jelang {short}", "Rakor Pengamanan {election} di {region}", "{unit} dan Forkopimda Matangkan Rencana Pengamanan {short}"],
            ["rapat-koordinasi", "lintas-sektoral", "forkopimda", "tni"],
            [
                "Rapat koordinasi dihadiri unsur Forkopimda, KPU, Bawaslu, TNI dan pemerintah daerah.",
                "Peserta rakor menyepakati pembagian tugas pengamanan pada setiap tahapan.",
                "Pemetaan kerawanan dibahas bersama agar penempatan personel tepat sasaran.",
                "Koordinasi lintas sektoral dinilai penting karena pengamanan tidak dapat dilakukan oleh satu lembaga saja.",
                "Forum koordinasi pimpinan daerah berkomitmen mendukung kelancaran seluruh tahapan.",
                "Rapat juga membahas rencana kontingensi apabila terjadi gangguan keamanan.",
            ],
            "Hasil rapat koordinasi",
            ["pemetaan TPS rawan", "jadwal patroli bersama TNI", "jalur distribusi logistik", "pos pengamanan terpadu", "penanganan berita bohong di media sosial"],
            "Aula Bhayangkara Polres {place}"),
        new(
            ["Apel Gelar Pasukan Pengamanan {election} di {region}", "{unit} Gelar Apel Pergeseran Pasukan ke TPS", "{count} Personel Ikuti Apel Kesiapan Pengamanan {short}"],
            ["apel", "gelar-pasukan", "operasi-mantap-praja"],
            [
                "Apel gelar pasukan digelar untuk memeriksa kesiapan personel dan sarana pengamanan.",
                "Pemeriksaan kelengkapan meliputi kendaraan, alat komunikasi dan perlengkapan pengendalian massa.",
                "Usai apel, personel langsung digeser ke pos masing-masing sesuai surat perintah.",
                "Apel pergeseran pasukan ini menandai dimulainya pengamanan hari pemungutan suara.",
                "Pasukan yang diberangkatkan terdiri atas personel Polres, Polsek jajaran dan satuan Brimob.",
            ],
            "Kekuatan yang dikerahkan",
            ["personel Polres dan Polsek jajaran", "satuan Brimob bantuan Polda", "prajurit TNI dari Kodim setempat", "anggota Satpol PP dan Linmas"],
            "Lapangan Mapolres {place}"),
        new(
            ["{unit} Gelar Simulasi Sistem Pengamanan Kota Jelang {short}", "Simulasi Sispamkota {unit} Uji Kesiapan Personel", "Sispamkota {region}: Polisi Latih Penanganan Unjuk Rasa"],
            ["simulasi", "sispamkota", "pengendalian-massa", "brimob"],
            [
                "Simulasi sistem pengamanan kota menggambarkan situasi dari aman hingga unjuk rasa yang ricuh.",
                "Peragaan dimulai dengan kegiatan kampanye yang berjalan tertib lalu berkembang menjadi kerumunan.",
                "Personel pengendalian massa memperagakan langkah negosiasi sebelum tindakan tegas terukur.",
                "Sispamkota bertujuan menguji kesiapan personel menghadapi berbagai kemungkinan gangguan.",
                "Tim medis dan pemadam kebakaran dilibatkan agar simulasi mendekati keadaan sebenarnya.",
            ],
            "Tahap simulasi",
            ["situasi hijau atau aman", "situasi kuning atau waspada", "situasi merah atau kontingensi", "pemulihan keadaan"],
            "Alun-alun {place}"),
        new(
            ["Bhabinkamtibmas {unit} Sosialisasikan {short} Damai di {village}", "Cooling System {unit} Ajak Warga Tolak Politik Uang", "{unit} Sambangi Tokoh Masyarakat Jaga Kamtibmas Jelang {short}"],
            ["bhabinkamtibmas", "sosialisasi", "cooling-system", "tokoh-masyarakat", "politik-uang"],
            [
                "Bhabinkamtibmas mendatangi warga dari rumah ke rumah untuk menyampaikan pesan damai.",
                "Warga diajak menolak politik uang dan tidak mudah terpancing berita bohong.",
                "Kegiatan cooling system melibatkan tokoh agama, tokoh adat dan tokoh pemuda.",
                "Keamanan dan ketertiban masyarakat menjadi tanggung jawab bersama, bukan hanya aparat.",
                "Perbedaan pilihan diharapkan tidak memecah kerukunan yang sudah terjalin di desa.",
                "Bhabinkamtibmas juga membuka layanan pengaduan bagi warga yang melihat pelanggaran.",
            ],
            "Pesan kepada warga",
            ["datang ke TPS sesuai jadwal", "menolak politik uang", "tidak menyebarkan hoaks", "menghormati perbedaan pilihan", "melaporkan gangguan kepada polisi terdekat"],
            "Balai Desa {village}"),
        new(
            ["{unit} Gelar FGD Netralitas Polri Jelang {short}", "Netralitas Anggota {unit} pada {election} Ditegaskan", "{unit} Bersama Bawaslu Bahas Netralitas Aparat"],
            ["netralitas", "fgd", "bawaslu", "propam"],
            [
                "Setiap anggota Polri wajib bersikap netral dan tidak berpihak kepada pasangan calon mana pun.",
                "Larangan mencakup pernyataan di media sosial, pemasangan atribut dan kehadiran dalam kampanye.",
                "Bawaslu memaparkan cara masyarakat melaporkan dugaan ketidaknetralan aparat.",
                "Seksi Propam akan menindak tegas anggota yang terbukti melanggar aturan netralitas.",
                "Diskusi kelompok terarah ini diikuti pejabat utama dan para Kapolsek jajaran.",
            ],
            "Pokok bahasan",
            ["aturan netralitas anggota Polri", "sanksi bagi pelanggar", "peran Bawaslu dalam pengawasan", "kanal pengaduan masyarakat"],
            "Aula Polres {place}"),
        new(
            ["{unit} Amankan Rapat Pleno Rekapitulasi Suara {short}", "Rekapitulasi {election} di KPU {region} Dijaga Ketat", "Pleno Rekapitulasi Tingkat Kabupaten Berjalan Aman, {unit} Siagakan Personel"],
            ["rekapitulasi", "pleno", "kpu", "penghitungan-suara"],
            [
                "Rapat pleno terbuka rekapitulasi hasil penghitungan suara dijaga ratusan personel.",
                "Pengunjung diperiksa di pintu masuk dan hanya pihak berkepentingan yang boleh memasuki ruang pleno.",
                "Saksi pasangan calon menyaksikan pembacaan hasil dari setiap kecamatan.",
                "Pengamanan rekapitulasi dilanjutkan hingga dokumen hasil diserahkan ke tingkat provinsi.",
                "Petugas juga mengamankan kotak suara yang dibawa dari panitia pemilihan kecamatan.",
            ],
            "Pengamanan ruang pleno",
            ["ring satu di dalam ruang pleno", "ring dua di halaman kantor KPU", "ring tiga di jalan sekitar", "patroli di gudang penyimpanan"],
            "kantor KPU {place}"),
        new(
            ["{unit} Kawal Debat Publik Pasangan Calon {short}", "Kampanye Terbuka di {region} Dikawal {count} Personel", "{unit} Amankan Kampanye Akbar Jelang {short}"],
            ["kampanye", "debat-publik", "paslon", "lalu-lintas"],
            [
                "Pengamanan debat publik dilakukan dengan pemeriksaan barang bawaan pendukung.",
                "Arus lalu lintas di sekitar lokasi kampanye diatur oleh personel Satlantas.",
                "Pendukung pasangan calon diminta tertib dan tidak membawa benda berbahaya.",
                "Kampanye terbuka berlangsung lancar tanpa gesekan antarpendukung.",
                "Petugas menyiagakan kendaraan taktis di titik kumpul massa.",
            ],
            "Langkah pengamanan",
            ["sterilisasi lokasi sebelum acara", "pemeriksaan pengunjung di pintu masuk", "pengaturan lalu lintas", "pengawalan pasangan calon"],
            "Gedung Serbaguna {place}"),
        new(
            ["{unit} Ajak Warganet Lawan Hoaks Jelang {short}", "Deklarasi Damai {election} di {region} Dikawal Polisi", "{unit} Patroli Siber Pantau Berita Bohong {short}"],
            ["hoaks", "media-sosial", "deklarasi-damai", "patroli-siber"],
            [
                "Tim patroli siber memantau unggahan di media sosial yang berpotensi memecah belah.",
                "Masyarakat diimbau memeriksa kebenaran informasi sebelum membagikannya.",
                "Deklarasi damai ditandatangani oleh seluruh pasangan calon dan tim pemenangan.",
                "Penyebar berita bohong dapat dijerat dengan undang-undang yang berlaku.",
                "Sosialisasi anti hoaks juga menyasar pelajar dan mahasiswa sebagai pemilih pemula.",
            ],
            "Upaya menangkal hoaks",
            ["patroli siber setiap hari", "klarifikasi cepat atas kabar keliru", "edukasi literasi digital", "kerja sama dengan tokoh pemuda"],
            "Mapolres {place}"),
    ];

    public static readonly string[] Openings =
    [
        "{unit} menggelar kegiatan ini di {location}, {day}.",
        "Jajaran {unit} melaksanakan kegiatan tersebut pada {day} di {location}.",
        "Kegiatan berlangsung di {location} pada {day} dan dipimpin langsung oleh {chief}.",
        "Dalam rangka {election}, {unit} kembali menggelar kegiatan di {location}, {day}.",
    ];

    public static readonly string[] General =
    [
        "Kegiatan ini merupakan bagian dari {operation} yang digelar selama tahapan {long}.",
        "{chief} menyampaikan bahwa seluruh personel harus memahami tugasnya masing-masing.",
        "Menurutnya, keberhasilan pengamanan {short} ditentukan oleh kerja sama semua pihak.",
        "Polisi memastikan situasi keamanan di {region} tetap kondusif sampai tahapan terakhir.",
        "Sinergi TNI dan Polri terus diperkuat untuk menjaga keamanan selama {long}.",
        "Warga menyambut baik kehadiran polisi yang dinilai membuat suasana lebih tenang.",
        "Personel diminta mengedepankan pendekatan persuasif dan humanis.",
        "Hingga kegiatan berakhir, tidak ditemukan gangguan keamanan yang berarti.",
        "Masyarakat dapat menghubungi layanan darurat 110 apabila menemukan gangguan kamtibmas.",
        "Pihak kepolisian juga berkoordinasi dengan KPU dan Bawaslu {region} terkait jadwal tahapan.",
        "Pengamanan dilakukan secara terbuka maupun tertutup sesuai perkembangan situasi.",
        "Kapolsek jajaran diminta aktif memantau wilayah dan segera melapor bila ada potensi konflik.",
        "Kegiatan serupa akan terus dilakukan hingga pelantikan pasangan calon terpilih.",
        "Penyelenggara pemilihan mengapresiasi dukungan kepolisian dalam setiap tahapan.",
        "Dengan pengamanan yang matang, diharapkan partisipasi pemilih di {region} meningkat.",
        "Polres juga menyiagakan tim urai massa dan tim medis di lokasi strategis.",
        "Personel yang bertugas telah mendapat pembekalan mengenai tata cara pengamanan.",
        "Masyarakat diharapkan ikut menjaga keamanan lingkungan masing-masing.",
        "Petugas mengimbau warga agar tidak terprovokasi oleh ajakan yang menyesatkan.",
        "Evaluasi pelaksanaan kegiatan akan dilakukan untuk perbaikan pada tahapan berikutnya.",
    ];

    public static readonly string[] Quotes =
    [
        "\"Kami ingin memastikan **{short} berjalan aman, damai dan sejuk** bagi seluruh warga {region},\" ujar {chief}.",
        "\"Polri hadir untuk melindungi hak pilih masyarakat. **Tidak ada tempat bagi intimidasi**,\" kata {chief}.",
        "\"Mari kita jaga bersama agar **perbedaan pilihan tidak memecah persaudaraan**,\" pesan {chief}.",
        "\"Setiap personel harus **netral, profesional dan humanis** dalam bertugas,\" tegas {chief}.",
    ];

    public static readonly string[] Links =
    [
        "Jadwal tahapan lengkap dapat dilihat pada [laman resmi penyelenggara](https://example.org/tahapan).",
        "Warga dapat menyampaikan laporan melalui [layanan pengaduan daring](https://example.org/pengaduan).",
        "Informasi lokasi TPS tersedia di [laman cek data pemilih](https://example.org/cek-dpt).",
    ];

    public static readonly string[] Closings =
    [
        "Imbauan kepada masyarakat",
        "Langkah selanjutnya",
        "Harapan kepolisian",
    ];
}
