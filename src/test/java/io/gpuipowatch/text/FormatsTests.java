package io.gpuipowatch.text;

import java.math.BigDecimal;
import java.util.List;

import io.gpuipowatch.catalog.MetricKind;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures in the digits their sources gave, in each language's words for large numbers.
 */
class FormatsTests {

	private static String money(String value, Lang lang) {
		return Formats.value(new BigDecimal(value), Unit.CNY, Qualifier.EXACT, MetricKind.MONEY, lang);
	}

	@Test
	void keepsEveryDigitTheSourceGaveAndAddsNone() {
		// 799,960.00万元 (S5): not "80亿元"
		assertThat(money("799960.00E4", Lang.ZH)).isEqualTo("79.996亿元");
		assertThat(money("799960.00E4", Lang.EN)).isEqualTo("CNY 7.9996B");
		// 0.46亿 is stated to the million: not "4600万元"
		assertThat(money("0.46E8", Lang.ZH)).isEqualTo("0.46亿元");
		assertThat(money("0.46E8", Lang.EN)).isEqualTo("CNY 46M");
		assertThat(money("42.64E4", Lang.ZH)).isEqualTo("42.64万元");
		assertThat(Formats.value(new BigDecimal("400100000"), Unit.SHARES, Qualifier.EXACT, MetricKind.SHARES, Lang.ZH))
			.isEqualTo("4.001亿股");
	}

	@Test
	void writesPricesAndPercentagesAsStated() {
		assertThat(Formats.value(new BigDecimal("19.60"), Unit.HKD, Qualifier.EXACT, MetricKind.PRICE, Lang.EN))
			.isEqualTo("HKD 19.60");
		assertThat(Formats.value(new BigDecimal("700"), Unit.CNY, Qualifier.EXACT, MetricKind.PRICE, Lang.ZH))
			.isEqualTo("700元");
		assertThat(Formats.value(new BigDecimal("502"), Unit.PERCENT, Qualifier.OVER, MetricKind.PERCENT, Lang.ZH))
			.isEqualTo("超502%");
		assertThat(Formats.value(new BigDecimal("42E8"), Unit.CNY, Qualifier.ABOUT, MetricKind.MONEY, Lang.EN))
			.isEqualTo("about CNY 4.2B");
	}

	@Test
	void aRowOfValuesSharesOneWord() {
		// Enflame 0.9亿, Biren 42.64万, Moore Threads 0.46亿: all in 亿, as 0.46亿 needs
		List<BigDecimal> revenue2022 = List.of(new BigDecimal("0.901038E8"), new BigDecimal("42.64E4"),
				new BigDecimal("0.46E8"));
		Magnitude zh = Magnitude.of(revenue2022, Lang.ZH);
		assertThat(revenue2022.stream()
			.map(v -> Formats.value(v, Unit.CNY, Qualifier.EXACT, MetricKind.MONEY, Lang.ZH, zh))
			.toList()).containsExactly("0.901038亿元", "0.004264亿元", "0.46亿元");
		Magnitude en = Magnitude.of(revenue2022, Lang.EN);
		assertThat(revenue2022.stream()
			.map(v -> Formats.value(v, Unit.CNY, Qualifier.EXACT, MetricKind.MONEY, Lang.EN, en))
			.toList()).containsExactly("CNY 90.1038M", "CNY 0.4264M", "CNY 46M");
	}

}
