package io.gpuipowatch.catalog;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "company_group")
	private Group group;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "note_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "note_zh")) })
	private @Nullable Text note;

	private int position;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "company_source", joinColumns = @JoinColumn(name = "company"),
			inverseJoinColumns = @JoinColumn(name = "source"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected Company() {
	}

	/**
	 * Who the company is: its names, where it is, when it was founded, what it makes, and
	 * its group.
	 */
	public record Identity(String nameEn, String nameZh, String cityEn, String cityZh, PartialDate founded,
			@Nullable String productsEn, @Nullable String productsZh, Group group, Text note) {
	}

	/**
	 * Where its listing stands: the venue it is listed on (or not yet), where it applied,
	 * its code and step.
	 */
	public record Listing(Venue venue, @Nullable Venue appliedVenue, @Nullable String stockCode, EventKind status) {
	}

	public Company(String slug, Identity identity, Listing listing, int position, List<Source> sources) {
		this.slug = slug;
		this.nameEn = identity.nameEn();
		this.nameZh = identity.nameZh();
		this.cityEn = identity.cityEn();
		this.cityZh = identity.cityZh();
		this.founded = identity.founded();
		this.productsEn = identity.productsEn();
		this.productsZh = identity.productsZh();
		this.group = identity.group();
		this.note = identity.note();
		this.venue = listing.venue();
		this.appliedVenue = listing.appliedVenue();
		this.stockCode = listing.stockCode();
		this.status = listing.status();
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

	/** The group the company is followed in. */
	public Group getGroup() {
		return group;
	}

	/** What a reader should know of conflicting facts about the company itself. */
	public Text getNote() {
		return Text.orNone(note);
	}

	public List<Source> getSources() {
		return sources.stream().sorted(Comparator.comparing(Source::getId)).toList();
	}

}
