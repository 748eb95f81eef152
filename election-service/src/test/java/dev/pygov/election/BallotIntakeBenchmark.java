package dev.pygov.election;

import dev.pygov.devstack.test.KafkaResource;
import dev.pygov.devstack.test.PostgresResource;
import dev.pygov.election.domain.CommunityMember;
import dev.pygov.election.domain.Election;
import dev.pygov.election.domain.Phase;
import dev.pygov.election.domain.ElectionService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ballot intake through REST: thousands of voters on one roll cast (and some replace) their ballots concurrently,
 * each with a signed bearer token the service verifies (RS256, the same OIDC code path and role mapping as with
 * Keycloak; only the issuer is a test key, so token issuance is outside the measured path). In the same run, the
 * ceiling of the same PostgreSQL for a one-row insert per transaction (pgbench-style). Not part of the test run (its
 * name); command and figures in docs/benchmarks.md:
 * {@code ./mvnw -pl election-service verify -Dtest=BallotIntakeBenchmark -Dbench.voters=2000 -Dbench.clients=8}
 */
@QuarkusTest
@TestProfile(BallotIntakeBenchmark.SignedTokens.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BallotIntakeBenchmark {

    static final KeyPair KEYS = keyPair();
    private static final int VOTERS = Integer.getInteger("bench.voters", 2000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    /** One voter in ten replaces their ballot. */
    private static final int REPLACE_EVERY = 10;

    public static class SignedTokens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // %test turns the tenant off for the other tests; a profile property outranks a plain one, so override that.
            return Map.of("%test.quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                    "quarkus.oidc.token.issuer", "any",
                    "quarkus.oidc.devservices.enabled", "false");
        }
    }

    @Inject
    ElectionService elections;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;
    @TestHTTPResource("/")
    URL base;

    @Test
    void ballotIntake() throws Exception {
        String p = "bench-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> candidates = List.of(p + "c1", p + "c2", p + "c3", p + "c4", p + "c5", p + "c6", p + "c7");
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            voters.add(p + "v" + i);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String person : concat(candidates, voters)) {
                CommunityMember member = CommunityMember.findOrNew(person);
                member.displayName = person;
                member.onRoster = true;
                member.status = "active";
                member.persist();
            }
        });
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(15));
        UUID id = VotingElections.open(elections, p, candidates, t0);
        List<String> tokens = voters.stream().map(BallotIntakeBenchmark::token).toList();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI ballot = base.toURI().resolve("elections/" + id + "/ballot");
        int warmup = Math.min(200, VOTERS / 10);
        for (int i = 0; i < warmup; i++) {
            cast(http, ballot, tokens.get(i), scores(candidates, i), null);
        }

        long[] latencies = new long[VOTERS - warmup + (VOTERS - warmup) / REPLACE_EVERY + 1];
        AtomicInteger recorded = new AtomicInteger();
        AtomicInteger next = new AtomicInteger(warmup);
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < VOTERS; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    HttpResponse<String> first = cast(http, ballot, tokens.get(i), scores(candidates, i), null);
                    latencies[recorded.getAndIncrement()] = System.nanoTime() - sent;
                    if (first.statusCode() != 200) {
                        if (failures.incrementAndGet() == 1) {
                            System.out.println("first refused ballot: " + first.statusCode() + " " + first.body());
                        }
                        continue;
                    }
                    if (i % REPLACE_EVERY == 0) {
                        String key = first.body().replaceAll(".*\"ballotKey\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                        sent = System.nanoTime();
                        HttpResponse<String> replaced = cast(http, ballot, tokens.get(i), scores(candidates, i + 1), key);
                        latencies[recorded.getAndIncrement()] = System.nanoTime() - sent;
                        if (replaced.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int requests = recorded.get();
        long[] measured = Arrays.copyOf(latencies, requests);
        Arrays.sort(measured);
        long drainStart = System.nanoTime();
        while (QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM ballot_intake WHERE box_id = ?1").setParameter(1, id).getSingleResult()).longValue()) > 0) {
            Thread.sleep(20);
        }
        double drainMs = (System.nanoTime() - drainStart) / 1e6;
        Instant closes = QuarkusTransaction.requiringNew().call(() -> elections.get(id).votingCloseAt);
        long closeStart = System.nanoTime();
        elections.advance(closes);
        double closeMs = (System.nanoTime() - closeStart) / 1e6;
        Election counted = QuarkusTransaction.requiringNew().call(() -> elections.get(id));
        long ceiling = insertCeiling(Duration.ofSeconds(15));
        double restCeiling = authenticatedReadCeiling(http, base.toURI().resolve("elections/" + id), tokens, Duration.ofSeconds(15));

        System.out.printf(Locale.ROOT, "%nBALLOT INTAKE voters=%d clients=%d requests=%d (casts and replacements) in %.1f s: "
                        + "%.0f ballots/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, failures %d%n"
                        + "MIXER the intake was empty %.0f ms after the last acknowledged ballot; close to counted %.0f ms%n"
                        + "POSTGRES CEILING one-row insert per transaction, %d connections: %d tx/s%n"
                        + "REST CEILING authenticated GET of the election (same HTTP stack, token verification, one read), %d clients: %.0f req/s%n%n",
                VOTERS, CLIENTS, requests, seconds, requests / seconds, percentile(measured, 0.50), percentile(measured, 0.99),
                measured[measured.length - 1] / 1e6, failures.get(), drainMs, closeMs, CLIENTS, ceiling, CLIENTS, restCeiling);
        assertThat(failures.get()).as("every ballot accepted").isZero();
        assertThat(counted.phase).as("counted (synthetic ballots may tie)").isIn(Phase.COUNTED, Phase.TIE_PENDING);
        assertThat(counted.ballotsCast).as("one counted ballot per voter").isEqualTo(VOTERS);
    }

    private long insertCeiling(Duration duration) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, payload VARCHAR(200))");
        }
        AtomicLong transactions = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            workers.add(pool.submit(() -> {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_insert (payload) VALUES (?)")) {
                    connection.setAutoCommit(true);
                    while (System.nanoTime() < end) {
                        insert.setString(1, "a ballot-sized payload of some sixty characters, like scores");
                        insert.executeUpdate();
                        transactions.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return Math.round(transactions.get() / (duration.toNanos() / 1e9));
    }

    /** What the same clients get from the same HTTP stack and token verification for a one-row read, per second. */
    private static double authenticatedReadCeiling(HttpClient http, URI election, List<String> tokens, Duration duration) throws Exception {
        AtomicLong answered = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            workers.add(pool.submit(() -> {
                for (int i = client; System.nanoTime() < end; i += CLIENTS) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(election)
                            .header("Authorization", "Bearer " + tokens.get(i % tokens.size())).GET().build(), HttpResponse.BodyHandlers.ofString());
                    (response.statusCode() == 200 ? answered : refused).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        assertThat(refused.get()).as("reads refused").isZero();
        return answered.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static HttpResponse<String> cast(HttpClient http, URI ballot, String token, String scores, String key) throws Exception {
        String body = "{\"scores\":" + scores + (key == null ? "" : ",\"ballotKey\":\"" + key + "\"") + "}";
        return http.send(HttpRequest.newBuilder(ballot).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String scores(List<String> candidates, int voter) {
        StringBuilder json = new StringBuilder("{");
        for (int c = 0; c < candidates.size(); c++) {
            json.append(c == 0 ? "" : ",").append('"').append(candidates.get(c)).append("\":").append((voter + c) % 6);
        }
        return json.append('}').toString();
    }

    private static double percentile(long[] sorted, double share) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(share * sorted.length))] / 1e6;
    }

    private static String token(String subject) {
        long now = Instant.now().getEpochSecond();
        String header = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = base64Url("{\"iss\":\"any\",\"aud\":\"pygov-services\",\"sub\":\"" + subject + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600)
                + ",\"realm_access\":{\"roles\":[\"packaging-member\"]}}");
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KEYS.getPrivate());
            signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One key pair per JVM: Quarkus loads the test profile and the test class in different class loaders, so the
     * pair is kept in system properties rather than in a static field of either.
     */
    private static synchronized KeyPair keyPair() {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (System.getProperty("bench.jwt.private") == null) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                System.setProperty("bench.jwt.private", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                System.setProperty("bench.jwt.public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            }
            return new KeyPair(
                    rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(System.getProperty("bench.jwt.public")))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(System.getProperty("bench.jwt.private")))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
