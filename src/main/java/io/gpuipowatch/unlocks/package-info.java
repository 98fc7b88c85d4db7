/**
 * When locked-up shares come free: each listed company's listing day plus the months of
 * the lock-up rule of each holder class, computed; as a page, JSON, CSV and an iCalendar
 * feed of the unlocks and the dated IPO steps.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "figure", "system", "api" })
package io.gpuipowatch.unlocks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
