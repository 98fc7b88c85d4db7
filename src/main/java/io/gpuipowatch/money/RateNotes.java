package io.gpuipowatch.money;

import java.math.MathContext;
import java.time.LocalDate;

import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import org.springframework.context.MessageSource;

/**
 * What a reader is told beside a converted figure: the rate, its date and its source, and
 * when the rate is not of the figure's own day, how far off it is; or why the figure
 * stays in its own currency.
 */
public final class RateNotes {

	private RateNotes() {
	}

	public static String of(Currencies.Converted converted, Lang lang, MessageSource messages) {
		Currencies.Rate rate = converted.rate();
		if (!converted.converted()) {
			return messages.getMessage("money.noRate", new Object[] { Currencies.MAX_DAYS_OFF }, lang.locale());
		}
		if (rate == null) {
			return "";
		}
		String sources = String.join(", ", rate.sources().stream().map(Source::getId).toList());
		String factor = rate.factor().round(new MathContext(5)).toPlainString();
		String date = Formats.date(day(rate.date()), lang);
		String key = rate.crossed() ? "money.rateCross" : rate.ofTheDay() ? "money.rate" : "money.rateOff";
		return messages.getMessage(key,
				new Object[] { factor, date, sources, rate.from().code(), rate.to().code(), rate.daysOff() },
				lang.locale());
	}

	private static PartialDate day(LocalDate date) {
		return PartialDate.parse(date.toString());
	}

}
