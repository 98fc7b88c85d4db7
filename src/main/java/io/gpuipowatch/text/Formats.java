package io.gpuipowatch.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.MetricKind;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Unit;

/**
 * Figures, periods and dates as each language writes them: 亿/万 in Chinese ("约42亿元"), B/M
 * in English ("about CNY 4.2B"), always in the digits the source gave. Qualifiers are
 * never dropped.
 */
public final class Formats {

	private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter ZH_MONTH = DateTimeFormatter.ofPattern("y年M月", Locale.SIMPLIFIED_CHINESE);

	private static final String[] ZH_QUARTERS = { "", "一", "二", "三", "四" };

	private Formats() {
	}

	/**
	 * A figure's value with its qualifier and unit, in the digits its source gave: "over
	 * CNY 3.2B", "超32亿元", "HKD 19.60".
	 */
	public static String figure(Figure figure, Lang lang) {
		return figure(figure, lang, Magnitude.of(figure.getValue(), lang));
	}

	/**
	 * A figure in a row or column that writes all its values with one word (亿, 万; B, M).
	 */
	public static String figure(Figure figure, Lang lang, Magnitude magnitude) {
		return value(figure.getValue(), figure.getUnit(), figure.getQualifier(), figure.getMetric().getKind(), lang,
				magnitude);
	}

	public static String value(BigDecimal value, Unit unit, Qualifier qualifier, MetricKind kind, Lang lang) {
		return value(value, unit, qualifier, kind, lang, Magnitude.of(value, lang));
	}

	public static String value(BigDecimal value, Unit unit, Qualifier qualifier, MetricKind kind, Lang lang,
			Magnitude magnitude) {
		boolean large = kind == MetricKind.MONEY || kind == MetricKind.SHARES;
		String number = large ? scaled(value, magnitude.fits(lang) ? magnitude : Magnitude.of(value, lang), lang)
				: stated(value, lang);
		String text = lang == Lang.ZH ? zhUnit(number, unit) : enUnit(number, unit);
		String prefix = qualifier(qualifier, lang);
		return prefix.isEmpty() ? text : lang == Lang.ZH ? prefix + text : prefix + " " + text;
	}

	/**
	 * The exact value as data files and JSON write it: no trailing zeros the database
	 * added (114.28, not 114.280000) and no exponent (10000000000, not 1E+10).
	 */
	public static BigDecimal exact(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/**
	 * The qualifier as a word: "over", "nearly", "about"; 超, 近, 约; nothing when exact.
	 */
	public static String qualifier(Qualifier qualifier, Lang lang) {
		return switch (qualifier) {
			case EXACT -> "";
			case OVER -> lang.pick("over", "超");
			case NEARLY -> lang.pick("nearly", "近");
			case ABOUT -> lang.pick("about", "约");
		};
	}

	private static String enUnit(String number, Unit unit) {
		return switch (unit) {
			case CNY, HKD, USD -> unit.code() + " " + number;
			case PERCENT -> number + "%";
			case SHARES -> number + " shares";
			case YEARS -> number + " years";
			case TIMES -> number + "×";
			case COUNT -> number;
		};
	}

	private static String zhUnit(String number, Unit unit) {
		return switch (unit) {
			case CNY -> number + "元";
			case HKD -> number + "港元";
			case USD -> number + "美元";
			case PERCENT -> number + "%";
			case SHARES -> number + "股";
			case YEARS -> number + "年";
			case TIMES -> number + "倍";
			case COUNT -> number;
		};
	}

	/**
	 * A large number in a word's unit with every digit its source gave and none it did
	 * not: 79.996亿 for 799,960.00万, 0.46亿 (not 4,600万).
	 */
	static String scaled(BigDecimal value, Magnitude magnitude, Lang lang) {
		BigDecimal shown = value.movePointLeft(magnitude.power()).stripTrailingZeros();
		return digits(shown, Math.max(0, shown.scale()), lang) + magnitude.word(lang);
	}

	/** A number as its source wrote it: 19.60 stays 19.60, 502 stays 502. */
	private static String stated(BigDecimal value, Lang lang) {
		return digits(value, Math.max(0, value.scale()), lang);
	}

	private static String digits(BigDecimal value, int fractionDigits, Lang lang) {
		NumberFormat format = NumberFormat.getNumberInstance(lang.locale());
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		format.setRoundingMode(RoundingMode.UNNECESSARY);
		return format.format(value);
	}

	/** "5 Dec 2025"-style per language, to the precision the date is known. */
	public static String date(PartialDate date, Lang lang) {
		return switch (date.precision()) {
			case DAY ->
				DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang.locale()).format(date.start());
			case MONTH -> (lang == Lang.ZH ? ZH_MONTH : EN_MONTH).format(date.start());
			case YEAR -> lang == Lang.ZH ? date.year() + "年" : Integer.toString(date.year());
		};
	}

	/** "2022–2024", "H1 2025", "Jan–Sep 2025"; "2022–2024年", "2025年上半年", "2025年1–9月". */
	public static String period(Period period, Lang lang) {
		return switch (period.kind()) {
			case YEAR -> lang == Lang.ZH ? period.firstYear() + "年" : Integer.toString(period.firstYear());
			case PART_YEAR -> part(period.firstYear(), period.part(), lang);
			case SPAN ->
				period.part().isEmpty() ? period.firstYear() + "–" + period.lastYear() + (lang == Lang.ZH ? "年" : "")
						: lang == Lang.ZH ? period.firstYear() + "年至" + part(period.lastYear(), period.part(), lang)
								: period.firstYear() + " to " + part(period.lastYear(), period.part(), lang);
			case DATE -> date(period.date(), lang);
		};
	}

	private static String part(int year, String part, Lang lang) {
		int n = Integer.parseInt(part.substring(1));
		return switch (part.charAt(0)) {
			case 'Q' -> lang == Lang.ZH ? year + "年第" + ZH_QUARTERS[n] + "季度" : "Q" + n + " " + year;
			case 'H' -> lang == Lang.ZH ? year + "年" + (n == 1 ? "上半年" : "下半年") : "H" + n + " " + year;
			default -> lang == Lang.ZH ? year + "年1–" + n + "月"
					: "Jan–" + Month.of(n).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + year;
		};
	}

}
