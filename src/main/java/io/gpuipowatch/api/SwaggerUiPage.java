package io.gpuipowatch.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.core.io.Resource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Swagger UI's own page as springdoc serves it, with the viewport tag its WebJar's
 * {@code index.html} lacks: without it a phone lays the page out 980 px wide and shrinks
 * it. springdoc uses this transformer instead of its own (which fills in the
 * initializer's settings, and still does).
 */
// Only where springdoc serves Swagger UI: a start-up without it has no page to mend
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "springdoc.swagger-ui.enabled", matchIfMissing = true)
class SwaggerUiPage extends SwaggerIndexPageTransformer {

	static final String VIEWPORT = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";

	SwaggerUiPage(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth, SwaggerWelcomeCommon welcome,
			ObjectMapperProvider json) {
		super(config, oauth, welcome, json);
	}

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource transformed = super.transform(request, resource, chain);
		if (!"index.html".equals(resource.getFilename())) {
			return transformed;
		}
		String html = transformed.getContentAsString(StandardCharsets.UTF_8);
		if (html.contains("name=\"viewport\"")) {
			return transformed;
		}
		return new TransformedResource(resource,
				html.replaceFirst("<head>", "<head>\n    " + VIEWPORT).getBytes(StandardCharsets.UTF_8));
	}

}
