package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a draft is written in, as Word is told it: the language of its text (spelling, hyphenation, the fonts
 * Word picks) on the document's default run style and in its settings, and for a right-to-left language the
 * direction of the section, of every paragraph and of every run.
 *
 * @param tag the draft's language (BCP 47, as the project names it)
 */
record DocumentLanguage(String tag) {
    /** Languages written right to left, by their primary subtag. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "sd", "ug",
            "ckb");
    /** The region Word's own templates use for a language given without one (en stays the British of earlier drafts). */
    private static final Map<String, String> REGIONS = Map.of("en", "GB", "fr", "FR", "es", "ES", "ru", "RU",
            "ar", "SA", "zh", "CN", "de", "DE", "pt", "PT", "he", "IL", "fa", "IR");

    /** The language of the Latin letters in a Chinese, Japanese or Korean draft: the default style's English. */
    private static final String LATIN_IN_EAST_ASIAN = "en-GB";

    boolean rightToLeft() {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(tag).getLanguage());
    }

    /** The tag with a region, as Word writes it: "fr" → "fr-FR", "zh-CN" as it is. */
    String wordTag() {
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.getCountry().isEmpty() || !REGIONS.containsKey(locale.getLanguage())) {
            return tag;
        }
        return locale.getLanguage() + "-" + REGIONS.get(locale.getLanguage());
    }

    private boolean eastAsian() {
        return Set.of("zh", "ja", "ko").contains(Locale.forLanguageTag(tag).getLanguage());
    }

    /** The default run language and direction in the styles, and the paragraphs' direction. */
    void applyTo(CTStyles styles) {
        CTDocDefaults defaults = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        CTRPr run = defaults.isSetRPrDefault() && defaults.getRPrDefault().isSetRPr()
                ? defaults.getRPrDefault().getRPr() : defaults.addNewRPrDefault().addNewRPr();
        // w:rtl comes before w:lang in a run's properties (Word refuses them out of order), and XMLBeans appends
        while (run.sizeOfLangArray() > 0) {
            run.removeLang(0);
        }
        if (rightToLeft()) {
            run.addNewRtl();
        }
        set(run.addNewLang());
        if (rightToLeft()) {
            CTPPrGeneral paragraph = defaults.isSetPPrDefault() && defaults.getPPrDefault().isSetPPr()
                    ? defaults.getPPrDefault().getPPr() : defaults.addNewPPrDefault().addNewPPr();
            paragraph.addNewBidi();
        }
    }

    /** The language Word's theme fonts are chosen for, in settings.xml. */
    void applyTo(CTSettings settings) {
        set(settings.isSetThemeFontLang() ? settings.getThemeFontLang() : settings.addNewThemeFontLang());
    }

    /**
     * Right-to-left headings' numbers ("1.2", "Part 1 –") aligned to the right margin. LibreOffice takes a level's
     * alignment as the side of the page, not of the paragraph's direction: aligned left, as Word's default is, the
     * number began at the right margin and ran out into it by its own width.
     */
    void applyTo(XWPFNumbering numbering) {
        if (!rightToLeft()) {
            return;
        }
        for (XWPFAbstractNum abstractNum : numbering.getAbstractNums()) {
            for (CTLvl level : abstractNum.getCTAbstractNum().getLvlList()) {
                (level.isSetLvlJc() ? level.getLvlJc() : level.addNewLvlJc()).setVal(STJc.RIGHT);
            }
        }
    }

    /** A right-to-left section: columns, page numbers and the gutter run from the right. */
    void applyTo(CTSectPr section) {
        if (rightToLeft() && !section.isSetBidi()) {
            section.addNewBidi();
        }
    }

    private void set(CTLanguage lang) {
        // w:val is the language of the text in Latin (and Cyrillic) letters, w:eastAsia that of Chinese, Japanese and
        // Korean characters (ECMA-376 17.3.2.20), as Word's own files write it (val="en-US" eastAsia="ja-JP"). A
        // Chinese draft's Latin words (names, English comments, a Latin term) tagged Chinese were broken anywhere by
        // LibreOffice, as Chinese is between any two characters: "ju|stification", "Asante-Men|sah".
        lang.setVal(eastAsian() ? LATIN_IN_EAST_ASIAN : wordTag());
        if (rightToLeft()) {
            lang.setBidi(wordTag());
        }
        if (eastAsian()) {
            lang.setEastAsia(wordTag());
        }
    }
}
