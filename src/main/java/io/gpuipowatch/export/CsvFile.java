package io.gpuipowatch.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Every CSV download the app offers, written one way: UTF-8 with a byte-order mark (Excel
 * takes a file for UTF-8 only with one), cells a spreadsheet would run as a formula
 * written as text, and a file name that carries the dataset's version.
 */
public final class CsvFile {

	public static final String TEXT_CSV = "text/csv;charset=UTF-8";

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvFile() {
	}

	public static byte[] write(List<?> header, List<List<@Nullable Object>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT)) {
			csv.getOut().append(BYTE_ORDER_MARK);
			csv.printRecord(SpreadsheetCells.safe(List.copyOf(header)));
			for (List<@Nullable Object> row : rows) {
				csv.printRecord(SpreadsheetCells.safe(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing to memory does not fail", ex);
		}
		return bytes.toByteArray();
	}

	/** The file as a download: "gpu-ipo-watch-{name}-{dataset version}.csv". */
	public static ResponseEntity<byte[]> attachment(String name, String datasetVersion, byte[] body) {
		String filename = "gpu-ipo-watch-" + name + "-" + datasetVersion + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CONTENT_TYPE, TEXT_CSV)
			.body(body);
	}

}
