package io.gpuipowatch.system;

import java.util.Map;

import io.gpuipowatch.catalog.Catalog;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** The actuator's info endpoint says which dataset this instance serves. */
@Component
class DatasetInfoContributor implements InfoContributor {

	private final Catalog catalog;

	DatasetInfoContributor(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("dataset",
				Map.of("version", catalog.info().getVersion(), "asOf", catalog.info().getAsOf().toString(), "companies",
						catalog.companies().size(), "figures", catalog.figures().size(), "sources",
						catalog.sources().size()));
	}

}
