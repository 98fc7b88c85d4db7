package io.gpuipowatch.http;

import java.time.Clock;

import io.gpuipowatch.catalog.Catalog;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

	/**
	 * After the security headers are written (Spring Security runs at -100), before
	 * everything else.
	 */
	static final int CACHE_ORDER = 0;

	/**
	 * The handlers' parameters are read on the first request: filters are made while the
	 * web server starts, before Spring MVC has its handler mappings.
	 */
	@Bean
	FilterRegistrationBean<ResponseCacheFilter> responseCacheFilter(Catalog catalog, HttpSettings settings,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
			Clock clock) {
		FilterRegistrationBean<ResponseCacheFilter> registration = new FilterRegistrationBean<>(new ResponseCacheFilter(
				catalog, settings, SingletonSupplier.of(() -> KnownParameters.of(mapping.getObject())), clock));
		registration.setOrder(CACHE_ORDER);
		registration.setAsyncSupported(true);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
