package org.clausewright.app.log;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * The handler of every log record in the process: the {@link LogFile}, three files of at most 512 KB that
 * rotate. The file is opened at the first record, so a command that logs nothing touches no file. Where it
 * cannot be opened (a read-only home), the records go to the terminal after one line saying why, rather
 * than nowhere.
 */
public final class LogFileHandler extends Handler {
    static final int LIMIT_BYTES = 512 * 1024;
    static final int FILES = 3;

    private final LogFile file;
    private Handler target;

    /** The handler the logging configuration names; {@link LogConfiguration} installs it. */
    public LogFileHandler() {
        this(LogFile.forUser());
    }

    LogFileHandler(LogFile file) {
        this.file = file;
        setFormatter(new LogLines());
        setLevel(Level.ALL);
        setErrorManager(new TerminalErrors());
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (target == null) {
            target = open(record);
        }
        target.publish(record);
        target.flush();
    }

    private Handler open(LogRecord first) {
        try {
            Files.createDirectories(file.folder());
            FileHandler handler = new FileHandler(file.pattern(), LIMIT_BYTES, FILES, true);
            configure(handler);
            handler.publish(started(first));
            return handler;
        } catch (IOException | RuntimeException e) {
            StreamHandler terminal = new StreamHandler(new FileOutputStream(FileDescriptor.err), getFormatter());
            configure(terminal);
            terminal.publish(new LogRecord(Level.WARNING, "clausewright: the log file " + file.newest()
                    + " could not be opened (" + e + "); the libraries' messages follow here"));
            return terminal;
        }
    }

    private void configure(Handler handler) {
        try {
            handler.setEncoding(StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("every Java has UTF-8", e);
        }
        handler.setFormatter(getFormatter());
        handler.setLevel(Level.ALL);
        handler.setErrorManager(getErrorManager());
    }

    /** Which process the lines below come from: several may write in a day, the window and commands. */
    private static LogRecord started(LogRecord first) {
        LogRecord record = new LogRecord(Level.INFO, "Clausewright started (process " + ProcessHandle.current().pid()
                + ", Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ")");
        record.setLoggerName("org.clausewright");
        record.setInstant(first.getInstant());
        return record;
    }

    @Override
    public synchronized void flush() {
        if (target != null) {
            target.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (target != null) {
            target.close();
        }
    }

    /**
     * A handler's own failures (a full disk under the log) go to the terminal's file descriptor itself:
     * System.err is the log's input, and writing there from inside the log would go round.
     */
    private static final class TerminalErrors extends ErrorManager {
        private boolean reported;

        @Override
        public synchronized void error(String msg, Exception ex, int code) {
            if (reported) {
                return;
            }
            reported = true;
            // a PrintStream keeps its own failure to itself: if the terminal is gone too, nothing is left to tell
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
                    .println("clausewright: the log file could not be written (" + (ex != null ? ex : msg) + ")");
        }
    }
}
