/**
 * Pathologists' sign-offs as labelled training data for a site: {@link
 * org.precis.casework.training.TrainingPatchExport} turns the annotations of signed cases into a
 * patch folder laid out as LC25000's (one subfolder per class, {@code labels.csv} with {@code
 * path,label}, and {@code provenance.json}), which {@code precis embed --patches DIR --labels
 * DIR/labels.csv} embeds into the patch set a federation site trains and evaluates on.
 *
 * <p>What counts as signed: each case's newest signed report version, read from the snapshot the
 * sign-off froze (an amended case gives its newest signed version; an amendment still open adds
 * nothing; a case never signed is left out). Its annotations carry their class as {@code
 * properties.classification.name}. Polygons and rectangles (the viewer stores a rectangle as a
 * Polygon), and MultiPolygons, are used; points and lines are skipped and counted, because a point
 * has no extent to test a patch against and a patch centred on it would label tissue nobody
 * outlined.
 *
 * <p>How patches are cut: one {@link org.precis.imaging.grid.TileGrid} a slide (whole tiles of the
 * patch size at the µm/px asked for, from the slide's top-left corner, as every tiling in Precis),
 * read through the slide engine; a tile is kept when at least the asked fraction (default 0.5) of its
 * level-0 rectangle lies inside the annotation, computed exactly by clipping the polygon's rings to
 * the rectangle ({@link org.precis.casework.training.AnnotatedArea}; the project has no polygon
 * library, and this is the one operation needed). Each patch is a PNG named {@code
 * CASE_SLIDE_ANNOTATION_X_Y.png} (X, Y its level-0 corner). Choose the patch size to match the
 * encoder's input, e.g. {@code --patch-um 112 --mpp 0.5} for 224 px. Each annotation gives its own
 * patches: a tile inside two overlapping annotations is written twice, once under each one's class.
 *
 * <p>Bad input (no signed case, a class on no signed polygon or rectangle or giving no patch, a
 * signed slide missing from the slide folders or no longer the file whose SHA-256 was signed, an
 * output folder that is not empty) is a {@link org.precis.casework.training.TrainingPatchException}
 * with one line; the folder is written beside the output and renamed into place only when
 * complete, so a failed export leaves nothing.
 */
package org.precis.casework.training;
