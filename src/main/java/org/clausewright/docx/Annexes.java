package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;
import org.clausewright.model.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Annex A lists the open comments clause by clause; Annex B says which source documents each clause draws on. */
final class Annexes {
    private Annexes() {
    }

    static void write(XWPFDocument document, Project project, Messages messages, Tally tally) {
        Numbering numbering = project.outline().numbering();
        List<String[]> comments = new ArrayList<>();
        List<String[]> sources = new ArrayList<>();
        for (String id : project.outline().clauseIds()) {
            Clause clause = project.clause(id).orElse(null);
            if (clause == null) {
                continue;
            }
            String number = numbering.label(id);
            for (AnnotationThread t : project.threadsOf(id)) {
                if (t.isOpen()) {
                    comments.add(new String[] {number, clause.heading(), t.author(), t.text()});
                }
            }
            String cited = clause.sources().stream()
                    .map(s -> project.info().source(s).map(SourceDocument::title).orElse(s))
                    .collect(Collectors.joining("; "));
            sources.add(new String[] {number, clause.heading(), cited});
        }
        CoverPage.paragraph(document, "AnnexHeading", messages.get("annex.comments.title"), tally);
        if (comments.isEmpty()) {
            CoverPage.paragraph(document, "Normal", messages.get("annex.comments.none"), tally);
        } else {
            table(document, new String[] {messages.get("annex.comments.number"), messages.get("annex.comments.clause"),
                    messages.get("annex.comments.author"), messages.get("annex.comments.comment")}, comments, tally);
        }
        CoverPage.paragraph(document, "AnnexHeading", messages.get("annex.sources.title"), tally);
        table(document, new String[] {messages.get("annex.sources.number"), messages.get("annex.sources.clause"),
                messages.get("annex.sources.sources")}, sources, tally);
    }

    private static void table(XWPFDocument document, String[] header, List<String[]> rows, Tally tally) {
        XWPFTable table = document.createTable(rows.size() + 1, header.length);
        table.setStyleID("TableGrid");
        table.setWidth("100%");
        fill(table.getRow(0), header, tally, true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), tally, false);
        }
    }

    private static void fill(XWPFTableRow row, String[] values, Tally tally, boolean bold) {
        for (int c = 0; c < values.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            var run = cell.getParagraphs().get(0).getCTP().addNewR();
            if (bold) {
                run.addNewRPr().addNewB();
            }
            RunText.append(run, values[c], false, tally);
        }
    }
}
