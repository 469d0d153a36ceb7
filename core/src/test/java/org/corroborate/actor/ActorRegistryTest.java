package org.corroborate.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorRegistryTest {

    private final ActorRegistry registry = ActorRegistry.bundled();

    @Test
    void aliasesAndAcronymsResolveToTheCanonicalName() {
        assertThat(registry.lookup("BLA", true)).hasValueSatisfying(e -> assertThat(e.name())
                .isEqualTo("Baloch Liberation Army"));
        assertThat(registry.lookup("the Balochistan Liberation Army", false)).hasValueSatisfying(e ->
                assertThat(e.name()).isEqualTo("Baloch Liberation Army"));
        assertThat(registry.lookup("RAW", true)).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("Research and Analysis Wing");
            assertThat(e.partOf()).hasValue("India");
        });
    }

    @Test
    void acronymsMatchOnlyAsWritten() {
        assertThat(registry.lookup("raw", false)).isEmpty();
        assertThat(registry.lookup("LET", false)).as("LeT is Lashkar-e-Taiba, LET is a word").isEmpty();
        assertThat(registry.lookup("LeT", true)).isPresent();
    }

    @Test
    void demonymStandsForItsState() {
        assertThat(registry.byDemonym("Pakistani")).hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Pakistan"));
    }

    @Test
    void userFileExtendsTheBundledRegistry(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("actors.tsv");
        Files.writeString(file, "# mine\nJeay Sindh Qaumi Mahaz\tPOLITICAL_PARTY\tPK\t\tJSQM\t\n");
        ActorRegistry extended = ActorRegistry.bundledWith(file);
        assertThat(extended.lookup("JSQM", true)).isPresent();
        assertThat(extended.lookup("BLA", true)).isPresent();
    }

    @Test
    void malformedUserFileNamesTheLineAndTheKinds(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("actors.tsv");
        Files.writeString(file, "Some Group\tMILITIA\tPK\n");
        assertThatThrownBy(() -> ActorRegistry.bundledWith(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("MILITIA")
                .hasMessageContaining("ARMED_GROUP");
    }
}
