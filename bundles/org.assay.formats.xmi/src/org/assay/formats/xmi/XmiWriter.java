/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.assay.formats.ExportDocument;
import org.assay.formats.ExportReport;
import org.assay.formats.xmi.internal.Utf8XmlWriter;
import org.assay.model.Annotation;
import org.assay.model.Link;
import org.assay.store.SafePaths;
import org.assay.store.AtomicFiles;
import org.assay.uima.CasBridge;
import org.assay.uima.types.AssayTypes;
import org.xml.sax.SAXException;

/**
 * Writes {@code TypeSystem.xml} and a {@code .xmi} per document, through {@link CasBridge}: nothing of the model is
 * lost. A document's tokens and sentences go in as {@code org.assay.type.Token} (with {@code pos} and {@code chunk})
 * and {@code org.assay.type.Sentence} annotations, as DKPro's writer gives its tokens and sentences. Documents are
 * written on all cores, each file on its own (the files do not depend on the order); the first failure stops the
 * export and is thrown.
 */
final class XmiWriter {

	private XmiWriter() {
	}

	/** Below this many documents one thread writes them all. */
	private static final int DOCUMENTS_PER_THREAD = 16;

	static void write(List<ExportDocument> documents, Path out, ExportReport report) throws IOException {
		Files.createDirectories(out);
		TypeSystemDescription tsd = AssayTypes.description();
		AtomicFiles.writeExport(out.resolve(XmiFormat.TYPE_SYSTEM), stream -> {
			try {
				tsd.toXML(stream);
			} catch (SAXException e) {
				throw new IOException(e);
			}
		});
		// the documents are independent: each thread takes the next one, with a CAS, a serialiser and an XML writer
		// of its own (UIMA's static serialize would set up both per file)
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size() / DOCUMENTS_PER_THREAD));
		AtomicInteger next = new AtomicInteger();
		AtomicBoolean failed = new AtomicBoolean();
		if (threads == 1) {
			int[] written = writeSome(documents, out, tsd, next, failed);
			report.wrote(written[0], written[1]);
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "assay-xmi-export");
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<int[]>> parts = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				parts.add(pool.submit(() -> writeSome(documents, out, tsd, next, failed)));
			}
			IOException first = null;
			for (Future<int[]> part : parts) {
				try {
					int[] written = part.get();
					report.wrote(written[0], written[1]);
				} catch (ExecutionException e) {
					IOException cause = e.getCause() instanceof IOException io ? io
							: new IOException(e.getCause().getMessage(), e.getCause());
					if (first == null) {
						first = cause;
					}
				}
			}
			if (first != null) {
				throw first;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("the XMI export was interrupted");
		} finally {
			pool.shutdownNow();
		}
	}

	/** Writes the next documents until none is left or another thread failed; returns documents and annotations written. */
	private static int[] writeSome(List<ExportDocument> documents, Path out, TypeSystemDescription tsd, AtomicInteger next,
			AtomicBoolean failed) throws IOException {
		CAS cas;
		try {
			cas = CasCreationUtils.createCas(tsd, null, null);
		} catch (ResourceInitializationException e) {
			throw new IOException("cannot create a UIMA CAS: " + e.getMessage(), e);
		}
		XmiCasSerializer serializer = new XmiCasSerializer(cas.getTypeSystem());
		Utf8XmlWriter xml = new Utf8XmlWriter();
		int[] written = new int[2];
		try {
			for (int i = next.getAndIncrement(); i < documents.size() && !failed.get(); i = next.getAndIncrement()) {
				ExportDocument d = documents.get(i);
				Path file = SafePaths.resolve(out, d.document().getId() + ".xmi");
				int annotations = fill(cas, d);
				AtomicFiles.writeExport(file, stream -> {
					try {
						serializer.serialize(cas, xml.to(stream));
					} catch (SAXException e) {
						throw e.getException() instanceof IOException io ? io : new IOException(e);
					}
				});
				written[0]++;
				written[1] += annotations;
			}
		} catch (IOException | RuntimeException e) {
			failed.set(true);
			throw e;
		}
		return written;
	}

	private static int fill(CAS cas, ExportDocument d) {
		CasBridge.toCas(d.document(), d.annotations(), cas);
		int written = 0;
		for (Annotation a : d.annotations()) {
			if (!(a instanceof Link l) || d.annotations().contains(l.getSource()) && d.annotations().contains(l.getTarget())) {
				written++;
			}
		}
		return written;
	}

	static Feature feature(Type type, String name) {
		return type.getFeatureByBaseName(name);
	}
}
