package org.clausewright.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

/**
 * What a member chose once and expects remembered: their name and initials, theme, language, window
 * size and recent projects. Kept in the platform's preferences, under a node tests point elsewhere.
 */
public final class Settings {
    public static final int MAX_RECENT = 8;
    private final Preferences preferences;

    public Settings(Preferences preferences) {
        this.preferences = preferences;
    }

    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node(
                System.getProperty("clausewright.preferences", "org/clausewright")));
    }

    /**
     * Reads these preferences back from their XML form (a training run's own). A start reads the member's
     * preferences file with the JDK's XML parser, about 200 classes that a training run, whose preferences are
     * new, would otherwise never load: the window's start-up cache then lacks them.
     */
    public void readBack() throws java.io.IOException, java.util.prefs.BackingStoreException,
            java.util.prefs.InvalidPreferencesFormatException {
        java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        preferences.exportNode(xml);
        Preferences.importPreferences(new java.io.ByteArrayInputStream(xml.toByteArray()));
    }

    /** Removes these preferences altogether (a training run's own). */
    public void forget() throws java.util.prefs.BackingStoreException {
        preferences.removeNode();
    }

    /** Empty until the member has answered the first-run prompt. */
    public Optional<String> memberName() {
        return Optional.ofNullable(preferences.get("member.name", null)).filter(s -> !s.isBlank());
    }

    public String initials() {
        return preferences.get("member.initials", "");
    }

    public void setMember(String name, String initials) {
        preferences.put("member.name", name.strip());
        preferences.put("member.initials", initials == null ? "" : initials.strip());
    }

    /** "light" or "dark". */
    public String theme() {
        return preferences.get("theme", "light");
    }

    public void setTheme(String value) {
        preferences.put("theme", value);
    }

    /** A language tag ("en", "fr", "zh-CN"), or "" for the system's. */
    public String language() {
        return preferences.get("language", "");
    }

    public void setLanguage(String tag) {
        preferences.put("language", tag == null ? "" : tag);
    }

    /** x, y, width, height; empty the first time. */
    public Optional<double[]> windowBounds() {
        double w = preferences.getDouble("window.width", -1);
        if (w <= 0) {
            return Optional.empty();
        }
        return Optional.of(new double[] {preferences.getDouble("window.x", 0), preferences.getDouble("window.y", 0),
                w, preferences.getDouble("window.height", 800)});
    }

    public void setWindowBounds(double x, double y, double width, double height) {
        preferences.putDouble("window.x", x);
        preferences.putDouble("window.y", y);
        preferences.putDouble("window.width", width);
        preferences.putDouble("window.height", height);
    }

    /** Where the main window's splitters were (fractions of its width, left to right); empty the first time. */
    public List<Double> dividers() {
        String value = preferences.get("window.dividers", "");
        if (value.isBlank()) {
            return List.of();
        }
        List<Double> result = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                double position = Double.parseDouble(part.strip());
                if (position > 0 && position < 1) {
                    result.add(position);
                }
            } catch (NumberFormatException e) {
                // a hand-edited or older value: the window's own positions are used instead
                return List.of();
            }
        }
        return List.copyOf(result);
    }

    public void setDividers(List<Double> positions) {
        preferences.put("window.dividers", String.join(",", positions.stream().map(String::valueOf).toList()));
    }

    /** The clause, section or part last selected in the project in {@code dir}. */
    public Optional<String> selection(Path dir) {
        return projectValue(dir, ProjectChoice.SELECTION);
    }

    public void setSelection(Path dir, String id) {
        setProjectValue(dir, ProjectChoice.SELECTION, id);
    }

    /** A choice the member made in the project in {@code dir}; empty if none was kept. */
    public Optional<String> projectValue(Path dir, ProjectChoice choice) {
        return Optional.ofNullable(preferences.get(projectKey(dir, choice), null));
    }

    /** Keeps {@code value} for the project in {@code dir}; null forgets it. */
    public void setProjectValue(Path dir, ProjectChoice choice, String value) {
        if (value == null) {
            preferences.remove(projectKey(dir, choice));
        } else {
            preferences.put(projectKey(dir, choice), value);
        }
    }

    /** A key of bounded length whatever the folder's path (the preferences limit keys to 80 characters). */
    private static String projectKey(Path dir, ProjectChoice choice) {
        String path = dir.toAbsolutePath().normalize().toString();
        return "project." + UUID.nameUUIDFromBytes(path.getBytes(StandardCharsets.UTF_8)) + "." + choice.key();
    }

    /** Most recent first. */
    public List<Path> recentProjects() {
        List<Path> result = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = preferences.get("recent." + i, null);
            if (value != null) {
                result.add(Path.of(value));
            }
        }
        return result;
    }

    public void addRecent(Path dir) {
        Path normal = dir.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentProjects());
        list.remove(normal);
        list.add(0, normal);
        // a project that is no longer among the recent ones has its choices forgotten too
        list.stream().skip(MAX_RECENT).forEach(gone -> {
            for (ProjectChoice choice : ProjectChoice.values()) {
                setProjectValue(gone, choice, null);
            }
        });
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                preferences.put("recent." + i, list.get(i).toString());
            } else {
                preferences.remove("recent." + i);
            }
        }
    }
}
