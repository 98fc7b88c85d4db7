package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.CatalogStore;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Method;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Unit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset packaged with the app loads at start-up and holds the article's figures
 * exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = { "dashboard.data-dir=",
		"spring.datasource.url=jdbc:h2:mem:bundled-dataset-tests;DB_CLOSE_DELAY=-1" })
class BundledDatasetTests {

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogStore store;

	@Autowired
	JdbcTemplate jdbc;

	private Company company(String slug) {
		return catalog.company(slug).orElseThrow(() -> new AssertionError("no company " + slug));
	}

	private Figure shown(String company, String metric, String period) {
		return catalog.shown(company(company), metric, period)
			.orElseThrow(() -> new AssertionError("no " + metric + " for " + company + " over " + period));
	}

	private Figure figure(String id) {
		return catalog.figures()
			.stream()
			.filter(f -> f.getId().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no figure " + id));
	}

	@Test
	void holdsTheCompaniesInTheOrderOfTheFile() {
		assertThat(catalog.companies()).extracting(Company::getSlug)
			.containsExactly("moore-threads", "metax", "biren", "enflame", "iluvatar-corex");
		assertThat(catalog.companies()).extracting(c -> c.getGroup().getCode())
			.containsExactly("four-dragons", "four-dragons", "four-dragons", "four-dragons", "other-gpu");
		assertThat(catalog.venues()).extracting(v -> v.getCode()).containsExactly("star", "hkex", "unlisted");
	}

	@Test
	void holdsEachCompanysListingState() {
		assertThat(company("moore-threads").getStatus()).isEqualTo(EventKind.LISTED);
		assertThat(company("moore-threads").getVenue().getCode()).isEqualTo("star");
		assertThat(company("moore-threads").getStockCode()).isEqualTo("688795");
		assertThat(company("biren").getVenue().getCode()).isEqualTo("hkex");
		Company enflame = company("enflame");
		assertThat(enflame.getStatus()).isEqualTo(EventKind.ENQUIRY);
		assertThat(enflame.getVenue().isListed()).isFalse();
		assertThat(Objects.requireNonNull(enflame.getAppliedVenue()).getCode()).isEqualTo("star");
		assertThat(company("metax").getFounded()).isEqualTo(PartialDate.parse("2020-09-14"));
	}

	@Test
	void holdsMooreThreadsIssuePriceAndFirstDayOpen() {
		Figure price = shown("moore-threads", "issue-price", "2025-12-05");
		assertThat(price.getValue()).isEqualByComparingTo("114.28");
		assertThat(price.getUnit()).isEqualTo(Unit.CNY);
		assertThat(price.getQualifier()).isEqualTo(Qualifier.EXACT);
		assertThat(price.getSource().getId()).isEqualTo("S0");
		Figure open = shown("moore-threads", "first-day-open", "2025-12-05");
		assertThat(open.getValue()).isEqualByComparingTo("650");
		assertThat(open.getUnit()).isEqualTo(Unit.CNY);
		assertThat(shown("moore-threads", "first-day-gain-open", "2025-12-05").getValue())
			.isEqualByComparingTo("468.78");
	}

	@Test
	void holdsMetaxFirstDayCloseAndGain() {
		Figure close = shown("metax", "first-day-close", "2025-12-17");
		assertThat(close.getValue()).isEqualByComparingTo("829.90");
		assertThat(close.getUnit()).isEqualTo(Unit.CNY);
		Figure gain = shown("metax", "first-day-gain-close", "2025-12-17");
		assertThat(gain.getValue()).isEqualByComparingTo("692.95");
		assertThat(gain.getUnit()).isEqualTo(Unit.PERCENT);
		assertThat(shown("metax", "market-cap-first-close", "2025-12-17").getValue()).isEqualByComparingTo("3320E8");
	}

	@Test
	void holdsBirensCumulativeLossOnIfrs() {
		Figure loss = figure("br-loss-total");
		assertThat(loss.getCompany()).isNotNull().extracting(Company::getSlug).isEqualTo("biren");
		assertThat(loss.getMetric().getCode()).isEqualTo("net-loss");
		assertThat(loss.getPeriod().key()).isEqualTo("2022-2024");
		assertThat(loss.getValue()).isEqualByComparingTo(new BigDecimal("4.75E9"));
		assertThat(loss.getUnit()).isEqualTo(Unit.CNY);
		assertThat(loss.getBasis()).isNotNull().extracting(b -> b.getCode()).isEqualTo("ifrs");
		assertThat(shown("biren", "net-loss", "2022-2024").getId()).isEqualTo("br-loss-total");
	}

	@Test
	void holdsEnflamesPreIpoFundingAsNearly() {
		Figure funding = shown("enflame", "pre-ipo-funding", "2025-12-19");
		assertThat(funding.getValue()).isEqualByComparingTo(new BigDecimal("7.0E9"));
		assertThat(funding.getUnit()).isEqualTo(Unit.CNY);
		assertThat(funding.getQualifier()).isEqualTo(Qualifier.NEARLY);
	}

	@Test
	void everyFigureEventAndCompanyNamesASourceThatExists() {
		assertThat(catalog.figures()).isNotEmpty()
			.allSatisfy(f -> assertThat(catalog.source(f.getSource().getId())).as(f.getId()).isPresent());
		assertThat(catalog.events()).isNotEmpty()
			.allSatisfy(e -> assertThat(catalog.source(e.getSource().getId())).as(e.getId()).isPresent());
		assertThat(catalog.companies()).allSatisfy(c -> assertThat(c.getSources()).as(c.getSlug())
			.isNotEmpty()
			.allSatisfy(s -> assertThat(catalog.source(s.getId())).isPresent()));
	}

	@Test
	void keepsBothSidesOfAConflict() {
		Figure gain = shown("moore-threads", "first-day-gain-close", "2025-12-05");
		assertThat(gain.getId()).isEqualTo("mt-gain-close");
		assertThat(gain.getValue()).isEqualByComparingTo("425.46");
		assertThat(catalog.variants(gain)).singleElement().satisfies(other -> {
			assertThat(other.getId()).isEqualTo("mt-gain-close-chinacom");
			assertThat(other.getValue()).isEqualByComparingTo("425.26");
			assertThat(other.isShown()).isFalse();
			assertThat(other.getProvenance().getReason().isEmpty()).isFalse();
			assertThat(other.getProvenance().getDifference()).isEqualTo(Difference.DISAGREE);
		});
	}

	@Test
	void everyVariantGroupHasExactlyOneFigureShown() {
		Map<String, List<Figure>> groups = catalog.figures()
			.stream()
			.filter(f -> f.getProvenance().getVariants() != null)
			.collect(Collectors.groupingBy(f -> Objects.requireNonNull(f.getProvenance().getVariants())));
		assertThat(groups).isNotEmpty().allSatisfy((group, members) -> {
			assertThat(members).as(group).hasSizeGreaterThanOrEqualTo(2);
			assertThat(members).as(group).filteredOn(Figure::isShown).hasSize(1);
		});
	}

	@Test
	void derivesWhatCanBeDerivedAndSaysFromWhat() {
		// R&D ÷ revenue for 2022: 111,649.37万 (S6) ÷ 0.46亿 (S7), about 2,427%
		Figure ratio = shown("moore-threads", "rd-to-revenue", "2022");
		assertThat(ratio.getMethod()).isEqualTo(Method.COMPUTED);
		assertThat(ratio.getValue()).isEqualByComparingTo("2427");
		assertThat(ratio.getQualifier()).isEqualTo(Qualifier.ABOUT);
		assertThat(ratio.getInputs()).extracting(Figure::getId).containsExactly("mt-rd-2022", "mt-rev-2022");
		assertThat(ratio.getSource().getId()).isEqualTo("GPW");
		// The reported 2024 ratio stays the source's: 309.88% (S0)
		Figure reported = shown("moore-threads", "rd-to-revenue", "2024");
		assertThat(reported.getMethod()).isEqualTo(Method.REPORTED);
		assertThat(reported.getValue()).isEqualByComparingTo("309.88");
	}

	@Test
	void keepsTheDigitsEachSourceGave() {
		assertThat(figure("mt-gross").getValue()).isEqualTo(new BigDecimal("799960.00E4"));
		assertThat(figure("mx-shares-outstanding").getValue().scale()).isEqualTo(0);
		assertThat(figure("mx-gain-high").getValue()).isEqualTo(new BigDecimal("755.15"));
	}

	@Test
	void namesTheDatasetByVersionAndAsOfDate() {
		assertThat(catalog.info().getVersion()).matches("[0-9a-f]{12}");
		// The newest source: Iluvatar CoreX's profile of 11 March 2026
		assertThat(catalog.info().getAsOf()).isEqualTo(PartialDate.parse("2026-03-11"));
		assertThat(catalog.info().getLoadedFrom()).isEqualTo("classpath:data/");
	}

	@Test
	void storedTheDatasetInTheDatabase() {
		assertThat(store.rowCount()).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from figure", Long.class)).isEqualTo(catalog.figures().size());
		assertThat(jdbc.queryForObject("select count(*) from company", Long.class))
			.isEqualTo(catalog.companies().size());
		assertThat(jdbc.queryForObject("select count(*) from listing_event", Long.class))
			.isEqualTo(catalog.events().size());
		assertThat(jdbc.queryForObject("select version from dataset_info", String.class))
			.isEqualTo(catalog.info().getVersion());
		assertThat(jdbc.queryForObject("select amount from figure where id = 'mt-issue-price'", BigDecimal.class))
			.isEqualByComparingTo("114.28");
	}

	@Test
	void readingTheStoreAgainGivesTheSameCatalog() {
		Catalog again = store.read();
		assertThat(again.figures()).extracting(Figure::getId)
			.containsExactlyElementsOf(catalog.figures().stream().map(Figure::getId).toList());
		assertThat(again.companies()).extracting(Company::getSlug)
			.containsExactlyElementsOf(catalog.companies().stream().map(Company::getSlug).toList());
		assertThat(again.changes()).hasSameSizeAs(catalog.changes());
		assertThat(again.rates()).hasSameSizeAs(catalog.rates());
	}

}
