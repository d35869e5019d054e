package org.precis.imaging.qc.bench;

/**
 * One slide's figures. The CPU seconds are the whole process's (all threads, the JIT and the
 * collector too) over the same runs: on a shared, loaded machine they say what the wall clock
 * cannot.
 */
public record QcTiming(
        String file,
        double medianSeconds,
        double minSeconds,
        double medianCpuSeconds,
        double targetSeconds,
        double ratioToTarget,
        double tissueAreaMm2,
        int focusTilesChecked) {}
