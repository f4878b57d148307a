/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assay.model.AnnotationSet;
import org.assay.model.AssayFactory;
import org.assay.model.AssayPackage;
import org.assay.model.Document;
import org.assay.model.LabelSchema;
import org.assay.model.Project;
import org.assay.model.support.TokenTable;
import org.assay.store.internal.AnnotationSetCodec;
import org.assay.store.internal.DocumentCodec;
import org.assay.store.internal.FileNames;
import org.assay.store.internal.FileStamps;
import org.assay.store.internal.Staging;
import org.assay.store.internal.LegacyTokens;
import org.assay.store.internal.ProjectCodec;
import org.assay.store.internal.SchemaCodec;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * An Assay project on disk: a plain folder that a team can keep under version control.
 *
 * <pre>
 * assay-project.json            name and description
 * schema.json                   layers, labels, features
 * documents/ID.txt              the text, UTF-8, stored once
 * documents/ID.json             title, source, date, language; tokens and sentences if it has them
 * annotations/ID/SET.json       one file per document per annotation set
 * </pre>
 *
 * Every write is atomic. A file that cannot be read is reported with its name and line; opened leniently,
 * the rest of the project loads and the damaged file is never written over.
 */
public final class ProjectFolder {

	public static final String PROJECT_FILE = "assay-project.json";
	public static final String SCHEMA_FILE = "schema.json";
	public static final String DOCUMENTS = "documents";
	public static final String ANNOTATIONS = "annotations";

	private final Path dir;
	private final Project project;
	private final List<StoreException> problems = new ArrayList<>();
	private final Set<Path> damaged = new HashSet<>();
	private final Map<String, Document> byId = new HashMap<>();
	/** Documents read with tokens in the old form (token spans in sets), whose metadata file lacks them yet. */
	private final Set<Document> oldTokens = new HashSet<>();
	private final FileStamps stamps = new FileStamps();
	private Staging staging;
	private boolean indexed;

	private ProjectFolder(Path dir, Project project) {
		this.dir = dir;
		this.project = project;
		indexDocuments();
	}

	/** Whether the folder holds an Assay project. */
	public static boolean isProject(Path dir) {
		return Files.isRegularFile(dir.resolve(PROJECT_FILE));
	}

