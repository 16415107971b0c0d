package org.clausewright.docx;

import org.clausewright.model.Coverage;
import org.clausewright.model.CoverageState;
import org.clausewright.model.ElementCoverage;
import org.clausewright.model.Extent;
import org.clausewright.model.Framework;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Annex C, the coverage matrix: for each of the project's frameworks, its elements down the table (number and title),
 * the clauses of the draft that address each by their numbers ("partly" where they do only in part), and whether the
 * element is covered, partly covered or a gap. Written only when the project has a framework.
 */
final class CoverageAnnex {
    private CoverageAnnex() {
    }

    static void write(BodyWriter document, Project project, Messages messages) {
        if (project.frameworks().isEmpty()) {
            return;
        }
        Numbering numbering = project.outline().numbering();
        document.paragraph("AnnexHeading", messages.get("annex.coverage.title"));
        for (Framework framework : project.frameworks().values()) {
            Coverage coverage = Coverage.of(project, framework);
            document.paragraph("Normal", messages.get("annex.coverage.summary", framework.title(),
                    coverage.elements().size(), coverage.count(CoverageState.COVERED),
                    coverage.count(CoverageState.PARTLY), coverage.count(CoverageState.GAP)));
            List<String[]> rows = new ArrayList<>();
            for (ElementCoverage e : coverage.elements()) {
                String number = e.element().number().isEmpty() ? e.element().id() : e.element().number();
                rows.add(new String[] {number, e.element().titleIn(messages.locale()), clauses(e, numbering, messages),
                        state(e.state(), messages)});
            }
            document.table(new String[] {messages.get("annex.coverage.number"), messages.get("annex.coverage.element"),
                    messages.get("annex.coverage.clauses"), messages.get("annex.coverage.state")}, rows,
                    new int[] {8, 37, 35, 20});
        }
    }

    private static String clauses(ElementCoverage e, Numbering numbering, Messages messages) {
        if (e.isGap()) {
            return messages.get("annex.coverage.noClause");
        }
        List<String> labels = new ArrayList<>();
        for (ElementCoverage.Addressing a : e.clauses()) {
            String label = numbering.label(a.clauseId());
            labels.add(a.extent() == Extent.PARTIAL ? messages.get("annex.coverage.clausePartly", label) : label);
        }
        return String.join(messages.get("annex.coverage.separator"), labels);
    }

    private static String state(CoverageState state, Messages messages) {
        return switch (state) {
            case COVERED -> messages.get("annex.coverage.covered");
            case PARTLY -> messages.get("annex.coverage.partly");
            case GAP -> messages.get("annex.coverage.gap");
        };
    }
}
