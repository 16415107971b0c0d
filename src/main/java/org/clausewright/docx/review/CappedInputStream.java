package org.clausewright.docx.review;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading a part that expands beyond what any document needs, before it fills memory. */
final class CappedInputStream extends FilterInputStream {
    private final long cap;
    private final String part;
    private long count;

    CappedInputStream(InputStream in, long cap, String part) {
        super(in);
        this.cap = cap;
        this.part = part;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > cap) {
            throw new PartTooLargeException(part, cap);
        }
    }

    static String size(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }

    static final class PartTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        PartTooLargeException(String part, long cap) {
            super("its part " + part.substring(part.startsWith("/") ? 1 : 0) + " expands to more than " + size(cap)
                    + ", far beyond any real review (a zip bomb, or a damaged file)");
        }
    }
}
