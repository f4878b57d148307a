/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceManager;
import org.assay.engines.internal.ClaimsEngine;
import org.assay.engines.internal.EntitiesEngine;
import org.assay.engines.learn.TrainingMonitor;
import org.assay.engines.learn.TrainingOptions;
import org.assay.engines.learn.LearnedModel;
import org.assay.engines.learn.LearnedTrainer;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.Link;
import org.assay.model.evaluation.Evaluation;
import org.assay.model.support.SetNames;
import org.assay.model.support.TokenTable;
import org.assay.sample.SampleProject;
import org.assay.store.ProjectFolder;
import org.assay.uima.CasBridge;
import org.assay.uima.Engine;
import org.assay.uima.EngineException;
import org.assay.uima.EngineRunner;
import org.assay.uima.EngineSets;
import org.assay.uima.GoldTexts;
import org.assay.uima.RunMonitor;
import org.assay.uima.Engines;
import org.assay.uima.spi.EngineContext;
import org.assay.uima.types.AssayTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in engines as UIMA engines on their own, and as Assay runs them on the sample project. */
class BuiltInEnginesTest {

	@TempDir
	Path dir;

	@Test
	void theEntityEngineIsAPlainUimaEngine() throws Exception {
		AnalysisEngine engine = produce(new EntitiesEngine().describe(new EngineContext(null, null)));
		CAS cas = engine.newCAS();
		cas.setDocumentText("Sen. Maria Keller (D-Mont.) told the Senate Finance Committee on Tuesday that "
				+ "Canadian exports to the United States rose 4.5 percent to $2.1 billion in March.");
		engine.process(cas);
		List<String> found = spans(cas);
		assertTrue(found.contains("PERSON Maria Keller") || found.contains("PERSON Sen. Maria Keller"), found.toString());
		assertTrue(found.contains("LOCATION United States") || found.contains("LOCATION the United States"), found.toString());
		assertTrue(found.contains("PERCENT 4.5 percent"), found.toString());
		assertTrue(found.contains("MONEY $2.1 billion"), found.toString());
		assertTrue(found.contains("NORP Canadian"), found.toString());
		Type token = cas.getTypeSystem().getType(AssayTypes.TOKEN);
		assertTrue(cas.getAnnotationIndex(token).size() > 25, "the segmenter left its tokens");
	}

	@Test
	void theEnginesWorkOnADocumentsOwnTokens() throws Exception {
		// a CoNLL import keeps its tokens; the segmenter would cut "U.S.-led" in three and the sentence in two
		String text = "The U.S.-led team met in New York. It won";
		TokenTable own = TokenTable.builder("pos", "chunk").add(0, 3, "DT", "B-NP").add(4, 12, "JJ", "I-NP")
				.add(13, 17, "NN", "I-NP").add(18, 21, "VBD", "B-VP").add(22, 24, "IN", "B-PP")
				.add(25, 28, "NNP", "B-NP").add(29, 33, "NNP", "I-NP").add(33, 34, ".", "O").add(35, 37, "PRP", "B-NP")
				.add(38, 41, "VBD", "B-VP").build();
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setId("d");
		d.setText(text);
		d.setTokens(own);
		AnalysisEngine engine = produce(new EntitiesEngine().describe(new EngineContext(null, null)));
		CAS cas = engine.newCAS();
		CasBridge.toCas(d, null, cas);
		engine.process(cas);
		Type token = cas.getTypeSystem().getType(AssayTypes.TOKEN);
		List<String> tokens = new ArrayList<>();
		for (AnnotationFS t : cas.getAnnotationIndex(token)) {
			tokens.add(t.getCoveredText() + "/" + t.getStringValue(token.getFeatureByBaseName(AssayTypes.F_POS)));
		}
		assertEquals(List.of("The/DT", "U.S.-led/JJ", "team/NN", "met/VBD", "in/IN", "New/NNP", "York/NNP", "./.",
				"It/PRP", "won/VBD"), tokens, "the document's tokens, none of the segmenter's");
		assertEquals(1, cas.getAnnotationIndex(cas.getTypeSystem().getType(AssayTypes.SENTENCE)).size(),
				"the document's one sentence");
		assertTrue(spans(cas).contains("LOCATION New York"), spans(cas).toString());
	}

	@Test
	void theClaimEngineLinksContentToCueAndClaimant() throws Exception {
		AnalysisEngine engine = produce(new ClaimsEngine().describe(new EngineContext(null, null)));
		CAS cas = engine.newCAS();
		cas.setDocumentText("\"We will not close the plant,\" said Maria Keller, the company's chief executive.");
		engine.process(cas);
		List<String> found = spans(cas);
		assertTrue(found.stream().anyMatch(f -> f.matches("CLAIM \"?We will not close the plant,?\"?")), found.toString());
		assertTrue(found.contains("CUE said"), found.toString());
		Type link = cas.getTypeSystem().getType(AssayTypes.LINK);
		List<String> roles = new ArrayList<>();
		cas.getIndexRepository().getAllIndexedFS(link)
				.forEachRemaining(l -> roles.add(l.getStringValue(link.getFeatureByBaseName(AssayTypes.F_ROLE))));
		assertTrue(roles.containsAll(List.of("cue", "claimant")), roles.toString());
	}

