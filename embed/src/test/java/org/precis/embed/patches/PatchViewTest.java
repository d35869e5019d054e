package org.precis.embed.patches;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.precis.slide.RgbImage;

class PatchViewTest {

    /** Pixel (x, y) has red x, green y, blue 7: every pixel tells where it came from. */
    private static RgbImage positions(int width, int height) {
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 3 * (y * width + x);
                rgb[i] = (byte) x;
                rgb[i + 1] = (byte) y;
                rgb[i + 2] = 7;
            }
        }
        return new RgbImage(width, height, rgb);
    }

    @Test
    void rotatesClockwiseAndMirrorsLeftRight() {
        RgbImage image = positions(3, 2);
        RgbImage turned = PatchView.ROTATE_90.apply(image);
        assertThat(turned.width()).isEqualTo(2);
        assertThat(turned.height()).isEqualTo(3);
        // Clockwise: the bottom-left source pixel (0, 1) becomes the top-left.
        assertThat(turned.rgbAt(0, 0)).isEqualTo(0x000107);
        assertThat(turned.rgbAt(1, 0)).isEqualTo(0x000007);
        assertThat(turned.rgbAt(1, 2)).isEqualTo(0x020007);
        RgbImage mirrored = PatchView.MIRROR.apply(image);
        assertThat(mirrored.rgbAt(0, 0)).isEqualTo(0x020007);
        assertThat(mirrored.rgbAt(2, 1)).isEqualTo(0x000107);
    }

    @Property(tries = 50)
    void theEightViewsAreDistinctAndEachIsUndoneByItsInverse(
            @ForAll @IntRange(min = 2, max = 9) int width, @ForAll @IntRange(min = 2, max = 9) int height) {
        RgbImage image = positions(width, height);
        Set<RgbImage> views = new HashSet<>();
        for (PatchView view : PatchView.values()) {
            views.add(view.apply(image));
        }
        assertThat(views).hasSize(8);
        RgbImage turned = image;
        for (int i = 0; i < 4; i++) {
            turned = PatchView.ROTATE_90.apply(turned);
        }
        assertThat(turned).isEqualTo(image);
        assertThat(PatchView.MIRROR.apply(PatchView.MIRROR.apply(image))).isEqualTo(image);
        assertThat(PatchView.ROTATE_270.apply(PatchView.ROTATE_90.apply(image))).isEqualTo(image);
        // A mirrored view is its own inverse.
        assertThat(PatchView.MIRROR_ROTATE_90.apply(PatchView.MIRROR_ROTATE_90.apply(image)))
                .isEqualTo(image);
    }

    @Property(tries = 30)
    void theDihedralSetOfAnyViewIsTheSameSet(@ForAll @IntRange(min = 2, max = 6) int side) {
        RgbImage image = positions(side, side + 1);
        for (PatchView first : PatchView.values()) {
            Set<RgbImage> views = new HashSet<>();
            for (PatchView view : ViewSet.DIHEDRAL8.views()) {
                views.add(view.apply(first.apply(image)));
            }
            Set<RgbImage> original = new HashSet<>();
            for (PatchView view : ViewSet.DIHEDRAL8.views()) {
                original.add(view.apply(image));
            }
            assertThat(views).isEqualTo(original);
        }
    }
}
