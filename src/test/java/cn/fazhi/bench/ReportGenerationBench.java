package cn.fazhi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.annual.AnnualReportService;
import cn.fazhi.reporting.annual.Rendered;
import cn.fazhi.reporting.annual.ReportOutput;
import cn.fazhi.support.FazhiIntegrationTest;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5 bench: the time to generate the demo report's .docx and PDF (median of {@value #RUNS} runs after a
 * warm-up) against a baseline of writing the same text as plain UTF-8 .txt in the same run. The rendering of the
 * report from the metrics is done once beforehand, so both sides format the same content.
 */
@Tag("bench")
@FazhiIntegrationTest
class ReportGenerationBench {

    private static final int RUNS = 21;
    private static final int WARMUP = 5;
    private static final String FONT = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired AnnualReportService service;
    @Autowired ReportOutput output;

    @Test
    void docxAndPdfVersusPlainText() {
        UUID id = jdbc.queryForObject("""
                select r.id from annual_report r join org_unit o on o.id = r.org_id
                where o.code = 'CITY' and r.report_year = 2025 order by r.version_no desc limit 1""", UUID.class);
        FazhiPrincipal sfj = accounts.loadByUsername("sfj").orElseThrow();
        Rendered.Report report = service.rendered(id, sfj);
        double txt = median(() -> output.txt(report));
        double docx = median(() -> output.docx(report));
        double pdf = median(() -> output.pdf(report));
        System.out.printf("BENCH report.docx_generation value=%.2f baseline=%.3f ratio=%.0f ms (median of %d; baseline: same text as .txt; %d bytes)%n",
                docx, txt, docx / txt, RUNS, output.docx(report).length);
        System.out.printf("BENCH report.pdf_generation value=%.2f baseline=%.3f ratio=%.0f ms (median of %d; baseline: same text as .txt; %d bytes)%n",
                pdf, txt, pdf / txt, RUNS, output.pdf(report).length);
        // the kept font bytes against the previous code (openhtmltopdf given the font file, which it reads for every
        // PDF) on the same HTML: interleaved, so that both sides share the machine's load
        String fontPath = System.getProperty("fazhi.reporting.pdf-font", FONT);
        double[] cached = new double[RUNS];
        double[] fromFile = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t = System.nanoTime();
            assertThat(output.pdf(report)).isNotEmpty();
            long t2 = System.nanoTime();
            assertThat(pdfFromFontFile(output.html(report), fontPath)).isNotEmpty();
            long t3 = System.nanoTime();
            if (i >= WARMUP) {
                cached[i - WARMUP] = (t2 - t) / 1e6;
                fromFile[i - WARMUP] = (t3 - t2) / 1e6;
            }
        }
        Arrays.sort(cached);
        Arrays.sort(fromFile);
        System.out.printf("BENCH report.pdf_font_kept value=%.2f baseline=%.2f ratio=%.2f ms (median of %d interleaved; baseline: useFont(File) as before, same HTML)%n",
                cached[RUNS / 2], fromFile[RUNS / 2], cached[RUNS / 2] / fromFile[RUNS / 2], RUNS);
        assertThat(docx).isPositive();
        assertThat(pdf).isPositive();
    }

    static byte[] pdfFromFontFile(String html, String font) {
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(new java.io.File(font), "CJK");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static double median(Supplier<byte[]> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            byte[] b = work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            assertThat(b).isNotEmpty();
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
