package io.gpuipowatch.catalog;

/**
 * The steps of a listing, in the order they happen, plus rule changes that shape the
 * market.
 */
public enum EventKind {

	TUTORING_FILED, TUTORING_RESTARTED, BOARD_APPROVED, SHAREHOLDERS_APPROVED, APPLICATION_ACCEPTED, ENQUIRY,
	LISTING_COMMITTEE_APPROVED, REGISTRATION_APPROVED, CSRC_FILING_NOTICE, HEARING_PASSED, OFFER_LAUNCHED, BOOKBUILDING,
	SUBSCRIPTION, PAYMENT, PRICED, LISTED, RULE_CHANGE;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

	public static EventKind fromCode(String code) {
		return valueOf(code.toUpperCase().replace('-', '_'));
	}

}
