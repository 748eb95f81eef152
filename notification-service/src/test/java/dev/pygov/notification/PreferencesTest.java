package dev.pygov.notification;

import dev.pygov.devstack.mail.ReceivedMail;
import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.MailResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.notification.domain.Channel;
import dev.pygov.notification.domain.Digests;
import dev.pygov.notification.domain.MailMessage;
import dev.pygov.notification.domain.NoticeCause;
import dev.pygov.notification.domain.NoticeKind;
import dev.pygov.notification.domain.Notifier;
import dev.pygov.notification.domain.Preferences;
import dev.pygov.notification.domain.UnsubscribeTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.pygov.notification.TestSupport.await;
import static dev.pygov.notification.TestSupport.mails;
import static dev.pygov.notification.TestSupport.notices;
import static dev.pygov.notification.TestSupport.tx;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(SwitchableSmtpResource.class)
class PreferencesTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("https?://\\S+(/unsubscribe\\?token=\\S+)");

    @Inject
    Notifier notifier;
    @Inject
    Preferences preferences;
    @Inject
    UnsubscribeTokens tokens;
    @Inject
    Digests digests;

    @Test
    @TestSecurity(user = "pref-defaults")
    void defaultsMailRightsDecidingKindsAndLeaveResultsOptIn() {
        given().get("/preferences").then().statusCode(200)
                .body("find { it.kind == 'voting-opened' }.channel", equalTo("EMAIL"))
                .body("find { it.kind == 'voting-opened' }.rightsDeciding", equalTo(true))
                .body("find { it.kind == 'results-published' }.channel", equalTo("OFF"));
    }

    @Test
    @TestSecurity(user = "pref-rights")
    void votingOpenedMailIsNotSwitchedOffWithoutAnExplicitConfirmation() {
        given().contentType(ContentType.JSON).body("{\"channel\":\"OFF\"}").put("/preferences/voting-opened")
                .then().statusCode(422).contentType("application/problem+json").body("field", equalTo("confirmNoEmail"));
        given().get("/preferences").then().body("find { it.kind == 'voting-opened' }.channel", equalTo("EMAIL"));

        given().contentType(ContentType.JSON).body("{\"channel\":\"OFF\",\"confirmNoEmail\":true}").put("/preferences/voting-opened")
                .then().statusCode(200).body("channel", equalTo("OFF"));
        given().get("/preferences").then().body("find { it.kind == 'voting-opened' }.channel", equalTo("OFF"));
    }

    @Test
    @TestSecurity(user = "pref-bad-input")
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        given().contentType(ContentType.JSON).body("{\"channel\":\"CARRIER_PIGEON\"}").put("/preferences/proposal-moved")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("channel"));
        given().contentType(ContentType.JSON).body("{\"channel\":\"OFF\"}").put("/preferences/horoscope")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("kind"));
        given().get("/preferences").then().body("find { it.kind == 'proposal-moved' }.channel", equalTo("EMAIL"));
    }

    @Test
    void preferencesNeedAnAuthenticatedCaller() {
        given().get("/preferences").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"channel\":\"OFF\"}").put("/preferences/proposal-moved").then().statusCode(401);
    }

    @Test
    void inboxOnlyKeepsTheNoticeWithoutMailAndOffTellsNothing() {
        String person = "pref-channels-" + UUID.randomUUID();
        TestSupport.recipient(person, person + "@example.org");
        tx(() -> {
            preferences.set(person, NoticeKind.PROPOSAL_MOVED, Channel.INBOX_ONLY, false);
            preferences.set(person, NoticeKind.DEADLINE_REMINDER, Channel.OFF, false);
            return null;
        });
        tell(person, NoticeKind.PROPOSAL_MOVED, "Moved");
        tell(person, NoticeKind.DEADLINE_REMINDER, "Remember");

        assertThat(notices(person)).extracting(n -> n.kind).containsExactly("proposal-moved");
        assertThat(mails(person)).isEmpty();
    }

    @Test
    void theLinkInAMailUnsubscribesItsPersonFromThatKindWithoutALogin() {
        String person = "pref-unsub-" + UUID.randomUUID();
        String address = person + "@example.org";
        TestSupport.recipient(person, address);
        tell(person, NoticeKind.PROPOSAL_MOVED, "First move");
        await("the mail arrives", () -> !MailResource.receivedBy(address).isEmpty());
        ReceivedMail mail = MailResource.receivedBy(address).get(0);
        Matcher link = UNSUBSCRIBE.matcher(mail.text());
        assertThat(link.find()).as("unsubscribe link in %s", mail.text()).isTrue();

        given().urlEncodingEnabled(false).get(link.group(1)).then().statusCode(200)
                .contentType(ContentType.HTML).body(containsString("no longer get e-mail"));
        assertThat(tx(() -> preferences.channelOf(person, NoticeKind.PROPOSAL_MOVED))).isEqualTo(Channel.INBOX_ONLY);
        assertThat(tx(() -> preferences.channelOf(person, NoticeKind.WELCOME))).isEqualTo(Channel.EMAIL);

        tell(person, NoticeKind.PROPOSAL_MOVED, "Second move");
        assertThat(notices(person)).hasSize(2);
        assertThat(mails(person)).hasSize(1);
    }

    @Test
    void unsubscribingFromARightsDecidingKindTakesASecondExplicitClick() {
        String person = "pref-unsub-rights-" + UUID.randomUUID();
        String token = tokens.sign(person, NoticeKind.VOTING_OPENED);

        given().queryParam("token", token).get("/unsubscribe").then().statusCode(200)
                .body(containsString("confirm=true"));
        assertThat(tx(() -> preferences.channelOf(person, NoticeKind.VOTING_OPENED))).isEqualTo(Channel.EMAIL);

        given().queryParam("token", token).queryParam("confirm", true).get("/unsubscribe").then().statusCode(200)
                .body(containsString("no longer get e-mail"));
        assertThat(tx(() -> preferences.channelOf(person, NoticeKind.VOTING_OPENED))).isEqualTo(Channel.INBOX_ONLY);
    }

    @Test
    void aTamperedUnsubscribeTokenIsRefusedAndChangesNothing() {
        String person = "pref-tampered-" + UUID.randomUUID();
        String token = tokens.sign(person, NoticeKind.PROPOSAL_MOVED);
        // One character changed well inside the signature: the last characters of base64 carry padding bits, so
        // rewriting them could leave the decoded signature as it was (a 1 in 256 chance that made this test flaky).
        int inside = token.length() - 10;
        String tampered = token.substring(0, inside) + (token.charAt(inside) == 'A' ? 'B' : 'A') + token.substring(inside + 1);
        given().queryParam("token", tampered).get("/unsubscribe").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("token"));
        assertThat(tx(() -> preferences.channelOf(person, NoticeKind.PROPOSAL_MOVED))).isEqualTo(Channel.EMAIL);
    }

    @Test
    void aDailyDigestGathersThePendingNoticesIntoOneMail() {
        String person = "pref-digest-" + UUID.randomUUID();
        String address = person + "@example.org";
        TestSupport.recipient(person, address);
        tx(() -> {
            preferences.set(person, NoticeKind.PROPOSAL_MOVED, Channel.DAILY_DIGEST, false);
            return null;
        });
        tell(person, NoticeKind.PROPOSAL_MOVED, "Moved to discussion");
        tell(person, NoticeKind.PROPOSAL_MOVED, "Moved to resolution");
        assertThat(notices(person)).hasSize(2);
        assertThat(mails(person)).isEmpty();

        digests.send(Instant.now());
        await("the digest arrives", () -> !MailResource.receivedBy(address).isEmpty());
        assertThat(mails(person)).singleElement().satisfies(m -> assertThat(m.kind).isEqualTo(Digests.KIND));
        ReceivedMail digest = MailResource.receivedBy(address).get(0);
        assertThat(digest.subject()).isEqualTo("[PyGov] Your daily digest: 2 notices");
        assertThat(digest.text()).contains("Moved to discussion").contains("Moved to resolution");
        assertThat(digest.html()).contains("<strong>Moved to resolution</strong>");

        digests.send(Instant.now());
        assertThat(mails(person)).hasSize(1);
        await("sent", () -> mails(person).get(0).status == MailMessage.Status.SENT);
        assertThat(MailResource.receivedBy(address)).hasSize(1);
    }

    private void tell(String person, NoticeKind kind, String title) {
        tx(() -> notifier.tell(person, kind, title, "Details of " + title, new NoticeCause("/test", UUID.randomUUID().toString())));
    }
}
