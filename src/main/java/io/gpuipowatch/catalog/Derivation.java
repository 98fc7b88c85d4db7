package io.gpuipowatch.catalog;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How one metric follows from two others, written in metrics.csv as {@code gain:a:b} (a ÷
 * b − 1, in percent), {@code ratio:a:b} (a ÷ b, in percent) or {@code product:a:b} (a ×
 * b).
 */
public record Derivation(Operation operation, String first, String second) {

	public enum Operation {

		GAIN, RATIO, PRODUCT;

		BigDecimal apply(BigDecimal a, BigDecimal b) {
			return switch (this) {
				case GAIN -> a.divide(b, MathContext.DECIMAL64).subtract(BigDecimal.ONE).movePointRight(2);
				case RATIO -> a.divide(b, MathContext.DECIMAL64).movePointRight(2);
				case PRODUCT -> a.multiply(b);
			};
		}

	}

	public static Derivation parse(String text) {
		String[] parts = text.split(":");
		if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
			throw new IllegalArgumentException(
					"'" + text + "' is not a derivation (expected gain:a:b, ratio:a:b or product:a:b)");
		}
		Operation operation;
		try {
			operation = Operation.valueOf(parts[0].toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"'" + parts[0] + "' is not a derivation (expected gain, ratio or product)");
		}
		return new Derivation(operation, parts[1], parts[2]);
	}

	public BigDecimal apply(BigDecimal first, BigDecimal second) {
		return operation.apply(first, second);
	}

	@Override
	public String toString() {
		return operation.name().toLowerCase() + ":" + first + ":" + second;
	}

}
