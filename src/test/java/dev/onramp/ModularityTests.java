package dev.onramp;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are modules with boundaries: no cycles between them, and no module reaching into another's
 * internals. Also writes the module documentation (component diagram, one diagram and one canvas per module) to
 * {@code docs/modules/}, which is committed: a change to the modules shows there as a diff.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(OnrampApplication.class);

    @Test
    void shouldKeepTheModulesFreeOfCyclesAndInsideTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void shouldWriteTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml();
    }
}
