package de.lotse;

import java.nio.file.Path;

import lotsefixture.BrokenApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Keeps the module structure honest: each capability is a module, and no module reaches
 * into another module's internals.
 */
class ModularityTests {

	@Test
	void modulesRespectEachOthersInternals() {
		ApplicationModules modules = ApplicationModules.of(LotseApplication.class);
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).contains("runtime", "security");
		modules.verify();
	}

	@Test
	void aModuleReachingIntoAnotherModulesInternalsIsRefused() {
		// the fixture lives in test sources: import them too
		ApplicationModules broken = ApplicationModules.of(BrokenApplication.class, (location) -> true);
		assertThatExceptionOfType(Violations.class).isThrownBy(broken::verify)
			.withMessageContaining("lotsefixture.intake")
			.withMessageContaining("lotsefixture.ledger.internal.LedgerEntries");
	}

	@Test
	void writesModuleDocumentation() {
		Documenter documenter = new Documenter(ApplicationModules.of(LotseApplication.class));
		documenter.writeDocumentation();
		assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).isNotEmptyFile();
	}

}
