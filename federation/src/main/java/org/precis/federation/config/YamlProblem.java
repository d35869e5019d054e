package org.precis.federation.config;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A YAML file that does not parse, in one line: the line it fails on and the parser's first line of why. */
public final class YamlProblem {

    private YamlProblem() {}

    /** {@code not valid YAML at line 3: mapping values are not allowed here}. */
    public static String describe(JsonProcessingException e) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() <= 0
                ? ""
                : " at line " + e.getLocation().getLineNr();
        String why = e.getOriginalMessage() == null
                ? ""
                : e.getOriginalMessage().lines().findFirst().orElse("").strip();
        return "not valid YAML" + where + (why.isEmpty() ? "" : ": " + why);
    }
}
