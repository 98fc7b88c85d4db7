/**
 * What the listed companies are valued at and how they have done since listing: market
 * cap at the issue price, the first close and the latest known close, each against the
 * last full year's revenue, and every known close indexed to the issue price. Every
 * figure here is computed from sourced inputs and says so.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "query", "figure", "money", "system", "api", "chart" })
package io.gpuipowatch.valuation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
