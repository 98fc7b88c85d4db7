package io.gpuipowatch.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How prepared responses are kept and how long browsers may reuse them.
 *
 * @param cacheMegabytes the most memory prepared responses may take
 * @param pageMaxAgeSeconds how long a browser may reuse a page, an API answer or an export
 * @param staticMaxAgeSeconds how long a browser may reuse a static file without a content hash
 */
@ConfigurationProperties("dashboard.http")
record HttpSettings(@DefaultValue("32") int cacheMegabytes, @DefaultValue("300") int pageMaxAgeSeconds,
		@DefaultValue("3600") int staticMaxAgeSeconds) {
}
