package io.gpuipowatch.http;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * What a client's {@code Accept} and {@code Accept-Encoding} ask for, read once per
 * distinct header. A media type's parameters other than its weight
 * ({@code charset=UTF-16}, a padded junk parameter) are dropped: every answer here is
 * UTF-8, and no parameter changes which answer a link gets. A header that does not parse
 * accepts anything.
 */
final class AcceptHeaders {

	/** Headers longer than this are read every time rather than remembered. */
	private static final int REMEMBERED_LENGTH = 512;

	/** More media ranges than any browser sends; the rest are ignored. */
	private static final int MAX_RANGES = 24;

	private static final int MAX_TYPE_LENGTH = 80;

	private static final String ANY = "*/*";

	private final Cache<String, List<MediaType>> accepts = Caffeine.newBuilder().maximumSize(512).build();

	private final Cache<String, Boolean> gzips = Caffeine.newBuilder().maximumSize(256).build();

	/**
	 * The header as the app should read it: media ranges and weights only, in the
	 * client's order.
	 */
	String canonicalAccept(@Nullable String header) {
		List<MediaType> ranges = ranges(header);
		if (ranges.size() == 1 && ranges.get(0).equals(MediaType.ALL)) {
			return ANY;
		}
		return ranges.stream().map(AcceptHeaders::format).collect(Collectors.joining(", "));
	}

	/** Whether a client with this header takes an answer of this type. */
	boolean accepts(@Nullable String header, String contentType) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
		MediaType best = null;
		for (MediaType range : ranges(header)) {
			if (range.includes(type) && (best == null || range.isMoreSpecific(best))) {
				best = range;
			}
		}
		return best != null && best.getQualityValue() > 0;
	}

	/** Whether gzip is acceptable: named, or {@code *}, with a weight above zero. */
	boolean acceptsGzip(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return false;
		}
		if (header.length() > REMEMBERED_LENGTH) {
			return readGzip(header);
		}
		return gzips.get(header, AcceptHeaders::readGzip);
	}

	private List<MediaType> ranges(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return List.of(MediaType.ALL);
		}
		if (header.length() > REMEMBERED_LENGTH) {
			return read(header);
		}
		return accepts.get(header, AcceptHeaders::read);
	}

	private static List<MediaType> read(String header) {
		List<MediaType> ranges;
		try {
			ranges = MediaType.parseMediaTypes(header);
		}
		catch (IllegalArgumentException ex) {
			return List.of(MediaType.ALL);
		}
		List<MediaType> kept = ranges.stream()
			.filter(range -> range.getType().length() + range.getSubtype().length() <= MAX_TYPE_LENGTH)
			.limit(MAX_RANGES)
			.map(AcceptHeaders::withoutParameters)
			.toList();
		return kept.isEmpty() ? List.of(MediaType.ALL) : kept;
	}

	private static MediaType withoutParameters(MediaType range) {
		double quality = range.getQualityValue();
		MediaType bare = new MediaType(range.getType(), range.getSubtype());
		return quality == 1.0 ? bare : bare.copyQualityValue(range);
	}

	private static String format(MediaType range) {
		String type = range.getType() + "/" + range.getSubtype();
		double quality = range.getQualityValue();
		return quality == 1.0 ? type : type + ";q=" + quality;
	}

	private static boolean readGzip(String header) {
		Double gzip = null;
		Double any = null;
		for (String part : header.split(",", MAX_RANGES + 1)) {
			String[] pieces = part.split(";");
			String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
			double weight = weight(pieces);
			if (coding.equals("gzip") || coding.equals("x-gzip")) {
				gzip = weight;
			}
			else if (coding.equals("*")) {
				any = weight;
			}
		}
		Double chosen = gzip != null ? gzip : any;
		return chosen != null && chosen > 0;
	}

	private static double weight(String[] pieces) {
		for (int i = 1; i < pieces.length; i++) {
			String piece = pieces[i].strip();
			if (piece.startsWith("q=")) {
				try {
					return Double.parseDouble(piece.substring(2));
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
