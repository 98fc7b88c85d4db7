package io.gpuipowatch.catalog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTests {

	@Test
	void parsesAYear() {
		PartialDate date = PartialDate.parse("2019");
		assertThat(date).isEqualTo(new PartialDate(2019, 0, 0));
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.YEAR);
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 1, 1));
		assertThat(date).hasToString("2019");
	}

	@Test
	void parsesAMonth() {
		PartialDate date = PartialDate.parse("2019-09");
		assertThat(date).isEqualTo(new PartialDate(2019, 9, 0));
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.MONTH);
		assertThat(date.start()).isEqualTo(LocalDate.of(2019, 9, 1));
		assertThat(date).hasToString("2019-09");
	}

	@Test
	void parsesADay() {
		PartialDate date = PartialDate.parse("2020-09-14");
		assertThat(date).isEqualTo(new PartialDate(2020, 9, 14));
		assertThat(date.precision()).isEqualTo(PartialDate.Precision.DAY);
		assertThat(date.start()).isEqualTo(LocalDate.of(2020, 9, 14));
		assertThat(date).hasToString("2020-09-14");
	}

	@Test
	void acceptsTheLeapDay() {
		assertThat(PartialDate.parse("2024-02-29").start()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-30", "2025-02-29", "2025-04-31", "2025-13", "2025-13-01", "2025-00", "2025-12-00",
			"2025-00-00", "2025-00-15" })
	void rejectsImpossibleDates(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text))
			.withMessage("'" + text + "' is an impossible date");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "25", "2025/12/05", "2025-1-5", "2025-12-5", "12-05-2025", "2025-12-05T10:00", " 2025" })
	void rejectsOtherForms(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text))
			.withMessage("'" + text + "' is not a date (expected yyyy, yyyy-MM or yyyy-MM-dd)");
	}

	@Test
	void ordersLessPreciseDatesFirst() {
		assertThat(PartialDate.parse("2025")).isLessThan(PartialDate.parse("2025-01"));
		assertThat(PartialDate.parse("2025-12")).isLessThan(PartialDate.parse("2025-12-01"));
		assertThat(PartialDate.parse("2025-12-31")).isLessThan(PartialDate.parse("2026"));
		assertThat(PartialDate.parse("2025-11-01")).isLessThan(PartialDate.parse("2025-12"));
	}

}
