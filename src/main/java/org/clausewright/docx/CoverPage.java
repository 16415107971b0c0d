package org.clausewright.docx;

import org.clausewright.diff.DiffSegment.Kind;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The first page: title, subtitle, version, date, status and, when asked, the committee members. */
final class CoverPage {
    private CoverPage() {
    }

    static void write(BodyWriter document, ExportRequest request, Messages messages) {
        ProjectInfo info = request.project().info();
        VersionStamp version = request.version();
        document.paragraph("Title", info.title());
        if (!info.subtitle().isBlank()) {
            document.paragraph("Subtitle", info.subtitle());
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                .format(version.date().atZone(ZoneOffset.UTC));
        String status = version.status() == null ? messages.get("status.working") : version.status();
        document.paragraph("CoverText", messages.get("cover.version", version.printed(messages)));
        document.paragraph("CoverText", messages.get("cover.date", date));
        document.paragraph("CoverText", messages.get("cover.status", status));
        if (request.baseline() != null) {
            document.paragraph("CoverText", messages.get("cover.changes", request.baseline().label()));
        }
        if (request.options().members() && !info.members().isEmpty()) {
            document.paragraph("CoverHeading", messages.get("cover.members"));
            for (Member m : info.members()) {
                StringBuilder line = new StringBuilder(m.name());
                if (!m.affiliation().isBlank()) {
                    line.append(", ").append(m.affiliation());
                }
                if (!m.role().isBlank()) {
                    line.append(" (").append(m.role()).append(')');
                }
                document.paragraph("CoverText", line.toString());
            }
        }
        document.paragraph().text("\f", Kind.EQUAL, null);
    }
}
