import dev.pyprep.grading.judge.GradingJob;
import dev.pyprep.grading.judge.HarnessProtocol;
import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.question.TestVisibility;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Submit -> verdict over HTTP against a running server, as a candidate's browser does it (sign in, POST
 * /api/submissions, long-poll GET /api/submissions/{id}?wait=20 until GRADED), at concurrency 1 and 4. Beside each
 * latency: the time the harness itself took inside the container (submissions.sandbox_ms, measured by its PID 1), and
 * the platform's overhead (latency minus that). The baseline, measured in the same run: a bare `docker run --rm -i
 * --network none` of the same image fed the same harness input (the same Python work), at the same parallelism.
 *
 * Usage (bench/e2e-latency.sh does it): java -cp CLASSPATH EndToEndBenchmark BASE_URL JDBC_URL [runs] [slug]
 */
public class EndToEndBenchmark {

    /** Whether the server runs with its warm pool (the script passes the server's setting on). */
    static final boolean pool = !"0".equals(System.getenv().getOrDefault("PYPREP_SANDBOX_POOL_SIZE", "-1"));

    static final String SOLUTION = """
            def two_sum(nums, target):
                seen = {}
                for i, n in enumerate(nums):
                    if target - n in seen:
                        return [seen[target - n], i]
                    seen[n] = i
            """;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/pyprep";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        String slug = args.length > 3 ? args[3] : "two-sum";
        String image = System.getenv().getOrDefault("PYPREP_SANDBOX_IMAGE", "pyprep-sandbox:latest");
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            List<BenchCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                candidates.add(BenchCandidate.signUp(base, "Bench"));
            }
            long version = candidates.getFirst().versionId(slug);
            byte[] bareInput = bareInput(db, version);
            int tests = countTests(db, version);
            // warm-up: JIT, caches, the first warm containers
            for (int i = 0; i < 5; i++) {
                submitAndWait(candidates.getFirst(), version);
                bareDockerRun(image, bareInput);
            }
            System.out.printf("Submit -> verdict over HTTP, %s (%d tests), %d submissions per level, %d cores%n", slug, tests,
                    runs, Runtime.getRuntime().availableProcessors());
            System.out.printf("server: %s; baseline: bare `docker run --rm -i --network none %s` of the same harness input%n%n",
                    base, image);
            idle(db, candidates.getFirst(), version, image, bareInput, Math.min(runs, 20));
            for (int concurrency : new int[]{1, 4}) {
                List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
                Result platform = measure(runs, concurrency, worker -> {
                    long[] r = submitAndWait(candidates.get(worker % candidates.size()), version);
                    samples.add(r);
                    return r[0];
                });
                List<Double> inSandbox = new ArrayList<>();
                List<Double> overhead = new ArrayList<>();
                for (long[] s : samples) {
                    int sandboxMs = sandboxMs(db, s[1]);
                    inSandbox.add((double) sandboxMs);
                    overhead.add(s[0] / 1e6 - sandboxMs);
                }
                Result bare = measure(runs, concurrency, worker -> {
                    long t = System.nanoTime();
                    bareDockerRun(image, bareInput);
                    return System.nanoTime() - t;
                });
                System.out.printf("%-26s %4d %9.0f %9.0f %14.0f %13.0f %8.2f%n", pool ? "platform (HTTP, pool)" : "platform (HTTP)", concurrency,
                        platform.p50(), platform.p95(), percentile(inSandbox, 0.5), percentile(overhead, 0.5), platform.throughput());
                System.out.printf("%-26s %4d %9.0f %9.0f %14s %13s %8.2f%n", "baseline (docker run --rm)", concurrency,
                        bare.p50(), bare.p95(), "", "", bare.throughput());
                System.out.printf("%-26s %4d %9.2f %9.2f %14s %13s %8.2f%n%n", "ratio platform / baseline", concurrency,
                        platform.p50() / bare.p50(), platform.p95() / bare.p95(), "", "", platform.throughput() / bare.throughput());
            }
        }
    }

    /**
     * One submission at a time, each {@link #IDLE_GAP} after the last verdict: what a candidate who reads their result
     * before submitting again gets, with the machine idle when they submit (the used container removed and its
     * replacement started in the meantime). The back-to-back rows below measure throughput, where that work overlaps
     * the next submission. The baseline gets the same gaps.
     */
    static void idle(Connection db, BenchCandidate candidate, long version, String image, byte[] bareInput, int runs)
            throws Exception {
        List<Double> latency = new ArrayList<>();
        List<Double> inSandbox = new ArrayList<>();
        List<Double> overhead = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Thread.sleep(IDLE_GAP);
            long[] r = submitAndWait(candidate, version);
            int sandboxMs = sandboxMs(db, r[1]);
            latency.add(r[0] / 1e6);
            inSandbox.add((double) sandboxMs);
            overhead.add(r[0] / 1e6 - sandboxMs);
            Thread.sleep(IDLE_GAP);
            long t = System.nanoTime();
            bareDockerRun(image, bareInput);
            bare.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf("idle: one at a time, %d ms apart, %d each%n", IDLE_GAP.toMillis(), runs);
        System.out.printf("%-26s %4s %9s %9s %14s %13s %13s%n", "", "", "p50 ms", "p95 ms", "in-sandbox p50", "overhead p50",
                "overhead p95");
        System.out.printf("%-26s %4s %9.0f %9.0f %14.0f %13.0f %13.0f%n", pool ? "platform (HTTP, pool)" : "platform (HTTP)", "idle", percentile(latency, 0.5),
                percentile(latency, 0.95), percentile(inSandbox, 0.5), percentile(overhead, 0.5), percentile(overhead, 0.95));
        System.out.printf("%-26s %4s %9.0f %9.0f%n", "baseline (docker run --rm)", "idle", percentile(bare, 0.5), percentile(bare, 0.95));
        System.out.printf("%-26s %4s %9.2f %9.2f%n%n", "ratio platform / baseline", "idle",
                percentile(latency, 0.5) / percentile(bare, 0.5), percentile(latency, 0.95) / percentile(bare, 0.95));
        System.out.printf("back to back: the next submission as soon as a verdict arrives%n");
        System.out.printf("%-26s %4s %9s %9s %14s %13s %8s%n", "", "conc", "p50 ms", "p95 ms", "in-sandbox p50",
                "overhead p50", "subs/s");
    }

    static final Duration IDLE_GAP = Duration.ofMillis(1500);

    /** Returns {latency in ns, submission id}; anything but ACCEPTED is an error. */
    static long[] submitAndWait(BenchCandidate candidate, long version) throws Exception {
        long started = System.nanoTime();
        BenchCandidate.Graded graded = candidate.submitAndWait(version, SOLUTION, Duration.ofMinutes(5));
        if (!"ACCEPTED".equals(graded.verdict())) {
            throw new IllegalStateException("not accepted: " + graded);
        }
        return new long[]{System.nanoTime() - started, graded.id()};
    }

    // ------------------------------------------------------------------ the baseline: the same work in a bare container

    static byte[] bareInput(Connection db, long version) throws Exception {
        List<GradingJob.Test> tests = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "select ordinal, visibility, input from test_cases where version_id = ? order by visibility desc, ordinal")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tests.add(new GradingJob.Test(null, rs.getInt(1), TestVisibility.valueOf(rs.getString(2)), 1,
                            BenchCandidate.JSON.readTree(rs.getString(3)), null));
                }
            }
        }
        GradingJob job = new GradingJob(CodingMode.FUNCTION, "two_sum", SOLUTION, null, Comparator.EXACT, 0, 2000, 256, tests);
        return new HarnessProtocol().encode("benchnonce", job, 65536);
    }

    static int countTests(Connection db, long version) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("select count(*) from test_cases where version_id = ?")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static int sandboxMs(Connection db, long submission) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("select coalesce(sandbox_ms, 0) from submissions where id = ?")) {
            ps.setLong(1, submission);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void bareDockerRun(String image, byte[] input) throws Exception {
        Process p = new ProcessBuilder("docker", "run", "--rm", "-i", "--network", "none", image).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(input);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !out.contains("\"event\": \"done\"")) {
            throw new IllegalStateException("bare run failed: " + out);
        }
    }

    // ------------------------------------------------------------------ measuring

    interface Work {
        long run(int worker) throws Exception; // nanoseconds
    }

    record Result(List<Double> millis, double seconds) {
        double p50() { return percentile(millis, 0.50); }
        double p95() { return percentile(millis, 0.95); }
        double throughput() { return millis.size() / seconds; }
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)));
    }

    static Result measure(int runs, int concurrency, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            int worker = i % concurrency;
            futures.add(pool.submit(() -> {
                millis.add(work.run(worker) / 1e6);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return new Result(millis, (System.nanoTime() - start) / 1e9);
    }
}
