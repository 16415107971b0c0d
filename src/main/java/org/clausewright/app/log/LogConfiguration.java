package org.clausewright.app.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The JDK's logging configured from code: every record goes to the {@link LogFileHandler}, none to the
 * console handler the JDK's default configuration writes to the terminal. Named by
 * {@code java.util.logging.config.class} (see {@link Logging#install}), so the JDK runs it when a library first
 * logs, and a command that logs nothing never starts the logging at all.
 */
public final class LogConfiguration {
    static final String PROPERTIES = "handlers=" + LogFileHandler.class.getName() + "\n"
            + ".level=INFO\n"
            // the details of a command's failure, kept for whoever looks into it
            + "org.clausewright.level=FINE\n";

    public LogConfiguration() {
        try {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(PROPERTIES.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException("the logging configuration could not be read", e);
        }
    }
}
