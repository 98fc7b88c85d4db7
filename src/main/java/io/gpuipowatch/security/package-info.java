/**
 * The site is public and read-only: no logins, no sessions, only GET and HEAD (and
 * OPTIONS), and strict headers on every answer so browsers run nothing but the app's own
 * files.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package io.gpuipowatch.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
