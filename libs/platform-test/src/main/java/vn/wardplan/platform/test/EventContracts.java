package vn.wardplan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DynamicTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contracts of docs/events/ held against the code on both sides. A producer's event record must write
 * exactly the fields of the documented example; a consumer's own copy may read only fields the example has. So a
 * producer that renames or drops a field fails its build until the document says so, and then every consumer that
 * still reads the old field fails its own (the consumer keeps its copy, as it should; this is what ties them).
 * Records inside records, and inside lists of them, are followed into the example's objects and arrays.
 */
public final class EventContracts {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\s*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventContracts() {
    }

    /** A test that the producer's record (class name) writes exactly the example of {@code document} with the fields. */
    public static DynamicTest writes(String recordClass, String document, String... identifyingFields) {
        return DynamicTest.dynamicTest(shortName(recordClass) + " writes docs/events/" + document,
                () -> assertProducerWrites(record(recordClass), example(document, identifyingFields)));
    }

    /** A test that the consumer's own copy (class name) reads only fields of the example of {@code document}. */
    public static DynamicTest reads(String recordClass, String document, String... identifyingFields) {
        return DynamicTest.dynamicTest(shortName(recordClass) + " reads docs/events/" + document,
                () -> assertConsumerReads(record(recordClass), example(document, identifyingFields)));
    }

    private static String shortName(String className) {
        return className.substring(className.lastIndexOf('.', className.lastIndexOf('.') - 1) + 1);
    }

    /** A consumer's or producer's record by its class name (records nested in a listener are package-private). */
    public static Class<?> record(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No class " + className + ": was the event record renamed? Rename it here too.", e);
        }
    }

    /** The documented example in {@code docs/events/<file>} whose top level has every field named (the first such). */
    public static JsonNode example(String file, String... identifyingFields) {
        Path document = eventsFolder().resolve(file);
        List<JsonNode> examples = examplesIn(document);
        return examples.stream().filter(e -> Arrays.stream(identifyingFields).allMatch(e::has)).findFirst()
                .orElseThrow(() -> new AssertionError("docs/events/" + file + " has no JSON example with the fields "
                        + Arrays.toString(identifyingFields) + " (" + examples.size() + " examples read)"));
    }

    /** Fails unless every field the consumer's record reads is in the example. */
    public static void assertConsumerReads(Class<?> consumer, JsonNode example) {
        assertThat(consumer.isRecord()).as("%s is a record", consumer.getName()).isTrue();
        List<String> missing = new ArrayList<>();
        readable(consumer, example, consumer.getSimpleName(), missing);
        assertThat(missing).as("fields %s reads that the producer's documented example does not carry", consumer.getName()).isEmpty();
    }

    /** Fails unless the producer's record writes exactly the example's fields (none more, none fewer). */
    public static void assertProducerWrites(Class<?> producer, JsonNode example) {
        assertThat(producer.isRecord()).as("%s is a record", producer.getName()).isTrue();
        List<String> differences = new ArrayList<>();
        written(producer, example, producer.getSimpleName(), differences);
        assertThat(differences).as("where %s and its documented example differ", producer.getName()).isEmpty();
    }

    private static void readable(Class<?> record, JsonNode example, String path, List<String> missing) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            if (!example.has(name)) {
                missing.add(path + "." + name);
                continue;
            }
            nested(component.getGenericType(), example.get(name)).ifPresent(n -> readable(n.type(), n.node(), path + "." + name, missing));
        }
    }

    private static void written(Class<?> record, JsonNode example, String path, List<String> differences) {
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            components.add(name);
            if (!example.has(name)) {
                differences.add(path + "." + name + " is written but not documented");
                continue;
            }
            nested(component.getGenericType(), example.get(name)).ifPresent(n -> written(n.type(), n.node(), path + "." + name, differences));
        }
        for (String field : example.propertyNames()) {
            if (!components.contains(field)) {
                differences.add(path + "." + field + " is documented but not written");
            }
        }
    }

    private record Nested(Class<?> type, JsonNode node) {
    }

    /** A record component's record type with the example's object for it (the first element of a list), if any. */
    private static java.util.Optional<Nested> nested(Type type, JsonNode value) {
        if (value == null || value.isNull()) {
            return java.util.Optional.empty();
        }
        if (type instanceof Class<?> plain && plain.isRecord() && value.isObject()) {
            return java.util.Optional.of(new Nested(plain, value));
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw) && value.isArray() && !value.isEmpty()
                && generic.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord() && value.get(0).isObject()) {
            return java.util.Optional.of(new Nested(element, value.get(0)));
        }
        return java.util.Optional.empty();
    }

    private static List<JsonNode> examplesIn(Path document) {
        try {
            Matcher blocks = JSON_BLOCK.matcher(Files.readString(document));
            List<JsonNode> examples = new ArrayList<>();
            while (blocks.find()) {
                try {
                    // The documents shorten long lists with "…": an elided element is not part of the contract.
                    JsonNode node = JSON.readTree(blocks.group(1).replaceAll(",\\s*…(?=\\s*[\\]}])", ""));
                    if (node.isObject()) {
                        examples.add(node);
                    }
                } catch (RuntimeException notJson) {
                    // A block that is not one JSON object (an envelope with comments, several lines): not an example.
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + document, e);
        }
    }

    private static Path eventsFolder() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path events = folder.resolve("docs/events");
            if (Files.isDirectory(events)) {
                return events;
            }
        }
        throw new IllegalStateException("No docs/events above " + Path.of("").toAbsolutePath());
    }
}
