package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Group;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Method;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Provenance;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Text;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.catalog.Venue;
import org.jspecify.annotations.Nullable;

/**
 * Reads the companies and what is known of each: the steps of their listings, and their
 * figures.
 */
final class CompanyTables extends DatasetStep {

	private static final String UNITS = "CNY, HKD, USD, %, shares, count, years, x";

	CompanyTables(DatasetParts data, Problems problems) {
		super(data, problems);
	}

	void readCompanies(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String slug = r.key("slug");
			String nameEn = r.required("name_en");
			String nameZh = r.required("name_zh");
			String cityEn = r.required("city_en");
			String cityZh = r.required("city_zh");
			PartialDate founded = r.date("founded");
			Group group = r.reference("group", data.groups, "group");
			Company.Listing listing = listing(r);
			List<Source> sources = r.references("sources", data.sources, "source");
			Text note = r.text("note");
			String productsEn = r.optional("products_en");
			String productsZh = r.optional("products_zh");
			if (productsZh != null && ChineseText.problem(productsZh) != null) {
				r.problem("products_zh", ChineseText.problem(productsZh));
			}
			if (r.ok() && r.unique("slug", slug, seen)) {
				Company company = new Company(slug, new Company.Identity(nameEn, nameZh, cityEn, cityZh, founded,
						productsEn, productsZh, group, note), listing, position++, sources);
				data.companies.put(slug, data.from(row, company));
			}
		}
	}

	/**
	 * Where a company's listing stands, checked against its venue: a listed company has a
	 * stock code.
	 */
	private Company.@Nullable Listing listing(RowReader r) {
		Venue venue = r.reference("venue", data.venues, "venue");
		Venue applied = r.optionalReference("applied_venue", data.venues, "venue");
		EventKind status = r.choice("status", EventKind.class);
		String stockCode = r.optionalCode("stock_code");
		if (venue != null) {
			r.check("stock_code", !venue.isListed() || stockCode != null,
					"a company listed on " + venue.getCode() + " needs a stock code");
			r.check("stock_code", venue.isListed() || stockCode == null,
					"a company not listed yet cannot have a stock code");
			r.check("applied_venue", applied != venue, "the venue applied to is the one it is listed on");
		}
		if (applied != null) {
			r.check("applied_venue", applied.isListed(),
					"'" + applied.getCode() + "' is not a venue a company can apply to");
		}
		return venue == null || status == null ? null : new Company.Listing(venue, applied, stockCode, status);
	}

	void readEvents(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String id = r.key("id");
			Company company = r.optionalReference("company", data.companies, "company");
			PartialDate date = r.date("date");
			EventKind kind = r.choice("kind", EventKind.class);
			Venue venue = r.reference("venue", data.venues, "venue");
			Provenance provenance = provenance(r);
			if (provenance != null && date != null) {
				PartialDate published = provenance.getSource().getPublished();
				r.check("date",
						published == null || published.precision() != PartialDate.Precision.DAY
								|| !published.start().isBefore(date.start()),
						"'" + date + "' is after source " + provenance.getSource().getId() + " was published ("
								+ published + ")");
			}
			if (r.ok() && r.unique("id", id, seen)) {
				data.events.add(data.from(row, new ListingEvent(id, company, date, kind, venue, provenance)));
			}
		}
	}

	void readFigures(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String id = r.key("id");
			Company company = r.optionalReference("company", data.companies, "company");
			Metric metric = r.reference("metric", data.metrics, "metric");
			Period period = r.period("period");
			Figure.Statement statement = statement(r, metric);
			Provenance provenance = provenance(r);
			Text checkNote = r.text("check_note");
			if (metric != null && company != null && metric.isNeedsListing()) {
				// IPO terms exist from the application on
				r.check("metric", company.getVenue().isListed() || company.getAppliedVenue() != null,
						"only a listed company can have '" + metric.getCode() + "'");
			}
			if (metric != null && company != null && company.getVenue().isListed()) {
				r.check("metric", metric.appliesTo(company.getVenue()), "'" + metric.getCode() + "' does not exist on "
						+ company.getVenue().getCode() + " (metrics.csv, column venues)");
			}
			if (r.ok() && r.unique("id", id, seen)) {
				Figure figure = new Figure(id, new Figure.Subject(company, metric, period), statement, provenance,
						checkNote, position++);
				data.figures.add(data.from(row, figure));
			}
		}
	}

	/**
	 * A figure's value as stated, checked against its metric: the unit fits, and only a
	 * change or money is negative.
	 */
	private Figure.@Nullable Statement statement(RowReader r, @Nullable Metric metric) {
		BigDecimal value = r.decimal("value");
		String unitCode = r.required("unit");
		Unit unit = unitCode == null ? null : Unit.fromCode(unitCode).orElse(null);
		if (unitCode != null && unit == null) {
			r.problem("unit", "unknown unit '" + Characters.shorten(unitCode) + "' (known: " + UNITS + ")");
		}
		Qualifier qualifier = r.choiceOr("qualifier", Qualifier.class, Qualifier.EXACT);
		Basis basis = r.optionalReference("basis", data.bases, "basis");
		Method method = r.choiceOr("method", Method.class, Method.REPORTED);
		if (metric != null && unit != null) {
			r.check("unit", metric.getKind().units().contains(unit), "unit '" + unit.code() + "' does not fit metric '"
					+ metric.getCode() + "' (" + metric.getKind().code() + ")");
		}
		if (metric != null && value != null) {
			r.check("value", value.signum() >= 0 || metric.getKind().signed(), "'" + value.toPlainString()
					+ "' is negative; only a percentage or an amount of money can be (a loss is stated as a positive "
					+ "net loss)");
		}
		return value == null || unit == null || qualifier == null || method == null ? null
				: new Figure.Statement(value, unit, qualifier, basis, method);
	}

	/**
	 * Where a figure or event comes from, and how it stands against other reports of the
	 * same thing.
	 */
	private @Nullable Provenance provenance(RowReader r) {
		Source source = r.reference("source", data.sources, "source");
		String phrase = r.optional("phrase");
		Text note = r.text("note");
		String variants = r.optionalKey("variants");
		boolean shown = r.boolOrYes("shown");
		Difference difference = r.row().get("difference").isEmpty() ? null : r.choice("difference", Difference.class);
		Text reason = r.text("reason");
		return source == null ? null : new Provenance(new Provenance.Origin(source, phrase, note),
				new Provenance.Standing(variants, shown, difference, reason));
	}

}
