package io.gpuipowatch.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.figure.Lens;
import io.gpuipowatch.figure.Missing;
import io.gpuipowatch.figure.SourceRef;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.money.RateNotes;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a chart's plan (labels along the axis, datasets of slots) into what the page
 * shows: each slot's figure or the reason it has none, the marks a bar needs to be read
 * right (a lower bound, a dispute), the bases the figures are stated on, the sources and
 * the accessible table.
 */
final class ChartAssembly {

	/** What one bar stands for: a company's measure over a period (none at listing). */
	record Slot(Company company, ChartSpec.Measure measure, @Nullable Period period) {

		String key() {
			return company.getSlug() + "/" + measure.metric() + "/" + (period == null ? "" : period.key());
		}

	}

	/** A dataset: its label and, per label along the axis, a slot and its colour. */
	record Dataset(String label, List<Slot> slots, List<String> colours) {
	}

	private final Catalog catalog;

	private final MessageSource messages;

	private final JsonMapper json;

	ChartAssembly(Catalog catalog, MessageSource messages, JsonMapper json) {
		this.catalog = catalog;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * The chart as the page shows it. The basis of every figure is said: on the axis
	 * under each label when the labels' bases differ, otherwise once in the notes, so a
	 * filter that leaves one company does not lose it.
	 */
	ChartView view(String id, String title, String caption, List<Company> companies, List<String> labels,
			List<Dataset> datasets, String unit, List<String> notes, Lens lens, Exchange exchange, Lang lang) {
		Set<SourceRef> sources = new LinkedHashSet<>();
		Map<String, String> basisByLabel = new LinkedHashMap<>();
		List<ChartData.Series> series = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		labels.forEach(l -> rows.add(new ArrayList<>(List.of(l))));
		boolean lowerBound = false;
		boolean disputed = false;
		boolean converted = false;
		for (Dataset dataset : datasets) {
			List<@Nullable Double> values = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			List<@Nullable String> figures = new ArrayList<>();
			List<@Nullable String> marks = new ArrayList<>();
			for (int i = 0; i < labels.size(); i++) {
				Slot slot = dataset.slots().get(i);
				Optional<Figure> figure = DataPeriods.figure(catalog, slot.company(), slot.measure(), slot.period(),
						lens);
				if (figure.isPresent()) {
					Figure f = figure.get();
					String text = Formats.figure(f, lang);
					// Converted only on the axis of the currency asked for: a company
					// whose
					// figures do not all convert is charted as listed
					Optional<Currencies.Converted> inTarget = unit.equals(exchange.code())
							? exchange.convert(f).filter(Currencies.Converted::converted) : Optional.empty();
					String row = text + " [" + f.getSource().getId() + "]";
					if (inTarget.isPresent()) {
						// Drawn at the converted value, the figure as listed and its rate
						// beside it
						Currencies.Converted c = inTarget.get();
						String shown = Exchange.text(c, f, lang);
						values.add(c.value().doubleValue());
						texts.add(shown + " (" + text + ")");
						row = shown + " = " + row + " " + RateNotes.of(c, lang, messages);
						c.rate().sources().forEach(s -> sources.add(SourceRef.of(s, lang)));
						converted = true;
					}
					else {
						values.add(f.getValue().doubleValue());
						texts.add(text);
					}
					figures.add(f.getId());
					String mark = mark(f);
					marks.add(mark);
					lowerBound |= "lower-bound".equals(mark);
					disputed |= "disputed".equals(mark);
					rows.get(i).add(row);
					sources.add(SourceRef.of(f.getSource(), lang));
					if (f.getBasis() != null) {
						basisByLabel.merge(labels.get(i), Names.basis(f.getBasis(), lang),
								(a, b) -> a.equals(b) ? a : a + "; " + b);
					}
				}
				else {
					String missing = missing(slot, lang);
					values.add(null);
					texts.add(missing);
					figures.add(null);
					marks.add(null);
					rows.get(i).add(missing);
				}
			}
			series.add(new ChartData.Series(dataset.label(), dataset.colours(), values, texts, figures,
					dataset.slots().stream().map(Slot::key).toList(), marks));
		}
		boolean basesDiffer = new LinkedHashSet<>(basisByLabel.values()).size() > 1;
		List<List<String>> axisLabels = labels.stream()
			.map(l -> basesDiffer && basisByLabel.containsKey(l) ? List.of(l, basisByLabel.get(l)) : List.of(l))
			.toList();
		List<String> allNotes = new ArrayList<>(notes);
		if (basesDiffer) {
			allNotes.add(text("chart.note.bases", lang) + " "
					+ basisByLabel.entrySet()
						.stream()
						.map(e -> e.getKey() + ": " + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		else if (!basisByLabel.isEmpty()) {
			allNotes.add(text("chart.note.basis", lang) + " " + basisByLabel.values().iterator().next());
		}
		if (converted) {
			allNotes.add(messages.getMessage("chart.note.converted", new Object[] { unit, Currencies.MAX_DAYS_OFF },
					lang.locale()));
		}
		if (lowerBound) {
			allNotes.add(text("chart.note.lowerBound", lang));
		}
		if (disputed) {
			allNotes.add(text("chart.note.disputed", lang));
		}
		String chartJson = json.writeValueAsString(new ChartData(lang.code(), axisLabels, series, unit));
		String downloadName = id + companies.stream().map(c -> "_" + c.getSlug()).collect(Collectors.joining())
				+ (converted ? "_" + unit.toLowerCase(Locale.ROOT) : "");
		return new ChartView(id, title, caption, allNotes, List.copyOf(sources), chartJson,
				series.stream().map(ChartData.Series::label).toList(), rows, downloadName,
				companies.stream().map(Company::getSlug).toList(), exchange.code());
	}

	/**
	 * How a bar must be read besides its length: a lower bound is drawn hatched, a
	 * disputed figure outlined.
	 */
	private @Nullable String mark(Figure figure) {
		if (figure.getQualifier() == Qualifier.OVER) {
			return "lower-bound";
		}
		boolean disputed = figure.getProvenance().getDifference() == Difference.DISAGREE || catalog.variants(figure)
			.stream()
			.anyMatch(v -> v.getProvenance().getDifference() == Difference.DISAGREE);
		return disputed ? "disputed" : null;
	}

	/** Why a company has no figure for a slot, in words. */
	private String missing(Slot slot, Lang lang) {
		Metric metric = catalog.metric(slot.measure().metric()).orElseThrow();
		Missing missing = Missing.of(catalog, slot.company(), metric, slot.period(), lang);
		return messages.getMessage(missing.labelKey(), new Object[] { missing.venues() }, lang.locale());
	}

	private String text(String key, Lang lang) {
		return messages.getMessage(key, null, lang.locale());
	}

}
