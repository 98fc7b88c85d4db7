package io.gpuipowatch.browser;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A chart as the browser has it: whether Chart.js holds an instance for its canvas, how
 * many of the canvas's pixels are painted, the labels and values of that instance, the
 * display texts the page handed to charts.js, and the rows of the chart's accessible
 * table.
 */
record DrawnChart(String id, String kind, boolean drawn, boolean instance, long painted, List<String> labels,
		List<List<@Nullable Double>> values, List<List<String>> texts, List<List<String>> rows, List<String> scales,
		List<List<String>> colours, List<List<@Nullable String>> figures, List<List<String>> slots,
		List<List<@Nullable String>> marks, String unit) {

	/** Reads every chart on the page, in one script. */
	static final String SCRIPT = """
			return Array.from(document.querySelectorAll('figure.chart')).map(function (figure) {
			  var canvas = figure.querySelector('canvas');
			  var chart = canvas && window.Chart ? Chart.getChart(canvas) : undefined;
			  var painted = 0;
			  if (canvas && canvas.width > 0 && canvas.height > 0) {
			    var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			    for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { painted++; } }
			  }
			  var spec = canvas ? JSON.parse(canvas.getAttribute('data-chart')) : { series: [] };
			  if (!spec.series) { spec.series = []; }
			  return {
			    id: figure.id,
			    kind: spec.kind || 'bar',
			    unit: spec.unit || '',
			    drawn: !!canvas && canvas.getAttribute('data-drawn') === 'true',
			    instance: !!chart,
			    painted: painted,
			    labels: chart ? chart.data.labels.map(function (l) { return Array.isArray(l) ? l[0] : l; }) : [],
			    scales: chart ? Object.keys(chart.scales).map(function (k) { return chart.scales[k].type; }) : [],
			    colours: spec.series.map(function (s) { return s.colors; }),
			    figures: spec.series.map(function (s) { return s.figures; }),
			    slots: spec.series.map(function (s) { return s.slots; }),
			    marks: spec.series.map(function (s) { return s.marks; }),
			    values: chart ? chart.data.datasets.map(function (d) { return d.data.map(function (v) { return v !== null && typeof v === 'object' ? v.y : v; }); }) : [],
			    texts: spec.series.map(function (s) { return s.texts; }),
			    rows: Array.from(figure.querySelectorAll('details.chart-table tbody tr')).map(function (row) {
			      return Array.from(row.children).map(function (cell) { return cell.textContent.trim(); });
			    })
			  };
			});
			""";

	@SuppressWarnings("unchecked")
	static DrawnChart of(Map<String, Object> read) {
		List<List<Object>> values = (List<List<Object>>) read.get("values");
		return new DrawnChart((String) read.get("id"), (String) read.get("kind"), (Boolean) read.get("drawn"),
				(Boolean) read.get("instance"), ((Number) read.get("painted")).longValue(),
				(List<String>) read.get("labels"), values.stream().map(DrawnChart::numbers).toList(),
				(List<List<String>>) read.get("texts"), (List<List<String>>) read.get("rows"),
				(List<String>) read.get("scales"), (List<List<String>>) read.get("colours"),
				(List<List<@Nullable String>>) read.get("figures"), (List<List<String>>) read.get("slots"),
				(List<List<@Nullable String>>) read.get("marks"), (String) read.get("unit"));
	}

	private static List<@Nullable Double> numbers(List<Object> values) {
		return values.stream().map(v -> v == null ? null : ((Number) v).doubleValue()).toList();
	}

	/**
	 * True for the chart of this id, or one of the charts it was split into by currency
	 * ("-cny", "-hkd").
	 */
	boolean isOrSplitOf(String baseId) {
		return id.equals(baseId) || id.startsWith(baseId + "-");
	}

}
