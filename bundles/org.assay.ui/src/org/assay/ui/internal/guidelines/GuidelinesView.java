/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal.guidelines;

import java.util.ArrayList;
import java.util.List;

import org.assay.store.Guidelines;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;
import org.assay.ui.internal.Messages;
import org.assay.ui.internal.editor.DocumentEditor;
import org.assay.ui.internal.projects.OpenProjects;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The annotation guidelines of the project whose document is being edited ({@code guidelines.md} or
 * {@code .html} in its folder), beside the text; {@link #showSection} scrolls to the section of a label.
 */
public final class GuidelinesView extends ViewPart {

	public static final String ID = "org.assay.ui.views.guidelines";

	private StyledText text;
	private Markdown shown;
	private ProjectFolder folder;
	private final List<Font> fonts = new ArrayList<>();
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof DocumentEditor e && e.getEditorInput() != null) {
				show(OpenProjects.get().folderOf(e.document()));
			}
		}
	};

	/** Opens the view on the project and scrolls to the label's section; the view, or null if it cannot open. */
	public static GuidelinesView open(IWorkbenchPage page, ProjectFolder folder, String label) {
		try {
			GuidelinesView view = (GuidelinesView) page.showView(ID);
			view.show(folder);
			if (label != null) {
				view.showSection(label);
			}
			return view;
		} catch (PartInitException e) {
			return null;
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(12, 10, 12, 10);
		text.setLineSpacing(2);
		getSite().getPage().addPartListener(editors);
		if (getSite().getPage().getActiveEditor() instanceof DocumentEditor e) {
			show(OpenProjects.get().folderOf(e.document()));
		} else if (!OpenProjects.get().projects().isEmpty()) {
			show(OpenProjects.get().projects().get(0));
		} else {
			text.setText(Messages.guidelines_noProject);
		}
	}

	/** Shows a project's guidelines (again, if they changed on disk), or says how to add them. */
	public void show(ProjectFolder project) {
		if (project == null || text.isDisposed()) {
			return;
		}
		folder = project;
		String markdown;
		try {
			markdown = Guidelines.read(project.dir());
		} catch (StoreException e) {
			markdown = "# " + project.project().getName() + "\n\n" + e.getMessage();
		}
		if (markdown == null) {
			markdown = NLS.bind(Messages.guidelines_none, project.project().getName(), Guidelines.MARKDOWN);
		}
		shown = Markdown.layout(markdown);
		text.setText(shown.text);
		text.setStyleRanges(styles(shown));
		setContentDescription(project.project().getName());
	}

	/** Scrolls to the section whose heading names the label, and selects the heading; false if there is none. */
	public boolean showSection(String label) {
		Markdown.Heading h = shown == null ? null : shown.section(label);
		if (h == null) {
			return false;
		}
		int line = text.getLineAtOffset(h.offset());
		text.setTopIndex(line);
		text.setSelection(h.offset(), h.offset() + h.title().length());
		return true;
	}

	/** The project shown, and the text; for tests. */
	public ProjectFolder project() {
		return folder;
	}

	public StyledText text() {
		return text;
	}

	private StyleRange[] styles(Markdown m) {
		List<StyleRange> ranges = new ArrayList<>();
		for (Markdown.Run r : m.runs) {
			StyleRange s = new StyleRange();
			s.start = r.begin();
			s.length = r.end() - r.begin();
			s.fontStyle = SWT.BOLD;
			if (r.level() > 0) {
				s.font = headingFont(r.level());
			}
			ranges.add(s);
		}
		ranges.sort((a, b) -> Integer.compare(a.start, b.start));
		return ranges.toArray(StyleRange[]::new);
	}

	private Font headingFont(int level) {
		while (fonts.size() < 3) {
			FontData data = JFaceResources.getDefaultFont().getFontData()[0];
			int size = data.getHeight() + (3 - fonts.size()) * 2 + 1;
			fonts.add(new Font(text.getDisplay(), data.getName(), size, SWT.BOLD));
		}
		return fonts.get(level - 1);
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		fonts.forEach(Font::dispose);
		super.dispose();
	}
}
