package org.precis.survival.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Arbitrary text through the CSV reader and a design on what it reads: only IllegalArgumentException may escape. */
class SurvivalCsvFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void csvAndDesignRaiseOnlyIllegalArgument(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      SurvivalTable t = SurvivalTable.parseCsv(text);
      if (t.columnNames().size() >= 2) {
        java.util.List<String> names = t.columnNames();
        CoxDesign.builder().time(names.get(0)).event(names.get(1))
            .covariates(names.subList(names.size() > 2 ? 2 : 1, names.size())).on(t);
      }
    } catch (IllegalArgumentException expected) {
      // bad input is reported, never a crash of another kind
    }
  }
}
