package io.gpuipowatch.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What the API answers, as JSON. Labels are in the language the link asks for. */
final class ApiModel {

	private ApiModel() {
	}

	@Schema(description = "Every answer: the dataset it comes from, the language of its labels, and the data.")
	record Answer<T>(Dataset dataset, String lang, T data) {
	}

	@Schema(description = "The loaded dataset: a hash of its files, and the date of its newest source.")
	record Dataset(@Schema(example = "3f2a9c0d1b7e") String version,
			@Schema(description = "yyyy, yyyy-MM or yyyy-MM-dd", example = "2025-12-19") String asOf) {
	}

	@Schema(description = "A code from the data and its label in the language asked for.")
	record Coded(String code, String label) {
	}

	@Schema(description = "What a figure covers: a year (2024), part of one (2025H1, 2025Q1, 2025M9 = Jan–Sep), "
			+ "a span (2022-2024) or a date (2025-12-05).")
	record Period(@Schema(example = "2022-2024") String key, @Schema(example = "2022–2024") String label) {
	}

	@Schema(description = "Where a figure or an event comes from.")
	record Source(String id, String title, String publisher,
			@Schema(description = "yyyy, yyyy-MM or yyyy-MM-dd") @Nullable String date, @Nullable String url,
			@Schema(description = "Where to find the source when there is no address") @Nullable String locator,
			@Schema(description = "The language the source is written in", example = "zh") String language) {
	}

	@Schema(description = "Links to the same company elsewhere.")
	record CompanyLinks(String page, String events, String figures, String csv) {
	}

	@Schema(description = "A company and where its listing stands.")
	record Company(@Schema(example = "moore-threads") String slug, String name, String nameEn, String nameZh,
			@Schema(description = "The group it belongs to: the seed article's four, or another") Coded group,
			@Schema(description = "Where it is listed, or 'unlisted'") Coded venue,
			@Schema(description = "Where an unlisted company has applied to list") @Nullable Coded appliedVenue,
			@Nullable String stockCode, @Schema(description = "The latest step of its listing") Coded status,
			@Schema(description = "The day it listed, yyyy-MM-dd") @Nullable String listingDate, String city,
			String founded, @Nullable String products,
			@Schema(description = "The sources about the company as a whole") List<String> sources,
			CompanyLinks links) {
	}

	@Schema(description = "How a report stands among the reports of the same thing (its variants).")
	record Standing(
			@Schema(description = "Whether pages and charts use this one where there are several") boolean shown,
			@Schema(description = "The group of reports of the same thing; null when there is one only") @Nullable String variants,
			@Schema(description = "How it differs from the one shown: disagree (sources disagree), restated, basis, "
					+ "rounded or dated; null for the one shown") @Nullable Coded difference,
			@Schema(description = "Why this one is shown, or how it differs") @Nullable String reason) {
	}

	@Schema(description = "A step towards a listing, or a market rule change.")
	record Event(String id, @Nullable String company, String date, Coded kind, Coded venue, Standing standing,
			@Schema(description = "The source's own words") @Nullable String phrase, @Nullable String note,
			Source source) {
	}

	@Schema(description = "One sourced number.")
	record Figure(String id, @Schema(
			description = "The company's slug; null for facts about the market as a whole") @Nullable String company,
			Coded metric, Period period,
			@Schema(description = "In whole units: yuan, not 亿; percent points for a percentage",
					example = "114.28") BigDecimal value,
			@Schema(allowableValues = {
					"CNY", "HKD", "USD", "%", "shares", "count", "years", "x" }) String unit,
			@Schema(description = "The unit when it is a currency") @Nullable String currency,
			@Schema(description = "How the source states it: exactly, or over / nearly / about (超 / 近 / 约)",
					allowableValues = { "exact", "over", "nearly", "about" }) String qualifier,
			@Schema(description = "The value as the pages write it, qualifier included",
					example = "about CNY 4.2B") String text,
			@Schema(description = "What the figure is stated on, where it matters") @Nullable Coded basis,
			@Schema(allowableValues = { "reported", "computed" }) String method,
			@Schema(description = "For a computed figure, the ids of the figures it follows from") List<String> inputs,
			Standing standing, @Schema(description = "The source's own words") @Nullable String phrase,
			@Nullable String note,
			@Schema(description = "Why it does not add up to what it should, when it does not") @Nullable String checkNote,
			Source source,
			@Schema(description = "With currency=: the figure's money in that currency (computed), or why it is "
					+ "not converted; null when asked for none, or for no money") @Nullable Converted converted){
	}

	@Schema(description = "The companies compared and their table: a column per metric and period.")
	record Comparison(List<Company> companies, List<Column> columns, List<Row> rows) {
	}

	@Schema(description = "A column: a metric over a period, or at listing when the period is null.")
	record Column(@Schema(example = "revenue@2024") String key, Coded metric, @Nullable Period period) {
	}

	@Schema(description = "A company's values, one cell per column.")
	record Row(String company, List<Cell> cells) {
	}

	@Schema(description = "A value, or why there is none (never a zero).")
	record Cell(String column, @Nullable Figure figure, @Schema(
			description = "Why there is no figure: not-applicable (the venue has no such figure, or the company "
					+ "is not listed yet), not-disclosed (a source says it is not published) or not-in-our-data") @Nullable Coded missing) {
	}

	@Schema(description = "Money converted at the PBOC central parity nearest the figure's date (at most 10 days "
			+ "away), with the rate (units of the currency asked for per unit of the figure's), its date and sources; "
			+ "or, with notConverted = no-rate, no value: the figure stays as it is.")
	record Converted(@Nullable BigDecimal value, @Nullable String currency, @Nullable BigDecimal rate,
			@Nullable String rateDate, List<String> rateSources, @Nullable String notConverted) {
	}

}
