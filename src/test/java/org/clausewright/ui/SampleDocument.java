package org.clausewright.ui;

import org.clausewright.app.BundledSample;
import org.clausewright.app.ProjectSession;

import java.nio.file.Path;
import java.util.Locale;

/** The bundled sample opened in a temporary folder, as the panels' view models see it, without a window. */
public final class SampleDocument implements AutoCloseable {
    public final ProjectSession session;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final ProjectViewModel document;

    public SampleDocument(Path temp) throws Exception {
        this(temp, Locale.ENGLISH);
    }

    /** The sample as a member reading the window in {@code language} sees it. */
    public SampleDocument(Path temp, Locale language) throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        session = ProjectSession.open(dir, "Amina Diallo");
        document = new ProjectViewModel(session, new Messages(language), dialogs, Background.immediate(),
                "Amina Diallo");
    }

    /** The id of the clause numbered {@code number} ("3.2.1"). */
    public String clause(String number) {
        var numbering = document.project().outline().numbering();
        return document.project().outline().clauseIds().stream().filter(id -> numbering.label(id).equals(number))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() throws Exception {
        session.close();
    }
}
