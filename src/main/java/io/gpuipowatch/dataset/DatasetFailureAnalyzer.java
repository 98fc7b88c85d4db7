package io.gpuipowatch.dataset;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad dataset into a plain start-up message instead of a stack trace. */
class DatasetFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDatasetException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDatasetException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct the rows named above (see README.md, \"The data\"), or point dashboard.data-dir "
						+ "(DASHBOARD_DATA_DIR) at a valid dataset. Nothing was loaded.",
				cause);
	}

}
