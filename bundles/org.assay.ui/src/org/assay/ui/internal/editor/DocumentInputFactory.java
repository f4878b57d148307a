/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * Keeps a document editor's input in the workbench's saved state and makes it again on the next start, so that
 * the editors open when Assay closed open again, on the projects of the last session. Nothing is made when the
 * project is no longer open or no longer has the document: the editor is then not restored.
 */
public final class DocumentInputFactory implements IElementFactory {

	public static final String ID = "org.assay.ui.editors.documentInputFactory";
	private static final String SET = "set";

	@Override
	public IAdaptable createElement(IMemento memento) {
		KeptInputs.Kept kept = KeptInputs.find(memento);
		return kept == null ? null : new DocumentEditorInput(kept.folder(), kept.document(), memento.getString(SET));
	}

	/** What the workbench keeps of an input: its project, document and the set it was opened on. */
	static IPersistableElement persistable(DocumentEditorInput input) {
		return KeptInputs.persistable(ID, input.folder(), input.document(), memento -> {
			if (input.initialSet() != null) {
				memento.putString(SET, input.initialSet());
			}
		});
	}
}