	@Test
	void aQuotationInterruptedByItsAttributionIsProposedAsOneClaimInTwoParts() throws Exception {
		AnalysisEngine engine = produce(new ClaimsEngine().describe(new EngineContext(null, null)));
		CAS cas = engine.newCAS();
		String text = "\"The line will open in June,\" said Maria Keller, the project's director. \"Not a day later.\"";
		cas.setDocumentText(text);
		engine.process(cas);
		Type span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		List<List<String>> claims = new ArrayList<>();
		cas.getAnnotationIndex(span).forEach(a -> {
			if ("CLAIM".equals(a.getStringValue(span.getFeatureByBaseName(AssayTypes.F_LABEL)))
					&& a.getFeatureValue(span.getFeatureByBaseName(AssayTypes.F_FRAGMENTS)) instanceof org.apache.uima.cas.ArrayFS<?> parts) {
				List<String> words = new ArrayList<>();
				for (int i = 0; i < parts.size(); i++) {
					words.add(((AnnotationFS) parts.get(i)).getCoveredText());
				}
				claims.add(words);
			}
		});
		assertEquals(List.of(List.of("The line will open in June", "Not a day later.")), claims);
	}

	@Test
	void assayRunsTheContributedEnginesOnTheSampleAndTheyFindMostOfItsGold() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		Engine entities = Engines.find("entities");
		assertNotNull(entities, "contributed through org.assay.engines");
		run(sample, entities, null);
		Evaluation e = Evaluation.of(sample.project().getDocuments(), entities.setName(), SetNames.GOLD);
		double f1 = e.total("entity").overlap().f1();
		assertTrue(f1 > 0.6, "overlapping entity F1 on the sample: " + f1);

		Engine claims = Engines.find("claims");
		run(sample, claims, null);
		Evaluation c = Evaluation.of(sample.project().getDocuments(), claims.setName(), SetNames.GOLD);
		double claimF1 = c.rows().stream().filter(r -> r.label().equals("CLAIM")).findFirst().orElseThrow().overlap().f1();
		assertTrue(claimF1 > 0.5, "overlapping CLAIM F1 on the sample: " + claimF1);
		// contents drawn as the guidelines draw them (no quotation marks, an interrupting attribution left out):
		// 0.56 exactly right when the engine kept the marks and the attribution
		double exactF1 = c.rows().stream().filter(r -> r.label().equals("CLAIM")).findFirst().orElseThrow().exact().f1();
		assertTrue(exactF1 > 0.8, "exact CLAIM F1 on the sample: " + exactF1);
		long cueLinks = sample.project().getDocuments().stream()
				.flatMap(d -> SetNames.find(d, claims.setName()).getAnnotations().stream())
				.filter(a -> a instanceof Link l && l.getRole().equals("cue")).count();
		assertTrue(cueLinks > 20, "cue links: " + cueLinks);
	}

	@Test
	void theLearnedEngineTrainsOnGoldSavesItsModelAndProposesWithIt() throws Exception {
		ProjectFolder sample = SampleProject.create(dir);
		List<Document> documents = sample.project().getDocuments();
		LearnedModel model = new LearnedTrainer(TrainingOptions.defaults().withMaxIterations(60))
				.train(GoldTexts.of(documents, SetNames.GOLD), List.of("entity", "claim"), TrainingMonitor.NONE);
		assertEquals(List.of("entity", "claim"), List.copyOf(model.taggers().keySet()));
		Path file = dir.resolve(LearnedModel.PROJECT_FILE);
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			model.write(out);
		}
		Engine learned = Engines.find("learned");
		run(sample, learned, null);
		Evaluation e = Evaluation.of(documents, learned.setName(), SetNames.GOLD);
		double f1 = e.total("entity").exact().f1();
		assertTrue(f1 > 0.8, "a model re-tags what it was trained on: entity F1 " + f1);

		Path elsewhere = dir.resolve("copy.model");
		Files.copy(file, elsewhere);
		Files.delete(file);
		EngineException missing = assertThrows(EngineException.class, () -> run(sample, learned, null));
		assertTrue(missing.getMessage().contains("run 'assay train' first"), missing.getMessage());
		run(sample, learned, elsewhere);
		assertEquals(e.total("entity").exact(),
				Evaluation.of(documents, learned.setName(), SetNames.GOLD).total("entity").exact(), "same model, same proposals");
		Files.writeString(elsewhere, "not a model");
		EngineException damaged = assertThrows(EngineException.class, () -> run(sample, learned, elsewhere));
		assertTrue(damaged.getMessage().contains("not an Assay learned model"), damaged.getMessage());
	}

	private static void run(ProjectFolder folder, Engine engine, Path model) throws EngineException {
		Date started = new Date();
		EngineRunner.Summary summary = new EngineRunner(engine, new EngineContext(folder.dir(), model),
				folder.project().getSchema(), 2).run(folder.project().getDocuments(), RunMonitor.NONE,
						(d, found) -> EngineSets.replace(d, engine, null, started, found.annotations()));
		assertFalse(summary.canceled());
		assertTrue(summary.unmapped().isEmpty(), summary.unmapped().toString());
	}

	private static AnalysisEngine produce(AnalysisEngineDescription description) throws Exception {
		ResourceManager resources = UIMAFramework.newDefaultResourceManager();
		resources.setExtensionClassLoader(EntitiesEngine.class.getClassLoader(), true);
		return UIMAFramework.produceAnalysisEngine(description, resources, null);
	}

	private static List<String> spans(CAS cas) {
		Type span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		List<String> found = new ArrayList<>();
		for (AnnotationFS fs : cas.getAnnotationIndex(span)) {
			found.add(fs.getStringValue(span.getFeatureByBaseName(AssayTypes.F_LABEL)) + " " + fs.getCoveredText());
		}
		return found;
	}
}
