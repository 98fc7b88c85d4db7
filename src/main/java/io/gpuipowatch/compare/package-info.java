/** The comparison of two to four companies: a sortable side-by-side table and charts. */
package io.gpuipowatch.compare;
