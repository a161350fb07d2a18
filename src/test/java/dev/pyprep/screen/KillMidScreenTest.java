package dev.pyprep.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.PyPrepApplication;
import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import dev.pyprep.screen.app.Invitations;
import dev.pyprep.screen.app.ScreenEditor;
import dev.pyprep.screen.app.Viewer;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;

/**
 * A real kill -9: the screen is served by a separate JVM running the application; the candidate starts and autosaves
 * through HTTP, the server is killed (SIGKILL, no shutdown hooks) right after answering "saved", and the answer is in
 * the database.
 */
@PyPrepTest
class KillMidScreenTest {

    @Autowired TestAccounts accounts;
    @Autowired ScreenEditor editor;
    @Autowired Invitations invitations;
    @Autowired Questions questions;
    @Autowired JdbcClient jdbc;

    @Test
    void killingTheServerMidScreenLosesNoSavedAnswer() throws Exception {
        ScreenSetup setup = new ScreenSetup(editor, invitations, questions);
        Viewer recruiter = new Viewer(accounts.id(accounts.create(Role.RECRUITER)), false);
        long screen = setup.published(recruiter, 30, "fx-gil");
        String token = ScreenSetup.token(setup.invite(recruiter, screen, "killed@test.local").getFirst());
        long sq = jdbc.sql("select id from screen_questions where screen_id = ?").param(screen).query(Long.class).single();

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = start(port);
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String landing = awaitPage(http, base + "/s/" + token, server);
            String csrf = meta(landing, "_csrf");
            String header = meta(landing, "_csrf_header");
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/s/" + token + "/start"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).isEqualTo(302);
            HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(base + "/s/" + token + "/answers/" + sq))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(header, csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("answer=" + URLEncoder.encode("saved just before the kill", StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(saved.statusCode()).isEqualTo(200);
        } finally {
            server.destroyForcibly().waitFor(); // SIGKILL right after the "saved" answer
        }
        assertThat(jdbc.sql("select answer from screen_answers where screen_question_id = ?").param(sq).query(String.class).single())
                .isEqualTo("saved just before the kill");
        assertThat(jdbc.sql("select count(*) from screen_attempts where screen_id = ?").param(screen).query(Long.class).single())
                .isEqualTo(1);
    }

    private static Process start(int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PyPrepApplication.class.getName(),
                "--spring.profiles.active=test", "--server.port=" + port, "--pyprep.questions.import-on-start=false",
                "--pyprep.grading.workers=0")
                .redirectErrorStream(true)
                .redirectOutput(new File("target/screen-server-killed.log"))
                .start();
    }

    private static String awaitPage(HttpClient http, String url, Process server) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("the server process ended; see target/screen-server-killed.log");
            }
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200) {
                    return page.body();
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not start within 180 s");
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no meta " + name);
        }
        return m.group(1);
    }
}
