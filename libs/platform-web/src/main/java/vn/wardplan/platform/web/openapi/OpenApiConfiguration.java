package vn.wardplan.platform.web.openapi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Every service describes its API at {@code /v3/api-docs} (springdoc): bearer tokens from the realm, errors as
 * RFC 9457 problem details.
 */
@AutoConfiguration
public class OpenApiConfiguration {

    @Bean
    OpenAPI wardplanOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("wardplan " + service).version("v1")
                        .description("Through the gateway at /api/**. Errors are RFC 9457 problem details "
                                + "(application/problem+json), in Vietnamese, or English with Accept-Language: en."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
