package io.gpuipowatch.catalog;

/**
 * The steps of a listing, in the order they happen, plus rule changes that shape the
 * market.
 */
public enum EventKind {

	TUTORING_FILED, TUTORING_RESTARTED, APPLICATION_ACCEPTED, ENQUIRY, HEARING_PASSED, LISTED, RULE_CHANGE;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static EventKind fromCode(String code) {
		return valueOf(code.toUpperCase().replace('-', '_'));
	}

}
