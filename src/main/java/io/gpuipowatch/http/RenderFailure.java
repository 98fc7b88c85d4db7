package io.gpuipowatch.http;

import java.io.IOException;

import jakarta.servlet.ServletException;

/** Carries a checked failure of the filter chain out of the cache's loader. */
final class RenderFailure extends RuntimeException {

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
