package org.clausewright.app.log;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LogFileTest {
    private static final Path HOME = Path.of("/home/amina");

    @Test
    void onLinuxTheLogIsInTheXdgStateFolderWhenItIsSetAndAbsolute() {
        assertThat(LogFile.of(Map.of(), "Linux", HOME).newest())
                .isEqualTo(Path.of("/home/amina/.local/state/clausewright/clausewright.0.log"));
        assertThat(LogFile.of(Map.of("XDG_STATE_HOME", "/srv/state"), "Linux", HOME).folder())
                .isEqualTo(Path.of("/srv/state/clausewright"));
        assertThat(LogFile.of(Map.of("XDG_STATE_HOME", "relative/state"), "Linux", HOME).folder())
                .as("the XDG rules ignore a relative path").isEqualTo(Path.of("/home/amina/.local/state/clausewright"));
    }

    @Test
    void onMacOsAndWindowsTheLogIsWhereTheirOwnProgramsKeepLogs() {
        assertThat(LogFile.of(Map.of(), "Mac OS X", HOME).folder())
                .isEqualTo(Path.of("/home/amina/Library/Logs/Clausewright"));
        assertThat(LogFile.of(Map.of("LOCALAPPDATA", "/c/Users/amina/AppData/Local"), "Windows 11", HOME).folder())
                .isEqualTo(Path.of("/c/Users/amina/AppData/Local/Clausewright/Logs"));
    }

    @Test
    void aPercentSignInTheFolderIsNotTakenForAPatternOfTheJdksFileHandler() {
        assertThat(new LogFile(Path.of("/home/100%/state")).pattern()).isEqualTo("/home/100%%/state/clausewright.%g.log");
    }
}
