package io.gpuipowatch;

import io.gpuipowatch.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application starts, web server included, with the bundled dataset loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.data-dir=", "spring.datasource.url=jdbc:h2:mem:smoke-tests;DB_CLOSE_DELAY=-1" })
class ApplicationSmokeTests {

	@Autowired
	ApplicationContext context;

	@Test
	void startsWithTheCatalogOfTheBundledCompanies() {
		assertThat(context.getBeansOfType(Catalog.class)).hasSize(1);
		assertThat(context.getBean(Catalog.class).companies()).extracting(c -> c.getSlug())
			.contains("moore-threads", "metax", "biren", "enflame", "iluvatar-corex");
	}

}
