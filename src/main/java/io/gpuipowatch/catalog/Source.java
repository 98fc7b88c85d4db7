package io.gpuipowatch.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** Where a figure or an event comes from: an article, a filing, a data page. */
@Entity
public class Source {

	@Id
	private String id;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "title_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "title_zh")) })
	private Text title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "publisher_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "publisher_zh")) })
	private Text publisher;

	private @Nullable PartialDate published;

	private @Nullable String url;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "locator_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "locator_zh")) })
	private @Nullable Text locator;

	private String language;

	protected Source() {
	}

	public Source(String id, Text title, Text publisher, @Nullable PartialDate published, @Nullable String url,
			Text locator, String language) {
		this.id = id;
		this.title = title;
		this.publisher = publisher;
		this.published = published;
		this.url = url;
		this.locator = locator;
		this.language = language;
	}

	public String getId() {
		return id;
	}

	public Text getTitle() {
		return Text.orNone(title);
	}

	public Text getPublisher() {
		return Text.orNone(publisher);
	}

	public @Nullable PartialDate getPublished() {
		return published;
	}

	public @Nullable String getUrl() {
		return url;
	}

	/** Where to find the source when we have no full address for it. */
	public Text getLocator() {
		return Text.orNone(locator);
	}

	public String getLanguage() {
		return language;
	}

}
