package io.gpuipowatch.system;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/** Tomcat's own error answers take the app's error shape; HTTP/0.9 gets no answer. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> bareErrorValve() {
		return factory -> {
			factory.addEngineValves(new NoHttp09Valve());
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(BareErrorValve.class.getName());
				}
			});
		};
	}

}
