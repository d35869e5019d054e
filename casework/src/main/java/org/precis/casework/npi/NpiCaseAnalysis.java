package org.precis.casework.npi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.clinical.grade.NottinghamGrade;
import org.precis.clinical.npi.GroupingScheme;
import org.precis.clinical.npi.NodeStage;
import org.precis.clinical.npi.NottinghamPrognosticIndex;

/**
 * The NPI from a case's clinical data: invasive size in mm ({@code size_mm}), positive lymph
 * nodes ({@code nodes}) and Nottingham grade ({@code grade}), each required; the clinical module
 * computes it and its group.
 */
public final class NpiCaseAnalysis {
    public static final String KIND = "npi";

    private final String software;

    public NpiCaseAnalysis(String software) {
        this.software = software;
    }

    public CaseAnalysis run(String caseId, Map<String, ?> clinical) {
        double sizeMm = number(caseId, clinical, "size_mm");
        int nodes = (int) number(caseId, clinical, "nodes");
        int grade = (int) number(caseId, clinical, "grade");
        NottinghamPrognosticIndex npi = NottinghamPrognosticIndex.ofMillimetres(
                sizeMm, NodeStage.ofPositiveNodes(nodes), NottinghamGrade.of(grade));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("software", software);
        provenance.put("model", "Nottingham Prognostic Index (Galea et al. 1992; groups Blamey et al. 2007)");
        provenance.put("parameters", Map.of("size_mm", sizeMm, "nodes", nodes, "grade", grade));
        return new CaseAnalysis(
                KIND,
                Optional.empty(),
                List.of(
                        Finding.quantity(
                                "npi", "Nottingham Prognostic Index", Math.round(npi.value() * 100) / 100.0, "1"),
                        Finding.category(
                                "npi_group",
                                "NPI group",
                                npi.group(GroupingScheme.FOUR_GROUPS).label())),
                List.of(),
                provenance);
    }

    private static double number(String caseId, Map<String, ?> clinical, String column) {
        Object value = clinical.get(column);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(
                    "case " + caseId + ": the NPI needs the clinical value " + column + " as a number, got " + value);
        }
        return number.doubleValue();
    }
}
