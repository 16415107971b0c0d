package org.clausewright.cli;

import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ReadResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutation campaign of issue 9, kept to be run again: byte and XML mutations of real reviews — our own
 * export, exports and a review saved by LibreOffice, and the files Word saved (../shared/fixtures/word-authored,
 * which must be there) — each imported with `import-review` into the sample.
 * For each: no stack trace, exception name or library log line on the terminal, at most one line of error;
 * the project byte for byte unchanged when the file is refused; readable without problems when it imports.
 * Not part of the default run (it takes minutes):
 * {@code mvn -o test -Dsurefire.excludedGroups=none -Dgroups=campaign -Dtest=ReviewMutationCampaign
 * -Dcampaign.mutations=2000}; it prints its figures and writes them to target/review-campaign.txt.
 */
@Tag("campaign")
class ReviewMutationCampaign {
    private static final String RESOURCES = "/org/clausewright/docx/review/";
    private static final List<String> SAVED = List.of("sample-export-libreoffice.docx",
            "sample-export-compare-libreoffice.docx", "sample-review-libreoffice.docx",
            "own-export-edited-libreoffice.docx");
    private static final List<String> PARTS = List.of("word/document.xml", "word/document.xml", "word/comments.xml",
            "word/commentsExtended.xml", "word/_rels/document.xml.rels", "_rels/.rels", "[Content_Types].xml",
            "docProps/custom.xml");
    private static final String[] INSERTS = {"<", ">", "&", "<w:p>", "</w:p>", "<w:del w:author=\"X\">", "</w:ins>",
            "<w:commentRangeStart w:id=\"0\"/>", "<w:bookmarkStart w:id=\"9\" w:name=\"_cw_\"/>", "\u0000", "]]>",
            "<!DOCTYPE x>", "&x;", "<w:t>", "</w:r>", "\"", "<w:comment w:id=\"1\">", "</Relationship>",
            "<Relationship Id=\"rId9\" Type=\"x\" Target=\"../../etc/passwd\"/>", "\uFFFF", "<?xml version=\"1.0\"?>",
            "<w:ins w:id=\"5\" w:author=\"Y\" w:date=\"not a date\">", "w:id=\"0\""};
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at java.", "SEVERE",
            "WARNING", "[Fatal Error]", "ERROR", "log4j", "Caused by");

    @TempDir
    Path temp;

    @Test
    void mutatedReviewsLeaveTheProjectUnchangedOrValid() throws Exception {
        int mutations = Integer.getInteger("campaign.mutations", 200);
        Random random = new Random(Long.getLong("campaign.seed", 20261202L));
        Path pristine = temp.resolve("pristine");
        assertThat(CliRun.of("new", pristine.toString(), "--sample").exit()).isZero();
        Map<String, byte[]> bases = new LinkedHashMap<>();
        Path exported = temp.resolve("exported.docx");
        assertThat(CliRun.of("export", pristine.toString(), "-o", exported.toString(), "--comments", "all",
                "--compare", "Working draft 2").exit()).isZero();
        bases.put("our export", Files.readAllBytes(exported));
        for (String name : SAVED) {
            try (InputStream in = getClass().getResourceAsStream(RESOURCES + name)) {
                bases.put(name, in.readAllBytes());
            }
        }
        // and the files Microsoft Word saved, read from beside the project (another project's licence)
        Path word = Path.of(System.getProperty("user.dir")).resolve("../shared/fixtures/word-authored").normalize();
        assertThat(word).as("the Word-authored fixtures").isDirectory();
        try (Stream<Path> files = Files.list(word)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".docx")).sorted().toList()) {
                bases.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        List<String> names = new ArrayList<>(bases.keySet());
        Path project = temp.resolve("project");
        copy(pristine, project);

        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> reasons = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<LogRecord> logged = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(recorder);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        long start = System.nanoTime();
        try {
            for (int i = 0; i < mutations; i++) {
                String base = names.get(random.nextInt(names.size()));
                boolean bytes = random.nextBoolean();
                byte[] content = bytes ? mutateBytes(bases.get(base), random) : mutateXml(bases.get(base), random);
                Path file = temp.resolve("mutation-" + i + ".docx");
                Files.write(file, content);
                String before = ImportReviewCommandTest.hash(project);
                logged.clear();
                ByteArrayOutputStream terminal = new ByteArrayOutputStream();
                PrintStream capture = new PrintStream(terminal, true, StandardCharsets.UTF_8);
                System.setOut(capture);
                System.setErr(capture);
                CliRun run;
                try {
                    run = CliRun.of("import-review", project.toString(), file.toString(), "--author", "Campaign");
                } catch (Throwable t) {
                    run = new CliRun(-1, "", "escaped: " + t);
                } finally {
                    System.setOut(realOut);
                    System.setErr(realErr);
                }
                String what = "#" + i + " (" + (bytes ? "bytes of " : "XML of ") + base + ")";
                String printed = terminal.toString(StandardCharsets.UTF_8) + run.err();
                for (String leak : LEAKS) {
                    if (printed.contains(leak) || run.out().contains(leak)) {
                        failures.add(what + ": printed \"" + leak + "\": " + firstLines(printed + run.out()));
                        break;
                    }
                }
                if (!logged.isEmpty() && reachesTheTerminal(logged.get(0))) {
                    failures.add(what + ": a library logged \"" + logged.get(0).getMessage() + "\" ("
                            + logged.get(0).getLoggerName() + ")");
                }
                if (run.exit() == 0) {
                    ReadResult read = ProjectReader.read(new ProjectFolder(project));
                    if (!read.problems().isEmpty()) {
                        failures.add(what + ": imported, and the project then has problems: " + read.problems().get(0));
                    }
                    outcomes.merge(run.out().contains("Nothing new") ? "imported, nothing new" : "imported", 1,
                            Integer::sum);
                    if (!run.out().contains("Nothing new")) {
                        copy(pristine, project);
                    }
                } else {
                    outcomes.merge("refused", 1, Integer::sum);
                    reasons.merge(reason(run.err()), 1, Integer::sum);
                    if (run.err().strip().lines().count() != 1 || !run.err().startsWith("clausewright: ")) {
                        failures.add(what + ": refused with " + firstLines(run.err()));
                    }
                    if (!ImportReviewCommandTest.hash(project).equals(before)) {
                        failures.add(what + ": refused, and the project changed");
                        copy(pristine, project);
                    }
                }
                Files.delete(file);
            }
        } finally {
            Logger.getLogger("").removeHandler(recorder);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        StringBuilder report = new StringBuilder();
        report.append(mutations).append(" mutations of ").append(names).append(" in ").append(seconds).append(" s\n");
        outcomes.forEach((k, v) -> report.append("  ").append(k).append(": ").append(v).append('\n'));
        report.append("refusals by reason:\n");
        reasons.forEach((k, v) -> report.append("  ").append(v).append("  ").append(k).append('\n'));
        report.append(failures.size()).append(" failures\n");
        failures.stream().limit(40).forEach(f -> report.append("  ").append(f).append('\n'));
        realOut.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/review-campaign.txt"), report);
        assertThat(failures).isEmpty();
    }

    /** Whether a library's log record is printed: by a console handler on the root logger, at its level. */
    private static boolean reachesTheTerminal(LogRecord record) {
        return Arrays.stream(Logger.getLogger("").getHandlers()).anyMatch(h -> h instanceof ConsoleHandler
                && h.getLevel().intValue() <= record.getLevel().intValue());
    }

    private static byte[] mutateBytes(byte[] base, Random random) {
        byte[] bytes = base.clone();
        for (int k = 0, n = 1 + random.nextInt(12); k < n; k++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** One part of the file, unpacked, with characters deleted or markup inserted, packed again. */
    private static byte[] mutateXml(byte[] base, Random random) throws IOException {
        String part = PARTS.get(random.nextInt(PARTS.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    StringBuilder xml = new StringBuilder(new String(content, StandardCharsets.UTF_8));
                    for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
                        int at = random.nextInt(xml.length() + 1);
                        if (random.nextInt(3) == 0 && at < xml.length()) {
                            xml.delete(at, Math.min(xml.length(), at + random.nextInt(40)));
                        } else {
                            xml.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                        }
                    }
                    content = xml.toString().getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The kind of a refusal, without the file name and the details that vary. */
    private static String reason(String err) {
        String s = err.strip().replaceFirst("^clausewright: mutation-\\d+\\.docx ", "");
        s = s.replaceAll("line [\\d,]+, column [\\d,]+", "line L, column C").replaceAll("\u201c[^\u201d]*\u201d", "\u201c…\u201d");
        return s.length() > 150 ? s.substring(0, 150) + "…" : s;
    }

    private static String firstLines(String text) {
        return text.strip().lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> all = Files.walk(to)) {
                for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
