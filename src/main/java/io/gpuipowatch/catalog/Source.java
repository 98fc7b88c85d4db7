package io.gpuipowatch.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** Where a figure or an event comes from: an article, a filing, a data page. */
@Entity
public class Source {

	@Id
	private String id;

	private String title;

	private String publisher;

	private @Nullable PartialDate published;

	private @Nullable String url;

	private @Nullable String locator;

	private String language;

	protected Source() {
	}

	public Source(String id, String title, String publisher, @Nullable PartialDate published, @Nullable String url,
			@Nullable String locator, String language) {
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

	public String getTitle() {
		return title;
	}

	public String getPublisher() {
		return publisher;
	}

	public @Nullable PartialDate getPublished() {
		return published;
	}

	public @Nullable String getUrl() {
		return url;
	}

	/** Where to find the source when we have no full address for it. */
	public @Nullable String getLocator() {
		return locator;
	}

	public String getLanguage() {
		return language;
	}

}
