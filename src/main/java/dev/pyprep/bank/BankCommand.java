package dev.pyprep.bank;

import dev.pyprep.grading.Grader;
import dev.pyprep.sandbox.DockerClients;
import dev.pyprep.sandbox.DockerSandbox;
import dev.pyprep.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Command-line tools on the question folder, run from the same jar without a server or a database:
 * <pre>
 *   java -jar pyprep.jar validate-bank [DIR]        every item proven by running it in the sandbox
 *   java -jar pyprep.jar coverage [DIR] [--write]   the topic x level x kind table (--write updates DIR/README.md)
 * </pre>
 */
public final class BankCommand {

    private BankCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("validate-bank") || args[0].equals("coverage"));
    }

    public static int run(String[] args) throws Exception {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        Path dir = Path.of(rest.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("questions"));
        if (args[0].equals("coverage")) {
            return CoverageTable.command(dir, rest.contains("--write"));
        }
        SandboxSettings settings = Binder.get(new StandardEnvironment())
                .bindOrCreate("pyprep.sandbox", SandboxSettings.class);
        try (var docker = DockerClients.connect(settings)) {
            DockerSandbox sandbox = new DockerSandbox(docker, settings);
            if (!sandbox.available()) {
                System.err.println("The Docker engine at " + settings.dockerHost() + " is not reachable: validation needs it.");
                return 2;
            }
            JsonMapper json = JsonMapper.builder().build();
            return new BankValidator(new Grader(sandbox, settings, json), json, System.out).validate(dir) ? 0 : 1;
        }
    }
}
