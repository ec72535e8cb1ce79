package id.bpjs.jmo.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.branch.Branch;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The printable A4 survey poster: one page per branch with a QR code to its public survey page, in Indonesian (the
 * survey page's default language) with one line for English readers; the texts are the {@code poster.*} keys of the
 * translation bundles.
 */
@Service
public class SurveyPosters {

    private static final Color GREEN = id.bpjs.jmo.base.domain.BrandColours.GREEN;
    /** The poster's language: the survey page's default. */
    private static final Locale POSTER = Formats.ID;
    /** The language of the poster's last line, which tells its readers how to open the page in it. */
    private static final Locale SECOND_LANGUAGE = Formats.EN;

    private final String publicUrl;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final id.bpjs.jmo.security.CurrentUser currentUser;
    private final id.bpjs.jmo.base.time.ServiceTime time;

    SurveyPosters(@Value("${jmo.public-url:http://localhost:8080}") String publicUrl,
            org.springframework.jdbc.core.JdbcTemplate jdbc, id.bpjs.jmo.security.CurrentUser currentUser,
            id.bpjs.jmo.base.time.ServiceTime time) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.time = time;
    }

    public String surveyUrl(Branch branch) {
        return publicUrl + "/survei/" + branch.getCode();
    }

    /**
     * One A4 page per branch: a large QR code to the branch's survey page, its address and a short invitation. The
     * first download per branch is recorded ({@code survey_poster}, V22): the set-up checklist ticks the poster step
     * from it.
     */
    @org.springframework.transaction.annotation.Transactional
    public byte[] posters(List<Branch> branches) {
        var who = currentUser.get().map(user -> user.username()).orElse("?");
        for (var branch : branches) {
            jdbc.update("insert into survey_poster (branch_id, first_downloaded_at, downloaded_by) select ?, ?, ?"
                    + " from branch where id = ? and not exists (select 1 from survey_poster where branch_id = ?)",
                    branch.getId(), java.sql.Timestamp.valueOf(time.now(branch.zone())), who, branch.getId(),
                    branch.getId());
        }
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            boolean first = true;
            for (var branch : branches) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                var title = new Paragraph(Translations.get(POSTER, "poster.title"),
                        new Font(Font.HELVETICA, 30, Font.BOLD, GREEN));
                title.setAlignment(Element.ALIGN_CENTER);
                document.add(title);
                var office = new Paragraph(Translations.get(POSTER, "poster.office", branch.getName()),
                        new Font(Font.HELVETICA, 18, Font.NORMAL));
                office.setAlignment(Element.ALIGN_CENTER);
                office.setSpacingAfter(18);
                document.add(office);
                var invitation = new Paragraph(Translations.get(POSTER, "poster.invitation"),
                        new Font(Font.HELVETICA, 14));
                invitation.setAlignment(Element.ALIGN_CENTER);
                invitation.setSpacingAfter(24);
                document.add(invitation);
                var qr = Image.getInstance(qr(surveyUrl(branch), 900), null);
                qr.scaleToFit(340, 340);
                qr.setAlignment(Element.ALIGN_CENTER);
                document.add(qr);
                var url = new Paragraph(surveyUrl(branch), new Font(Font.COURIER, 14, Font.BOLD));
                url.setAlignment(Element.ALIGN_CENTER);
                url.setSpacingBefore(12);
                document.add(url);
                var otherLanguage = new Paragraph(Translations.get(SECOND_LANGUAGE, "poster.otherLanguage"),
                        new Font(Font.HELVETICA, 11, Font.ITALIC, Color.GRAY));
                otherLanguage.setAlignment(Element.ALIGN_CENTER);
                otherLanguage.setSpacingBefore(24);
                document.add(otherLanguage);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The poster could not be written", e);
        }
        return out.toByteArray();
    }

    static BufferedImage qr(String content, int size) {
        try {
            var matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < size; x++) {
                for (int y = 0; y < size; y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
