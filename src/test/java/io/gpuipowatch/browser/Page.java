package io.gpuipowatch.browser;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page the browser verified, with its charts as drawn, for a flow's own assertions. */
record Page(String key, List<DrawnChart> charts) {

	/**
	 * Asserts the page draws exactly these charts (each perhaps split by currency),
	 * together covering exactly these labels.
	 */
	void assertCharts(List<String> labels, String... chartIds) {
		assertThat(charts).as("%s: charts", key)
			.allSatisfy(chart -> assertThat(Arrays.stream(chartIds).anyMatch(chart::isOrSplitOf))
				.as("%s: #%s is one of %s", key, chart.id(), Arrays.toString(chartIds))
				.isTrue());
		for (String id : chartIds) {
			assertThat(charts.stream().filter(chart -> chart.isOrSplitOf(id)).flatMap(chart -> chart.labels().stream()))
				.as("%s: labels of #%s", key, id)
				.containsExactlyInAnyOrderElementsOf(labels);
		}
	}

	/**
	 * Asserts the page draws exactly these charts (each perhaps split by currency), each
	 * with a bar or a reason for exactly these companies.
	 */
	void assertChartsOf(List<String> slugs, String... chartIds) {
		assertThat(charts).as("%s: charts", key)
			.allSatisfy(chart -> assertThat(Arrays.stream(chartIds).anyMatch(chart::isOrSplitOf))
				.as("%s: #%s is one of %s", key, chart.id(), Arrays.toString(chartIds))
				.isTrue());
		for (String id : chartIds) {
			assertThat(charts.stream()
				.filter(chart -> chart.isOrSplitOf(id))
				.flatMap(chart -> chart.slots().stream().flatMap(List::stream))
				.map(slot -> slot.split("/")[0])
				.distinct()).as("%s: companies of #%s", key, id).containsExactlyInAnyOrderElementsOf(slugs);
		}
	}

}
