package io.gpuipowatch.api;

import java.util.List;

import io.gpuipowatch.query.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An unknown path under {@code /api} is a problem naming the paths there are, not the
 * site's HTML 404 page: the more specific mappings of the API win over this one. Like
 * them it answers JSON only, so a request for another format is refused as such (406),
 * wherever it goes.
 */
@RestController
@Hidden
class ApiFallback {

	static final List<String> PATHS = List.of("/api/v1/companies", "/api/v1/companies/{slug}",
			"/api/v1/companies/{slug}/events", "/api/v1/figures", "/api/v1/compare", "/api/v1/race", "/api/v1/unlocks",
			"/api/v1/valuation");

	@GetMapping(path = "/api/**", produces = MediaType.APPLICATION_JSON_VALUE)
	void unknown(HttpServletRequest request) {
		throw new NotFoundException(request.getRequestURI(), PATHS);
	}

}
