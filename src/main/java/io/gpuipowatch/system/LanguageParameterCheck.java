package io.gpuipowatch.system;

import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.text.Lang;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/** A link with a language we do not have is a bad request, not a silent fallback. */
class LanguageParameterCheck implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String[] values = request.getParameterValues(LanguageResolver.PARAMETER);
		if (values != null) {
			for (String value : values) {
				if (Lang.fromCode(value).isEmpty()) {
					throw new BadRequestException(LanguageResolver.PARAMETER, value, Lang.codes());
				}
			}
		}
		return true;
	}

}
