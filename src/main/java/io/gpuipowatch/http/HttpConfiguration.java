package io.gpuipowatch.http;

import io.gpuipowatch.catalog.Catalog;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

	/** After the security headers are written (Spring Security runs at -100), before everything else. */
	static final int CACHE_ORDER = 0;

	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(Catalog catalog, HttpSettings settings) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(
				new ResponseCacheFilter(catalog, settings));
		registration.setOrder(CACHE_ORDER);
		return registration;
	}

}
