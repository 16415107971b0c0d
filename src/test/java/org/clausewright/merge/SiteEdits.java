package org.clausewright.merge;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.NegotiationException;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.Section;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random edits a member makes at one site, as the window's commands would make them, for the merge's property
 * test. Every word it types is new ("w" + site + number), and every word it takes out of a clause is noted, so the
 * test can tell a word lost from a word someone removed.
 */
final class SiteEdits {
    private final String site;
    private final Random random;
    private final Set<String> removed;
    private final List<String> typed;
    private int counter;
    private Instant clock;

    SiteEdits(String site, Random random, Set<String> removed, List<String> typed, Instant start) {
        this.site = site;
        this.random = random;
        this.removed = removed;
        this.typed = typed;
        this.clock = start;
    }

    Project edit(Project p) {
        clock = clock.plusSeconds(1 + random.nextInt(60));
        List<String> ids = new ArrayList<>(p.clauses().keySet());
        if (ids.isEmpty()) {
            return addClause(p);
        }
        String id = ids.get(random.nextInt(ids.size()));
        Clause clause = p.clause(id).orElseThrow();
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> words(p, clause);
            case 4 -> p.withClause(clause.withHeading("Heading " + fresh()));
            case 5 -> decide(p, clause);
            case 6 -> addClause(p);
            case 7 -> move(p, id);
            case 8 -> delete(p, clause);
            case 9 -> thread(p, id);
            case 10 -> reply(p, id);
            default -> clean(p, clause);
        };
    }

    private String fresh() {
        return "w" + site + (counter++);
    }

    private Project words(Project p, Clause clause) {
        String[] words = clause.text().split(" ", -1);
        List<String> list = new ArrayList<>(List.of(words));
        int at = random.nextInt(list.size());
        int kind = random.nextInt(3);
        if (kind == 0 || list.size() < 3) {
            String word = fresh();
            typed.add(word);
            list.add(at, word);
        } else if (kind == 1) {
            String word = fresh();
            typed.add(word);
            noteRemoved(list.get(at));
            list.set(at, word);
        } else {
            noteRemoved(list.remove(at));
        }
        return withText(p, clause, String.join(" ", list));
    }

    private void noteRemoved(String text) {
        for (String w : text.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                removed.add(w);
            }
        }
    }

    private static Project withText(Project p, Clause clause, String text) {
        return p.withClause(BracketSync.reconcile(clause.withText(text)));
    }

    private Project decide(Project p, Clause clause) {
        ClauseStatus[] choices = {ClauseStatus.UNDER_DISCUSSION, ClauseStatus.REOPENED, ClauseStatus.WITHDRAWN,
            ClauseStatus.PROPOSED};
        try {
            return p.withClause(Negotiation.decide(clause, choices[random.nextInt(choices.length)], context()));
        } catch (NegotiationException e) {
            throw new AssertionError(e);
        }
    }

    private Project clean(Project p, Clause clause) {
        List<Bracket> open = clause.brackets().stream().filter(Bracket::isOpen).toList();
        if (open.isEmpty() || clause.openBracketCount() == 0) {
            return words(p, clause);
        }
        Bracket bracket = open.get(random.nextInt(open.size()));
        try {
            int option = random.nextInt(bracket.options().size());
            Clause cleaned = Negotiation.clean(clause, bracket.id(), option, context());
            for (int k = 0; k < bracket.options().size(); k++) {
                if (k != option) {
                    noteRemoved(bracket.options().get(k).text());
                }
            }
            return p.withClause(cleaned);
        } catch (NegotiationException e) {
            // detached: the bracket is not in the text; type instead
            return words(p, clause);
        }
    }

    private Negotiation.Context context() {
        return new Negotiation.Context(clock, "Member " + site, "", "", "");
    }

    private Project addClause(Project p) {
        String id = "c-" + site + "-" + (counter++);
        String word = fresh();
        typed.add(word);
        Project with = p.withClause(Clause.of(id, "New " + id, "A new clause with " + word + " in it."));
        return with.withOutline(insert(with.outline(), id));
    }

    private Project move(Project p, String id) {
        Outline without = remove(p.outline(), id);
        return p.withOutline(insert(without, id));
    }

    private Project delete(Project p, Clause clause) {
        noteRemoved(clause.text());
        clause.brackets().forEach(b -> b.options().forEach(o -> noteRemoved(o.text())));
        Project result = p.withOutline(remove(p.outline(), clause.id())).withoutClause(clause.id());
        for (Clause c : result.clauses().values()) {
            if (clause.id().equals(c.alternativeOf())) {
                result = result.withClause(c.withAlternativeOf(null));
            }
        }
        return result;
    }

    private Project thread(Project p, String id) {
        List<AnnotationThread> list = new ArrayList<>(p.threadsOf(id));
        list.add(AnnotationThread.open("t-" + site + "-" + (counter++), org.clausewright.model.TextAnchor
                .wholeClause(), org.clausewright.model.AnnotationKind.COMMENT, "Member " + site, clock, "Note."));
        return p.withThreads(id, list);
    }

    private Project reply(Project p, String id) {
        List<AnnotationThread> list = new ArrayList<>(p.threadsOf(id));
        if (list.isEmpty()) {
            return thread(p, id);
        }
        int k = random.nextInt(list.size());
        AnnotationThread t = list.get(k);
        t = random.nextBoolean() ? t.withReply(new Reply("r-" + site + "-" + (counter++), "Member " + site, clock,
                "Reply.")) : t.resolved(new Resolution("Member " + site, clock));
        list.set(k, t);
        return p.withThreads(id, list);
    }

    private Outline insert(Outline outline, String id) {
        List<Part> parts = new ArrayList<>(outline.parts());
        int pi = random.nextInt(parts.size());
        Part part = parts.get(pi);
        List<OutlineItem> items = new ArrayList<>(part.items());
        int at = random.nextInt(items.size() + 1);
        if (at < items.size() && items.get(at) instanceof Section s && random.nextBoolean()) {
            List<String> clauses = new ArrayList<>(s.clauseIds());
            clauses.add(random.nextInt(clauses.size() + 1), id);
            items.set(at, new Section(s.id(), s.title(), clauses));
        } else {
            items.add(at, new ClauseRef(id));
        }
        parts.set(pi, new Part(part.id(), part.title(), items));
        return new Outline(parts, outline.frozen());
    }

    private static Outline remove(Outline outline, String id) {
        List<Part> parts = new ArrayList<>();
        for (Part part : outline.parts()) {
            List<OutlineItem> items = new ArrayList<>();
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    if (!ref.clauseId().equals(id)) {
                        items.add(ref);
                    }
                } else if (item instanceof Section s) {
                    items.add(new Section(s.id(), s.title(), s.clauseIds().stream().filter(c -> !c.equals(id))
                            .toList()));
                }
            }
            parts.add(new Part(part.id(), part.title(), items));
        }
        return new Outline(parts, outline.frozen());
    }
}
