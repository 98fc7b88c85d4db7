/**
 * The comparison of two to four companies: a sortable side-by-side table and charts.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "query", "figure", "chart", "system", "export", "money" })
package io.gpuipowatch.compare;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
