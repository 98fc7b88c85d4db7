package io.gpuipowatch.export;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.money.Fixings;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV downloads, read back as Excel would and compared with the catalog. */
@PageTest
class CsvExportTests {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Test
	void holdsEveryFigureWithItsExactValueSourceAndDataset() throws Exception {
		List<CSVRecord> rows = download("/figures.csv", "figures");
		Map<String, Figure> byId = catalog.figures()
			.stream()
			.collect(Collectors.toMap(Figure::getId, Function.identity()));
		assertThat(rows.stream().map(r -> r.get("figure_id")).toList())
			.containsExactlyElementsOf(catalog.figures().stream().map(Figure::getId).toList());
		for (CSVRecord row : rows) {
			Figure figure = byId.get(row.get("figure_id"));
			String id = figure.getId();
			assertThat(new BigDecimal(row.get("value"))).as(id).isEqualByComparingTo(figure.getValue());
			assertThat(row.get("value")).as(id).doesNotContain("E");
			assertThat(row.get("company")).as(id)
				.isEqualTo(figure.getCompany() == null ? "" : figure.getCompany().getSlug());
			assertThat(row.get("metric")).isEqualTo(figure.getMetric().getCode());
			assertThat(row.get("period")).isEqualTo(figure.getPeriod().key());
			assertThat(row.get("unit")).isEqualTo(figure.getUnit().code());
			assertThat(row.get("currency")).isEqualTo(figure.getUnit().isCurrency() ? figure.getUnit().code() : "");
			assertThat(row.get("qualifier")).isEqualTo(figure.getQualifier().code());
			assertThat(row.get("basis")).isEqualTo(figure.getBasis() == null ? "" : figure.getBasis().getCode());
			assertThat(row.get("method")).isEqualTo(figure.getMethod().code());
			assertThat(Boolean.parseBoolean(row.get("shown"))).isEqualTo(figure.isShown());
			Source source = figure.getSource();
			assertThat(row.get("source_id")).isEqualTo(source.getId());
			assertThat(row.get("source_publisher")).isEqualTo(source.getPublisher().en());
			assertThat(row.get("source_title")).isEqualTo(source.getTitle().en());
			assertThat(row.get("source_url")).isEqualTo(source.getUrl() == null ? "" : source.getUrl());
			assertThat(row.get("as_of")).isEqualTo(catalog.info().getAsOf().toString());
			assertThat(row.get("dataset_version")).isEqualTo(catalog.info().getVersion());
		}
		assertThat(rows.stream().filter(r -> r.get("shown").equals("false"))).isNotEmpty();
	}

