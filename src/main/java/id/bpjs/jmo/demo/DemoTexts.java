package id.bpjs.jmo.demo;

import id.bpjs.jmo.base.domain.RogersAttribute;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Building blocks for comments and complaint descriptions that read like real ones: an opener, one or two
 * attribute-specific statements and sometimes a closing remark, in everyday Indonesian.
 */
final class DemoTexts {

    private DemoTexts() {
    }

    static final List<String> OPENERS = List.of("", "", "", "Menurut saya, ", "Jujur saja, ", "Secara umum ",
            "Pengalaman saya, ", "Sejauh ini ", "Saya rasa ", "Kalau dari saya, ", "Alhamdulillah, ", "Sebenarnya ");

    static final List<String> CLOSERS = List.of("", "", "", " Terima kasih.", " Semoga makin baik.",
            " Tolong diperbaiki ya.", " Mohon ditingkatkan lagi.", " Terima kasih BPJS Ketenagakerjaan.",
            " Sukses terus.", " Semoga ke depan lebih lancar.");

    static final Map<RogersAttribute, List<String>> POSITIVE = Map.of(
            RogersAttribute.RELATIVE_ADVANTAGE, List.of(
                    "klaim JHT lewat JMO jauh lebih cepat daripada antre di kantor cabang",
                    "tidak perlu izin kerja lagi untuk datang ke kantor, semua bisa dari HP",
                    "hemat ongkos dan waktu, cukup dari rumah",
                    "saldo JHT langsung bisa dicek kapan saja",
                    "proses klaim tidak sampai seminggu sudah cair",
                    "lebih praktis dibanding harus fotokopi berkas dan antre dari pagi"),
            RogersAttribute.COMPATIBILITY, List.of(
                    "aplikasinya sesuai dengan kebutuhan saya sebagai pekerja",
                    "cocok untuk pekerja yang tidak bisa meninggalkan pekerjaan",
                    "bisa dipakai di HP saya yang biasa saja",
                    "layanannya lancar dan sesuai kebiasaan saya pakai aplikasi lain",
                    "pembayaran iuran BPU jadi gampang"),
            RogersAttribute.COMPLEXITY, List.of(
                    "menunya mudah dipahami",
                    "langkah klaimnya jelas dan tidak ribet",
                    "setelah dicoba sekali ternyata gampang",
                    "petunjuk di aplikasi cukup jelas"),
            RogersAttribute.TRIALABILITY, List.of(
                    "daftar akun JMO cepat, cuma perlu NIK dan nomor HP",
                    "saya langsung bisa mencoba fiturnya tanpa dibantu petugas",
                    "pertama kali pakai langsung bisa",
                    "mudah dicoba, anak saya juga bisa mengajari"),
            RogersAttribute.OBSERVABILITY, List.of(
                    "status klaim bisa dipantau dari notifikasi",
                    "hasilnya kelihatan, dana masuk rekening sesuai jadwal",
                    "kartu digital langsung muncul di aplikasi",
                    "saya bisa lihat riwayat iuran dengan jelas",
                    "pelayanan terasa cepat dan efektif"));

    static final Map<RogersAttribute, List<String>> NEGATIVE = Map.of(
            RogersAttribute.RELATIVE_ADVANTAGE, List.of(
                    "fitur yang saya butuhkan belum ada di JMO",
                    "untuk saldo di atas 15 juta tetap harus ke kantor, jadi sama saja",
                    "fitur penggabungan saldo belum bisa dipakai",
                    "tidak ada fitur untuk mengubah nomor rekening sendiri"),
            RogersAttribute.COMPATIBILITY, List.of(
                    "aplikasinya sering eror saat mau klaim",
                    "sering force close setelah update terbaru",
                    "kode OTP tidak masuk-masuk padahal sinyal bagus",
                    "muncul tulisan gagal memuat data terus",
                    "aplikasi berat di HP saya, sering keluar sendiri",
                    "setelah pembaruan aplikasi malah tidak bisa login"),
            RogersAttribute.COMPLEXITY, List.of(
                    "verifikasi wajah gagal terus sampai akun terblokir",
                    "masih bingung langkah-langkah klaimnya",
                    "ribet untuk orang tua seperti saya",
                    "menunya terlalu banyak dan susah dicari",
                    "susah unggah dokumen, fotonya selalu ditolak",
                    "harus dibantu petugas karena tidak paham caranya",
                    "istilah-istilahnya membingungkan"),
            RogersAttribute.TRIALABILITY, List.of(
                    "pendaftaran akun gagal karena data tidak sesuai",
                    "email aktivasi tidak pernah sampai"),
            RogersAttribute.OBSERVABILITY, List.of(
                    "status klaim tidak berubah berhari-hari",
                    "saldo tidak tampil di aplikasi",
                    "tidak ada pemberitahuan kalau klaim ditolak",
                    "kartu digital tidak muncul"));

