package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Change;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.ExchangeRate;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Gap;
import io.gpuipowatch.catalog.Lockup;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Text;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.catalog.Venue;

/**
 * Reads what is dated around the figures: gaps a source vouches for, exchange rates,
 * lock-up rules and the corrections feed. Nothing dated may lie in the future, and every
 * row names a source (a change may be ours alone).
 */
final class MarketTables extends DatasetStep {

	private final LocalDate today;

	MarketTables(DatasetParts data, Problems problems, LocalDate today) {
		super(data, problems);
		this.today = today;
	}

	/**
	 * Figures a source says are not published: the only gaps that are "not disclosed".
	 */
	void readGaps(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			Company company = r.reference("company", data.companies, "company");
			Metric metric = r.reference("metric", data.metrics, "metric");
			String periodKey = r.optional("period");
			Period period = periodKey == null ? null : r.parse("period", periodKey, Period::parse);
			String reason = r.required("reason");
			r.check("reason", reason == null || reason.equals("not-disclosed"),
					"unknown reason '" + Characters.shorten(String.valueOf(reason))
							+ "' (known: not-disclosed; a figure not collected needs no row)");
			Source source = r.reference("source", data.sources, "source");
			Text note = r.text("note");
			if (r.ok()) {
				Gap gap = new Gap(company, metric, period, source, note);
				if (r.unique("company", gap.getCompany().getSlug() + "/" + metric.getCode() + "/" + periodKey, seen)) {
					data.gaps.add(data.from(row, gap));
				}
			}
		}
	}

	/**
	 * PBOC central parities: yuan per unit of another currency, one a day and currency.
	 */
	void readRates(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			PartialDate date = r.pastDate("date", today);
			if (date != null) {
				r.check("date", date.precision() == PartialDate.Precision.DAY,
						"'" + date + "' is not a day: a fixing is daily");
			}
			String code = r.required("currency");
			Unit currency = code == null ? null
					: Unit.fromCode(code).filter(u -> u.isCurrency() && u != Unit.CNY).orElse(null);
			if (code != null && currency == null) {
				r.problem("currency", "unknown currency '" + Characters.shorten(code) + "' (known: HKD, USD)");
			}
			BigDecimal rate = r.decimal("cny_per_unit");
			if (rate != null) {
				r.check("cny_per_unit", rate.signum() > 0,
						"'" + rate.toPlainString() + "' is not a rate: it must be above 0");
			}
			Source source = r.reference("source", data.sources, "source");
			Text note = r.text("note");
			if (r.ok() && r.unique("date", date + "/" + currency.code(), seen)) {
				data.rates.add(data.from(row, new ExchangeRate(date, currency, rate, source, note)));
			}
		}
	}

	/**
	 * Lock-up rules of a venue, or a company's own, as months from the listing day or as
	 * a condition.
	 */
	void readLockups(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String id = r.key("id");
			Venue venue = r.reference("venue", data.venues, "venue");
			if (venue != null) {
				r.check("venue", venue.isListed(), "'" + venue.getCode() + "' is not a listing venue");
			}
			Company company = r.optionalReference("company", data.companies, "company");
			String holder = r.key("holder");
			Text holderName = r.requiredText("holder");
			Integer months = r.optionalInteger("months");
			if (months != null) {
				r.check("months", months > 0 && months <= 120,
						"'" + months + "' is not a lock-up in months (1 to 120)");
			}
			BigDecimal share = r.optionalDecimal("share_percent");
			if (share != null) {
				r.check("share_percent", share.signum() > 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0,
						"'" + share.toPlainString() + "' is not a share of the holder's shares (0 to 100)");
			}
			Text condition = r.text("condition");
			r.check("months", months != null || !condition.isEmpty(),
					"a lock-up needs its months, or the condition that ends it");
			Source source = r.reference("source", data.sources, "source");
			String phrase = r.optional("phrase");
			Text note = r.text("note");
			if (r.ok() && r.unique("id", id, seen)) {
				Lockup lockup = new Lockup(id, venue, company,
						new Lockup.Term(holder, holderName, months, share, condition), source, phrase, note);
				data.lockups.add(data.from(row, lockup));
			}
		}
	}

	/**
	 * The corrections feed: each change names the figure it concerns where there is one,
	 * and the value it changed to must be the value the figure has now.
	 */
	void readChanges(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Figure> figures = data.figures.stream()
			.collect(Collectors.toMap(Figure::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String id = r.key("id");
			PartialDate date = r.pastDate("date", today);
			Change.Kind kind = r.choice("kind", Change.Kind.class);
			Figure figure = r.optionalReference("figure", figures, "figure");
			String from = r.optional("from_value");
			String to = r.optional("to_value");
			if (figure != null && to != null) {
				BigDecimal value = r.parse("to_value", to, Cells::decimal);
				r.check("to_value", value == null || value.compareTo(figure.getValue()) == 0,
						"'" + to + "' is not the value figures.csv gives '" + figure.getId() + "' ("
								+ figure.getValue().stripTrailingZeros().toPlainString() + ")");
			}
			Text what = r.requiredText("what");
			Text why = r.text("why");
			Source source = r.optionalReference("source", data.sources, "source");
			if (r.ok() && r.unique("id", id, seen)) {
				data.changes.add(data.from(row,
						new Change(id, date, kind, new Change.Edit(figure, from, to), what, why, source)));
			}
		}
	}

}
