package org.clausewright.cli;

import org.clausewright.app.Export;
import org.clausewright.app.ExportSettings;
import org.clausewright.app.PdfExport;
import org.clausewright.app.UserName;
import org.clausewright.docx.CommentScope;
import org.clausewright.docx.ExportOptions.TextForm;
import org.clausewright.docx.ExportReport;
import org.clausewright.model.Languages;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Export a version to Word (.docx) or PDF for circulation: numbered "
        + "clauses, comments, tracked changes since an earlier version, header, footer and annexes. The PDF is the "
        + "Word file converted by LibreOffice (libreoffice-writer).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    enum Comments { none, open, all }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The file to write: .docx or .pdf (the format follows the name unless --format says).")
    private Path output;

    enum Format { docx, pdf }

    @Option(names = "--format", paramLabel = "FORMAT", description = "docx or pdf, whatever the file's name "
            + "(default: pdf for a name ending in .pdf, else docx).")
    private Format format;

    @Option(names = "--pdf-a", description = "Write PDF/A-2b, for archiving (PDF only).")
    private boolean pdfA;

    @Option(names = "--version", paramLabel = "V",
            description = "The version to export: id, prefix, label or `working` (default: the working draft).")
    private String version;

    @Option(names = "--compare", paramLabel = "V", description = "Show the changes since version V as tracked changes.")
    private String compare;

    @Option(names = "--final", description = "The text with the changes since --compare V accepted: the same "
            + "document with no tracked change (no insertion or deletion marks in Word, none drawn in the PDF). "
            + "Brackets and comments stay as chosen; review suggestions are not applied.")
    private boolean finalText;

    @Option(names = "--comments", paramLabel = "WHICH", description = "none, open (default) or all threads as comments; "
            + "a PDF also prints them in an annex.")
    private Comments comments = Comments.open;

    @Option(names = "--toc", description = "Add a table of contents.")
    private boolean toc;

    @Option(names = "--annex", description = "Add annexes: open comments by clause, clauses with their sources, "
            + "and (when the project has reference frameworks) the coverage matrix of their elements.")
    private boolean annex;

    @Option(names = "--watermark", paramLabel = "TEXT", description = "Write TEXT (such as DRAFT) across every page.")
    private String watermark;

    @Option(names = "--members", description = "List the committee members on the cover.")
    private boolean members;

    @Option(names = "--compilation", description = "Add the annex \"Compilation of proposals\": clause by clause, "
            + "each open bracket with its options and the delegations proposing, supporting and opposing each, "
            + "and the clause's decision log.")
    private boolean compilation;

    enum Text { bracketed, clean }

    @Option(names = "--text", paramLabel = "FORM", description = "bracketed (default): open brackets printed with "
            + "their options; clean: the agreed text, refused while a bracket is open.")
    private Text text = Text.bracketed;

    @Option(names = {"--status-colours", "--status-colors"}, description = "Shade each clause by its status "
            + "(white not agreed, yellow agreed in working group, green agreed), with a legend.")
    private boolean statusColours;

    @Option(names = "--language", paramLabel = "L[,L2]", description = "The language version to export (a "
            + "language of the project, such as fr or ar; default: the source language), its fixed texts in that "
            + "language and, for Arabic, right to left. Two, such as fr,en: a bilingual draft, a clause per row.")
    private String language;

    @Option(names = "--author", paramLabel = "A", description = "Who exports, for unrecorded changes (default: your user name).")
    private String author;

    private String tag(String typed) {
        if (typed == null) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        for (String one : typed.split(",")) {
            String tag = Languages.canonical(one);
            if (tag == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--language: \"" + one
                        + "\" is not a language tag such as fr, ar or zh-CN");
            }
            tags.add(tag);
        }
        return String.join(",", tags);
    }

    @Override
    public Integer call() throws Exception {
        ExportSettings settings = new ExportSettings(version, compare, CommentScope.valueOf(comments.name()
                .toUpperCase(Locale.ROOT)), toc, annex, watermark, members, Locale.ENGLISH, compilation,
                text == Text.clean ? TextForm.CLEAN : TextForm.BRACKETED, statusColours, tag(language), finalText);
        Format chosen = format();
        if (pdfA && chosen != Format.pdf) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--pdf-a is for PDF: name the file .pdf or add --format pdf");
        }
        String user = author == null ? UserName.current() : author;
        ExportReport report = chosen == Format.pdf ? PdfExport.toPdf(dir, output, settings, user, pdfA)
                : Export.toWord(dir, output, settings, user);
        PrintWriter out = spec.commandLine().getOut();
        out.println(TerminalText.line(String.format(Locale.ROOT, "Wrote %s%s: %d clauses, %d comments (%d replies), "
                        + "%d tracked changes (%d insertions, %d deletions)%s.", output, pdfA ? " (PDF/A-2b)" : "", report.clauses(), report.comments(),
                report.replies(), report.revisions(), report.insertions(), report.deletions(),
                report.sanitised() == 0 ? "" : ", " + report.sanitised()
                        + " control characters left out because Word files cannot hold them")
                + (finalText && compare != null ? " Final text: the changes since " + compare + " are accepted." : "")));
        return 0;
    }

    /** --format, else the file's extension; any other name is a Word file, as before PDF existed. */
    private Format format() {
        if (format != null) {
            return format;
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") ? Format.pdf : Format.docx;
    }
}
