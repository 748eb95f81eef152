package dev.pygov.election;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.election.domain.CommunityMember;
import dev.pygov.election.domain.MemberAffiliation;
import dev.pygov.events.EventCodec;
import dev.pygov.events.EventPayload;
import dev.pygov.events.Topics;
import dev.pygov.events.membership.AffiliationChanged;
import dev.pygov.events.membership.CommunityMemberJoined;
import dev.pygov.events.membership.PersonRegistered;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** Test helper: membership facts, either as real events on the membership topic or straight into the projection. */
final class Members {

    private Members() {
    }

    static void publish(EventPayload payload) {
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.MEMBERSHIP, payload.key(),
                EventCodec.write(EventCodec.wrap("/membership-service", payload, Instant.now())));
    }

    static void publishMember(String personId, String name) {
        publish(new PersonRegistered(personId, name, name, personId + "@example.org"));
        publish(new CommunityMemberJoined(personId, "pypa", null, Instant.now()));
    }

    static void publishEmployee(String personId, String entity, String root) {
        publish(new AffiliationChanged(personId, entity, entity, root, "employee", LocalDate.parse("2020-01-01"), null));
    }

    /** Straight into the projection, for tests about something else than the consumer. */
    static void member(String personId, String name) {
        QuarkusTransaction.requiringNew().run(() -> {
            CommunityMember member = CommunityMember.findOrNew(personId);
            member.displayName = name;
            member.onRoster = true;
            member.status = "active";
            member.persist();
        });
    }

    static void awaitMember(String personId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean present = QuarkusTransaction.requiringNew().call(() -> {
                CommunityMember member = CommunityMember.findById(personId);
                return member != null && member.inGoodStanding() && member.displayName != null;
            });
            if (present) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the projection did not receive " + personId + " within 30 s");
    }

    static void awaitAffiliation(String personId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (QuarkusTransaction.requiringNew().call(() -> !MemberAffiliation.of(personId).isEmpty())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the projection did not receive an affiliation of " + personId + " within 30 s");
    }
}
