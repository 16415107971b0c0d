package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The first page: title, subtitle, version, date, status and, when asked, the committee members. */
final class CoverPage {
    private CoverPage() {
    }

    static void write(XWPFDocument document, ExportRequest request, Messages messages, Tally tally) {
        ProjectInfo info = request.project().info();
        VersionStamp version = request.version();
        paragraph(document, "Title", info.title(), tally);
        if (!info.subtitle().isBlank()) {
            paragraph(document, "Subtitle", info.subtitle(), tally);
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                .format(version.date().atZone(ZoneOffset.UTC));
        String status = version.status() == null ? messages.get("status.working") : version.status();
        paragraph(document, "CoverText", messages.get("cover.version", version.label()), tally);
        paragraph(document, "CoverText", messages.get("cover.date", date), tally);
        paragraph(document, "CoverText", messages.get("cover.status", status), tally);
        if (request.baseline() != null) {
            paragraph(document, "CoverText", messages.get("cover.changes", request.baseline().label()), tally);
        }
        if (request.options().members() && !info.members().isEmpty()) {
            paragraph(document, "CoverHeading", messages.get("cover.members"), tally);
            for (Member m : info.members()) {
                StringBuilder line = new StringBuilder(m.name());
                if (!m.affiliation().isBlank()) {
                    line.append(", ").append(m.affiliation());
                }
                if (!m.role().isBlank()) {
                    line.append(" (").append(m.role()).append(')');
                }
                paragraph(document, "CoverText", line.toString(), tally);
            }
        }
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    static XWPFParagraph paragraph(XWPFDocument document, String style, String text, Tally tally) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        RunText.append(p.getCTP().addNewR(), text, false, tally);
        return p;
    }
}
