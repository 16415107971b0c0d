package org.clausewright.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 *
 * <p>A stretch of the markup made elsewhere (the compilation annex, {@link CompilationBeside}) can be deflated on a
 * part of its own at the same time and joined in ({@link #join}): a deflate stream may be made of pieces deflated
 * apart when each but the last ends on a byte boundary without a final block (a sync flush, RFC 1951 3.2.4) and no
 * piece refers back into another (the deflater is reset after the joined stretch). The checksums are combined as
 * zlib's {@code crc32_combine} does.
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
    /**
     * A piece is encoded a stretch at a time through these, on the deflating thread: the piece is neither copied into
     * a string nor encoded into a new array (with a quotation mark in it, a megabyte piece of markup is two megabytes
     * of UTF-16, and the string and its bytes were another six, for the collector, every piece of every export).
     * Unpaired surrogates become "?", as String's own encoder makes them.
     */
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(16 << 10);
    private final ByteBuffer bytes = ByteBuffer.allocate(48 << 10);
    /**
     * Builders of pieces already deflated, emptied, for the writer to fill again ({@link #nextPiece}): a compilation's
     * body is a dozen pieces of a megabyte or more, each a new array, and a larger one again at its first quotation
     * mark (the builder turning to UTF-16).
     */
    private final ConcurrentLinkedQueue<StringBuilder> spare = new ConcurrentLinkedQueue<>();
    /** The length of the markup so far, before deflating. */
    private long size;
    /** The CRC-32 and length of the markup up to the end of the last stretch joined; {@link #crc} runs on from there. */
    private long crcBefore;
    private long sizeBefore;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private boolean finished;
    private boolean closed;

    /**
     * Queues a piece of the markup; it is not changed afterwards. A {@link StringBuilder} is the part's from then on:
     * once deflated it is emptied and may be handed out again by {@link #nextPiece}.
     */
    void add(CharSequence piece) {
        if (finished) {
            throw new IllegalStateException("the part is already finished");
        }
        last = last.thenRunAsync(() -> deflate(piece), thread);
    }

    /** An empty builder for a piece to come: one this part has deflated already, or a new one of {@code capacity}. */
    StringBuilder nextPiece(int capacity) {
        StringBuilder piece = spare.poll();
        return piece != null ? piece : new StringBuilder(capacity);
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

    /**
     * Ends this part as a stretch to be joined into another ({@link #join}), without waiting: its deflated bytes end
     * with a sync flush and no final block. Nothing may be added afterwards.
     */
    void endStretch() {
        if (finished) {
            throw new IllegalStateException("the part is already finished");
        }
        finished = true;
        last = last.thenRunAsync(() -> {
            flush();
            deflater.end();
        }, thread);
    }

    /**
     * Queues {@code stretch}, a part ended with {@link #endStretch}, to follow what was queued so far, as if its
     * pieces had been added here; it is closed once joined. What is added afterwards is deflated afresh, with no
     * reference back into what came before.
     */
    void join(DeflatedPart stretch) {
        if (finished) {
            throw new IllegalStateException("the part is already finished");
        }
        if (!stretch.finished) {
            throw new IllegalStateException("the stretch to join is not ended");
        }
        CompletableFuture<Void> deflatedThere = stretch.last;
        last = last.thenRunAsync(() -> {
            try {
                deflatedThere.join();
                flush();
                deflated.writeBytes(stretch.deflated.toByteArray());
                crcBefore = combine(crc32(), stretch.crc.getValue(), stretch.size);
                crc.reset();
                size += stretch.size;
                sizeBefore = size;
                deflater.reset();
            } finally {
                stretch.close();
            }
        }, thread);
    }

    /** A zip entry for the finished part, with its sizes and checksum, to be written raw. */
    ZipArchiveEntry entry(String name) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(size);
        entry.setCompressedSize(deflated.size());
        entry.setCrc(crc32());
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

    /** The part's CRC-32 so far: that of the pieces joined, combined with that of what was deflated here since. */
    private long crc32() {
        return combine(crcBefore, crc.getValue(), size - sizeBefore);
    }

    private void deflate(CharSequence piece) {
        // each piece encoded on its own, as String's encoder would encode it whole
        encoder.reset();
        int n = piece.length();
        int from = 0;
        while (from < n || chars.position() > 0) {
            int to = Math.min(n, from + chars.remaining());
            copy(piece, from, to, chars.array(), chars.position());
            chars.position(chars.position() + to - from);
            from = to;
            chars.flip();
            CoderResult result = encoder.encode(chars, bytes, from == n);
            if (result.isError()) {
                throw new IllegalStateException("UTF-8 cannot encode the markup: " + result);
            }
            if (from == n && result.isUnderflow()) {
                encoder.flush(bytes);
            }
            chars.compact();
            deflateEncoded();
            if (from == n && result.isUnderflow()) {
                break;
            }
        }
        if (piece instanceof StringBuilder done) {
            done.setLength(0);
            spare.add(done);
        }
    }

    private static void copy(CharSequence piece, int from, int to, char[] into, int at) {
        if (piece instanceof StringBuilder sb) {
            sb.getChars(from, to, into, at);
        } else if (piece instanceof String s) {
            s.getChars(from, to, into, at);
        } else {
            for (int i = from; i < to; i++) {
                into[at + i - from] = piece.charAt(i);
            }
        }
    }

    /** Checksums and deflates what the encoder has put into {@link #bytes}, and empties it. */
    private void deflateEncoded() {
        int length = bytes.position();
        crc.update(bytes.array(), 0, length);
        size += length;
        deflater.setInput(bytes.array(), 0, length);
        while (!deflater.needsInput()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        bytes.clear();
    }

    /** Ends what was deflated so far on a byte boundary, without a final block, so that another stream may follow. */
    private void flush() {
        deflater.setInput(new byte[0]);
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            deflated.write(buffer, 0, n);
        } while (n == buffer.length);
    }

    /**
     * The CRC-32 of two stretches one after the other from theirs and the second's length: zlib's
     * {@code crc32_combine}, which java.util.zip does not offer. The first's checksum is carried through as many zero
     * bits as the second has, by squaring the operator that adds one zero bit, then the second's is added.
     */
    static long combine(long crc1, long crc2, long length2) {
        if (length2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L; // the CRC-32 polynomial, reflected: the operator for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four
        long crc = crc1;
        long length = length2;
        // each round squares the operator (one zero byte, two, four…) and applies it where the length has a 1 bit
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
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
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // the deflater's memory is outside the heap: released on its own thread once what is queued has run
        last.whenCompleteAsync((v, e) -> deflater.end(), thread).whenComplete((v, e) -> thread.shutdown());
    }
}
