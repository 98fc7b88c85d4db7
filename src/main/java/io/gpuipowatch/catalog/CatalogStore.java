package io.gpuipowatch.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a validated dataset to the database in one transaction, and reads it back whole
 * as a {@link Catalog}. The only way into the tables: the repositories stay inside this
 * package.
 */
@Component
public class CatalogStore {

	private final Repositories repositories;

	@PersistenceContext
	private EntityManager entityManager;

	CatalogStore(SourceRepository sources, VenueRepository venues, GroupRepository groups, BasisRepository bases,
			MetricRepository metrics, CompanyRepository companies, ListingEventRepository events,
			FigureRepository figures, GapRepository gaps, PriceRepository prices, ExchangeRateRepository rates,
			LockupRepository lockups, ChangeRepository changes, DatasetInfoRepository info) {
		this.repositories = new Repositories(sources, venues, groups, bases, metrics, companies, events, figures, gaps,
				prices, rates, lockups, changes, info);
	}

	/**
	 * Every repository of the dataset, in the order rows must be stored (a row after
	 * those it refers to).
	 */
	private record Repositories(SourceRepository sources, VenueRepository venues, GroupRepository groups,
			BasisRepository bases, MetricRepository metrics, CompanyRepository companies, ListingEventRepository events,
			FigureRepository figures, GapRepository gaps, PriceRepository prices, ExchangeRateRepository rates,
			LockupRepository lockups, ChangeRepository changes, DatasetInfoRepository info) {

		Stream<JpaRepository<?, String>> all() {
			return Stream.of(sources, venues, groups, bases, metrics, companies, events, figures, gaps, prices, rates,
					lockups, changes, info);
		}

	}

	/**
	 * Stores the whole dataset, or nothing if any insert fails. Persists rather than
	 * saves: the ids come from the files, and a repository's save would first look each
	 * one up to merge it.
	 */
	@Transactional
	public void store(Contents contents) {
		Contents.References references = contents.references();
		Contents.Companies companies = contents.companies();
		Contents.Market market = contents.market();
		Stream.of(references.sources(), references.venues(), references.groups(), references.bases(),
				references.metrics(), companies.companies(), companies.events(), companies.figures(), companies.gaps(),
				companies.prices(), market.rates(), market.lockups(), market.changes(), List.of(contents.info()))
			.flatMap(List::stream)
			.forEach(entityManager::persist);
	}

	/** Reads the whole dataset back from the database. */
	@Transactional(readOnly = true)
	public Catalog read() {
		List<DatasetInfo> infos = repositories.info().findAll();
		if (infos.size() != 1) {
			throw new IllegalStateException("Expected one loaded dataset, found " + infos.size());
		}
		Contents contents = new Contents(
				new Contents.References(repositories.sources().findAll(), repositories.venues().findAll(),
						repositories.groups().findAll(), repositories.bases().findAll(),
						repositories.metrics().findAll()),
				new Contents.Companies(repositories.companies().findAllWithSources(), repositories.events().findAll(),
						repositories.figures()
							.findAll()
							.stream()
							.sorted(Comparator.comparing(Figure::getPosition))
							.toList(),
						repositories.gaps().findAll(), repositories.prices().findAll()),
				new Contents.Market(repositories.rates().findAll(), repositories.lockups().findAll(),
						repositories.changes().findAll()),
				infos.get(0));
		return new Catalog(contents);
	}

	/** How many rows the tables hold, to tell whether anything was loaded. */
	@Transactional(readOnly = true)
	public long rowCount() {
		return repositories.all().mapToLong(JpaRepository::count).sum();
	}

}
