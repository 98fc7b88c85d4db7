package io.gpuipowatch.race;

import java.util.Arrays;
import java.util.List;

import io.gpuipowatch.query.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * How the timeline lays the companies' steps out: on one calendar, or each company's
 * counted in days to its own listing day, so the lengths of the processes compare.
 */
enum Alignment {

	CALENDAR, LISTING;

	static final String PARAMETER = "align";

	String code() {
		return name().toLowerCase();
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(Alignment::code).toList();
	}

	/** The alignment a link asks for: on the calendar unless it says otherwise. */
	static Alignment of(@Nullable String code) {
		if (code == null) {
			return CALENDAR;
		}
		return Arrays.stream(values())
			.filter(a -> a.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new BadRequestException(PARAMETER, code, codes()));
	}

}
