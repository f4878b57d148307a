/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.team;

import java.util.Arrays;
import java.util.List;

import org.assay.model.support.SetNames;
import org.assay.ui.internal.editor.KeptInputs;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * Keeps a curation's input in the workbench's saved state and makes it again on the next start, as
 * {@link org.assay.ui.internal.editor.DocumentInputFactory} does for a document: the project (when still open),
 * the document, the sets it curates from and the set it curates into. Nothing is made when the project is no
 * longer open or no longer has the document, or fewer than two of the sets are left.
 */
public final class CurationInputFactory implements IElementFactory {

	public static final String ID = "org.assay.ui.editors.curationInputFactory";
	private static final String SETS = "sets";
	private static final String INTO = "into";

	@Override
	public IAdaptable createElement(IMemento memento) {
		KeptInputs.Kept kept = KeptInputs.find(memento);
		String sets = memento.getString(SETS);
		String into = memento.getString(INTO);
		if (kept == null || sets == null || into == null) {
			return null;
		}
		List<String> from = Arrays.stream(sets.split("\n")).filter(n -> SetNames.find(kept.document(), n) != null)
				.toList();
		return from.size() < 2 ? null : new CurationInput(kept.folder(), kept.document(), from, into);
	}

	/** What the workbench keeps of a curation's input. */
	static IPersistableElement persistable(CurationInput input) {
		return KeptInputs.persistable(ID, input.folder(), input.document(), memento -> {
			memento.putString(SETS, String.join("\n", input.sets())); // set names hold no line break
			memento.putString(INTO, input.into());
		});
	}
}
