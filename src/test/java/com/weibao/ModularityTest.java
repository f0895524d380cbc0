package com.weibao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The borders between Weibao's feature modules (the top-level packages under {@code com.weibao}): no cycles, each
 * module used only through its published API, {@code platform} knowing no feature, a module's repositories used
 * by that module alone, and the engine's internal API ({@code org.camunda.bpm.engine.impl}) only in
 * {@code platform.engine}. The last test writes the module documentation (C4 component diagram and one canvas per
 * module) into {@code docs/modules/}.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(WeibaoApplication.class);
    static final Path DOCS = Path.of("docs", "modules");
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.weibao");

    @Test
    void modulesKeepTheirBorders() {
        MODULES.verify();
    }

    @Test
    void noModuleReadsAnotherModulesRepositories() {
        classes().should(useOnlyTheirOwnModulesRepositories()).check(MAIN);
    }

    @Test
    void onlyThePlatformsEngineClassesUseTheEnginesInternalApi() {
        noClasses().that().resideOutsideOfPackage("com.weibao.platform.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(MAIN);
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, relationsSorted(Files.readAllLines(diagram)));
            }
        }
    }

    /** The Documenter lists relations in no fixed order: sorted, an unchanged structure leaves the files unchanged. */
    private static List<String> relationsSorted(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        int start = 0;
        while (start < sorted.size()) {
            int end = start;
            while (end < sorted.size() && sorted.get(end).startsWith("Rel(")) {
                end++;
            }
            Collections.sort(sorted.subList(start, end));
            start = end + 1;
        }
        return sorted;
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnModulesRepositories() {
        return new ArchCondition<>("use only their own module's repositories") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().startsWith("com.weibao.") && target.isAssignableTo(Repository.class)
                            && !module(target).equals(module(item))) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The module a class belongs to: the package right under com.weibao. */
    private static String module(JavaClass type) {
        String rest = type.getPackageName().substring("com.weibao".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }
}
