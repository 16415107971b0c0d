package org.clausewright.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/clausewright-tests/settings-" + System.nanoTime());
    private final Settings settings = new Settings(node);

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void theMemberIsUnknownUntilTheFirstRunPromptIsAnswered() {
        assertThat(settings.memberName()).isEmpty();
        settings.setMember("  Amina Diallo ", "AD");
        assertThat(settings.memberName()).contains("Amina Diallo");
        assertThat(settings.initials()).isEqualTo("AD");
    }

    @Test
    void readingTheTrainingsPreferencesBackKeepsEveryValue() throws Exception {
        settings.setMember("Clausewright", "CW");
        settings.setLanguage("ar");
        settings.addRecent(Path.of("/p/1"));
        settings.readBack();
        assertThat(settings.memberName()).contains("Clausewright");
        assertThat(settings.initials()).isEqualTo("CW");
        assertThat(settings.language()).isEqualTo("ar");
        assertThat(settings.recentProjects()).containsExactly(Path.of("/p/1"));
    }

    @Test
    void recentProjectsMostRecentFirstWithoutDuplicatesAndAtMostEight() {
        for (int i = 0; i < 10; i++) {
            settings.addRecent(Path.of("/p/" + i));
        }
        settings.addRecent(Path.of("/p/5"));
        assertThat(settings.recentProjects()).hasSize(Settings.MAX_RECENT).first().isEqualTo(Path.of("/p/5"));
        assertThat(settings.recentProjects()).doesNotHaveDuplicates();
    }

    @Test
    void windowThemeAndLanguageAreRemembered() {
        assertThat(settings.windowBounds()).isEmpty();
        settings.setWindowBounds(10, 20, 1300, 850);
        assertThat(settings.windowBounds()).hasValueSatisfying(b -> assertThat(b).containsExactly(10, 20, 1300, 850));
        settings.setTheme("dark");
        settings.setLanguage("zh-CN");
        Settings again = new Settings(node);
        assertThat(again.theme()).isEqualTo("dark");
        assertThat(again.language()).isEqualTo("zh-CN");
    }
}
