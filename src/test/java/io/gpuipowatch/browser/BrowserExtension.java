package io.gpuipowatch.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.gpuipowatch.catalog.Catalog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands browser tests one headless Chromium, started once for the whole run and closed
 * (with the timings printed) at its end. Without Debian's chromium and chromium-driver
 * the tests are skipped on a developer's machine and fail in CI ({@code CI=true}), where
 * {@code .ci/run} installs them.
 */
class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

	private static final String MISSING = "Browser tests skipped: "
			+ "install Debian packages chromium chromium-driver fonts-noto-cjk";

	private static final boolean CI = "true".equals(System.getenv("CI"));

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	/** Skips the tests, loudly, on a machine without the browser, unless this is CI. */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String missing = missing();
		if (missing == null || CI) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver found, or CI must run them");
		}
		context.getRoot().getStore(NAMESPACE).computeIfAbsent("warned", key -> {
			String line = "*".repeat(missing.length() + 8);
			System.err.printf("%n%s%n*** %s ***%n%s%n%n", line, missing, line);
			return true;
		});
		return ConditionEvaluationResult.disabled(missing);
	}

	/** In CI, where .ci/run installs the browser, a missing one fails the build. */
	@Override
	public void beforeAll(ExtensionContext context) {
		String missing = missing();
		if (missing != null) {
			Assertions.fail(missing.replace("skipped", "cannot run") + "; CI=true, so they must run");
		}
	}

	private static @Nullable String missing() {
		List<Path> missing = Stream.of(Browser.CHROMIUM, Browser.CHROMEDRIVER)
			.filter(p -> !Files.isExecutable(p))
			.toList();
		return missing.isEmpty() ? null : MISSING + " (not found: " + missing + ")";
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Browser browser = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, type -> Browser.start(), Browser.class);
		ApplicationContext app = SpringExtension.getApplicationContext(context);
		String port = app.getEnvironment().getRequiredProperty("local.server.port");
		browser.serve(URI.create("http://localhost:" + port), app.getBean(Catalog.class));
		return browser;
	}

}
