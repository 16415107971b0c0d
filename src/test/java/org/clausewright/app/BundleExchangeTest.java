package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewright.history.HistoryException;
import org.clausewright.history.remote.Bundles;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.servers.BareRepositories;
import org.clausewright.servers.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Versions carried by e-mail between two sites with no server. */
class BundleExchangeTest {
    @TempDir
    Path temp;

    private SyncReport apply(Path dir, Path file) throws Exception {
        return BundleExchange.apply(dir, file, "Chair", TransferProgress.NONE, notice -> { });
    }

    @Test
    void aBundleCarriesChangesBothWaysAndMergesWhenBothSitesChangedTheDraft() throws Exception {
        Path chair = Sites.sample(temp.resolve("chair"));
        Path everything = temp.resolve("mail/everything.bundle");
        assertThat(BundleExchange.create(chair, everything, null, TransferProgress.NONE).versions()).isEqualTo(4);
        // git itself reads it
        Programs.run(null, java.util.List.of(Programs.git().toString(), "bundle", "list-heads", everything.toString()));
        Path oslo = temp.resolve("oslo");
        ProjectClone.clone(everything.toString(), oslo, Sites.access(temp.resolve("home")), TransferProgress.NONE);
        assertThat(Sites.clause(oslo)).isEqualTo(Sites.clause(chair));

        Sites.editAndRecord(oslo, "smallest number", "fewest", "Ingrid Solberg");
        Path fromOslo = temp.resolve("mail/from-oslo.bundle");
        Bundles.Contents written = BundleExchange.create(oslo, fromOslo, "Working draft 4", TransferProgress.NONE);
        assertThat(written.versions()).isEqualTo(1);

        SyncReport forward = apply(chair, fromOslo);
        assertThat(forward.received()).singleElement().satisfies(v -> assertThat(v.author()).isEqualTo("Ingrid Solberg"));
        assertThat(forward.merge()).isEmpty();
        assertThat(Sites.clause(chair)).contains("fewest");
        assertThat(apply(chair, fromOslo).changedNothing()).isTrue();

        Sites.editAndRecord(chair, "lasting harm", "lasting suffering", "Chair");
        Sites.editAndRecord(oslo, "before it begins", "before any work begins", "Ingrid Solberg");
        Path again = temp.resolve("mail/again.bundle");
        BundleExchange.create(oslo, again, Versions.log(oslo).get(1).id(), TransferProgress.NONE);
        SyncReport merged = apply(chair, again);
        assertThat(merged.merge()).isPresent();
        assertThat(merged.merge().get().label()).startsWith("Sync with again.bundle: 1 clause from Ingrid Solberg");
        assertThat(Sites.clause(chair)).contains("lasting suffering").contains("before any work begins");
        BareRepositories.fsck(chair.resolve(".git"));
    }

    @Test
    void aBundleBuildingOnVersionsThisSiteLacksIsRefusedAndNothingChanges() throws Exception {
        Path chair = Sites.sample(temp.resolve("chair"));
        Path oslo = temp.resolve("oslo");
        Path everything = temp.resolve("everything.bundle");
        BundleExchange.create(chair, everything, null, TransferProgress.NONE);
        ProjectClone.clone(everything.toString(), oslo, Sites.access(temp.resolve("home")), TransferProgress.NONE);
        Sites.editAndRecord(chair, "smallest number", "fewest", "Chair");
        Sites.editAndRecord(chair, "lasting harm", "lasting suffering", "Chair");
        Path onlyTheLast = temp.resolve("last.bundle");
        BundleExchange.create(chair, onlyTheLast, Versions.log(chair).get(1).id(), TransferProgress.NONE);
        String before = Sites.clause(oslo);
        int versions = Versions.log(oslo).size();

        assertThatThrownBy(() -> apply(oslo, onlyTheLast)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("builds on versions this project does not have")
                .hasMessageEndingWith("nothing was changed");
        assertThat(Sites.clause(oslo)).isEqualTo(before);
        assertThat(Versions.log(oslo)).hasSize(versions);
    }

    @Test
    void aFileThatIsNotABundleIsRefusedAndNothingChanges() throws Exception {
        Path chair = Sites.sample(temp.resolve("chair"));
        Path mail = temp.resolve("draft.bundle");
        Files.writeString(mail, "# v2 git bundle\nthis is not one\n");
        int versions = Versions.log(chair).size();

        assertThatThrownBy(() -> apply(chair, mail)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("draft.bundle").hasMessageEndingWith("nothing was changed");
        assertThat(Versions.log(chair)).hasSize(versions);

        Path oslo = temp.resolve("oslo");
        Path everything = temp.resolve("everything.bundle");
        BundleExchange.create(chair, everything, null, TransferProgress.NONE);
        ProjectClone.clone(everything.toString(), oslo, Sites.access(temp.resolve("home")), TransferProgress.NONE);
        Sites.editAndRecord(chair, "smallest number", "fewest", "Chair");
        Path whole = temp.resolve("whole.bundle");
        BundleExchange.create(chair, whole, "Working draft 4", TransferProgress.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = temp.resolve("truncated.bundle");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        String before = Sites.clause(oslo);

        assertThatThrownBy(() -> apply(oslo, truncated)).isInstanceOf(HistoryException.class)
                .hasMessageContaining("truncated.bundle").hasMessageEndingWith("nothing was changed");
        assertThat(Versions.log(oslo)).hasSize(versions);
        assertThat(Sites.clause(oslo)).isEqualTo(before);
    }
}
