package io.gpuipowatch.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A response rendered once: its body plain and gzipped, the headers that describe it, and
 * an ETag made of the dataset version and a checksum of the body.
 */
record PreparedResponse(byte[] body, byte @Nullable [] gzipped, String contentType, @Nullable String contentDisposition,
		String etag, String cacheControl) {

	/** Below this size gzip saves less than its headers cost. */
	private static final int MIN_GZIP_BYTES = 512;

	static PreparedResponse of(byte[] body, String contentType, @Nullable String contentDisposition,
			String datasetVersion, String cacheControl) {
		CRC32 crc = new CRC32();
		crc.update(body);
		String etag = "\"" + datasetVersion + "-" + Long.toHexString(crc.getValue()) + "\"";
		byte[] gzipped = compressible(contentType) && body.length >= MIN_GZIP_BYTES ? gzip(body) : null;
		return new PreparedResponse(body, gzipped != null && gzipped.length < body.length ? gzipped : null, contentType,
				contentDisposition, etag, cacheControl);
	}

	/** The bytes of the bodies the cache holds. */
	int bodyBytes() {
		return body.length + (gzipped == null ? 0 : gzipped.length);
	}

	private static boolean compressible(String contentType) {
		return contentType.startsWith("text/") || contentType.contains("json") || contentType.contains("javascript")
				|| contentType.contains("svg") || contentType.contains("xml");
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
