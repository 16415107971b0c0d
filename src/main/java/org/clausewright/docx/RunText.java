package org.clausewright.docx;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * Puts user text into a run. XML cannot hold most control characters and POI would write them as "?"
 * without a word, so they are handled here on purpose: tab becomes a Word tab, vertical tab and (where the
 * caller has no paragraphs to split) newline a line break, form feed a page break; the rest are dropped
 * and counted, as are unpaired surrogates and the non-characters U+FFFE and U+FFFF.
 */
final class RunText {
    private RunText() {
    }

    static void append(CTR run, String text, boolean deleted, Tally tally) {
        StringBuilder pending = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\t' -> {
                    flush(run, pending, deleted);
                    run.addNewTab();
                }
                case '\n', 0x0B -> {
                    flush(run, pending, deleted);
                    run.addNewBr();
                }
                case '\f' -> {
                    flush(run, pending, deleted);
                    run.addNewBr().setType(STBrType.PAGE);
                }
                default -> {
                    if (isWritable(cp)) {
                        pending.appendCodePoint(cp);
                    } else {
                        tally.sanitised++;
                    }
                }
            }
        }
        flush(run, pending, deleted);
    }

    /** The text as it reads in Word: what {@link #append} keeps, with breaks and tabs as themselves. */
    static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || isWritable(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** The text for an attribute or property, where breaks mean nothing: breaks and tabs become spaces. */
    static String plain(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f') {
                sb.append(' ');
            } else if (isWritable(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    static boolean isWritable(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.SURROGATE && cp != 0xFFFE && cp != 0xFFFF;
    }

    private static void flush(CTR run, StringBuilder pending, boolean deleted) {
        if (pending.length() == 0) {
            return;
        }
        CTText t = deleted ? run.addNewDelText() : run.addNewT();
        t.setStringValue(pending.toString());
        if (Character.isWhitespace(pending.charAt(0)) || Character.isWhitespace(pending.charAt(pending.length() - 1))) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        pending.setLength(0);
    }
}
