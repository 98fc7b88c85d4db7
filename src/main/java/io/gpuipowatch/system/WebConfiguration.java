package io.gpuipowatch.system;

import io.gpuipowatch.query.LangConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	static PageView.Installer pageViews() {
		return new PageView.Installer();
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new LangConverter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageParameterCheck()).excludePathPatterns("/css/**", "/js/**", "/webjars/**");
	}

	/**
	 * No Bean Validation in Spring MVC: nothing here is annotated with {@code @Valid},
	 * because every parameter is checked against the dataset's own codes. Hibernate
	 * Validator is on the class path only because springdoc refers to it; without this,
	 * Spring MVC would bootstrap it at every start, for nothing.
	 */
	@Override
	public Validator getValidator() {
		return new NothingToValidate();
	}

	private static final class NothingToValidate implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return false;
		}

		@Override
		public void validate(Object target, Errors errors) {
		}

	}

}
