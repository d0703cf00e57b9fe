package fpms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** Layers: the web layer (rest) may use services and entities, never the other way round. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fpms");

    @Test
    void servicesNeverDependOnRest() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(CLASSES);
    }

    @Test
    void entitiesNeverDependOnRest() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideRestDependsOnRest() {
        noClasses().that().resideOutsideOfPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .check(CLASSES);
    }
}
