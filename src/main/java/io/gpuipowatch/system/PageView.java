package io.gpuipowatch.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page is of its view's content type (HTML) whatever its link ends in. Unless a
 * concrete type was chosen for the request, Thymeleaf takes one from the path's
 * extension, so the error page for {@code /companies/x.js} was labelled JavaScript;
 * Spring's content negotiation only ever chooses {@code *}{@code /*} for a page.
 */
public class PageView extends ThymeleafView {

	@Override
	public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Object selected = request.getAttribute(View.SELECTED_CONTENT_TYPE);
		String own = getContentType();
		if (own != null && !(selected instanceof MediaType type && type.isConcrete())) {
			request.setAttribute(View.SELECTED_CONTENT_TYPE, MediaType.parseMediaType(own));
		}
		super.render(model, request, response);
	}

	/** Makes Boot's Thymeleaf view resolver create pages of this class. */
	static final class Installer implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof ThymeleafViewResolver resolver) {
				resolver.setViewClass(PageView.class);
			}
			return bean;
		}

	}

}
