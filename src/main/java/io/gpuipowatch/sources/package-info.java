/** The list of sources every figure links to, and the market context the article gives. */
package io.gpuipowatch.sources;
