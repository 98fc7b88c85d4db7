package io.gpuipowatch.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The basis a figure is stated on, where it matters: an accounting basis, a share count.
 */
@Entity
public class Basis {

	@Id
	private String code;

	private String labelEn;

	private String labelZh;

	protected Basis() {
	}

	public Basis(String code, String labelEn, String labelZh) {
		this.code = code;
		this.labelEn = labelEn;
		this.labelZh = labelZh;
	}

	public String getCode() {
		return code;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public String getLabelZh() {
		return labelZh;
	}

}
