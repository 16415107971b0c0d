package org.clausewright.app;

/** The name a member is known by when none is given: the operating system's user name. */
public final class UserName {
    private UserName() {
    }

    public static String current() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "Member" : name;
    }
}
