package io.gpuipowatch.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the loader accepts, the database can hold: db/schema.sql is at least as wide as
 * the loader's limits.
 */
class SchemaLimitsTests {

	private static final Pattern VARCHAR = Pattern.compile("^\\s+(\\w+)\\s+varchar\\((\\d+)\\)", Pattern.MULTILINE);

	private static final Pattern DECIMAL = Pattern.compile("decimal\\((\\d+),\\s*(\\d+)\\)");

	/**
	 * Columns whose values the loader parses into a fixed format (dates, language codes,
	 * the names of enumeration constants), with the width the longest needs.
	 */
	private static final Map<String, Integer> FORMATTED = Map.ofEntries(Map.entry("published", 10),
			Map.entry("founded", 10), Map.entry("event_date", 10), Map.entry("price_date", 10),
			Map.entry("rate_date", 10), Map.entry("change_date", 10), Map.entry("as_of", 10), Map.entry("language", 2),
			Map.entry("unit", 6), Map.entry("currency", 6), Map.entry("qualifier", 6), Map.entry("method", 8),
			Map.entry("kind", 16), Map.entry("section", 13), Map.entry("difference", 8), Map.entry("computed", 11));

	private static final Set<String> KEYS = Set.of("id", "code", "slug", "company", "metric", "basis", "source",
			"venue", "applied_venue", "variants", "stock_code", "status", "period", "version", "company_group",
			"figure", "input", "holder");

	@Test
	void everyColumnIsAsWideAsTheLoaderAllows() throws IOException {
		String schema = schema();
		Matcher column = VARCHAR.matcher(schema);
		int columns = 0;
		while (column.find()) {
			String name = column.group(1);
			int width = Integer.parseInt(column.group(2));
			int needed = FORMATTED.containsKey(name) ? FORMATTED.get(name)
					: KEYS.contains(name) ? Limits.MAX_KEY : name.equals("url") ? Limits.MAX_URL : Limits.MAX_TEXT;
			assertThat(width).as(name).isGreaterThanOrEqualTo(needed);
			columns++;
		}
		assertThat(columns).isGreaterThan(40);
		Matcher decimal = DECIMAL.matcher(schema);
		assertThat(decimal.find()).isTrue();
		assertThat(Integer.parseInt(decimal.group(1)) - Integer.parseInt(decimal.group(2)))
			.isEqualTo(Limits.MAX_INTEGER_DIGITS);
		assertThat(Integer.parseInt(decimal.group(2))).isEqualTo(Limits.MAX_DECIMALS);
	}

	private static String schema() throws IOException {
		try (InputStream in = Objects.requireNonNull(SchemaLimitsTests.class.getResourceAsStream("/db/schema.sql"))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
