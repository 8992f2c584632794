package vn.wardplan.reporting;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import vn.wardplan.platform.architecture.BoundaryRules;

/** The boundaries of reporting-service (docs/architecture.md shows its features and what each may use). */
class BoundariesTest {

    static final String ROOT = "vn.wardplan.reporting";
    static final JavaClasses CLASSES = BoundaryRules.productionClassesOf(ROOT);

    @Test
    void featuresFormNoCycles() {
        BoundaryRules.featuresFormNoCycles(ROOT).check(CLASSES);
    }

    @Test
    void controllersTakeTheirWardFromTheCaller() {
        BoundaryRules.controllersTakeTheirWardFromTheCaller().check(CLASSES);
    }

    @Test
    void controllersNeverReachAcrossWards() {
        BoundaryRules.controllersNeverReachAcrossWards().check(CLASSES);
    }

    @Test
    void controllersAnswerWithResponseRecords() {
        BoundaryRules.controllersAnswerWithResponseRecords().check(CLASSES);
    }
}
