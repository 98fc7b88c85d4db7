package io.gpuipowatch.figure;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Method;
import io.gpuipowatch.catalog.Provenance;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Magnitude;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;

/**
 * One figure ready to show: its value with qualifier and unit, where it comes from, and
 * how it stands against the other reports of the same thing; for a computed one, what it
 * follows from.
 *
 * @param value what it says, and of what
 * @param source where it comes from (for a computed figure, the dataset itself)
 * @param context the source's words, how it stands among its variants, and notes
 * @param inputs for a computed figure, the figures it follows from
 * @param variants the other reports of the same thing: another source's, basis's or
 * date's
 * @param converted money in the currency the reader asked for, with its rate; null when
 * shown as listed
 */
public record FigureView(String id, String metric, Value value, SourceRef source, Context context,
		List<FigureView> inputs, List<FigureView> variants, Exchange.@Nullable Shown converted) {

	/**
	 * What a figure says: its text as pages write it, its qualifier, period and basis.
	 */
	public record Value(String text, String qualifier, String period, @Nullable String basis, boolean computed) {
	}

	/**
	 * @param difference how it differs from the variant shown (disagree, restated, basis,
	 * rounded, dated); null for the one shown or a figure with no variants
	 */
	public record Context(@Nullable String phrase, boolean shown, @Nullable String difference,
			@Nullable LocalText reason, @Nullable LocalText note, @Nullable LocalText checkNote) {
	}

	public static FigureView of(Figure figure, Catalog catalog, Lang lang) {
		return of(figure, catalog, lang, Magnitude.of(figure.getValue(), lang));
	}

	/** A figure in a row or column whose values share one word (亿, 万; B, M). */
	public static FigureView of(Figure figure, Catalog catalog, Lang lang, Magnitude magnitude) {
		return of(figure, catalog, lang, magnitude, null);
	}

	/**
	 * The same, with its money also in the currency the reader asked for; its variants
	 * and inputs stay as their sources give them.
	 */
	public static FigureView of(Figure figure, Catalog catalog, Lang lang, Magnitude magnitude,
			@Nullable Exchange exchange) {
		List<FigureView> variants = catalog.variants(figure)
			.stream()
			.map(f -> single(f, lang, Magnitude.of(f.getValue(), lang), List.of(), null))
			.toList();
		return single(figure, lang, magnitude, variants,
				exchange == null ? null : exchange.shown(figure, lang).orElse(null));
	}

	private static FigureView single(Figure figure, Lang lang, Magnitude magnitude, List<FigureView> variants,
			Exchange.@Nullable Shown converted) {
		Provenance provenance = figure.getProvenance();
		Difference difference = provenance.getDifference();
		return new FigureView(figure.getId(), Names.metric(figure.getMetric(), lang),
				new Value(Formats.figure(figure, lang, magnitude), figure.getQualifier().code(),
						Formats.period(figure.getPeriod(), lang),
						figure.getBasis() == null ? null : Names.basis(figure.getBasis(), lang),
						figure.getMethod() == Method.COMPUTED),
				SourceRef.of(figure.getSource(), lang),
				new Context(provenance.getPhrase(), figure.isShown(), difference == null ? null : difference.code(),
						LocalText.of(provenance.getReason(), lang), LocalText.of(provenance.getNote(), lang),
						LocalText.of(figure.getCheckNote(), lang)),
				figure.getInputs()
					.stream()
					.map(f -> single(f, lang, Magnitude.of(f.getValue(), lang), List.of(), null))
					.toList(),
				variants, converted);
	}

	public String text() {
		return value.text();
	}

	public String period() {
		return value.period();
	}

	public @Nullable String basis() {
		return value.basis();
	}

	public boolean computed() {
		return value.computed();
	}

	/** Sources disagree on this figure: the one case that is a dispute. */
	public boolean disputed() {
		return Difference.DISAGREE.code().equals(context.difference())
				|| variants.stream().anyMatch(v -> Difference.DISAGREE.code().equals(v.context().difference()));
	}

	/**
	 * How it differs from its variants, when it has some and none disagrees: the kind to
	 * label it with.
	 */
	public @Nullable String differs() {
		if (disputed()) {
			return Difference.DISAGREE.code();
		}
		if (context.difference() != null) {
			return context.difference();
		}
		return variants.stream().map(v -> v.context().difference()).filter(d -> d != null).findFirst().orElse(null);
	}

}
