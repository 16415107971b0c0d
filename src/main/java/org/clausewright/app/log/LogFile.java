package org.clausewright.app.log;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the program's log goes: the messages of the libraries inside it (POI, JGit, JavaFX, the XML parser)
 * and the details of unexpected failures, which a member never needs on the terminal but a developer asks
 * for. In the user's own folder for such files: {@code $XDG_STATE_HOME/clausewright} (else
 * {@code ~/.local/state/clausewright}) on Linux, {@code ~/Library/Logs/Clausewright} on macOS,
 * {@code %LOCALAPPDATA%\Clausewright\Logs} on Windows.
 */
public record LogFile(Path folder) {
    /** The newest log; older ones are {@code clausewright.1.log} and {@code clausewright.2.log}. */
    public static final String NEWEST = "clausewright.0.log";

    public static LogFile forUser() {
        return of(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    static LogFile of(Map<String, String> env, String os, Path home) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return new LogFile(base.resolve("Clausewright").resolve("Logs"));
        }
        if (name.startsWith("mac")) {
            return new LogFile(home.resolve("Library").resolve("Logs").resolve("Clausewright"));
        }
        // the XDG base directory rules: only an absolute path counts
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && state.startsWith("/") ? Path.of(state) : home.resolve(".local").resolve("state");
        return new LogFile(base.resolve("clausewright"));
    }

    public Path newest() {
        return folder.resolve(NEWEST);
    }

    /** The pattern {@link java.util.logging.FileHandler} numbers: {@code %g} the generation, '%' escaped. */
    String pattern() {
        return folder.toString().replace("%", "%%") + java.io.File.separator + "clausewright.%g.log";
    }
}
