/**
 * The IPO race: how long each company took from one step of its listing to the next, and
 * from the start of the review to the listing day, computed from the dated events; the
 * companies' steps on one time axis or aligned by days to listing; as a page, JSON and
 * CSV.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "figure", "query", "system", "api", "chart" })
package io.gpuipowatch.race;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
