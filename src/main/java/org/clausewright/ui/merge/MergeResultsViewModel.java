package org.clausewright.ui.merge;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clausewright.command.MergeRefused;
import org.clausewright.command.MergeResolution;
import org.clausewright.merge.BracketMade;
import org.clausewright.merge.ConflictState;
import org.clausewright.merge.FrameworkFields;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.merge.OutlineOrder;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Merge results view's state: each conflict a merge listed, worded for the member, with the side the draft
 * holds now (read from the draft, so undo shows), and the brackets the merge made. Choosing runs
 * {@link MergeResolution} on the project's command stack.
 */
public final class MergeResultsViewModel {
    private final ProjectViewModel document;
    private final MergeOutcome outcome;
    private final MergeSide theirs;
    private final Clock clock;
    private final Consumer<MergeConflict> chosen;
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    /** Whether only conflicts of syncs made before the project was opened are shown (their counts are gone). */
    private boolean earlier;

    public MergeResultsViewModel(ProjectViewModel document, MergeOutcome outcome, MergeSide theirs, Clock clock) {
        this(document, outcome, theirs, clock, conflict -> { });
    }

    /** @param chosen told of each conflict a member settles here, so that it stops waiting */
    public MergeResultsViewModel(ProjectViewModel document, MergeOutcome outcome, MergeSide theirs, Clock clock,
                                 Consumer<MergeConflict> chosen) {
        this.chosen = chosen;
        this.document = document;
        this.outcome = outcome;
        this.theirs = theirs;
        this.clock = clock;
        document.projectProperty().addListener((obs, old, p) -> refresh());
        refresh();
    }

    /**
     * Conflicts that earlier sessions' syncs listed and that still wait (kept in the project's git folder), with
     * the other site of the merge that listed the first.
     */
    public static MergeResultsViewModel waiting(ProjectViewModel document, List<MergeConflict> conflicts,
                                                MergeSide from, Clock clock, Consumer<MergeConflict> chosen) {
        MergeOutcome outcome = new MergeOutcome(document.project(), conflicts, List.of(), 0, 0, List.of());
        MergeResultsViewModel model = new MergeResultsViewModel(document, outcome, from, clock, chosen);
        model.earlier = true;
        return model;
    }

    /**
     * One listed conflict as the view shows it; {@code held} is null when the draft holds none of the three.
     * {@code number} is the clause's number in the draft ("" when the conflict is not about a clause), shown apart
     * from {@code title} so that it begins the line in either direction; {@code order} holds, for an order, each
     * side's items with the numbers they have in the draft now (else empty).
     */
    public record Row(MergeConflict conflict, String number, String title, String field, String base, String ours,
                      String theirs, MergeConflict.Side held, Order order) {
        /** "4.3 Care of animals in research": the number and the title as one text. */
        public String subject() {
            return number.isEmpty() ? title : number + " " + title;
        }
    }

    /** An order's three sides, item by item. */
    public record Order(List<Item> base, List<Item> ours, List<Item> theirs) {
        static final Order NONE = new Order(List.of(), List.of(), List.of());

        public List<Item> of(MergeConflict.Side side) {
            return switch (side) {
                case BASE -> base;
                case OURS -> ours;
                case THEIRS -> theirs;
            };
        }
    }

    /** A clause, part or section in an order: its number in the draft now ("" for a part or section) and title. */
    public record Item(String number, String title) {
        String text() {
            return number.isEmpty() ? title : number + " " + title;
        }
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<Row> rows() {
        return rows.get();
    }

    /** "Merged with origin: 12 clauses from Ingrid Solberg, 2 brackets to decide, 1 conflict to choose". */
    public String summary() {
        Messages m = document.messages();
        if (earlier) {
            return m.format("merge.summaryEarlier", outcome.conflicts().size(), theirs.label());
        }
        return m.format("merge.summary", theirs.label(), outcome.clausesFromTheirs(), m.list(theirs.authors()),
                outcome.bracketsMade().size(), outcome.conflicts().size());
    }

