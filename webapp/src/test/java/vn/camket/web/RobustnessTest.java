package vn.camket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.camket.reliability.RequestFuzzer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 10,000 generated requests (fixed seed) against the running portal: random Unicode, control
 * characters, Lucene syntax, 100 KB strings, absurd paging, unknown facets and parameters. Every one
 * must be answered, none with a 5xx; the JSON API answers JSON and says what it corrected; no page
 * echoes a markup payload raw. How fast is not checked here (a loaded machine would make that
 * flaky): the benchmark and the {@code reliability} command measure it. Broken percent-encoding is
 * sent raw over a socket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RobustnessTest {
    static final int REQUESTS = 10_000;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        TestCorpus.register(r, "robustness");
    }

    @LocalServerPort int port;

    @Test
    void tenThousandGeneratedRequestsAreAllAnsweredWithoutServerError() throws Exception {
        RequestFuzzer fuzzer = new RequestFuzzer(57);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonMapper json = JsonMapper.builder().build();
        String base = "http://localhost:" + port;
        int answered = 0, serverErrors = 0, jsonAnswers = 0, corrected = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            RequestFuzzer.Request req = fuzzer.next();
            String url = base + req.pathAndQuery();
            HttpResponse<String> r;
            try {
                // the timeout only keeps a hung server from hanging the build; it is not a speed requirement
                r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                if (failures.size() < 5) failures.add("no answer (" + e + ") " + abbreviate(url));
                continue;
            }
            answered++;
            if (r.statusCode() >= 500) {
                serverErrors++;
                if (failures.size() < 5) failures.add(r.statusCode() + " " + abbreviate(url));
            }
            if (req.path().startsWith("/api/") && r.statusCode() == 200) {
                assertThat(r.headers().firstValue("Content-Type")).as(url).hasValueSatisfying(t -> assertThat(t).contains("json"));
                json.readTree(r.body()); // well-formed, whatever was asked
                jsonAnswers++;
            }
            if (req.path().equals("/api/search") && r.statusCode() == 200 && req.invalidPage()) {
                assertThat(r.body()).as(url).contains("\"notes\":[\"");
                corrected++;
            }
            if (!req.path().startsWith("/api/")) {
                for (String payload : RequestFuzzer.PAYLOADS) {
                    if (payload.contains("<") && r.body().contains(payload) && failures.size() < 5) failures.add("echoed raw: " + abbreviate(url));
                }
            }
        }
        System.out.printf("robustness: %d requests, %d answered, %d 5xx, %d JSON answers, %d invalid pages corrected%n",
                REQUESTS, answered, serverErrors, jsonAnswers, corrected);
        assertThat(failures).isEmpty();
        assertThat(answered).isEqualTo(REQUESTS);
        assertThat(serverErrors).isZero();
        assertThat(jsonAnswers).isPositive();
        assertThat(corrected).isPositive();
    }

    private static String abbreviate(String url) {
        return url.length() > 200 ? url.substring(0, 200) + "…" : url;
    }

    @Test
    void brokenPercentEncodingIsAClientError() throws Exception {
        for (String target : List.of("/search?q=%zz", "/api/search?q=%E1%BB", "/search?q=%", "/records/%C0%AF..%C0%AF")) {
            try (Socket s = new Socket("localhost", port)) {
                OutputStream out = s.getOutputStream();
                out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = s.getInputStream();
                String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
                int code = Integer.parseInt(status.substring(9, 12));
                assertThat(code).as(target).isLessThan(500);
            }
        }
    }

    @Test
    void foldersAreNotListedAndTraversalIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/css/", "/js/", "/static/", "/WEB-INF/web.xml", "/plans/..%2F..%2Fetc%2Fpasswd", "/css/..%2F..%2Fapplication.properties")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertThat(r.body()).as(path).doesNotContain("app.css").doesNotContain("camket.corpus");
        }
    }

    @Test
    void adminRebuildIsOffWithoutAToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
    }
}
