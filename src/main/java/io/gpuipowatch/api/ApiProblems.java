package io.gpuipowatch.api;

import java.net.URI;
import java.util.Collection;
import java.util.List;

import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.query.NotFoundException;
import io.gpuipowatch.text.Lang;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * Errors of the JSON API as RFC 9457 problem details ({@code application/problem+json}):
 * the status, a title and a detail in the link's language, and what was wrong as
 * properties: {@code parameter}, the bad {@code value} and the {@code valid} ones. Never
 * a stack trace, an exception's name or anything from the database. Used by the API's own
 * advice, and by the error controller for what fails before a controller is chosen (a
 * wrong method, an unknown path).
 */
@Component
public class ApiProblems {

	/**
	 * Where the API lives: errors under it are answered as problem details, not as pages.
	 */
	public static final String PATH = "/api";

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	public static boolean isApi(@Nullable String path) {
		return path != null && (path.equals(PATH) || path.startsWith(PATH + "/"));
	}

	/**
	 * The API answers in English unless the link asks for Chinese; Accept-Language plays
	 * no part.
	 */
	public static Lang lang(HttpServletRequest request) {
		String code = request.getParameter("lang");
		return code == null ? Lang.EN : Lang.fromCode(code).orElse(Lang.EN);
	}

	public ResponseEntity<ProblemDetail> badRequest(BadRequestException ex, String path, HttpServletRequest request) {
		Lang lang = lang(request);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.badRequest",
				text(ex.reasonKey(), lang, ex.parameter(), ex.value()), path, lang);
		problem.setProperty("parameter", ex.parameter());
		problem.setProperty("value", ex.value());
		problem.setProperty("valid", ex.valid());
		return answer(problem);
	}

	public ResponseEntity<ProblemDetail> notFound(NotFoundException ex, String path, HttpServletRequest request) {
		Lang lang = lang(request);
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "problem.notFound",
				text("problem.notFound.detail", lang, ex.value()), path, lang);
		problem.setProperty("value", ex.value());
		problem.setProperty("valid", ex.valid());
		return answer(problem);
	}

	public ResponseEntity<ProblemDetail> notAcceptable(Collection<MediaType> supported, String path,
			HttpServletRequest request) {
		Lang lang = lang(request);
		List<String> valid = supported.stream().map(MediaType::toString).toList();
		String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
		ProblemDetail problem = problem(HttpStatus.NOT_ACCEPTABLE, "problem.notAcceptable",
				text("problem.notAcceptable.detail", lang, accept, String.join(", ", valid)), path, lang);
		problem.setProperty("parameter", HttpHeaders.ACCEPT);
		problem.setProperty("value", accept);
		problem.setProperty("valid", valid);
		return answer(problem);
	}

	public ResponseEntity<ProblemDetail> methodNotAllowed(String method, Collection<String> allowed, String path,
			HttpServletRequest request) {
		Lang lang = lang(request);
		List<String> valid = allowed.stream().sorted().toList();
		ProblemDetail problem = problem(HttpStatus.METHOD_NOT_ALLOWED, "problem.methodNotAllowed",
				text("problem.methodNotAllowed.detail", lang, method, String.join(", ", valid)), path, lang);
		problem.setProperty("parameter", "method");
		problem.setProperty("value", method);
		problem.setProperty("valid", valid);
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.allow(valid.stream().map(HttpMethod::valueOf).toArray(HttpMethod[]::new))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * An error that reached the error controller: a wrong method or format is named with
	 * the valid ones; anything else gets its status and a general word, never what went
	 * wrong inside.
	 */
	public ResponseEntity<ProblemDetail> forError(HttpStatus status, @Nullable Throwable error, String path,
			HttpServletRequest request) {
		if (error instanceof HttpRequestMethodNotSupportedException ex && ex.getSupportedMethods() != null) {
			return methodNotAllowed(ex.getMethod(), List.of(ex.getSupportedMethods()), path, request);
		}
		if (error instanceof HttpMediaTypeNotAcceptableException ex) {
			return notAcceptable(ex.getSupportedMediaTypes(), path, request);
		}
		Lang lang = lang(request);
		if (status == HttpStatus.NOT_FOUND) {
			return answer(problem(status, "problem.notFound", text("problem.notFound.detail", lang, path), path, lang));
		}
		String key = status.is4xxClientError() ? "problem.client" : "problem.server";
		return answer(problem(status, key, text(key + ".detail", lang), path, lang));
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detail, String path, Lang lang) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text(titleKey, lang));
		try {
			problem.setInstance(URI.create(path));
		}
		catch (IllegalArgumentException ex) {
			// A path the client wrote that is not a URI: the problem is still answered,
			// without it.
		}
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String text(String key, Lang lang, Object... args) {
		return messages.getMessage(key, args, lang.locale());
	}

}
