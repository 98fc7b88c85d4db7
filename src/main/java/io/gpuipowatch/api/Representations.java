package io.gpuipowatch.api;

import java.util.List;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Provenance;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.figure.Missing;
import io.gpuipowatch.query.Comparison;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the catalog's entities into the API's answers, with labels in one language. */
@Component
class Representations {

	private final Catalog catalog;

	private final MessageSource messages;

	private final Currencies currencies;

	Representations(Catalog catalog, MessageSource messages, Currencies currencies) {
		this.catalog = catalog;
		this.messages = messages;
		this.currencies = currencies;
	}

	/** Money in the currency a link asks for; an unknown one is a bad request. */
	Exchange exchange(@Nullable String currency) {
		return currencies.exchange(currency);
	}

	/**
	 * A figure's money in the currency asked for; none where nothing needs converting.
	 */
	private static ApiModel.@Nullable Converted converted(Figure figure, Exchange exchange) {
		Optional<Currencies.Converted> converted = exchange.convert(figure);
		if (converted.isEmpty()) {
			return null;
		}
		Currencies.Converted c = converted.get();
		Currencies.Rate rate = c.rate();
		return new ApiModel.Converted(c.value() == null ? null : c.value().stripTrailingZeros(),
				c.currency() == null ? null : c.currency().code(), rate == null ? null : rate.factor(),
				rate == null ? null : rate.date().toString(),
				rate == null ? List.of() : rate.sources().stream().map(s -> s.getId()).toList(), c.reason());
	}

	<T> ApiModel.Answer<T> answer(T data, Lang lang) {
		return new ApiModel.Answer<>(
				new ApiModel.Dataset(catalog.info().getVersion(), catalog.info().getAsOf().toString()), lang.code(),
				data);
	}

	ApiModel.Company company(Company company, Lang lang) {
		String slug = company.getSlug();
		String listingDate = catalog.events(company)
			.stream()
			.filter(e -> e.isShown() && e.getKind() == EventKind.LISTED
					&& e.getVenue().getCode().equals(company.getVenue().getCode()))
			.map(e -> e.getDate().toString())
			.findFirst()
			.orElse(null);
		return new ApiModel.Company(slug, Names.company(company, lang), company.getNameEn(), company.getNameZh(),
				new ApiModel.Coded(company.getGroup().getCode(), LocalText.plain(company.getGroup().getName(), lang)),
				venue(company.getVenue(), lang),
				company.getAppliedVenue() == null ? null : venue(company.getAppliedVenue(), lang),
				company.getStockCode(),
				new ApiModel.Coded(company.getStatus().code(), text("status." + company.getStatus().code(), lang)),
				listingDate, lang.pick(company.getCityEn(), company.getCityZh()), company.getFounded().toString(),
				lang.pick(company.getProductsEn(), company.getProductsZh()),
				company.getSources().stream().map(Source::getId).toList(),
				new ApiModel.CompanyLinks("/companies/" + slug + "?lang=" + lang.code(),
						"/api/v1/companies/" + slug + "/events?lang=" + lang.code(),
						"/api/v1/figures?company=" + slug + "&lang=" + lang.code(),
						"/figures.csv?company=" + slug + "&lang=" + lang.code()));
	}

	ApiModel.Event event(ListingEvent event, Lang lang) {
		return new ApiModel.Event(event.getId(), event.getCompany() == null ? null : event.getCompany().getSlug(),
				event.getDate().toString(),
				new ApiModel.Coded(event.getKind().code(), text("event." + event.getKind().code(), lang)),
				venue(event.getVenue(), lang), standing(event.getProvenance(), lang), event.getProvenance().getPhrase(),
				LocalText.plain(event.getProvenance().getNote(), lang), source(event.getSource(), lang));
	}

	ApiModel.Figure figure(Figure figure, Exchange exchange, Lang lang) {
		return new ApiModel.Figure(figure.getId(), figure.getCompany() == null ? null : figure.getCompany().getSlug(),
				new ApiModel.Coded(figure.getMetric().getCode(), Names.metric(figure.getMetric(), lang)),
				period(figure.getPeriod(), lang), Formats.exact(figure.getValue()), figure.getUnit().code(),
				figure.getUnit().isCurrency() ? figure.getUnit().code() : null, figure.getQualifier().code(),
				Formats.figure(figure, lang),
				figure.getBasis() == null ? null
						: new ApiModel.Coded(figure.getBasis().getCode(), Names.basis(figure.getBasis(), lang)),
				figure.getMethod().code(), figure.getInputs().stream().map(Figure::getId).toList(),
				standing(figure.getProvenance(), lang), figure.getProvenance().getPhrase(),
				LocalText.plain(figure.getProvenance().getNote(), lang), LocalText.plain(figure.getCheckNote(), lang),
				source(figure.getSource(), lang), converted(figure, exchange));
	}

	/** How a report stands among those of the same thing. */
	private ApiModel.Standing standing(Provenance provenance, Lang lang) {
		Difference difference = provenance.getDifference();
		return new ApiModel.Standing(provenance.isShown(), provenance.getVariants(),
				difference == null ? null
						: new ApiModel.Coded(difference.code(), text("difference." + difference.code(), lang)),
				LocalText.plain(provenance.getReason(), lang));
	}

	ApiModel.Comparison comparison(Comparison comparison, Exchange exchange, Lang lang) {
		List<Comparison.Column> columns = comparison.tableOrder();
		List<ApiModel.Row> rows = comparison.chosen()
			.stream()
			.map(company -> new ApiModel.Row(company.getSlug(),
					columns.stream()
						.map(column -> column.figure(catalog, company)
							.map(f -> new ApiModel.Cell(column.key(), figure(f, exchange, lang), null))
							.orElseGet(() -> {
								Missing missing = Missing.of(catalog, company, column.metric(),
										column.period() == null ? null : Period.parse(column.period()), lang);
								return new ApiModel.Cell(column.key(), null, new ApiModel.Coded(missing.code(), messages
									.getMessage(missing.labelKey(), new Object[] { missing.venues() }, lang.locale())));
							}))
						.toList()))
			.toList();
		return new ApiModel.Comparison(comparison.chosen().stream().map(c -> company(c, lang)).toList(),
				columns.stream()
					.map(c -> new ApiModel.Column(c.key(),
							new ApiModel.Coded(c.metric().getCode(), Names.metric(c.metric(), lang)),
							c.period() == null ? null : period(Period.parse(c.period()), lang)))
					.toList(),
				rows);
	}

	static ApiModel.Source source(Source source, Lang lang) {
		return new ApiModel.Source(source.getId(), LocalText.plain(source.getTitle(), lang),
				LocalText.plain(source.getPublisher(), lang),
				source.getPublished() == null ? null : source.getPublished().toString(), source.getUrl(),
				source.getLocator().isEmpty() ? null : LocalText.plain(source.getLocator(), lang),
				source.getLanguage());
	}

	private static ApiModel.Period period(Period period, Lang lang) {
		return new ApiModel.Period(period.key(), Formats.period(period, lang));
	}

	private static ApiModel.Coded venue(Venue venue, Lang lang) {
		return new ApiModel.Coded(venue.getCode(), Names.venue(venue, lang));
	}

	private String text(String key, Lang lang) {
		return messages.getMessage(key, null, lang.locale());
	}

}
