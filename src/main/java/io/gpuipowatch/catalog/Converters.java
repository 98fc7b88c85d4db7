package io.gpuipowatch.catalog;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * How the domain's value types are stored: as the text the data files write them in
 * ({@code 2025-12}, {@code 2022-2024}, {@code CNY}, {@code gain:a:b},
 * {@code hearing-passed}), parsed once when the dataset is read back rather than in every
 * getter.
 */
final class Converters {

	private Converters() {
	}

	@Converter(autoApply = true)
	static final class PartialDateConverter implements AttributeConverter<PartialDate, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable PartialDate date) {
			return date == null ? null : date.toString();
		}

		@Override
		public @Nullable PartialDate convertToEntityAttribute(@Nullable String text) {
			return text == null ? null : PartialDate.parse(text);
		}

	}

	@Converter(autoApply = true)
	static final class PeriodConverter implements AttributeConverter<Period, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable Period period) {
			return period == null ? null : period.key();
		}

		@Override
		public @Nullable Period convertToEntityAttribute(@Nullable String key) {
			return key == null ? null : Period.parse(key);
		}

	}

	@Converter(autoApply = true)
	static final class UnitConverter implements AttributeConverter<Unit, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable Unit unit) {
			return unit == null ? null : unit.code();
		}

		@Override
		public @Nullable Unit convertToEntityAttribute(@Nullable String code) {
			return code == null ? null : Unit.fromCode(code).orElseThrow();
		}

	}

	@Converter(autoApply = true)
	static final class DerivationConverter implements AttributeConverter<Derivation, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable Derivation derivation) {
			return derivation == null ? null : derivation.toString();
		}

		@Override
		public @Nullable Derivation convertToEntityAttribute(@Nullable String text) {
			return text == null ? null : Derivation.parse(text);
		}

	}

	@Converter(autoApply = true)
	static final class EventKindConverter implements AttributeConverter<EventKind, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable EventKind kind) {
			return kind == null ? null : kind.code();
		}

		@Override
		public @Nullable EventKind convertToEntityAttribute(@Nullable String code) {
			return code == null ? null : EventKind.fromCode(code);
		}

	}

	/** A list of kinds of step, as venues.csv writes it: space-separated codes. */
	@Converter
	static final class EventKindsConverter implements AttributeConverter<List<EventKind>, String> {

		@Override
		public String convertToDatabaseColumn(@Nullable List<EventKind> kinds) {
			return kinds == null ? "" : String.join(" ", kinds.stream().map(EventKind::code).toList());
		}

		@Override
		public List<EventKind> convertToEntityAttribute(@Nullable String codes) {
			return codes == null || codes.isBlank() ? List.of()
					: Arrays.stream(codes.split(" ")).map(EventKind::fromCode).toList();
		}

	}

}