    /** "3.2 Awareness: [must / should]" for each bracket the merge made. */
    public List<String> brackets() {
        Numbering numbering = document.project().outline().numbering();
        List<String> lines = new ArrayList<>();
        for (BracketMade made : outcome.bracketsMade()) {
            lines.add(subject(numbering, made.clauseId()) + ": " + Negotiation.describe(made.optionTexts()));
        }
        return lines;
    }

    /**
     * Makes the draft hold {@code side}'s value; false when it cannot: the command's refusal is reported to the
     * member in their language.
     */
    public boolean choose(Row row, MergeConflict.Side side) {
        Negotiation.Context context = new Negotiation.Context(clock.instant(), document.member(), "", "",
                document.messages().get("merge.decisionNote"));
        Project before = document.project();
        boolean done = document.execute(new MergeResolution(row.conflict(), side, context), MergeRefused.class,
                refused -> MergeRefusal.words(document.messages(), before, row, side, refused));
        if (done) {
            chosen.accept(row.conflict());
        }
        return done;
    }

    private void refresh() {
        Project project = document.project();
        Numbering numbering = project.outline().numbering();
        List<Row> result = new ArrayList<>();
        for (MergeConflict c : outcome.conflicts()) {
            boolean clause = switch (c.kind()) {
                case CLAUSE_FIELD, STATUS, PLACEMENT, TRANSLATION_HEADING -> numbering.of(c.clauseId()).isPresent();
                default -> false;
            };
            Order order = c.kind() == MergeConflict.Kind.ORDER ? new Order(items(project, numbering, c.base()),
                    items(project, numbering, c.ours()), items(project, numbering, c.theirs())) : Order.NONE;
            result.add(new Row(c, clause ? numbering.label(c.clauseId()) : "",
                    clause ? heading(project, c.clauseId()) : subjectOf(numbering, c), fieldName(document.messages(), c),
                    value(project, numbering, c, MergeConflict.Side.BASE),
                    value(project, numbering, c, MergeConflict.Side.OURS),
                    value(project, numbering, c, MergeConflict.Side.THEIRS),
                    ConflictState.held(project, c).orElse(null), order));
        }
        rows.set(List.copyOf(result));
    }

    /** "Heading", "Heading in fr", "Delegation": what the conflict is about, in the member's language. */
    public static String fieldName(Messages messages, MergeConflict c) {
        return switch (c.kind()) {
            case TRANSLATION_HEADING -> messages.format("merge.field.translationHeading", c.field());
            case FRAMEWORK -> messages.get("merge.framework." + c.field());
            default -> messages.get("merge.field." + c.field());
        };
    }

    /** "Tianjin Guidelines" or "Tianjin Guidelines, element 3": the framework or element a conflict is about. */
    public static String frameworkSubject(Messages messages, Project project, MergeConflict c) {
        String frameworkId = FrameworkFields.frameworkId(c.clauseId());
        java.util.Optional<Framework> fw = project.framework(frameworkId);
        // a framework taken out since is named by the title the side that kept it gave it
        String kept = c.field().equals(FrameworkFields.WHOLE_FRAMEWORK) ? c.ours() + c.theirs() : "";
        String title = fw.map(Framework::displayTitle).orElse(kept.isEmpty() ? frameworkId : kept);
        return FrameworkFields.elementId(c.clauseId()).map(id -> messages.format("merge.frameworkElement", title,
                fw.flatMap(f -> f.element(id)).map(FrameworkElement::number).filter(n -> !n.isEmpty()).orElse(id)))
                .orElse(title);
    }

