/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


/**
 * What the learned engine knows: one trained tagger per layer (entity, claim), with how many texts it was
 * trained on. Stored as one file, {@code models/learned.model} in a project or wherever {@code train --out}
 * puts it. Loaded models are shared by all threads and runs, until the file changes.
 */
public final class LearnedModel {

	/** Where a project keeps its trained model, relative to the project folder. */
	public static final String PROJECT_FILE = "models/learned.model";

	private static final String MAGIC = "ASSAY-LEARNED-MODEL";
	private static final int VERSION = 1;
	private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

	private final Map<String, SequenceTagger> taggers;
	private final int texts;

	public LearnedModel(Map<String, SequenceTagger> taggers, int texts) {
		this.taggers = Collections.unmodifiableMap(new LinkedHashMap<>(taggers));
		this.texts = texts;
	}

	/** The tagger of each layer it was trained for. */
	public Map<String, SequenceTagger> taggers() {
		return taggers;
	}

	/** How many texts it was trained on. */
	public int texts() {
		return texts;
	}

	public void write(OutputStream out) throws IOException {
		DataOutputStream data = new DataOutputStream(out);
		data.writeUTF(MAGIC);
		data.writeInt(VERSION);
		data.writeInt(texts);
		data.writeInt(taggers.size());
		for (Map.Entry<String, SequenceTagger> e : taggers.entrySet()) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			e.getValue().write(bytes);
			data.writeUTF(e.getKey());
			data.writeInt(bytes.size());
			bytes.writeTo(data);
		}
		data.flush();
	}

	public static LearnedModel read(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(in);
		try {
			if (!MAGIC.equals(data.readUTF())) {
				throw new IOException("not an Assay learned model");
			}
			int version = data.readInt();
			if (version != VERSION) {
				throw new IOException("a learned model of format version " + version + "; this Assay reads " + VERSION);
			}
			int texts = data.readInt();
			int n = data.readInt();
			Map<String, SequenceTagger> taggers = new LinkedHashMap<>();
			for (int i = 0; i < n; i++) {
				String layer = data.readUTF();
				byte[] bytes = data.readNBytes(data.readInt());
				taggers.put(layer, SequenceTagger.read(new ByteArrayInputStream(bytes)));
			}
			return new LearnedModel(taggers, texts);
		} catch (EOFException | java.io.UTFDataFormatException | IllegalArgumentException e) {
			throw new IOException("not an Assay learned model, or a truncated one", e);
		}
	}

	/** The model in a file, read once and shared until the file changes. */
	public static LearnedModel load(Path file) throws IOException {
		Path key = file.toAbsolutePath().normalize();
		FileTime modified = Files.getLastModifiedTime(key);
		long size = Files.size(key);
		Cached cached = CACHE.get(key);
		if (cached != null && cached.modified.equals(modified) && cached.size == size) {
			return cached.model;
		}
		synchronized (CACHE) {
			cached = CACHE.get(key);
			if (cached == null || !cached.modified.equals(modified) || cached.size != size) {
				try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(key))) {
					cached = new Cached(read(in), modified, size);
				} catch (IOException e) {
					throw new IOException(file + ": " + e.getMessage(), e);
				}
				CACHE.put(key, cached);
			}
			return cached.model;
		}
	}

	private record Cached(LearnedModel model, FileTime modified, long size) {
	}
}
