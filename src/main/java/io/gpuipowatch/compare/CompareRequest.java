package io.gpuipowatch.compare;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a compare link asks for: companies, venues, and the column the table is sorted by. */
record CompareRequest(@Nullable List<String> companies, @Nullable List<String> venues, @Nullable String sort,
		@Nullable String dir) {
}
