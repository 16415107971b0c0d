package org.clausewright.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clausewright.model.Clause;
import org.clausewright.model.Numbering;
import org.clausewright.model.Outline;
import org.clausewright.model.Project;

/**
 * Compares two states of a project: which clauses were added, removed, moved, renumbered or edited, and
 * what changed in the outline's parts and sections and in the project's details.
 *
 * <p><b>Partial projects.</b> Either project may hold only some of its clauses, so that comparing two versions
 * of a large project need not read every clause file. The outlines must be complete; the clause maps must
 * hold at least every clause whose file differs between the two states, and every clause whose number
 * differs (entering or leaving the outline included), on each side where its file exists. On those terms:
 * <ul>
 *   <li>a clause id in neither clause map has the same content on both sides: it is never reported as
 *       edited, and it is reported only for what the outlines show (moved, renumbered, and taken into or out
 *       of the draft, which then means from or to the library, since its file exists on both sides);</li>
 *   <li>a clause in one clause map only has its file only on that side: created ({@link
 *       ClauseChange.FileChange#CREATED}) or deleted, and its heading and text are compared with "" — also
 *       when both outlines list it, which only a damaged version can do.</li>
 * </ul>
 * Complete projects meet the contract trivially.
 *
 * <p>A clause is MOVED when its part or section changed, or when, among the clauses that stayed in their
 * part and section, it left the longest run that kept its relative order ({@link OrderChanges}); it is
 * RENUMBERED when its number changed but it did not move, as when a clause is inserted before it.
 */
public final class DraftComparator {
    private final Project from;
    private final Project to;
    private final Numbering fromNumbers;
    private final Numbering toNumbers;
    private final Map<String, Outline.Placement> fromPlaces;
    private final Map<String, Outline.Placement> toPlaces;
    private final Set<String> reordered;
    private final NegotiationChanges negotiation;

    private DraftComparator(Project from, Project to) {
        this.from = from;
        this.to = to;
        this.fromNumbers = from.outline().numbering();
        this.toNumbers = to.outline().numbering();
        this.fromPlaces = from.outline().placements();
        this.toPlaces = to.outline().placements();
        this.reordered = OrderChanges.moved(stayed(fromPlaces), stayed(toPlaces));
        this.negotiation = new NegotiationChanges(from.info(), to.info());
    }

    // Clauses that changed part or section are moved anyway; leaving them out of the order comparison keeps
    // them from making the clauses they left behind look moved.
    private List<String> stayed(Map<String, Outline.Placement> places) {
        return places.keySet().stream()
                .filter(id -> fromPlaces.containsKey(id) && fromPlaces.get(id).equals(toPlaces.get(id)))
                .toList();
    }

    public static Comparison compare(Project from, Project to) {
        List<ClauseChange> clauses = new DraftComparator(from, to).clauseChanges();
        return new Comparison(InfoComparison.between(from.info(), to.info()),
                StructureComparison.between(from.outline(), to.outline()), clauses, ComparisonSummary.of(clauses));
    }

    private List<ClauseChange> clauseChanges() {
        List<ClauseChange> changes = new ArrayList<>();
        toPlaces.keySet().forEach(id -> compareClause(id, changes));
        fromPlaces.keySet().stream().filter(id -> !toPlaces.containsKey(id)).forEach(id -> compareClause(id, changes));
        Set<String> library = new TreeSet<>(from.clauses().keySet());
        library.addAll(to.clauses().keySet());
        library.removeIf(id -> fromPlaces.containsKey(id) || toPlaces.containsKey(id));
        library.forEach(id -> compareClause(id, changes));
        return changes;
    }

    private void compareClause(String id, List<ClauseChange> changes) {
        Clause older = from.clauses().get(id);
        Clause newer = to.clauses().get(id);
        Position was = position(id, fromNumbers, fromPlaces);
        Position is = position(id, toNumbers, toPlaces);
        Set<ClauseChange.Kind> kinds = EnumSet.noneOf(ClauseChange.Kind.class);
        if (was == null && is == null) {
            // library clause: only its file tells whether it appeared or went
            if (older == null) {
                kinds.add(ClauseChange.Kind.ADDED);
            } else if (newer == null) {
                kinds.add(ClauseChange.Kind.REMOVED);
            }
        } else if (was == null) {
            kinds.add(ClauseChange.Kind.ADDED);
        } else if (is == null) {
            kinds.add(ClauseChange.Kind.REMOVED);
        } else if (reordered.contains(id) || !was.sameContainer(is)) {
            kinds.add(ClauseChange.Kind.MOVED);
        } else if (!was.number().equals(is.number()) && !to.outline().isFrozen()) {
            // a frozen outline keeps its numbers: only an unfrozen draft's numbers follow position
            kinds.add(ClauseChange.Kind.RENUMBERED);
        }
        ClauseContent content = older == null && newer == null ? null : ClauseContent.between(older, newer);
        boolean enteredOrLeft = kinds.contains(ClauseChange.Kind.ADDED) || kinds.contains(ClauseChange.Kind.REMOVED);
        List<BracketChange> brackets = List.of();
        List<DecisionChange> decisions = List.of();
        if (newer != null) {
            Clause base = older != null ? older : Clause.of(id, "", "");
            brackets = negotiation.brackets(base, newer);
            decisions = negotiation.decisions(base, newer);
        }
        List<MetadataChange> metadata = content == null ? List.of() : content.metadata();
        if (content != null && (!enteredOrLeft || (older != null && newer != null))) {
            addContentKinds(content.heading(), content.text(), metadata, kinds);
        }
        if (!brackets.isEmpty() || !decisions.isEmpty()) {
            kinds.add(ClauseChange.Kind.NEGOTIATED);
        }
        if (kinds.isEmpty()) {
            return;
        }
        changes.add(new ClauseChange(id, headingOf(newer, older), kinds, was == null && is == null,
                fileChange(older, newer), was, is, content == null ? null : content.heading(),
                content == null ? null : content.text(), metadata, brackets, decisions));
    }

    private static void addContentKinds(TextDiff heading, TextDiff text, List<MetadataChange> metadata,
                                        Set<ClauseChange.Kind> kinds) {
        if (heading.hasChanges()) {
            kinds.add(ClauseChange.Kind.HEADING_CHANGED);
        }
        if (text.hasChanges()) {
            kinds.add(ClauseChange.Kind.TEXT_CHANGED);
        }
        if (!metadata.isEmpty()) {
            kinds.add(ClauseChange.Kind.METADATA_CHANGED);
        }
    }

    private static Position position(String id, Numbering numbers, Map<String, Outline.Placement> places) {
        Outline.Placement placement = places.get(id);
        return placement == null ? null : Position.of(numbers.of(id).orElseThrow(), placement);
    }

    private static ClauseChange.FileChange fileChange(Clause older, Clause newer) {
        if (older == null && newer != null) {
            return ClauseChange.FileChange.CREATED;
        }
        if (older != null && newer == null) {
            return ClauseChange.FileChange.DELETED;
        }
        return ClauseChange.FileChange.NONE;
    }

    private static String headingOf(Clause newer, Clause older) {
        return newer != null ? newer.heading() : older != null ? older.heading() : "";
    }
}
