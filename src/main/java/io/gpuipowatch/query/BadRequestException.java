package io.gpuipowatch.query;

import java.util.Collection;
import java.util.List;

/**
 * A link asked for something that does not exist: answered 400, naming the value and the
 * valid ones.
 */
public class BadRequestException extends RuntimeException {

	private final String parameter;

	private final String value;

	private final List<String> valid;

	private final String reasonKey;

	public BadRequestException(String parameter, String value, Collection<String> valid) {
		this(parameter, value, valid, "error.badValue");
	}

	/**
	 * With a message key for a reason other than an unknown value, such as too many
	 * companies.
	 */
	public BadRequestException(String parameter, String value, Collection<String> valid, String reasonKey) {
		super("Bad value for " + parameter + ": " + value);
		this.parameter = parameter;
		this.value = value;
		this.valid = List.copyOf(valid);
		this.reasonKey = reasonKey;
	}

	public String parameter() {
		return parameter;
	}

	public String value() {
		return value;
	}

	public List<String> valid() {
		return valid;
	}

	public String reasonKey() {
		return reasonKey;
	}

}
