package io.gpuipowatch.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, written once here: Spring Security writes them on the
 * requests it sees, and the few answers Tomcat makes before any filter runs (a request
 * for /WEB-INF, a path it refuses to decode) get the same ones from here.
 */
public final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	static final String CSP = "Content-Security-Policy";

	static final String FRAME_OPTIONS = "X-Frame-Options";

	/** Every header and its value, in the order they are written. */
	static final Map<String, String> ALL = headers();

	private static Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(CSP, CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
		headers.put("Permissions-Policy", PERMISSIONS_POLICY);
		headers.put(FRAME_OPTIONS, "DENY");
		return Collections.unmodifiableMap(headers);
	}

	private SecurityHeaders() {
	}

	/** Adds the headers an answer lacks, leaving those already written alone. */
	public static void addMissing(HttpServletResponse response) {
		ALL.forEach((name, value) -> {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		});
	}

}
