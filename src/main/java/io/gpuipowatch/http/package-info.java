/**
 * HTTP delivery: every successful GET answer is rendered once for its canonical link,
 * kept with its gzip form in a bounded cache, served with an ETag and Cache-Control, and
 * written without holding a worker thread; conditional requests get a 304.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text" })
package io.gpuipowatch.http;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
