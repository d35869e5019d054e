package org.precis.report.survival;

import java.io.IOException;
import java.util.SortedMap;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.RightCensoredSample;
import org.precis.survival.km.SurvivalCurve;
import org.precis.testing.SampleData;

/** R's NCCTG lung data: Kaplan-Meier by sex, death (status 2) as the event. */
final class LungCurves {

    private LungCurves() {}

    static SurvivalTable table() throws IOException {
        return SurvivalTable.readCsv(SampleData.path("samples/clinical/survival_lung.csv"));
    }

    static RightCensoredSample sample(SurvivalTable lung) {
        Column time = lung.column("time");
        Column status = lung.column("status");
        double[] times = new double[lung.rowCount()];
        boolean[] events = new boolean[lung.rowCount()];
        for (int i = 0; i < times.length; i++) {
            times[i] = time.number(i).orElseThrow();
            events[i] = status.number(i).orElseThrow() == 2;
        }
        return RightCensoredSample.of(times, events);
    }

    static SortedMap<String, SurvivalCurve> bySex() throws IOException {
        SurvivalTable lung = table();
        Column sex = lung.column("sex");
        String[] groups = new String[lung.rowCount()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = Long.toString(Math.round(sex.number(i).orElseThrow()));
        }
        return new KaplanMeier().estimateByGroup(sample(lung), groups);
    }
}
