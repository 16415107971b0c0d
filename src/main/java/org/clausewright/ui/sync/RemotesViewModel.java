package org.clausewright.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clausewright.app.SiteRemotes;
import org.clausewright.history.remote.Remotes;
import org.clausewright.ui.Background;
import org.clausewright.ui.Dialogs;
import org.clausewright.ui.Messages;

/** The project's remotes as Project ▸ Remotes… shows them: the same operations as {@code clausewright remote}. */
public final class RemotesViewModel {
    private final Path dir;
    private final Background background;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ObservableList<Remotes.Remote> remotes = FXCollections.observableArrayList();

    RemotesViewModel(Path dir, Background background, Dialogs dialogs, Messages messages) {
        this.dir = dir;
        this.background = background;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public ObservableList<Remotes.Remote> remotes() {
        return remotes;
    }

    public Messages messages() {
        return messages;
    }

    public void refresh() {
        work(() -> SiteRemotes.list(dir));
    }

    /** Adds a remote; a bad name or an address taken already is said in an error, the list unchanged. */
    public void add(String name, String url) {
        work(() -> {
            SiteRemotes.add(dir, name.strip(), url.strip());
            return SiteRemotes.list(dir);
        });
    }

    public void remove(Remotes.Remote remote) {
        if (remote != null && dialogs.confirm(messages.get("remotes.title"),
                messages.format("remotes.removeConfirm", remote.name(), remote.url()))) {
            work(() -> {
                SiteRemotes.remove(dir, remote.name());
                return SiteRemotes.list(dir);
            });
        }
    }

    private void work(Callable<List<Remotes.Remote>> change) {
        background.run("remotes", change, remotes::setAll,
                error -> dialogs.showError(messages.get("remotes.failed"), error));
    }
}
