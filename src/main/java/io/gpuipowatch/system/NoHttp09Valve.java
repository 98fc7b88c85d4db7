package io.gpuipowatch.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * HTTP/0.9 has no headers, so an answer over it could carry none of the security headers:
 * such a request gets nothing back, and the connection is closed.
 */
class NoHttp09Valve extends ValveBase {

	NoHttp09Valve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		// Tomcat leaves the protocol of an HTTP/0.9 request line empty
		String protocol = request.getProtocol();
		if (protocol == null || protocol.isEmpty() || "HTTP/0.9".equals(protocol)) {
			response.setStatus(505);
			return;
		}
		getNext().invoke(request, response);
	}

}
