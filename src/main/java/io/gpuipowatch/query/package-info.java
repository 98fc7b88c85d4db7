/**
 * What a link asks for, read against the data: the companies, venues, metrics and periods
 * it names, the comparison it chooses, and the bad-request and not-found answers for what
 * does not exist. Shared by the pages, the API and the exports, so they read a link the
 * same way.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text" })
package io.gpuipowatch.query;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
