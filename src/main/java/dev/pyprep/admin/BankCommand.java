package dev.pyprep.admin;

import dev.pyprep.admin.validation.BankValidator;
import dev.pyprep.admin.validation.HouseRules;
import dev.pyprep.admin.validation.QuestionValidator;

import dev.pyprep.grading.judge.Grader;
import dev.pyprep.grading.judge.ValueJson;
import dev.pyprep.question.folder.CoverageTable;
import dev.pyprep.question.folder.QuestionFolder;
import dev.pyprep.sandbox.DockerClients;
import dev.pyprep.sandbox.DockerSandbox;
import dev.pyprep.sandbox.SandboxNode;
import dev.pyprep.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;


/**
 * Command-line tools on the question folder, run from the same jar without a server or a database:
 * <pre>
 *   java -jar pyprep.jar validate-bank [DIR] [--parallel N]   every item proven by running it in the sandbox
 *   java -jar pyprep.jar coverage [DIR] [--write]             the topic x level x kind table (--write updates DIR/README.md)
 * </pre>
 * Settings come from the environment as for the server (PYPREP_SANDBOX_*, PYPREP_BANK_RULES_*).
 */
public final class BankCommand {

    private BankCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("validate-bank") || args[0].equals("coverage"));
    }

    public static int run(String[] args) throws Exception {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Path dir = Path.of(rest.stream().filter(a -> !a.startsWith("--") && !a.matches("\\d+")).findFirst().orElse("questions"));
        if (args[0].equals("coverage")) {
            return CoverageTable.command(dir, rest.contains("--write"));
        }
        int index = rest.indexOf("--parallel");
        int parallel = index >= 0 && index + 1 < rest.size() ? Integer.parseInt(rest.get(index + 1))
                : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        if (System.getenv("PYPREP_SANDBOX_MAX_WALL_CLOCK") == null) {
            // a question's programs share one sandbox here, one after the other: allow for all of them
            System.setProperty("pyprep.sandbox.max-wall-clock", "15m");
        }
        Binder binder = Binder.get(new StandardEnvironment());
        SandboxSettings settings = binder.bindOrCreate("pyprep.sandbox", SandboxSettings.class);
        HouseRules rules = binder.bindOrCreate("pyprep.bank.rules", HouseRules.class);
        try (var docker = DockerClients.connect(settings)) {
            DockerSandbox sandbox = new DockerSandbox(docker, settings, SandboxNode.create(settings));
            if (!sandbox.available()) {
                System.err.println("The Docker engine at " + settings.dockerHost() + " is not reachable, or the image "
                        + settings.image() + " is missing: validation needs both (" + sandbox.statusLine() + ").");
                return 2;
            }
            sandbox.prewarm(parallel);
            Grader grader = new Grader(sandbox, settings, ValueJson.mapper());
            BankValidator validator = new BankValidator(new QuestionValidator(grader, rules), rules, System.out, parallel);
            try {
                return validator.validate(QuestionFolder.read(dir)) ? 0 : 1;
            } finally {
                sandbox.close();
            }
        }
    }
}
