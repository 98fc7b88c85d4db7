package io.gpuipowatch.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Spring Security here only writes headers: every request is permitted, nothing is stored
 * in a session, and there is no form to forge (so no CSRF token). Pages run only the
 * app's own scripts and styles; Swagger UI, which sets inline styles, gets its own
 * slightly wider policy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String API_DOCS_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	/**
	 * A chart's own page may be framed by any site: that is what it is for. It still runs
	 * only the app's own scripts.
	 */
	static final String EMBED_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
			"frame-ancestors *");

	static final String EMBED_PATHS = "/embed/**";

	/** The answers other sites may read: the API, its description and the CSV exports. */
	static final List<String> OPEN_DATA = List.of("/api/**", "/v3/api-docs/**", "/v3/api-docs", "/v3/api-docs.yaml",
			"/figures.csv", "/compare.csv");

	/**
	 * Runs right after Spring Security's own filters (-100), so a 405 carries the
	 * security headers.
	 */
	static final int READ_ONLY_ORDER = -99;

	@Bean
	@Order(1)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html");
		return common(http, API_DOCS_POLICY).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain embeds(HttpSecurity http) throws Exception {
		http.securityMatcher(EMBED_PATHS);
		return common(http, EMBED_POLICY).build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain site(HttpSecurity http) throws Exception {
		return common(http, SecurityHeaders.CONTENT_SECURITY_POLICY).build();
	}

	private static HttpSecurity common(HttpSecurity http, String policy) throws Exception {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.cors(cors -> cors.configurationSource(openData()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			// The headers of SecurityHeaders, and only those: caching is decided per
			// response by
			// the http package (pages and files are public).
			.headers(headers -> {
				headers.defaultsDisabled();
				SecurityHeaders.ALL.forEach((name, value) -> {
					// X-Frame-Options knows no "any site": a framable page must not send
					// it.
					if (!(policy.equals(EMBED_POLICY) && name.equals(SecurityHeaders.FRAME_OPTIONS))) {
						headers.addHeaderWriter(
								new StaticHeadersWriter(name, name.equals(SecurityHeaders.CSP) ? policy : value));
					}
				});
			});
	}

	/**
	 * The open data may be read by scripts on any site (no credentials: there are none),
	 * with GET and HEAD only; a preflight for anything else is refused. Pages allow no
	 * other origin.
	 */
	static CorsConfigurationSource openData() {
		CorsConfiguration reading = new CorsConfiguration();
		reading.addAllowedOrigin(CorsConfiguration.ALL);
		reading.setAllowedMethods(List.copyOf(ReadOnlyFilter.READING));
		reading.addAllowedHeader(CorsConfiguration.ALL);
		reading.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION));
		reading.setMaxAge(Duration.ofDays(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		for (String path : OPEN_DATA) {
			source.registerCorsConfiguration(path, reading);
		}
		return source;
	}

	@Bean
	FilterRegistrationBean<ReadOnlyFilter> readOnlyFilter() {
		FilterRegistrationBean<ReadOnlyFilter> registration = new FilterRegistrationBean<>(new ReadOnlyFilter());
		registration.setOrder(READ_ONLY_ORDER);
		return registration;
	}

}
