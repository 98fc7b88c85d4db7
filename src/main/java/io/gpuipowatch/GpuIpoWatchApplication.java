package io.gpuipowatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GpuIpoWatchApplication {

	public static void main(String[] args) {
		SpringApplication.run(GpuIpoWatchApplication.class, args);
	}

}
