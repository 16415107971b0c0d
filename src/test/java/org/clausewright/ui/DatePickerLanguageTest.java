package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting date's pop-up calendar names months and weekdays in the window's language, not the system's; and the
 * program's own formatting language is as it was once the calendar closes.
 */
class DatePickerLanguageTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private List<String> calendar(String language) throws Exception {
        window = EditorWindow.openIn(temp, language);
        MenuBar bar = window.robot.lookup("#menu-bar").query();
        MenuItem parties = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-parties".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(parties::fire);
        window.waitFor(10, () -> window.robot.lookup("#parties-meeting-list").tryQuery().isPresent());
        ListView<?> meetings = window.robot.lookup("#parties-meeting-list").query();
        DatePicker date = window.robot.lookup("#parties-meeting-date").query();
        window.robot.interact(() -> {
            TabPane tabs = (TabPane) window.robot.lookup(".tab-pane").query();
            tabs.getSelectionModel().select(1);
            meetings.getSelectionModel().select(0);
            date.show();
        });
        window.waitFor(10, () -> window.robot.lookup(".date-picker-popup .spinner-label").tryQuery().isPresent());
        List<String> shown = window.robot.lookup(".date-picker-popup .spinner-label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toList());
        window.robot.lookup(".date-picker-popup .day-name-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.DateCell) n).getText()).forEach(shown::add);
        window.robot.interact(date::hide);
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    private static Set<String> months(Locale locale) {
        return Arrays.stream(Month.values()).flatMap(m -> java.util.stream.Stream.of(
                        m.getDisplayName(TextStyle.FULL_STANDALONE, locale), m.getDisplayName(TextStyle.FULL, locale)))
                .map(s -> s.toLowerCase(locale)).collect(Collectors.toSet());
    }

    @Test
    void theCalendarOfARussianWindowNamesMonthsAndWeekdaysInRussian() throws Exception {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        List<String> shown = calendar("ru");
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(shown.get(0).toLowerCase(ru)).as(shown.toString()).isIn(months(ru));
        // the week starts on Monday, named as Russian calendars name it
        String monday = DateTimeFormatter.ofPattern("ccc", ru).format(java.time.DayOfWeek.MONDAY);
        assertThat(shown.get(2).toLowerCase(ru)).isEqualTo(monday.toLowerCase(ru));
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(before);
    }

    @Test
    void theCalendarOfAnArabicWindowNamesMonthsInArabic() throws Exception {
        List<String> shown = calendar("ar");
        Locale ar = Locale.forLanguageTag("ar");
        assertThat(shown.get(0)).as(shown.toString()).isIn(months(ar));
        // the year in the Latin digits the date field and the rest of the window use
        assertThat(shown.get(1)).matches("[0-9]{4}");
    }
}
