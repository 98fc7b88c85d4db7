package io.gpuipowatch.chart;

import java.util.List;

import io.gpuipowatch.chart.ChartSpec.Layout;
import io.gpuipowatch.chart.ChartSpec.Measure;
import io.gpuipowatch.chart.ChartSpec.Periods;

/**
 * Every chart and key-figure list the pages show, in one place: the overview's strip and
 * cards, a company's annual chart and table, and the compare page's charts. Pages and the
 * API read these; nothing else names a chart's metrics or periods.
 */
public final class ChartCatalogue {

	public static final List<ChartSpec> OVERVIEW = List.of(
			new ChartSpec("overview-gain", "chart.gainClose.title", "chart.gainClose.caption", Layout.COMPANIES,
					List.of(Measure.of("first-day-gain-close", Periods.AT_LISTING))),
			new ChartSpec("overview-loss", "chart.lossTotal.title", "chart.lossTotal.caption", Layout.COMPANIES,
					List.of(new Measure("net-loss", Periods.LATEST_SPAN, "series.netLossTotal"))));

	public static final List<ChartSpec> COMPANY = List.of(new ChartSpec("company-annual", "chart.annual.title",
			"chart.annual.caption", Layout.PERIODS, List.of(Measure.of("revenue", Periods.EACH_YEAR),
					Measure.of("net-loss", Periods.EACH_YEAR), Measure.of("rd-expense", Periods.EACH_YEAR))));

	public static final List<ChartSpec> COMPARE = List.of(
			new ChartSpec("compare-cumulative", "chart.cumulative.title", "chart.cumulative.caption", Layout.COMPANIES,
					List.of(new Measure("net-loss", Periods.LATEST_SPAN, "series.netLossTotal"),
							new Measure("rd-expense", Periods.LATEST_SPAN, "series.rdTotal"))),
			new ChartSpec("compare-rd-ratio", "chart.rdRatio.title", "chart.rdRatio.caption", Layout.COMPANIES,
					List.of(Measure.of("rd-to-revenue", Periods.LATEST_YEAR))),
			new ChartSpec("compare-revenue", "chart.revenue.title", "chart.revenue.caption", Layout.COMPANIES,
					List.of(Measure.of("revenue", Periods.EACH_YEAR))),
			new ChartSpec("compare-loss", "chart.loss.title", "chart.loss.caption", Layout.COMPANIES,
					List.of(Measure.of("net-loss", Periods.EACH_YEAR))),
			new ChartSpec("compare-gains", "chart.gains.title", "chart.gains.caption", Layout.COMPANIES,
					List.of(Measure.of("first-day-gain-open", Periods.AT_LISTING),
							Measure.of("first-day-gain-close", Periods.AT_LISTING),
							Measure.of("first-day-gain-high", Periods.AT_LISTING))),
			new ChartSpec("compare-funds", "chart.funds.title", "chart.funds.caption", Layout.COMPANIES,
					List.of(Measure.of("funds-raised-gross", Periods.AT_LISTING))),
			new ChartSpec("compare-market-cap", "chart.marketCap.title", "chart.marketCap.caption", Layout.COMPANIES,
					List.of(Measure.of("market-cap-first-close", Periods.AT_LISTING))));

	/** The figures each overview card shows. */
	public static final List<Measure> KEY_FIGURES = List.of(Measure.of("issue-price", Periods.AT_LISTING),
			Measure.of("first-day-gain-close", Periods.AT_LISTING),
			Measure.of("funds-raised-gross", Periods.AT_LISTING),
			Measure.of("market-cap-first-close", Periods.AT_LISTING), Measure.of("net-loss", Periods.LATEST_SPAN),
			Measure.of("rd-expense", Periods.LATEST_SPAN), Measure.of("rd-to-revenue", Periods.LATEST_YEAR));

	/** The rows of a company page's table by year, each over every year it has. */
	public static final List<Measure> ANNUAL = List.of(Measure.of("revenue", Periods.EACH_YEAR),
			Measure.of("net-loss", Periods.EACH_YEAR), Measure.of("rd-expense", Periods.EACH_YEAR),
			Measure.of("rd-to-revenue", Periods.EACH_YEAR));

	private ChartCatalogue() {
	}

}
