package io.gpuipowatch.figure;

import java.util.List;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Magnitude;
import org.jspecify.annotations.Nullable;

/** One value in a table: a figure shown, or why there is none, never a zero. */
public record Cell(@Nullable FigureView figure, @Nullable Missing missing) {

	public static Cell of(Optional<Figure> figure, Company company, Metric metric, @Nullable Period period,
			Catalog catalog, Lang lang, Magnitude magnitude) {
		return of(figure, company, metric, period, catalog, lang, magnitude, null);
	}

	/** The same, with money also in the currency the reader asked for. */
	public static Cell of(Optional<Figure> figure, Company company, Metric metric, @Nullable Period period,
			Catalog catalog, Lang lang, Magnitude magnitude, @Nullable Exchange exchange) {
		if (figure.isPresent()) {
			return new Cell(FigureView.of(figure.get(), catalog, lang, magnitude, exchange), null);
		}
		return new Cell(null, Missing.of(catalog, company, metric, period, lang));
	}

	/** The word (亿, 万; B, M) a row or column of these figures is written with. */
	public static Magnitude magnitude(List<Optional<Figure>> figures, Lang lang) {
		return Magnitude.of(figures.stream().flatMap(Optional::stream).map(Figure::getValue).toList(), lang);
	}

	public boolean present() {
		return figure != null;
	}

}
