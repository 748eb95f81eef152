package dev.pygov.system;

import dev.pygov.devstack.RunningPlatform;
import dev.pygov.devstack.mail.MailInboxClient;
import dev.pygov.devstack.mail.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault: the Kafka broker is down for about a minute while officers keep registering people and putting them on the
 * roster. membership-service keeps answering (its outbox holds the events), notification-service and
 * election-service lose their consumers' broker. When the broker is back on the same port with the same log
 * directory, every event arrives and each effect happens once: one welcome notice and one welcome mail per person,
 * and each person once in election-service's community projection.
 */
@ExtendWith({PlatformExtension.class, FaultRecovery.class})
class KafkaOutageTest {

    private static final int PEOPLE = 12;
    private static final Duration OUTAGE = Duration.ofSeconds(60);

    private final RunningPlatform platform = PlatformExtension.platform();

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreDeliveredAfterItReturnsAndActedOnOnce() throws Exception {
        List<FaultPeople.Person> people = FaultPeople.inKeycloak("outage", PEOPLE);
        people.forEach(FaultPeople.Person::token);

        long started = System.nanoTime();
        platform.stopKafka();
        try {
            long every = OUTAGE.toNanos() / PEOPLE;
            for (int i = 0; i < PEOPLE; i++) {
                FaultPeople.register(people.get(i));
                FaultPeople.joinRoster(people.get(i));
                long next = started + (i + 1) * every;
                while (System.nanoTime() < next) {
                    Await.pause(100);
                }
            }
            String admin = Tokens.fresh("admin1");
            long pending = given().auth().oauth2(admin).get(FaultPeople.membership() + "/admin/outbox").then().statusCode(200)
                    .extract().jsonPath().getLong("pending");
            assertThat(pending).as("membership-service's outbox holds what the broker could not take").isGreaterThanOrEqualTo(2L * PEOPLE);
        } finally {
            platform.startKafka();
        }
        Await.until("every service ready again", Duration.ofMinutes(2), () -> platform.services().stream()
                .allMatch(service -> given().get(service.readyUrl()).statusCode() == 200));

        Quiescence.settle(PlatformExtension.platform(), Duration.ofMinutes(3));
        String notification = platform.serviceUrl("notification");
        MailInboxClient mail = new MailInboxClient(platform.mailInboxUrl());
        for (FaultPeople.Person person : people) {
            List<String> kinds = given().auth().oauth2(person.token()).get(notification + "/inbox").then().statusCode(200)
                    .extract().jsonPath().getList("kind");
            assertThat(kinds).as("%s's inbox", person.username).containsExactly("welcome");
            List<ReceivedMail> received = mail.to(person.email);
            assertThat(received).as("mail to %s", person.email).hasSize(1);
        }
        Await.until("election-service's projection", Duration.ofSeconds(30),
                () -> FaultPeople.onRosterInElectionService(people) == PEOPLE);
        assertThat(FaultPeople.count("election", "SELECT count(*) FROM community_member WHERE person_id = ANY (?)",
                people.stream().map(p -> p.subject).toArray(String[]::new))).isEqualTo(PEOPLE);
    }
}
