/**
 * What every page needs: the language of the request, the layout's shared model (dataset
 * as-of date, language switch), the error pages for bad links, and the web server's own
 * answers.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog", "text", "query", "api", "security" })
package io.gpuipowatch.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