	@Test
	void givesMoneyAlsoInTheCurrencyAskedForWithItsRate() throws Exception {
		List<CSVRecord> rows = download("/figures.csv?company=biren&currency=CNY", "figures");
		List<CSVRecord> hkd = rows.stream().filter(r -> r.get("unit").equals("HKD")).toList();
		assertThat(hkd).isNotEmpty();
		for (CSVRecord row : hkd) {
			String id = row.get("figure_id");
			var rate = Fixings.nearest(catalog, "HKD", Fixings.dayOf(row.get("period")));
			assertThat(rate).as(id).isPresent();
			assertThat(row.get("rate_date")).as(id).isEqualTo(rate.get().getDate().toString());
			assertThat(row.get("converted_currency")).isEqualTo("CNY");
			assertThat(new BigDecimal(row.get("converted_rate"))).isEqualByComparingTo(rate.get().getCnyPerUnit());
			assertThat(row.get("rate_sources")).isEqualTo(rate.get().getSource().getId());
			assertThat(new BigDecimal(row.get("converted_value"))).as(id)
				.isEqualByComparingTo(new BigDecimal(row.get("value")).multiply(rate.get().getCnyPerUnit()));
			assertThat(row.get("not_converted")).isEmpty();
		}
		assertThat(rows.stream().filter(r -> r.get("unit").equals("CNY"))).isNotEmpty()
			.allSatisfy(r -> assertThat(r.get("converted_value") + r.get("not_converted")).isEmpty());
		List<CSVRecord> moore = download("/figures.csv?company=moore-threads&currency=HKD", "figures");
		assertThat(moore.stream().filter(r -> r.get("metric").equals("market-cap-first-close"))).isNotEmpty()
			.allSatisfy(r -> assertThat(r.get("not_converted")).isEqualTo("no-rate"));
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/figures.csv?currency=EUR"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Test
	void keepsChineseIntactForExcel() throws Exception {
		List<CSVRecord> rows = download("/figures.csv?company=biren&lang=zh", "figures");
		assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("company_name")).isEqualTo("壁仞科技"));
		assertThat(rows.stream().map(r -> r.get("source_publisher")))
			.contains(catalog.source("S0").orElseThrow().getPublisher().zh())
			.anySatisfy(p -> assertThat(p).contains("香港新闻网"));
		assertThat(rows.stream().map(r -> r.get("metric_label"))).contains("发行价");
		assertThat(rows.stream().map(r -> r.get("text"))).contains("19.60港元");
	}

	@Test
	void filtersFiguresAsTheApiDoes() throws Exception {
		Figure[] metax = catalog.figures(catalog.company("metax").orElseThrow()).toArray(Figure[]::new);
		assertThat(ids(download("/figures.csv?company=metax", "figures")))
			.containsExactlyElementsOf(Arrays.stream(metax).map(Figure::getId).toList());
		List<CSVRecord> star = download("/figures.csv?venue=star&metric=revenue", "figures");
		assertThat(star).isNotEmpty()
			.allSatisfy(r -> assertThat(r.get("company")).isIn("moore-threads", "metax"))
			.allSatisfy(r -> assertThat(r.get("metric")).isEqualTo("revenue"));
		MvcResult bad = mvc.perform(MockMvcRequestBuilders.get("/figures.csv?metric=ebitda")).andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void theCompareFileIsTheTableWithACompanyPerColumn() throws Exception {
		MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/compare.csv?c=moore-threads&c=biren&lang=en"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"gpu-ipo-watch-compare-" + catalog.info().getVersion() + ".csv\"");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(UTF8_BOM);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("Section", "Figure", "Period", "Unit",
				"Moore Threads", "Moore Threads · sources", "Biren Technology", "Biren Technology · sources");
		CSVRecord price = records.stream().filter(r -> r.get("Figure").equals("Issue price")).findFirst().orElseThrow();
		Figure mt = catalog.shownLatest(catalog.company("moore-threads").orElseThrow(), "issue-price").orElseThrow();
		assertThat(price.get("Moore Threads · sources")).isEqualTo(mt.getSource().getId());
		assertThat(price.get("Biren Technology")).isEqualTo("HKD 19.60");
		MvcResult tooMany = mvc
			.perform(MockMvcRequestBuilders.get("/compare.csv?c=metax&c=biren&c=enflame&c=moore-threads&c=acme"))
			.andReturn();
		assertThat(tooMany.getResponse().getStatus()).isEqualTo(400);
	}

	/** Fetches a CSV file, checks how it is served, and reads it the way Excel does. */
	private List<CSVRecord> download(String url, String name) throws Exception {
		MvcResult result = mvc.perform(MockMvcRequestBuilders.get(URI.create(url))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).as(url).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition")).as(url)
			.isEqualTo("attachment; filename=\"gpu-ipo-watch-" + name + "-" + catalog.info().getVersion() + ".csv\"");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).as(url + " starts with the UTF-8 byte-order mark").isEqualTo(UTF8_BOM);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
		assertThat(records).as(url).allSatisfy(r -> assertThat(r.isConsistent()).isTrue());
		assertThat(records.isEmpty() ? FigureCsv.COLUMNS : records.get(0).getParser().getHeaderNames())
			.containsExactlyElementsOf(FigureCsv.COLUMNS);
		return records;
	}

	private static List<String> ids(List<CSVRecord> rows) {
		return rows.stream().map(r -> r.get("figure_id")).toList();
	}

}
