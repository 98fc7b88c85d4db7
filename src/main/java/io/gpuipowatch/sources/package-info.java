/**
 * The list of sources every figure links to, and the market context the article gives.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "figure", "system" })
package io.gpuipowatch.sources;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
