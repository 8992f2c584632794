package vn.wardplan.platform.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The boundary rules as one service's tests: a service's {@code BoundariesTest} extends this and names its root
 * package. Each rule is a test of its own, so a failure says which boundary was crossed; the service's classes are
 * read once for all of them (one instance per test class).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceBoundaries {

    private final String root;
    private final JavaClasses classes;

    protected ServiceBoundaries(String rootPackage) {
        this.root = rootPackage;
        this.classes = BoundaryRules.productionClassesOf(rootPackage);
    }

    @Test
    void featuresFormNoCycles() {
        BoundaryRules.featuresFormNoCycles(root).check(classes);
    }

    @Test
    void controllersTakeTheirWardFromTheCaller() {
        BoundaryRules.controllersTakeTheirWardFromTheCaller().check(classes);
    }

    @Test
    void controllersNeverReachAcrossWards() {
        BoundaryRules.controllersNeverReachAcrossWards().check(classes);
    }

    @Test
    void controllersAnswerWithResponseRecords() {
        BoundaryRules.controllersAnswerWithResponseRecords().check(classes);
    }

    @Test
    void rolesAreCheckedAtTheEndpoint() {
        BoundaryRules.rolesAreCheckedAtTheEndpoint().check(classes);
    }

    @Test
    void roleGatesStandOnEndpoints() {
        BoundaryRules.roleGatesStandOnEndpoints().check(classes);
    }

    @Test
    void internalsStayInTheirFeature() {
        BoundaryRules.internalsStayInTheirFeature(root).check(classes);
    }

    @Test
    void publicOnlyWhatOtherFeaturesUse() {
        BoundaryRules.publicOnlyWhatOtherFeaturesUse(root, BoundaryRules.testClassesOf(root)).check(classes);
    }
}
