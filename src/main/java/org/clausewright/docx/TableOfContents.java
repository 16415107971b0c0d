package org.clausewright.docx;

import org.clausewright.diff.DiffSegment.Kind;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Numbering;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * A real TOC field over Heading 1-3 and the annex headings. Its shown result is filled in with the headings
 * and their numbers (pages are Word's to compute), so that the list reads sensibly even before Word updates
 * the field, which the document asks it to do on open.
 */
final class TableOfContents {
    private static final String INSTRUCTION = " TOC \\o \"1-3\" \\h \\z \\u ";

    private TableOfContents() {
    }

    /** Writes the field into the body; the caller asks Word to update fields on open. */
    static void write(BodyWriter document, Project project, Messages messages) {
        document.paragraph("TOCHeading", messages.get("toc.title"));
        List<String[]> entries = entries(project, messages);
        if (entries.isEmpty()) {
            entries.add(new String[] {"TOC1", messages.get("toc.placeholder")});
        }
        for (int i = 0; i < entries.size(); i++) {
            ParagraphWriter p = document.paragraph();
            p.style(entries.get(i)[0]);
            if (i == 0) {
                p.fieldStart(INSTRUCTION);
            }
            p.text(entries.get(i)[1], Kind.EQUAL, null);
            if (i == entries.size() - 1) {
                p.fieldEnd();
            }
        }
    }

    private static List<String[]> entries(Project project, Messages messages) {
        Numbering numbering = project.outline().numbering();
        List<String[]> entries = new ArrayList<>();
        for (Part part : project.outline().parts()) {
            String label = messages.pattern("numbering.part")
                    .replace("%1", numbering.ofPart(part.id()).orElseThrow().toString());
            entries.add(new String[] {"TOC1", label + " \u2013 " + part.title()});
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    project.clause(ref.clauseId()).ifPresent(c ->
                            entries.add(new String[] {"TOC2", numbering.label(c.id()) + "\t" + c.heading()}));
                } else if (item instanceof Section s) {
                    entries.add(new String[] {"TOC2", numbering.ofSection(s.id()).orElseThrow() + "\t" + s.title()});
                    s.clauseIds().forEach(id -> project.clause(id).ifPresent(c ->
                            entries.add(new String[] {"TOC3", numbering.label(id) + "\t" + c.heading()})));
                }
            }
        }
        return entries;
    }
}
