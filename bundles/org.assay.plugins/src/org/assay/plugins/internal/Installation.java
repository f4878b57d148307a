/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugins.internal;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.cli.CommandException;
import org.assay.plugins.P2Start;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The running installation's p2 profile ({@link IProfileRegistry#SELF}) and what is installed in it: Assay
 * itself (the product and what it was built with) and the plug-ins installed since.
 */
final class Installation {

	/** Set by p2 on the roots of the base installation when a user's profile stands on a read-only one. */
	private static final String PROP_BASE = "org.eclipse.equinox.p2.base";
	private static final String GROUP = ".feature.group";
	/**
	 * p2's garbage collector, an agent service made on request: once made it deletes, after each committed change,
	 * the bundles and features no profile uses any more (a removed plug-in's jar).
	 */
	private static final String GARBAGE_COLLECTOR = "org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector";

	private final IProvisioningAgent agent;
	private final IProfile profile;

	private Installation(IProvisioningAgent agent, IProfile profile) {
		this.agent = agent;
		this.profile = profile;
	}

	/** The installation this process runs from; an error when it was not installed by p2 (a test runtime). */
	static Installation open() throws CommandException {
		try {
			P2Start.ensureStarted(); // p2 is not started with every command line, only for this verb
		} catch (IllegalStateException e) {
			throw new CommandException(e.getMessage(), e);
		}
		BundleContext context = FrameworkUtil.getBundle(Installation.class).getBundleContext();
		ServiceReference<IProvisioningAgent> ref = context.getServiceReference(IProvisioningAgent.class);
		IProvisioningAgent agent = ref == null ? null : context.getService(ref);
		if (agent == null) {
			throw new CommandException("this Assay has no p2 data area (eclipse.p2.data.area); "
					+ "plug-ins can be installed only into an installed product");
		}
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new CommandException("this Assay has no p2 profile (eclipse.p2.profile); "
					+ "plug-ins can be installed only into an installed product");
		}
		return new Installation(agent, profile);
	}

	/** Prints Assay's own roots, then the plug-ins, one line each, and where plug-ins go. */
	void list(PrintStream out) {
		List<IInstallableUnit> roots = roots();
		out.printf("installation  %s%n", profile.getProperty(IProfile.PROP_INSTALL_FOLDER));
		out.printf("plug-ins in   %s%s%n", profile.getProperty(IProfile.PROP_CACHE),
				isUserArea() ? "  (the user's area: the installation is read-only)" : "");
		List<IInstallableUnit> own = roots.stream().filter(this::isAssay).toList();
		List<IInstallableUnit> plugins = roots.stream().filter(iu -> !isAssay(iu)).toList();
		out.println();
		out.println("Assay");
		own.forEach(iu -> print(iu, out));
		out.println();
		out.println(plugins.isEmpty() ? "plug-ins: none" : "plug-ins");
		plugins.forEach(iu -> print(iu, out));
	}

	/** Installs the named units (every feature when none is named) from the repository at {@code location}. */
	void install(URI location, List<String> names, PrintStream out) throws CommandException {
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		boolean known = List.of(metadata.getKnownRepositories(IMetadataRepositoryManager.REPOSITORIES_ALL))
				.contains(location);
		try {
			IMetadataRepository repository = load(metadata, artifacts, location);
			Set<IInstallableUnit> units = names.isEmpty() ? features(repository, location) : named(repository, names, location);
			InstallOperation operation = new InstallOperation(session(), units);
			ProvisioningContext context = new ProvisioningContext(agent);
			context.setMetadataRepositories(location);
			context.setArtifactRepositories(location);
			context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
			operation.setProvisioningContext(context);
			run(operation, "install");
			for (IInstallableUnit iu : sorted(units)) {
				out.printf("installed %s %s%s%n", iu.getId(), iu.getVersion(), nameOf(iu));
			}
			out.printf("into %s; it takes effect the next time Assay starts%n", profile.getProperty(IProfile.PROP_CACHE));
		} finally {
			if (!known) { // a repository named once on the command line is not remembered
				metadata.removeRepository(location);
				artifacts.removeRepository(location);
			}
		}
	}

	/** Uninstalls plug-ins installed before, named by id (a feature also without {@code .feature.group}). */
	void remove(List<String> names, PrintStream out) throws CommandException {
		List<IInstallableUnit> roots = roots();
		Set<IInstallableUnit> units = new LinkedHashSet<>();
		for (String name : names) {
			IInstallableUnit found = roots.stream().filter(iu -> matches(iu, name)).findFirst().orElse(null);
			if (found == null) {
				throw new CommandException("no plug-in '" + name + "' is installed; installed plug-ins: "
						+ describe(roots.stream().filter(iu -> !isAssay(iu)).toList()));
			}
			if (isAssay(found)) {
				throw new CommandException("'" + name + "' is part of Assay itself, not a plug-in; it cannot be removed");
			}
			units.add(found);
		}
		UninstallOperation operation = new UninstallOperation(session(), units);
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories();
		context.setArtifactRepositories();
		operation.setProvisioningContext(context);
		run(operation, "remove");
		for (IInstallableUnit iu : sorted(units)) {
			out.printf("removed %s %s%s%n", iu.getId(), iu.getVersion(), nameOf(iu));
		}
		out.println("it is gone the next time Assay starts");
	}

	@SuppressWarnings("deprecation") // the collector is internal to p2: asked for by its service name
	private ProvisioningSession session() {
		agent.getService(GARBAGE_COLLECTOR);
		if (agent.getService(UIServices.SERVICE_NAME) == null) {
			agent.registerService(UIServices.SERVICE_NAME, new HeadlessTrust());
		}
		return new ProvisioningSession(agent);
	}

	private void run(ProfileChangeOperation operation, String what) throws CommandException {
		operation.setProfileId(profile.getProfileId());
		NullProgressMonitor monitor = new NullProgressMonitor();
		IStatus resolved = operation.resolveModal(monitor);
		if (resolved.getSeverity() == IStatus.ERROR || operation.getProvisioningPlan() == null) {
			throw new CommandException("cannot " + what + ": " + oneLine(resolved)
					+ detail(operation.getResolutionDetails()));
		}
		IStatus done = operation.getProvisioningJob(monitor).runModal(monitor);
		if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
			throw new CommandException(what + " failed: " + oneLine(done));
		}
	}

	private static IMetadataRepository load(IMetadataRepositoryManager metadata, IArtifactRepositoryManager artifacts,
			URI location) throws CommandException {
		try {
			IMetadataRepository repository = metadata.loadRepository(location, new NullProgressMonitor());
			artifacts.loadRepository(location, new NullProgressMonitor());
			return repository;
		} catch (ProvisionException e) {
			throw new CommandException("not a p2 repository: " + shown(location) + " (" + oneLine(e.getStatus()) + ")");
		}
	}

	private static Set<IInstallableUnit> features(IMetadataRepository repository, URI location) throws CommandException {
		Set<IInstallableUnit> units = new LinkedHashSet<>(repository
				.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), new NullProgressMonitor())
				.toUnmodifiableSet());
		if (units.isEmpty()) {
			throw new CommandException("the repository " + shown(location) + " offers no feature to install; name an IU");
		}
		return units;
	}

	private static Set<IInstallableUnit> named(IMetadataRepository repository, List<String> names, URI location)
			throws CommandException {
		Set<IInstallableUnit> units = new LinkedHashSet<>();
		for (String name : names) {
			String id = name;
			Version version = null;
			int slash = name.indexOf('/');
			if (slash > 0) {
				id = name.substring(0, slash);
				try {
					version = Version.create(name.substring(slash + 1));
				} catch (IllegalArgumentException e) {
					throw new CommandException("not a version: " + name.substring(slash + 1) + " (in " + name + ")");
				}
			}
			IInstallableUnit iu = find(repository, id, version);
			if (iu == null && !id.endsWith(GROUP)) {
				iu = find(repository, id + GROUP, version);
			}
			if (iu == null) {
				Set<IInstallableUnit> offered = repository.query(QueryUtil.createIUGroupQuery(), new NullProgressMonitor())
						.toUnmodifiableSet();
				throw new CommandException("no installable unit '" + name + "' in " + shown(location)
						+ "; it offers: " + describe(new ArrayList<>(offered)));
			}
			units.add(iu);
		}
		return units;
	}

	private static IInstallableUnit find(IMetadataRepository repository, String id, Version version) {
		IQuery<IInstallableUnit> query = version == null ? QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id))
				: QueryUtil.createIUQuery(id, version);
		var result = repository.query(query, new NullProgressMonitor());
		return result.isEmpty() ? null : result.iterator().next();
	}

	private List<IInstallableUnit> roots() {
		return sorted(profile.query(new UserVisibleRootQuery(), new NullProgressMonitor()).toUnmodifiableSet());
	}

	/**
	 * Whether a root belongs to Assay itself rather than to a plug-in: the base of a user's profile, a product,
	 * or a root that a product requires (the features it was built with).
	 */
	private boolean isAssay(IInstallableUnit iu) {
		if (Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, PROP_BASE)) || isProduct(iu)) {
			return true;
		}
		return profile.query(QueryUtil.createIUAnyQuery(), new NullProgressMonitor()).stream()
				.filter(Installation::isProduct)
				.anyMatch(product -> product.getRequirements().stream().anyMatch(iu::satisfies));
	}

	private static boolean isProduct(IInstallableUnit iu) {
		return Boolean.parseBoolean(iu.getProperty(InstallableUnitDescription.PROP_TYPE_PRODUCT));
	}

	private boolean isUserArea() {
		String cache = profile.getProperty(IProfile.PROP_CACHE);
		String install = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
		return cache != null && install != null && !cache.equals(install);
	}

	private static boolean matches(IInstallableUnit iu, String name) {
		return iu.getId().equals(name) || iu.getId().equals(name + GROUP);
	}

	private static void print(IInstallableUnit iu, PrintStream out) {
		out.printf("  %-48s %-28s %s%n", iu.getId(), iu.getVersion(), iu.getProperty(IInstallableUnit.PROP_NAME, null) == null ? ""
				: iu.getProperty(IInstallableUnit.PROP_NAME, null));
	}

	private static String nameOf(IInstallableUnit iu) {
		String name = iu.getProperty(IInstallableUnit.PROP_NAME, null);
		return name == null || name.startsWith("%") ? "" : " (" + name + ")";
	}

	private static List<IInstallableUnit> sorted(Set<IInstallableUnit> units) {
		return units.stream().sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
	}

	private static String describe(List<IInstallableUnit> units) {
		return units.isEmpty() ? "none"
				: units.stream().map(IInstallableUnit::getId).sorted().collect(Collectors.joining(", "));
	}

	private static String shown(URI location) {
		String s = location.toString();
		if (s.startsWith("jar:file:") && s.endsWith("!/")) {
			return URI.create(s.substring(4, s.length() - 2)).getPath();
		}
		return "file".equals(location.getScheme()) ? location.getPath() : s;
	}

	private static String detail(String details) {
		if (details == null || details.isBlank()) {
			return "";
		}
		return System.lineSeparator() + details.strip();
	}

	private static String oneLine(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			if (child.getSeverity() == IStatus.ERROR && !text.toString().contains(child.getMessage())) {
				text.append("; ").append(child.getMessage());
			}
		}
		Throwable cause = status.getException();
		if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
			text.append(" (").append(cause.getMessage()).append(')');
		}
		return text.toString().replace('\n', ' ');
	}
}
