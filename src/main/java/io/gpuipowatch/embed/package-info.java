/**
 * Each chart on a page of its own, small enough to frame on another site, with the
 * context a chart shown alone must carry: title, caption, notes, sources, as-of date and
 * the link back.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "query", "chart", "figure", "system", "money" })
package io.gpuipowatch.embed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
