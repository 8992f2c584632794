package vn.wardplan.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The boundaries of a service as rules its tests check (ArchUnit), so that breaking one fails the build instead of
 * waiting for a review: the feature packages under a service's root package depend on each other without cycles;
 * a web controller takes its ward only from the signed-in caller (never {@link WardScope#trusted}) and never reads
 * across wards ({@link AcrossWards}); and a controller answers with response records, never a stored document.
 */
public final class BoundaryRules {

    private BoundaryRules() {
    }

    /** The service's own production classes (no tests, no libraries). */
    public static JavaClasses productionClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(rootPackage);
    }

    /** Feature packages ({@code <root>.<feature>..}) whose dependencies never run in a circle. */
    public static ArchRule featuresFormNoCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").namingSlices("feature '$1'").should().beFreeOfCycles()
                .because("a feature depends on the features below it, never on one that depends on it back");
    }

    /** A controller's ward comes from the token (WardAccess), never from a value it was handed. */
    public static ArchRule controllersTakeTheirWardFromTheCaller() {
        return noClasses().that().areAnnotatedWith(RestController.class)
                .should().callMethod(WardScope.class, "trusted", String.class, String.class)
                .because("a ward named by a client is only ever compared with the signed token (WardAccess), never trusted");
    }

    /** Reading every ward is for listeners and system jobs; no controller may hold the door to it. */
    public static ArchRule controllersNeverReachAcrossWards() {
        return noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(AcrossWards.class)
                .because("a request works inside the wards its caller may see; reading across wards is for system jobs");
    }

    /** What a controller answers is a response record, never a persistence document (not even inside a list). */
    public static ArchRule controllersAnswerWithResponseRecords() {
        return methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .should(new ArchCondition<JavaMethod>("answer with response records, not stored documents") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaClass type : typesIn(method.getReturnType())) {
                            if (type.isAnnotatedWith(Document.class)) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " answers the stored document "
                                        + type.getSimpleName()));
                            }
                        }
                    }
                });
    }

    /** Every class a type names: itself and its type arguments, however deep ({@code ResponseEntity<List<X>>}). */
    static Set<JavaClass> typesIn(JavaType type) {
        Set<JavaClass> found = new LinkedHashSet<>();
        collect(type, found);
        return found;
    }

    private static void collect(JavaType type, Set<JavaClass> found) {
        found.add(type.toErasure());
        if (type instanceof JavaParameterizedType parameterized) {
            parameterized.getActualTypeArguments().forEach(argument -> collect(argument, found));
        } else if (type instanceof JavaWildcardType wildcard) {
            wildcard.getUpperBounds().forEach(bound -> collect(bound, found));
        }
    }
}
