package org.clausewright.ui.outline;

import org.clausewright.command.AddClause;
import org.clausewright.command.AddPart;
import org.clausewright.command.AddSection;
import org.clausewright.command.ClauseSlot;
import org.clausewright.command.Command;
import org.clausewright.command.DeleteClause;
import org.clausewright.command.DeletePart;
import org.clausewright.command.DeleteSection;
import org.clausewright.command.EditHeading;
import org.clausewright.command.MoveClause;
import org.clausewright.command.MoveSection;
import org.clausewright.command.OutlineEdits;
import org.clausewright.command.OutlineMoves;
import org.clausewright.command.RenamePart;
import org.clausewright.command.RenameSection;
import org.clausewright.model.Clause;
import org.clausewright.model.Ids;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The outline's edits, each turned into a command on the project's stack. */
public final class OutlineEditing {
    /** Where a dragged row lands relative to the row under the pointer. */
    public enum Drop { BEFORE, AFTER, INTO }

    private final ProjectViewModel document;
    private final OutlineViewModel outline;
    private final Messages messages;

    public OutlineEditing(ProjectViewModel document, OutlineViewModel outline) {
        this.document = document;
        this.outline = outline;
        this.messages = document.messages();
    }

    /** A new clause after the selected one (or at the end of the selected part); returns its id. */
    public Optional<String> addClause() {
        Project project = document.project();
        Outline o = project.outline();
        OutlineRow row = outline.selectedProperty().get();
        ClauseSlot slot;
        if (row != null && row.kind() == OutlineRow.Kind.CLAUSE && OutlineEdits.slotOf(o, row.id()).isPresent()) {
            ClauseSlot at = OutlineEdits.slotOf(o, row.id()).get();
            slot = at.at(at.index() + 1);
        } else if (row != null && row.kind() == OutlineRow.Kind.SECTION) {
            OutlineEdits.SectionPlace place = OutlineEdits.sectionPlace(o, row.id()).orElseThrow();
            slot = new ClauseSlot(place.part().id(), row.id(), place.section().clauseIds().size());
        } else if (row != null && row.kind() == OutlineRow.Kind.PART) {
            slot = new ClauseSlot(row.id(), null, o.part(row.id()).map(p -> p.items().size()).orElse(0));
        } else if (!o.parts().isEmpty()) {
            Part last = o.parts().get(o.parts().size() - 1);
            slot = new ClauseSlot(last.id(), null, last.items().size());
        } else {
            return Optional.empty();
        }
        String heading = messages.get("outline.newClause");
        String id = Ids.unique("c-", heading, project.clauses().keySet());
        return document.execute(new AddClause(Clause.of(id, heading, ""), slot)) ? Optional.of(id) : Optional.empty();
    }

    public Optional<String> addPart() {
        Project project = document.project();
        String title = messages.get("outline.newPart");
        String id = Ids.unique("p-", title, outlineIds(project.outline()));
        OutlineRow row = outline.selectedProperty().get();
        int index = project.outline().parts().size();
        if (row != null) {
            String partId = OutlineDrops.partOf(project.outline(), row);
            index = OutlineDrops.indexOfPart(project.outline(), partId) + 1;
        }
        return document.execute(new AddPart(new Part(id, title, List.of()), index)) ? Optional.of(id) : Optional.empty();
    }

    public Optional<String> addSection() {
        Project project = document.project();
        OutlineRow row = outline.selectedProperty().get();
        if (row == null || project.outline().parts().isEmpty()) {
            return Optional.empty();
        }
        String partId = OutlineDrops.partOf(project.outline(), row);
        int index = project.outline().part(partId).map(p -> p.items().size()).orElse(0);
        String title = messages.get("outline.newSection");
        String id = Ids.unique("s-", title, outlineIds(project.outline()));
        return document.execute(new AddSection(partId, index, new Section(id, title, List.of())))
                ? Optional.of(id) : Optional.empty();
    }

    public void delete(OutlineRow row) {
        if (row == null) {
            return;
        }
        String question = messages.format("outline.delete.confirm." + row.kind().name().toLowerCase(), row.title());
        if (!document.dialogs().confirm(messages.get("outline.delete"), question)) {
            return;
        }
        document.execute(switch (row.kind()) {
            case PART -> new DeletePart(row.id());
            case SECTION -> new DeleteSection(row.id());
            case CLAUSE -> new DeleteClause(row.id());
        });
    }

    public void rename(OutlineRow row, String title) {
        if (row == null || title == null || title.isBlank()) {
            return;
        }
        document.execute(switch (row.kind()) {
            case PART -> new RenamePart(row.id(), title.strip());
            case SECTION -> new RenameSection(row.id(), title.strip());
            case CLAUSE -> new EditHeading(row.id(), title.strip());
        });
    }

    public void moveUp(OutlineRow row) {
        clauseMove(row, OutlineMoves::up);
        sectionMove(row, OutlineMoves::sectionUp);
    }

    public void moveDown(OutlineRow row) {
        clauseMove(row, OutlineMoves::down);
        sectionMove(row, OutlineMoves::sectionDown);
    }

    public void indent(OutlineRow row) {
        clauseMove(row, OutlineMoves::indent);
    }

    public void outdent(OutlineRow row) {
        clauseMove(row, OutlineMoves::outdent);
    }

    private void clauseMove(OutlineRow row, java.util.function.BiFunction<Outline, String, Optional<MoveClause>> how) {
        if (row != null && row.kind() == OutlineRow.Kind.CLAUSE) {
            how.apply(document.project().outline(), row.id()).ifPresent(document::execute);
        }
    }

    private void sectionMove(OutlineRow row,
                             java.util.function.BiFunction<Outline, String, Optional<MoveSection>> how) {
        if (row != null && row.kind() == OutlineRow.Kind.SECTION) {
            how.apply(document.project().outline(), row.id()).ifPresent(document::execute);
        }
    }

    /** Whether a dragged clause, section or part ({@code kind}, {@code id}) may land on {@code target} there. */
    public boolean canDrop(OutlineRow.Kind kind, String id, OutlineRow target, Drop where) {
        return dropCommand(kind, id, target, where).isPresent();
    }

    public boolean drop(OutlineRow.Kind kind, String id, OutlineRow target, Drop where) {
        return dropCommand(kind, id, target, where).map(document::execute).orElse(false);
    }

    private Optional<Command> dropCommand(OutlineRow.Kind kind, String id, OutlineRow target, Drop where) {
        return document.isReadOnly() ? Optional.empty()
                : OutlineDrops.command(document.project(), kind, id, target, where);
    }

    private static Set<String> outlineIds(Outline outline) {
        Set<String> ids = new HashSet<>();
        for (Part p : outline.parts()) {
            ids.add(p.id());
            p.items().forEach(i -> {
                if (i instanceof Section s) {
                    ids.add(s.id());
                }
            });
        }
        return ids;
    }
}
