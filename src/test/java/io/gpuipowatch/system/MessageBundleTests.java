package io.gpuipowatch.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gpuipowatch.catalog.EventKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a page shows comes from the message bundles, and both bundles hold the same
 * keys: a template with hard-coded text, or a key missing in one language, fails the
 * build.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/** Text a template may hold outside th:text: punctuation and symbols, no words. */
	private static final Pattern NO_WORDS = Pattern.compile("[\\s·›—:,\\[\\]()▮↕▲▼|/+−-]*");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)");

	private static final Pattern JAVA_KEY = Pattern
		.compile("\"((?:chart|series|compare|missing|error|status|event|overview|company|filter)\\.[a-zA-Z0-9.]+)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(bundle("messages_zh.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		for (Path source : files(JAVA, ".java")) {
			Matcher m = JAVA_KEY.matcher(Files.readString(source));
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		for (EventKind kind : EventKind.values()) {
			used.add("status." + kind.code());
			used.add("event." + kind.code());
		}
		used.removeIf(key -> key.endsWith("."));
		assertThat(used).isNotEmpty();
		for (String bundle : List.of("messages.properties", "messages_zh.properties")) {
			assertThat(bundle(bundle).stringPropertyNames()).as(bundle).containsAll(used);
		}
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : files(TEMPLATES, ".html")) {
			Document html = Jsoup.parse(Files.readString(template));
			for (Element element : html.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace") || element.hasAttr("th:insert")
						|| element.tagName().equals("title");
				if (!replaced) {
					for (TextNode text : element.textNodes()) {
						if (!NO_WORDS.matcher(text.text()).matches()) {
							problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
									+ text.text().strip() + "\"");
						}
					}
				}
				for (String attribute : List.of("title", "alt", "aria-label", "placeholder")) {
					if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
						problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute)
								+ "\" (use th:" + attribute + " with a message)");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/messages/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.toString().endsWith(suffix)).toList();
		}
	}

}
