package org.clausewright.ui.outline;

/** What a drag carries: "clausewright:CLAUSE:c-12" — a kind and an id, from the outline or the library. */
public record DragPayload(OutlineRow.Kind kind, String id) {
    private static final String PREFIX = "clausewright:";

    public static String of(OutlineRow.Kind kind, String id) {
        return PREFIX + kind.name() + ":" + id;
    }

    /** Null for anything not dragged from Clausewright. */
    public static DragPayload parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = text.substring(PREFIX.length()).split(":", 2);
        try {
            return parts.length == 2 ? new DragPayload(OutlineRow.Kind.valueOf(parts[0]), parts[1]) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
