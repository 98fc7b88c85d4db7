package io.gpuipowatch.catalog;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** One of the GPU start-ups, with where it is listed or has applied to list. */
@Entity
public class Company {

	@Id
	private String slug;

	private String nameEn;

	private String nameZh;

	private String cityEn;

	private String cityZh;

	private PartialDate founded;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "venue")
	private Venue venue;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "applied_venue")
	private @Nullable Venue appliedVenue;

	private @Nullable String stockCode;

	private EventKind status;

	private @Nullable String productsEn;

	private @Nullable String productsZh;

	private int position;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "company_source", joinColumns = @JoinColumn(name = "company"),
			inverseJoinColumns = @JoinColumn(name = "source"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected Company() {
	}

	public Company(String slug, String nameEn, String nameZh, String cityEn, String cityZh, PartialDate founded,
			Venue venue, @Nullable Venue appliedVenue, @Nullable String stockCode, EventKind status,
			@Nullable String productsEn, @Nullable String productsZh, int position, List<Source> sources) {
		this.slug = slug;
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.cityEn = cityEn;
		this.cityZh = cityZh;
		this.founded = founded;
		this.venue = venue;
		this.appliedVenue = appliedVenue;
		this.stockCode = stockCode;
		this.status = status;
		this.productsEn = productsEn;
		this.productsZh = productsZh;
		this.position = position;
		this.sources.addAll(sources);
	}

	public String getSlug() {
		return slug;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getCityEn() {
		return cityEn;
	}

	public String getCityZh() {
		return cityZh;
	}

	public PartialDate getFounded() {
		return founded;
	}

	/** Where the company is listed; the "not listed yet" venue until it is. */
	public Venue getVenue() {
		return venue;
	}

	/** Where an unlisted company has applied to list, if it has. */
	public @Nullable Venue getAppliedVenue() {
		return appliedVenue;
	}

	public @Nullable String getStockCode() {
		return stockCode;
	}

	/** How far the listing has got: the kind of the latest step taken. */
	public EventKind getStatus() {
		return status;
	}

	public @Nullable String getProductsEn() {
		return productsEn;
	}

	public @Nullable String getProductsZh() {
		return productsZh;
	}

	public int getPosition() {
		return position;
	}

	public List<Source> getSources() {
		return sources.stream().sorted(Comparator.comparing(Source::getId)).toList();
	}

}
