package org.precis.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.molecular.pam50.Pam50Result;
import org.precis.molecular.pam50.Pam50Subtyping;
import org.precis.molecular.risk.ClinicalPam50Join;
import org.precis.survival.data.SurvivalTable;
import org.precis.table.CsvSeparator;

/** One cohort of {@code molecular added-value}: expression, annotation and clinical tables. */
record MolecularCohortOptions(Path expression, Path annotation, Path clinical) {

    /** The clinical table with the cohort's PAM50 columns joined by {@code sampleColumn}. */
    SurvivalTable table(CsvSeparator separator, String sampleColumn, Pam50Subtyping subtyping) throws IOException {
        Pam50Result result =
                subtyping.run(new ExpressionCsv(separator), expression, ProbeAnnotation.read(annotation, separator));
        return ClinicalPam50Join.join(SurvivalTable.readCsv(clinical, separator), sampleColumn, result);
    }
}
