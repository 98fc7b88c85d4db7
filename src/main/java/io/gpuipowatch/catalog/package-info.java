/**
 * The dataset as the product sees it: sources, venues, metrics, companies, listing events
 * and figures, stored in H2 and held in memory as an immutable
 * {@link io.gpuipowatch.catalog.Catalog} once loaded. Nothing here knows how many
 * companies there are: the data files decide.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.gpuipowatch.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
