/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * Records what is done to some model objects and everything they contain (documents, their sets and annotations),
 * so that a unit that fails ({@link ProjectFolder#unit}: a full disk, a set file another writer changed) can put them
 * back as they were: then the model holds what the files hold, and a later save does not write half of the unit.
 * Only the objects given are watched: what the work does elsewhere (a document it adds to the project) it takes
 * back itself.
 */
public final class ModelRollback implements AutoCloseable {

	private final ChangeRecorder recorder;

	private ModelRollback(ChangeRecorder recorder) {
		this.recorder = recorder;
	}

	/** Starts recording what is done to these objects and what they contain. */
	public static ModelRollback recording(Collection<? extends EObject> objects) {
		ChangeRecorder recorder = new ChangeRecorder();
		recorder.setResolveProxies(false);
		recorder.beginRecording(List.copyOf(objects));
		return new ModelRollback(recorder);
	}

	/** Puts the objects back as they were when the recording began, and stops recording. */
	public void rollBack() {
		if (recorder.isRecording()) {
			ChangeDescription changes = recorder.endRecording();
			recorder.dispose();
			changes.apply();
		}
	}

	/** Stops recording, keeping what was done. */
	@Override
	public void close() {
		if (recorder.isRecording()) {
			recorder.endRecording();
		}
		recorder.dispose();
	}
}
