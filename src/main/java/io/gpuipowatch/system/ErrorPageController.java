package io.gpuipowatch.system;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.gpuipowatch.api.ApiProblems;
import io.gpuipowatch.security.SecurityHeaders;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for errors that reach the servlet container (an unknown path, a wrong method,
 * a malformed request): the status and what to do next, in the page's language, and
 * nothing about the server's insides. Under {@code /api} the answer is a problem detail
 * instead of a page.
 */
@Controller
class ErrorPageController implements ErrorController {

	static final String VIEW = "error/general";

	private final LayoutModel layout;

	private final ApiProblems problems;

	/**
	 * What Spring MVC recorded of the error; absent where the app runs without a web
	 * server.
	 */
	private final ObjectProvider<ErrorAttributes> errors;

	ErrorPageController(LayoutModel layout, ApiProblems problems, ObjectProvider<ErrorAttributes> errors) {
		this.layout = layout;
		this.problems = problems;
		this.errors = errors;
	}

	/**
	 * A page ({@link ModelAndView}), or a problem detail ({@link ResponseEntity}) for the
	 * API.
	 */
	@RequestMapping("${server.error.path:/error}")
	@Nullable Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (response.isCommitted()) {
			// Part of an answer is already on its way (the client stopped reading it):
			// nothing to add.
			return null;
		}
		SecurityHeaders.addMissing(response);
		HttpStatus status = status(request);
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
				&& ApiProblems.isApi(path)) {
			ErrorAttributes attributes = errors.getIfAvailable();
			return problems.forError(status,
					attributes == null ? null : attributes.getError(new ServletWebRequest(request)), path, request);
		}
		Map<String, Object> model = new HashMap<>();
		layout.addTo(model, request, locale);
		model.put("status", status.value());
		model.put("reasonKey", status.value() == 404 ? "error.notFound.title"
				: status.is4xxClientError() ? "error.client" : "error.server");
		return new ModelAndView(status.value() == 404 ? ErrorPages.VIEW_NOT_FOUND : VIEW, model, status);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		// Asked for /error directly: there is no page there.
		return code == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
