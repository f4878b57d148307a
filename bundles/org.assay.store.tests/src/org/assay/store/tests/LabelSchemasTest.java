/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.assay.model.FeatureDefinition;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Layer;
import org.assay.model.support.Schemas;
import org.assay.model.support.StandardSchema;
import org.assay.store.LabelSchemas;
import org.assay.store.NamedSchema;
import org.assay.store.ProjectFolder;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The schemas extension point: Assay's own schemas, fake contributions good and bad, and a plug-in that comes and goes. */
class LabelSchemasTest {

	@TempDir
	Path dir;

	@Test
	void theStandardSchemaComesFirstThenTheContributedOnes() {
		List<String> ids = LabelSchemas.all().stream().map(NamedSchema::id).toList();
		assertEquals(LabelSchemas.STANDARD, ids.get(0), ids.toString());
		assertTrue(ids.containsAll(List.of("polnear", "ontonotes", "test-tiny")), ids.toString());
		assertEquals(ids.size(), new HashSet<>(ids).size(), "no id twice: " + ids);
		NamedSchema tiny = LabelSchemas.find("test-tiny");
		assertEquals("Tiny test schema", tiny.name());
		assertEquals("org.assay.store.tests", tiny.contributor());
		assertEquals(List.of("DRUG", "DOSE"), tiny.schema().getLayers().get(0).getLabels().stream().map(Label::getName).toList());
	}

	@Test
	void badContributionsAreLeftOut() {
		for (String bad : List.of("test-missing", "test-broken", "test-no-file")) {
			assertNull(LabelSchemas.find(bad), bad);
		}
		assertEquals("Tiny test schema", LabelSchemas.find("test-tiny").name(), "an id taken: the first contribution kept");
		assertEquals(1, LabelSchemas.all().stream().filter(s -> s.id().equals("test-tiny")).count());
		assertEquals("org.assay.model", LabelSchemas.find(LabelSchemas.STANDARD).contributor(), "the standard one is built in");
		assertEquals(1, LabelSchemas.all().stream().filter(s -> s.id().equals(LabelSchemas.STANDARD)).count());
		assertEquals("org.assay.store", LabelSchemas.find("ontonotes").contributor());
	}

	@Test
	void theListIsReadOnceAndKept() {
		assertSame(LabelSchemas.find("polnear"), LabelSchemas.find("polnear"), "one read, kept");
		NamedSchema s = LabelSchemas.find("polnear");
		assertNotSame(s.copy(), s.copy(), "each project gets its own copy");
		assertNotSame(s.schema(), s.copy());
	}

	@Test
	void ontoNotesHasItsEighteenTypesEachWithAColourAndAKeyOfItsOwn() {
		LabelSchema schema = LabelSchemas.find("ontonotes").copy();
		assertEquals(1, schema.getLayers().size());
		Layer entity = Schemas.layer(schema, StandardSchema.ENTITY);
		assertNotNull(entity, "the entity layer, where engines put entities");
		assertEquals(List.of("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
				"LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"),
				entity.getLabels().stream().map(Label::getName).toList());
		Set<String> colours = new HashSet<>();
		Set<String> keys = new HashSet<>();
		for (Label l : entity.getLabels()) {
			assertTrue(l.getColour().matches("#[0-9a-f]{6}"), l.getName() + " " + l.getColour());
			assertTrue(colours.add(l.getColour()), "colour of " + l.getName() + " taken");
			assertTrue(keys.add(l.getKey()), "key of " + l.getName() + " taken");
			assertFalse("x".equals(l.getKey()), "x rejects a proposal in the editor");
			assertFalse(l.getDescription().isBlank(), l.getName());
		}
	}

	@Test
	void polnearIsTheClaimLayerThatImportClaimsFills() {
		LabelSchema schema = LabelSchemas.find("polnear").copy();
		Layer claim = Schemas.layer(schema, StandardSchema.CLAIM);
		assertNotNull(claim);
		for (String label : List.of(StandardSchema.CLAIM_CONTENT, StandardSchema.CLAIM_SOURCE, StandardSchema.CLAIM_CUE)) {
			assertNotNull(Schemas.label(claim, label), label);
		}
		FeatureDefinition claimant = claim.getFeatures().stream()
				.filter(f -> f.getName().equals(StandardSchema.ROLE_CLAIMANT)).findFirst().orElseThrow();
		FeatureDefinition cue = claim.getFeatures().stream().filter(f -> f.getName().equals(StandardSchema.ROLE_CUE))
				.findFirst().orElseThrow();
		assertEquals(List.of(claim), claimant.getTargetLayers());
		assertEquals(List.of(claim), cue.getTargetLayers());
	}

