package io.gpuipowatch.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** The dataset has problems: start-up stops and nothing is loaded. */
public class InvalidDatasetException extends RuntimeException {

	private final transient List<Problem> problems;

	InvalidDatasetException(String location, List<Problem> problems) {
		super(problems.size() + " problem(s) in the dataset at " + location + ":\n"
				+ problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/** Each problem as one line: file, line, column and what is wrong. */
	public List<String> problems() {
		return problems.stream().map(Problem::toString).toList();
	}

}
