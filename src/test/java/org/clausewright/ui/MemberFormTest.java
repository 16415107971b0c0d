package org.clausewright.ui;

import org.clausewright.app.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first-run prompt's fields: a name is required, initials are suggested from it until the member types theirs. */
class MemberFormTest {
    private final Preferences node = Preferences.userRoot().node("org/clausewright-tests/member-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void initialsFollowTheNameUntilTheMemberTypesTheirOwn() {
        MemberForm form = new MemberForm("root", "");
        assertThat(form.initialsProperty().get()).isEqualTo("R");
        form.nameProperty().set("Ingrid Solberg");
        assertThat(form.initialsProperty().get()).isEqualTo("IS");
        form.nameProperty().set("Jean-Pierre Dupont");
        assertThat(form.initialsProperty().get()).isEqualTo("JPD");

        form.initialsProperty().set("JP");
        form.nameProperty().set("Jean-Pierre Martin");
        assertThat(form.initialsProperty().get()).isEqualTo("JP");

        // emptied: the suggestions come back
        form.initialsProperty().set("");
        form.nameProperty().set("Li Wei");
        assertThat(form.initialsProperty().get()).isEqualTo("LW");
    }

    @Test
    void initialsAlreadyChosenAreKept() {
        MemberForm form = new MemberForm("Ingrid Solberg", "ISo");
        form.nameProperty().set("Ingrid Solberg-Berg");
        assertThat(form.initialsProperty().get()).isEqualTo("ISo");
    }

    @Test
    void aBlankNameIsNotAnAnswer() {
        MemberForm form = new MemberForm("", "");
        assertThat(form.completeProperty().get()).isFalse();
        form.nameProperty().set("   ");
        assertThat(form.completeProperty().get()).isFalse();
        assertThatThrownBy(() -> form.saveTo(new Settings(node))).isInstanceOf(IllegalStateException.class);
        form.nameProperty().set("  Ingrid Solberg ");
        assertThat(form.completeProperty().get()).isTrue();
        Settings settings = new Settings(node);
        form.saveTo(settings);
        assertThat(settings.memberName()).contains("Ingrid Solberg");
        assertThat(settings.initials()).isEqualTo("IS");
    }

    @Test
    void initialsOfScriptsWithoutCapitals() {
        assertThat(MemberForm.initialsOf("李伟")).isEqualTo("李");
        assertThat(MemberForm.initialsOf("  ")).isEmpty();
        assertThat(MemberForm.initialsOf("Maria de la Cruz Fernández García")).hasSize(4);
    }
}
