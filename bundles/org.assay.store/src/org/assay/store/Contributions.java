/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * The one shape of Assay's extension registries (engines, formats, verbs, schemas): the contributions to an
 * extension point, read once and kept until a bundle that contributes to it comes or goes (a plug-in installed
 * or removed while Assay runs), then read again on the next call. A bad contribution (a class that cannot be
 * made or is of the wrong type, a missing attribute or file, an id given twice) is logged with its bundle's
 * name and left out; it never stops the others. Without an extension registry (plain Java: tools, benchmarks,
 * Spark) the list is what {@code outsideOsgi} gives.
 *
 * @param <T> what a contribution becomes
 */
public final class Contributions<T> {

	/** Makes one contribution's object. */
	@FunctionalInterface
	public interface Reader<T> {
		/**
		 * @return the contribution's object
		 * @throws CoreException         when a class cannot be made
		 * @throws IllegalStateException with a message naming what is wrong, for a contribution that is bad
		 */
		T read(IConfigurationElement element) throws CoreException;
	}

	private final String extensionPoint;
	private final String what;
	private final Reader<T> reader;
	private final Function<T, String> id;
	private final Supplier<List<T>> outsideOsgi;
	private final Class<?> logOwner;
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private volatile List<T> cached;
	private volatile boolean listening;
	/** Counts the changes, so that a list read while a bundle came or went is not kept. */
	private volatile long generation;

	/**
	 * @param extensionPoint the full id of the extension point
	 * @param what           what a contribution is, for the log ("format", "engine")
	 * @param reader         makes a contribution's object from its element
	 * @param id             the id that must be unique among the contributions
	 * @param outsideOsgi    the list when there is no extension registry
	 * @param logOwner       a class of the bundle whose log tells of bad contributions
	 */
	public Contributions(String extensionPoint, String what, Reader<T> reader, Function<T, String> id,
			Supplier<List<T>> outsideOsgi, Class<?> logOwner) {
		this.extensionPoint = extensionPoint;
		this.what = what;
		this.reader = reader;
		this.id = id;
		this.outsideOsgi = outsideOsgi;
		this.logOwner = logOwner;
	}

	/** The good contributions, in the registry's order; the same list until a contributing bundle comes or goes. */
	public List<T> all() {
		List<T> list = cached;
		if (list != null) {
			return list;
		}
		IExtensionRegistry registry = registry();
		if (registry == null) {
			return List.copyOf(outsideOsgi.get());
		}
		synchronized (this) {
			if (cached != null) {
				return cached;
			}
			listen(registry);
			long before = generation;
			list = read(registry);
			if (generation == before) {
				cached = list;
			}
			return list;
		}
	}

	/** The contribution of that id, or null. */
	public T find(String wanted) {
		for (T t : all()) {
			if (id.apply(t).equals(wanted)) {
				return t;
			}
		}
		return null;
	}

	/** Called (on the thread that installed or removed a bundle) after the contributions changed. */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	private List<T> read(IExtensionRegistry registry) {
		List<T> list = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement e : registry.getConfigurationElementsFor(extensionPoint)) {
			String contributor = e.getContributor().getName();
			String named = e.getAttribute("id") != null ? e.getAttribute("id") : e.getAttribute("name");
			try {
				T t = reader.read(e);
				if (!ids.add(id.apply(t))) {
					log(contributor + ": the " + what + " '" + id.apply(t) + "' is contributed twice; ignored", null);
				} else {
					list.add(t);
				}
			} catch (IllegalStateException ex) {
				log(contributor + ": the " + what + " '" + named + "' is left out: " + ex.getMessage(), null);
			} catch (CoreException | RuntimeException | LinkageError ex) {
				log(contributor + ": cannot create the " + what + " '" + named + "'", ex);
			}
		}
		return List.copyOf(list);
	}

	private void listen(IExtensionRegistry registry) {
		if (listening) {
			return;
		}
		listening = true;
		registry.addListener(new IRegistryEventListener() {
			@Override
			public void added(IExtension[] extensions) {
				changed();
			}

			@Override
			public void removed(IExtension[] extensions) {
				changed();
			}

			@Override
			public void added(IExtensionPoint[] points) {
				changed();
			}

			@Override
			public void removed(IExtensionPoint[] points) {
				changed();
			}
		}, extensionPoint);
	}

	private void changed() {
		generation++;
		cached = null;
		for (Runnable r : changeListeners) {
			try {
				r.run();
			} catch (RuntimeException e) {
				log("a listener of " + extensionPoint + " failed", e);
			}
		}
	}

	private void log(String message, Throwable e) {
		ILog.of(logOwner).log(Status.error(message, e));
	}

	/** Checks a required attribute: its value, or a bad contribution. */
	public static String required(IConfigurationElement e, String attribute) {
		String value = e.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("no '" + attribute + "' attribute");
		}
		return value;
	}

	/** The object of a class attribute, checked to be of the type the extension point asks for. */
	public static <C> C create(IConfigurationElement e, String attribute, Class<C> type) throws CoreException {
		Object o = e.createExecutableExtension(attribute);
		if (!type.isInstance(o)) {
			throw new IllegalStateException(o.getClass().getName() + " is not an " + type.getName());
		}
		return type.cast(o);
	}

	private static IExtensionRegistry registry() {
		try {
			return RegistryFactory.getRegistry();
		} catch (NoClassDefFoundError e) {
			return null; // no Equinox registry on the class path
		}
	}
}
