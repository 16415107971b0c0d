package org.clausewright.docx;

import com.microsoft.schemas.office.word.x2012.wordml.CTCommentEx;
import com.microsoft.schemas.office.word.x2012.wordml.CommentsExDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Reply;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns annotation threads into Word comments: the opening note and each reply are comments on the same
 * words; the commentsExtended part links replies to their thread and marks resolved threads done, which
 * is how Word 2013 and later store conversations.
 */
final class CommentsWriter {
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final String EXTENDED_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml";
    private static final String EXTENDED_RELATION =
            "http://schemas.microsoft.com/office/2011/relationships/commentsExtended";
    // Word requires paragraph ids below 0x80000000; starting high keeps them clear of zero.
    private static final int FIRST_PARA_ID = 0x10000000;

    private final XWPFDocument document;
    private final ProjectInfo info;
    private final Messages messages;
    private final Tally tally;
    private final CommentsExDocument extended = CommentsExDocument.Factory.newInstance();
    private XWPFComments comments;
    private int nextParaId = FIRST_PARA_ID;

    CommentsWriter(XWPFDocument document, ProjectInfo info, Messages messages, Tally tally) {
        this.document = document;
        this.info = info;
        this.messages = messages;
        this.tally = tally;
        extended.addNewCommentsEx();
    }

    /** Writes the thread as comments and returns their ids, the opening note first; all share one range. */
    List<BigInteger> add(AnnotationThread thread, boolean detached) {
        if (comments == null) {
            comments = document.createComments();
        }
        List<BigInteger> ids = new ArrayList<>();
        List<String> body = new ArrayList<>();
        if (detached) {
            body.add(messages.get("comment.detached", thread.anchor().quote()));
        }
        body.add(thread.text());
        if (thread.kind() == AnnotationKind.SUGGESTION && !thread.replacement().isEmpty()) {
            body.add(messages.get("comment.suggestion", thread.replacement()));
        }
        byte[] parent = comment(ids, thread.author(), thread.created(), body);
        CTCommentEx ex = extended.getCommentsEx().addNewCommentEx();
        ex.setParaId(parent);
        if (!thread.isOpen()) {
            ex.setDone(Boolean.TRUE);
        }
        tally.comments++;
        for (Reply reply : thread.replies()) {
            byte[] child = comment(ids, reply.author(), reply.time(), List.of(reply.text()));
            CTCommentEx replyEx = extended.getCommentsEx().addNewCommentEx();
            replyEx.setParaId(child);
            replyEx.setParaIdParent(parent);
            if (!thread.isOpen()) {
                replyEx.setDone(Boolean.TRUE);
            }
            tally.replies++;
        }
        return ids;
    }

    /** Adds the commentsExtended part; call once, after the last comment. */
    void finish() throws IOException {
        if (comments == null) {
            return;
        }
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/commentsExtended.xml");
            PackagePart part = document.getPackage().createPart(name, EXTENDED_TYPE);
            document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, EXTENDED_RELATION);
            try (OutputStream out = part.getOutputStream()) {
                extended.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            }
        } catch (InvalidFormatException e) {
            throw new IOException("could not add the comment replies part: " + e.getMessage(), e);
        }
    }

    private byte[] comment(List<BigInteger> ids, String author, Instant time, List<String> paragraphs) {
        BigInteger id = BigInteger.valueOf(tally.nextId());
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor(RunText.plain(author));
        comment.setInitials(initials(author));
        comment.setDate(ParagraphWriter.calendar(time));
        CTP last = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            CTP p = comment.createParagraph().getCTP();
            p.addNewPPr().addNewPStyle().setVal("CommentText");
            if (i == 0) {
                CTR ref = p.addNewR();
                ref.addNewRPr().addNewRStyle().setVal("CommentReference");
                ref.addNewAnnotationRef();
            }
            RunText.append(p.addNewR(), paragraphs.get(i), false, tally);
            last = p;
        }
        ids.add(id);
        byte[] paraId = paraId(nextParaId++);
        try (XmlCursor cursor = last.newCursor()) {
            cursor.toNextToken();
            cursor.insertAttributeWithValue(new QName(W14, "paraId", "w14"), hex(paraId));
        }
        return paraId;
    }

    private String initials(String author) {
        String initials = info.member(author).map(Member::initials)
                .orElseGet(() -> new Member(author, "", "", "").initials());
        return RunText.plain(initials);
    }

    private static byte[] paraId(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02X", b));
        }
        return sb.toString();
    }
}
