package org.clausewright.store;

import java.nio.charset.StandardCharsets;

/**
 * Makes the JSON reader ready on a thread of its own: Jackson's mapper and parser, and with them the JDK's date
 * formats and locale data and {@code BigDecimal}'s constants, take their classes' initialisation the first time a
 * file is read (42 of an export's ~175 CPU-time samples of reading the project, start-up-work.md, session 23). A
 * command that will read a project starts this before its arguments are parsed, so that the reading, which the
 * export waits for, no longer does it. Anything else that reads meanwhile waits for the same initialisation instead
 * of repeating it.
 *
 * <p>A class apart from {@link JsonFormat}: calling a static method of {@code JsonFormat} initialises that class —
 * its mapper, and Jackson's with it, ~20 ms — on the calling thread before the method runs (start-up-work.md,
 * session 30). Here {@code JsonFormat} is first touched on the new thread.
 */
public final class JsonSetup {
    private JsonSetup() {
    }

    public static void startBeside() {
        Thread thread = new Thread(() -> {
            try {
                JsonFormat.read("{}".getBytes(StandardCharsets.UTF_8));
            } catch (UnreadableJson impossible) {
                throw new IllegalStateException(impossible);
            }
        }, "json-setup");
        thread.setDaemon(true);
        thread.start();
    }
}
