/**
 * The two languages and how each writes a figure, a period and a date: 亿/万 in Chinese,
 * B/M in English, qualifiers kept; and the names the data gives in both languages.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "catalog" })
package io.gpuipowatch.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
