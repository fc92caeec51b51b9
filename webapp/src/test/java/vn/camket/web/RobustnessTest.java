package vn.camket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 10,000 generated requests (fixed seed) against the running portal: random Unicode, control
 * characters, Lucene syntax, 100 KB strings, absurd paging, unknown facets and parameters. None may
 * get a 5xx, each must be answered within {@link #BOUND_MILLIS}, and the API must say what it
 * corrected. Broken percent-encoding is sent raw over a socket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RobustnessTest {
    static final long BOUND_MILLIS = 3_000;
    static final int REQUESTS = 10_000;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        Path index = Files.createTempDirectory("camket-robustness");
        String root = System.getProperty("camket.root", "..");
        r.add("camket.corpus", () -> Path.of(root).resolve("corpus").toString());
        r.add("camket.index", index::toString);
    }

    @LocalServerPort int port;

    private static final String[] SYNTAX = {"title:", "*", "?", "~2", "^3", "AND", "OR", "NOT", "(", ")", "[", "]", "{", "}",
            "\"", "\\", "/", "&&", "||", "!", "-", "+", ":", "%", "<script>", "' OR 1=1 --", "${7*7}", "../../etc/passwd"};
    private static final String[] WORDS = {"phủ sóng 5G", "chuyen doi so", "dịch vụ công", "Sở Nội vụ", "OCOP", "kinh tế số", ""};
    private static final String[] PATHS = {"/search", "/api/search", "/api/search", "/search", "/search.atom", "/api/suggest", "/records/", "/plans/", "/api/records/"};
    private static final String[] PARAMS = {"province", "provinceToday", "agency", "theme", "deadline", "type", "plan", "role",
            "sort", "page", "size", "dueBy", "overdueAsOf", "lang", "bogus", "q"};

    static String randomText(Random rnd) {
        int kind = rnd.nextInt(100);
        if (kind == 0) return "x".repeat(100_000);
        if (kind < 30) return WORDS[rnd.nextInt(WORDS.length)];
        StringBuilder b = new StringBuilder();
        int len = rnd.nextInt(40);
        for (int i = 0; i < len; i++) {
            int pick = rnd.nextInt(10);
            if (pick < 3) b.append(SYNTAX[rnd.nextInt(SYNTAX.length)]);
            else if (pick < 5) b.appendCodePoint(rnd.nextInt(0x20));                // control characters
            else if (pick < 7) b.appendCodePoint(0x00C0 + rnd.nextInt(0x1EF9 - 0x00C0)); // Latin with diacritics
            else if (pick < 8) b.appendCodePoint(0x1F300 + rnd.nextInt(0x200));      // emoji
            else if (pick < 9) b.appendCodePoint(0x4E00 + rnd.nextInt(0x500));       // CJK
            else b.append((char) ('a' + rnd.nextInt(26)));
        }
        return b.toString();
    }

    static String randomNumber(Random rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> "-" + rnd.nextInt(1000);
            case 1 -> Long.toString(rnd.nextLong());
            case 2 -> "99999999999999999999";
            case 3 -> "abc";
            default -> Integer.toString(rnd.nextInt(50));
        };
    }

    @Test
    void tenThousandGeneratedRequestsGetNoServerErrorWithinTheBound() throws Exception {
        Random rnd = new Random(57);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + port;
        int serverErrors = 0, sent = 0;
        long slowest = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String path = PATHS[rnd.nextInt(PATHS.length)];
            StringBuilder url = new StringBuilder(base).append(path);
            if (path.endsWith("/")) url.append(URLEncoder.encode(randomText(rnd), StandardCharsets.UTF_8));
            url.append('?');
            int params = rnd.nextInt(5);
            Boolean badPage = null; // the first page value is the one read
            for (int k = 0; k < params; k++) {
                String name = PARAMS[rnd.nextInt(PARAMS.length)];
                String value = name.equals("page") || name.equals("size") ? randomNumber(rnd) : randomText(rnd);
                if (name.equals("page") && badPage == null) {
                    badPage = value.startsWith("-") || value.equals("abc") || value.equals("0") || value.length() > 10;
                }
                url.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
            url.append("q=").append(URLEncoder.encode(randomText(rnd), StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString())).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            sent++;
            slowest = Math.max(slowest, ms);
            if (r.statusCode() >= 500) {
                serverErrors++;
                if (failures.size() < 5) failures.add(r.statusCode() + " " + url);
            }
            if (ms > BOUND_MILLIS && failures.size() < 5) failures.add("slow " + ms + " ms " + url);
            if (path.equals("/api/search") && r.statusCode() == 200 && Boolean.TRUE.equals(badPage)) {
                assertThat(r.body()).as(url.toString()).contains("\"notes\":[\"");
            }
        }
        System.out.printf("robustness: %d requests, %d 5xx, slowest %d ms%n", sent, serverErrors, slowest);
        assertThat(failures).isEmpty();
        assertThat(serverErrors).isZero();
        assertThat(slowest).isLessThanOrEqualTo(BOUND_MILLIS);
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
    void adminRebuildIsOffWithoutAToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
    }
}
