package org.clausewright.ui.outline;

import javafx.css.PseudoClass;
import org.clausewright.model.ClauseStatus;

import java.util.EnumMap;
import java.util.Map;

/** The outline row's pseudo-class for a status when the rows are coloured by status: {@code :status-colour-agreed}. */
final class StatusColours {
    private static final Map<ClauseStatus, PseudoClass> CLASSES = new EnumMap<>(ClauseStatus.class);

    static {
        for (ClauseStatus status : ClauseStatus.values()) {
            CLASSES.put(status, PseudoClass.getPseudoClass("status-colour-" + status.key()));
        }
    }

    private StatusColours() {
    }

    static PseudoClass of(ClauseStatus status) {
        return CLASSES.get(status);
    }
}
