package org.precis.casework.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.testing.SampleData;

class SlideLibraryTest {

    @TempDir
    Path temp;

    @Test
    void listsTheSampleSlidesWithUrlSafeUniqueIds() throws IOException {
        SlideLibrary library = SlideLibrary.scan(List.of(SampleData.path("samples/wsi")));
        assertThat(library.slides())
                .extracting(LibrarySlide::id)
                .contains("CMU-1-Small-Region.svs", "OS-2-ndpi.ome.tif", "tcga-cr-7395-01a-01-ts1.svs")
                .allMatch(id -> id.matches("[A-Za-z0-9._-]+"))
                .doesNotHaveDuplicates();
        assertThat(library.slides()).noneMatch(slide -> slide.name().endsWith(".md"));
    }

    @Test
    void findsSlidesOnlyByTheirIdNeverByAPath() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root/sub"));
        Files.copy(SampleData.path("samples/wsi/CMU-1-Small-Region.svs"), root.resolve("a.svs"));
        Files.writeString(temp.resolve("secret.svs"), "outside the root");
        SlideLibrary library = SlideLibrary.scan(List.of(temp.resolve("root")));
        assertThat(library.find("sub-a.svs")).isPresent();
        for (String attempt : List.of(
                "../secret.svs",
                "..%2Fsecret.svs",
                "sub/a.svs",
                temp.resolve("secret.svs").toString(),
                "sub%2Fa.svs",
                "a.svs",
                "",
                "..")) {
            assertThat(library.find(attempt)).as(attempt).isEmpty();
        }
    }

    @Test
    void followsSymbolicLinksOnlyInsideTheRoot() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.copy(SampleData.path("samples/wsi/CMU-1-Small-Region.svs"), outside.resolve("b.svs"));
        Files.copy(SampleData.path("samples/wsi/CMU-1-Small-Region.svs"), root.resolve("c.svs"));
        Files.createSymbolicLink(root.resolve("link-out.svs"), outside.resolve("b.svs"));
        Files.createSymbolicLink(root.resolve("dir-out"), outside);
        Files.createSymbolicLink(root.resolve("link-in.svs"), root.resolve("c.svs"));
        Files.createSymbolicLink(root.resolve("loop"), root);
        SlideLibrary library = SlideLibrary.scan(List.of(root));
        assertThat(library.slides()).extracting(LibrarySlide::id).containsExactlyInAnyOrder("c.svs", "link-in.svs");
        Path realRoot = root.toRealPath();
        assertThat(library.slides()).allMatch(slide -> slide.file().startsWith(realRoot));
    }

    @Test
    void refusesARootThatIsNotAFolder() {
        assertThatThrownBy(() -> SlideLibrary.scan(List.of(temp.resolve("missing"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining("not a folder");
    }

    @Test
    void givesTwoSlidesWithTheSameNameInTwoRootsDifferentIds() throws IOException {
        Path one = Files.createDirectories(temp.resolve("one"));
        Path two = Files.createDirectories(temp.resolve("two"));
        Files.copy(SampleData.path("samples/wsi/CMU-1-Small-Region.svs"), one.resolve("x.svs"));
        Files.copy(SampleData.path("samples/wsi/CMU-1-Small-Region.svs"), two.resolve("x.svs"));
        SlideLibrary library = SlideLibrary.scan(List.of(one, two));
        assertThat(library.slides()).extracting(LibrarySlide::id).containsExactly("x.svs", "x.svs-2");
    }
}
