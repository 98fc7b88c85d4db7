package io.gpuipowatch.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every page a Chinese reader can reach from the overview, and the error pages, and
 * finds no English the product wrote: no English text of the data, no English message, no
 * raw code. English stays only where it is marked so: a name in the other language, or a
 * text the data has not translated yet, marked as such.
 */
@PageTest
class ChinesePagesTests {

	/**
	 * Enough to reach every company, basis, comparison and error page from the overview.
	 */
	private static final int MAX_PAGES = 120;

	/** Three English words in a row: a phrase, not a name or a unit. */
	private static final Pattern ENGLISH_PHRASE = Pattern.compile("[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){2,}");

	@Autowired
	Pages pages;

	@Autowired
	Catalog catalog;

	@Test
	void noPageInChineseShowsEnglishTheProductWrote() throws Exception {
		Set<String> english = englishTexts();
		// Outlets whose Chinese name is their English one ("Hello China Tech")
		Set<String> names = new LinkedHashSet<>();
		catalog.sources().forEach(source -> names.add(source.getPublisher().zh()));
		assertThat(english).as("English texts to look for").hasSizeGreaterThan(200);
		List<String> found = new ArrayList<>();
		Set<String> visited = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/?lang=zh", "/compare?c=nvidia&lang=zh",
				"/compare?venue=nasdaq&lang=zh", "/companies/nvidia?lang=zh", "/compare?sort=height&lang=zh",
				"/companies/biren?basis=gaap&lang=zh", "/race?align=bogus&lang=zh", "/nowhere?lang=zh"));
		while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
			String url = queue.poll();
			if (!visited.add(url)) {
				continue;
			}
			Document page = pages.get(url, status(url));
			assertThat(page.select("html").attr("lang")).as(url).isEqualTo("zh-Hans");
			found.addAll(englishIn(page, english, names).stream().map(text -> url + ": " + text).toList());
			for (Element link : page.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && href.contains("lang=zh") && !href.startsWith("/api")
						&& !href.contains(".csv") && !href.contains(".atom") && !href.contains(".ics")
						&& !href.contains("#")) {
					queue.add(href);
				}
			}
		}
		assertThat(visited).as("pages walked").hasSizeGreaterThan(20);
		assertThat(found).as("English on Chinese pages").isEmpty();
	}

	/**
	 * The English of every text of the data and every message that has a Chinese
	 * counterpart of its own; names that read the same in both are left out.
	 */
	private Set<String> englishTexts() throws IOException {
		Set<String> texts = new LinkedHashSet<>();
		Stream<Text> data = Stream
			.of(catalog.sources().stream().flatMap(s -> Stream.of(s.getTitle(), s.getLocator(), s.getPublisher())),
					catalog.figures()
						.stream()
						.flatMap(f -> Stream.of(f.getProvenance().getReason(), f.getProvenance().getNote(),
								f.getCheckNote())),
					catalog.events()
						.stream()
						.flatMap(e -> Stream.of(e.getProvenance().getReason(), e.getProvenance().getNote())),
					catalog.companies().stream().map(c -> c.getNote()),
					catalog.groups()
						.stream()
						.flatMap(g -> Stream.of(g.getName(), g.getShortName(), g.getDescription())))
			.flatMap(s -> s);
		// A name the Chinese text also writes in Latin letters (C114通信网) is not English
		data.filter(t -> t.en() != null && t.zh() != null && !t.zh().contains(t.en()))
			.map(Text::en)
			.filter(ChinesePagesTests::hasWords)
			.forEach(texts::add);
		catalog.metrics().forEach(m -> texts.add(m.getLabelEn()));
		catalog.venues().forEach(v -> texts.add(v.getNameEn()));
		Properties en = bundle("messages/messages.properties");
		Properties zh = bundle("messages/messages_zh.properties");
		for (String key : en.stringPropertyNames()) {
			String text = en.getProperty(key).replaceAll("\\{\\d+}", "").trim();
			// A message of one short word ("Group") is too common to tell a page apart
			if (!text.equals(zh.getProperty(key)) && text.length() >= 6 && hasWords(text)
					&& !key.startsWith("value.lang.")) {
				texts.add(text.replaceAll("''", "'"));
			}
		}
		return texts;
	}

	/**
	 * The English texts found in the Chinese parts of a page: its text, titles and labels
	 * outside elements marked as another language.
	 */
	private static List<String> englishIn(Document page, Set<String> english, Set<String> names) {
		List<String> found = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			// A <code> is a value as a link must spell it (star, funds-raised-gross), not
			// prose
			if (!inChinese(element) || element.tagName().equals("script") || element.tagName().equals("style")
					|| element.tagName().equals("code")) {
				continue;
			}
			List<String> texts = new ArrayList<>();
			element.textNodes().stream().map(TextNode::text).forEach(texts::add);
			Stream.of("title", "aria-label", "alt").map(element::attr).forEach(texts::add);
			if (element.is("meta[name=description], meta[property^=og:]")) {
				texts.add(element.attr("content"));
			}
			for (String text : texts) {
				if (text.startsWith("https://") || text.startsWith("http://")) {
					// A source's address is written as it is
					continue;
				}
				if (text.contains("??")) {
					found.add("a message key without a message: " + text);
				}
				String unnamed = text;
				for (String name : names) {
					unnamed = unnamed.replace(name, "");
				}
				if (ENGLISH_PHRASE.matcher(unnamed).find()) {
					found.add("an English phrase in <" + element.tagName() + ">: " + text);
				}
				for (String words : english) {
					if (text.contains(words)) {
						found.add("“" + words + "” in <" + element.tagName() + ">: " + text);
					}
				}
			}
		}
		return found;
	}

	/** Written in words, not only figures and symbols ("14.74 + 17.44 = 32.18亿"). */
	private static boolean hasWords(String text) {
		return text.matches("(?s).*[A-Za-z]{3,}.*");
	}

	private static boolean inChinese(Element element) {
		Element marked = element.closest("[lang]");
		return marked != null && marked.attr("lang").startsWith("zh");
	}

	private static int status(String url) {
		String path = URI.create(url).getPath();
		if (path.equals("/nowhere") || path.equals("/companies/nvidia")) {
			return 404;
		}
		return url.contains("nvidia") || url.contains("nasdaq") || url.contains("height") || url.contains("gaap")
				|| url.contains("bogus") ? 400 : 200;
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