	/** Creates a project in a folder that does not exist yet or is empty. */
	public static ProjectFolder create(Path dir, String name, LabelSchema schema) throws StoreException {
		try {
			if (Files.exists(dir)) {
				if (!Files.isDirectory(dir)) {
					throw new StoreException(dir, "exists and is not a folder", null);
				}
				try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
						p -> !p.getFileName().toString().equals(ProjectLock.FILE))) {
					if (entries.iterator().hasNext()) {
						throw new StoreException(dir, "is not empty; a new project needs an empty or new folder", null);
					}
				}
			}
			Files.createDirectories(dir.resolve(DOCUMENTS));
			Files.createDirectories(dir.resolve(ANNOTATIONS));
		} catch (IOException e) {
			throw new StoreException(dir, "cannot create the project folder: " + IoReasons.of(e), e);
		}
		Project project = AssayFactory.eINSTANCE.createProject();
		project.setName(name);
		project.setSchema(schema);
		ProjectFolder folder = new ProjectFolder(dir, project);
		folder.saveProject();
		folder.saveSchema();
		return folder;
	}

	/** Opens a project; any file that cannot be read fails the whole open. */
	public static ProjectFolder open(Path dir) throws StoreException {
		ProjectFolder folder = openLenient(dir);
		if (!folder.problems.isEmpty()) {
			throw folder.problems.get(0);
		}
		return folder;
	}

	/**
	 * Opens a project, skipping documents and sets whose files cannot be read; they are listed in
	 * {@link #problems()} and never written over. Fails only if the project or schema file is unreadable.
	 */
	public static ProjectFolder openLenient(Path dir) throws StoreException {
		if (!Files.isDirectory(dir)) {
			throw new StoreException(dir, "no such project folder", null);
		}
		Path projectFile = dir.resolve(PROJECT_FILE);
		if (!Files.isRegularFile(projectFile)) {
			throw new StoreException(dir, "not an Assay project (no " + PROJECT_FILE + ")", null);
		}
		try {
			Staging.settle(dir); // an import or engine run interrupted last time: completed or undone
		} catch (Staging.DamagedListException e) {
			throw new StoreException(e.file(), e.line(), e.getMessage(), e);
		} catch (IOException e) {
			throw new StoreException(dir.resolve(Staging.FOLDER), "cannot settle an interrupted change: "
					+ IoReasons.of(e), e);
		}
		FileStamps.Stamp projectStamp = FileStamps.of(projectFile);
		Project project = read(dir, projectFile, in -> ProjectCodec.read(projectFile, in));
		Path schemaFile = dir.resolve(SCHEMA_FILE);
		FileStamps.Stamp schemaStamp = FileStamps.of(schemaFile);
		project.setSchema(read(dir, schemaFile, in -> SchemaCodec.read(schemaFile, in)));
		ProjectFolder folder = new ProjectFolder(dir, project);
		folder.stamps.read(projectFile, projectStamp);
		folder.stamps.read(schemaFile, schemaStamp);
		AtomicFiles.removeOldTemporaryFiles(dir, 3); // annotations/ID/FILE is the deepest
		folder.loadDocuments();
		return folder;
	}

	public Path dir() {
		return dir;
	}

	public Project project() {
		return project;
	}

	/** Files that could not be read when the project was opened, each naming the file and line. */
	public List<StoreException> problems() {
		return Collections.unmodifiableList(problems);
	}

	// ------------------------------------------------------------------ reading

	@FunctionalInterface
	private interface Parse<T> {
		T parse(InputStream in) throws StoreException;
	}

	/** Reads a file of the project in {@code dir}; one that a symbolic link leads outside it is refused. */
	private static <T> T read(Path dir, Path file, Parse<T> parse) throws StoreException {
		inside(dir, file);
		try (InputStream in = Files.newInputStream(file)) {
			return parse.parse(in);
		} catch (NoSuchFileException e) {
			throw new StoreException(file, "missing", e);
		} catch (IOException e) {
			throw new StoreException(file, "cannot read: " + IoReasons.of(e), e);
		}
	}

	/** Reads a project file, remembering how it looked, so that a save notices another writer's change. */
	private <T> T read(Path file, Parse<T> parse) throws StoreException {
		FileStamps.Stamp stamp = FileStamps.of(file);
		T read = read(dir, file, parse);
		stamps.read(file, stamp);
		return read;
	}

	/** Refuses a file or folder of the project that a symbolic link leads outside the project folder. */
	private static Path inside(Path dir, Path file) throws StoreException {
		try {
			return SafePaths.requireInside(dir, file);
		} catch (SafePaths.OutsideException e) {
			throw new StoreException(file, "leads outside the project folder through a symbolic link; Assay reads "
					+ "and writes only inside " + dir, e);
		} catch (IOException e) {
			throw new StoreException(file, "cannot read: " + IoReasons.of(e), e);
		}
	}

	private void loadDocuments() throws StoreException {
		Path docs = dir.resolve(DOCUMENTS);
		List<Path> metas = new ArrayList<>();
		if (Files.isDirectory(docs)) {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(docs, "*.json")) {
				entries.forEach(metas::add);
			} catch (IOException e) {
				throw new StoreException(docs, "cannot list documents: " + IoReasons.of(e), e);
			}
		}
		metas.removeIf(p -> p.getFileName().toString().startsWith("."));
		metas.sort(Comparator.comparing(Path::toString));
		List<Document> loaded = new ArrayList<>(metas.size());
		for (Path meta : metas) {
			try {
				String expected = meta.getFileName().toString().replaceFirst("\\.json$", "");
				String text = Texts.readUtf8(inside(dir, docs.resolve(expected + ".txt")));
				Document d = read(meta, in -> DocumentCodec.read(meta, in, text.length()));
				if (!FileNames.encode(d.getId()).equals(expected)) {
					throw new StoreException(meta, "its id '" + d.getId() + "' does not match its file name", null);
				}
				d.setText(text);
				loadSets(d);
				if (LegacyTokens.migrate(d)) {
					oldTokens.add(d);
				}
				loaded.add(d);
			} catch (StoreException e) {
				problems.add(e);
				damaged.add(meta);
				damaged.add(e.file());
			}
		}
		project.getDocuments().addAll(loaded);
	}

	private void loadSets(Document d) {
		Path setsDir = setsDir(d.getId());
		if (!Files.isDirectory(setsDir)) {
			return;
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(inside(dir, setsDir), "*.json")) {
			entries.forEach(files::add);
		} catch (StoreException e) {
			problems.add(e);
			damaged.add(setsDir);
			return;
		} catch (IOException e) {
			problems.add(new StoreException(setsDir, "cannot list annotation sets: " + IoReasons.of(e), e));
			damaged.add(setsDir);
			return;
		}
		files.removeIf(p -> p.getFileName().toString().startsWith("."));
		files.sort(Comparator.comparing(Path::toString));
		List<AnnotationSet> sets = new ArrayList<>();
		for (Path file : files) {
			try {
				AnnotationSet set = read(file, in -> AnnotationSetCodec.read(file, in, project.getSchema(), d));
				if (!setFile(d, set.getName()).getFileName().equals(file.getFileName())) {
					throw new StoreException(file, "holds the set '" + set.getName() + "', whose file would be "
							+ setFile(d, set.getName()).getFileName(), null);
				}
				sets.add(set);
			} catch (StoreException e) {
				problems.add(e);
				damaged.add(file);
			}
		}
		sets.sort(SET_ORDER);
		d.getAnnotationSets().addAll(sets);
	}

	/** Gold first, then annotators, then engines; by name within each. */
	private static final Comparator<AnnotationSet> SET_ORDER = Comparator
			.comparingInt((AnnotationSet s) -> switch (s.getKind()) {
			case GOLD -> 0;
			case ANNOTATOR -> 1;
			case ENGINE -> 2;
			}).thenComparing(AnnotationSet::getName);

	/** Reads one set file again, for example after it was changed outside Assay. */
	public AnnotationSet readSet(Document d, String setName) throws StoreException {
		Path file = setFile(d, setName);
		return read(dir, file, in -> AnnotationSetCodec.read(file, in, project.getSchema(), d));
	}

	/**
	 * Whether a set's file changed, appeared or disappeared on disk since this folder read or wrote it: another
	 * Assay, a command line or a {@code git pull} wrote it. A save of that set would be refused.
	 */
	public boolean changedOnDisk(Document d, String setName) throws StoreException {
		return !stamps.unchanged(setFile(d, setName));
	}

	/**
	 * Reads a set's file again into the document, in place of the set of that name it has (what the document
	 * held of it is dropped), or removes the set when its file is gone. Returns the set read, or null.
	 */
	public AnnotationSet reloadSet(Document d, String setName) throws StoreException {
		Path file = setFile(d, setName);
		AnnotationSet old = null;
		for (AnnotationSet s : d.getAnnotationSets()) {
			if (s.getName().equals(setName)) {
				old = s;
			}
		}
		if (!Files.exists(file)) {
			stamps.read(file, null);
			damaged.remove(file);
			if (old != null) {
				d.getAnnotationSets().remove(old);
			}
			return null;
		}
		AnnotationSet set = read(file, in -> AnnotationSetCodec.read(file, in, project.getSchema(), d));
		if (!set.getName().equals(setName)) {
			throw new StoreException(file, "holds the set '" + set.getName() + "', whose file would be "
					+ setFile(d, set.getName()).getFileName(), null);
		}
		damaged.remove(file);
		int at = old == null ? -1 : d.getAnnotationSets().indexOf(old);
		if (at < 0) {
			d.getAnnotationSets().add(set);
		} else {
			d.getAnnotationSets().set(at, set);
		}
		return set;
	}

	// ------------------------------------------------------------------ paths

	public Path textFile(String documentId) {
		return dir.resolve(DOCUMENTS).resolve(FileNames.encode(documentId) + ".txt");
	}

	public Path metadataFile(String documentId) {
		return dir.resolve(DOCUMENTS).resolve(FileNames.encode(documentId) + ".json");
	}

	private Path setsDir(String documentId) {
		return dir.resolve(ANNOTATIONS).resolve(FileNames.encode(documentId));
	}

	public Path setFile(Document d, String setName) {
		return setsDir(d.getId()).resolve(FileNames.encode(setName) + ".json");
	}

	// ------------------------------------------------------------------ writing

	/** The id a document of that name gets: file-name-safe characters only. */
	public static String documentId(String name) {
		return FileNames.slug(name);
	}

	/** The project's document of that id, or null. */
	public Document document(String id) {
		return byId().get(id);
	}

	/**
	 * The documents by id, kept exact by an adapter on the project's document list (one document added or
	 * removed updates it; anything else makes it rebuild on next use), so that adding n documents costs O(n).
	 */
	private Map<String, Document> byId() {
		if (!indexed) {
			byId.clear();
			for (Document d : project.getDocuments()) {
				byId.put(d.getId(), d);
			}
			indexed = true;
		}
		return byId;
	}

	private void indexDocuments() {
		project.eAdapters().add(new AdapterImpl() {
			@Override
			public void notifyChanged(Notification n) {
				if (n.getFeature() != AssayPackage.Literals.PROJECT__DOCUMENTS || n.isTouch() || !indexed) {
					return;
				}
				if (n.getEventType() == Notification.ADD && n.getNewValue() instanceof Document d) {
					byId.put(d.getId(), d);
				} else if (n.getEventType() == Notification.REMOVE && n.getOldValue() instanceof Document d) {
					byId.remove(d.getId());
				} else {
					indexed = false;
				}
			}
		});
	}

	/** Adds a document with its text, under the id or, if taken, the id with a number appended. */
	public Document addDocument(String id, String title, String text) throws StoreException {
		return addDocument(id, title, text, Map.of(), null);
	}

	/**
	 * Adds a document with its text, properties and tokens (null for none), under the id or, if taken, the id with
	 * a number appended; its files are written once.
	 *
	 * @throws IllegalArgumentException if the tokens do not fit the text
	 */
	public Document addDocument(String id, String title, String text, Map<String, String> properties,
			TokenTable tokens) throws StoreException {
		if (tokens != null) {
			tokens.check(text.length());
		}
		String unique = FileNames.slug(id);
		for (int n = 2; taken(unique); n++) {
			unique = FileNames.slug(id) + "-" + n;
		}
		Document d = AssayFactory.eINSTANCE.createDocument();
		d.setId(unique);
		d.setTitle(title);
		d.setText(text);
		d.getProperties().putAll(properties);
		d.setTokens(tokens);
		write(textFile(unique), false, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		saveDocument(d);
		project.getDocuments().add(d);
		return d;
	}

	/**
	 * Whether a document id is taken: by a document of the project, or by a file this folder read (a damaged
	 * document's, or one removed from the model). A document file another writer added since the project was
	 * read is an error: numbering around it would add the same document twice.
	 */
	private boolean taken(String id) throws StoreException {
		if (byId().containsKey(id)) {
			return true;
		}
		Path meta = metadataFile(id);
		if (!Files.exists(meta)) {
			return false;
		}
		if (!damaged.contains(meta)) {
			stamps.checkUnchanged(meta);
		}
		return true;
	}

	public void saveProject() throws StoreException {
		write(dir.resolve(PROJECT_FILE), true, out -> ProjectCodec.write(project, out));
	}

	public void saveSchema() throws StoreException {
		write(dir.resolve(SCHEMA_FILE), true, out -> SchemaCodec.write(project.getSchema(), out));
	}

	/** Writes a document's metadata (its text never changes once added). */
	public void saveDocument(Document d) throws StoreException {
		write(metadataFile(d.getId()), true, out -> DocumentCodec.write(d, out));
		oldTokens.remove(d);
	}

	/** Writes one annotation set of one document. */
	public void save(AnnotationSet set) throws StoreException {
		if (!(set.eContainer() instanceof Document d) || d.eContainer() != project) {
			throw new IllegalArgumentException("the set '" + set.getName() + "' is not in a document of this project");
		}
		if (oldTokens.contains(d)) {
			saveDocument(d); // the tokens leave the set file only once the metadata file holds them
		}
		write(setFile(d, set.getName()), true, out -> AnnotationSetCodec.write(set, out));
	}

	/** Writes the project, its schema, and every document's metadata and sets. */
	public void saveAll() throws StoreException {
		saveProject();
		saveSchema();
		for (Document d : project.getDocuments()) {
			saveDocument(d);
			for (AnnotationSet set : d.getAnnotationSets()) {
				save(set);
			}
		}
	}

	/**
	 * Writes a project file atomically. A {@code checked} file (the project, schema, metadata and set files, which
	 * change) is first compared with how it looked when it was read or written here: if another program or another
	 * Assay changed it since, it is not overwritten. A text never changes once added.
	 */
	private void write(Path file, boolean checked, AtomicFiles.Content content) throws StoreException {
		if (damaged.contains(file)) {
			throw new StoreException(file, "could not be read when the project was opened, so Assay will not "
					+ "write over it; repair or move it away, then reopen the project", null);
		}
		if (staging == null) {
			inside(dir, file); // in a unit, each target folder is checked once, just before the moves
		}
		if (checked) {
			stamps.checkUnchanged(file);
		}
		try {
			if (staging != null) {
				staging.write(file, content); // reaches the project when the unit commits
				return;
			}
			AtomicFiles.write(file, content);
			inside(dir, file); // a folder made a link to outside while the file was written
			stamps.wrote(file);
		} catch (IOException e) {
			throw new StoreException(file, "cannot save: " + IoReasons.of(e), e);
		}
	}

	/**
	 * Runs work as a {@linkplain #unit(Unit) unit} that changes in the model only these documents (the documents an
	 * engine run offers proposals on): when it fails, in the work or in the commit, their sets and the annotations
	 * each holds are put back as they were ({@link ModelRollback}), so that the model holds what the files hold.
	 */
	public <T, E extends Exception> T unit(Collection<? extends Document> changing, Unit<T, E> work)
			throws StoreException, E {
		ModelRollback rollback = ModelRollback.keeping(changing);
		boolean done = false;
		try {
			T result = unit(work);
			done = true;
			return result;
		} finally {
			if (!done) {
				rollback.rollBack();
			}
		}
	}

	/** Work that changes a project and may fail, with a store error or one of its own ({@code E}). */
	@FunctionalInterface
	public interface Unit<T, E extends Exception> {
		T run() throws StoreException, E;
	}

	/**
	 * Runs work whose saves are one unit: all of them reach the project, or none does (an import, an engine run).
	 * Until it commits they are staged in the project's {@code .assay-staging/} folder; a failure rolls them
	 * back, and a unit interrupted by a kill or a full disk is settled on the next open (completed if it had
	 * started to commit, else rolled back). The model in memory keeps what the work did even when the files do
	 * not, unless the work changes only objects given to {@link #unit(Collection, Unit)}, which puts them back.
	 * Units do not nest.
	 */
	public <T, E extends Exception> T unit(Unit<T, E> work) throws StoreException, E {
		if (staging != null) {
			return work.run();
		}
		try {
			staging = Staging.begin(dir);
		} catch (IOException e) {
			throw new StoreException(dir.resolve(Staging.FOLDER), "cannot start: " + IoReasons.of(e), e);
		}
		Staging open = staging;
		try {
			T result = work.run();
			staging = null;
			stamps.wroteAll(open.commit());
			return result;
		} catch (IOException e) {
			throw new StoreException(dir.resolve(Staging.FOLDER), "cannot commit: " + IoReasons.of(e)
					+ "; the next open of the project completes or undoes it", e);
		} finally {
			if (staging == open) { // the work failed: nothing of it reaches the project
				staging = null;
				try {
					open.rollBack();
				} catch (IOException e) {
					// left for the next open to remove
				}
			}
		}
	}
}
