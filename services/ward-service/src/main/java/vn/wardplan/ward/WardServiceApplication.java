package vn.wardplan.ward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The ward directory: cities and their wards, onboarding, the officials of each ward and suspension. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WardServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WardServiceApplication.class, args);
    }

}
