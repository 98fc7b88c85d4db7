/**
 * The open-data JSON API under {@code /api/v1}: companies, their listing events, every
 * figure with its source, and comparisons, in English or Chinese labels, each answer
 * naming the dataset version it comes from. Errors are RFC 9457 problem details.
 * Documented as OpenAPI 3 at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui/index.html}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "query", "figure", "chart", "money" })
package io.gpuipowatch.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
