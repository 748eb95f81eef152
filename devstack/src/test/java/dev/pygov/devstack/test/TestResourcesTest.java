package dev.pygov.devstack.test;

import dev.pygov.devstack.mail.MailServerTestSupport;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TestResourcesTest {

    @Test
    void postgresResourceGivesEachTestApplicationItsOwnDatabaseOnOneServer() throws Exception {
        Map<String, String> first = new PostgresResource().start();
        Map<String, String> second = new PostgresResource().start();

        String firstUrl = first.get("quarkus.datasource.jdbc.url");
        String secondUrl = second.get("quarkus.datasource.jdbc.url");
        assertNotEquals(firstUrl, secondUrl);
        assertEquals(port(firstUrl), port(secondUrl));

        try (Connection connection = DriverManager.getConnection(firstUrl,
                first.get("quarkus.datasource.username"), first.get("quarkus.datasource.password"));
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE proposal (id int)");
            sql.execute("INSERT INTO proposal VALUES (7)");
            try (ResultSet rows = sql.executeQuery("SELECT id FROM proposal")) {
                rows.next();
                assertEquals(7, rows.getInt(1));
            }
        }
    }

    @Test
    void kafkaResourceStartsOneBrokerPerJvm() throws Exception {
        KafkaResource resource = new KafkaResource();
        resource.init(Map.of("service", "notification-service"));
        Map<String, String> config = resource.start();
        KafkaResource other = new KafkaResource();
        other.init(Map.of("service", "election-service"));
        assertEquals(config.get("kafka.bootstrap.servers"), other.start().get("kafka.bootstrap.servers"));
        assertEquals(config.get("kafka.bootstrap.servers"),
                config.get("mp.messaging.connector.smallrye-kafka.bootstrap.servers"));
        assertEquals("SASL_PLAINTEXT", config.get("kafka.security.protocol"));
        assertEquals("SCRAM-SHA-512", config.get("kafka.sasl.mechanism"));

        // The application logs in as its own service, with exactly the properties the resource gave it.
        Map<String, Object> client = new java.util.HashMap<>(config.entrySet().stream()
                .filter(e -> e.getKey().startsWith("kafka."))
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().substring("kafka.".length()), Map.Entry::getValue)));
        assertTrue(config.get("kafka.sasl.jaas.config").contains("username=\"notification-service\""));
        try (Admin admin = Admin.create(client)) {
            assertEquals(1, admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size());
        }
    }

    @Test
    void mailResourcePointsTheMailerAtARealSmtpServerAndReadsWhatItGot() throws Exception {
        Map<String, String> config = new MailResource().start();
        assertEquals("false", config.get("quarkus.mailer.mock"));
        MailResource.clear();

        MailServerTestSupport.send("localhost", Integer.parseInt(config.get("quarkus.mailer.port")),
                "voter1@pygov.test", "Your ballot", "Vote now");

        assertEquals(1, MailResource.receivedBy("voter1@pygov.test").size());
        assertEquals("Your ballot", MailResource.received().get(0).subject());
    }

    private static String port(String jdbcUrl) {
        return jdbcUrl.replaceAll(".*localhost:(\\d+)/.*", "$1");
    }
}
