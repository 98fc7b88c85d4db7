package io.gpuipowatch.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.ExchangeRate;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.query.BadRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Converts money between CNY, HKD and USD at the rates of {@code data/rates.csv} (CNY per
 * unit, PBOC central parity). A figure is converted at the rate of its own date or the
 * nearest published one at most {@value #MAX_DAYS_OFF} days away; beyond that it stays
 * unconverted, with the reason, rather than be converted at a rate of another month.
 */
@Component
public class Currencies {

	/** The furthest a rate's date may be from the figure's. */
	public static final int MAX_DAYS_OFF = 10;

	/** The values of the {@code currency} parameter. */
	public static final List<String> CODES = List.of("CNY", "HKD", "USD");

	private final Catalog catalog;

	private final MessageSource messages;

	Currencies(Catalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	/** Money in the currency a link asks for ("as listed" when it asks for none). */
	public Exchange exchange(@Nullable String code) {
		return new Exchange(this, parse(code), messages);
	}

	/** Money as listed: nothing converted. */
	public Exchange asListed() {
		return new Exchange(this, Optional.empty(), messages);
	}

	/**
	 * The rate a conversion used: its factor (units of the target per unit of the
	 * source), the date of its fixing (of the further one, for a rate crossed through the
	 * yuan), how far that is from the figure's, and the fixings' sources.
	 */
	public record Rate(Unit from, Unit to, BigDecimal factor, LocalDate date, long daysOff, List<Source> sources) {

		public boolean ofTheDay() {
			return daysOff == 0;
		}

		/** From one foreign currency to another, through two fixings against the yuan. */
		public boolean crossed() {
			return from != Unit.CNY && to != Unit.CNY;
		}

	}

	/**
	 * A value in the currency asked for, with its rate (none where nothing needed
	 * converting); or, with no value, the reason it could not be converted.
	 */
	public record Converted(@Nullable BigDecimal value, @Nullable Unit currency, @Nullable Rate rate,
			@Nullable String reason) {

		public boolean converted() {
			return reason == null;
		}

	}

	/**
	 * The currency a link asks for; none for "as listed"; an unknown one is a bad
	 * request.
	 */
	public static Optional<Unit> parse(@Nullable String code) {
		if (code == null || code.isEmpty()) {
			return Optional.empty();
		}
		if (!CODES.contains(code)) {
			throw new BadRequestException("currency", code, CODES);
		}
		return Unit.fromCode(code);
	}

	/**
	 * The value in the target currency, at the rate nearest its date; unchanged (with the
	 * reason) when there is none close enough.
	 */
	public Converted convert(BigDecimal value, Unit from, LocalDate date, Unit to) {
		if (from == to || !from.isCurrency()) {
			return new Converted(value, from, null, null);
		}
		Optional<ExchangeRate> fromRate = from == Unit.CNY ? Optional.empty() : nearest(from, date);
		Optional<ExchangeRate> toRate = to == Unit.CNY ? Optional.empty() : nearest(to, date);
		if ((from != Unit.CNY && fromRate.isEmpty()) || (to != Unit.CNY && toRate.isEmpty())) {
			return new Converted(null, null, null, "no-rate");
		}
		BigDecimal cnyPerFrom = fromRate.map(ExchangeRate::getCnyPerUnit).orElse(BigDecimal.ONE);
		BigDecimal cnyPerTo = toRate.map(ExchangeRate::getCnyPerUnit).orElse(BigDecimal.ONE);
		BigDecimal factor = cnyPerFrom.divide(cnyPerTo, MathContext.DECIMAL64);
		List<ExchangeRate> used = new ArrayList<>();
		fromRate.ifPresent(used::add);
		toRate.ifPresent(used::add);
		ExchangeRate furthest = used.stream()
			.max(Comparator.comparingLong(r -> daysBetween(r.getDate().start(), date)))
			.orElseThrow();
		Rate rate = new Rate(from, to, factor, furthest.getDate().start(),
				daysBetween(furthest.getDate().start(), date),
				used.stream().map(ExchangeRate::getSource).distinct().toList());
		return new Converted(value.multiply(factor, MathContext.DECIMAL64), to, rate, null);
	}

	/**
	 * A figure's money in the target currency, at the rate of the figure's date: its day,
	 * or the last day of the period it covers (so a year's revenue is at the year-end
	 * rate, a half-year's at the end of June, and stays unconverted where the data has
	 * none near it).
	 */
	public Converted convert(Figure figure, Unit to) {
		return convert(figure.getValue(), figure.getUnit(), dateOf(figure.getPeriod()), to);
	}

	/** The day a figure is of: its own day, or the last day of its period. */
	public static LocalDate dateOf(Period period) {
		return period.lastDay();
	}

	/**
	 * The fixing of a currency nearest a date, the earlier of two as near; none beyond
	 * the limit.
	 */
	Optional<ExchangeRate> nearest(Unit currency, LocalDate date) {
		return catalog.rates()
			.stream()
			.filter(r -> r.getCurrency() == currency)
			.filter(r -> daysBetween(r.getDate().start(), date) <= MAX_DAYS_OFF)
			.min(Comparator.comparingLong((ExchangeRate r) -> daysBetween(r.getDate().start(), date))
				.thenComparing(r -> r.getDate().start()));
	}

	private static long daysBetween(LocalDate a, LocalDate b) {
		return Math.abs(ChronoUnit.DAYS.between(a, b));
	}

}
