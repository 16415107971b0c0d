package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** OK, Cancel and Close in the member's language in every dialog, not JavaFX's English (or the system's). */
class DialogButtonsTest {
    private static final Pattern DIALOG = Pattern.compile("new (Dialog<|Alert\\(|TextInputDialog\\(|ChoiceDialog<)");
    private final FxRobot robot = new FxRobot();

    private static Stage owner() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
            s.show();
        });
        return owner;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aConfirmationInFrenchHasFrenchButtons() throws Exception {
        assertThat(buttonsOfConfirmation(Locale.FRENCH)).containsExactlyInAnyOrder("OK", "Annuler");
    }

    @Test
    void aConfirmationInChineseRussianArabicAndSpanishHasTheirButtons() throws Exception {
        assertThat(buttonsOfConfirmation(Locale.SIMPLIFIED_CHINESE)).containsExactlyInAnyOrder("确定", "取消");
        assertThat(buttonsOfConfirmation(Locale.forLanguageTag("ru"))).containsExactlyInAnyOrder("ОК", "Отмена");
        assertThat(buttonsOfConfirmation(Locale.forLanguageTag("ar"))).containsExactlyInAnyOrder("موافق", "إلغاء");
        assertThat(buttonsOfConfirmation(Locale.forLanguageTag("es"))).containsExactlyInAnyOrder("Aceptar", "Cancelar");
    }

    @Test
    void aTextQuestionInFrenchHasFrenchButtons() throws Exception {
        Stage owner = owner();
        FxDialogs dialogs = new FxDialogs(new Messages(Locale.FRENCH), () -> owner);
        Platform.runLater(() -> dialogs.askText("Titre", "Nom", ""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownButtons()).containsExactlyInAnyOrder("OK", "Annuler");
    }

    @Test
    void aButtonAddedLaterIsTranslatedToo() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> labels = new ArrayList<>();
        robot.interact(() -> {
            Dialog<ButtonType> dialog = DialogButtons.translate(new Dialog<>(), new Messages(Locale.FRENCH));
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            // the export dialog swaps its buttons for Close once the file is written
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, ButtonType.YES, ButtonType.NO,
                    ButtonType.APPLY);
            dialog.getDialogPane().getButtonTypes().forEach(t ->
                    labels.add(((Button) dialog.getDialogPane().lookupButton(t)).getText()));
        });
        assertThat(labels).containsExactly("Fermer", "Oui", "Non", "Appliquer");
    }

    @Test
    void everyDialogOfTheWindowGoesThroughDialogButtons() throws IOException {
        Set<String> untranslated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/clausewright/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                long dialogs = count(DIALOG.matcher(source));
                long translated = count(Pattern.compile("DialogButtons\\.translate\\(").matcher(source));
                if (dialogs > translated) {
                    untranslated.add(file.getFileName() + ": " + dialogs + " dialogs, " + translated + " translated");
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    private List<String> buttonsOfConfirmation(Locale locale) throws Exception {
        FxToolkit.cleanupStages();
        Stage owner = owner();
        FxDialogs dialogs = new FxDialogs(new Messages(locale), () -> owner);
        Platform.runLater(() -> dialogs.confirm("?", "?"));
        WaitForAsyncUtils.waitForFxEvents();
        return shownButtons();
    }

    private List<String> shownButtons() {
        List<String> texts = robot.lookup(".dialog-pane .button-bar .button").queryAllAs(Button.class).stream()
                .map(Button::getText).toList();
        robot.interact(() -> Stage.getWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w)
                .filter(s -> s.getScene() != null && s.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .toList().forEach(Stage::close));
        return texts;
    }

    private static long count(Matcher matcher) {
        long n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
