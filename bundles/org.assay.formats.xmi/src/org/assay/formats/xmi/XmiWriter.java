/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * and {@code org.assay.type.Sentence} annotations, as DKPro's writer gives its tokens and sentences.
 */
final class XmiWriter {

	private XmiWriter() {
	}

	static void write(java.util.List<ExportDocument> documents, Path out, ExportReport report) throws IOException {
		Files.createDirectories(out);
		TypeSystemDescription tsd = AssayTypes.description();
		AtomicFiles.writeExport(out.resolve(XmiFormat.TYPE_SYSTEM), stream -> {
			try {
				tsd.toXML(stream);
			} catch (SAXException e) {
				throw new IOException(e);
			}
		});
		CAS cas;
		try {
			cas = CasCreationUtils.createCas(tsd, null, null);
		} catch (ResourceInitializationException e) {
			throw new IOException("cannot create a UIMA CAS: " + e.getMessage(), e);
		}
		// one serialiser and one XML writer for every document: UIMA's static serialize sets up both per file
		XmiCasSerializer serializer = new XmiCasSerializer(cas.getTypeSystem());
		Utf8XmlWriter xml = new Utf8XmlWriter();
		for (ExportDocument d : documents) {
			Path file = SafePaths.resolve(out, d.document().getId() + ".xmi");
			int written = fill(cas, d);
			AtomicFiles.writeExport(file, stream -> {
				try {
					serializer.serialize(cas, xml.to(stream));
				} catch (SAXException e) {
					throw e.getException() instanceof IOException io ? io : new IOException(e);
				}
			});
			report.wrote(1, written);
		}
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
