package org.clausewright.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewright.app.Settings;

import java.util.Locale;

/**
 * The first-run prompt's fields. A name is required; the initials follow the name ("Ingrid Solberg" gives
 * "IS") until the member types initials of their own, and follow it again if the member empties them.
 */
final class MemberForm {
    private static final int MAX_INITIALS = 4;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty initials = new SimpleStringProperty("");
    private final BooleanBinding complete = Bindings.createBooleanBinding(
            () -> name.get() != null && !name.get().isBlank(), name);
    private boolean suggesting;
    private boolean ownInitials;

    MemberForm(String name, String initials) {
        this.name.set(name == null ? "" : name);
        this.initials.set(initials == null ? "" : initials);
        ownInitials = initials != null && !initials.isBlank();
        if (!ownInitials) {
            suggest();
        }
        this.name.addListener((obs, old, value) -> {
            if (!ownInitials) {
                suggest();
            }
        });
        this.initials.addListener((obs, old, value) -> {
            if (!suggesting) {
                ownInitials = value != null && !value.isBlank();
            }
        });
    }

    /** The first letter of each word of the name, in capitals: "Jean-Pierre Dupont" gives "JPD". */
    static String initialsOf(String name) {
        StringBuilder result = new StringBuilder();
        int count = 0;
        for (String word : name.strip().split("[\\s\\-‐]+")) {
            int first = word.isEmpty() ? -1 : word.codePointAt(0);
            if (first >= 0 && Character.isLetter(first) && count < MAX_INITIALS) {
                result.append(new String(Character.toChars(first)).toUpperCase(Locale.ROOT));
                count++;
            }
        }
        return result.toString();
    }

    private void suggest() {
        suggesting = true;
        try {
            initials.set(initialsOf(name.get() == null ? "" : name.get()));
        } finally {
            suggesting = false;
        }
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty initialsProperty() {
        return initials;
    }

    /** True once there is a name to sign with. */
    BooleanBinding completeProperty() {
        return complete;
    }

    void saveTo(Settings settings) {
        if (!complete.get()) {
            throw new IllegalStateException("a member needs a name");
        }
        settings.setMember(name.get().strip(), initials.get() == null ? "" : initials.get().strip());
    }
}
