/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.editor;

import org.assay.model.support.StandardSchema;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The keyboard (and context menu) commands of the document editor: walk proposals, accept, reject, delete,
 * move boundaries by token, link a claim to its claimant and cue, and its claimant to the person it refers to.
 */
public final class EditorCommandHandler extends AbstractHandler {

	public static final String NEXT = "org.assay.ui.commands.nextProposal";
	public static final String PREVIOUS = "org.assay.ui.commands.previousProposal";
	public static final String ACCEPT = "org.assay.ui.commands.accept";
	public static final String REJECT = "org.assay.ui.commands.reject";
	public static final String ACCEPT_ALL = "org.assay.ui.commands.acceptAllOfLabel";
	public static final String DONE = "org.assay.ui.commands.markDone";
	public static final String DELETE = "org.assay.ui.commands.deleteAnnotation";
	public static final String GROW_END = "org.assay.ui.commands.growEnd";
	public static final String SHRINK_END = "org.assay.ui.commands.shrinkEnd";
	public static final String GROW_START = "org.assay.ui.commands.growStart";
	public static final String SHRINK_START = "org.assay.ui.commands.shrinkStart";
	public static final String LINK_CLAIMANT = "org.assay.ui.commands.linkClaimant";
	public static final String LINK_CUE = "org.assay.ui.commands.linkCue";
	public static final String LINK_REFERENT = "org.assay.ui.commands.linkReferent";
	public static final String NEXT_DOCUMENT = "org.assay.ui.commands.nextDocument";
	public static final String BY_UNCERTAINTY = "org.assay.ui.commands.walkByUncertainty";
	public static final String PREVIOUS_DOCUMENT = "org.assay.ui.commands.previousDocument";
	public static final String OFFER = "org.assay.ui.commands.offerProposals";

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof DocumentEditor editor) {
			switch (event.getCommand().getId()) {
			case NEXT -> editor.moveToProposal(true);
			case PREVIOUS -> editor.moveToProposal(false);
			case ACCEPT -> editor.accept();
			case REJECT -> editor.reject();
			case DELETE -> editor.delete();
			case DONE -> editor.markDone();
			case ACCEPT_ALL -> editor.acceptAllOfLabel();
			case KeysDialog.KEYS -> KeysDialog.open(editor.getSite().getShell(), editor.schema());
			case GROW_END -> editor.moveBoundary(false, 1);
			case SHRINK_END -> editor.moveBoundary(false, -1);
			case GROW_START -> editor.moveBoundary(true, -1);
			case SHRINK_START -> editor.moveBoundary(true, 1);
			case LINK_CLAIMANT -> editor.linkCurrent(StandardSchema.ROLE_CLAIMANT);
			case LINK_CUE -> editor.linkCurrent(StandardSchema.ROLE_CUE);
			case LINK_REFERENT -> editor.linkReferent();
			case NEXT_DOCUMENT -> editor.openNeighbour(1);
			case BY_UNCERTAINTY -> editor.walkByUncertainty(!editor.walksByUncertainty());
			case PREVIOUS_DOCUMENT -> editor.openNeighbour(-1);
			case OFFER -> editor.offerEngineProposals();
			default -> throw new IllegalArgumentException(event.getCommand().getId());
			}
		}
		return null;
	}
}
