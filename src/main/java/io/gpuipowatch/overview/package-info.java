/**
 * The overview page: every company with its key figures, filtered by venue, and the
 * charts that answer the first questions at a glance.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "catalog", "text", "query", "figure", "chart", "system", "unlocks", "money" })
package io.gpuipowatch.overview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
