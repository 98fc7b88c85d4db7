package io.gpuipowatch.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionFlagsTests {

	@Test
	void dockerfileLaunchesTheWayTheBenchmarkMeasures() throws Exception {
		assertThat(ProductionFlags.fromDockerfile()).isEqualTo(ProductionFlags.fromBench());
	}

	@Test
	void productionLaunchCapsTheHeapAndUsesTheAheadOfTimeInitialization() throws Exception {
		assertThat(ProductionFlags.fromBench()).contains("-Xmx128m", "-Dspring.aot.enabled=true");
	}

}
