import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A candidate as the browser is one, over HTTP: signs up and in (form login, CSRF tokens from the forms), reads a
 * question's version id from its page, submits through the JSON API and long-polls until the verdict. Shared by the
 * bench programs (bench/lib.sh compiles bench/*.java together).
 */
record BenchCandidate(HttpClient http, String base, String apiToken) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A graded submission. */
    record Graded(long id, String verdict) {
    }

    static BenchCandidate signUp(String base, String name) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String email = name.toLowerCase() + "-" + System.nanoTime() + "@bench.local";
        String password = "bench password 1234";
        form(http, base, "/signup", "email=" + enc(email) + "&displayName=" + enc(name) + "&password=" + enc(password));
        form(http, base, "/login", "username=" + enc(email) + "&password=" + enc(password));
        String token = JSON.readTree(get(http, base + "/api/csrf")).path("token").asString();
        return new BenchCandidate(http, base, token);
    }

    long versionId(String slug) throws Exception {
        Matcher m = Pattern.compile("data-version-id=\"(\\d+)\"").matcher(get(http, base + "/questions/" + slug));
        if (!m.find()) {
            throw new IllegalStateException("no question " + slug + " (is the bank imported?)");
        }
        return Long.parseLong(m.group(1));
    }

    int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Submits code for grading and long-polls until it is graded, at most {@code limit}. */
    Graded submitAndWait(long version, String code, Duration limit) throws Exception {
        String body = JSON.createObjectNode().put("questionVersionId", version).put("purpose", "SUBMIT").put("code", code)
                .toString();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/submissions"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", apiToken)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 202) {
            throw new IllegalStateException("submission refused: " + posted.statusCode() + " " + posted.body());
        }
        long id = JSON.readTree(posted.body()).path("id").asLong();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode s = JSON.readTree(get(http, base + "/api/submissions/" + id + "?wait=20"));
            if ("GRADED".equals(s.path("status").asString())) {
                return new Graded(id, s.path("verdict").asString());
            }
        }
        throw new IllegalStateException("not graded within " + limit.toMinutes() + " minutes: " + id);
    }

    static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + r.statusCode());
        }
        return r.body();
    }

    static void form(HttpClient http, String base, String path, String fields) throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(http, base + path));
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + enc(m.group(1)))).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
