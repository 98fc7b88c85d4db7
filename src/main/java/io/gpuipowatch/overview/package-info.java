/** The overview page: every company as a card with its key figures, filtered by venue. */
package io.gpuipowatch.overview;
