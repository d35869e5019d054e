package org.precis.clinical.tnm;

/** The edition of the TNM classification a stage is grouped by. */
public enum TnmEdition {
    /** 8th edition (IASLC 2016 proposals; UICC/AJCC 8th edition, 2017-2024). */
    EIGHTH("8th edition"),
    /** 9th edition (IASLC 2024 proposals; UICC 9th edition, in force from 1 January 2025). */
    NINTH("9th edition");

    private final String label;

    TnmEdition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** This edition's stage table. */
    public StageTable stageTable() {
        return this == EIGHTH ? StageTable.eighthEdition() : StageTable.ninthEdition();
    }

    @Override
    public String toString() {
        return label;
    }
}
