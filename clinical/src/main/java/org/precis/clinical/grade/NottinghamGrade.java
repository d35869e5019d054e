package org.precis.clinical.grade;

import org.precis.clinical.ImplausibleValueException;

/** Nottingham histological grade: 1 well, 2 moderately, 3 poorly differentiated. */
public enum NottinghamGrade {
    GRADE_1(1, "well differentiated"),
    GRADE_2(2, "moderately differentiated"),
    GRADE_3(3, "poorly differentiated");

    private final int number;
    private final String differentiation;

    NottinghamGrade(int number, String differentiation) {
        this.number = number;
        this.differentiation = differentiation;
    }

    /** 1, 2 or 3: the number added into the Nottingham Prognostic Index. */
    public int number() {
        return number;
    }

    public String differentiation() {
        return differentiation;
    }

    public static NottinghamGrade of(int number) {
        for (NottinghamGrade g : values()) {
            if (g.number == number) {
                return g;
            }
        }
        throw new ImplausibleValueException("Nottingham grade must be 1, 2 or 3, was " + number);
    }
}
