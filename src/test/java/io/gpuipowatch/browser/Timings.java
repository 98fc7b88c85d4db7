package io.gpuipowatch.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.gpuipowatch.text.Lang;

/**
 * Milliseconds from navigation start to the last chart drawn (the {@code charts-drawn}
 * mark that charts.js sets), per page, language and width: reported at the end of the
 * run, not asserted.
 */
final class Timings {

	private static final List<String> COLUMNS = List.of("en 1366", "en 390", "zh 1366", "zh 390");

	private final Map<String, Map<String, Double>> byPage = new TreeMap<>();

	private final Map<String, Integer> charts = new TreeMap<>();

	void record(String page, Lang lang, Viewport viewport, double millis, int chartCount) {
		byPage.computeIfAbsent(page, p -> new LinkedHashMap<>()).put(lang.code() + " " + viewport.width, millis);
		charts.put(page, chartCount);
	}

	boolean isEmpty() {
		return byPage.isEmpty();
	}

	/** A plain-text table: a row per page, a column per language and width. */
	String table() {
		int width = byPage.keySet().stream().mapToInt(String::length).max().orElse(4);
		StringBuilder out = new StringBuilder();
		out.append("Navigation start to last chart drawn, ms (reported, not asserted)\n");
		out.append(String.format("%-" + width + "s  %6s", "page", "charts"));
		COLUMNS.forEach(c -> out.append(String.format("  %8s", c)));
		out.append('\n');
		byPage.forEach((page, times) -> {
			out.append(String.format("%-" + width + "s  %6d", page, charts.get(page)));
			COLUMNS.forEach(c -> out
				.append(times.containsKey(c) ? String.format("  %8.0f", times.get(c)) : String.format("  %8s", "-")));
			out.append('\n');
		});
		return out.toString();
	}

}
