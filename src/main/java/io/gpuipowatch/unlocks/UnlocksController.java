package io.gpuipowatch.unlocks;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The unlocks page: upcoming first, then past, then the rules that are conditions. */
@PageController
@Hidden
class UnlocksController {

	static final String VIEW = "unlocks";

	private final Unlocks unlocks;

	private final URI site;

	UnlocksController(Unlocks unlocks, @Value("${dashboard.http.site-url}") URI site) {
		this.unlocks = unlocks;
		this.site = site;
	}

	@GetMapping("/unlocks")
	String unlocks(Locale locale, Model model) {
		Lang lang = Lang.of(locale);
		LocalDate today = unlocks.today();
		model.addAttribute("today", io.gpuipowatch.text.Formats.date(UnlockView.day(today), lang));
		model.addAttribute("upcoming", views(unlocks.upcoming(today), today, lang));
		model.addAttribute("past", views(unlocks.past(today), today, lang));
		model.addAttribute("conditional", views(unlocks.conditional(), today, lang));
		model.addAttribute("subscribeUrl", UnlocksCalendar.subscription(site, lang));
		return VIEW;
	}

	private static List<UnlockView> views(List<Unlock> unlocks, LocalDate today, Lang lang) {
		return unlocks.stream().map(u -> UnlockView.of(u, today, lang)).toList();
	}

}