	@Test
	void aProjectStartsWithTheChosenSchemaAndKeepsIt() throws Exception {
		ProjectFolder made = ProjectFolder.create(dir.resolve("p"), "p", LabelSchemas.find("ontonotes").copy());
		ProjectFolder opened = ProjectFolder.open(dir.resolve("p"));
		assertEquals(18, opened.project().getSchema().getLayers().get(0).getLabels().size());
		assertEquals("WORK_OF_ART", Schemas.layer(opened.project().getSchema(), "entity").getLabels().get(8).getName());
		assertNotNull(made);
		LabelSchema read = LabelSchemas.read(dir.resolve("p").resolve("schema.json"));
		assertEquals(18, read.getLayers().get(0).getLabels().size());
	}

	/** A plug-in installed while Assay runs: its schema appears, its bad one is logged and left out; removed, both go. */
	@Test
	void aPluginThatComesAndGoes() throws Exception {
		List<String> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() == IStatus.ERROR) {
				logged.add(status.getMessage());
			}
		};
		Platform.addLogListener(listener);
		List<Integer> changes = new CopyOnWriteArrayList<>();
		Runnable counter = () -> changes.add(1);
		LabelSchemas.addChangeListener(counter);
		BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
		Bundle plugin = context.installBundle("assay-test:medical", new ByteArrayInputStream(pluginJar()));
		try {
			plugin.start();
			waitFor("the plug-in's schema", () -> LabelSchemas.find("test-medical") != null);
			assertEquals("org.assay.test.medical", LabelSchemas.find("test-medical").contributor());
			assertNull(LabelSchemas.find("test-medical-bad"));
			waitFor("the bad schema logged", () -> logged.stream().anyMatch(m -> m.contains("test-medical-bad")));
			String message = logged.stream().filter(m -> m.contains("test-medical-bad")).findFirst().orElseThrow();
			assertTrue(message.contains("org.assay.test.medical") && message.contains("schemas/bad.json:3:"),
					"names the bundle, the file and the line: " + message);
			assertFalse(changes.isEmpty(), "listeners told");
			assertTrue(LabelSchemas.all().stream().anyMatch(s -> s.id().equals("ontonotes")), "the others stay");
		} finally {
			plugin.uninstall();
			LabelSchemas.removeChangeListener(counter);
			Platform.removeLogListener(listener);
		}
		waitFor("the schema gone with its plug-in", () -> LabelSchemas.find("test-medical") == null);
		assertNotNull(LabelSchemas.find("polnear"));
	}

	private static byte[] pluginJar() throws IOException {
		Manifest manifest = new Manifest();
		Attributes a = manifest.getMainAttributes();
		a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		a.putValue("Bundle-ManifestVersion", "2");
		a.putValue("Bundle-SymbolicName", "org.assay.test.medical;singleton:=true");
		a.putValue("Bundle-Version", "1.0.0");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			entry(jar, "plugin.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<?eclipse version="3.4"?>
					<plugin>
					   <extension point="org.assay.store.schemas">
					      <schema id="test-medical" name="Medical" file="schemas/medical.json"/>
					      <schema id="test-medical-bad" name="Bad" file="schemas/bad.json"/>
					   </extension>
					</plugin>
					""");
			entry(jar, "schemas/medical.json", """
					{"format":"assay-schema","version":1,"layers":[
					 {"name":"entity","kind":"span","labels":[{"name":"DRUG","colour":"#e6194b","key":"d"}]}]}
					""");
			entry(jar, "schemas/bad.json", """
					{"format":"assay-schema","version":1,"layers":[
					 {"name":"entity","kind":"span","labels":[{"name":"DRUG"}],
					  "features":[{"name":"of","type":"link","targets":["nowhere"]}]}]}
					""");
		}
		return bytes.toByteArray();
	}

	private static void entry(JarOutputStream jar, String name, String text) throws IOException {
		jar.putNextEntry(new JarEntry(name));
		jar.write(text.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}

	private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Thread.sleep(20); // the registry tells of bundles on its own thread
		}
	}
}
