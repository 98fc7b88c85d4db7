package io.gpuipowatch.system;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.query.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Bad links get a page that says what was wrong and how to go on, in the page's language:
 * 400 naming the bad value and the valid ones, 404 with a way back. Never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ErrorPages {

	static final String VIEW_BAD_REQUEST = "error/bad-request";

	static final String VIEW_NOT_FOUND = "error/404";

	private final LayoutModel layout;

	private final Catalog catalog;

	ErrorPages(LayoutModel layout, Catalog catalog) {
		this.layout = layout;
		this.catalog = catalog;
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex, HttpServletRequest request, Locale locale) {
		Map<String, Object> model = model(request, locale);
		model.put("parameter", ex.parameter());
		model.put("value", ex.value());
		model.put("valid", ex.valid());
		model.put("reasonKey", ex.reasonKey());
		return new ModelAndView(VIEW_BAD_REQUEST, model, HttpStatus.BAD_REQUEST);
	}

	/**
	 * The exports bind their language: a bad one is a bad request, named with the valid
	 * ones.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Locale locale) {
		BadRequestException bad = NestedExceptionUtils.getRootCause(ex) instanceof BadRequestException cause ? cause
				: new BadRequestException(ex.getName(), String.valueOf(ex.getValue()), List.of());
		return badRequest(bad, request, locale);
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound(Exception ex, HttpServletRequest request, Locale locale) {
		Map<String, Object> model = model(request, locale);
		model.put("value", ex instanceof NotFoundException nf ? nf.value() : request.getRequestURI());
		model.put("companies", catalog.companies().stream().map(Company::getSlug).toList());
		return new ModelAndView(VIEW_NOT_FOUND, model, HttpStatus.NOT_FOUND);
	}

	private Map<String, Object> model(HttpServletRequest request, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		layout.addTo(model, request, locale);
		return model;
	}

}
