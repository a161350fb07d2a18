import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A soak: for N minutes, S submissions per second of two-sum over HTTP, a mix of correct, wrong, infinite-loop and
 * memory-bomb code (each awaited until GRADED with the expected verdict), plus P page requests per second (question
 * list, question page, progress). Samples the server's resident memory every 10 s. Prints a per-minute table and the
 * first-minute/last-minute ratios. Usage (bench/soak.sh runs it): java -cp CP Soak BASE PID [minutes]
 * [subs/s] [pages/s]
 */
public class Soak {

    static final Map<String, String> CODE = Map.of(
            "ACCEPTED", """
                    def two_sum(nums, target):
                        seen = {}
                        for i, n in enumerate(nums):
                            if target - n in seen:
                                return [seen[target - n], i]
                            seen[n] = i
                    """,
            "WRONG_ANSWER", "def two_sum(nums, target):\n    return [0, 1]\n",
            "TIME_LIMIT_EXCEEDED", "def two_sum(nums, target):\n    while True:\n        pass\n",
            "MEMORY_LIMIT_EXCEEDED", "def two_sum(nums, target):\n    x = []\n    while True:\n        x.append(bytearray(10**7))\n");
    static final List<String> KINDS = List.of("ACCEPTED", "WRONG_ANSWER", "TIME_LIMIT_EXCEEDED", "MEMORY_LIMIT_EXCEEDED");

    record Sample(int minute, long millis, boolean ok) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int minutes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        double subsPerSecond = args.length > 3 ? Double.parseDouble(args[3]) : 4;
        double pagesPerSecond = args.length > 4 ? Double.parseDouble(args[4]) : 50;

        List<BenchCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            candidates.add(BenchCandidate.signUp(base, "Soak"));
        }
        long version = candidates.getFirst().versionId("two-sum");
        List<String> pages = List.of("/questions", "/questions/two-sum", "/progress");

        ConcurrentLinkedQueue<Sample> verdicts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Sample> pageSamples = new ConcurrentLinkedQueue<>();
        Map<Integer, Long> rss = new ConcurrentHashMap<>();
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger n = new AtomicInteger();
        long start = System.nanoTime();
        var threads = Executors.newVirtualThreadPerTaskExecutor();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);

        clock.scheduleAtFixedRate(() -> {
            int i = n.getAndIncrement();
            int minute = minute(start);
            String expected = KINDS.get(i % KINDS.size());
            BenchCandidate who = candidates.get(i % candidates.size());
            threads.submit(() -> {
                long t = System.nanoTime();
                try {
                    String verdict = who.submitAndWait(version, CODE.get(expected), Duration.ofMinutes(5)).verdict();
                    boolean ok = verdict.equals(expected);
                    if (!ok) {
                        errors.add("expected " + expected + ", got " + verdict);
                    }
                    verdicts.add(new Sample(minute, (System.nanoTime() - t) / 1_000_000, ok));
                } catch (Exception e) {
                    errors.add(expected + ": " + e.getMessage());
                    verdicts.add(new Sample(minute, (System.nanoTime() - t) / 1_000_000, false));
                }
            });
        }, 0, (long) (1e6 / subsPerSecond), TimeUnit.MICROSECONDS);

        AtomicInteger p = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int i = p.getAndIncrement();
            int minute = minute(start);
            BenchCandidate who = candidates.get(i % candidates.size());
            threads.submit(() -> {
                long t = System.nanoTime();
                boolean ok;
                try {
                    ok = who.status(pages.get(i % pages.size())) == 200;
                } catch (Exception e) {
                    ok = false;
                }
                if (!ok) {
                    errors.add("page " + pages.get(i % pages.size()) + " failed");
                }
                pageSamples.add(new Sample(minute, (System.nanoTime() - t) / 1_000_000, ok));
            });
        }, 0, (long) (1e6 / pagesPerSecond), TimeUnit.MICROSECONDS);

        clock.scheduleAtFixedRate(() -> rss.merge(minute(start), residentKb(pid), Math::max), 0, 10, TimeUnit.SECONDS);

        Thread.sleep(Duration.ofMinutes(minutes));
        clock.shutdownNow();
        threads.shutdown();
        threads.awaitTermination(3, TimeUnit.MINUTES);

        System.out.printf("Soak: %d min, %.1f submissions/s (correct, wrong, infinite loop, memory bomb) + %.0f pages/s, %d cores%n%n",
                minutes, subsPerSecond, pagesPerSecond, Runtime.getRuntime().availableProcessors());
        System.out.printf("%6s %6s %12s %12s %7s %12s %7s %10s%n", "minute", "subs", "verdict p50", "verdict p95", "errors",
                "page p95 ms", "pages", "RSS MB");
        for (int m = 0; m < minutes; m++) {
            int minute = m;
            List<Sample> v = verdicts.stream().filter(s -> s.minute() == minute).toList();
            List<Sample> pg = pageSamples.stream().filter(s -> s.minute() == minute).toList();
            long bad = v.stream().filter(s -> !s.ok()).count() + pg.stream().filter(s -> !s.ok()).count();
            System.out.printf("%6d %6d %12d %12d %7d %12d %7d %10d%n", m + 1, v.size(), pct(v, 0.5), pct(v, 0.95), bad,
                    pct(pg, 0.95), pg.size(), rss.getOrDefault(minute, 0L) / 1024);
        }
        int last = minutes - 1;
        System.out.printf("%nerrors: %d of %d submissions and %d pages%n", errors.size(), verdicts.size(), pageSamples.size());
        errors.stream().distinct().limit(10).forEach(e -> System.out.println("  " + e));
        System.out.printf("verdict p95, last minute / first minute: %.2f%n", ratio(verdicts, last, 0));
        System.out.printf("page p95, last minute / first minute:    %.2f%n", ratio(pageSamples, last, 0));
        // memory after warm-up (minute 2) against the end
        long first = rss.getOrDefault(Math.min(1, last), 1L);
        System.out.printf("resident memory, last / minute 2:        %.2f (%d MB -> %d MB)%n",
                (double) rss.getOrDefault(last, 0L) / first, first / 1024, rss.getOrDefault(last, 0L) / 1024);
        System.exit(0);
    }

    static int minute(long start) {
        return (int) ((System.nanoTime() - start) / 60_000_000_000L);
    }

    static long pct(List<Sample> samples, double p) {
        if (samples.isEmpty()) {
            return 0;
        }
        List<Long> sorted = samples.stream().map(Sample::millis).sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    static double ratio(ConcurrentLinkedQueue<Sample> all, int last, int first) {
        long a = pct(all.stream().filter(s -> s.minute() == last).toList(), 0.95);
        long b = pct(all.stream().filter(s -> s.minute() == first).toList(), 0.95);
        return b == 0 ? Double.NaN : (double) a / b;
    }

    static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }
}
