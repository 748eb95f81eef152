package dev.pygov.membership;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.TopicReader;
import dev.pygov.events.CloudEvent;
import dev.pygov.events.EventCatalog;
import dev.pygov.events.EventCodec;
import dev.pygov.events.EventPayload;
import dev.pygov.events.Topics;
import dev.pygov.membership.domain.JoinSource;
import dev.pygov.membership.domain.PersonService;
import dev.pygov.membership.domain.RosterPhase;
import dev.pygov.membership.domain.RosterService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Test set-up through the real services, and reading and writing events as election-service would. */
@ApplicationScoped
public class Fixtures {

    private final PersonService people;
    private final RosterService roster;

    public Fixtures(PersonService people, RosterService roster) {
        this.people = people;
        this.roster = roster;
    }

    /** Registers a person with a unique subject starting with {@code prefix}. */
    public String person(String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return person(id, "Person " + id);
    }

    /** Registers the person with this subject unless already registered (test callers have fixed names). */
    public String person(String id, String name) {
        if (people.find(id).isEmpty()) {
            people.register(id, name, name, id + "@example.org");
        }
        return id;
    }

    /**
     * Test set-up joins as an admin's correction, so it works whether or not another test already certified a council
     * election (which ends initial membership in this JVM's database).
     */
    static final RosterService.Correction SETUP = new RosterService.Correction("admin1", "test set-up");

    /** Reopens initial membership, as on a platform before its first council election. */
    public static void initialMembershipOpen() {
        tx(() -> RosterPhase.update("initialEndedAt = null, initialEndedBy = null where id = 1"));
    }

    public String member(String prefix) {
        String id = person(prefix);
        roster.join(id, JoinSource.PYPA_MEMBER, null, "commit bit on pypa/pip", SETUP);
        return id;
    }

    /** The fixed-name test caller as an active community member. */
    public String memberNamed(String id) {
        person(id, "Member " + id);
        if (roster.find(id).isEmpty()) {
            roster.join(id, JoinSource.CORE_TEAM, null, "Python core team member", SETUP);
        }
        return id;
    }

    public static <T> T tx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    /** Sends an event as election-service publishes it. */
    public static CloudEvent sendElectionEvent(EventPayload payload) {
        CloudEvent event = EventCodec.wrap("/election-service", payload, Instant.now());
        TopicReader.send(KafkaResource.bootstrapServers(), Topics.ELECTION, payload.key(), EventCodec.write(event));
        return event;
    }

    /** Waits for {@code count} events of this payload type with this key on the membership topic. */
    public static <T extends EventPayload> List<T> awaitMembershipEvents(Class<T> type, String key, int count) {
        String ceType = EventCatalog.of(type).type();
        return TopicReader.await(KafkaResource.bootstrapServers(), Topics.MEMBERSHIP,
                        r -> key.equals(r.key()) && EventCodec.read(r.value()).type().equals(ceType), count, Duration.ofSeconds(20))
                .stream().map(r -> EventCodec.data(EventCodec.read(r.value()), type)).toList();
    }

    /** Polls until the condition holds (a consumer applied an event), failing after 30 s. */
    public static void awaitTrue(String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try {
            while (System.nanoTime() < deadline) {
                if (Boolean.TRUE.equals(tx(condition))) {
                    return;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("not within 30 s: " + what);
    }
}
