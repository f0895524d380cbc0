package com.weibao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The borders between Weibao's feature modules (the top-level packages under {@code com.weibao}): no cycles, each
 * module used only through its published API, {@code platform} knowing no feature. The second test writes the
 * module documentation (C4 component diagram and one canvas per module) into {@code docs/modules/}.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(WeibaoApplication.class);

    @Test
    void modulesKeepTheirBorders() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
