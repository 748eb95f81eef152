package dev.pygov.system;

import dev.pygov.devstack.RunningPlatform;
import dev.pygov.devstack.mail.MailInboxClient;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault: the SMTP relay is down while notices are written. Their mail waits in notification-service's queue (tried,
 * failed, due again) and is delivered once the relay is back on the same port, each mail once.
 */
@ExtendWith({PlatformExtension.class, FaultRecovery.class})
class SmtpOutageTest {

    private static final int PEOPLE = 4;

    private final RunningPlatform platform = PlatformExtension.platform();

    @Test
    void mailWaitsInTheQueueWhileTheRelayIsDownAndIsDeliveredOnceWhenItReturns() {
        List<FaultPeople.Person> people = FaultPeople.inKeycloak("smtp", PEOPLE);
        String notification = platform.serviceUrl("notification");
        MailInboxClient mail = new MailInboxClient(platform.mailInboxUrl());

        platform.stopSmtp();
        try {
            people.forEach(FaultPeople::register);
            List<String> addresses = people.stream().map(p -> p.email).toList();
            List<Map<String, Object>> waiting = Await.until("every welcome mail queued and tried at least once",
                    Duration.ofSeconds(90), () -> {
                        JsonPath pending = given().auth().oauth2(Tokens.fresh("admin1")).queryParam("status", "PENDING")
                                .queryParam("limit", 500).get(notification + "/admin/mail").then().statusCode(200).extract().jsonPath();
                        List<Map<String, Object>> ours = pending.<Map<String, Object>>getList("").stream()
                                .filter(m -> addresses.contains(m.get("to")) && ((Integer) m.get("attempts")) >= 1).toList();
                        return ours.size() == PEOPLE ? ours : null;
                    });
            assertThat(waiting).allSatisfy(m -> assertThat((String) m.get("lastError")).isNotBlank());
            assertThat(people).allSatisfy(p -> assertThat(mail.to(p.email)).isEmpty());
        } finally {
            platform.startSmtp();
        }

        for (FaultPeople.Person person : people) {
            Await.until("the welcome mail to " + person.email + " arrives", Duration.ofSeconds(90),
                    () -> !mail.to(person.email).isEmpty());
        }
        Quiescence.settle(PlatformExtension.platform(), Duration.ofMinutes(2));
        for (FaultPeople.Person person : people) {
            assertThat(mail.to(person.email)).as("mail to %s", person.email).hasSize(1);
        }
    }
}
