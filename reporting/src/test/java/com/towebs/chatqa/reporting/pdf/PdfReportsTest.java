package com.towebs.chatqa.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.towebs.chatqa.reporting.model.AgentMonthReport;
import com.towebs.chatqa.reporting.model.NotableChat;
import com.towebs.chatqa.reporting.model.TeamMonthReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportsTest {

    private static final Locale ES_AR = Locale.forLanguageTag("es-AR");
    private static final Path PREVIEW = Path.of("target", "pdf-preview");

    private final PdfReports reports = new PdfReports();

    @Test
    void teamReportInSpanishShowsFiguresAgentsAndQuotes() throws IOException {
        byte[] pdf = reports.team(ReportFixtures.team(), ES_AR);
        String text = text(pdf);

        assertThat(text).contains("ToWebs Chat QA", "Hosting", "Octubre 2026", "towebs-2026.1");
        assertThat(text.toLowerCase(ES_AR)).contains("octubre");
        assertThat(text).contains("Chats evaluados", "1.234", "87,5", "4,2 %", "+2,2", "Mes anterior: 85,3");
        assertThat(text).contains("Lucía Gómez", "91,4", "Martín Núñez", "▼ -3,2", "Seguimiento de la espera");
        // criterion names from the bundle (the chart draws its labels as shapes: not in the text layer)
        assertThat(text).contains("Parafraseo", "Ortografía");
        assertThat(text).contains(ReportFixtures.LOW_QUOTE, ReportFixtures.THANKS_QUOTE);
        assertThat(text).contains("<b>hola</b> & ${algo}");
        assertThat(text).contains("Página 1 de ");
        assertThat(text).doesNotContain("NaN", "null");
        save(pdf, "team-es");
    }

    @Test
    void teamReportInEnglishUsesEnglishLabelsAndNumbers() throws IOException {
        String text = text(reports.team(ReportFixtures.team(), Locale.ENGLISH));

        assertThat(text).contains("October 2026", "Chats evaluated", "1,234", "87.5", "Average score");
        assertThat(text).contains("Paraphrase", "Hold follow-up", "Spelling", "Page 1 of ");
        assertThat(text).doesNotContain("Octubre", "Página", "Parafraseo");
    }

    @Test
    void nullLocaleMeansSpanish() throws IOException {
        assertThat(text(reports.team(ReportFixtures.team(), null))).contains("Octubre 2026", "87,5");
    }

    @Test
    void agentReportComparesWithTheTeamAndSaysWhatToWorkOn() throws IOException {
        AgentMonthReport report = ReportFixtures.agentReport();
        byte[] pdf = reports.agent(report, ES_AR);
        String text = text(pdf);

        assertThat(text).contains("Lucía Gómez", "Equipo Hosting", "Octubre 2026", "412", "87,5", "Equipo: 85,2");
        assertThat(text).contains("Qué trabajar a continuación", "Seguimiento de la espera", "Parafraseo");
        assertThat(text).contains("Si la espera se alarga, volvé al chat");
        assertThat(text).contains(ReportFixtures.LOW_QUOTE, "Página 1 de ");
        assertThat(text).doesNotContain("NaN", "null");
        save(pdf, "agent-es");
        save(reports.team(ReportFixtures.largeTeam(), ES_AR), "team-large-es");

        String english = text(reports.agent(report, Locale.ENGLISH));
        assertThat(english).contains("What to work on next", "If the wait runs long", "87.5", "Team: 85.2");
    }

    @Test
    void fontsAreEmbedded() throws IOException {
        for (byte[] pdf : List.of(
                reports.team(ReportFixtures.team(), ES_AR), reports.agent(ReportFixtures.agentReport(), ES_AR))) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    collectFonts(page.getResources(), fonts, 0);
                }
                assertThat(fonts).isNotEmpty();
                assertThat(fonts).allSatisfy(font -> {
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                });
            }
        }
    }

    @Test
    void firstPageIsDrawn() throws IOException {
        byte[] pdf = reports.team(ReportFixtures.team(), ES_AR);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isEqualTo(595, org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isEqualTo(842, org.assertj.core.data.Offset.offset(1f));

            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            long inked = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                    if (r < 235 || g < 235 || b < 235) {
                        inked++;
                    }
                }
            }
            // Header bar, figures, two charts and the table: well above a few stray marks.
            assertThat(inked).isGreaterThan((long) image.getWidth() * image.getHeight() / 20);
        }
    }

    @Test
    void longQuotesAreCutAndEmptyMonthsStillRender() throws IOException {
        String longQuote = "No funciona el correo y necesito ayuda urgente con la configuración. ".repeat(40);
        TeamMonthReport full = ReportFixtures.team();
        TeamMonthReport empty = new TeamMonthReport(
                "nuevo",
                "Equipo Nuevo",
                ReportFixtures.OCTOBER,
                ReportFixtures.RUBRIC,
                0,
                Double.NaN,
                Double.NaN,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(new NotableChat(LocalDate.of(2026, 10, 9), "wh-1", "Ana Peña", 12.0, null, longQuote)),
                List.of());

        byte[] pdf = reports.team(empty, ES_AR);
        save(pdf, "team-empty-es");
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Equipo Nuevo", "Octubre 2026", "No hay chats para mostrar este mes.", " …");
        assertThat(text).doesNotContain("NaN", longQuote.strip());
        assertThat(PdfReports.quote(longQuote)).hasSizeLessThanOrEqualTo(PdfReports.MAX_QUOTE_LENGTH + 2);
        assertThat(full.agents()).isNotEmpty();
    }

    @Test
    void spanishStaysSpanishWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(PdfReports.messages(ES_AR).getString("footer.page")).isEqualTo("Página {0} de {1}");
            assertThat(PdfReports.messages(Locale.US).getString("footer.page")).isEqualTo("Page {0} of {1}");
            assertThat(PdfReports.period(ReportFixtures.OCTOBER, ES_AR)).isEqualTo("Octubre 2026");
        } finally {
            Locale.setDefault(before);
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Fonts of a page, of its form XObjects (charts are drawn into some) and so on down. */
    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    /** PNGs of every page under target/pdf-preview, to look at the layout. */
    private static void save(byte[] pdf, String name) throws IOException {
        Files.createDirectories(PREVIEW);
        Files.write(PREVIEW.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(i, 100),
                        "png",
                        PREVIEW.resolve(name + "-" + (i + 1) + ".png").toFile());
            }
        }
    }
}
