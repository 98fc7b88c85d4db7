package io.gpuipowatch.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A request as the app renders it when its answer may be kept: a GET, with only the
 * parameters its handler reads (in the handler's order), the {@code Accept} header
 * without media type parameters, no conditional headers (answered from the prepared
 * response), and the site's own address instead of whatever {@code Host} or
 * {@code X-Forwarded-*} the client sent. So the rendered bytes depend on nothing but the
 * canonical link, which is what the cache keys them by.
 */
final class CanonicalRequest extends HttpServletRequestWrapper {

	private static final Set<String> CONDITIONAL = Set.of(HttpHeaders.IF_NONE_MATCH.toLowerCase(),
			HttpHeaders.IF_MODIFIED_SINCE.toLowerCase(), HttpHeaders.IF_MATCH.toLowerCase(),
			HttpHeaders.IF_UNMODIFIED_SINCE.toLowerCase(), HttpHeaders.IF_RANGE.toLowerCase(),
			HttpHeaders.RANGE.toLowerCase());

	private final Map<String, String[]> parameters;

	private final @Nullable String query;

	private final String accept;

	private final URI site;

	CanonicalRequest(HttpServletRequest request, Map<String, String[]> parameters, String accept, URI site) {
		super(request);
		this.parameters = Collections.unmodifiableMap(parameters);
		this.query = query(parameters);
		this.accept = accept;
		this.site = site;
	}

	/**
	 * The parameters of a request that a handler reads, in its order; values in the
	 * link's order.
	 */
	static Map<String, String[]> known(HttpServletRequest request, List<String> names) {
		Map<String, String[]> all = request.getParameterMap();
		Map<String, String[]> known = new LinkedHashMap<>();
		for (String name : names) {
			String[] values = all.get(name);
			if (values != null) {
				known.put(name, values);
			}
		}
		return known;
	}

	/** The query string of canonical parameters, or null when there are none. */
	static @Nullable String query(Map<String, String[]> parameters) {
		if (parameters.isEmpty()) {
			return null;
		}
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, values) -> {
			for (String value : values) {
				query.add(encode(name) + "=" + encode(value));
			}
		});
		return query.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Nullable String canonicalQuery() {
		return query;
	}

	@Override
	public String getMethod() {
		return "GET";
	}

	@Override
	public @Nullable String getQueryString() {
		return query;
	}

	@Override
	public @Nullable String getParameter(String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = parameters.get(name);
		return values == null ? null : values.clone();
	}

	@Override
	public @Nullable String getHeader(String name) {
		String lower = name.toLowerCase();
		if (CONDITIONAL.contains(lower) || isForwarded(lower)) {
			return null;
		}
		if (lower.equals("accept")) {
			return accept;
		}
		if (lower.equals("host")) {
			return host();
		}
		return super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		String value = getHeader(name);
		if (value == null) {
			return Collections.emptyEnumeration();
		}
		String lower = name.toLowerCase();
		return lower.equals("accept") || lower.equals("host") ? Collections.enumeration(List.of(value))
				: super.getHeaders(name);
	}

	@Override
	public long getDateHeader(String name) {
		return CONDITIONAL.contains(name.toLowerCase()) ? -1 : super.getDateHeader(name);
	}

	@Override
	public String getScheme() {
		return site.getScheme();
	}

	@Override
	public String getServerName() {
		return site.getHost();
	}

	@Override
	public int getServerPort() {
		return site.getPort() >= 0 ? site.getPort() : "https".equals(site.getScheme()) ? 443 : 80;
	}

	@Override
	public boolean isSecure() {
		return "https".equals(site.getScheme());
	}

	@Override
	public StringBuffer getRequestURL() {
		return new StringBuffer(site.getScheme()).append("://").append(host()).append(getRequestURI());
	}

	private String host() {
		return site.getPort() >= 0 ? site.getHost() + ":" + site.getPort() : site.getHost();
	}

	private static boolean isForwarded(String lowerCaseName) {
		return lowerCaseName.startsWith("x-forwarded-") || lowerCaseName.equals("forwarded");
	}

}
