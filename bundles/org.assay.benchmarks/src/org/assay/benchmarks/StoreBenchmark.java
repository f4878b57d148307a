/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.AssayPackage;
import org.assay.model.Document;
import org.assay.model.Label;
import org.assay.model.LabelSchema;
import org.assay.model.Link;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.Span;
import org.assay.model.support.Schemas;
import org.assay.model.support.SetNames;
import org.assay.model.support.Spans;
import org.assay.model.support.StandardSchema;
import org.assay.store.ProjectFolder;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Save and load of one document's annotation set with 100,000 annotations: Assay's store beside EMF's own
 * XMI and binary resources holding the same objects, in the same run.
 *
 * <pre>java -cp ... org.assay.benchmarks.StoreBenchmark [annotations]</pre>
 */
public final class StoreBenchmark {

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dir = Files.createTempDirectory("assay-bench");
		try {
			run(dir, count);
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(Path dir, int count) throws Exception {
		ProjectFolder folder = ProjectFolder.create(dir.resolve("project"), "bench", StandardSchema.create());
		String text = Generated.text(count * 9);
		Document document = folder.addDocument("big", "A big document", text);
		AnnotationSet set = SetNames.findOrCreate(document, "engine:entities");
		Generated.annotations(set, folder.project().getSchema(), text, count);
		folder.save(set);
		Path file = folder.setFile(document, set.getName());

		Bench bench = new Bench(3, 7);
		System.out.printf("Store benchmark: one document of %,d characters with %,d annotations (%,d spans with"
				+ " provenance, %,d links)%n", text.length(), set.getAnnotations().size(),
				set.getAnnotations().stream().filter(a -> a instanceof Span).count(),
				set.getAnnotations().stream().filter(a -> a instanceof Link).count());
		System.out.printf("JVM %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

		Bench.Result assaySave = bench.time("Assay save (JSON, atomic)", () -> {
			folder.save(set);
			return file;
		});
		Bench.Result assayLoad = bench.time("Assay load (JSON, checked)", () -> folder.readSet(document, set.getName()));
		long assayBytes = Files.size(file);

		// the same objects in EMF's own resources: the schema in one resource, the set in another
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		rs.getPackageRegistry().put(AssayPackage.eNS_URI, AssayPackage.eINSTANCE);
		Resource schemaXmi = rs.createResource(URI.createFileURI(dir.resolve("schema.xmi").toString()));
		schemaXmi.getContents().add(folder.project().getSchema());
		schemaXmi.save(Collections.emptyMap());
		Map<Object, Object> xmiOptions = Map.of(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE,
				XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE, XMLResource.OPTION_USE_PARSER_POOL,
				new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl(), XMLResource.OPTION_USE_DEPRECATED_METHODS,
				Boolean.FALSE, XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
		Resource setXmi = rs.createResource(URI.createFileURI(dir.resolve("set.xmi").toString()));
		AnnotationSet copy = EcoreUtil.copy(set);
		setXmi.getContents().add(copy);
		Bench.Result xmiSave = bench.time("EMF XMI save", () -> {
			setXmi.save(xmiOptions);
			return setXmi;
		});
		Bench.Result xmiLoad = bench.time("EMF XMI load", () -> {
			ResourceSet fresh = freshResourceSet();
			Resource r = fresh.getResource(setXmi.getURI(), true);
			EcoreUtil.resolveAll(r);
			return r;
		});
		long xmiBytes = Files.size(dir.resolve("set.xmi"));

		Resource setBin = new BinaryResourceImpl(URI.createFileURI(dir.resolve("set.bin").toString()));
		rs.getResources().add(setBin);
		Bench.Result binSave = bench.time("EMF binary save", () -> {
			setBin.getContents().add(copy);
			setBin.save(Collections.emptyMap());
			return setBin;
		});
		Bench.Result binLoad = bench.time("EMF binary load", () -> {
			ResourceSet fresh = freshResourceSet();
			Resource r = new BinaryResourceImpl(setBin.getURI());
			fresh.getResources().add(r);
			r.load(Collections.emptyMap());
			EcoreUtil.resolveAll(r);
			return r;
		});
		long binBytes = Files.size(dir.resolve("set.bin"));

		System.out.printf("%-28s %10s %10s %10s %12s%n", "task", "median ms", "best ms", "MB", "vs Assay");
		for (Object[] row : List.of(new Object[] { assaySave, assayBytes, assaySave },
				new Object[] { assayLoad, assayBytes, assayLoad }, new Object[] { xmiSave, xmiBytes, assaySave },
				new Object[] { xmiLoad, xmiBytes, assayLoad }, new Object[] { binSave, binBytes, assaySave },
				new Object[] { binLoad, binBytes, assayLoad })) {
			Bench.Result r = (Bench.Result) row[0];
			Bench.Result ref = (Bench.Result) row[2];
			System.out.printf("%-28s %10.0f %10.0f %10.1f %11.2fx%n", r.name(), r.medianMs(), r.bestMs(),
					((Long) row[1]) / 1e6, r.medianMs() / ref.medianMs());
		}
		System.out.printf("%nAim: Assay save and load each under 500 ms. Save %s, load %s.%n",
				assaySave.medianMs() < 500 ? "met" : "NOT met", assayLoad.medianMs() < 500 ? "met" : "NOT met");
	}

	private static ResourceSet freshResourceSet() {
		ResourceSet fresh = new ResourceSetImpl();
		fresh.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		fresh.getPackageRegistry().put(AssayPackage.eNS_URI, AssayPackage.eINSTANCE);
		return fresh;
	}

	/** A synthetic document and annotations shaped like an engine's output on news text. */
	static final class Generated {
		private static final String[] WORDS = { "the", "minister", "said", "on", "Tuesday", "that", "budget",
				"would", "rise", "by", "percent", "in", "Geneva", "officials", "told", "reporters", "company",
				"shares", "fell", "after", "talks", "with", "union", "leaders", "collapsed", "." };

		static String text(int approxChars) {
			Random random = new Random(42);
			StringBuilder sb = new StringBuilder(approxChars + 64);
			while (sb.length() < approxChars) {
				sb.append(WORDS[random.nextInt(WORDS.length)]);
				sb.append(sb.length() % 97 < 6 ? '\n' : ' ');
			}
			return sb.toString();
		}

		static void annotations(AnnotationSet set, LabelSchema schema, String text, int count) {
			Random random = new Random(7);
			List<Label> entity = Schemas.layer(schema, "entity").getLabels();
			Label claimLabel = Schemas.label(schema, "claim", "CLAIM");
			Date now = new Date(1_780_000_000_000L);
			int links = count / 10;
			int spans = count - links;
			int step = text.length() / spans;
			List<Span> claims = new java.util.ArrayList<>();
			List<Span> all = new java.util.ArrayList<>();
			for (int i = 0; i < spans; i++) {
				int begin = i * step;
				boolean claim = i % 10 == 0;
				Span span = Spans.create(claim ? claimLabel : entity.get(random.nextInt(entity.size())), begin,
						begin + Math.max(1, step - 2));
				span.setId("e" + i);
				Provenance p = AssayFactory.eINSTANCE.createProvenance();
				p.setOrigin(Origin.ENGINE);
				p.setEngineId("entities");
				p.setEngineVersion("1.0.0");
				p.setConfidence(random.nextDouble());
				p.setCreated(now);
				span.setProvenance(p);
				set.getAnnotations().add(span);
				all.add(span);
				if (claim) {
					claims.add(span);
				}
			}
			for (int i = 0; i < links; i++) {
				Span claim = claims.get(i % claims.size());
				Link link = AssayFactory.eINSTANCE.createLink();
				link.setId("l" + i);
				link.setRole("claimant");
				link.setSource(claim);
				int claimAt = (i % claims.size()) * 10; // every tenth span is a claim
				link.setTarget(all.get((claimAt + 1 + i / claims.size()) % all.size()));
				link.setStatus(AnnotationStatus.PROPOSED);
				set.getAnnotations().add(link);
			}
		}
	}
}
