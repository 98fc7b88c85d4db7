package io.gpuipowatch.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Which dataset is loaded: a hash of the files' content and the newest source date. */
@Entity
public class DatasetInfo {

	@Id
	private String version;

	private PartialDate asOf;

	private String loadedFrom;

	protected DatasetInfo() {
	}

	public DatasetInfo(String version, PartialDate asOf, String loadedFrom) {
		this.version = version;
		this.asOf = asOf;
		this.loadedFrom = loadedFrom;
	}

	public String getVersion() {
		return version;
	}

	public PartialDate getAsOf() {
		return asOf;
	}

	public String getLoadedFrom() {
		return loadedFrom;
	}

}
