/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.projects;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.assay.model.Annotation;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.Project;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Follows a project's model down to its annotations (not into their fragments, features or provenance, which
 * no label shows) and tells which documents changed: once per burst of changes, on the UI thread, whoever
 * made them (an editor's command, a save, an engine run, an import).
 */
public final class ModelWatcher extends EContentAdapter {

	private final Display display;
	private final Consumer<Set<Document>> changed;
	private final Set<Document> pending = new LinkedHashSet<>();
	private boolean scheduled;

	public ModelWatcher(Display display, Consumer<Set<Document>> changed) {
		this.display = display;
		this.changed = changed;
	}

	@Override
	protected void addAdapter(Notifier notifier) {
		if (notifier instanceof Project || notifier instanceof Document || notifier instanceof AnnotationSet
				|| notifier instanceof Annotation) {
			super.addAdapter(notifier);
		}
	}

	@Override
	public void notifyChanged(Notification n) {
		super.notifyChanged(n);
		if (n.isTouch()) {
			return;
		}
		Document d = documentOf(n.getNotifier());
		if (d == null && n.getNewValue() instanceof Document added) {
			d = added;
		}
		if (d != null) {
			pend(d);
		}
	}

	private synchronized void pend(Document d) {
		pending.add(d);
		if (!scheduled && !display.isDisposed()) {
			scheduled = true;
			display.asyncExec(this::flush);
		}
	}

	private void flush() {
		Set<Document> batch;
		synchronized (this) {
			batch = Set.copyOf(pending);
			pending.clear();
			scheduled = false;
		}
		changed.accept(batch);
	}

	private static Document documentOf(Object notifier) {
		Object o = notifier;
		while (o instanceof EObject e) {
			if (e instanceof Document d) {
				return d;
			}
			o = e.eContainer();
		}
		return null;
	}
}
