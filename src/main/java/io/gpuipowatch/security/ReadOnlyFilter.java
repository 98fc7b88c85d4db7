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
 * Nothing here can be changed: every path answers GET and HEAD only. OPTIONS says so (a
 * CORS preflight has been answered by Spring Security's CORS filter before this runs, for
 * the paths that allow other sites to read them), and any other method is answered 405
 * with an Allow header before it reaches a controller. The API is left to Spring MVC,
 * whose 405 becomes a problem detail naming the method and the allowed ones.
 */
class ReadOnlyFilter extends OncePerRequestFilter {

	static final Set<String> READING = Set.of("GET", "HEAD");

	static final String ALLOW = "GET, HEAD, OPTIONS";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (READING.contains(method)) {
			chain.doFilter(request, response);
			return;
		}
		if ("OPTIONS".equals(method)) {
			response.setHeader(HttpHeaders.ALLOW, ALLOW);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		if (request.getRequestURI().startsWith("/api/")) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, ALLOW);
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
