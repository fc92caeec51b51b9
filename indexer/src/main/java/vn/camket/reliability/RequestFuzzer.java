package vn.camket.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generates hostile requests for the portal from a seed: random Unicode, control characters,
 * Lucene syntax fragments, 100 KB strings, absurd page and size values, unknown facet values and
 * parameters, script payloads. The same seed gives the same requests.
 */
public final class RequestFuzzer {
    /** Markup and formula payloads: a page must never echo them unescaped. */
    public static final String[] PAYLOADS = {
            "<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "javascript:alert(1)",
            "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "</textarea><script>x()</script>", "{{7*7}}${7*7}"};
    private static final String[] SYNTAX = {"title:", "*", "?", "~2", "^3", "AND", "OR", "NOT", "(", ")", "[", "]", "{", "}",
            "\"", "\\", "/", "&&", "||", "!", "-", "+", ":", "%", "' OR 1=1 --", "../../etc/passwd"};
    private static final String[] WORDS = {"phủ sóng 5G", "chuyen doi so", "dịch vụ công", "Sở Nội vụ", "OCOP", "kinh tế số", ""};
    private static final String[] PATHS = {"/search", "/api/search", "/api/search", "/search", "/search.atom", "/api/suggest",
            "/records/", "/plans/", "/api/records/"};
    private static final String[] PARAMS = {"province", "provinceToday", "agency", "theme", "deadline", "type", "plan", "role",
            "sort", "page", "size", "dueBy", "overdueAsOf", "lang", "bogus", "q"};

    private final Random rnd;

    public RequestFuzzer(long seed) {
        this.rnd = new Random(seed);
    }

    /** One generated request: its path and query (already percent-encoded), and whether its page number is invalid. */
    public record Request(String pathAndQuery, boolean invalidPage, String path) {}

    public Request next() {
        String path = PATHS[rnd.nextInt(PATHS.length)];
        StringBuilder url = new StringBuilder(path);
        if (path.endsWith("/")) url.append(encode(text()));
        url.append('?');
        Boolean invalidPage = null; // the first page value is the one read
        int params = rnd.nextInt(5);
        for (int k = 0; k < params; k++) {
            String name = PARAMS[rnd.nextInt(PARAMS.length)];
            String value = name.equals("page") || name.equals("size") ? number() : text();
            if (name.equals("page") && invalidPage == null) {
                invalidPage = value.startsWith("-") || value.equals("abc") || value.equals("0") || value.length() > 10;
            }
            url.append(name).append('=').append(encode(value)).append('&');
        }
        url.append("q=").append(encode(text()));
        return new Request(url.toString(), Boolean.TRUE.equals(invalidPage), path);
    }

    public String text() {
        int kind = rnd.nextInt(100);
        if (kind == 0) return "x".repeat(100_000);
        if (kind < 5) return PAYLOADS[rnd.nextInt(PAYLOADS.length)];
        if (kind < 30) return WORDS[rnd.nextInt(WORDS.length)];
        StringBuilder b = new StringBuilder();
        int len = rnd.nextInt(40);
        for (int i = 0; i < len; i++) {
            int pick = rnd.nextInt(10);
            if (pick < 3) b.append(SYNTAX[rnd.nextInt(SYNTAX.length)]);
            else if (pick < 5) b.appendCodePoint(rnd.nextInt(0x20));                 // control characters
            else if (pick < 7) b.appendCodePoint(0x00C0 + rnd.nextInt(0x1EF9 - 0x00C0)); // Latin with diacritics
            else if (pick < 8) b.appendCodePoint(0x1F300 + rnd.nextInt(0x200));       // emoji
            else if (pick < 9) b.appendCodePoint(0x4E00 + rnd.nextInt(0x500));        // CJK
            else b.append((char) ('a' + rnd.nextInt(26)));
        }
        return b.toString();
    }

    private String number() {
        return switch (rnd.nextInt(6)) {
            case 0 -> "-" + rnd.nextInt(1000);
            case 1 -> Long.toString(rnd.nextLong());
            case 2 -> "99999999999999999999";
            case 3 -> "abc";
            default -> Integer.toString(rnd.nextInt(50));
        };
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
