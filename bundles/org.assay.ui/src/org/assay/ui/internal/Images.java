/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The workbench's icons, loaded once from the bundle's icons folder. */
public final class Images {

	public static final String PROJECT = "icons/project.png";
	public static final String DOCUMENT = "icons/document.png";
	public static final String SET = "icons/set.png";

	private static ImageRegistry registry;

	private Images() {
	}

	public static synchronized Image get(String path) {
		if (registry == null) {
			registry = new ImageRegistry();
		}
		Image image = registry.get(path);
		if (image == null) {
			registry.put(path, descriptor(path));
			image = registry.get(path);
		}
		return image;
	}

	public static ImageDescriptor descriptor(String path) {
		return AbstractUIPlugin.imageDescriptorFromPlugin("org.assay.ui", path);
	}
}
