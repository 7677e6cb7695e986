package cn.fazhi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain types do not depend on Spring web or on JDBC: rules stay testable without a server or a database. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.fazhi");

    @Test
    void domainDoesNotDependOnSpringWeb() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                        "jakarta.servlet..", "org.springframework.jdbc..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void controllersLiveInWebPackages() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideOutsideOfPackage("..web..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
