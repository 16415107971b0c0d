package org.clausewright.app;

import org.clausewright.docx.Baseline;
import org.clausewright.docx.ChangeAuthor;
import org.clausewright.docx.ExportOptions;
import org.clausewright.docx.ExportReport;
import org.clausewright.docx.ExportRequest;
import org.clausewright.docx.VersionStamp;
import org.clausewright.docx.WordExport;
import org.clausewright.history.HistoryException;
import org.clausewright.history.PathChange;
import org.clausewright.history.Revision;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.LanguageVersion;
import org.clausewright.model.Languages;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.AtomicFiles;
import org.clausewright.store.ProjectFileException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Exports a version of a project folder to Word: resolves the versions, loads them from history, works out
 * who made each change, and writes the file whole or not at all (a temporary file moved into place).
 */
public final class Export {
    private Export() {
    }

    public static ExportReport toWord(Path dir, Path target, ExportSettings settings, String user)
            throws IOException, HistoryException, ProjectFileException {
        Versions.requireProject(dir);
        checkTarget(target, "draft.docx");
        Written word = word(dir, settings, user, false);
        write(target, word.bytes());
        return word.report();
    }

    /** The Word file in memory, and what went into it. */
    record Written(byte[] bytes, ExportReport report) {
    }

    /**
     * @param forPdf whether the file is made to be converted to PDF: its comments are then also listed in an annex,
     *               since LibreOffice 7.4 shows them only as notes on screen ({@link ExportOptions#commentsAnnex()})
     */
    static Written word(Path dir, ExportSettings settings, String user, boolean forPdf)
            throws IOException, HistoryException, ProjectFileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        ExportReport report;
        // POI's document and styles are made on another core while the draft and its history load.
        if (settings.language() != null) {
            // the fixed texts are in the language of the version exported; asked before the draft is loaded, so
            // that the document is prepared in it meanwhile
            List<String> languages = List.of(settings.language().split(","));
            ProjectReader.readInfo(new ProjectFolder(dir)).ifPresent(info -> languages.forEach(l ->
                    requireLanguage(info.languages(), l)));
            settings = settings.withLocale(Locale.forLanguageTag(languages.get(0)));
        }
        // The working draft is the folder's files: their reading starts before the history is opened, which is
        // the longer of the two paths to the writer (start-up-work.md).
        ProjectReading draft = exportsWorkingDraft(settings)
                ? ProjectReading.start(new ProjectFolder(dir.toAbsolutePath().normalize())) : null;
        try (WordExport.Prepared prepared = WordExport.prepare(settings.locale());
             VersionHistory history = VersionHistory.open(dir)) {
            report = WordExport.write(prepared, request(history, settings, user, Instant.now(), draft, forPdf),
                    out);
        }
        return new Written(out.toByteArray(), report);
    }

    static void checkTarget(Path target, String example) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a folder; give a file name such as " + example);
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a device such as /dev/full or a pipe: the finished file would be renamed over it and replace it
            throw new IOException("cannot write " + target + ": it is not a regular file (a device or a pipe); "
                    + "give a file name such as " + example);
        }
    }

    static void write(Path target, byte[] bytes) throws IOException {
        try {
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new IOException("could not write " + target + " (nothing was changed there): " + Failures.reason(e), e);
        }
    }

    /** The loaded request, for callers that write the file themselves (the bench, the editor's preview). */
    public static ExportRequest request(VersionHistory history, ExportSettings settings, String user, Instant now)
            throws IOException, HistoryException, ProjectFileException {
        return request(history, settings, user, now, null, false);
    }

    private static boolean exportsWorkingDraft(ExportSettings settings) {
        return settings.version() == null || settings.version().strip().equalsIgnoreCase(Revision.WORKING_NAME);
    }

    /**
     * @param draft  the working draft's reading, already started by the caller, or null to start it here
     * @param forPdf whether the comments are also listed in an annex, for a PDF
     */
    private static ExportRequest request(VersionHistory history, ExportSettings settings, String user, Instant now,
                                         ProjectReading draft, boolean forPdf)
            throws IOException, HistoryException, ProjectFileException {
        Revision exported = history.resolve(settings.version() == null ? Revision.WORKING_NAME : settings.version());
        // The exported files are read on a thread of their own while this one asks the history what changed.
        ProjectReading reading = draft != null && exported == Revision.WORKING ? draft
                : ProjectReading.start(history.files(exported));
        ChangeAuthor unrecorded = new ChangeAuthor(user, now);
        Optional<Version> latest;
        List<PathChange> unrecordedChanges;
        ChangeAttribution attribution = null;
        BaselineProject.Changed baselineRead = null;
        try {
            latest = history.latest();
            // What the folder holds beyond the latest version: the stamp and the attribution both need it.
            unrecordedChanges = exported instanceof Version || latest.isEmpty() ? List.of()
                    : history.changedPaths(latest.get(), Revision.WORKING);
            if (settings.compare() != null) {
                Revision from = history.resolve(settings.compare());
                if (!(from instanceof Version fromVersion)) {
                    throw new IllegalArgumentException("--compare needs a recorded version, not the working draft");
                }
                // the final text is the exported text itself ("Accept all"): nothing to attribute or mark
                if (!settings.finalText()) {
                    attribution = ChangeAttribution.since(history, fromVersion, exported, latest, unrecordedChanges,
                            unrecorded);
                    // the baseline's changed clauses are read from the history now, while this thread would
                    // otherwise wait for the exported project's reading (start-up-work.md, session 24)
                    baselineRead = attribution.readBaseline(history);
                }
            }
        } catch (HistoryException | IOException | ProjectFileException | RuntimeException e) {
            // the project's own problems come first, as when it was read before the history was asked
            reading.project();
            throw e;
        }
        Project project = reading.project();
        Project beside = null;
        if (settings.language() != null) {
            List<String> languages = List.of(settings.language().split(","));
            Languages known = project.info().languages();
            languages.forEach(l -> requireLanguage(known, l));
            if (languages.size() > 2) {
                throw new IllegalArgumentException("--language takes one language, or two for a bilingual draft, "
                        + "not " + languages.size());
            }
            boolean source = languages.size() == 1 && languages.get(0).equals(known.source());
            if (!source && attribution != null) {
                throw new IllegalArgumentException("--compare shows the source's changes; a language version ("
                        + settings.language() + ") is exported without them: leave out --compare or --language");
            }
            if (languages.size() == 2) {
                beside = LanguageVersion.of(project, languages.get(1));
            }
            project = LanguageVersion.of(project, languages.get(0));
        }
        VersionStamp stamp = stamp(exported, latest, unrecordedChanges, unrecorded);
        Baseline baseline = attribution == null ? null : attribution.baseline(baselineRead, project);
        ExportOptions options = new ExportOptions(settings.comments(), settings.toc(), settings.annex(),
                settings.watermark(), settings.members(), settings.locale(), settings.compilation(), settings.text(),
                settings.statusColours(), forPdf);
        return new ExportRequest(project, stamp, options, baseline, beside);
    }

    private static void requireLanguage(Languages languages, String language) {
        if (!language.equals(languages.source()) && !languages.hasTarget(language)) {
            throw new IllegalArgumentException("\"" + language + "\" is not a language of this project (it is written "
                    + "in " + languages.source() + (languages.targets().isEmpty() ? " and has no target language"
                    : " and translated into " + String.join(", ", languages.targets())) + ")");
        }
    }

    /** A working folder with nothing unrecorded is exported as the latest version, so the file names it. */
    private static VersionStamp stamp(Revision exported, Optional<Version> latest, List<PathChange> unrecordedChanges,
                                      ChangeAuthor unrecorded) {
        if (exported instanceof Version v) {
            return stamp(v);
        }
        if (latest.isPresent() && unrecordedChanges.isEmpty()) {
            return stamp(latest.get());
        }
        // "… + unrecorded changes" is said in the document's language, by the writer
        return VersionStamp.working(Revision.WORKING_NAME, latest.map(Version::label).orElse(null), unrecorded.time(),
                unrecorded.name());
    }

    private static VersionStamp stamp(Version v) {
        List<String> milestones = v.milestones();
        String status = milestones.isEmpty() ? null : milestones.get(milestones.size() - 1);
        return new VersionStamp(v.id(), v.label(), v.time(), status, v.author());
    }
}
