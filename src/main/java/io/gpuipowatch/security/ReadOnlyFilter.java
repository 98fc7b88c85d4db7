package io.gpuipowatch.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing here can be changed: any method but GET, HEAD and OPTIONS is answered 405 with an
 * Allow header, before it reaches a controller, whatever the path. The API is left to Spring MVC,
 * whose 405 becomes a problem detail naming the method and the allowed ones.
 */
class ReadOnlyFilter extends OncePerRequestFilter {

	static final Set<String> ALLOWED = Set.of("GET", "HEAD", "OPTIONS");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ALLOWED.contains(request.getMethod()) || request.getRequestURI().startsWith("/api/")) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
