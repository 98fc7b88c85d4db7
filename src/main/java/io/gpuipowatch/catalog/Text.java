package io.gpuipowatch.catalog;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A text a reader sees, in English and in Chinese, as the data files give it: either may
 * be missing (a translation not made yet), which a page shows and says so rather than
 * hiding.
 */
@Embeddable
public record Text(@Nullable String en, @Nullable String zh) {

	public static final Text NONE = new Text(null, null);

	/** A stored text whose columns are all empty comes back from the database as null. */
	public static Text orNone(@Nullable Text text) {
		return text == null ? NONE : text;
	}

	public boolean isEmpty() {
		return en == null && zh == null;
	}

}
