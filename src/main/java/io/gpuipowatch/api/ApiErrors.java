package io.gpuipowatch.api;

import java.util.Arrays;
import java.util.List;

import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.query.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as problem details, ahead of the site's HTML error pages. A wrong
 * method (405) or format (406) is refused before any controller is chosen, so no advice
 * sees it: the error controller answers those for paths under {@code /api}, with the same
 * problem details.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private final ApiProblems problems;

	ApiErrors(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadRequestException ex, HttpServletRequest request) {
		return problems.badRequest(ex, request.getRequestURI(), request);
	}

	/**
	 * A value that cannot be read as the parameter's type: the converter's own bad
	 * request (the language names its codes), or for an enumeration its constants.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (NestedExceptionUtils.getRootCause(ex) instanceof BadRequestException bad) {
			return badRequest(bad, request);
		}
		Class<?> type = ex.getRequiredType();
		List<String> valid = type != null && type.isEnum()
				? Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList() : List.of();
		return badRequest(new BadRequestException(ex.getName(), String.valueOf(ex.getValue()), valid), request);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return problems.notFound(ex, request.getRequestURI(), request);
	}

}
