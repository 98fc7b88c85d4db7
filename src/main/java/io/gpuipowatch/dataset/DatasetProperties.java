package io.gpuipowatch.dataset;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the dataset is read from, and how closely stated figures must match what they are
 * computed from.
 *
 * @param dataDir a folder holding the CSV files; empty for the copy packaged into the jar
 * @param approximateTolerancePercent how far a figure stated as "about" or "nearly" may
 * be from what it is computed from, in percent of its value (exact figures must match to
 * the rounding of their stated digits)
 */
@ConfigurationProperties("dashboard")
record DatasetProperties(@Nullable String dataDir, @DefaultValue("2") BigDecimal approximateTolerancePercent) {

	static final String PACKAGED_DATA = "classpath:data/";

	String location() {
		if (dataDir == null || dataDir.isBlank()) {
			return PACKAGED_DATA;
		}
		String dir = dataDir.endsWith("/") ? dataDir : dataDir + "/";
		return dir.contains(":") && !dir.matches("^[A-Za-z]:.*") ? dir : "file:" + dir;
	}

}
