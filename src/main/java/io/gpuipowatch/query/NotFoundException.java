package io.gpuipowatch.query;

import java.util.Collection;
import java.util.List;

/**
 * A link to a company (or another page) that does not exist: answered 404 with a way
 * back.
 */
public class NotFoundException extends RuntimeException {

	private final String value;

	private final List<String> valid;

	public NotFoundException(String value, Collection<String> valid) {
		super("Not found: " + value);
		this.value = value;
		this.valid = List.copyOf(valid);
	}

	public String value() {
		return value;
	}

	public List<String> valid() {
		return valid;
	}

}
