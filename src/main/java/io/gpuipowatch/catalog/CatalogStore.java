package io.gpuipowatch.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated dataset to the database in one transaction, and reads it back whole
 * as a {@link Catalog}. The only way into the tables: the repositories stay inside this
 * package.
 */
@Component
public class CatalogStore {

	private final SourceRepository sources;

	private final VenueRepository venues;

	private final MetricRepository metrics;

	private final BasisRepository bases;

	private final CompanyRepository companies;

	private final ListingEventRepository events;

	private final FigureRepository figures;

	private final DatasetInfoRepository info;

	@PersistenceContext
	private EntityManager entityManager;

	CatalogStore(SourceRepository sources, VenueRepository venues, MetricRepository metrics, BasisRepository bases,
			CompanyRepository companies, ListingEventRepository events, FigureRepository figures,
			DatasetInfoRepository info) {
		this.sources = sources;
		this.venues = venues;
		this.metrics = metrics;
		this.bases = bases;
		this.companies = companies;
		this.events = events;
		this.figures = figures;
		this.info = info;
	}

	/** Everything the files held, already validated and cross-referenced. */
	public record Contents(List<Source> sources, List<Venue> venues, List<Metric> metrics, List<Basis> bases,
			List<Company> companies, List<ListingEvent> events, List<Figure> figures, DatasetInfo info) {
	}

	/**
	 * Stores the whole dataset, or nothing if any insert fails. Persists rather than
	 * saves: the ids come from the files, and a repository's save would first look each
	 * one up to merge it.
	 */
	@Transactional
	public void store(Contents contents) {
		Stream
			.of(contents.sources(), contents.venues(), contents.metrics(), contents.bases(), contents.companies(),
					contents.events(), contents.figures(), List.of(contents.info()))
			.flatMap(List::stream)
			.forEach(entityManager::persist);
	}

	/** Reads the whole dataset back from the database. */
	@Transactional(readOnly = true)
	public Catalog read() {
		List<DatasetInfo> infos = info.findAll();
		if (infos.size() != 1) {
			throw new IllegalStateException("Expected one loaded dataset, found " + infos.size());
		}
		return new Catalog(venues.findAll(), metrics.findAll(), companies.findAllWithSources(), events.findAll(),
				figures.findAll().stream().sorted(Comparator.comparing(Figure::getPosition)).toList(),
				sources.findAll(), infos.get(0));
	}

	/** How many rows each table holds, to tell whether anything was loaded. */
	@Transactional(readOnly = true)
	public long rowCount() {
		return sources.count() + venues.count() + metrics.count() + bases.count() + companies.count() + events.count()
				+ figures.count() + info.count();
	}

}
