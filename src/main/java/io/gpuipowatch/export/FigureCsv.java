package io.gpuipowatch.export;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Provenance;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Magnitude;
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
			"dataset_version");

	/** Excel takes a file for UTF-8 only when it starts with a byte-order mark. */
	private final Catalog catalog;

	FigureCsv(Catalog catalog) {
		this.catalog = catalog;
	}

	byte[] write(List<Figure> figures, Lang lang) {
		return write(figures, lang, f -> Magnitude.of(f.getValue(), lang));
	}

	/**
	 * With the word (亿, 万; B, M) each figure's text is written with: that of its column
	 * on the page the file is downloaded from.
	 */
	byte[] write(List<Figure> figures, Lang lang, Function<Figure, Magnitude> magnitude) {
		return CsvFile.write(COLUMNS, figures.stream().map(f -> row(f, lang, magnitude.apply(f))).toList());
	}

	/**
	 * One row, in the order of {@link #COLUMNS}; an empty cell where the data has
	 * nothing.
	 */
	private List<@Nullable Object> row(Figure figure, Lang lang, Magnitude magnitude) {
		Company company = figure.getCompany();
		Basis basis = figure.getBasis();
		Source source = figure.getSource();
		Provenance provenance = figure.getProvenance();
		Difference difference = provenance.getDifference();
		return Arrays.asList(figure.getId(), company == null ? null : company.getSlug(),
				company == null ? null : Names.company(company, lang), figure.getMetric().getCode(),
				Names.metric(figure.getMetric(), lang), figure.getPeriod().key(),
				Formats.period(figure.getPeriod(), lang), Formats.exact(figure.getValue()).toPlainString(),
				figure.getUnit().code(), figure.getUnit().isCurrency() ? figure.getUnit().code() : null,
				figure.getQualifier().code(), Formats.figure(figure, lang, magnitude),
				basis == null ? null : basis.getCode(), basis == null ? null : Names.basis(basis, lang),
				figure.getMethod().code(), String.join(" ", figure.getInputs().stream().map(Figure::getId).toList()),
				figure.isShown(), provenance.getVariants(), difference == null ? null : difference.code(),
				LocalText.plain(provenance.getReason(), lang), provenance.getPhrase(),
				LocalText.plain(provenance.getNote(), lang), LocalText.plain(figure.getCheckNote(), lang),
				source.getId(), LocalText.plain(source.getPublisher(), lang), LocalText.plain(source.getTitle(), lang),
				source.getPublished() == null ? null : source.getPublished().toString(), source.getUrl(),
				LocalText.plain(source.getLocator(), lang), catalog.info().getAsOf().toString(),
				catalog.info().getVersion());
	}

}
