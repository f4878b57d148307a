/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.assay.uima.internal.EngineContribution;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The engines contributed by the {@code plugin.xml} files on a plain class path, for Assay's engines outside OSGi
 * (assay-spark, tools, benchmarks): the same records the extension registry makes in the product, names and
 * descriptions translated from each bundle's {@code OSGI-INF/l10n/bundle.properties}, classes made by the class
 * loader. A bad contribution is left out with a warning, as in the product.
 */
public final class PluginXmlEngines {

	private static final System.Logger LOG = System.getLogger(PluginXmlEngines.class.getName());

	private PluginXmlEngines() {
	}

	/** Every engine the class loader's plugin.xml files contribute, in the order they are found. */
	public static List<Engine> read(ClassLoader loader) {
		List<Engine> engines = new ArrayList<>();
		try {
			Enumeration<URL> files = loader.getResources("plugin.xml");
			while (files.hasMoreElements()) {
				read(files.nextElement(), loader, engines);
			}
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "cannot list the plugin.xml files: " + e.getMessage(), e);
		}
		return List.copyOf(engines);
	}

	private static void read(URL file, ClassLoader loader, List<Engine> engines) {
		org.w3c.dom.Document xml;
		try (InputStream in = file.openStream()) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			xml = factory.newDocumentBuilder().parse(in);
		} catch (Exception e) {
			LOG.log(System.Logger.Level.WARNING, file + ": cannot read it: " + e.getMessage(), e);
			return;
		}
		Properties words = translations(file);
		for (Element extension : children(xml.getDocumentElement(), "extension")) {
			if (!Engines.EXTENSION_POINT.equals(extension.getAttribute("point"))) {
				continue;
			}
			for (Element engine : children(extension, "engine")) {
				try {
					engines.add(EngineContribution.engine(element(engine, words, loader)));
				} catch (Exception | LinkageError e) {
					LOG.log(System.Logger.Level.WARNING, file + ": the engine '" + engine.getAttribute("id")
							+ "' is left out: " + e.getMessage(), e);
				}
			}
		}
	}

	private static EngineContribution.Element element(Element e, Properties words, ClassLoader loader) {
		return new EngineContribution.Element() {
			@Override
			public String attribute(String name) {
				if (!e.hasAttribute(name)) {
					return null;
				}
				String value = e.getAttribute(name);
				return value.startsWith("%") ? words.getProperty(value.substring(1), value) : value;
			}

			@Override
			public List<EngineContribution.Element> children(String name) {
				return PluginXmlEngines.children(e, name).stream().map(c -> element(c, words, loader)).toList();
			}

			@Override
			public Object create(String attribute) throws ReflectiveOperationException {
				return Class.forName(e.getAttribute(attribute), true, loader).getDeclaredConstructor().newInstance();
			}
		};
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				found.add(e);
			}
		}
		return found;
	}

	/** The bundle's translations beside its plugin.xml, or none. */
	@SuppressWarnings("deprecation") // URL(URL, String): a jar: URL has no URI to resolve against
	private static Properties translations(URL pluginXml) {
		Properties words = new Properties();
		try (InputStream in = new URL(pluginXml, "OSGI-INF/l10n/bundle.properties").openStream()) {
			words.load(in);
		} catch (IOException e) {
			// a bundle without translations: its %keys stay as they are
		}
		return words;
	}
}
