package io.gpuipowatch.api;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The base of an endpoint of the API that lives in its own feature's package (the race,
 * the unlocks): the features use the API, so the API cannot use them. It answers in the
 * API's envelope, and its errors are the API's problem details, which the API's own
 * advice gives to its own package only.
 */
public abstract class OpenDataEndpoint {

	/** Where the endpoints of the API live, with their version. */
	public static final String PATH = ApiProblems.PATH + "/v1";

	private final Catalog catalog;

	private final ApiProblems problems;

	protected OpenDataEndpoint(Catalog catalog, ApiProblems problems) {
		this.catalog = catalog;
		this.problems = problems;
	}

	@Schema(description = "Every answer: the dataset it comes from, the language of its labels, and the data.")
	public record Answer<T>(Dataset dataset, String lang, T data) {
	}

	@Schema(description = "The loaded dataset: a hash of its files, and the date of its newest source.")
	public record Dataset(@Schema(example = "3f2a9c0d1b7e") String version,
			@Schema(description = "yyyy, yyyy-MM or yyyy-MM-dd", example = "2025-12-19") String asOf) {
	}

	@Schema(description = "A code from the data and its label in the language asked for.")
	public record Coded(String code, String label) {
	}

	@Schema(description = "Where a figure or an event comes from.")
	public record Source(String id, String title, String publisher,
			@Schema(description = "yyyy, yyyy-MM or yyyy-MM-dd") @Nullable String date, @Nullable String url,
			@Schema(description = "Where to find the source when there is no address") @Nullable String locator,
			@Schema(description = "The language the source is written in", example = "zh") String language) {
	}

	protected <T> Answer<T> answer(T data, Lang lang) {
		return new Answer<>(new Dataset(catalog.info().getVersion(), catalog.info().getAsOf().toString()), lang.code(),
				data);
	}

	protected static Source source(io.gpuipowatch.catalog.Source source, Lang lang) {
		return new Source(source.getId(), LocalText.plain(source.getTitle(), lang),
				LocalText.plain(source.getPublisher(), lang),
				source.getPublished() == null ? null : source.getPublished().toString(), source.getUrl(),
				source.getLocator().isEmpty() ? null : LocalText.plain(source.getLocator(), lang),
				source.getLanguage());
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex, HttpServletRequest request) {
		return problems.badRequest(ex, request.getRequestURI(), request);
	}

	/** A language that is not one of ours, as the API's own endpoints answer it. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		BadRequestException bad = NestedExceptionUtils.getRootCause(ex) instanceof BadRequestException cause ? cause
				: new BadRequestException(ex.getName(), String.valueOf(ex.getValue()), List.of());
		return badRequest(bad, request);
	}

}
