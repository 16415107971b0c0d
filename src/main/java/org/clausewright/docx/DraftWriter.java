package org.clausewright.docx;

import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.DiffSegment.Kind;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Numbering;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes the draft's parts, sections and clauses in outline order. Against a baseline, a clause, part or
 * section that was removed is written as deleted paragraphs (a deleted heading for a part or section)
 * right after the clause it followed in the baseline (or first, when it followed none that remains), so
 * rejecting all changes brings its words back where a reader expects them. Clauses that moved are written
 * at their new place with their word changes only.
 */
final class DraftWriter {
    private final Project project;
    private final Baseline baseline;
    private final ClauseWriter clauses;
    private final Supplier<ParagraphWriter> newParagraph;
    private final Tally tally;
    private final Map<String, List<Removed>> removedAfter = new LinkedHashMap<>();
    // Outline.contains numbers the whole outline on each call; asked once per clause, that was quadratic.
    private final Set<String> inBaselineOutline;
    private final Map<String, String> baselineSectionTitles;
    private static final String FIRST = "";

    DraftWriter(Project project, Baseline baseline, ClauseWriter clauses, Supplier<ParagraphWriter> newParagraph,
                Tally tally) {
        this.project = project;
        this.baseline = baseline;
        this.clauses = clauses;
        this.newParagraph = newParagraph;
        this.tally = tally;
        this.baselineSectionTitles = sectionTitles(baseline);
        this.inBaselineOutline = baseline == null ? Set.of() : new HashSet<>(baseline.previous().outline().clauseIds());
        if (baseline != null) {
            placeRemoved();
        }
    }

    void write() {
        boolean first = true;
        for (Part part : project.outline().parts()) {
            String before = baseline == null ? null
                    : baseline.previous().outline().part(part.id()).map(Part::title).orElse(null);
            title(before, part.title(), 1);
            if (first) {
                removedAfter(FIRST);
                first = false;
            }
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    clause(ref.clauseId(), 2);
                } else if (item instanceof Section section) {
                    title(baseline == null ? null : sectionTitle(section.id()), section.title(), 2);
                    section.clauseIds().forEach(id -> clause(id, 3));
                }
            }
        }
    }

    private void clause(String id, int depth) {
        Clause now = project.clause(id).orElse(null);
        if (now == null) {
            return;
        }
        Clause before = baseline == null ? null : baseline.previous().clause(id)
                .filter(c -> inBaselineOutline.contains(id)).orElse(null);
        clauses.write(now, before, depth, baseline != null, author(id), project.threadsOf(id));
        removedAfter(id);
    }

    private void removedAfter(String anchor) {
        for (Removed removed : removedAfter.getOrDefault(anchor, List.of())) {
            if (removed.clauseId() == null) {
                title(removed.title(), null, removed.depth());
            } else {
                Clause gone = baseline.previous().clause(removed.clauseId()).orElseThrow();
                clauses.write(null, gone, removed.depth(), true, author(removed.clauseId()), List.of());
            }
        }
    }

    /** What the baseline had that is gone, by the clause it followed: its clauses, part and section headings. */
    private void placeRemoved() {
        Set<String> parts = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (Part part : project.outline().parts()) {
            parts.add(part.id());
            for (OutlineItem item : part.items()) {
                if (item instanceof Section s) {
                    sections.add(s.id());
                }
            }
        }
        Set<String> kept = project.outline().placements().keySet();
        Numbering old = baseline.previous().outline().numbering();
        String anchor = FIRST;
        for (Part part : baseline.previous().outline().parts()) {
            if (!parts.contains(part.id())) {
                removed(anchor, new Removed(null, part.title(), 1));
            }
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    anchor = placeClause(ref.clauseId(), anchor, kept, old);
                } else if (item instanceof Section section) {
                    if (!sections.contains(section.id())) {
                        removed(anchor, new Removed(null, section.title(), 2));
                    }
                    for (String id : section.clauseIds()) {
                        anchor = placeClause(id, anchor, kept, old);
                    }
                }
            }
        }
    }

    /** Returns the anchor for what follows: the clause itself when it remains, else the anchor it went after. */
    private String placeClause(String id, String anchor, Set<String> kept, Numbering old) {
        if (kept.contains(id) && project.clause(id).isPresent()) {
            return id;
        }
        if (baseline.previous().clause(id).isPresent()) {
            removed(anchor, new Removed(id, null, old.of(id).orElseThrow().depth()));
        }
        return anchor;
    }

    private void removed(String anchor, Removed removed) {
        removedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(removed);
    }

    /** A removed clause (its id) or a removed part or section heading (its title), at its baseline depth. */
    private record Removed(String clauseId, String title, int depth) {
    }

    private void title(String before, String now, int level) {
        ParagraphWriter p = newParagraph.get();
        p.style(Styles.HEADING + level);
        ChangeAuthor author = baseline == null ? null : baseline.outline();
        for (DiffSegment s : ClauseTexts.segments(before, now, baseline != null)) {
            p.text(s.text(), s.kind(), author);
            tally.count(s.kind());
        }
        Kind whole = ClauseTexts.wholeKind(before, now, baseline != null);
        p.markRevision(whole, author);
    }

    private String sectionTitle(String sectionId) {
        return baselineSectionTitles.get(sectionId);
    }

    /** The baseline's section titles by id, looked up once rather than by walking its outline per section. */
    private static Map<String, String> sectionTitles(Baseline baseline) {
        Map<String, String> titles = new HashMap<>();
        if (baseline != null) {
            for (Part part : baseline.previous().outline().parts()) {
                for (OutlineItem item : part.items()) {
                    if (item instanceof Section s) {
                        titles.putIfAbsent(s.id(), s.title());
                    }
                }
            }
        }
        return titles;
    }

    private ChangeAuthor author(String clauseId) {
        return baseline == null ? null : baseline.authorOf(clauseId);
    }
}
