package org.clausewright.docx;

import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Numbering;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * A bilingual draft: each part's heading in both languages, then a table of two columns, one clause a row, its
 * number, heading and paragraphs in the first language on the left and in the second on the right, each column in
 * its own direction. The two projects are the same draft in two languages (see {@code model.LanguageVersion}), so
 * they have the same outline.
 */
final class SideBySide {
    private final Project first;
    private final Project second;
    private final boolean[] rightToLeft;

    SideBySide(Project first, Project second) {
        this.first = first;
        this.second = second;
        this.rightToLeft = new boolean[] {
            new DocumentLanguage(first.info().languages().source()).rightToLeft(),
            new DocumentLanguage(second.info().languages().source()).rightToLeft()};
    }

    void write(BodyWriter body, Tally tally) {
        Numbering numbering = first.outline().numbering();
        List<Part> parts = first.outline().parts();
        List<Part> others = second.outline().parts();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            String other = p < others.size() ? others.get(p).title() : part.title();
            body.paragraph(Styles.HEADING + "1", part.title().equals(other) ? part.title()
                    : part.title() + " / " + other);
            List<List<List<String>>> rows = new ArrayList<>();
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    rows.add(row(numbering, ref.clauseId()));
                    tally.clauses++;
                } else if (item instanceof Section s) {
                    String number = numbering.ofSection(s.id()).map(n -> n + " ").orElse("");
                    String title = number + s.title();
                    String secondTitle = number + sectionTitle(s.id(), s.title());
                    rows.add(List.of(List.of(title), List.of(secondTitle)));
                    for (String id : s.clauseIds()) {
                        rows.add(row(numbering, id));
                        tally.clauses++;
                    }
                }
            }
            body.sideBySide(rows, rightToLeft);
        }
    }

    private List<List<String>> row(Numbering numbering, String id) {
        String number = numbering.of(id).isPresent() ? numbering.label(id) + " " : "";
        return List.of(cell(number, first.clause(id).orElseThrow()), cell(number, second.clause(id).orElseThrow()));
    }

    private static List<String> cell(String number, Clause clause) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(number + clause.heading());
        paragraphs.addAll(clause.paragraphs());
        return paragraphs;
    }

    private String sectionTitle(String id, String fallback) {
        for (Part part : second.outline().parts()) {
            for (OutlineItem item : part.items()) {
                if (item instanceof Section s && s.id().equals(id)) {
                    return s.title();
                }
            }
        }
        return fallback;
    }
}
