package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Folds that keep each image whole: the images present among the cells, shuffled by the caller's
 * generator, are dealt round-robin to the folds, so that neighbouring cells of one field are never
 * on both sides of a split.
 */
final class ImageFolds {

    private ImageFolds() {}

    /** The fold (0..folds-1) of each of {@code cells}, by its image. */
    static int[] assign(int[] cells, int[] imageOfCell, int folds, RandomGenerator random) {
        List<Integer> images = new ArrayList<>();
        for (int c : cells) {
            if (!images.contains(imageOfCell[c])) {
                images.add(imageOfCell[c]);
            }
        }
        images.sort(Integer::compare);
        if (folds < 2 || folds > images.size()) {
            throw new IllegalArgumentException(
                    "need 2.." + images.size() + " folds for " + images.size() + " images: " + folds);
        }
        for (int i = images.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = images.get(i);
            images.set(i, images.get(j));
            images.set(j, swap);
        }
        int[] foldOfImage = new int[imageOfCell.length == 0 ? 0 : maxImage(imageOfCell) + 1];
        for (int i = 0; i < images.size(); i++) {
            foldOfImage[images.get(i)] = i % folds;
        }
        int[] fold = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            fold[i] = foldOfImage[imageOfCell[cells[i]]];
        }
        return fold;
    }

    /** The cells (from {@code cells}) whose fold is {@code f} ({@code inFold}) or not. */
    static int[] members(int[] cells, int[] fold, int f, boolean inFold) {
        return java.util.stream.IntStream.range(0, cells.length)
                .filter(i -> (fold[i] == f) == inFold)
                .map(i -> cells[i])
                .toArray();
    }

    private static int maxImage(int[] imageOfCell) {
        int max = 0;
        for (int i : imageOfCell) {
            max = Math.max(max, i);
        }
        return max;
    }
}
