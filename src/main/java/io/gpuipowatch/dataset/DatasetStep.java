package io.gpuipowatch.dataset;

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

	/** The row an entity was read from, to report a problem on it. */
	protected Row row(Object entity) {
		return data.row(entity);
	}

}
