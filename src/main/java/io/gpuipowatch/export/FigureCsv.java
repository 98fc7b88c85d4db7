package io.gpuipowatch.export;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Provenance;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes figures as CSV, one row per figure: codes for machines, labels in the link's
 * language for people, the value as a plain decimal, its source, and the dataset it comes
 * from.
 */
@Component
class FigureCsv {

	/** The columns, in order: the header row. */
	static final List<String> COLUMNS = List.of("figure_id", "company", "company_name", "metric", "metric_label",
			"period", "period_label", "value", "unit", "currency", "qualifier", "text", "basis", "basis_label",
			"method", "inputs", "shown", "variants", "difference", "reason", "phrase", "note", "check_note",
			"source_id", "source_publisher", "source_title", "source_date", "source_url", "source_locator", "as_of",
			"dataset_version", "converted_value", "converted_currency", "converted_rate", "rate_date", "rate_sources",
			"not_converted");

	/** Excel takes a file for UTF-8 only when it starts with a byte-order mark. */
	private final Catalog catalog;

	FigureCsv(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The figures, with their money also in the currency the link asks for: the last
	 * columns, empty for the rest.
	 */
	byte[] write(List<Figure> figures, Exchange exchange, Lang lang) {
		return CsvFile.write(COLUMNS, figures.stream().map(f -> row(f, exchange, lang)).toList());
	}

	/**
	 * One row, in the order of {@link #COLUMNS}; an empty cell where the data has
	 * nothing.
	 */
	private List<@Nullable Object> row(Figure figure, Exchange exchange, Lang lang) {
		Company company = figure.getCompany();
		Basis basis = figure.getBasis();
		Source source = figure.getSource();
		Provenance provenance = figure.getProvenance();
		Difference difference = provenance.getDifference();
		Currencies.Converted converted = exchange.convert(figure).orElse(null);
		Currencies.Rate rate = converted == null ? null : converted.rate();
		List<@Nullable Object> row = new ArrayList<>(Arrays.asList(figure.getId(),
				company == null ? null : company.getSlug(), company == null ? null : Names.company(company, lang),
				figure.getMetric().getCode(), Names.metric(figure.getMetric(), lang), figure.getPeriod().key(),
				Formats.period(figure.getPeriod(), lang), Formats.exact(figure.getValue()).toPlainString(),
				figure.getUnit().code(), figure.getUnit().isCurrency() ? figure.getUnit().code() : null,
				figure.getQualifier().code(), Formats.figure(figure, lang), basis == null ? null : basis.getCode(),
				basis == null ? null : Names.basis(basis, lang), figure.getMethod().code(),
				String.join(" ", figure.getInputs().stream().map(Figure::getId).toList()), figure.isShown(),
				provenance.getVariants(), difference == null ? null : difference.code(),
				LocalText.plain(provenance.getReason(), lang), provenance.getPhrase(),
				LocalText.plain(provenance.getNote(), lang), LocalText.plain(figure.getCheckNote(), lang),
				source.getId(), LocalText.plain(source.getPublisher(), lang), LocalText.plain(source.getTitle(), lang),
				source.getPublished() == null ? null : source.getPublished().toString(), source.getUrl(),
				LocalText.plain(source.getLocator(), lang), catalog.info().getAsOf().toString(),
				catalog.info().getVersion()));
		if (converted == null || !converted.converted()) {
			row.addAll(Arrays.asList(null, null, null, null, null, converted == null ? null : converted.reason()));
		}
		else {
			row.addAll(Arrays.asList(
					converted.value().round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString(),
					converted.currency().code(),
					rate == null ? null : rate.factor().stripTrailingZeros().toPlainString(),
					rate == null ? null : rate.date().toString(),
					rate == null ? null : String.join(" ", rate.sources().stream().map(Source::getId).toList()), null));
		}
		return row;
	}

}
