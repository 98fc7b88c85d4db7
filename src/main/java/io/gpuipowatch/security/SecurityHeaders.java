package io.gpuipowatch.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries. Spring Security writes them on requests it sees; this puts
 * them on the few error answers Tomcat makes before any filter runs (a request for /WEB-INF).
 */
public final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private SecurityHeaders() {
	}

	/** Adds the headers an answer lacks, leaving those already written alone. */
	public static void addMissing(HttpServletResponse response) {
		setIfMissing(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfMissing(response, "X-Content-Type-Options", "nosniff");
		setIfMissing(response, "Referrer-Policy", "strict-origin-when-cross-origin");
		setIfMissing(response, "Permissions-Policy", PERMISSIONS_POLICY);
		setIfMissing(response, "X-Frame-Options", "DENY");
	}

	private static void setIfMissing(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
