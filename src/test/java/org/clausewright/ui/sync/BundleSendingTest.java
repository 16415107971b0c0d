package org.clausewright.ui.sync;

import org.clausewright.app.Versions;
import org.clausewright.history.Version;
import org.clausewright.ui.SampleDocument;
import org.clausewright.ui.ScriptedSyncDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Send changes as a file…: the versions to send after are named as History names them. */
class BundleSendingTest {
    @TempDir
    Path temp;

    @Test
    void theVersionsToSendAfterAreNamedInTheMembersLanguage() throws Exception {
        SampleDocument french = new SampleDocument(temp, Locale.FRENCH);
        try {
            List<Version> before = Versions.log(french.session.dir());
            Version first = before.get(before.size() - 1);
            french.session.restoreDraft(first, "Amina Diallo");
            ScriptedSyncDialogs syncDialogs = new ScriptedSyncDialogs();

            new BundleSending(french.document, syncDialogs).send();

            assertThat(french.dialogs.errors).isEmpty();
            assertThat(syncDialogs.sinceNames).hasSize(before.size() + 1);
            assertThat(syncDialogs.sinceNames.get(0))
                    .isEqualTo("Avant la restauration du projet de texte depuis « " + first.label() + " »");
            assertThat(syncDialogs.sinceNames).noneMatch(n -> n.startsWith("Checkpoint"));
        } finally {
            french.close();
        }
    }
}
