package dev.pygov.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pygov.commons.rulebook.RulebookLedger;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.election.RulebookAdopted;
import dev.pygov.membership.domain.AdmissionCall;
import dev.pygov.membership.domain.AdmissionService;
import dev.pygov.rulebook.Rulebooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A governance change adopted in election-service reaches membership-service by its RulebookAdopted event and governs
 * what starts after it takes effect (here an admission call), not what started before. The version takes effect in
 * 2100 so that the other tests sharing this database keep the seeded rules.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class AdoptedRulebookTest {

    private static final Instant EFFECTIVE = Instant.parse("2100-01-01T00:00:00Z");

    @Inject
    Fixtures fixtures;
    @Inject
    AdmissionService admissions;
    @Inject
    RulebookLedger rulebooks;

    @Test
    void anAdmissionCalledAfterAnAdoptedVersionTakesEffectWaitsForASecondAsLongAsThatVersionSays() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode v2 = (ObjectNode) json.readTree(Rulebooks.toJson(Rulebooks.seeded()));
        v2.put("version", 2);
        ((ObjectNode) v2.path("communityVotes").path("admission")).put("secondingDays", 7);
        Fixtures.sendElectionEvent(new RulebookAdopted(2, "governance-vote-1", EFFECTIVE, v2.toString()));
        Fixtures.awaitTrue("membership-service knows version 2", () -> rulebooks.version(2).isPresent());

        assertThat(rulebooks.inForce().version()).isEqualTo(1);
        assertThat(rulebooks.inForceAt(EFFECTIVE.plusSeconds(1)).version()).isEqualTo(2);

        String caller = fixtures.member("caller-2100");
        String candidate = fixtures.person("candidate-2100");
        Instant before = EFFECTIVE.minus(Duration.ofDays(1));
        AdmissionCall early = Fixtures.tx(() -> admissions.call(candidate, caller, "https://discuss.python.org/t/early", before));
        assertThat(Duration.between(before, early.secondingDeadline)).isEqualTo(Duration.ofDays(14));
        assertThat(early.rulebookVersion).isEqualTo(1);

        String later = fixtures.person("candidate-2100-later");
        Instant after = EFFECTIVE.plus(Duration.ofDays(30));
        AdmissionCall call = Fixtures.tx(() -> admissions.call(later, caller, "https://discuss.python.org/t/later", after));
        assertThat(Duration.between(after, call.secondingDeadline)).isEqualTo(Duration.ofDays(7));
        assertThat(call.rulebookVersion).isEqualTo(2);
    }
}
