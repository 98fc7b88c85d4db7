package io.gpuipowatch.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that drives Debian's headless Chromium against the whole app on a random port,
 * with the bundled dataset. Test methods take a {@link Browser} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.data-dir=", "spring.datasource.url=jdbc:h2:mem:browser-tests;DB_CLOSE_DELAY=-1" })
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {

}
