package io.gpuipowatch.catalog;

/**
 * Builds a {@link Catalog} straight from what would be stored, for tests that mock the
 * database.
 */
public final class TestCatalogs {

	private TestCatalogs() {
	}

	public static Catalog of(Contents contents) {
		return new Catalog(contents);
	}

}
