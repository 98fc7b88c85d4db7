package io.gpuipowatch.dataset;

import java.time.Clock;
import java.time.ZoneId;

import io.gpuipowatch.catalog.Catalog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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

	/**
	 * "Today", for dates in the data that may not lie in the future: the day in China,
	 * where the markets are.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}

}
