/**
 * The corrections feed: every change to the data a reader should know about, as a page
 * and as an Atom feed that journalists and analysts can follow.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "figure", "system" })
package io.gpuipowatch.changes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
