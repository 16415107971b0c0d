package org.clausewright.docx.review;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Word 2016 and later add commentsIds and commentsExtensible; their UTC date wins over w:date (local time). */
class CommentsScannerTest {
    private static InputStream xml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theNewerPartsGiveTheUtcDateAndTheExtendedPartTheThread() throws Exception {
        List<WordComment> comments = CommentsScanner.comments(xml("<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\">"
                + "<w:comment w:id=\"0\" w:author=\"Li Wei\" w:initials=\"LW\" w:date=\"2026-05-02T11:00:00Z\"><w:p w14:paraId=\"0A\"><w:r><w:t>Why?</w:t></w:r></w:p></w:comment>"
                + "<w:comment w:id=\"1\" w:author=\"Amina Diallo\" w:date=\"2026-05-02T12:00:00Z\"><w:p w14:paraId=\"0B\"><w:r><w:t>Because.</w:t></w:r></w:p></w:comment>"
                + "</w:comments>"));
        Map<String, String[]> extended = CommentsScanner.extended(xml("<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">"
                + "<w15:commentEx w15:paraId=\"0A\" w15:done=\"1\"/><w15:commentEx w15:paraId=\"0B\" w15:paraIdParent=\"0A\" w15:done=\"0\"/></w15:commentsEx>"), java.util.Set.of("0A", "0B"));
        Map<String, String> ids = CommentsScanner.durableIds(xml("<w16cid:commentsIds xmlns:w16cid=\"http://schemas.microsoft.com/office/word/2016/wordml/cid\">"
                + "<w16cid:commentId w16cid:paraId=\"0A\" w16cid:durableId=\"6B3D1C2A\"/></w16cid:commentsIds>"), java.util.Set.of("0A", "0B"));
        Map<String, Instant> utc = CommentsScanner.utcDates(xml("<w16cex:commentsExtensible xmlns:w16cex=\"http://schemas.microsoft.com/office/word/2018/wordml/cex\">"
                + "<w16cex:commentExtensible w16cex:durableId=\"6B3D1C2A\" w16cex:dateUtc=\"2026-05-02T09:00:00Z\"/></w16cex:commentsExtensible>"), ids.values());
        List<WordComment> threaded = CommentsScanner.thread(comments, extended, ids, utc);
        assertThat(threaded.get(0)).satisfies(c -> {
            assertThat(c.date()).isEqualTo(Instant.parse("2026-05-02T09:00:00Z"));
            assertThat(c.done()).isTrue();
            assertThat(c.initials()).isEqualTo("LW");
        });
        assertThat(threaded.get(1).parentId()).isEqualTo("0A");
        assertThat(threaded.get(1).date()).isEqualTo(Instant.parse("2026-05-02T12:00:00Z"));
    }
}
