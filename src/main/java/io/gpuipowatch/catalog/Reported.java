package io.gpuipowatch.catalog;

import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * Something a source reported about a company (or, with no company, about the market): a
 * figure or a step of a listing, with where it comes from and how it stands against other
 * reports.
 */
@MappedSuperclass
public abstract class Reported {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "company")
	private @Nullable Company company;

	@Embedded
	private Provenance provenance;

	protected Reported() {
	}

	protected Reported(String id, @Nullable Company company, Provenance provenance) {
		this.id = id;
		this.company = company;
		this.provenance = provenance;
	}

	public String getId() {
		return id;
	}

	/** Empty for what concerns the market as a whole rather than one company. */
	public @Nullable Company getCompany() {
		return company;
	}

	public Provenance getProvenance() {
		return provenance;
	}

	public Source getSource() {
		return provenance.getSource();
	}

	/** Whether pages and charts use this one where sources disagree. */
	public boolean isShown() {
		return provenance.isShown();
	}

}
