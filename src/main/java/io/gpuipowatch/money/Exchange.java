package io.gpuipowatch.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The currency a reader asked a page or an answer to show money in, and how figures get
 * there: each at the rate of its own date. "As listed" (no target) changes nothing.
 */
public final class Exchange {

	private final Currencies currencies;

	private final Optional<Unit> target;

	private final MessageSource messages;

	Exchange(Currencies currencies, Optional<Unit> target, MessageSource messages) {
		this.currencies = currencies;
		this.target = target;
		this.messages = messages;
	}

	/**
	 * A figure as a page writes it beside the figure as listed: the converted value, or
	 * none when it stays as listed; and the rate, its date and its source, or why it
	 * could not be converted.
	 */
	public record Shown(@Nullable String text, String note) {

		public boolean converted() {
			return text != null;
		}

	}

	public Optional<Unit> target() {
		return target;
	}

	/** The code of the currency asked for; null for "as listed". */
	public @Nullable String code() {
		return target.map(Unit::code).orElse(null);
	}

	/**
	 * A figure in the target currency; none where it is no money or needs no change.
	 */
	public Optional<Currencies.Converted> convert(Figure figure) {
		if (target.isEmpty() || !figure.getUnit().isCurrency() || figure.getUnit() == target.get()) {
			return Optional.empty();
		}
		return Optional.of(currencies.convert(figure, target.get()));
	}

	/**
	 * The value to set against the others: as listed, or in the target currency; none
	 * where it does not convert.
	 */
	public @Nullable BigDecimal comparable(Figure figure) {
		Optional<Currencies.Converted> converted = convert(figure);
		if (converted.isEmpty()) {
			return figure.getValue();
		}
		return converted.get().converted() ? converted.get().value() : null;
	}

	/**
	 * The unit a figure is set against the others in: the target's, where it converts.
	 */
	public Unit comparableUnit(Figure figure) {
		return convert(figure).filter(Currencies.Converted::converted)
			.map(Currencies.Converted::currency)
			.orElse(figure.getUnit());
	}

	/** What a page writes beside a figure it converts; none where nothing changes. */
	public Optional<Shown> shown(Figure figure, Lang lang) {
		return convert(figure)
			.map(c -> new Shown(c.converted() ? text(c, figure, lang) : null, RateNotes.of(c, lang, messages)));
	}

	/**
	 * A converted value as pages write it: four digits, "about" where the figure was
	 * exact (the rate rounds whatever its own precision was), and its own qualifier where
	 * it had one: a lower bound stays one.
	 */
	public static String text(Currencies.Converted converted, Figure figure, Lang lang) {
		Qualifier qualifier = figure.getQualifier() == Qualifier.EXACT ? Qualifier.ABOUT : figure.getQualifier();
		return Formats.value(Objects.requireNonNull(converted.value()).round(new MathContext(4)),
				Objects.requireNonNull(converted.currency()), qualifier, figure.getMetric().getKind(), lang);
	}

}
