package vn.wardplan.platform.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** Each rule fails on a deliberate violation of its kind (the fixtures) and passes code written the allowed way. */
class BoundaryRulesTest {

    static final String FIXTURES = "vn.wardplan.platform.architecture.fixture";

    @Test
    void aCycleBetweenTwoFeaturesFailsAndALayeredPairPasses() {
        assertThatThrownBy(() -> BoundaryRules.featuresFormNoCycles(FIXTURES + ".cyclic").check(classes("cyclic")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected: feature 'first'");
        assertThatCode(() -> BoundaryRules.featuresFormNoCycles(FIXTURES + ".layered").check(classes("layered"))).doesNotThrowAnyException();
    }

    @Test
    void aControllerMakingAScopeFromThePathFails() {
        assertThatThrownBy(() -> BoundaryRules.controllersTakeTheirWardFromTheCaller().check(classes("web")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("WardFromThePathController.read")
                .hasMessageContaining("WardScope.trusted");
    }

    @Test
    void aControllerHoldingTheAcrossWardsDoorFails() {
        assertThatThrownBy(() -> BoundaryRules.controllersNeverReachAcrossWards().check(classes("web")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("EveryWardController");
    }

    @Test
    void aControllerAnsweringAStoredDocumentEvenInsideAListFails() {
        assertThatThrownBy(() -> BoundaryRules.controllersAnswerWithResponseRecords().check(classes("web")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("answers the stored document StoredComment");
    }

    @Test
    void aControllerWrittenTheAllowedWayPassesEveryRule() {
        JavaClasses good = classes("goodweb");
        assertThatCode(() -> {
            BoundaryRules.controllersTakeTheirWardFromTheCaller().check(good);
            BoundaryRules.controllersNeverReachAcrossWards().check(good);
            BoundaryRules.controllersAnswerWithResponseRecords().check(good);
        }).doesNotThrowAnyException();
    }

    private static JavaClasses classes(String fixture) {
        return new ClassFileImporter().importPackages(FIXTURES + "." + fixture);
    }
}
