/** A company's page: its listing timeline, IPO terms, financials by year, and every figure with its source. */
package io.gpuipowatch.profile;
