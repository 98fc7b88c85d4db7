package io.gpuipowatch.system;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.query.NotFoundException;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

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

	private final ValueNames names;

	/** A value the link could have had, by name, and the link with it where one helps. */
	record ValidValue(String name, String code, @Nullable String url) {
	}

	ErrorPages(LayoutModel layout, Catalog catalog, ValueNames names) {
		this.layout = layout;
		this.catalog = catalog;
		this.names = names;
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex, HttpServletRequest request, Locale locale) {
		Map<String, Object> model = model(request, locale);
		Lang lang = Lang.of(locale);
		boolean oneValue = ex.reasonKey().equals("error.badValue");
		model.put("parameter", names.parameter(ex.parameter(), lang));
		model.put("value", ex.value());
		model.put("valid",
				ex.valid()
					.stream()
					.map(v -> new ValidValue(names.value(ex.parameter(), v, lang), v,
							oneValue ? fixed(request, ex.parameter(), ex.value(), v) : null))
					.toList());
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
		Lang lang = Lang.of(locale);
		model.put("companies",
				catalog.companies()
					.stream()
					.map(c -> new ValidValue(Names.company(c, lang), c.getSlug(),
							UriComponentsBuilder.fromPath("/companies/{slug}")
								.queryParam("lang", lang.code())
								.buildAndExpand(c.getSlug())
								.toUriString()))
					.toList());
		return new ModelAndView(VIEW_NOT_FOUND, model, HttpStatus.NOT_FOUND);
	}

	/**
	 * The link the request came by, with the bad value replaced by a valid one; null when
	 * the link cannot be read back.
	 */
	private static @Nullable String fixed(HttpServletRequest request, String parameter, String bad, String good) {
		try {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI());
			MultiValueMap<String, String> query = UriComponentsBuilder.newInstance()
				.query(request.getQueryString())
				.build()
				.getQueryParams();
			query.forEach((name, values) -> values.forEach(value -> {
				boolean replaced = name.equals(parameter) && bad.equals(decoded(value));
				url.queryParam(name, replaced ? good : decoded(value));
			}));
			return url.encode().build().toUriString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String decoded(@Nullable String value) {
		return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
	}

	private Map<String, Object> model(HttpServletRequest request, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		layout.addTo(model, request, locale);
		return model;
	}

}
