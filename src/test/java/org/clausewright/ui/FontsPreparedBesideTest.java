package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's fonts are made ready on a thread of their own while JavaFX starts (DesktopApp), so the UI thread
 * does not spend its first frame on fontconfig and the first text layout: that thread must lay the language's
 * text out in the family the window then uses, without a failure off the UI thread.
 */
class FontsPreparedBesideTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "zh-CN", "ru"})
    void theLanguagesTextIsLaidOutInTheWindowsFamilyOffTheUiThread(String tag) throws Exception {
        Locale locale = Languages.locale(tag);
        String sample = new Messages(locale).get("tab.outline");
        AtomicReference<Font> laidOut = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        AtomicReference<Boolean> onUiThread = new AtomicReference<>();
        Thread beside = new Thread(() -> {
            try {
                onUiThread.set(Platform.isFxApplicationThread());
                laidOut.set(LanguageFonts.prepare(locale, sample));
                org.clausewright.ui.window.Icons.prepare();
            } catch (RuntimeException | Error e) {
                failed.set(e);
            }
        }, "font-data");
        beside.start();
        beside.join();

        assertThat(failed.get()).isNull();
        assertThat(onUiThread.get()).isFalse();
        String expected = new LanguageFonts().family(locale).orElse(Font.getDefault().getFamily());
        assertThat(laidOut.get().getFamily()).isEqualToIgnoringCase(expected);
        assertThat(laidOut.get().getSize()).isEqualTo(Font.getDefault().getSize());
    }
}
