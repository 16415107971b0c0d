package org.clausewright.docx;

import org.clausewright.model.ClauseStatus;

import java.util.List;

/**
 * The colour view of clause status, after the WHO negotiating texts: white while a clause is not agreed, yellow
 * once agreed in the working group, green once agreed. Agreed ad referendum (pending confirmation by capitals) is
 * a pale green between the two; a withdrawn clause is grey. It is a view of the decision log, written as paragraph
 * shading; nothing reads it back.
 */
final class StatusColours {
    static final String YELLOW = "FFF2A8";
    static final String PALE_GREEN = "DCEFD2";
    static final String GREEN = "A9DBA9";
    static final String GREY = "D9D9D9";

    private StatusColours() {
    }

    /** The fill for a clause of this status, or null for white (no shading). */
    static String fill(ClauseStatus status) {
        return switch (status) {
            case PROPOSED, UNDER_DISCUSSION, REOPENED -> null;
            case AGREED_WG -> YELLOW;
            case AGREED_AD_REF -> PALE_GREEN;
            case AGREED -> GREEN;
            case WITHDRAWN -> GREY;
        };
    }

    /** The legend before the draft: one paragraph per colour, shaded as the clauses are. */
    static void legend(BodyWriter body, Messages messages) {
        Compilation.label(body, messages.get("colours.legend"));
        List<ClauseStatus> notAgreed = List.of(ClauseStatus.PROPOSED, ClauseStatus.UNDER_DISCUSSION,
                ClauseStatus.REOPENED);
        body.paragraph("Normal", messages.get("colours.white", String.join(messages.get("bracket.list"),
                notAgreed.stream().map(s -> messages.get("status." + s.key())).toList())));
        for (ClauseStatus s : List.of(ClauseStatus.AGREED_WG, ClauseStatus.AGREED_AD_REF, ClauseStatus.AGREED,
                ClauseStatus.WITHDRAWN)) {
            body.paragraph("Normal", messages.get("colours.shaded", name(s, messages))).shading(fill(s));
        }
    }

    private static String name(ClauseStatus status, Messages messages) {
        String name = messages.get("status." + status.key());
        return name.substring(0, 1).toUpperCase(messages.locale()) + name.substring(1);
    }
}
