package org.clausewright.app;

import org.clausewright.docx.ExportReport;
import org.clausewright.history.HistoryException;
import org.clausewright.pdf.OfficeHome;
import org.clausewright.pdf.PdfConverter;
import org.clausewright.pdf.PdfException;
import org.clausewright.store.ProjectFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Exports a version to PDF: the Word export, as {@link Export#toWord} makes it with its comments also listed in an
 * annex (LibreOffice 7.4 cannot print them in the margin), converted by LibreOffice
 * (docs/decisions/pdf-through-libreoffice.md). The PDF is written whole or not at all; the Word file in between
 * lives in a temporary folder that is removed afterwards.
 */
public final class PdfExport {
    /** Names LibreOffice's folder when it is not in a usual place (tests point it at an empty one). */
    public static final String OFFICE_HOME_PROPERTY = "clausewright.office.home";
    public static final String OFFICE_HOME_VARIABLE = "CLAUSEWRIGHT_OFFICE_HOME";
    /** The longest a conversion may take, in seconds. */
    public static final String LIMIT_PROPERTY = "clausewright.pdf.limit";

    private PdfExport() {
    }

    /** Where LibreOffice is, or a {@link PdfException} saying which package to install. */
    public static Path officeHome() throws PdfException {
        String named = System.getProperty(OFFICE_HOME_PROPERTY, System.getenv(OFFICE_HOME_VARIABLE));
        return OfficeHome.find(named == null || named.isBlank() ? Optional.empty() : Optional.of(Path.of(named)));
    }

    /** The conversion limit: {@value #LIMIT_PROPERTY} seconds if set, else two minutes. */
    public static Duration limit() {
        String seconds = System.getProperty(LIMIT_PROPERTY);
        if (seconds == null || seconds.isBlank()) {
            return PdfConverter.DEFAULT_LIMIT;
        }
        try {
            return Duration.ofMillis(Math.max(1, (long) (Double.parseDouble(seconds.strip()) * 1000)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(LIMIT_PROPERTY + " must be a number of seconds, not \"" + seconds
                    + "\"", e);
        }
    }

    /** Starts LibreOffice, converts, and stops it: one export from the command line. */
    public static ExportReport toPdf(Path dir, Path target, ExportSettings settings, String user, boolean archival)
            throws IOException, HistoryException, ProjectFileException, PdfException {
        return toPdf(dir, target, settings, user, archival, converter -> { });
    }

    /**
     * As {@link #toPdf(Path, Path, ExportSettings, String, boolean)}, handing the running converter to
     * {@code started} so that the window can cancel it.
     */
    public static ExportReport toPdf(Path dir, Path target, ExportSettings settings, String user, boolean archival,
                                     java.util.function.Consumer<PdfConverter> started)
            throws IOException, HistoryException, ProjectFileException, PdfException {
        Versions.requireProject(dir);
        Export.checkTarget(target, "draft.pdf");
        // no office, no Word file made for nothing
        Path home = officeHome();
        Export.Written word = Export.word(dir, settings, user, true);
        try (PdfConverter converter = PdfConverter.start(home, limit())) {
            started.accept(converter);
            convert(converter, word.bytes(), target, archival);
        }
        return word.report();
    }

    /** Exports with a converter the caller keeps running for several files (the tests start one per class). */
    public static ExportReport toPdf(Path dir, Path target, ExportSettings settings, String user, boolean archival,
                                     PdfConverter converter)
            throws IOException, HistoryException, ProjectFileException, PdfException {
        Versions.requireProject(dir);
        Export.checkTarget(target, "draft.pdf");
        Export.Written word = Export.word(dir, settings, user, true);
        convert(converter, word.bytes(), target, archival);
        return word.report();
    }

    private static void convert(PdfConverter converter, byte[] docx, Path target, boolean archival)
            throws IOException, PdfException {
        Path work = Files.createTempDirectory("clausewright-pdf");
        try {
            String name = target.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            Path word = work.resolve(name + ".docx");
            Path pdf = work.resolve(name + ".pdf");
            Files.write(word, docx);
            converter.convert(word, pdf, archival);
            Export.write(target, Files.readAllBytes(pdf));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
