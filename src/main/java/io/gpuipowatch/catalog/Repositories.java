package io.gpuipowatch.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, String> {

}

interface VenueRepository extends JpaRepository<Venue, String> {

}

interface MetricRepository extends JpaRepository<Metric, String> {

}

interface BasisRepository extends JpaRepository<Basis, String> {

}

interface CompanyRepository extends JpaRepository<Company, String> {

	@Query("select distinct c from Company c left join fetch c.sources")
	List<Company> findAllWithSources();

}

interface ListingEventRepository extends JpaRepository<ListingEvent, String> {

}

interface FigureRepository extends JpaRepository<Figure, String> {

}

interface DatasetInfoRepository extends JpaRepository<DatasetInfo, String> {

}

interface GroupRepository extends JpaRepository<Group, String> {

}

interface GapRepository extends JpaRepository<Gap, String> {

}

interface PriceRepository extends JpaRepository<Price, String> {

}

interface ExchangeRateRepository extends JpaRepository<ExchangeRate, String> {

}

interface LockupRepository extends JpaRepository<Lockup, String> {

}

interface ChangeRepository extends JpaRepository<Change, String> {

}
