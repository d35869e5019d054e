package org.precis.learn.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Stratified k-fold assignment: each class's cases, shuffled by the caller's generator, are dealt
 * round-robin to the folds (continuing where the previous class stopped), so every fold holds
 * each class in nearly the training proportion and fold sizes differ by at most one.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {}

    /** The fold (0..folds-1) of each case. */
    public static int[] assign(int[] classIndex, int classCount, int folds, RandomGenerator random) {
        if (folds < 2 || folds > classIndex.length) {
            throw new IllegalArgumentException("need 2.." + classIndex.length + " folds: " + folds);
        }
        int[] fold = new int[classIndex.length];
        int next = 0;
        for (int k = 0; k < classCount; k++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < classIndex.length; i++) {
                if (classIndex[i] == k) {
                    members.add(i);
                }
            }
            for (int i = members.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer swap = members.get(i);
                members.set(i, members.get(j));
                members.set(j, swap);
            }
            for (int member : members) {
                fold[member] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }

    /** Indices of the cases in fold {@code f} ({@code inFold}) or not in it. */
    static int[] members(int[] fold, int f, boolean inFold) {
        int count = 0;
        for (int value : fold) {
            if ((value == f) == inFold) {
                count++;
            }
        }
        int[] members = new int[count];
        int next = 0;
        for (int i = 0; i < fold.length; i++) {
            if ((fold[i] == f) == inFold) {
                members[next++] = i;
            }
        }
        return members;
    }
}
