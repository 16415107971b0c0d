package org.clausewright.cli;

import org.clausewright.app.Negotiations;
import org.clausewright.app.TranslationReport;
import org.clausewright.app.TranslationRow;
import org.clausewright.model.Languages;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;
import org.clausewright.model.TerminalText;
import org.clausewright.model.TranslationState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "translations", description = "Where the draft's language versions stand: per clause and target "
        + "language, current, outdated (since which recorded version its source changed) or missing.")
final class TranslationsCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Option(names = "--language", paramLabel = "L", split = ",",
            description = "Only these target languages (BCP 47 tags such as fr, ar, zh-CN); all when left out.")
    private List<String> languages = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> tags = new ArrayList<>();
        for (String typed : languages) {
            String tag = Languages.canonical(typed);
            if (tag == null) {
                throw new ParameterException(spec.commandLine(), "--language: \"" + typed
                        + "\" is not a language tag such as fr, ar or zh-CN");
            }
            tags.add(tag);
        }
        Project project = Negotiations.read(dir);
        List<TranslationRow> rows = TranslationReport.of(dir, project, tags);
        PrintWriter out = spec.commandLine().getOut();
        Languages langs = project.info().languages();
        out.println(TerminalText.line(project.info().title() + ": written in " + langs.source() + "; "
                + (langs.targets().isEmpty() ? "no target language yet" : "translated into "
                + String.join(", ", langs.targets()))));
        Map<String, List<TranslationRow>> byLanguage = new LinkedHashMap<>();
        rows.forEach(r -> byLanguage.computeIfAbsent(r.language(), k -> new ArrayList<>()).add(r));
        Numbering numbering = project.outline().numbering();
        byLanguage.forEach((language, list) -> {
            Map<TranslationState, Integer> counts = new EnumMap<>(TranslationState.class);
            list.forEach(r -> counts.merge(r.state(), 1, Integer::sum));
            out.println(language + ": " + counts.getOrDefault(TranslationState.CURRENT, 0) + " current, "
                    + counts.getOrDefault(TranslationState.OUTDATED, 0) + " outdated, "
                    + counts.getOrDefault(TranslationState.MISSING, 0) + " missing");
            for (TranslationRow r : list) {
                out.println(TerminalText.line(String.format(Locale.ROOT, "  %-8s %-32s %s",
                        numbering.label(r.clauseId()), r.clauseId(), describe(r))));
            }
        });
        return 0;
    }

    private static String describe(TranslationRow r) {
        if (r.state() != TranslationState.OUTDATED) {
            return r.state().key();
        }
        String madeFrom = r.madeFrom().isEmpty() ? "" : " (made from \"" + r.madeFrom() + "\")";
        return r.since() == null ? "outdated: its source changed since the last recorded version" + madeFrom
                : "outdated since \"" + r.since() + "\"" + madeFrom;
    }
}
