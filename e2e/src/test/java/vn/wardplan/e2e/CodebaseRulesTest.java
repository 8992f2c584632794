package vn.wardplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules of the product brief that a compiler does not check: shared code is infrastructure only, services
 * do not reach into each other, and ward data is only touched through the ward-scoped door.
 */
class CodebaseRulesTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("task", "indicator", "notification", "reporting", "ward");

    @Test
    void sharedLibrariesHoldNoDomainCode() throws IOException {
        assertThat(sourcesUnder("libs").filter(file -> contains(file,
                Pattern.compile("import vn\\.wardplan\\.(task|indicator|notification|reporting|ward|gateway)\\.")))).isEmpty();
    }

    @Test
    void noServiceImportsAnotherService() throws IOException {
        for (String service : SERVICES) {
            Pattern others = Pattern.compile("import vn\\.wardplan\\.(?!" + service + "\\.|platform\\.)(task|indicator|notification|reporting|ward|gateway)\\.");
            assertThat(sourcesUnder("services/" + service + "-service/src/main").filter(file -> contains(file, others)))
                    .as(service).isEmpty();
        }
    }

    @Test
    void servicesTouchWardDataOnlyThroughTheWardScopedDoor() throws IOException {
        assertThat(sourcesUnder("services").filter(file -> file.toString().contains("/src/main/"))
                .filter(file -> contains(file, Pattern.compile("\\bMongoTemplate\\b|\\bMongoRepository\\b")))).isEmpty();
    }

    @Test
    void everyStoredDocumentBelongsToAWard() throws IOException {
        List<Path> documents = sourcesUnder("services").filter(file -> contains(file, Pattern.compile("^@Document\\(", Pattern.MULTILINE))).toList();
        assertThat(documents).isNotEmpty();
        assertThat(documents).allSatisfy(file -> assertThat(Files.readString(file)).contains("implements WardOwned"));
    }

    @Test
    void anOutboxIsNamedByItsAggregatesTypeNeverByAString() throws IOException {
        assertThat(sourcesUnder("services").filter(file -> file.toString().contains("/src/main/"))
                .filter(file -> contains(file, Pattern.compile("new OutboxCollection\\(")))).isEmpty();
    }

    private static Stream<Path> sourcesUnder(String folder) throws IOException {
        return Files.walk(ROOT.resolve(folder)).filter(file -> file.toString().endsWith(".java"))
                .filter(file -> !file.toString().contains("/target/")).toList().stream();
    }

    private static boolean contains(Path file, Pattern pattern) {
        try {
            return pattern.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
