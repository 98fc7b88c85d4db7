package io.gpuipowatch.dataset;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gpuipowatch.GpuIpoWatchApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Starts the whole application (without a web server) on a dataset folder and its own
 * named in-memory H2 database, which outlives the context ({@code DB_CLOSE_DELAY=-1}) so
 * a test can look at what was stored after a failed start-up.
 */
final class StartUp {

	/** Every table the dataset is stored in. */
	static final List<String> TABLES = List.of("source", "venue", "metric", "basis", "company", "company_source",
			"listing_event", "figure", "dataset_info");

	private final Path dataDir;

	private final String database = "startup-" + UUID.randomUUID();

	StartUp(Path dataDir) {
		this.dataDir = dataDir;
	}

	String database() {
		return database;
	}

	private String url() {
		return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
	}

	/**
	 * Passes the settings as command-line arguments:
	 * {@code SpringApplicationBuilder.properties(..)} only sets defaults, which
	 * application.properties overrides, so the bundled dataset and the shared database
	 * would be used instead.
	 */
	ConfigurableApplicationContext run() {
		return new SpringApplicationBuilder(GpuIpoWatchApplication.class).web(WebApplicationType.NONE)
			.registerShutdownHook(false)
			.run("--dashboard.data-dir=" + dataDir, "--spring.datasource.url=" + url(), "--spring.main.banner-mode=off",
					"--logging.level.root=warn", "--logging.level.org.springframework.boot.diagnostics=off");
	}

	/** Starts the application, expects it to stop on the dataset, and returns why. */
	InvalidDatasetException failure() {
		Throwable thrown = catchThrowable(() -> run().close());
		assertThat(thrown).as("start-up fails").isNotNull();
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidDatasetException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("start-up failed, but not on the dataset", thrown);
	}

	/** The rows in each dataset table; fails if a table does not exist. */
	Map<String, Long> rowCounts() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement statement = connection.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	/** Drops the in-memory database, which would otherwise live until the JVM ends. */
	void dropDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("shutdown");
		}
	}

}
