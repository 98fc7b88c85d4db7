package io.gpuipowatch.http;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.view.Lang;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves every successful GET from prepared bytes. The dataset never changes while the app runs,
 * so a page, an API answer, an export or a static file depends only on its link and language:
 * the first request renders it into a buffer (so a failure mid-render is an error page, never a
 * truncated 200), later ones copy bytes. The cache is bounded by size, so links with random
 * parameters cannot grow memory; errors are not cached.
 */
class ResponseCacheFilter extends OncePerRequestFilter {

	private static final Pattern STATIC = Pattern.compile("^/(css|js|webjars|images)/.*|^/favicon\\.svg$");

	/** A content hash in the file name, added by Spring's resource chain: the file never changes. */
	private static final Pattern VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z]+$");

	private static final Pattern UNCACHED = Pattern.compile("^/(actuator|swagger-ui|v3/api-docs|error)(/.*)?$");

	private final Cache<String, PreparedResponse> cache;

	private final String datasetVersion;

	private final HttpSettings settings;

	ResponseCacheFilter(Catalog catalog, HttpSettings settings) {
		this.datasetVersion = catalog.info().getVersion();
		this.settings = settings;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(settings.cacheMegabytes() * 1024L * 1024L)
			.weigher((String key, PreparedResponse response) -> response.weight())
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || UNCACHED.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		// A hashed file name is a static file wherever it sits (the favicon's is at the root)
		boolean isStatic = STATIC.matcher(path).matches() || VERSIONED.matcher(path).matches();
		boolean languageFromHeader = !isStatic && request.getParameter("lang") == null;
		String key = key(request, path, isStatic, languageFromHeader);
		PreparedResponse prepared = cache.getIfPresent(key);
		if (prepared == null) {
			// One render per link at a time: requests for the same cold page wait for it rather than
			// all rendering it at once (64 connections on a cold start timed out doing that).
			ContentCachingResponseWrapper[] own = new ContentCachingResponseWrapper[1];
			try {
				prepared = cache.get(key, k -> render(request, response, chain, path, isStatic, own));
			}
			catch (RenderFailure failure) {
				failure.rethrow();
			}
			if (prepared == null) {
				if (own[0] != null) {
					own[0].copyBodyToResponse();
				}
				else {
					chain.doFilter(request, response);
				}
				return;
			}
		}
		write(prepared, request, response, languageFromHeader);
	}

	/** Renders a response into a buffer; null when it is not one to keep (an error, say). */
	private @Nullable PreparedResponse render(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain, String path, boolean isStatic, ContentCachingResponseWrapper[] own) {
		ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
		own[0] = buffer;
		try {
			// A HEAD is rendered as a GET, so it gets the same headers and fills the cache.
			chain.doFilter(new AsGet(request), buffer);
		}
		catch (IOException | ServletException ex) {
			throw new RenderFailure(ex);
		}
		String contentType = buffer.getContentType();
		if (buffer.getStatus() != HttpServletResponse.SC_OK || contentType == null || buffer.isCommitted()) {
			return null;
		}
		own[0] = null;
		return PreparedResponse.of(buffer.getContentAsByteArray(), contentType,
				buffer.getHeader(HttpHeaders.CONTENT_DISPOSITION), datasetVersion, cacheControl(path, isStatic));
	}

	/** Carries a checked failure of the filter chain out of the cache's loader. */
	private static final class RenderFailure extends RuntimeException {

		RenderFailure(Exception cause) {
			super(cause);
		}

		void rethrow() throws IOException, ServletException {
			if (getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) getCause();
		}

	}

	private void write(PreparedResponse prepared, HttpServletRequest request, HttpServletResponse response,
			boolean languageFromHeader) throws IOException {
		response.setHeader(HttpHeaders.ETAG, prepared.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, prepared.cacheControl());
		String vary = prepared.gzipped() != null ? "Accept-Encoding" : null;
		if (languageFromHeader) {
			vary = vary == null ? "Accept-Language" : vary + ", Accept-Language";
		}
		if (vary != null) {
			response.setHeader(HttpHeaders.VARY, vary);
		}
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), prepared.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(prepared.contentType());
		if (prepared.contentDisposition() != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, prepared.contentDisposition());
		}
		byte[] body = prepared.body();
		if (prepared.gzipped() != null && acceptsGzip(request)) {
			body = prepared.gzipped();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private String cacheControl(String path, boolean isStatic) {
		if (isStatic) {
			return VERSIONED.matcher(path).matches() ? "public, max-age=31536000, immutable"
					: "public, max-age=" + settings.staticMaxAgeSeconds();
		}
		return "public, max-age=" + settings.pageMaxAgeSeconds();
	}

	private static String key(HttpServletRequest request, String path, boolean isStatic, boolean languageFromHeader) {
		String query = request.getQueryString();
		String key = query == null ? path : path + "?" + query;
		if (languageFromHeader) {
			key += "#" + Lang.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).code();
		}
		return isStatic ? key : key + "#" + request.getHeader(HttpHeaders.ACCEPT);
	}

	private static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accept != null && accept.toLowerCase().contains("gzip");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getHeader(String name) {
			// Conditional headers are answered here, from the prepared response.
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) || HttpHeaders.IF_MODIFIED_SINCE.equalsIgnoreCase(name)
					? null : super.getHeader(name);
		}

		@Override
		public long getDateHeader(String name) {
			return HttpHeaders.IF_MODIFIED_SINCE.equalsIgnoreCase(name) ? -1 : super.getDateHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) || HttpHeaders.IF_MODIFIED_SINCE.equalsIgnoreCase(name)
					? Collections.emptyEnumeration() : super.getHeaders(name);
		}

	}

}
