package dev.pygov.tally.star;

import dev.pygov.tally.FinalStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinalStepTest {

    /** Expected orders computed independently with Python's hashlib, per docs/tally.md. */
    @Test
    void seededDrawMatchesTheDocumentedDefinition() {
        assertThat(FinalStep.seed("00ff").priority(List.of("Ada", "Brett", "Carol", "Deb")))
                .containsExactly("Carol", "Brett", "Deb", "Ada");
        assertThat(FinalStep.seed("C0FFEE").priority(List.of("Amy", "Brian", "Chuck", "Zoë")))
                .containsExactly("Brian", "Amy", "Chuck", "Zoë");
    }

    @Test
    void specsRoundTrip() {
        for (String spec : List.of("none", "order:B,A,C", "seed:00ff")) {
            assertThat(FinalStep.parse(spec).spec()).isEqualTo(spec);
        }
    }

    @Test
    void malformedSpecsAreRejected() {
        assertThatThrownBy(() -> FinalStep.parse("seed:xyz")).hasMessageContaining("hex");
        assertThatThrownBy(() -> FinalStep.parse("seed:abc")).hasMessageContaining("even-length");
        assertThatThrownBy(() -> FinalStep.parse("order:A,A")).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> FinalStep.parse("coin")).hasMessageContaining("unknown final step");
    }
}
