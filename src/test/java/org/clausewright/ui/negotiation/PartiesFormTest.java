package org.clausewright.ui.negotiation;

import org.clausewright.model.Delegation;
import org.clausewright.model.Ids;
import org.clausewright.model.ProjectInfo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Delegations and meetings added at two sites of one project, each in its own Delegations and meetings dialog. */
class PartiesFormTest {
    private static PartiesForm site() {
        return new PartiesForm(ProjectInfo.titled("code", "Model code"));
    }

    @Test
    void meetingsAddedAtTwoSitesWithTheSameTitleGetDifferentIds() {
        PartiesForm geneva = site();
        PartiesForm cairo = site();
        for (String title : new String[] {"Informal consultations", "مشاورات غير رسمية", "非正式磋商"}) {
            String a = geneva.meetings().get(geneva.addMeeting(title, LocalDate.of(2026, 5, 4), "Geneva")).id();
            String b = cairo.meetings().get(cairo.addMeeting(title, LocalDate.of(2026, 5, 4), "Cairo")).id();
            assertThat(a).as(title).isNotEqualTo(b).startsWith("m-");
            assertThat(Ids.isValid(a) && Ids.isValid(b)).isTrue();
        }
        assertThat(geneva.meetings().get(0).id()).startsWith("m-informal-consult").hasSize(Ids.MAX_LENGTH);
    }

    @Test
    void delegationsNamedInArabicOrChineseAtTwoSitesGetDifferentIdsAndALatinCodeIsTheSameParty() {
        PartiesForm a = site();
        PartiesForm b = site();
        String arabicA = a.delegations().get(a.addDelegation("مصر", "مصر", "")).id();
        String arabicB = b.delegations().get(b.addDelegation("الأردن", "الأردن", "")).id();
        String chineseA = a.delegations().get(a.addDelegation("中国", "中国", "")).id();
        assertThat(arabicA).isNotEqualTo(arabicB).isNotEqualTo(chineseA);
        assertThat(Ids.isValid(arabicA) && Ids.isValid(arabicB) && Ids.isValid(chineseA)).isTrue();
        // "NOR" typed at two sites names one party, whose attributions should meet when the copies do
        assertThat(a.delegations().get(a.addDelegation("Norway", "NOR", "")).id())
                .isEqualTo(b.delegations().get(b.addDelegation("Norway", "NOR", "")).id()).isEqualTo("nor");
        assertThat(a.delegations()).extracting(Delegation::id).doesNotHaveDuplicates();
    }
}
