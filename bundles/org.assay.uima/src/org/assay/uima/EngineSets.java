/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.uima;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.AnnotationStatus;
import org.assay.model.AssayFactory;
import org.assay.model.Document;
import org.assay.model.EngineRun;
import org.assay.model.Origin;
import org.assay.model.Provenance;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/**
 * Keeps an engine's proposals in the document's {@code engine:ID} set. A new run replaces the set's content
 * whole: that set only ever holds proposals, annotators decide in their own sets (see {@link Proposals}).
 */
public final class EngineSets {

	private EngineSets() {
	}

	/** Replaces the engine's set of the document with these proposals, stamped with the run's provenance. */
	public static AnnotationSet replace(Document document, Engine engine, String model, Date started,
			List<Annotation> proposals) {
		AnnotationSet set = SetNames.findOrCreate(document, engine.setName());
		set.getAnnotations().clear();
		EngineRun run = AssayFactory.eINSTANCE.createEngineRun();
		run.setEngineId(engine.id());
		run.setEngineVersion(engine.version());
		run.setStarted(started);
		run.setModel(model);
		set.setRun(run);
		set.setModified(new Date());
		int n = 0;
		for (Annotation a : proposals) {
			a.setId(id(++n));
			if (a.getProvenance() == null || a.getProvenance().getEngineId() == null) {
				stamp(a, engine, started);
			}
		}
		set.getAnnotations().addAll(proposals);
		return set;
	}

	/** The ids of the first proposals of every set: the same strings in each, made once rather than per set. */
	private static final String[] IDS = new String[4096];

	/**
	 * The id of a set's {@code n}th proposal, {@code p1}, {@code p2}, …. A run over a corpus keeps hundreds of
	 * thousands of proposals whose ids repeat from one document to the next; sharing them is about a seventh of the memory
	 * the proposals hold ({@code benchmark pipeline}), and less for the collector to copy while the run goes on.
	 * Threads racing to make one only make equal strings.
	 */
	private static String id(int n) {
		if (n >= IDS.length) {
			return "p" + n;
		}
		String id = IDS[n];
		if (id == null) {
			id = "p" + n;
			IDS[n] = id;
		}
		return id;
	}

	/**
	 * Keeps one document's proposals from a run, as the command line and the workbench both do: the engine's
	 * set is replaced and saved, and if {@code offerInto} names a set the proposals are offered to it
	 * ({@link Proposals#offer}) and it is saved too.
	 *
	 * @return what the offer did, {@link Proposals.Offer#NONE} when there was none
	 */
	public static Proposals.Offer keep(ProjectFolder folder, Document document, Engine engine, String model,
			Date started, List<Annotation> proposals, String offerInto) throws StoreException {
		return keep(folder, document, engine, model, started, proposals,
				offerInto == null ? List.of() : List.of(offerInto));
	}

	/**
	 * Keeps one document's proposals from a run and offers them to each of the sets named (none, one, or the
	 * document's assigned annotators), saving each set it changes.
	 *
	 * @return what the offers did together, {@link Proposals.Offer#NONE} when there was none
	 */
	public static Proposals.Offer keep(ProjectFolder folder, Document document, Engine engine, String model,
			Date started, List<Annotation> proposals, Collection<String> offerInto) throws StoreException {
		return keep(folder, document, engine, model, started, proposals, offerInto, Set.of());
	}

	/**
	 * The same, the proposals taking the place of other engines' undecided ones in the layers named
	 * ({@link Proposals#offer(AnnotationSet, AnnotationSet, Set)}).
	 */
	public static Proposals.Offer keep(ProjectFolder folder, Document document, Engine engine, String model,
			Date started, List<Annotation> proposals, Collection<String> offerInto, Set<String> takeOver)
			throws StoreException {
		AnnotationSet set = replace(document, engine, model, started, proposals);
		folder.save(set);
		Proposals.Offer offered = Proposals.Offer.NONE;
		for (String name : offerInto) {
			AnnotationSet target = SetNames.findOrCreate(document, name);
			offered = offered.plus(Proposals.offer(set, target, takeOver));
			folder.save(target);
		}
		return offered;
	}

	/**
	 * Takes the engine's set of the document out of the model once it is saved, for a process that needs it no
	 * more (the command line): its file keeps it, and a run over a corpus then holds one document's proposals at a
	 * time instead of all of them, for the collector to copy and the heap to hold. Nothing is written or deleted;
	 * the next open of the project reads the set again. Not for the workbench, whose editors show the set.
	 */
	public static void release(Document document, Engine engine) {
		AnnotationSet set = SetNames.find(document, engine.setName());
		if (set != null) {
			document.getAnnotationSets().remove(set);
		}
	}

	/**
	 * Marks new proposals as the engine's: status proposed, provenance with engine id, version and time. Done
	 * by the runner on its worker threads, before the proposals join the model, so that the one thread that
	 * changes the model has little left to do.
	 */
	public static void stamp(Annotation a, Engine engine, Date started) {
		a.setStatus(AnnotationStatus.PROPOSED);
		Provenance p = a.getProvenance();
		if (p == null) {
			p = AssayFactory.eINSTANCE.createProvenance();
			a.setProvenance(p);
		}
		p.setOrigin(Origin.ENGINE);
		p.setEngineId(engine.id());
		p.setEngineVersion(engine.version());
		p.setCreated(started);
	}
}
