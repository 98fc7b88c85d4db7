/**
 * Loads the CSV files of {@code data/} at start-up: reads them with Commons CSV,
 * validates every row and every cross-reference, recomputes derived figures, and stores
 * the dataset in one transaction, or stops the start-up naming each problem's file, line
 * and column.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog" })
package io.gpuipowatch.dataset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
