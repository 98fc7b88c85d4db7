package io.gpuipowatch.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Section;
import io.gpuipowatch.figure.Cell;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.query.Comparison;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Magnitude;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;

/**
 * The comparison as a table with a column per company and a row per metric and period,
 * grouped by section, periods in time order. A metric with a low and a high end ("Offer
 * price range (low)" and "(high)") is one row with the range in one cell. Every figure of
 * a row is written with one word (亿, 万; B, M), and where the row's figures share a unit
 * each cell carries its share of the row's largest, so differences are seen at once.
 */
final class CompareTable {

	/** The ends of a range, by the metric codes' endings and the labels' suffixes. */
	private static final Pattern LOW_CODE = Pattern.compile("-low$");

	private static final Pattern RANGE_SUFFIX = Pattern.compile("\\s*\\((low|low end)\\)$|（?下限）?$");

	/** One row: a metric over a period, or a range of two. */
	record RowSpec(String key, Comparison.Column column, Comparison.@Nullable Column high) {
	}

	/**
	 * A cell: the value (the low end of a range) and the high end, and the value's tenth
	 * of the row's largest (0–10), or -1 where the row's values cannot be set against
	 * each other.
	 */
	record RowCell(Cell value, @Nullable Cell high, int share) {
	}

	record Row(String key, String label, String period, String unit, String sortUrl, @Nullable String sortDir,
			List<RowCell> cells, boolean complete) {
	}

	record SectionRows(String code, String titleKey, List<Row> rows) {
	}

	private CompareTable() {
	}

	/**
	 * The rows of a comparison, by key, in table order: by section, then column order.
	 */
	static Map<String, RowSpec> rows(Comparison comparison) {
		Map<String, Comparison.Column> byKey = comparison.columnsByKey();
		Map<String, RowSpec> rows = new LinkedHashMap<>();
		for (Section section : Section.values()) {
			for (Comparison.Column column : byKey.values()) {
				if (column.metric().getSection() != section
						|| column.metric().getCode().endsWith("-high") && byKey.containsKey(lowKey(column.key()))) {
					continue;
				}
				Comparison.Column high = column.metric().getCode().endsWith("-low")
						? byKey.get(LOW_CODE.matcher(column.metric().getCode()).replaceAll("-high")
								+ (column.period() == null ? "" : "@" + column.period()))
						: null;
				rows.put(column.key(), new RowSpec(column.key(), column, high));
			}
		}
		return rows;
	}

	private static String lowKey(String highKey) {
		return highKey.replaceFirst("-high(@|$)", "-low$1");
	}

	/** The sections with their rows, for these companies in this order. */
	static List<SectionRows> sections(Catalog catalog, Map<String, RowSpec> specs, List<Company> companies,
			boolean completeOnly, CompareLinks links, @Nullable String sort, boolean descending, Exchange money,
			Lang lang) {
		Map<Section, List<Row>> bySection = new LinkedHashMap<>();
		for (RowSpec spec : specs.values()) {
			Row row = row(catalog, spec, companies, links, sort, descending, money, lang);
			if (!completeOnly || row.complete()) {
				bySection.computeIfAbsent(spec.column().metric().getSection(), s -> new ArrayList<>()).add(row);
			}
		}
		List<SectionRows> sections = new ArrayList<>();
		bySection.forEach((section, rows) -> sections
			.add(new SectionRows(section.code(), "compare.section." + section.code(), List.copyOf(rows))));
		return sections;
	}

	private static Row row(Catalog catalog, RowSpec spec, List<Company> companies, CompareLinks links,
			@Nullable String sort, boolean descending, Exchange money, Lang lang) {
		Comparison.Column column = spec.column();
		Period period = column.period() == null ? null : Period.parse(column.period());
		List<Optional<Figure>> values = companies.stream().map(c -> column.figure(catalog, c)).toList();
		List<Optional<Figure>> highs = companies.stream()
			.map(c -> spec.high() == null ? Optional.<Figure>empty() : spec.high().figure(catalog, c))
			.toList();
		List<Optional<Figure>> both = new ArrayList<>(values);
		both.addAll(highs);
		Magnitude magnitude = Cell.magnitude(both, lang);
		List<String> units = both.stream().flatMap(Optional::stream).map(f -> f.getUnit().code()).distinct().toList();
		// Set against each other in one unit: as listed, or all converted to the currency
		// asked for
		List<@Nullable BigDecimal> comparableValues = values.stream()
			.map(f -> f.map(money::comparable).orElse(null))
			.toList();
		boolean oneUnit = units.size() == 1 || (money.target().isPresent()
				&& values.stream().flatMap(Optional::stream).allMatch(f -> money.comparable(f) != null));
		BigDecimal largest = comparableValues.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::max);
		boolean comparable = oneUnit && spec.high() == null && largest.signum() > 0
				&& values.stream().filter(Optional::isPresent).count() > 1;
		List<RowCell> cells = new ArrayList<>();
		for (int i = 0; i < companies.size(); i++) {
			Company company = companies.get(i);
			Cell value = Cell.of(values.get(i), company, column.metric(), period, catalog, lang, magnitude, money);
			Cell high = spec.high() == null ? null
					: Cell.of(highs.get(i), company, spec.high().metric(), period, catalog, lang, magnitude, money);
			BigDecimal comparableValue = comparableValues.get(i);
			int share = comparable && comparableValue != null
					? comparableValue.multiply(BigDecimal.TEN).divide(largest, 0, RoundingMode.HALF_UP).intValue() : -1;
			cells.add(new RowCell(value, high, Math.max(share, comparable && comparableValue != null ? 0 : -1)));
		}
		String label = Names.metric(column.metric(), lang);
		if (spec.high() != null) {
			label = RANGE_SUFFIX.matcher(label).replaceAll("");
		}
		return new Row(spec.key(), label, period == null ? "" : Formats.period(period, lang),
				units.size() == 1 ? units.get(0) : "", links.sort(spec.key(), sort, descending),
				spec.key().equals(sort) ? (descending ? "descending" : "ascending") : null, cells,
				values.stream().allMatch(Optional::isPresent));
	}

}
