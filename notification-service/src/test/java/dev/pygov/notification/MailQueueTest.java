package dev.pygov.notification;

import dev.pygov.devstack.mail.ReceivedMail;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.MailResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.events.Topics;
import dev.pygov.events.membership.PersonRegistered;
import dev.pygov.notification.domain.MailMessage;
import dev.pygov.notification.domain.NoticeCause;
import dev.pygov.notification.domain.NoticeKind;
import dev.pygov.notification.domain.Notifier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.pygov.notification.TestSupport.await;
import static dev.pygov.notification.TestSupport.mails;
import static dev.pygov.notification.TestSupport.tx;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(SwitchableSmtpResource.class)
class MailQueueTest {

    @Inject
    Notifier notifier;

    @AfterEach
    void smtpBackUp() {
        SwitchableSmtpResource.up();
    }

    @Test
    void aRegisteredPersonGetsOneWelcomeMailWithTextHtmlAndAnUnsubscribeLink() {
        String person = "mail-" + UUID.randomUUID();
        String address = person + "@example.org";
        TestSupport.publish(Topics.MEMBERSHIP, person, "/membership-service",
                new PersonRegistered(person, "Ada", "Ada Lovelace", address));

        await("the welcome mail arrives", () -> !MailResource.receivedBy(address).isEmpty());
        await("the mail is marked sent", () -> mails(person).stream().allMatch(m -> m.status == MailMessage.Status.SENT));

        List<ReceivedMail> received = MailResource.receivedBy(address);
        assertThat(received).hasSize(1);
        ReceivedMail mail = received.get(0);
        assertThat(mail.subject()).isEqualTo("[PyGov] Welcome to PyGov");
        assertThat(mail.from()).contains("noreply@pygov.python.org");
        assertThat(mail.text()).contains("Hello Ada,").contains("/unsubscribe?token=");
        assertThat(mail.html()).contains("<h1>Welcome to PyGov</h1>").contains("href=\"http://localhost:8084/unsubscribe?token=");
        assertThat(mails(person)).singleElement().satisfies(m -> assertThat(m.attempts).isEqualTo(1));
    }

    @Test
    void whileSmtpIsDownMailWaitsAndIsDeliveredOnceWhenItComesBack() {
        String person = "outage-" + UUID.randomUUID();
        String address = person + "@example.org";
        TestSupport.recipient(person, address);
        SwitchableSmtpResource.down();

        tellSomething(person);
        await("a failed attempt", () -> mails(person).get(0).attempts >= 1);
        MailMessage waiting = mails(person).get(0);
        assertThat(waiting.status).isEqualTo(MailMessage.Status.PENDING);
        assertThat(waiting.lastError).isNotBlank();
        assertThat(MailResource.receivedBy(address)).isEmpty();

        SwitchableSmtpResource.up();
        await("the mail is sent", () -> mails(person).get(0).status == MailMessage.Status.SENT);
        assertThat(MailResource.receivedBy(address)).hasSize(1);
        assertThat(mails(person)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "operator", roles = "pygov-admin")
    void afterRepeatedFailureMailIsParkedForAnOperatorWhoCanSendItAgain() {
        String person = "parked-" + UUID.randomUUID();
        String address = person + "@example.org";
        TestSupport.recipient(person, address);
        SwitchableSmtpResource.down();

        tellSomething(person);
        await("the mail is parked", () -> mails(person).get(0).status == MailMessage.Status.PARKED);
        MailMessage parked = mails(person).get(0);
        assertThat(parked.attempts).isEqualTo(4); // %test.pygov.mail.max-attempts
        given().get("/admin/mail?status=PARKED").then().statusCode(200)
                .body("id", hasItem(parked.id.toString()))
                .body("find { it.id == '" + parked.id + "' }.to", equalTo(address));
        SwitchableSmtpResource.up();
        assertThat(MailResource.receivedBy(address)).isEmpty();

        given().post("/admin/mail/" + parked.id + "/retry").then().statusCode(200).body("status", equalTo("PENDING"));
        await("the retried mail is sent", () -> mails(person).get(0).status == MailMessage.Status.SENT);
        assertThat(MailResource.receivedBy(address)).hasSize(1);
        given().get("/admin/mail?status=PARKED").then().statusCode(200).body("id", not(hasItem(parked.id.toString())));
        given().post("/admin/mail/" + parked.id + "/retry").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "operator", roles = "pygov-admin")
    void anUnknownStatusIsRefusedNamingTheField() {
        given().get("/admin/mail?status=LOST").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("status"));
    }

    @Test
    @TestSecurity(user = "member", roles = "voting-member")
    void onlyOperatorsSeeTheMailQueue() {
        given().get("/admin/mail?status=PARKED").then().statusCode(403);
        given().post("/admin/mail/" + UUID.randomUUID() + "/retry").then().statusCode(403);
    }

    private void tellSomething(String person) {
        tx(() -> notifier.tell(person, NoticeKind.PROPOSAL_MOVED, "Your proposal moved", "It moved.",
                new NoticeCause("/test", UUID.randomUUID().toString())));
    }
}
