package io.gpuipowatch.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a prepared body without holding a worker thread while the client is slow to
 * read: the container calls back whenever the socket takes more, and the thread goes back
 * to the pool in between. A client that never reads (or pipelines requests and reads none
 * of the answers) so costs a connection and its buffers, not one of the few worker
 * threads, and is cut off when the write has not finished within the time-out.
 */
final class NonBlockingBody implements WriteListener, AsyncListener {

	/**
	 * Large enough that a page (the compare page is 17 KB gzip) goes out in one write: a
	 * second chunk waits for the container's write callback on another thread, which
	 * halved the compare page's rate. A write in non-blocking mode never blocks; what the
	 * socket cannot take yet stays in the container's buffer.
	 */
	private static final int CHUNK = 64 * 1024;

	private final AsyncContext async;

	private final ServletOutputStream out;

	private final byte[] body;

	private int offset;

	private final AtomicBoolean done = new AtomicBoolean();

	private NonBlockingBody(AsyncContext async, ServletOutputStream out, byte[] body) {
		this.async = async;
		this.out = out;
		this.body = body;
	}

	/**
	 * Writes the body, non-blocking where the container supports it (Tomcat does; the
	 * test container of MockMvc does not, and gets an ordinary write).
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, byte[] body, long timeoutMillis)
			throws IOException {
		if (body.length == 0 || !request.isAsyncSupported() || request.isAsyncStarted()) {
			response.getOutputStream().write(body);
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		async.setTimeout(timeoutMillis);
		ServletOutputStream out = response.getOutputStream();
		NonBlockingBody writer = new NonBlockingBody(async, out, body);
		async.addListener(writer);
		try {
			out.setWriteListener(writer);
		}
		catch (UnsupportedOperationException ex) {
			out.write(body);
			writer.finish();
		}
	}

	@Override
	public void onWritePossible() throws IOException {
		while (out.isReady()) {
			if (offset == body.length) {
				finish();
				return;
			}
			int length = Math.min(CHUNK, body.length - offset);
			out.write(body, offset, length);
			offset += length;
		}
	}

	/**
	 * The client went away or stopped reading: nothing more to write. The container tells
	 * the async listeners next, and completing there keeps it from rendering an error
	 * page into an answer already half sent.
	 */
	@Override
	public void onError(Throwable failure) {
	}

	@Override
	public void onTimeout(AsyncEvent event) {
		finish();
	}

	@Override
	public void onError(AsyncEvent event) {
		finish();
	}

	@Override
	public void onComplete(AsyncEvent event) {
		done.set(true);
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

	private void finish() {
		if (done.compareAndSet(false, true)) {
			async.complete();
		}
	}

}
