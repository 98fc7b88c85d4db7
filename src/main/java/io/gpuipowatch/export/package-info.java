/**
 * Downloads of the open data: the figures as CSV (every figure, or the compare table's),
 * UTF-8 with a byte-order mark so Excel reads Chinese, named after the dataset version.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "query", "race", "unlocks", "money" })
package io.gpuipowatch.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
