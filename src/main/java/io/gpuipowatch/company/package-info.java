/**
 * A company's page: its listing timeline, IPO terms, financials by year, where figures
 * differ, and every figure with its source.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "query", "figure", "chart", "system", "money" })
package io.gpuipowatch.company;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
