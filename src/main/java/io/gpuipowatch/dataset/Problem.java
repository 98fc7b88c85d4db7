package io.gpuipowatch.dataset;

/** One thing wrong with the dataset, located to the file, line and column. */
record Problem(String file, int line, String column, String message) {

	@Override
	public String toString() {
		String where = line > 0 ? file + " line " + line : file;
		return column.isEmpty() ? where + ": " + message : where + ", column " + column + ": " + message;
	}

}
