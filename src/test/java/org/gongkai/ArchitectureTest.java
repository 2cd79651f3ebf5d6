package org.gongkai;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of {@code docs/architecture.md}, checked on the compiled classes: features form
 * no cycle, {@code platform} stands below every feature, and inside a feature the layers point one
 * way (web and api → boundary → control → entity).
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongkai");
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching("org.gongkai.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("org.gongkai.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.gongkai.platform..", "java..", "javax..",
                        "jakarta..", "org.eclipse..", "org.flywaydb..", "org.primefaces..", "org.glassfish..", "org.bouncycastle..",
                        "com.lowagie..")
                .check(classes);
    }

    @Test
    void entitiesDependOnNoOtherLayer() {
        noClasses().that().resideInAPackage("org.gongkai.*.entity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.*.control..", "org.gongkai.*.boundary..",
                        "org.gongkai.*.api..", "org.gongkai.*.web..")
                .check(classes);
    }

    @Test
    void controlClassesDependOnNoBoundaryApiOrWeb() {
        noClasses().that().resideInAPackage("org.gongkai.*.control..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongkai.*.boundary..",
                        "org.gongkai.*.api..", "org.gongkai.*.web..")
                .check(classes);
    }

    @Test
    void boundariesTakeCommandsNotApiPayloads() {
        noClasses().that().resideInAPackage("org.gongkai.*.boundary..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.gongkai.*.api..")
                        .and(JavaClass.Predicates.simpleNameEndingWith("Form")))
                .check(classes);
    }

    @Test
    void facesBeansCallNoJaxRsResource() {
        noClasses().that().resideInAPackage("org.gongkai.*.web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Resource")
                .check(classes);
    }
}
