package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Reply;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns annotation threads into Word comments: the opening note and each reply are comments on the same
 * words; the commentsExtended part links replies to their thread and marks resolved threads done, which
 * is how Word 2013 and later store conversations. Both parts are written as markup, like the body, deflated beside
 * the writing ({@link PartWriter}) and added to POI's package with their relationships; close the writer when the
 * export is abandoned.
 */
final class CommentsWriter implements AutoCloseable {
    private static final String EXTENDED_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml";
    private static final String EXTENDED_RELATION =
            "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
    // Word requires paragraph ids below 0x80000000; starting high keeps them clear of zero.
    private static final int FIRST_PARA_ID = 0x10000000;

    private final ProjectInfo info;
    private final Messages messages;
    private final Tally tally;
    private final PartWriter comments = new PartWriter(Markup.DECLARATION + "<w:comments xmlns:w=\"" + Markup.W
            + "\" xmlns:w14=\"" + Markup.W14 + "\" xmlns:mc=\"" + Markup.MC + "\" mc:Ignorable=\"w14\">");
    private final PartWriter extended = new PartWriter(Markup.DECLARATION + "<w15:commentsEx xmlns:w15=\""
            + Markup.W15 + "\" xmlns:mc=\"" + Markup.MC + "\" mc:Ignorable=\"w15\">");
    private int nextParaId = FIRST_PARA_ID;

    CommentsWriter(ProjectInfo info, Messages messages, Tally tally) {
        this.info = info;
        this.messages = messages;
        this.tally = tally;
    }

    /** Writes the thread as comments and returns their ids, the opening note first; all share one range. */
    List<Integer> add(AnnotationThread thread, boolean detached) {
        List<Integer> ids = new ArrayList<>();
        String parent = comment(ids, thread.author(), thread.created(),
                ExportedComment.paragraphs(thread, detached, messages));
        extended(parent, null, !thread.isOpen());
        tally.comments++;
        for (Reply reply : thread.replies()) {
            String child = comment(ids, reply.author(), reply.time(), List.of(reply.text()));
            extended(child, parent, !thread.isOpen());
            tally.replies++;
        }
        return ids;
    }

    /** Adds the comments and commentsExtended parts; call once, after the last comment. */
    void finish(StreamedDocument document) throws IOException {
        if (comments.isEmpty()) {
            return;
        }
        document.part("/word/comments.xml", XWPFRelation.COMMENT.getContentType(), XWPFRelation.COMMENT.getRelation(),
                comments.finish("</w:comments>"));
        document.part("/word/commentsExtended.xml", EXTENDED_TYPE, EXTENDED_RELATION,
                extended.finish("</w15:commentsEx>"));
    }

    @Override
    public void close() {
        comments.close();
        extended.close();
    }

    /** One comment; the last of its paragraphs carries the paragraph id that commentsExtended refers to. */
    private String comment(List<Integer> ids, String author, Instant time, List<String> paragraphs) {
        StringBuilder comments = this.comments.xml();
        int id = tally.nextId();
        String paraId = Markup.hex8(nextParaId++);
        comments.append("<w:comment w:id=\"").append(id).append('"');
        Markup.attribute(comments, "w:author", RunText.plain(author));
        comments.append(" w:date=\"").append(Markup.date(time)).append('"');
        Markup.attribute(comments, "w:initials", initials(author));
        comments.append('>');
        for (int i = 0; i < paragraphs.size(); i++) {
            comments.append(i == paragraphs.size() - 1 ? "<w:p w14:paraId=\"" + paraId + "\">" : "<w:p>")
                    .append("<w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr>");
            if (i == 0) {
                comments.append("<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:annotationRef/></w:r>");
            }
            comments.append("<w:r>");
            RunText.append(comments, paragraphs.get(i), false, tally);
            comments.append("</w:r></w:p>");
        }
        comments.append("</w:comment>");
        this.comments.elementEnded();
        ids.add(id);
        return paraId;
    }

    private void extended(String paraId, String parent, boolean done) {
        StringBuilder extended = this.extended.xml();
        extended.append("<w15:commentEx w15:paraId=\"").append(paraId).append('"');
        if (parent != null) {
            extended.append(" w15:paraIdParent=\"").append(parent).append('"');
        }
        if (done) {
            extended.append(" w15:done=\"1\"");
        }
        extended.append("/>");
        this.extended.elementEnded();
    }

    private String initials(String author) {
        String initials = info.member(author).map(Member::initials)
                .orElseGet(() -> new Member(author, "", "", "").initials());
        return RunText.plain(initials);
    }
}
