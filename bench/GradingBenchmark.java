import dev.pyprep.grading.GradeOutcome;
import dev.pyprep.grading.Grader;
import dev.pyprep.grading.GradingJob;
import dev.pyprep.grading.HarnessProtocol;
import dev.pyprep.grading.TestResult;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.sandbox.DockerClients;
import dev.pyprep.sandbox.DockerSandbox;
import dev.pyprep.sandbox.SandboxSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grades a 20-test challenge repeatedly at concurrency 1 and 4 through the platform's grading path (fresh locked-down
 * container via docker-java, harness, server-side comparison) and, as the baseline, a bare `docker run --rm -i
 * --network none` of the same image fed the same harness input. Prints p50/p95 latency, throughput and the ratios.
 * Usage: bench/grading-latency.sh [submissions per level, default 40]
 */
public class GradingBenchmark {

    static final String SOLUTION = """
            def running_max(nums):
                out, best = [], None
                for x in nums:
                    best = x if best is None or x > best else best
                    out.append(best)
                return out
            """;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        JsonMapper json = JsonMapper.builder().build();
        SandboxSettings settings = Binder.get(new StandardEnvironment()).bindOrCreate("pyprep.sandbox", SandboxSettings.class);
        List<GradingJob.Test> tests = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            List<Integer> nums = new ArrayList<>();
            List<Integer> expected = new ArrayList<>();
            int best = Integer.MIN_VALUE;
            for (int k = 0; k < 50 * i; k++) {
                int v = (k * 7919 + i * 104729) % 1000 - 500;
                nums.add(v);
                best = Math.max(best, v);
                expected.add(best);
            }
            var input = json.createObjectNode();
            input.set("args", json.valueToTree(List.of(nums)));
            tests.add(new GradingJob.Test(null, i, i <= 3 ? TestResult.Visibility.SAMPLE : TestResult.Visibility.HIDDEN, 1,
                    input, json.valueToTree(expected)));
        }
        GradingJob job = new GradingJob(CodingMode.FUNCTION, "running_max", SOLUTION, null, Comparator.EXACT, 0, 2000, 256, tests);
        byte[] bareInput = new HarnessProtocol(json).encode("benchnonce", CodingMode.FUNCTION, "running_max", SOLUTION, null,
                2000, 65536, tests.stream().map(t -> new HarnessProtocol.TestInput(t.ordinal(), t.input())).toList());

        try (var docker = DockerClients.connect(settings)) {
            Grader grader = new Grader(new DockerSandbox(docker, settings), settings, json);
            GradeOutcome warm = grader.grade(job);
            if (warm.verdict() != Verdict.ACCEPTED) {
                throw new IllegalStateException("benchmark solution not accepted: " + warm.message());
            }
            System.out.printf("Grading a 20-test challenge, %d submissions per level, image %s, %d cores%n%n", runs,
                    settings.image(), Runtime.getRuntime().availableProcessors());
            System.out.printf("%-34s %5s %9s %9s %10s%n", "", "conc", "p50 ms", "p95 ms", "subs/s");
            for (int concurrency : new int[]{1, 4}) {
                Result platform = measure(runs, concurrency, () -> {
                    if (grader.grade(job).verdict() != Verdict.ACCEPTED) throw new IllegalStateException("not accepted");
                });
                Result bare = measure(runs, concurrency, () -> bareDockerRun(settings.image(), bareInput));
                platform.print("platform (docker-java, locked down)", concurrency);
                bare.print("baseline (bare docker run --rm)", concurrency);
                System.out.printf("%-34s %5d %9.2f %9.2f %10.2f%n%n", "ratio platform / baseline", concurrency,
                        platform.p50() / bare.p50(), platform.p95() / bare.p95(), platform.throughput() / bare.throughput());
            }
        }
    }

    record Result(List<Double> millis, double seconds) {
        double p50() { return percentile(0.50); }
        double p95() { return percentile(0.95); }
        double throughput() { return millis.size() / seconds; }
        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }
        void print(String name, int concurrency) {
            System.out.printf("%-34s %5d %9.0f %9.0f %10.2f%n", name, concurrency, p50(), p95(), throughput());
        }
    }

    interface Work { void run() throws Exception; }

    static Result measure(int runs, int concurrency, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                work.run();
                millis.add((System.nanoTime() - t) / 1e6);
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        return new Result(millis, (System.nanoTime() - start) / 1e9);
    }

    static void bareDockerRun(String image, byte[] input) throws Exception {
        Process p = new ProcessBuilder("docker", "run", "--rm", "-i", "--network", "none", image)
                .redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(input);
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 || !out.contains("\"event\": \"done\"")) {
            throw new IllegalStateException("bare run failed: " + out);
        }
    }
}
