package testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives the JSON API as one signed-in candidate would: submit, then poll until graded. */
public final class Candidate {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvcTester mvc;
    private final RequestPostProcessor who;

    public Candidate(MockMvcTester mvc, RequestPostProcessor who) {
        this.mvc = mvc;
        this.who = who;
    }

    public MvcTestResult post(long versionId, String purpose, String code, String customInput) {
        var body = JSON.createObjectNode().put("questionVersionId", versionId).put("purpose", purpose).put("code", code);
        if (customInput != null) {
            body.put("customInput", customInput);
        }
        return mvc.post().uri("/api/submissions").with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)).exchange();
    }

    public JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(who).exchange();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    public String page(String uri) {
        try {
            return mvc.get().uri(uri).with(who).exchange().getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode submitAndWait(long versionId, String purpose, String code) {
        return submitAndWait(versionId, purpose, code, null);
    }

    public JsonNode submitAndWait(long versionId, String purpose, String code, String customInput) {
        MvcTestResult posted = post(versionId, purpose, code, customInput);
        if (posted.getResponse().getStatus() != 202) {
            throw new AssertionError("submission refused: " + posted.getResponse().getStatus());
        }
        long id = JSON.readTree(posted.getResponse().getContentAsByteArray()).path("id").asLong();
        return waitFor(id, Duration.ofSeconds(90));
    }

    public JsonNode waitFor(long id, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            JsonNode view = get("/api/submissions/" + id);
            if ("GRADED".equals(view.path("status").asString())) {
                return view;
            }
            sleep(150);
        }
        throw new AssertionError("submission " + id + " was not graded within " + limit);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
