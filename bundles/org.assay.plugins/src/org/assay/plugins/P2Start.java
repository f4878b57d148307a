/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugins;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Starts Equinox p2 when it is needed, and only then. The product gives p2's bundles (p2, ECF, the framework
 * admin, secure storage: {@link #LEVEL} in the {@code .product} file) a start level above the one the framework
 * starts to, so that a command line or the workbench does not activate them, nor Declarative Services read their
 * components, on every start. {@code assay plugins} and the workbench's p2 commands (Help > Install New Software,
 * Check for Updates, About > Installation Details) call {@link #ensureStarted()} first: it raises the framework's
 * start level to theirs, waits until that is done, and starts each of them, so that p2's services (the
 * provisioning agent of the running installation) are there when the caller asks for them.
 * <p>
 * Outside a product (a test runtime without those start levels) the bundles are already at the framework's level
 * and this does nothing more than start the ones not yet active.
 */
public final class P2Start {

	/** The start level of p2's bundles in the product, one above the framework's default (6). */
	public static final int LEVEL = 7;

	private static final long TIMEOUT_SECONDS = 60;

	private P2Start() {
	}

	/** Whether p2's bundles are started (the framework's start level reaches theirs). */
	public static boolean started() {
		BundleContext context = context();
		return context == null || frameworkLevel(context).getStartLevel() >= LEVEL;
	}

	/**
	 * Raises the framework's start level to p2's (if it is lower), waits for it, and starts every bundle at that
	 * level which is not a fragment. Safe to call from any thread, as often as wanted; after the first call it
	 * only checks the level.
	 *
	 * @throws IllegalStateException when the framework does not reach the level in time or a bundle fails to
	 *                               start; the message names the bundle
	 */
	public static synchronized void ensureStarted() {
		BundleContext context = context();
		if (context == null) {
			return; // not in OSGi (a plain class path): nothing to start
		}
		FrameworkStartLevel framework = frameworkLevel(context);
		if (framework.getStartLevel() < LEVEL) {
			CountDownLatch reached = new CountDownLatch(1);
			framework.setStartLevel(LEVEL, event -> {
				if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.ERROR) {
					reached.countDown();
				}
			});
			try {
				if (!reached.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					throw new IllegalStateException("p2 did not start within " + TIMEOUT_SECONDS + " s (start level "
							+ framework.getStartLevel() + " of " + LEVEL + ")");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while p2 started", e);
			}
		}
		// p2's bundles are lazily activated: a class of theirs loaded before the level was raised would not
		// trigger their activators, so start them outright (their services must exist before anyone asks)
		for (Bundle b : context.getBundles()) {
			BundleStartLevel level = b.adapt(BundleStartLevel.class);
			if (level == null || level.getStartLevel() != LEVEL || isFragment(b) || b.getState() == Bundle.ACTIVE) {
				continue;
			}
			try {
				b.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				throw new IllegalStateException("cannot start " + b.getSymbolicName() + ": " + e.getMessage(), e);
			}
		}
	}

	private static boolean isFragment(Bundle b) {
		return b.getHeaders("").get(org.osgi.framework.Constants.FRAGMENT_HOST) != null;
	}

	private static FrameworkStartLevel frameworkLevel(BundleContext context) {
		return context.getBundle(0).adapt(FrameworkStartLevel.class);
	}

	private static BundleContext context() {
		Bundle own = FrameworkUtil.getBundle(P2Start.class);
		return own == null ? null : own.getBundleContext();
	}
}
