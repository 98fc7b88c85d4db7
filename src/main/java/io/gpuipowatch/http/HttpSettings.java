package io.gpuipowatch.http;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How prepared responses are kept, written and how long browsers may reuse them.
 *
 * @param cacheMegabytes the most memory prepared responses may take, keys included
 * @param pageMaxAgeSeconds how long a browser may reuse a page, an API answer or an
 * export
 * @param staticMaxAgeSeconds how long a browser may reuse a static file without a content
 * hash
 * @param writeTimeoutSeconds how long a client may take to read an answer before it is
 * cut off
 * @param siteUrl the site's public address, used wherever an answer names it: never the
 * {@code Host} a client sent
 */
@ConfigurationProperties("dashboard.http")
record HttpSettings(@DefaultValue("32") int cacheMegabytes, @DefaultValue("300") int pageMaxAgeSeconds,
		@DefaultValue("3600") int staticMaxAgeSeconds, @DefaultValue("30") int writeTimeoutSeconds,
		@DefaultValue("http://localhost:8080") URI siteUrl) {

	long writeTimeoutMillis() {
		return writeTimeoutSeconds * 1000L;
	}

}
