/**
 * HTTP delivery: every successful GET answer is rendered once, kept with its gzip form in a
 * bounded cache, and served with an ETag and Cache-Control; conditional requests get a 304.
 */
package io.gpuipowatch.http;
