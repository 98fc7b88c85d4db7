package io.gpuipowatch.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security here only writes headers: every request is permitted, nothing is stored in a
 * session, and there is no form to forge (so no CSRF token). Pages run only the app's own
 * scripts and styles; Swagger UI, which sets inline styles, gets its own slightly wider policy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String API_DOCS_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	/** Runs right after Spring Security's own filters (-100), so a 405 carries the security headers. */
	static final int READ_ONLY_ORDER = -99;

	@Bean
	@Order(1)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html");
		return common(http, API_DOCS_POLICY).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain site(HttpSecurity http) throws Exception {
		return common(http, SecurityHeaders.CONTENT_SECURITY_POLICY).build();
	}

	private static HttpSecurity common(HttpSecurity http, String policy) throws Exception {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
				.frameOptions(frame -> frame.deny())
				// Caching is decided per response by the http package: pages and files are public.
				.cacheControl(cache -> cache.disable()));
	}

	@Bean
	FilterRegistrationBean<ReadOnlyFilter> readOnlyFilter() {
		FilterRegistrationBean<ReadOnlyFilter> registration = new FilterRegistrationBean<>(new ReadOnlyFilter());
		registration.setOrder(READ_ONLY_ORDER);
		return registration;
	}

}
