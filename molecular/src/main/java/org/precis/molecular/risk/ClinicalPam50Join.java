package org.precis.molecular.risk;

import java.util.HashMap;
import java.util.Map;
import org.precis.molecular.pam50.Pam50Call;
import org.precis.molecular.pam50.Pam50Result;
import org.precis.molecular.pam50.Pam50Subtype;
import org.precis.molecular.pam50.RorS;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * A clinical table with each patient's PAM50 results beside it, matched by sample id: {@code
 * pam50} (the subtype, text), {@code ror_s} (0-100) and {@code ror_s_high} (1 for the High group, 0
 * otherwise). A patient without an expression profile, or without a score, has them missing.
 */
public final class ClinicalPam50Join {

    public static final String SUBTYPE = "pam50";
    public static final String ROR_S = "ror_s";
    public static final String ROR_S_HIGH = "ror_s_high";

    private ClinicalPam50Join() {}

    /** {@code clinical} with the PAM50 columns added; {@code sampleColumn} holds the sample ids. */
    public static SurvivalTable join(SurvivalTable clinical, String sampleColumn, Pam50Result result) {
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < result.calls().size(); i++) {
            rows.put(result.calls().get(i).sample(), i);
        }
        Column ids = clinical.column(sampleColumn);
        int n = clinical.rowCount();
        String[] subtype = new String[n];
        double[] score = new double[n];
        double[] high = new double[n];
        int matched = 0;
        for (int r = 0; r < n; r++) {
            Integer i = ids.text(r).map(rows::get).orElse(null);
            score[r] = Double.NaN;
            high[r] = Double.NaN;
            if (i == null) {
                continue;
            }
            matched++;
            Pam50Call call = result.calls().get(i);
            RorS ror = result.rorS().get(i);
            subtype[r] = call.subtype().map(Pam50Subtype::label).orElse(null);
            score[r] = ror.score();
            high[r] = ror.risk()
                    .map(risk -> risk.label().equals("High") ? 1.0 : 0.0)
                    .orElse(Double.NaN);
        }
        if (matched == 0) {
            throw clinical.fault("no sample id in column '" + sampleColumn + "' has a PAM50 call");
        }
        return clinical.withColumn(Column.text(SUBTYPE, subtype))
                .withColumn(Column.numeric(ROR_S, score))
                .withColumn(Column.numeric(ROR_S_HIGH, high));
    }
}
