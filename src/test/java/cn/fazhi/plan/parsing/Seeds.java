package cn.fazhi.plan.parsing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real plans in ../shared/seeds (never copied into the project). Missing seeds fail loudly when the CI variable
 * is set, and skip the test with a message otherwise.
 */
public final class Seeds {

    public static final String PLAN_002 = "002_a65ed4e6259fe44e.txt";

    private Seeds() {
    }

    public static Path path(String name) {
        return Path.of("..", "shared", "seeds", name).toAbsolutePath().normalize();
    }

    public static String read(String name) throws IOException {
        Path p = path(name);
        if (!Files.isRegularFile(p)) {
            String message = "seed " + p + " is missing (expected ../shared/seeds relative to the project directory)";
            // scripts/test.sh sets FAZHI_REQUIRE_SHARED=true under CI (.ci/run exports CI=true)
            if (System.getenv("CI") != null || "true".equals(System.getenv("FAZHI_REQUIRE_SHARED"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
