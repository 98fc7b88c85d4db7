package io.gpuipowatch.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Venue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another dataset, written here: six companies and a venue the bundled data does not
 * have. It loads through the real start-up, so nothing is tied to the four companies of
 * the article.
 */
class AlternativeDatasetTests {

	@TempDir
	static Path dir;

	static StartUp startUp;

	static ConfigurableApplicationContext context;

	static Catalog catalog;

	@BeforeAll
	static void startOnTheAlternativeDataset() throws IOException {
		write("sources.csv", """
				id,title_en,title_zh,publisher_en,publisher_zh,published,url,locator_en,locator_zh,language
				A1,Exchange notices,交易所公告,Example Exchange,示例交易所,2026-03-02,https://example.org/notices,,,en
				A2,Company filings digest,公司文件摘要,Example Press,示例出版社,,,"print edition, page 3",印刷版第3页,zh
				""");
		write("venues.csv", """
				code,name_en,name_zh,short_en,short_zh,listed
				star,Shanghai STAR Market,上海证券交易所科创板,STAR Market,科创板,true
				hkex,Hong Kong Main Board,香港联交所主板,HKEX Main Board,港交所主板,true
				nasdaq,Nasdaq Global Select Market,纳斯达克全球精选市场,Nasdaq,纳斯达克,true
				unlisted,Not listed yet,尚未上市,Not listed yet,尚未上市,false
				""");
		write("groups.csv", """
				code,name_en,name_zh,short_en,short_zh,default_selection
				listed,Listed chip makers,已上市芯片企业,Listed,已上市,yes
				hopefuls,Hopefuls,拟上市企业,Hopefuls,拟上市,no
				""");
		write("bases.csv", """
				code,label_en,label_zh
				ifrs,IFRS net loss,国际财务报告准则净亏损
				""");
		write("metrics.csv", """
				code,label_en,label_zh,kind,derived_from,position,needs_listing
				issue-price,Issue price,发行价,price,,10,true
				first-day-close,First-day close,首日收盘价,price,,20,true
				first-day-gain-close,First-day gain at the close,首日收盘涨幅,percent,gain:first-day-close:issue-price,30,true
				net-loss,Net loss,净亏损,money,,110,false
				startup-count,Start-ups in the group,企业数量,count,,200,false
				""");
		write("companies.csv",
				"""
						slug,name_en,name_zh,city_en,city_zh,founded,venue,applied_venue,stock_code,status,group,products_en,products_zh,sources
						alpha,Alpha Compute,阿尔法计算,Beijing,北京,2019-05,star,,688001,listed,listed,A100,A100,A1
						beta,Beta Graphics,贝塔图形,Shanghai,上海,2018,hkex,,1234,listed,listed,,,A1
						gamma,Gamma Silicon,伽马硅,Shenzhen,深圳,2020-01-15,nasdaq,,GMSI,listed,listed,"G1, G2","G1、G2",A1 A2
						delta,Delta Chips,德尔塔芯片,Hangzhou,杭州,2021,unlisted,hkex,,hearing-passed,hopefuls,,,A1
						epsilon,Epsilon AI,艾普西隆,Nanjing,南京,2022-06,unlisted,star,,application-accepted,hopefuls,,,A2
						zeta,Zeta Labs,泽塔实验室,Chengdu,成都,2023,unlisted,,,tutoring-filed,hopefuls,,,A2
						""");
		write("events.csv", """
				id,company,date,kind,venue,source
				alpha-listed,alpha,2026-01-05,listed,star,A1
				beta-listed,beta,2026-01-06,listed,hkex,A1
				gamma-accepted,gamma,2025-06,application-accepted,nasdaq,A2
				gamma-listed,gamma,2026-02-20,listed,nasdaq,A1
				delta-hearing,delta,2026-02-27,hearing-passed,hkex,A1
				epsilon-accepted,epsilon,2026-03-01,application-accepted,star,A1
				zeta-tutoring,zeta,2025-11,tutoring-filed,star,A2
				""");
		write("figures.csv", """
				id,company,metric,period,value,unit,qualifier,basis,source,method
				group-size,,startup-count,2026-03-02,6,count,,,A1,
				gamma-issue-price,gamma,issue-price,2026-02-20,20.00,USD,,,A1,
				gamma-close,gamma,first-day-close,2026-02-20,25.00,USD,,,A1,
				gamma-gain-close,gamma,first-day-gain-close,2026-02-20,25.00,%,,,A1,computed
				beta-loss-2023,beta,net-loss,2023,1.2E8,CNY,,ifrs,A2,
				beta-loss-2024,beta,net-loss,2024,1.3E8,CNY,,ifrs,A2,
				beta-loss-total,beta,net-loss,2023-2024,2.5E8,CNY,,ifrs,A2,computed
				zeta-loss-2024,zeta,net-loss,2024,2E7,CNY,about,,A2,
				""");
		startUp = new StartUp(dir);
		context = startUp.run();
		catalog = context.getBean(Catalog.class);
	}

	@AfterAll
	static void stop() throws SQLException {
		if (context != null) {
			context.close();
		}
		if (startUp != null) {
			startUp.dropDatabase();
		}
	}

	private static void write(String file, String text) throws IOException {
		Files.writeString(dir.resolve(file), text);
	}

	@Test
	void holdsSixCompaniesInTheOrderOfTheFile() {
		assertThat(catalog.companies()).extracting(Company::getSlug)
			.containsExactly("alpha", "beta", "gamma", "delta", "epsilon", "zeta");
	}

	@Test
	void holdsTheNewVenue() {
		assertThat(catalog.venues()).extracting(Venue::getCode).containsExactly("star", "hkex", "nasdaq", "unlisted");
		Venue nasdaq = catalog.venue("nasdaq").orElseThrow();
		assertThat(nasdaq.isListed()).isTrue();
		assertThat(nasdaq.getShortZh()).isEqualTo("纳斯达克");
		Company gamma = catalog.company("gamma").orElseThrow();
		assertThat(gamma.getVenue().getCode()).isEqualTo("nasdaq");
		assertThat(gamma.getStatus()).isEqualTo(EventKind.LISTED);
		assertThat(catalog.events(gamma)).extracting(e -> e.getVenue().getCode()).containsOnly("nasdaq");
	}

	@Test
	void holdsUnlistedCompaniesAtEachStage() {
		assertThat(catalog.companies()).filteredOn(c -> !c.getVenue().isListed())
			.extracting(Company::getStatus)
			.containsExactly(EventKind.HEARING_PASSED, EventKind.APPLICATION_ACCEPTED, EventKind.TUTORING_FILED);
	}

	@Test
	void holdsTheFiguresChecked() {
		Company gamma = catalog.company("gamma").orElseThrow();
		assertThat(catalog.shown(gamma, "first-day-gain-close", "2026-02-20")).get()
			.satisfies(f -> assertThat(f.getValue()).isEqualByComparingTo("25"));
		Company beta = catalog.company("beta").orElseThrow();
		assertThat(catalog.shown(beta, "net-loss", "2023-2024")).get()
			.satisfies(f -> assertThat(f.getValue()).isEqualByComparingTo("2.5E8"));
		assertThat(catalog.figures()).hasSize(8);
		assertThat(catalog.events()).hasSize(7);
	}

	@Test
	void datesTheDatasetByItsNewestSource() {
		assertThat(catalog.info().getAsOf()).isEqualTo(PartialDate.parse("2026-03-02"));
		assertThat(catalog.info().getLoadedFrom()).isEqualTo("file:" + dir + "/");
	}

}
