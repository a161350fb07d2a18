package dev.pyprep.grading;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.TestPropertySource;
import testsupport.Environment;

/** The whole hostile-code suite again, with every sandbox under gVisor's runsc instead of runc. */
@TestPropertySource(properties = "pyprep.sandbox.runtime=runsc")
class HostileCodeUnderGvisorTest extends HostileCodeTest {

    @BeforeEach
    void requireGvisor() {
        Environment.requireGvisor();
    }

    /**
     * gVisor (the Debian build) lets a process kill PID 1, which runc's kernel forbids: the harness dies, and the test
     * that killed it is a runtime error instead of being shrugged off.
     */
    @Override
    protected String expected(String name, String verdict) {
        return name.equals("killing and stopping its parent") ? "RUNTIME_ERROR" : verdict;
    }
}
