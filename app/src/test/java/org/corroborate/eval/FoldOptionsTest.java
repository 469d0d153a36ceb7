package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class FoldOptionsTest {

    @Command(name = "learn")
    static final class Learn {
        @Mixin
        FoldOptions folds;
    }

    private static FoldSplit split(String... args) {
        Learn learn = new Learn();
        CommandLine cli = new CommandLine(learn);
        cli.parseArgs(args);
        return learn.folds.split(cli);
    }

    @Test
    void withoutOptionsTheSplitIsInterleavedAndNeedsNoOptionToRegenerate() {
        assertThat(split()).isEqualTo(new FoldSplit(FoldSplit.Kind.interleaved, 1));
        assertThat(split().options()).isEmpty();
    }

    @Test
    void aSeedAloneAsksForAShuffledSplitThatRegeneratesWithIt() {
        assertThat(split("--fold-seed", "3")).isEqualTo(new FoldSplit(FoldSplit.Kind.shuffled, 3));
        assertThat(split("--folds", "shuffled", "--fold-seed", "3").options()).isEqualTo(" --fold-seed 3");
        assertThat(split("--folds", "contiguous").options()).isEqualTo(" --folds contiguous");
    }

    @Test
    void aSeedWithAnotherSplitIsRefusedNamingBothOptions() {
        assertThatThrownBy(() -> split("--folds", "contiguous", "--fold-seed", "3"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--fold-seed 3").hasMessageContaining("--folds contiguous");
    }

    @Test
    void anUnknownSplitIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> split("--folds", "random"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("interleaved, contiguous, shuffled");
    }
}
