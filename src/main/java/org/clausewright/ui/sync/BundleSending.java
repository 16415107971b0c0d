package org.clausewright.ui.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import org.clausewright.app.BundleExchange;
import org.clausewright.app.Versions;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.ui.Dialogs;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.history.VersionNames;

/**
 * File ▸ Send changes as a file…: the versions another site lacks (after one it has, or all), written as a git
 * bundle to e-mail to a site whose network blocks git servers. Only recorded versions travel; the chooser
 * suggests {@code <project>-<date>.bundle}.
 */
public final class BundleSending {
    private final ProjectViewModel document;
    private final SyncDialogs syncDialogs;

    public BundleSending(ProjectViewModel document, SyncDialogs syncDialogs) {
        this.document = document;
        this.syncDialogs = syncDialogs;
    }

    public void send() {
        Messages m = document.messages();
        Dialogs dialogs = document.dialogs();
        Path dir = document.session().dir();
        document.background().run("versions", () -> Versions.log(dir), versions -> {
            if (versions.isEmpty()) {
                dialogs.notify(m.get("bundle.nothingRecorded"));
                return;
            }
            syncDialogs.askSince(versions, v -> VersionNames.shown(m, v, document.project())).ifPresent(choice ->
                    dialogs.chooseFileToWrite(m.get("menu.sendBundle"),
                    m.get("bundle.kind"), "bundle", dir.toAbsolutePath().getParent(),
                    dir.getFileName() + "-" + LocalDate.now() + ".bundle").ifPresent(file ->
                    document.background().run("bundle", () -> BundleExchange.create(dir, file,
                                    choice.since() == null ? null : choice.since().id(), TransferProgress.NONE),
                            contents -> dialogs.notify(m.format("bundle.written", contents.versions(),
                                    file.getFileName())),
                            error -> dialogs.showError(m.get("bundle.writeFailed"), error))));
        }, error -> dialogs.showError(m.get("bundle.writeFailed"), error));
    }
}
