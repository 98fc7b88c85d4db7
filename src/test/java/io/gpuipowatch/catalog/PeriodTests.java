package io.gpuipowatch.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	@Test
	void parsesAYear() {
		Period period = Period.parse("2024");
		assertThat(period.kind()).isEqualTo(Period.Kind.YEAR);
		assertThat(period.key()).isEqualTo("2024");
		assertThat(period.firstYear()).isEqualTo(2024);
		assertThat(period.lastYear()).isEqualTo(2024);
		assertThat(period.annualParts()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2025H1, H1", "2025H2, H2", "2025Q1, Q1", "2025Q4, Q4", "2025M1, M1", "2025M9, M9", "2025M12, M12" })
	void parsesPartOfAYear(String key, String part) {
		Period period = Period.parse(key);
		assertThat(period.kind()).isEqualTo(Period.Kind.PART_YEAR);
		assertThat(period.firstYear()).isEqualTo(2025);
		assertThat(period.lastYear()).isEqualTo(2025);
		assertThat(period.part()).isEqualTo(part);
		assertThat(period.annualParts()).isEmpty();
	}

	@Test
	void parsesASpanOfWholeYears() {
		Period period = Period.parse("2022-2024");
		assertThat(period.kind()).isEqualTo(Period.Kind.SPAN);
		assertThat(period.firstYear()).isEqualTo(2022);
		assertThat(period.lastYear()).isEqualTo(2024);
		assertThat(period.part()).isEmpty();
		assertThat(period.annualParts()).containsExactly("2022", "2023", "2024");
	}

	@Test
	void parsesASpanEndingInPartOfAYear() {
		Period period = Period.parse("2022-2025H1");
		assertThat(period.kind()).isEqualTo(Period.Kind.SPAN);
		assertThat(period.firstYear()).isEqualTo(2022);
		assertThat(period.lastYear()).isEqualTo(2025);
		assertThat(period.part()).isEqualTo("H1");
		assertThat(period.annualParts()).as("a span ending in part of a year has no whole-year parts").isEmpty();
		assertThat(Period.parse("2022-2025M9").annualParts()).isEmpty();
	}

	@Test
	void parsesATwoYearSpan() {
		assertThat(Period.parse("2023-2024").annualParts()).containsExactly("2023", "2024");
	}

	@Test
	void parsesADay() {
		Period period = Period.parse("2025-12-05");
		assertThat(period.kind()).isEqualTo(Period.Kind.DATE);
		assertThat(period.date()).isEqualTo(PartialDate.parse("2025-12-05"));
		assertThat(period.firstYear()).isEqualTo(2025);
		assertThat(period.annualParts()).isEmpty();
	}

	@Test
	void parsesAMonth() {
		Period period = Period.parse("2025-12");
		assertThat(period.kind()).isEqualTo(Period.Kind.DATE);
		assertThat(period.date()).isEqualTo(PartialDate.parse("2025-12"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-2022", "2024-2024", "2025-2024H1" })
	void rejectsSpansThatDoNotRunForwards(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(key))
			.withMessage("'" + key + "' is a span that does not run forwards");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-30", "2025-13", "2025-12-00", "2022-24" })
	void rejectsImpossibleDates(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(key))
			.withMessage("'" + key + "' is an impossible date");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "FY2024", "2025h1", "2025H3", "2025Q0", "2025Q5", "2025M0", "2025M13", "2025M09",
			"2022 - 2024", "2022-2024H3", "2025/12/05" })
	void rejectsOtherForms(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(key))
			.withMessage("'" + key + "' is not a period (expected 2024, 2025H1, 2025Q1, 2025M9, 2022-2024, "
					+ "2022-2025H1 or a date 2025-12-05)");
	}

}
