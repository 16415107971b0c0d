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
 *
 * <p>The body and the comments are written as markup ({@link #append(StringBuilder, String, boolean, Tally)});
 * the header and footer, which POI builds, as its run objects. Both read the text the same way.
 */
final class RunText {
    private RunText() {
    }

    /** What a run is made of, in order: text, tabs, line breaks and page breaks. */
    private interface Sink {
        void text(CharSequence text);

        void tab();

        void lineBreak();

        void pageBreak();
    }

    /** Appends the run's content as WordprocessingML (the inside of a {@code w:r}). */
    static void append(StringBuilder run, String text, boolean deleted, Tally tally) {
        String element = deleted ? "w:delText" : "w:t";
        if (text.isEmpty()) {
            return;
        }
        // most text is plain: one element, checked and escaped in one pass rather than looked over twice
        int mark = run.length();
        open(run, element, text);
        if (Markup.escapePlain(run, text)) {
            run.append("</").append(element).append('>');
            return;
        }
        run.setLength(mark);
        split(text, tally, new Sink() {
            @Override
            public void text(CharSequence t) {
                open(run, element, t);
                Markup.escape(run, t);
                run.append("</").append(element).append('>');
            }

            @Override
            public void tab() {
                run.append("<w:tab/>");
            }

            @Override
            public void lineBreak() {
                run.append("<w:br/>");
            }

            @Override
            public void pageBreak() {
                run.append("<w:br w:type=\"page\"/>");
            }
        });
    }

    /** A text element's start tag, keeping the spaces at either end of {@code t}. */
    private static void open(StringBuilder run, String element, CharSequence t) {
        run.append('<').append(element);
        if (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1))) {
            run.append(" xml:space=\"preserve\"");
        }
        run.append('>');
    }

    /** Appends the text to a run POI built (the header and footer). */
    static void append(CTR run, String text, boolean deleted, Tally tally) {
        split(text, tally, new Sink() {
            @Override
            public void text(CharSequence t) {
                CTText element = deleted ? run.addNewDelText() : run.addNewT();
                element.setStringValue(t.toString());
                if (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1))) {
                    element.setSpace(SpaceAttribute.Space.PRESERVE);
                }
            }

            @Override
            public void tab() {
                run.addNewTab();
            }

            @Override
            public void lineBreak() {
                run.addNewBr();
            }

            @Override
            public void pageBreak() {
                run.addNewBr().setType(STBrType.PAGE);
            }
        });
    }

    private static void split(String text, Tally tally, Sink sink) {
        if (isPlainAlready(text)) {
            // most text: one stretch, as it is, not copied a character at a time first
            if (!text.isEmpty()) {
                sink.text(text);
            }
            return;
        }
        StringBuilder pending = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isPlain(c)) {
                pending.append(c);
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\t' -> {
                    flush(pending, sink);
                    sink.tab();
                }
                case '\n', 0x0B -> {
                    flush(pending, sink);
                    sink.lineBreak();
                }
                case '\f' -> {
                    flush(pending, sink);
                    sink.pageBreak();
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
        flush(pending, sink);
    }

    private static void flush(StringBuilder pending, Sink sink) {
        if (pending.length() > 0) {
            sink.text(pending);
            pending.setLength(0);
        }
    }

    /** The text as it reads in Word: what {@link #append} keeps, with breaks and tabs as themselves. */
    static String visible(String text) {
        return keep(text, false);
    }

    /** The text for an attribute or property, where breaks mean nothing: breaks and tabs become spaces. */
    static String plain(String text) {
        return keep(text, true);
    }

    private static String keep(String text, boolean breaksAsSpaces) {
        if (isPlainAlready(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f') {
                sb.appendCodePoint(breaksAsSpaces ? ' ' : cp);
            } else if (isWritable(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** Whether every character is plain, so nothing would change (most names). */
    private static boolean isPlainAlready(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isPlain(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The common case, a printable character below the surrogates: written as it is, without a closer look. */
    static boolean isPlain(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0xD800;
    }

    static boolean isWritable(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.SURROGATE && cp != 0xFFFE && cp != 0xFFFF;
    }
}
