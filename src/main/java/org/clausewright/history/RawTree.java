package org.clausewright.history;

import java.util.Arrays;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * Reading a git tree object straight from its bytes: entries of {@code <octal mode> SP <name> NUL <20-byte id>},
 * sorted by name with a folder's name compared as if it ended in '/'. An entry is addressed by the offset
 * where it starts.
 */
final class RawTree {
    static final byte[] EMPTY = new byte[0];
    private static final int ID_LENGTH = 20;

    private RawTree() {
    }

    /** Where the entry after the one at {@code at} starts. */
    static int next(byte[] tree, int at) {
        int p = nameStart(tree, at);
        while (tree[p] != 0) {
            p++;
        }
        return p + 1 + ID_LENGTH;
    }

    static int mode(byte[] tree, int at) {
        int mode = 0;
        for (int p = at; tree[p] != ' '; p++) {
            mode = (mode << 3) + (tree[p] - '0');
        }
        return mode;
    }

    static ObjectId id(byte[] tree, int at) {
        return ObjectId.fromRaw(tree, next(tree, at) - ID_LENGTH);
    }

    static String name(byte[] tree, int at) {
        int start = nameStart(tree, at);
        return RawParseUtils.decode(tree, start, nameEnd(tree, start));
    }

    /** The entry called {@code name}, or -1. */
    static int find(byte[] tree, String name) {
        for (int at = 0; at < tree.length; at = next(tree, at)) {
            if (name(tree, at).equals(name)) {
                return at;
            }
        }
        return -1;
    }

    static boolean isTree(int mode) {
        return (mode & FileMode.TYPE_MASK) == FileMode.TYPE_TREE;
    }

    /** Git's order of entries: byte by byte, a folder's name going on with '/' and a file's ending there. */
    static int compare(byte[] a, int atA, byte[] b, int atB) {
        int startA = nameStart(a, atA);
        int startB = nameStart(b, atB);
        int lengthA = nameEnd(a, startA) - startA;
        int lengthB = nameEnd(b, startB) - startB;
        int common = Math.min(lengthA, lengthB);
        int differ = Arrays.mismatch(a, startA, startA + common, b, startB, startB + common);
        if (differ >= 0) {
            return (a[startA + differ] & 0xff) - (b[startB + differ] & 0xff);
        }
        int nextA = lengthA > common ? a[startA + common] & 0xff : isTree(mode(a, atA)) ? '/' : 0;
        int nextB = lengthB > common ? b[startB + common] & 0xff : isTree(mode(b, atB)) ? '/' : 0;
        return nextA - nextB;
    }

    private static int nameStart(byte[] tree, int at) {
        int p = at;
        while (tree[p] != ' ') {
            p++;
        }
        return p + 1;
    }

    private static int nameEnd(byte[] tree, int start) {
        int p = start;
        while (tree[p] != 0) {
            p++;
        }
        return p;
    }
}
