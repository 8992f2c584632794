package vn.wardplan.ward.unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The ward's starting units: the catalogue for its type, with the requested units renaming a standard one (same
     * code) or added (new code). A renamed unit keeps its standard names as aliases, so plan documents that use
     * them still resolve.
     */
    public List<WardUnitSpec> forWard(WardType type, List<WardUnitSpec> requested) {
        Map<String, WardUnitSpec> units = new LinkedHashMap<>();
        forType(type).forEach(u -> units.put(u.code(), u));
        for (WardUnitSpec unit : requested) {
            List<String> aliases = new ArrayList<>(unit.aliases());
            WardUnitSpec standard = units.get(unit.code());
            if (standard != null) {
                standard.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                if (!standard.name().equals(unit.name()) && !aliases.contains(standard.name())) {
                    aliases.add(standard.name());
                }
            }
            units.put(unit.code(), new WardUnitSpec(unit.code(), unit.name(), List.copyOf(aliases)));
        }
        return List.copyOf(units.values());
    }

    private static String named(String text, WardType type) {
        return text.replace("{kind}", type.word());
    }
}
