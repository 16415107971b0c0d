package org.clausewright.ui.outside;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clausewright.app.OutsideChange;
import org.clausewright.app.OutsideReport;
import org.clausewright.model.Clause;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What other programs changed in the open project's folder, as the window tells it: each change taken in is
 * a passing notice; what waits (a change to a part edited in the window, a file that does not read, a clause
 * file deleted) stays in a banner until it is settled. The looking runs on the background worker.
 */
public final class OutsideChangesViewModel {
    private static final int SHOWN = 4;
    private final ProjectViewModel document;
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");

    public OutsideChangesViewModel(ProjectViewModel document) {
        this.document = document;
    }

    /** Looks at {@code paths} (project-relative), or at every file when null; callable from any thread. */
    public void check(Collection<String> paths) {
        document.background().run("outside", () -> document.session().checkOutside(paths), this::show,
                error -> document.dialogs().showError(document.messages().get("outside.checkFailed"), error));
    }

    void show(OutsideReport report) {
        Messages m = document.messages();
        if (report.takenIn().size() == 1) {
            document.dialogs().notify(m.format("outside.takenIn", name(report.takenIn().get(0))));
        } else if (!report.takenIn().isEmpty()) {
            document.dialogs().notify(m.format("outside.takenInMany", report.takenIn().size()));
        }
        for (String path : report.merged()) {
            document.dialogs().notify(m.format("outside.merged", name(path)));
        }
        // a Redo the change ended is said, not silently dropped
        report.redoEnded().ifPresent(step -> document.dialogs().notify(m.format("outside.redoEnded", m.get(step))));
        List<String> lines = report.waiting().stream().map(this::line).toList();
        String text = lines.stream().limit(SHOWN).collect(Collectors.joining("\n"));
        if (lines.size() > SHOWN) {
            text += "\n" + m.format("outside.more", lines.size() - SHOWN);
        }
        banner.set(text);
    }

    private String line(OutsideChange change) {
        Messages m = document.messages();
        String name = name(change.path());
        return switch (change.kind()) {
            case CONFLICT -> m.format("outside.conflict", name);
            case INVALID -> m.format("outside.invalid", name, change.detail());
            case DELETED -> m.format("outside.deleted", name);
        };
    }

    /**
     * A clause file named with its clause's number and heading as well: the file name of a clause headed in
     * Arabic, Chinese or Russian is its id, random characters that tell the member nothing.
     */
    private String name(String path) {
        Optional<Clause> clause = OutsideChange.clauseOf(path).flatMap(id -> document.project().clause(id));
        if (clause.isEmpty()) {
            return path;
        }
        String label = document.numbering().label(clause.get().id());
        String heading = clause.get().heading().strip();
        return document.messages().format("outside.clauseFile", path, (label + " " + heading).strip());
    }

    /** One line per change waiting for the member; "" when none waits. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }
}
