package org.clausewright.docx;

import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.DiffSegment.Kind;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Numbering;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.OutlineNumber;
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
 *
 * <p>Once the outline's numbering is frozen, numbers are written as text ("2.3 bis") rather than left to Word's
 * automatic numbering, which would renumber them, and a line "[2.4 deleted]" stands where a removed clause's
 * number would come.
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
    private final Messages messages;
    private final Numbering numbering;
    private final List<Map.Entry<String, OutlineNumber>> deleted;
    private int nextDeleted;

    DraftWriter(Project project, Baseline baseline, ClauseWriter clauses, Supplier<ParagraphWriter> newParagraph,
                Tally tally, Messages messages) {
        this.messages = messages;
        this.numbering = project.outline().numbering();
        this.deleted = numbering.deletedClauses();
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
            OutlineNumber number = numbering.ofPart(part.id()).orElse(null);
            deletedBefore(number);
            title(before, part.title(), 1, frozen(number));
            if (first) {
                removedAfter(FIRST);
                first = false;
            }
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    clause(ref.clauseId(), 2);
                } else if (item instanceof Section section) {
                    OutlineNumber sectionNumber = numbering.ofSection(section.id()).orElse(null);
                    deletedBefore(sectionNumber);
                    title(baseline == null ? null : sectionTitle(section.id()), section.title(), 2,
                            frozen(sectionNumber));
                    section.clauseIds().forEach(id -> clause(id, 3));
                }
            }
        }
        deletedBefore(null);
    }

    /** The number to write as text: only a frozen outline's. */
    private String frozen(OutlineNumber number) {
        return numbering.isFrozen() && number != null ? number.toString() : null;
    }

    /** "[2.4 deleted]" for each removed clause of a frozen outline numbered before {@code next} (null: all left). */
    private void deletedBefore(OutlineNumber next) {
        while (nextDeleted < deleted.size()
                && (next == null || deleted.get(nextDeleted).getValue().compareTo(next) < 0)) {
            ParagraphWriter p = newParagraph.get();
            p.style(Styles.CLAUSE_TEXT);
            p.text(messages.get("numbering.deleted", deleted.get(nextDeleted).getValue().toString()), Kind.EQUAL, null);
            nextDeleted++;
        }
    }

    private void clause(String id, int depth) {
        Clause now = project.clause(id).orElse(null);
        if (now == null) {
            return;
        }
        OutlineNumber number = numbering.of(id).orElse(null);
        deletedBefore(number);
        Clause before = baseline == null ? null : baseline.previous().clause(id)
                .filter(c -> inBaselineOutline.contains(id)).orElse(null);
        clauses.write(now, before, depth, baseline != null, author(id), project.threadsOf(id), frozen(number));
        removedAfter(id);
    }

    private void removedAfter(String anchor) {
        for (Removed removed : removedAfter.getOrDefault(anchor, List.of())) {
            if (removed.clauseId() == null) {
                title(removed.title(), null, removed.depth(), null);
            } else {
                Clause gone = baseline.previous().clause(removed.clauseId()).orElseThrow();
                String number = numbering.isFrozen()
                        ? baseline.previous().outline().numbering().label(removed.clauseId()) : null;
                clauses.write(null, gone, removed.depth(), true, author(removed.clauseId()), List.of(), number);
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

    private void title(String before, String now, int level, String number) {
        ParagraphWriter p = newParagraph.get();
        p.style(Styles.HEADING + level);
        if (number != null) {
            p.unnumbered(level == 1 ? 0 : Styles.NUMBER_HANGING);
            p.text(level == 1 ? messages.pattern("numbering.part").replace("%1", number) + " \u2013 " : number + "\t",
                    Kind.EQUAL, null);
        }
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
