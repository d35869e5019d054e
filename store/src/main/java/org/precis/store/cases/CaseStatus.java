package org.precis.store.cases;

import java.util.Locale;

/**
 * Where a case stands, from its latest report version: {@link #DRAFT} before the first sign-off,
 * {@link #SIGNED} once version 1 is signed, {@link #AMENDING} while an amendment (version 2 or
 * later) is open as a draft, {@link #AMENDED} once an amendment is signed. A case is editable
 * (reviews, annotations, analyses, clinical data) only while DRAFT or AMENDING.
 */
public enum CaseStatus {
    DRAFT,
    SIGNED,
    AMENDING,
    AMENDED;

    /** The label used in JSON, e.g. {@code amending}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether findings, annotations, analyses and clinical data may change. */
    public boolean editable() {
        return this == DRAFT || this == AMENDING;
    }

    static CaseStatus of(ReportStatus latest, int version) {
        return switch (latest) {
            case DRAFT -> version == 1 ? DRAFT : AMENDING;
            case SIGNED -> SIGNED;
            case AMENDED -> AMENDED;
        };
    }
}
