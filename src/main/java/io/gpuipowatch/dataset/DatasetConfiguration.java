package io.gpuipowatch.dataset;

import io.gpuipowatch.catalog.Catalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the loaded dataset a bean, so it is loaded while the context starts, before the
 * web server takes requests, and a bad dataset stops the start-up.
 */
@Configuration(proxyBeanMethods = false)
class DatasetConfiguration {

	@Bean
	Catalog catalog(DatasetLoader loader) {
		return loader.load();
	}

}
