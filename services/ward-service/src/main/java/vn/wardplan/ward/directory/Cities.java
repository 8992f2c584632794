package vn.wardplan.ward.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The 34 province-level units since the 2025 reform (Nghị quyết 202/2025/QH15), from {@code directory/cities.json}. */
@Component
public class Cities {

    private final List<City> cities;

    Cities(JsonMapper json) throws IOException {
        try (InputStream in = new ClassPathResource("directory/cities.json").getInputStream()) {
            this.cities = List.copyOf(json.readValue(in, new TypeReference<List<City>>() { }));
        }
    }

    public List<City> all() {
        return cities;
    }

    public Optional<City> find(String code) {
        return cities.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
