package vn.wardplan.platform.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import vn.wardplan.platform.architecture.fixture.modular.reminders.RemindersFixtureTest;

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
    void aRoleReadByHandFailsAndSoDoesAGateBehindTheControllers() {
        assertThatThrownBy(() -> BoundaryRules.rolesAreCheckedAtTheEndpoint().check(classes("roles")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ByHandController.approve()")
                .hasMessageContaining("Caller.roles()");
        assertThatThrownBy(() -> BoundaryRules.roleGatesStandOnEndpoints().check(classes("roles")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GatedBehindTheController.approve()");
    }

    @Test
    void reachingIntoAnotherFeaturesInternalsFails() {
        assertThatThrownBy(() -> BoundaryRules.internalsStayInTheirFeature(FIXTURES + ".modular").check(classes("modular")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Reminders.shortcut()")
                .hasMessageContaining("reaches into the internals of feature 'plans'")
                .hasMessageNotContaining("Plans.first()");
    }

    @Test
    void aPublicClassNoOtherFeatureUsesFailsUnlessAnotherFeaturesTestUsesIt() {
        assertThatThrownBy(() -> BoundaryRules.publicOnlyWhatOtherFeaturesUse(FIXTURES + ".modular", new ClassFileImporter().importClasses())
                .check(classes("modular")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("modular.plans.Unused is public")
                .hasMessageNotContaining("modular.plans.Plans is public").hasMessageNotContaining("PlanStore is public");
        JavaClasses aTestOfReminders = new ClassFileImporter().importClasses(RemindersFixtureTest.class);
        assertThatCode(() -> BoundaryRules.publicOnlyWhatOtherFeaturesUse(FIXTURES + ".modular", aTestOfReminders)
                .check(classes("modular"))).doesNotThrowAnyException();
    }

    @Test
    void aControllerWrittenTheAllowedWayPassesEveryRule() {
        JavaClasses good = classes("goodweb");
        assertThatCode(() -> {
            BoundaryRules.controllersTakeTheirWardFromTheCaller().check(good);
            BoundaryRules.controllersNeverReachAcrossWards().check(good);
            BoundaryRules.controllersAnswerWithResponseRecords().check(good);
            BoundaryRules.rolesAreCheckedAtTheEndpoint().check(good);
            BoundaryRules.roleGatesStandOnEndpoints().check(good);
        }).doesNotThrowAnyException();
    }

    /** A fixture's classes; {@code *FixtureTest} classes stand for tests and are imported only where a test says so. */
    private static JavaClasses classes(String fixture) {
        return new ClassFileImporter().withImportOption(location -> !location.contains("FixtureTest"))
                .importPackages(FIXTURES + "." + fixture);
    }
}
