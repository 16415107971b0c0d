package org.clausewright.app.log;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a library prints on System.err, line by line, as log records: the JDK's XML parser prints
 * "[Fatal Error] :-1:-1: …" there for a malformed byte in a part it streams (its StAX reader offers no
 * handler for that report), and a thread that dies prints its stack trace there. The terminal gets only
 * what the program says itself, on the stream {@link Logging#install} hands back.
 */
final class StandardErrorLog extends OutputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final OutputStream terminal;
    // a line printed while a line is being logged (by a handler in trouble) must not go round again
    private final ThreadLocal<Boolean> logging = ThreadLocal.withInitial(() -> false);

    StandardErrorLog(OutputStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public void write(int b) {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (bytes[i] == '\n') {
                String complete;
                synchronized (line) {
                    line.write(bytes, start, i - start);
                    complete = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                }
                log(complete);
                start = i + 1;
            }
        }
        synchronized (line) {
            line.write(bytes, start, off + len - start);
        }
    }

    private void log(String text) {
        String stripped = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        if (stripped.isEmpty()) {
            return;
        }
        if (logging.get()) {
            new java.io.PrintStream(terminal, true, StandardCharsets.UTF_8).println(stripped);
            return;
        }
        logging.set(true);
        try {
            // looked up here, not when the stream is made: the logging starts only when there is a line
            Logger.getLogger("stderr").log(Level.WARNING, stripped);
        } finally {
            logging.set(false);
        }
    }

    /** A last unfinished line is logged when the stream is closed (at exit, System.err is not). */
    @Override
    public void close() {
        String rest;
        synchronized (line) {
            rest = line.toString(StandardCharsets.UTF_8);
            line.reset();
        }
        log(rest);
    }
}
