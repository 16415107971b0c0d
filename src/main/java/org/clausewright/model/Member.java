package org.clausewright.model;

import java.util.Objects;

/**
 * A member of the drafting committee.
 *
 * @param delegation the id of the delegation the member belongs to, or "" (the chair, the secretariat)
 */
public record Member(String name, String affiliation, String role, String initials, String delegation, Extras extras)
        implements InfoRecord {
    public Member {
        Objects.requireNonNull(name, "name");
        affiliation = affiliation == null ? "" : affiliation;
        role = role == null ? "" : role;
        initials = initials == null || initials.isBlank() ? initialsOf(name) : initials;
        delegation = delegation == null ? "" : delegation;
        extras = extras == null ? Extras.NONE : extras;
    }

    public Member(String name, String affiliation, String role, String initials, String delegation) {
        this(name, affiliation, role, initials, delegation, Extras.NONE);
    }

    public Member(String name, String affiliation, String role, String initials) {
        this(name, affiliation, role, initials, "");
    }

    public Member withDelegation(String value) {
        return new Member(name, affiliation, role, initials, value, extras);
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

    @Override
    public String key() {
        return name;
    }

    @Override
    public String kind() {
        return "member";
    }

    @Override
    public java.util.Map<String, String> fields() {
        return InfoRecord.fieldsOf("name", name, "initials", initials, "affiliation", affiliation, "role", role,
                "delegation", delegation);
    }
}
