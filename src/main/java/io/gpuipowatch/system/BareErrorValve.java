package io.gpuipowatch.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.gpuipowatch.security.SecurityHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat answers some requests itself, before the app sees them: a path with an encoded
 * slash or a NUL byte, a protected folder. This gives those answers the app's error shape
 * (a page with a heading and a detail, or a problem for the API) instead of Tomcat's own
 * report, and says nothing about the server.
 */
public class BareErrorValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		// The path as sent: Tomcat refuses some because they do not decode (%2F, %00,
		// %c0%ae)
		String uri = request.getRequestURI();
		boolean api = uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
		try {
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			SecurityHeaders.addMissing(response);
			response.setContentType(api ? "application/problem+json" : "text/html");
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			if (api) {
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status
						+ ",\"detail\":\"The request could not be understood; check the link.\"}");
			}
			else {
				writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status
						+ " · GPU IPO Watch</title></head><body><main><h1>" + title(status) + " · 链接无效</h1>"
						+ "<p class=\"error-detail\">This link could not be understood. 无法理解此链接。</p>"
						+ "<p><a href=\"/\">GPU IPO Watch</a></p></main></body></html>");
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response is already committed: nothing more to
			// say.
		}
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Bad request";
			case 404 -> "Not found";
			case 405 -> "Method not allowed";
			default -> "Error " + status;
		};
	}

}
