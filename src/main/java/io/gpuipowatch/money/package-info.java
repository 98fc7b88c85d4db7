/**
 * One currency at a dated rate: converting HK$, US$ and ¥ figures at the PBOC central
 * parity of their own date, or the nearest published one within a few days, and saying
 * which rate, of which date, from which source.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "query", "text" })
package io.gpuipowatch.money;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
