package io.gpuipowatch.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages count days to today (how long a company has waited at its step, how old the data
 * is): a page prepared yesterday is not served today.
 */
@PageTest
@Import(DayChangeTests.TurningClock.class)
class DayChangeTests {

	@Autowired
	Pages pages;

	@Autowired
	TurningClock.Turnable clock;

	@Test
	void aPagePreparedYesterdayIsPreparedAgainToday() throws Exception {
		String before = pages.get("/race?lang=en", 200).select("#race-row-enflame").text();
		assertThat(pages.get("/race?lang=en", 200).select("#race-row-enflame").text()).isEqualTo(before);
		long days = daysThere(before);
		clock.turn(Duration.ofDays(1));
		String after = pages.get("/race?lang=en", 200).select("#race-row-enflame").text();
		assertThat(daysThere(after)).isEqualTo(days + 1);
	}

	private static long daysThere(String row) {
		Matcher matcher = Pattern.compile("(\\d+) days there").matcher(row);
		assertThat(matcher.find()).as(row).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TurningClock {

		/** China's clock at 23:00 on 2026-12-01, moved on by the test. */
		static final class Turnable extends Clock {

			private volatile Instant now = Instant.parse("2026-12-01T15:00:00Z");

			void turn(Duration by) {
				now = now.plus(by);
			}

			@Override
			public ZoneId getZone() {
				return ZoneId.of("Asia/Shanghai");
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return Clock.fixed(now, zone);
			}

			@Override
			public Instant instant() {
				return now;
			}

		}

		@Bean
		@Primary
		Turnable turningClock() {
			return new Turnable();
		}

	}

}
