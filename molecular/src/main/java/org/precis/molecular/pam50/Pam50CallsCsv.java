package org.precis.molecular.pam50;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes PAM50 calls as a CSV: {@code sample, subtype, cor_Basal ... cor_Normal, prob_Basal ...
 * prob_Normal, ror_s, ror_s_risk}; an empty cell where genefu gives NA or NaN. Numbers with 17
 * significant digits, enough to give back the exact double.
 */
public final class Pam50CallsCsv {

    /** The header's column names. */
    public static String header() {
        StringBuilder header = new StringBuilder("sample,subtype");
        for (Pam50Subtype subtype : Pam50Subtype.values()) {
            header.append(",cor_").append(subtype.label());
        }
        for (Pam50Subtype subtype : Pam50Subtype.values()) {
            header.append(",prob_").append(subtype.label());
        }
        return header.append(",ror_s,ror_s_risk").toString();
    }

    public void write(Pam50Result result, Writer out) throws IOException {
        out.write(header());
        out.write('\n');
        List<Pam50Call> calls = result.calls();
        for (int i = 0; i < calls.size(); i++) {
            Pam50Call call = calls.get(i);
            RorS ror = result.rorS().get(i);
            StringBuilder row = new StringBuilder(quoted(call.sample()));
            row.append(',').append(call.subtype().map(Pam50Subtype::label).orElse(""));
            for (double c : call.correlations()) {
                row.append(',').append(number(c));
            }
            for (double p : call.probabilities()) {
                row.append(',').append(number(p));
            }
            row.append(',').append(number(ror.score()));
            row.append(',').append(ror.risk().map(RorSRisk::label).orElse(""));
            out.write(row.append('\n').toString());
        }
    }

    /** Shortest text that reads back as the same double (Java's repr); empty for NaN. */
    static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
