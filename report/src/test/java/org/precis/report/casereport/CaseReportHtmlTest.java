package org.precis.report.casereport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class CaseReportHtmlTest {

    private final CaseReport report = SampleCaseReports.amendedBreastCase();
    private final String html = new CaseReportHtml().render(report);

    @Test
    void escapesMarkupInCaseText() throws Exception {
        assertThat(html).doesNotContain("<script").doesNotContain("alert('x')");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; breast primary");
        assertThat(html).contains("H&amp;E patch");
        Document page = parse(html);
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void escapesTheCaseIdInTheStyleSheet() throws Exception {
        CaseReport hostile = new CaseReport(
                "X\"}</style><script>alert(1)</script>",
                report.patientPseudonym(),
                report.specimen(),
                report.status(),
                report.version(),
                report.amendmentReason(),
                report.clinicalData(),
                report.findings(),
                report.models(),
                report.slides(),
                report.keyImages(),
                report.signatures(),
                report.softwareVersion(),
                report.generatedAt());
        String page = new CaseReportHtml().render(hostile);
        assertThat(page).doesNotContain("<script").doesNotContain("</style><");
        assertThat(parse(page).getElementsByTagName("style").getLength()).isEqualTo(1);
    }

    @Test
    void isSelfContainedXhtmlWithoutScripts() throws Exception {
        Document page = parse(html);
        assertThat(page.getElementsByTagName("img").getLength()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            String src = page.getElementsByTagName("img")
                    .item(i)
                    .getAttributes()
                    .getNamedItem("src")
                    .getNodeValue();
            assertThat(src).startsWith("data:image/png;base64,");
            byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
            assertThat(png).isEqualTo(report.keyImages().get(i).png());
        }
        assertThat(html)
                .doesNotContain("http://example")
                .doesNotContain("<link")
                .doesNotContain("src=\"http");
    }

    @Test
    void showsEveryPartOfTheReport() {
        assertThat(html)
                .contains("Case report BR-2026-0042")
                .contains("PSN-7F3K-91QX")
                .contains("Left breast, wide local excision")
                .contains("amended</span>, version 2")
                .contains("PAM50 subtype revised to Luminal B");
        for (ReportedFinding finding : report.findings()) {
            assertThat(html).contains(Xhtml.text(finding.label()));
            assertThat(html).contains(Xhtml.text(finding.provenance().software()));
        }
        assertThat(html).contains("22.1 % (95 % interval 20.3–24.0)").contains("5.6 /mm² (95 % interval 4.3–7.1)");
        assertThat(html).contains("<td>changed</td><td>Luminal B</td>").contains("<td>rejected</td>");
        for (ModelCard card : report.models()) {
            assertThat(html).contains(card.sha256()).contains(Xhtml.text(card.performanceOnUnseenData()));
        }
        assertThat(html).contains(report.slides().get(0).sha256()).contains("0.4990");
        assertThat(html).contains("size_mm").contains("<td>58</td>");
        assertThat(html)
                .contains("2026-03-02T10:15:30Z")
                .contains("2026-03-04T08:02:11Z")
                .contains("dr.okafor")
                .contains("<td>amended</td>");
    }

    @Test
    void marksEachFindingOfAModelNotValidatedForDiagnosis() {
        long notValidatedFindings = report.findings().stream()
                .filter(finding -> finding.modelId()
                        .flatMap(report::model)
                        .map(card -> !card.validatedForDiagnosis())
                        .orElse(false))
                .count();
        int inTable = html.substring(html.indexOf("id=\"findings\""), html.indexOf("id=\"key-images\""))
                        .split("research use — not a diagnosis on its own", -1)
                        .length
                - 1;
        assertThat(notValidatedFindings).isEqualTo(2);
        assertThat(inTable).isEqualTo(2);
    }

    private static Document parse(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
    }
}
