package org.clausewright.model;

import java.util.Objects;

/** A member of the drafting committee. */
public record Member(String name, String affiliation, String role, String initials) {
    public Member {
        Objects.requireNonNull(name, "name");
        affiliation = affiliation == null ? "" : affiliation;
        role = role == null ? "" : role;
        initials = initials == null || initials.isBlank() ? initialsOf(name) : initials;
    }

    static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                sb.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return sb.toString();
    }
}
