package vn.wardplan.ward.unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.ward.directory.Ward.WardUnitSpec;
import vn.wardplan.ward.directory.WardType;

/**
 * The units every ward starts with (the catalogue the plan import resolves names against), from
 * {@code directory/standard-units.json}. {@code {kind}} in a name or alias becomes "phường", "xã" or "đặc khu".
 */
@Component
public class StandardUnits {

    private final List<WardUnitSpec> catalogue;

    StandardUnits(JsonMapper json) throws IOException {
        try (InputStream in = new ClassPathResource("directory/standard-units.json").getInputStream()) {
            this.catalogue = List.copyOf(json.readValue(in, new TypeReference<List<WardUnitSpec>>() { }));
        }
    }

    public List<WardUnitSpec> forType(WardType type) {
        return catalogue.stream().map(u -> new WardUnitSpec(u.code(), named(u.name(), type),
                u.aliases().stream().map(a -> named(a, type)).toList())).toList();
    }

    private static String named(String text, WardType type) {
        return text.replace("{kind}", type.word());
    }
}