    private String subjectOf(Numbering numbering, MergeConflict c) {
        return switch (c.kind()) {
            case RECORD -> c.record(MergeConflict.Side.OURS).fields().values().iterator().next();
            case CLAUSE_FIELD, STATUS, PLACEMENT, TRANSLATION_HEADING -> subject(numbering, c.clauseId());
            case OUTLINE_TITLE -> c.clauseId();
            case ORDER -> c.clauseId().isEmpty() ? document.messages().get("merge.parts")
                    : title(document.project(), OutlineOrder.id(c.clauseId()));
            case PROJECT -> document.messages().get("merge.project");
            case FRAMEWORK -> frameworkSubject(document.messages(), document.project(), c);
        };
    }

    private static String heading(Project project, String clauseId) {
        return project.clause(clauseId).map(cl -> cl.heading()).orElse(clauseId);
    }

    // one item a line, a clause by its number now and heading, a part or section by its title
    private static List<Item> items(Project project, Numbering numbering, String order) {
        return OutlineOrder.keys(order).stream().map(k -> k.startsWith("c:")
                ? new Item(numbering.of(OutlineOrder.id(k)).isPresent() ? numbering.label(OutlineOrder.id(k)) : "",
                        heading(project, OutlineOrder.id(k)))
                : new Item("", title(project, OutlineOrder.id(k)))).toList();
    }

    private String subject(Numbering numbering, String clauseId) {
        String heading = heading(document.project(), clauseId);
        String number = numbering.of(clauseId).isPresent() ? numbering.label(clauseId) + " " : "";
        return number + heading;
    }

    private String value(Project project, Numbering numbering, MergeConflict c, MergeConflict.Side side) {
        Messages m = document.messages();
        if (c.kind() == MergeConflict.Kind.RECORD) {
            return RecordLines.of(m, project, c.record(side));
        }
        if (c.elements() != null) {
            FrameworkElement element = c.element(side);
            if (element == null) {
                return m.get("merge.element.absent");
            }
            String line = FrameworkFields.line(element);
            return element.summary().isEmpty() ? line : line + "\n" + element.summary();
        }
        String value = c.value(side);
        if (c.kind() == MergeConflict.Kind.ORDER) {
            // one item a line; the numbers are those the draft gives the clauses now, which tell them apart
            return String.join("\n", items(project, numbering, value).stream().map(Item::text).toList());
        }
        if (c.kind() == MergeConflict.Kind.FRAMEWORK) {
            return frameworkValue(m, project, c, value);
        }
        if (c.kind() == MergeConflict.Kind.STATUS) {
            return m.get("status." + value);
        }
        if (c.kind() != MergeConflict.Kind.PLACEMENT) {
            return value.isEmpty() ? m.get("merge.empty") : value;
        }
        if (value.equals("-")) {
            return m.get("merge.placement.out");
        }
        int space = value.indexOf(' ');
        String container = title(project, value.substring(0, space));
        String after = value.substring(space + 1);
        if (after.isEmpty()) {
            return m.format("merge.placement.first", container);
        }
        String before = project.clause(after).isPresent() ? subject(numbering, after) : title(project, after);
        return m.format("merge.placement.after", container, before);
    }

    // an order as one element a line; a framework one site removed as "(removed)" there
    private static String frameworkValue(Messages m, Project project, MergeConflict c, String value) {
        if (c.field().equals(FrameworkFields.ORDER)) {
            java.util.Optional<Framework> fw = project.framework(FrameworkFields.frameworkId(c.clauseId()));
            return String.join("\n", FrameworkFields.ids(value).stream().map(id -> fw.flatMap(f -> f.element(id))
                    .map(FrameworkFields::line).orElse(id)).toList());
        }
        if (value.isEmpty()) {
            return m.get(c.field().equals(FrameworkFields.WHOLE_FRAMEWORK) ? "merge.element.absent" : "merge.empty");
        }
        return value;
    }

    private static String title(Project project, String id) {
        for (var part : project.outline().parts()) {
            if (part.id().equals(id)) {
                return part.title();
            }
            for (var item : part.items()) {
                if (item instanceof org.clausewright.model.Section s && s.id().equals(id)) {
                    return s.title();
                }
            }
        }
        return id;
    }
}
