package io.gpuipowatch.catalog;

/** Whether a source reported a figure or we computed it from reported ones. */
public enum Method {

	REPORTED, COMPUTED;

	public String code() {
		return name().toLowerCase();
	}

}
