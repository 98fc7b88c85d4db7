package io.gpuipowatch.query;

import io.gpuipowatch.text.Lang;
import org.springframework.core.convert.converter.Converter;

/**
 * Binds {@code lang=en|zh} wherever a link's language is a parameter; any other value is
 * a bad request.
 */
public final class LangConverter implements Converter<String, Lang> {

	@Override
	public Lang convert(String code) {
		return Lang.fromCode(code).orElseThrow(() -> new BadRequestException("lang", code, Lang.codes()));
	}

}
