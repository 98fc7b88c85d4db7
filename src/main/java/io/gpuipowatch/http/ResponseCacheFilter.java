package io.gpuipowatch.http;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.text.Lang;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves every successful GET from prepared bytes. The dataset never changes while the
 * app runs, so a page, an API answer, an export or a static file depends only on its
 * canonical link: the path, the parameters its handler reads (in its order), and the
 * language. The first request renders it into a buffer (so a failure mid-render is an
 * error page, never a truncated 200), later ones copy bytes.
 *
 * <p>
 * What a client adds beyond the canonical link never makes a new entry: unknown
 * parameters (a shared link's {@code utm_source}) are dropped before rendering, the
 * {@code Accept} header loses its media type parameters, a static file under a query
 * string is served but not kept, and the key counts towards the cache's budget like the
 * body does, so no sequence of requests can grow memory past it. Errors are not kept.
 * Every body, kept or not, is written without holding a worker thread while the client is
 * slow to read it.
 */
class ResponseCacheFilter extends OncePerRequestFilter {

	private static final Pattern STATIC = Pattern.compile("^/(css|js|webjars|images|swagger-ui)/.*|^/favicon\\.svg$");

	/**
	 * A content hash in the file name, added by Spring's resource chain: the file never
	 * changes.
	 */
	private static final Pattern VERSIONED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z]+$");

	private static final Pattern UNCACHED = Pattern.compile("^/(actuator|error)(/.*)?$");

	/**
	 * What a kept response costs beyond its bytes: the entry, its headers and the key's
	 * object.
	 */
	private static final int ENTRY_OVERHEAD = 512;

	/** A canonical link longer than this is answered but never kept. */
	static final int MAX_KEY_LENGTH = 2048;

	private final Cache<String, PreparedResponse> cache;

	private final String datasetVersion;

	private final HttpSettings settings;

	private final Supplier<KnownParameters> known;

	private final AcceptHeaders accept = new AcceptHeaders();

	private final PreparedWriter writer;

	private final URI site;

	private final Clock clock;

	ResponseCacheFilter(Catalog catalog, HttpSettings settings, Supplier<KnownParameters> known, Clock clock) {
		this.clock = clock;
		this.datasetVersion = catalog.info().getVersion();
		this.settings = settings;
		this.known = known;
		this.site = settings.siteUrl();
		this.writer = new PreparedWriter(accept, settings.writeTimeoutMillis());
		this.cache = Caffeine.newBuilder()
			.maximumWeight(settings.cacheMegabytes() * 1024L * 1024L)
			.weigher((String key, PreparedResponse response) -> weight(key, response))
			// A page counts days to today (how old the data is, how long a step has
			// lasted, the next unlock), so a day's entries are keyed by it and expire
			// after
			.expireAfterWrite(Duration.ofDays(1))
			.build();
	}

	/**
	 * Every entry costs its key (two bytes a character at most), its bodies and a fixed
	 * overhead.
	 */
	static int weight(String key, PreparedResponse response) {
		return 2 * key.length() + response.bodyBytes() + ENTRY_OVERHEAD;
	}

	/**
	 * The memory the kept responses take by the cache's weight, and how many there are.
	 */
	long keptBytes() {
		return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
	}

	long keptCount() {
		return cache.estimatedSize();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method))
				|| request.getDispatcherType() == DispatcherType.REQUEST && UNCACHED.matcher(path(request)).matches();
	}

	/**
	 * The error page a request ends on reads the same canonical headers as the request
	 * did.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			chain.doFilter(
					new CanonicalRequest(request, CanonicalRequest.known(request, List.of(KnownParameters.LANGUAGE)),
							accept.canonicalAccept(request.getHeader(HttpHeaders.ACCEPT)), site),
					response);
			return;
		}
		String path = path(request);
		// A hashed file name is a static file wherever it sits (the favicon's is at the
		// root)
		boolean isStatic = STATIC.matcher(path).matches() || VERSIONED.matcher(path).matches();
		Map<String, String[]> parameters = isStatic ? Map.of() : CanonicalRequest.known(request, parameters(path));
		CanonicalRequest canonical = new CanonicalRequest(request, parameters,
				accept.canonicalAccept(request.getHeader(HttpHeaders.ACCEPT)), site);
		boolean languageFromHeader = !isStatic && !parameters.containsKey(KnownParameters.LANGUAGE);
		String key = key(path, canonical.canonicalQuery(), languageFromHeader, request,
				isStatic ? null : LocalDate.now(clock));
		boolean keepable = key.length() <= MAX_KEY_LENGTH && !(isStatic && request.getQueryString() != null);
		PreparedResponse prepared = keepable ? cache.getIfPresent(key) : null;
		if (prepared != null && !accept.accepts(request.getHeader(HttpHeaders.ACCEPT), prepared.contentType())) {
			// What the handler says to a client that takes none of its formats (a 406
			// from the API)
			writeUnkept(canonical, request, response, chain);
			return;
		}
		if (prepared == null && keepable) {
			// One render per link at a time: requests for the same cold page wait for it
			// rather than
			// all rendering it at once (64 connections on a cold start timed out doing
			// that).
			Rendered rendered = new Rendered();
			try {
				prepared = cache.get(key, k -> rendered.render(canonical, response, chain, path, isStatic));
			}
			catch (RenderFailure failure) {
				failure.rethrow();
			}
			if (prepared == null && rendered.buffer != null) {
				writer.writeBuffered(request, response, rendered.buffer);
				return;
			}
		}
		if (prepared == null) {
			writeUnkept(canonical, request, response, chain);
			return;
		}
		writer.write(prepared, request, response, isStatic, languageFromHeader);
	}

	private List<String> parameters(String path) {
		List<String> names = known.get().forPath(path);
		return names == null ? List.of(KnownParameters.LANGUAGE) : names;
	}

	/**
	 * Renders without keeping: an answer that cannot be a cache entry, still never
	 * written blocking.
	 */
	private void writeUnkept(CanonicalRequest canonical, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
		chain.doFilter(canonical, buffer);
		writer.writeBuffered(request, response, buffer);
	}

	/**
	 * A render inside the cache's loader: its result, and the buffer it leaves when it is
	 * not kept.
	 */
	private final class Rendered {

		@Nullable ContentCachingResponseWrapper buffer;

		@Nullable PreparedResponse render(CanonicalRequest canonical, HttpServletResponse response, FilterChain chain,
				String path, boolean isStatic) {
			ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
			buffer = rendering;
			try {
				chain.doFilter(canonical, rendering);
			}
			catch (IOException | ServletException ex) {
				throw new RenderFailure(ex);
			}
			String contentType = rendering.getContentType();
			if (rendering.getStatus() != HttpServletResponse.SC_OK || contentType == null || rendering.isCommitted()) {
				return null;
			}
			buffer = null;
			return PreparedResponse.of(rendering.getContentAsByteArray(), contentType,
					rendering.getHeader(HttpHeaders.CONTENT_DISPOSITION), datasetVersion, cacheControl(path, isStatic));
		}

	}

	private String cacheControl(String path, boolean isStatic) {
		if (isStatic) {
			return VERSIONED.matcher(path).matches() ? "public, max-age=31536000, immutable"
					: "public, max-age=" + settings.staticMaxAgeSeconds();
		}
		return "public, max-age=" + settings.pageMaxAgeSeconds();
	}

	/**
	 * The day a page counts to (none for a static file), the canonical link, and the
	 * language the browser asks for when the link names none.
	 */
	private static String key(String path, @Nullable String query, boolean languageFromHeader,
			HttpServletRequest request, @Nullable LocalDate today) {
		String link = query == null ? path : path + "?" + query;
		String key = today == null ? link : today + " " + link;
		if (languageFromHeader) {
			key += "#" + Lang.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).code();
		}
		return key;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
