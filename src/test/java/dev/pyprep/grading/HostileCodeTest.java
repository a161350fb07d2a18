package dev.pyprep.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.account.Role;
import dev.pyprep.question.Questions;
import testsupport.Candidate;
import testsupport.Containers;
import testsupport.Environment;
import testsupport.PyPrepTest;
import testsupport.TestAccounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Untrusted code against the real Docker engine: each gets its verdict, and nothing is left behind. */
@PyPrepTest
class HostileCodeTest {

    private static final String CORRECT = "def sum_to(n):\n    return n * (n + 1) // 2\n";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    dev.pyprep.sandbox.Sandbox sandbox;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Questions questions;

    long version;

    @BeforeEach
    void setUp() {
        Environment.requireDocker();
        version = questions.current("fx-sum-to").orElseThrow().versionId();
    }

    @AfterEach
    void noContainerIsLeftBehind() {
        assertThat(Containers.leftovers(sandbox)).isEmpty();
    }

    static Stream<Arguments> hostilePrograms() {
        return Stream.of(
                Arguments.of("infinite loop", "def sum_to(n):\n    while True:\n        pass\n", "TIME_LIMIT_EXCEEDED"),
                Arguments.of("busy loop in a thread", """
                        import threading
                        def sum_to(n):
                            def spin():
                                while True:
                                    pass
                            t = threading.Thread(target=spin)
                            t.start()
                            t.join()
                        """, "TIME_LIMIT_EXCEEDED"),
                Arguments.of("sleep past the limit", "import time\ndef sum_to(n):\n    time.sleep(30)\n", "TIME_LIMIT_EXCEEDED"),
                Arguments.of("fork bomb", "import os\ndef sum_to(n):\n    while True:\n        os.fork()\n", "RUNTIME_ERROR"),
                Arguments.of("memory bomb", "def sum_to(n):\n    hog = []\n    while True:\n        hog.append(bytearray(10**7))\n",
                        "MEMORY_LIMIT_EXCEEDED"),
                Arguments.of("100 MB of output", "def sum_to(n):\n    for _ in range(100_000):\n        print('x' * 1000)\n",
                        "OUTPUT_LIMIT_EXCEEDED"),
                Arguments.of("a huge file", """
                        def sum_to(n):
                            with open('/tmp/huge', 'wb') as f:
                                for _ in range(1000):
                                    f.write(b'x' * (1 << 20))
                        """, "RUNTIME_ERROR"),
                Arguments.of("network connect", """
                        import socket
                        def sum_to(n):
                            socket.create_connection(('127.0.0.1', 8080), timeout=1)
                            return n * (n + 1) // 2
                        """, "RUNTIME_ERROR"),
                Arguments.of("writing outside the scratch dir", "def sum_to(n):\n    open('/opt/pyprep/pwned', 'w').write('x')\n",
                        "RUNTIME_ERROR"),
                Arguments.of("killing and stopping its parent", """
                        import os, signal
                        def sum_to(n):
                            for sig in (signal.SIGKILL, signal.SIGSTOP, signal.SIGTERM):
                                try:
                                    os.kill(os.getppid(), sig)
                                except OSError:
                                    pass
                            return n * (n + 1) // 2
                        """, "ACCEPTED"),
                Arguments.of("os._exit", "import os\ndef sum_to(n):\n    os._exit(0)\n", "RUNTIME_ERROR"),
                Arguments.of("sys.exit inside a test", "import sys\ndef sum_to(n):\n    sys.exit(0)\n", "RUNTIME_ERROR"),
                Arguments.of("segfault through ctypes", "import ctypes\ndef sum_to(n):\n    return ctypes.string_at(0)\n",
                        "RUNTIME_ERROR"),
                Arguments.of("deep recursion", "def sum_to(n):\n    return sum_to(n + 1) + 1\n", "RUNTIME_ERROR"),
                Arguments.of("printing fake harness output", """
                        import os
                        def sum_to(n):
                            print('{"event": "test", "id": 1, "status": "ok", "value": 1}')
                            os.write(1, b'{"event": "done"}\\n')
                            return -1
                        """, "WRONG_ANSWER"));
    }

