package id.bpjs.jmo.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What identifies a participant never reaches a slide: KPJ, NIK, phone and e-mail are masked; the rest stays. */
class PersonalDataTest {

    @Test
    void kpj_nik_phone_and_email_are_masked() {
        var text = "KPJ saya 12345678901, NIK 3302 0112 3456 7890, hubungi 0812-2345-6789 atau +62 812 2345 6789,"
                + " email budi.s@gmail.com. Klaim gagal terus.";
        assertThat(PersonalData.redact(text)).isEqualTo("KPJ saya [nomor disamarkan], NIK [nomor disamarkan],"
                + " hubungi [nomor disamarkan] atau [nomor disamarkan], email [email disamarkan]. Klaim gagal terus.");
    }

    @Test
    void numbers_glued_to_a_word_or_grouped_with_dots_are_masked_too() {
        assertThat(PersonalData.redact("KPJ12345678901 / KPJ-12345678901 / NIK3302011234567890 / 0812.3456.7890"))
                .isEqualTo("KPJ[nomor disamarkan] / KPJ-[nomor disamarkan] / NIK[nomor disamarkan] / [nomor disamarkan]");
    }

    @Test
    void dates_amounts_versions_and_tickets_stay() {
        var text = "Tanggal 27-11-2026 saldo Rp 1.250.000.000 di versi 4.12.3, tiket PWT-2026-000020, antre 3 jam,"
                + " kode 12345678.";
        assertThat(PersonalData.redact(text)).isEqualTo(text);
    }
}