    /** Complaint descriptions per category, as staff write them down from the participant. */
    static final Map<String, List<String>> COMPLAINTS = Map.of(
            "LOGIN_OTP", List.of("Peserta tidak menerima kode OTP saat login JMO, sudah dicoba beberapa kali",
                    "OTP masuk terlambat sehingga kedaluwarsa, peserta tidak bisa masuk aplikasi",
                    "Peserta lupa kata sandi dan tautan reset tidak terkirim ke email"),
            "FACE_VERIFICATION", List.of("Verifikasi wajah gagal tiga kali dan akun peserta terblokir",
                    "Peserta lansia kesulitan foto wajah, selalu gagal dikenali",
                    "Pengenalan wajah gagal karena pencahayaan, peserta minta dibantu"),
            "APP_ERROR", List.of("Aplikasi JMO force close saat membuka menu klaim JHT",
                    "Muncul pesan eror saat mengunggah dokumen klaim",
                    "Aplikasi keluar sendiri setelah update versi terbaru",
                    "Layar putih (blank) setelah login, aplikasi tidak merespons"),
            "BALANCE_DATA", List.of("Saldo JHT tidak tampil di aplikasi, hanya tanda strip",
                    "Data kepesertaan tidak sesuai dengan perusahaan terakhir",
                    "Riwayat iuran beberapa bulan tidak muncul"),
            "CLAIM_BLOCKED", List.of("Klaim JHT tidak dapat dilanjutkan, muncul keterangan data tidak valid",
                    "Pengajuan klaim berhenti di tahap verifikasi dokumen",
                    "Peserta tidak bisa klaim karena status masih aktif di perusahaan lama"),
            "DIGITAL_CARD", List.of("Kartu digital tidak muncul di aplikasi JMO",
                    "Nomor KPJ pada kartu digital berbeda dengan kartu fisik"),
            "MISSING_FEATURE", List.of("Peserta meminta fitur ubah nomor rekening di aplikasi",
                    "Peserta menanyakan fitur penggabungan saldo dari beberapa kartu",
                    "Peserta ingin bisa mencetak rincian saldo dari aplikasi"),
            "HARD_TO_USE", List.of("Peserta bingung alur klaim di aplikasi dan datang ke kantor untuk dibantu",
                    "Peserta kesulitan mencari menu pengkinian data",
                    "Peserta tidak paham cara mengunggah foto buku tabungan"),
            "OTHER", List.of("Peserta menanyakan jadwal pencairan JHT",
                    "Peserta menanyakan persyaratan klaim JKP",
                    "Peserta meminta informasi program BPU untuk pekerja informal"));

    static final List<String> COMPLAINT_TAILS = List.of("", "", ". Sudah dicoba ulang di HP lain, hasilnya sama",
            ". Peserta meminta segera ditindaklanjuti", ". Kejadian sejak kemarin sore",
            ". Peserta datang bersama keluarga untuk dibantu", ". Peserta mengirim tangkapan layar",
            ". Sinyal internet peserta normal");

    static final List<String> ERROR_MESSAGES = List.of("Terjadi kesalahan, silakan coba beberapa saat lagi",
            "Gagal memuat data (500)", "Koneksi terputus, periksa jaringan Anda", "Sesi Anda telah berakhir",
            "Unfortunately, JMO has stopped", "Request timeout");

    static String pick(RandomGenerator random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A participant's comment about one or two attributes, positive or negative. */
    static String comment(RandomGenerator random, RogersAttribute attribute, boolean positive,
            RogersAttribute second, boolean secondPositive) {
        var opener = pick(random, OPENERS);
        var first = pick(random, (positive ? POSITIVE : NEGATIVE).get(attribute));
        var text = new StringBuilder(opener.isEmpty() ? capitalise(first) : opener + first);
        if (random.nextInt(3) == 0 && second != attribute) {
            var connector = positive == secondPositive ? ", dan " : ", tetapi ";
            text.append(connector).append(pick(random, (secondPositive ? POSITIVE : NEGATIVE).get(second)));
        }
        text.append('.').append(pick(random, CLOSERS));
        return text.toString();
    }
}
