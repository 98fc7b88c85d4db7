/**
 * The site is public and read-only: no logins, no sessions, only GET and HEAD (and OPTIONS),
 * and strict headers on every answer so browsers run nothing but the app's own files.
 */
package io.gpuipowatch.security;