    /** The verdict this runtime gives; the gVisor variant overrides the few that differ. */
    protected String expected(String name, String verdict) {
        return verdict;
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("hostilePrograms")
    void hostileCodeGetsItsVerdictAndTheServerStaysHealthy(String name, String code, String verdict) {
        Candidate candidate = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
        JsonNode result = candidate.submitAndWait(version, "SUBMIT", code);
        assertThat(result.path("verdict").asString()).as(name).isEqualTo(expected(name, verdict));
        assertThat(result.path("tests")).as("every test is reported").hasSize(6);
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
    }

    @Test
    void searchingTheSandboxForTestDataFindsNothing() {
        // fx-shout's hidden tests use the markers zq-secret-input-7731 and wq-hidden-9146 (inputs and expected
        // outputs). The needles are assembled at run time so the code itself does not contain them.
        String code = """
                import gc, os
                NEEDLES = ('SECRET-INPUT-' + str(7000 + 731), 'WQ-HIDDEN-' + str(9000 + 146))
                def hit(text):
                    text = text.upper()
                    return any(n in text for n in NEEDLES)
                def scan_files():
                    found = []
                    for root in ('/tmp', '/opt', '/etc', '/root', '/home', '/var'):
                        for dirpath, dirs, files in os.walk(root):
                            for f in files:
                                path = os.path.join(dirpath, f)
                                try:
                                    if os.path.getsize(path) > 1 << 20:
                                        continue
                                    with open(path, 'rb') as fh:
                                        data = fh.read().decode('latin-1')
                                except OSError:
                                    continue
                                if hit(data):
                                    found.append(path)
                    for path in ('/proc/self/environ', '/proc/self/cmdline', '/proc/1/environ', '/proc/1/cmdline'):
                        try:
                            with open(path, 'rb') as fh:
                                if hit(fh.read().decode('latin-1')):
                                    found.append(path)
                        except OSError:
                            pass
                    return found
                def scan_memory():
                    for obj in gc.get_objects():
                        values = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, (list, tuple, set)) else ()
                        for v in values:
                            if isinstance(v, str) and not any(v is n for n in NEEDLES) and hit(v):
                                return ['memory']
                    return []
                def shout(s):
                    found = scan_files() + scan_memory() + [k for k, v in os.environ.items() if hit(k + v)]
                    print('FOUND:', sorted(set(found)))
                    return s
                """;
        Candidate candidate = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
        JsonNode result = candidate.submitAndWait(questions.current("fx-shout").orElseThrow().versionId(), "SUBMIT", code);
        assertThat(result.path("verdict").asString()).isEqualTo("WRONG_ANSWER");
        assertThat(result.path("tests").get(0).path("stdout").asString()).isEqualTo("FOUND: []\n");
        assertThat(result.path("tests").get(1).path("stdout").asString()).isEqualTo("FOUND: []\n");
    }

    @Test
    void aNormalSubmissionAmongTenHostileOnesGetsItsCorrectVerdict() {
        JsonMapper json = JsonMapper.builder().build();
        List<String> hostile = hostilePrograms().filter(a -> !"ACCEPTED".equals(a.get()[2]))
                .map(a -> (String) a.get()[1]).limit(10).toList();
        List<Map.Entry<Candidate, Long>> pending = new ArrayList<>();
        for (String code : hostile) {
            Candidate c = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
            var response = c.post(version, "SUBMIT", code, null).getResponse();
            pending.add(Map.entry(c, json.readTree(response.getContentAsByteArray()).path("id").asLong()));
        }
        Candidate normal = new Candidate(mvc, accounts.as(accounts.create(Role.CANDIDATE)));
        JsonNode result = normal.submitAndWait(version, "SUBMIT", CORRECT);
        assertThat(result.path("verdict").asString()).isEqualTo("ACCEPTED");
        for (var p : pending) {
            assertThat(p.getKey().waitFor(p.getValue(), Duration.ofSeconds(120)).path("verdict").asString()).isNotEqualTo("ACCEPTED");
        }
    }
}
