package org.precis.demo.steps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index of what the demo wrote: {@code index.html} (links, grouped by section, with the command
 * that wrote each file) and {@code README.txt} (one line a file or folder), each saying what every
 * file and folder under the output folder shows. Files no step describes are listed too, as such.
 */
public final class DemoIndex {
    public static final String HTML = "index.html";
    public static final String TEXT = "README.txt";
    private static final String UNDESCRIBED = "not described by any step";

    /** One file or folder under the output folder, what it shows, and the command that wrote it. */
    record Entry(Path relative, boolean folder, String shows, Optional<String> command, String section) {}

    private final Path folder;

    public DemoIndex(Path folder) {
        this.folder = folder;
    }

    /** Writes both files, each through a temporary file renamed when complete; returns their paths. */
    public List<Path> write(DemoOutcome outcome) throws IOException {
        List<Entry> entries = entries(outcome);
        Path html = folder.resolve(HTML);
        Path text = folder.resolve(TEXT);
        write(html, html(outcome, entries));
        write(text, text(outcome, entries));
        return List.of(html, text);
    }

    List<Entry> entries(DemoOutcome outcome) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> !p.equals(folder))
                    .map(folder::relativize)
                    .filter(p -> !p.toString().equals(HTML) && !p.toString().equals(TEXT))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path relative : paths) {
            boolean isFolder = Files.isDirectory(folder.resolve(relative));
            entries.add(describe(relative, isFolder, outcome));
        }
        return entries;
    }

    private static Entry describe(Path relative, boolean isFolder, DemoOutcome outcome) {
        for (SectionOutcome section : outcome.sections()) {
            for (StepOutcome step : section.steps()) {
                for (OutputDescription output : step.step().outputs()) {
                    if (output.matches(relative)) {
                        return new Entry(
                                relative,
                                isFolder,
                                output.shows(),
                                isFolder ? Optional.empty() : Optional.of(step.echoed()),
                                section.section().title());
                    }
                }
            }
        }
        return new Entry(relative, isFolder, UNDESCRIBED, Optional.empty(), "");
    }

    private static String text(DemoOutcome outcome, List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        text.append("What the Precis demo wrote here, and what each file shows (")
                .append(outcome.steps())
                .append(" commands, ")
                .append(outcome.failed())
                .append(" failed, ")
                .append(Durations.text(outcome.seconds()))
                .append("). index.html has the same with links and the " + "command that wrote each file.\n\n");
        int width = entries.stream().mapToInt(e -> name(e).length()).max().orElse(0);
        text.append(String.format(
                Locale.ROOT, "%-" + Math.max(width, 1) + "s  %s%n", HTML, "this index, with links and commands"));
        for (Entry entry : entries) {
            text.append(String.format(Locale.ROOT, "%-" + Math.max(width, 1) + "s  %s%n", name(entry), entry.shows()));
        }
        notes(outcome).forEach(note -> text.append("\nnote: ").append(note));
        return text.append('\n').toString();
    }

    private static String name(Entry entry) {
        String name = entry.relative().toString().replace('\\', '/');
        return entry.folder() ? name + "/" : name;
    }

    private static List<String> notes(DemoOutcome outcome) {
        return outcome.sections().stream()
                .flatMap(s -> s.section().notes().stream())
                .toList();
    }

    private static String html(DemoOutcome outcome, List<Entry> entries) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Precis demo</title>\n")
                .append(
                        "<style>body{font-family:sans-serif;margin:2em;max-width:80em}td{padding:.2em .8em;"
                                + "vertical-align:top}code{font-size:90%}tr:nth-child(even){background:#f4f4f4}</style></head><body>\n")
                .append("<h1>Precis demo</h1>\n<p>")
                .append(outcome.steps())
                .append(" commands, ")
                .append(outcome.failed())
                .append(" failed, ")
                .append(escape(Durations.text(outcome.seconds())))
                .append(" in all. Each file below links to itself; the command beside it, pasted in the folder that "
                        + "holds <code>./precis</code>, writes it again.</p>\n");
        for (SectionOutcome section : outcome.sections()) {
            html.append("<h2>")
                    .append(escape(section.section().title()))
                    .append("</h2>\n<p>")
                    .append(escape(section.section().about()))
                    .append(" (")
                    .append(section.steps().size())
                    .append(" commands, ")
                    .append(section.failed())
                    .append(" failed, ")
                    .append(escape(Durations.text(section.seconds())))
                    .append(")</p>\n");
            for (String note : section.section().notes()) {
                html.append("<p><b>Note:</b> ").append(escape(note)).append("</p>\n");
            }
            List<Entry> own = entries.stream()
                    .filter(e -> e.section().equals(section.section().title()))
                    .toList();
            if (!own.isEmpty()) {
                table(html, own);
            }
        }
        List<Entry> undescribed =
                entries.stream().filter(e -> e.section().isEmpty()).toList();
        if (!undescribed.isEmpty()) {
            html.append("<h2>Other files</h2>\n");
            table(html, undescribed);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, List<Entry> entries) {
        html.append("<table>\n<tr><th>file</th><th>what it shows</th><th>command</th></tr>\n");
        for (Entry entry : entries) {
            String name = name(entry);
            html.append("<tr><td><a href=\"")
                    .append(escape(href(entry.relative())))
                    .append("\">")
                    .append(escape(name))
                    .append("</a></td><td>")
                    .append(escape(entry.shows()))
                    .append("</td><td>")
                    .append(entry.command()
                            .map(c -> "<code>" + escape(c) + "</code>")
                            .orElse(""))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String href(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path part : relative) {
            parts.add(java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return String.join("/", parts);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void write(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
