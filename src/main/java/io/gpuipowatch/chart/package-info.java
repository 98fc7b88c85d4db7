/**
 * The catalogue of charts the pages draw, as data: what each plots, over which periods
 * (taken from the data), in which unit and on which scale; and the chart views built from
 * it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "figure", "query", "money" })
package io.gpuipowatch.chart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
