package io.gpuipowatch.http;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes an answer: a prepared response with its validators, or a body a render left in
 * its buffer, answering a matching {@code If-None-Match} with a 304 and gzip to clients
 * that take it, always without blocking a thread on a slow reader.
 */
final class PreparedWriter {

	private final AcceptHeaders accept;

	private final long writeTimeoutMillis;

	PreparedWriter(AcceptHeaders accept, long writeTimeoutMillis) {
		this.accept = accept;
		this.writeTimeoutMillis = writeTimeoutMillis;
	}

	/**
	 * The body a render left in its buffer (an error page, say), written after its
	 * headers.
	 */
	void writeBuffered(HttpServletRequest request, HttpServletResponse response, ContentCachingResponseWrapper buffer)
			throws IOException {
		if (buffer.isCommitted() || request.isAsyncStarted()) {
			buffer.copyBodyToResponse();
			return;
		}
		byte[] body = buffer.getContentAsByteArray();
		// Nothing to write after a sendError: the container's error page follows.
		if (body.length == 0) {
			return;
		}
		response.setContentLength(body.length);
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		NonBlockingBody.write(request, response, body, writeTimeoutMillis);
	}

	void write(PreparedResponse prepared, HttpServletRequest request, HttpServletResponse response, boolean isStatic,
			boolean languageFromHeader) throws IOException {
		response.setHeader(HttpHeaders.ETAG, prepared.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, prepared.cacheControl());
		String vary = vary(response, prepared, isStatic, languageFromHeader);
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
		if (prepared.gzipped() != null && accept.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			body = prepared.gzipped();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			NonBlockingBody.write(request, response, body, writeTimeoutMillis);
		}
	}

	/**
	 * What else the same link's answer depends on, added to what the response says
	 * already (the CORS filter's Origin): the encoding when there is a gzip form, the
	 * Accept header for everything but static files (an answer in a format the client
	 * does not take is a 406), and the browser's language when the link does not name
	 * one.
	 */
	private static @Nullable String vary(HttpServletResponse response, PreparedResponse prepared, boolean isStatic,
			boolean languageFromHeader) {
		Set<String> vary = new LinkedHashSet<>();
		for (String value : response.getHeaders(HttpHeaders.VARY)) {
			for (String name : value.split(",")) {
				if (!name.isBlank()) {
					vary.add(name.strip());
				}
			}
		}
		if (!isStatic) {
			vary.add(HttpHeaders.ACCEPT);
		}
		if (prepared.gzipped() != null) {
			vary.add(HttpHeaders.ACCEPT_ENCODING);
		}
		if (languageFromHeader) {
			vary.add(HttpHeaders.ACCEPT_LANGUAGE);
		}
		return vary.isEmpty() ? null : String.join(", ", vary);
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

}
