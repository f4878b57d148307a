/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.WorkState;
import org.assay.model.support.SetNames;
import org.assay.model.support.StandardSchema;
import org.assay.sample.internal.SampleSpec;
import org.assay.store.Guidelines;
import org.assay.store.ProjectFolder;
import org.assay.store.StoreException;

/**
 * Assay's built-in sample project: six short news articles written for Assay, with a gold set that labels
 * every entity mention and every claim with its claimant and cue. Built through the store's own API, so it
 * is always in the current file format.
 */
public final class SampleProject {

	public static final String NAME = "Sample";

	private SampleProject() {
	}

	/** Creates the sample project in a new or empty folder. */
	public static ProjectFolder create(Path dir) throws StoreException {
		ProjectFolder folder = ProjectFolder.create(dir, NAME, StandardSchema.create());
		folder.project().setDescription("Six short news articles written for Assay, with gold entities and claims.");
		folder.saveProject();
		Guidelines.write(dir, resource(Guidelines.MARKDOWN));
		for (String article : articles()) {
			String text = resource(article + ".txt");
			SampleSpec spec = SampleSpec.parse(article + ".spec", resource(article + ".spec"));
			Document d = folder.addDocument(article, spec.title(), text);
			d.setDate(spec.date());
			d.setSource(spec.source());
			folder.saveDocument(d);
			AnnotationSet gold = SetNames.findOrCreate(d, SetNames.GOLD);
			spec.annotate(gold, folder.project().getSchema());
			gold.setState(WorkState.DONE);
			folder.save(gold);
		}
		return folder;
	}

	/** The names of the sample articles, in order. */
	public static List<String> articles() {
		return resource("articles.list").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The texts of the sample articles, in order. */
	public static List<String> texts() {
		return articles().stream().map(a -> resource(a + ".txt")).toList();
	}

	/**
	 * The sample articles, each repeated as its own document, until there are about {@code minTokens} tokens
	 * (counted roughly from white space): a corpus of any size for benchmarks, the same on every machine.
	 */
	public static List<String> repeatedTexts(long minTokens) {
		List<String> articles = texts();
		List<String> repeated = new ArrayList<>();
		long approx = 0;
		while (approx < minTokens * 1.05) {
			String a = articles.get(repeated.size() % articles.size());
			repeated.add(a);
			approx += a.split("\\s+").length * 1.15;
		}
		return repeated;
	}

	static String resource(String name) {
		try (InputStream in = SampleProject.class.getResourceAsStream("/sample/" + name)) {
			if (in == null) {
				throw new IllegalStateException("the sample resource " + name + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
