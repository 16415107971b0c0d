package org.clausewright.ui.outside;

import org.clausewright.command.EditHeading;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window says about other programs' changes: a passing notice when taken in, a banner while one waits. */
class OutsideChangesViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private OutsideChangesViewModel outside;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        outside = new OutsideChangesViewModel(sample.document);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private String path(String number) {
        return "clauses/" + sample.clause(number) + ".json";
    }

    @Test
    void aChangeTakenInIsAPassingNoticeNamingTheFile() throws Exception {
        Path file = sample.session.dir().resolve(path("1.1"));
        Files.writeString(file, Files.readString(file).replace("\"heading\": \"", "\"heading\": \"Edited: "));
        outside.check(List.of(path("1.1")));
        assertThat(sample.dialogs.notices).containsExactly(path("1.1") + " (clause 1.1 Edited: Respect for life and"
                + " human dignity) changed outside Clausewright; taken in");
        assertThat(outside.bannerProperty().get()).isEmpty();
        assertThat(sample.document.project().clause(sample.clause("1.1")).orElseThrow().heading()).startsWith("Edited: ");
    }

    @Test
    void aClauseHeadedInChineseIsNamedByItsNumberAndHeadingBesideItsFile() throws Exception {
        // a clause headed in Chinese, Arabic or Russian has an id of random characters: its file name says nothing
        String id = sample.clause("2.2");
        sample.document.execute(new EditHeading(id, "遵守国家法律法规"));
        Path file = sample.session.dir().resolve(path("2.2"));
        Files.writeString(file, Files.readString(file).replace("\"text\": [", "\"text\": [ \"Outside.\","));
        outside.check(List.of(path("2.2")));
        assertThat(sample.dialogs.notices).containsExactly(path("2.2") + " (clause 2.2 遵守国家法律法规) changed outside"
                + " Clausewright while you were editing it; merged with your edit (words changed on both sides are a"
                + " bracket with both wordings)");
    }

    @Test
    void aHeadingChangedOnBothSidesStaysInTheBannerUntilSettled() throws Exception {
        String id = sample.clause("1.1");
        String heading = sample.document.project().clause(id).orElseThrow().heading();
        sample.document.execute(new EditHeading(id, "Mine"));
        Path file = sample.session.dir().resolve(path("1.1"));
        String original = Files.readString(file);
        Files.writeString(file, original.replace("\"heading\": \"" + heading, "\"heading\": \"Theirs"));

        outside.check(List.of(path("1.1")));
        assertThat(outside.bannerProperty().get()).isEqualTo(path("1.1") + " (clause 1.1 Mine) changed outside"
                + " Clausewright while you were editing it; your edit is kept in the window and not yet saved.");

        // the other program puts its file back: nothing waits any more
        Files.writeString(file, original);
        outside.check(List.of(path("1.1")));
        assertThat(outside.bannerProperty().get()).isEmpty();
        assertThat(sample.document.project().clause(id).orElseThrow().heading()).isEqualTo("Mine");
    }
}
