package vn.wardplan.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import vn.wardplan.platform.web.health.MongoPingHealthIndicator;
import vn.wardplan.platform.web.observability.WardTagging;
import vn.wardplan.platform.web.problem.ProblemDetailsAdvice;
import vn.wardplan.platform.web.problem.ProblemMessages;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;

/** What every wardplan service gets by depending on platform-web. */
@AutoConfiguration
@Import({ProblemDetailsAdvice.class, vn.wardplan.platform.web.problem.ContainerErrorProblems.class})
public class PlatformWebConfiguration {

    @Bean
    ProblemMessages problemMessages() {
        return new ProblemMessages();
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<vn.wardplan.platform.web.problem.ControlCharacterFilter> controlCharacterFilter(
            ProblemMessages messages, tools.jackson.databind.json.JsonMapper json) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new vn.wardplan.platform.web.problem.ControlCharacterFilter(messages, json));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    WardScopedMongo wardScopedMongo(MongoTemplate mongo) {
        return new WardScopedMongo(mongo);
    }

    @Bean
    vn.wardplan.platform.web.tenancy.AcrossWards acrossWards(MongoTemplate mongo) {
        return new vn.wardplan.platform.web.tenancy.AcrossWards(mongo);
    }

    /** Replaces Boot's MongoDB health check, whose {@code hello} command the embedded server does not know. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    MeterRegistryCustomizer<MeterRegistry> serviceTag(@Value("${spring.application.name}") String service) {
        return registry -> registry.config().commonTags("service", service);
    }

    @Bean
    WardTagging.Convention wardTaggingConvention() {
        return new WardTagging.Convention();
    }

    @Bean
    FilterRegistrationBean<WardTagging.WardAttributeFilter> wardAttributeFilter() {
        FilterRegistrationBean<WardTagging.WardAttributeFilter> registration =
                new FilterRegistrationBean<>(new WardTagging.WardAttributeFilter());
        // After Spring Security's filter chain (order -100) has authenticated the request.
        registration.setOrder(0);
        return registration;
    }
}
