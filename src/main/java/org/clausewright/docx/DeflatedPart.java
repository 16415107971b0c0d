package org.clausewright.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * A part's markup encoded to UTF-8 and deflated on a thread of its own, piece by piece, while the export is still
 * writing the pieces that follow; the zip entry is then copied as it is. A compilation's body runs to 13 MB of
 * markup, and deflating it was a third of the export's CPU on the exporting thread: here it runs beside the
 * writing, each piece goes once from text to bytes, and the whole part is never held as text and bytes at once
 * (POI's part stream keeps it as a growing buffer, copies it whole and copies it again into the zip).
 *
 * <p>The pieces are deflated in the order given, each after the one before, at the quickest level, as POI's
 * zip stream does the other parts ({@link WordExport}). Close it when the export is abandoned.
 */
final class DeflatedPart implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "clausewright-deflate");
        t.setDaemon(true);
        return t;
    });
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final CRC32 crc = new CRC32();
    private final ByteArrayOutputStream deflated = new ByteArrayOutputStream(1 << 20);
    private final byte[] buffer = new byte[64 << 10];
    private long size;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private boolean finished;

    /** Queues a piece of the markup; it is not changed afterwards. */
    void add(CharSequence piece) {
        if (finished) {
            throw new IllegalStateException("the part is already finished");
        }
        last = last.thenRunAsync(() -> deflate(piece), thread);
    }

    /** Ends the part with {@code tail} and waits for everything queued to be deflated. */
    void finish(CharSequence tail) throws IOException {
        add(tail);
        finished = true;
        last = last.thenRunAsync(this::end, thread);
        try {
            last.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw cause instanceof RuntimeException r ? r : e;
        }
    }

    /** A zip entry for the finished part, with its sizes and checksum, to be written raw. */
    ZipArchiveEntry entry(String name) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(size);
        entry.setCompressedSize(deflated.size());
        entry.setCrc(crc.getValue());
        return entry;
    }

    /** The deflated bytes of the finished part. */
    InputStream deflated() {
        return new ByteArrayInputStream(deflated.toByteArray());
    }

    /** The part's length before deflating, in bytes. */
    long size() {
        return size;
    }

    private void deflate(CharSequence piece) {
        // String's own encoder: a piece of plain ASCII is copied as it is, and no encoder object sits in between
        byte[] bytes = piece.toString().getBytes(StandardCharsets.UTF_8);
        crc.update(bytes);
        size += bytes.length;
        deflater.setInput(bytes);
        while (!deflater.needsInput()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    private void end() {
        deflater.finish();
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
    }

    @Override
    public void close() {
        // the deflater's memory is outside the heap: released on its own thread once what is queued has run
        last.whenCompleteAsync((v, e) -> deflater.end(), thread).whenComplete((v, e) -> thread.shutdown());
    }
}
