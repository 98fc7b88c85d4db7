package io.gpuipowatch.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML validator) in this JVM, offline: its schemas come
 * from its own jar. Setting it up reads the whole HTML schema, so one checker serves many
 * pages, one at a time. Only errors are reported: warnings and notes are advice.
 */
final class HtmlChecker {

	private final SimpleDocumentValidator validator;

	private final List<String> errors = new ArrayList<>();

	HtmlChecker() throws Exception {
		// No log4j set-up of its own (the test's logging stays Boot's), no language
		// guessing
		this.validator = new SimpleDocumentValidator(false, false, false);
		this.validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new Collector(new ArrayList<>()) {
			@Override
			public void error(SAXParseException ex) throws SAXException {
				throw ex;
			}
		});
		this.validator.setUpValidatorAndParsers(new Collector(this.errors), false, false);
	}

	/**
	 * The errors in a page, each as "line:column: message"; empty for a valid page.
	 */
	synchronized List<String> errors(String html) throws IOException, SAXException {
		this.errors.clear();
		this.validator
			.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
		return List.copyOf(this.errors);
	}

	private static class Collector implements ErrorHandler {

		private final List<String> errors;

		Collector(List<String> errors) {
			this.errors = errors;
		}

		@Override
		public void warning(SAXParseException ex) {
		}

		@Override
		public void error(SAXParseException ex) throws SAXException {
			this.errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage());
		}

		@Override
		public void fatalError(SAXParseException ex) throws SAXException {
			error(ex);
		}

	}

}
