package io.gpuipowatch.http;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Which query parameters each GET link of the app reads, taken from its handler method:
 * the names of its {@code @RequestParam}s and the components of the query records it
 * binds, in the order they are declared, then the language every page reads. That order
 * is the canonical order of a link's parameters, the one the app's own links use.
 * Anything else in a link (a {@code utm_source}, junk) changes nothing the app answers,
 * so it is left out of the prepared response's key and out of what the page sees.
 */
final class KnownParameters {

	/** Read by the language resolver on every page, not by a handler. */
	static final String LANGUAGE = "lang";

	private final List<Route> routes;

	private KnownParameters(List<Route> routes) {
		this.routes = routes;
	}

	record Route(PathPattern pattern, List<String> parameters) {
	}

	static KnownParameters of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, method) -> {
			if (!answersGet(info) || info.getPathPatternsCondition() == null) {
				return;
			}
			List<String> names = parameters(method);
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				routes.add(new Route(pattern, names));
			}
		});
		routes.sort(Comparator.comparing(Route::pattern, PathPattern.SPECIFICITY_COMPARATOR));
		return new KnownParameters(List.copyOf(routes));
	}

	/**
	 * The parameters the link's handler reads; null when no handler of the app answers
	 * the path.
	 */
	@Nullable List<String> forPath(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Route route : routes) {
			if (route.pattern().matches(container)) {
				return route.parameters();
			}
		}
		return null;
	}

	private static boolean answersGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	private static List<String> parameters(HandlerMethod method) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param != null) {
				String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
				if (name != null) {
					names.add(name);
				}
			}
			else if (type.isRecord() && !parameter.hasParameterAnnotation(PathVariable.class)
					&& !BeanUtils.isSimpleProperty(type)) {
				names.addAll(recordParameters(type));
			}
		}
		names.add(LANGUAGE);
		return List.copyOf(names);
	}

	/**
	 * A query record's parameters: its components, or the names {@code @BindParam} gives
	 * them.
	 */
	private static List<String> recordParameters(Class<?> type) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		Parameter[] parameters;
		try {
			parameters = type.getDeclaredConstructor(types).getParameters();
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException("A record has its canonical constructor", ex);
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			BindParam bound = parameters[i].getAnnotation(BindParam.class);
			names.add(bound != null ? bound.value() : components[i].getName());
		}
		return names;
	}

}
