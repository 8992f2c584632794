package vn.wardplan.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
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
import vn.wardplan.platform.web.tenancy.Caller;
import vn.wardplan.platform.web.tenancy.WardScope;

/**
 * The boundaries of a service as rules its tests check (ArchUnit), so that breaking one fails the build instead of
 * waiting for a review: the feature packages under a service's root package depend on each other without cycles;
 * a web controller takes its ward only from the signed-in caller (never {@link WardScope#trusted}) and never reads
 * across wards ({@link AcrossWards}); a controller answers with response records, never a stored document; roles are
 * checked one way (an endpoint's {@code @PreAuthorize}, the data-bound questions asked of {@link Caller}); and a
 * feature keeps its internals to itself (an {@code internal} sub-package, classes the others do not use package-private).
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

    /**
     * Roles are checked one way: whether a role may call an endpoint at all is the endpoint's {@code @PreAuthorize} (the
     * problem it answers, {@code @WhenDenied}); what depends on the data is asked of {@link Caller} by name
     * ({@code officerOf}, {@code officeOf}, …). Nobody reads the caller's role set by hand, and no bean behind the
     * controllers gates roles again.
     */
    public static ArchRule rolesAreCheckedAtTheEndpoint() {
        return noClasses().should().callMethod(Caller.class, "roles")
                .because("roles are checked by the endpoint's @PreAuthorize or by Caller's named questions, not by hand");
    }

    /** {@code @PreAuthorize} stands on endpoints only, where a reader of the API sees who may call it. */
    public static ArchRule roleGatesStandOnEndpoints() {
        return methods().that().areAnnotatedWith(PreAuthorize.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .because("a role gate is part of the endpoint's contract, checked once at the edge");
    }

    /** A class in {@code <root>.<feature>.internal..} is used only inside that feature. */
    public static ArchRule internalsStayInTheirFeature(String rootPackage) {
        return classes().that().resideInAPackage(rootPackage + "..")
                .should(new ArchCondition<JavaClass>("use no other feature's internal classes") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = featureOf(rootPackage, origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            String feature = featureOf(rootPackage, target);
                            if (feature != null && !feature.equals(own) && isInternal(rootPackage, target)) {
                                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()
                                        + " reaches into the internals of feature '" + feature + "'"));
                            }
                        }
                    }
                });
    }

    /**
     * A feature's public classes are the ones other features use, or other features' tests (a fixture is a use); the
     * rest are package-private, so the compiler keeps them inside. A use of a nested type counts for its class.
     */
    public static ArchRule publicOnlyWhatOtherFeaturesUse(String rootPackage, JavaClasses tests) {
        Set<String> usedByOtherTests = new LinkedHashSet<>();
        for (JavaClass test : tests) {
            String feature = featureOf(rootPackage, topLevelOf(test));
            for (Dependency dependency : test.getDirectDependenciesFromSelf()) {
                JavaClass target = topLevelOf(dependency.getTargetClass());
                String targetFeature = featureOf(rootPackage, target);
                if (targetFeature != null && !targetFeature.equals(feature)) {
                    usedByOtherTests.add(target.getName());
                }
            }
        }
        return classes().that().resideInAPackage(rootPackage + ".*..")
                .should(new ArchCondition<JavaClass>("be used by another feature if public, or be package-private") {
                    private final Set<JavaClass> publicTypes = new LinkedHashSet<>();
                    private final Set<String> usedOutside = new LinkedHashSet<>(usedByOtherTests);

                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        JavaClass owner = topLevelOf(type);
                        String feature = featureOf(rootPackage, owner);
                        if (type.equals(owner) && type.getModifiers().contains(JavaModifier.PUBLIC)) {
                            publicTypes.add(type);
                        }
                        if (type.getDirectDependenciesToSelf().stream().map(d -> topLevelOf(d.getOriginClass()))
                                .anyMatch(origin -> !feature.equals(featureOf(rootPackage, origin)))) {
                            usedOutside.add(owner.getName());
                        }
                    }

                    @Override
                    public void finish(ConditionEvents events) {
                        publicTypes.stream().filter(type -> !usedOutside.contains(type.getName())).forEach(type -> events.add(
                                SimpleConditionEvent.violated(type, type.getName()
                                        + " is public but no other feature uses it: make it package-private")));
                    }
                });
    }

    /** The service's test classes. */
    public static JavaClasses testClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(rootPackage);
    }

    private static JavaClass topLevelOf(JavaClass type) {
        JavaClass owner = type;
        while (owner.getEnclosingClass().isPresent()) {
            owner = owner.getEnclosingClass().get();
        }
        return owner;
    }

    /** The feature a class belongs to ({@code <root>.<feature>..}); "" for the root package, null for libraries. */
    static String featureOf(String root, JavaClass type) {
        String name = type.getPackageName();
        if (name.equals(root)) {
            return "";
        }
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isInternal(String root, JavaClass type) {
        return (type.getPackageName().substring(root.length()) + ".").contains(".internal.");
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
