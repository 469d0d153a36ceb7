package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearTrainerTest {

    @Test
    void crossValidationScoresEachExampleWithAModelThatDidNotSeeItsDocument() {
        // Two examples for each of 23 documents, labelled by whether their one feature is "yes".
        List<LinearTrainer.Example> examples = new ArrayList<>();
        for (int d = 0; d < 23; d++) {
            examples.add(new LinearTrainer.Example(d, List.of("yes"), 1));
            examples.add(new LinearTrainer.Example(d, List.of("no"), 0));
        }
        // A feature only document 5 has, on an example labelled 1: out of fold it weighs nothing, so the example
        // scores as one without features does.
        examples.add(new LinearTrainer.Example(5, List.of("unseen"), 1));
        examples.add(new LinearTrainer.Example(5, List.of(), 0));
        double[][] probabilities = new LinearTrainer(examples, 2, 1, 1, new FoldSplit(FoldSplit.Kind.shuffled, 3))
                .crossValidated(examples);

        assertThat(probabilities.length).isEqualTo(examples.size());
        for (int i = 0; i < 46; i++) {
            double p = probabilities[i][1];
            assertThat(examples.get(i).label() == 1 ? p > 0.5 : p < 0.5).as("example %d: %s", i, p).isTrue();
        }
        assertThat(probabilities[46][1]).isEqualTo(probabilities[47][1]);
    }
}
