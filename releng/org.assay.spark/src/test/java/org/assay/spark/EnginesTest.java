/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.assay.uima.Engine;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The engine table of assay-spark says what bundles/org.assay.engines/plugin.xml contributes. */
class EnginesTest {

	@Test
	void theTableMatchesTheEnginesPluginXml() throws Exception {
		Path pluginXml = Path.of("../../bundles/org.assay.engines/plugin.xml");
		assumeTrue(Files.isRegularFile(pluginXml), "not run from the module folder");
		var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pluginXml.toFile());
		NodeList contributed = xml.getElementsByTagName("engine");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < contributed.getLength(); i++) {
			Element e = (Element) contributed.item(i);
			String id = e.getAttribute("id");
			ids.add(id);
			Engine engine = Engines.get(id);
			assertNotNull(engine, id);
			assertEquals(e.getAttribute("version"), engine.version(), id);
			assertEquals(e.getAttribute("class"), engine.factory().getClass().getName(), id);
			assertEquals(Boolean.parseBoolean(e.getAttribute("default")), engine.byDefault(), id);
			assertEquals(e.getAttribute("model").isEmpty() ? null : e.getAttribute("model"), engine.modelFile(), id);
			NodeList outputs = e.getElementsByTagName("output");
			List<Engine.Output> expected = new ArrayList<>();
			for (int j = 0; j < outputs.getLength(); j++) {
				Element o = (Element) outputs.item(j);
				expected.add(new Engine.Output(o.getAttribute("layer"), Arrays.asList(o.getAttribute("labels").split(" "))));
			}
			assertEquals(expected, engine.outputs(), id);
			assertEquals(0, e.getElementsByTagName("map").getLength(), id + " renames its labels: add them to the table");
		}
		assertEquals(ids, Engines.all().stream().map(Engine::id).toList());
	}
}
