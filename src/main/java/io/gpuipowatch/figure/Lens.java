package io.gpuipowatch.figure;

import java.util.Objects;
import java.util.Optional;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import org.jspecify.annotations.Nullable;

/**
 * Which of the reports of a figure a view shows: the one shown by default, or the one on
 * a basis the reader chose (Enflame's 扣非 loss rather than its 归母 one), where there is one
 * on that basis.
 */
public record Lens(@Nullable Basis basis) {

	public static final Lens SHOWN = new Lens(null);

	/**
	 * A company's figure for a metric over a period (at listing, when the period is
	 * null), as this lens sees it.
	 */
	public Optional<Figure> figure(Catalog catalog, Company company, String metric, @Nullable Period period) {
		Optional<Figure> shown = period == null ? catalog.shownLatest(company, metric)
				: catalog.shown(company, metric, period.key());
		if (basis == null || shown.isEmpty() || Objects.equals(shown.get().getBasis(), basis)) {
			return shown;
		}
		Figure figure = shown.get();
		return catalog.variants(figure)
			.stream()
			.filter(v -> basis.equals(v.getBasis()) && v.getPeriod().equals(figure.getPeriod()))
			.findFirst()
			.or(() -> shown);
	}

}
