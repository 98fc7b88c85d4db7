package io.gpuipowatch.dataset;

import io.gpuipowatch.catalog.Company;

/**
 * One step of reading or checking the dataset: it works on what has been read, and
 * records what is wrong.
 */
abstract class DatasetStep {

	protected final DatasetParts data;

	protected final Problems problems;

	DatasetStep(DatasetParts data, Problems problems) {
		this.data = data;
		this.problems = problems;
	}

	/**
	 * What a figure is about, as a key for the look-ups the checks build once: a
	 * company's metric over a period.
	 */
	protected static String subject(Company company, String metric, String period) {
		return company.getSlug() + "/" + metric + "/" + period;
	}

	/** The row an entity was read from, to report a problem on it. */
	protected Row row(Object entity) {
		return data.row(entity);
	}

}
