package org.clausewright;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layer rule of DESIGN.md: ui and cli → app → command, store, history, diff, docx → model; merge sits beside
 * diff (it uses diff's words) and is called by app, command, history, ui and cli.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clausewright");
    }

    @Test
    void layersDependInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Launcher").definedBy("org.clausewright")
                .layer("UI").definedBy("org.clausewright.ui..")
                .layer("CLI").definedBy("org.clausewright.cli..")
                .layer("App").definedBy("org.clausewright.app..")
                .layer("Command").definedBy("org.clausewright.command..")
                .layer("Store").definedBy("org.clausewright.store..")
                .layer("History").definedBy("org.clausewright.history..")
                .layer("Diff").definedBy("org.clausewright.diff..")
                .layer("Merge").definedBy("org.clausewright.merge..")
                .layer("Docx").definedBy("org.clausewright.docx..")
                .layer("Pdf").definedBy("org.clausewright.pdf..")
                .layer("Model").definedBy("org.clausewright.model..")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("App").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
                .whereLayer("Command").mayOnlyBeAccessedByLayers("App", "UI")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "History", "CLI")
                .whereLayer("History").mayOnlyBeAccessedByLayers("App", "UI", "CLI")
                .whereLayer("Diff").mayOnlyBeAccessedByLayers("App", "Docx", "UI", "CLI", "Merge")
                .whereLayer("Merge").mayOnlyBeAccessedByLayers("App", "Command", "History", "UI", "CLI")
                .whereLayer("Docx").mayOnlyBeAccessedByLayers("App", "UI", "CLI")
                .whereLayer("Pdf").mayOnlyBeAccessedByLayers("App")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.clausewright.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theModelIsPlainJava() {
        noClasses().that().resideInAPackage("org.clausewright.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "org.apache.poi..",
                        "org.eclipse.jgit..", "com.github.difflib..", "picocli..", "org.clausewright.store..",
                        "org.clausewright.history..", "org.clausewright.app..")
                .check(classes);
    }

    @Test
    void theMergeIsPureData() {
        noClasses().that().resideInAPackage("org.clausewright.merge..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "org.apache.poi..",
                        "org.eclipse.jgit..", "picocli..", "java.nio.file..", "java.io..",
                        "org.clausewright.store..", "org.clausewright.history..", "org.clausewright.app..",
                        "org.clausewright.command..")
                .check(classes);
    }

    @Test
    void filesAndGitStayOutOfTheUi() {
        noClasses().that().resideInAPackage("org.clausewright.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..", "org.apache.poi..",
                        "com.fasterxml..")
                .check(classes);
    }
}
