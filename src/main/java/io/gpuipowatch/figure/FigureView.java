package io.gpuipowatch.figure;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Method;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;

/**
 * One figure ready to show: its text with qualifier and unit, what it covers, on what
 * basis, and where it comes from, with what other sources said instead.
 */
public record FigureView(String id, String metric, String period, String text, String qualifier, @Nullable String basis,
		SourceRef source, @Nullable String phrase, boolean shown, @Nullable String shownReason,
		@Nullable String checkNote, @Nullable String note, boolean computed, List<FigureView> alternatives) {

	public static FigureView of(Figure figure, Catalog catalog, Lang lang) {
		List<FigureView> alternatives = catalog.alternatives(figure)
			.stream()
			.map(f -> single(f, lang, List.of()))
			.toList();
		return single(figure, lang, alternatives);
	}

	private static FigureView single(Figure figure, Lang lang, List<FigureView> alternatives) {
		return new FigureView(figure.getId(), Names.metric(figure.getMetric(), lang),
				Formats.period(figure.getPeriod(), lang), Formats.figure(figure, lang), figure.getQualifier().code(),
				figure.getBasis() == null ? null : Names.basis(figure.getBasis(), lang),
				SourceRef.of(figure.getSource(), lang), figure.getProvenance().getPhrase(), figure.isShown(),
				figure.getProvenance().getReason(), figure.getCheckNote(), figure.getProvenance().getNote(),
				figure.getMethod() == Method.COMPUTED, alternatives);
	}

	public boolean disputed() {
		return !alternatives.isEmpty();
	}

}
