/**
 * A figure as the pages show it: its text with qualifier and unit, its source as a
 * footnote, what other sources said, and for a missing value the reason there is none;
 * and the summary of a company that cards, headers and tables show.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "money" })
package io.gpuipowatch.figure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
