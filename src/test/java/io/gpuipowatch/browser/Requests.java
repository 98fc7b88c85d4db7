package io.gpuipowatch.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.logging.LogEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The requests a page made, read from Chromium's performance log (its DevTools network
 * events): where each went, and how it ended.
 */
final class Requests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One request and its outcome; a redirect is an exchange of its own. */
	static final class Exchange {

		final String url;

		final String type;

		int status;

		@Nullable String failure;

		boolean finished;

		Exchange(String url, String type) {
			this.url = url;
			this.type = type;
		}

		@Override
		public String toString() {
			return type + " " + url + " -> " + (failure != null ? failure : finished ? status : "no answer");
		}

	}

	private final String tab;

	private final Map<String, Exchange> open = new LinkedHashMap<>();

	private final List<Exchange> seen = new ArrayList<>();

	/**
	 * Reads the requests of one tab, named by its window handle (its DevTools target id).
	 */
	Requests(String tab) {
		this.tab = tab;
	}

	void read(Iterable<LogEntry> entries) {
		for (LogEntry entry : entries) {
			JsonNode logged = JSON.readTree(entry.getMessage());
			if (!tab.equals(logged.path("webview").asString(""))) {
				continue;
			}
			JsonNode message = logged.path("message");
			JsonNode params = message.path("params");
			String id = params.path("requestId").asString("");
			switch (message.path("method").asString("")) {
				case "Network.requestWillBeSent" -> {
					Exchange redirected = open.remove(id);
					if (redirected != null && params.has("redirectResponse")) {
						redirected.status = params.path("redirectResponse").path("status").asInt();
						redirected.finished = true;
					}
					String url = params.path("request").path("url").asString("");
					if (!url.startsWith("data:") && !url.startsWith("about:")) {
						Exchange exchange = new Exchange(url, params.path("type").asString("Other"));
						open.put(id, exchange);
						seen.add(exchange);
					}
				}
				case "Network.responseReceived" -> {
					Exchange exchange = open.get(id);
					if (exchange != null) {
						exchange.status = params.path("response").path("status").asInt();
					}
				}
				case "Network.loadingFinished" -> {
					Exchange exchange = open.remove(id);
					if (exchange != null) {
						exchange.finished = true;
					}
				}
				case "Network.loadingFailed" -> {
					Exchange exchange = open.remove(id);
					if (exchange != null) {
						exchange.failure = params.path("errorText").asString("failed");
						exchange.finished = true;
					}
				}
				default -> {
				}
			}
		}
	}

	/** Starts afresh, without checking what was seen. */
	void forget() {
		seen.clear();
		open.clear();
	}

	/** True when every request seen so far has ended. */
	boolean settled() {
		return open.isEmpty();
	}

	/**
	 * Checks every request seen since the last check: to the app's own origin, and
	 * answered 2xx or 3xx; the last page loaded, which must be among them when the
	 * browser {@code navigated}, is answered {@code documentStatus} (an error page's 400
	 * or 404).
	 */
	void check(URI origin, boolean navigated, int documentStatus, SoftAssertions soft, String page) {
		Exchange document = null;
		for (Exchange exchange : seen) {
			if (exchange.type.equals("Document")) {
				document = exchange;
			}
		}
		for (Exchange exchange : seen) {
			URI url = URI.create(exchange.url);
			soft.assertThat(url.getScheme() + "://" + url.getAuthority())
				.as("%s: request left the app's origin: %s", page, exchange)
				.isEqualTo(origin.getScheme() + "://" + origin.getAuthority());
			if (!exchange.finished || exchange.failure != null) {
				soft.fail("%s: request failed: %s", page, exchange);
			}
			else if (exchange == document) {
				soft.assertThat(exchange.status).as("%s: page status: %s", page, exchange).isEqualTo(documentStatus);
			}
			else {
				soft.assertThat(exchange.status).as("%s: answered 2xx or 3xx: %s", page, exchange).isBetween(200, 399);
			}
		}
		if (navigated) {
			soft.assertThat(document).as("%s: the page's own request was seen", page).isNotNull();
		}
		forget();
	}

}
