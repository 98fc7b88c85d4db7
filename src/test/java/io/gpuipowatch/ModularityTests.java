package io.gpuipowatch;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages are modules that use only what they declare: a package that uses one it
 * did not list in its {@code @ApplicationModule(allowedDependencies = …)} fails the
 * build, and so does a package that declares nothing (which would allow it everything).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(GpuIpoWatchApplication.class);

	@Test
	void everyModuleUsesOnlyTheModulesItDeclares() {
		MODULES.verify();
	}

	@Test
	void everyModuleDeclaresItsDependenciesAndItsNullRules() throws ClassNotFoundException {
		assertThat(MODULES.stream()).hasSizeGreaterThanOrEqualTo(15);
		for (var module : MODULES) {
			Package info = Class.forName(module.getBasePackage().getName() + ".package-info").getPackage();
			assertThat(info.getAnnotation(ApplicationModule.class)).as(module.getIdentifier().toString()).isNotNull();
			assertThat(info.getAnnotation(NullMarked.class)).as(module.getIdentifier().toString()).isNotNull();
		}
	}

}
