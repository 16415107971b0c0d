package org.clausewright.ui.editor;

import org.clausewright.command.AddAddress;
import org.clausewright.command.AddFramework;
import org.clausewright.command.RemoveFramework;
import org.clausewright.model.Extent;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.ui.SampleDocument;
import org.clausewright.ui.coverage.DemoFramework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AddressesViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private AddressesViewModel addresses;
    private String clause;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        sample.document.execute(new AddFramework(DemoFramework.of("demo-2024", "Demo")));
        addresses = new AddressesViewModel(sample.document);
        clause = sample.clause("1.1");
        sample.document.selectedClauseIdProperty().set(clause);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private ElementChoice choice(String element) {
        return addresses.choicesProperty().get().stream()
                .filter(c -> c.framework().equals("demo-2024") && c.element().equals(element)).findFirst()
                .orElseThrow();
    }

    private long demoAddresses() {
        return sample.document.project().clause(clause).orElseThrow().addresses().stream()
                .filter(a -> a.framework().equals("demo-2024")).count();
    }

    @Test
    void offersEachElementByFrameworkNumberAndTitleWithItsSummaryAsHelp() {
        sample.document.execute(new AddAddress(sample.clause("1.2.1"), "demo-2024", "2", Extent.FULL));
        assertThat(choice("2").label()).isEqualTo("Demo ▸ 2 Oversight");
        assertThat(choice("2").summary()).isEqualTo("Institutions review work of concern.");
    }

    @Test
    void anElementNoClauseOfTheDraftAddressesIsMarkedAsAGapInWords() {
        assertThat(choice("2").gap()).isTrue();
        assertThat(choice("2").label()).isEqualTo("Gap: Demo ▸ 2 Oversight");

        // another clause answers it, partly: no longer a gap, though this clause is still the one selected
        sample.document.execute(new AddAddress(sample.clause("1.2.1"), "demo-2024", "2", Extent.PARTIAL));
        assertThat(choice("2").gap()).isFalse();
        assertThat(choice("2").label()).isEqualTo("Demo ▸ 2 Oversight");
        assertThat(choice("3").label()).isEqualTo("Gap: Demo ▸ 3 Education");

        sample.document.undo();
        assertThat(choice("2").label()).isEqualTo("Gap: Demo ▸ 2 Oversight");
    }

    @Test
    void elementsAreNamedInTheMembersLanguageWhereTheFrameworkHasATitleInItElsewhereInItsOwn() throws Exception {
        try (SampleDocument french = new SampleDocument(temp.resolve("fr"), java.util.Locale.FRENCH)) {
            Framework demo = DemoFramework.of("demo-2024", "Demo");
            List<FrameworkElement> elements = new ArrayList<>(demo.elements());
            FrameworkElement oversight = elements.get(1);
            elements.set(1, new FrameworkElement(oversight.id(), oversight.number(), oversight.title(),
                    oversight.summary(), java.util.Map.of("fr", "Contrôle"), null));
            french.document.execute(new AddFramework(new Framework(demo.id(), demo.title(), demo.shortTitle(),
                    demo.field(), demo.year(), demo.issuedBy(), demo.citation(), demo.url(), demo.note(), elements,
                    null)));
            AddressesViewModel inFrench = new AddressesViewModel(french.document);
            String clauseId = french.clause("1.1");
            french.document.selectedClauseIdProperty().set(clauseId);
            french.document.execute(new AddAddress(french.clause("1.2.1"), "demo-2024", "2", Extent.FULL));
            french.document.execute(new AddAddress(french.clause("1.2.1"), "demo-2024", "3", Extent.FULL));

            assertThat(inFrench.choicesProperty().get()).filteredOn(c -> c.framework().equals("demo-2024"))
                    .extracting(ElementChoice::label)
                    .containsExactly("Lacune : Demo ▸ 1 Responsibility", "Demo ▸ 2 Contrôle", "Demo ▸ 3 Education");
            french.document.execute(new AddAddress(clauseId, "demo-2024", "2", Extent.PARTIAL));
            assertThat(inFrench.linesProperty().get()).filteredOn(l -> l.framework().equals("demo-2024"))
                    .extracting(AddressLine::label).containsExactly("Demo ▸ 2 Contrôle");
        }
    }

    @Test
    void aLibraryClauseThatAddressesAnElementDoesNotCloseItsGap() {
        String library = sample.document.project().library().get(0).id();
        sample.document.execute(new AddAddress(library, "demo-2024", "2", Extent.FULL));
        assertThat(choice("2").gap()).isTrue();
    }

    @Test
    void addingIsOneUndoableStepAndTheElementLeavesThePicker() {
        long before = demoAddresses();
        assertThat(addresses.add(choice("2"), Extent.PARTIAL)).isTrue();

        assertThat(sample.document.project().clause(clause).orElseThrow().address("demo-2024", "2"))
                .hasValueSatisfying(a -> assertThat(a.extent()).isEqualTo(Extent.PARTIAL));
        assertThat(addresses.linesProperty().get()).anySatisfy(l -> {
            assertThat(l.label()).isEqualTo("Demo ▸ 2 Oversight");
            assertThat(l.extent()).isEqualTo(Extent.PARTIAL);
            assertThat(l.known()).isTrue();
        });
        assertThat(addresses.choicesProperty().get()).noneMatch(c -> c.framework().equals("demo-2024")
                && c.element().equals("2"));
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Address framework element");

        sample.document.undo();
        assertThat(demoAddresses()).isEqualTo(before);
        assertThat(addresses.linesProperty().get()).noneMatch(l -> l.framework().equals("demo-2024"));
    }

    @Test
    void removingIsUndoable() {
        addresses.add(choice("3"), Extent.FULL);
        AddressLine line = addresses.linesProperty().get().stream().filter(l -> l.framework().equals("demo-2024"))
                .findFirst().orElseThrow();
        assertThat(addresses.remove(line)).isTrue();
        assertThat(demoAddresses()).isZero();
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Remove framework element");
        sample.document.undo();
        assertThat(demoAddresses()).isEqualTo(1);
    }

    @Test
    void anAddressOfAFrameworkTheProjectNoLongerHasIsListedAsUnknownAndCanBeRemoved() {
        addresses.add(choice("1"), Extent.FULL);
        sample.document.execute(new RemoveFramework("demo-2024"));

        AddressLine line = addresses.linesProperty().get().stream().filter(l -> l.framework().equals("demo-2024"))
                .findFirst().orElseThrow();
        assertThat(line.known()).isFalse();
        assertThat(line.label()).isEqualTo("demo-2024 ▸ 1 (not in the project’s frameworks)");
        assertThat(addresses.remove(line)).isTrue();
        assertThat(demoAddresses()).isZero();
    }

    @Test
    void nothingSelectedNothingToEdit() {
        sample.document.selectedClauseIdProperty().set(null);
        assertThat(addresses.editableProperty().get()).isFalse();
        assertThat(addresses.linesProperty().get()).isEmpty();
        assertThat(addresses.choicesProperty().get()).isEmpty();
    }
}
