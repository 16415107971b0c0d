package org.clausewright.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {
    @Test
    void controlCharactersThatSteerATerminalAreShownAsEscapes() {
        assertThat(TerminalText.line("a\u001B[2Jb")).isEqualTo("a\\e[2Jb");
        assertThat(TerminalText.line("ring\u0007")).isEqualTo("ring\\x07");
        assertThat(TerminalText.line("shown\rforged")).isEqualTo("shown\\rforged");
        assertThat(TerminalText.line("abc\b\b\bxyz")).isEqualTo("abc\\x08\\x08\\x08xyz");
        assertThat(TerminalText.line("del\u007F nul\u0000")).isEqualTo("del\\x7f nul\\x00");
        assertThat(TerminalText.line("csi\u009B2J")).isEqualTo("csi\\u009b2J");
        assertThat(TerminalText.line("\u001B]0;title\u0007")).isEqualTo("\\e]0;title\\x07");
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreShownSoTheyCannotReorderALine() {
        assertThat(TerminalText.line("file\u202Etxt.exe")).isEqualTo("file\\u202etxt.exe");
        assertThat(TerminalText.line("\u2066a\u2069 \u200F \u061C \u2028"))
                .isEqualTo("\\u2066a\\u2069 \\u200f \\u061c \\u2028");
    }

    @Test
    void realTextInAnyScriptPassesUnchanged() {
        String text = "الباحثون يجب عليهم — 科学家应当 — Ουδέν — emoji 👩\u200D🔬 — persian می\u200Cخواهم\tafter a tab";
        assertThat(TerminalText.line(text)).isSameAs(text);
        assertThat(TerminalText.lines(text)).isSameAs(text);
    }

    @Test
    void lineBreaksAreKeptInTextOfSeveralLinesAndShownInAOneLineField() {
        assertThat(TerminalText.lines("one\ntwo\r\nthree\rfour")).isEqualTo("one\ntwo\nthree\\rfour");
        assertThat(TerminalText.line("Draft 5\nabc1234 2026-01-01 Forged")).isEqualTo("Draft 5\\nabc1234 2026-01-01 Forged");
        assertThat(TerminalText.line("crlf\r\n")).isEqualTo("crlf\\r\\n");
    }

    @Test
    void anUnpairedSurrogateIsShownWhileAPairPasses() {
        assertThat(TerminalText.line("a\uD800b")).isEqualTo("a\\ud800b");
        assertThat(TerminalText.line("\uDC00")).isEqualTo("\\udc00");
        assertThat(TerminalText.line("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }
}
