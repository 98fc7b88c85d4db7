package io.gpuipowatch.system;

import java.util.List;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON that never carries a raw {@code <}, {@code >}, {@code &} or {@code '}: a bad value
 * echoed in an error, or a figure's text in a chart's data attribute, cannot become
 * markup anywhere it is pasted. Boot's customizers (problem details and the rest) still
 * apply.
 */
@Configuration(proxyBeanMethods = false)
class HtmlSafeJson {

	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
		JsonMapper.Builder builder = JsonMapper
			.builder(JsonFactory.builder().characterEscapes(new HtmlEscapes()).build());
		customizers.forEach(customizer -> customizer.customize(builder));
		return builder;
	}

	static final class HtmlEscapes extends CharacterEscapes {

		private final int[] codes;

		HtmlEscapes() {
			codes = standardAsciiEscapesForJSON();
			for (char c : new char[] { '<', '>', '&', '\'' }) {
				codes[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return codes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
