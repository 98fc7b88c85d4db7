/**
 * What the pages share: the two languages, formatting of figures, periods and dates per
 * language, the filters read from links, chart data, and the bad-request and not-found answers.
 */
package io.gpuipowatch.view;
