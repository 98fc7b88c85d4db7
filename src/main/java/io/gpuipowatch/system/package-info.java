/**
 * What every page needs: the language of the request, the layout's shared model (dataset as-of
 * date, language switch), and the error pages for bad links.
 */
package io.gpuipowatch.system;
