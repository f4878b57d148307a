/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.internal.util.XMLUtils;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.assay.formats.FormatException;
import org.assay.formats.ImportData;
import org.assay.formats.ImportOptions;
import org.assay.formats.ImportedDocument;
import org.assay.model.AnnotationStatus;
import org.assay.model.support.TokenTable;
import org.assay.store.IoReasons;
import org.assay.uima.types.AssayTypes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a folder of {@code .xmi} files with their {@code TypeSystem.xml}. Assay's own types come back
 * whole; any other annotation type becomes a span labelled with its {@code value} feature (as DKPro's named
 * entities have) or its type's short name.
 */
final class XmiReader {

	private XmiReader() {
	}

	static ImportData read(Path source, ImportOptions options) throws FormatException {
		Path folder = Files.isDirectory(source) ? source : source.getParent();
		Path typeSystem = folder.resolve(XmiFormat.TYPE_SYSTEM);
		if (!Files.isRegularFile(typeSystem)) {
			throw new FormatException(folder, -1, "no " + XmiFormat.TYPE_SYSTEM + " beside the .xmi files");
		}
		CAS cas = cas(typeSystem);
		List<Path> files = new ArrayList<>();
		if (Files.isRegularFile(source)) {
			files.add(source);
		} else {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.xmi")) {
				entries.forEach(files::add);
			} catch (IOException e) {
				throw new FormatException(folder, -1, "cannot list: " + IoReasons.of(e), e);
			}
			files.sort(Comparator.comparing(p -> p.getFileName().toString()));
		}
		if (files.isEmpty()) {
			throw new FormatException(folder, -1, "no .xmi files");
		}
		List<ImportedDocument> documents = new ArrayList<>();
		for (Path file : files) {
			cas.reset();
			try (InputStream in = Files.newInputStream(file)) {
				deserialize(in, cas);
			} catch (SAXParseException e) {
				throw new FormatException(file, e.getLineNumber(), "not valid XMI: " + e.getMessage(), e);
			} catch (SAXException | RuntimeException e) {
				throw new FormatException(file, -1, "not valid XMI: " + e.getMessage(), e);
			} catch (IOException e) {
				throw new FormatException(file, -1, "cannot read: " + IoReasons.of(e), e);
			}
			documents.add(document(cas, file));
		}
		return new ImportData(documents);
	}

	/**
	 * {@link XmiCasDeserializer#deserialize(InputStream, CAS, boolean)} with an error handler that throws and
	 * prints nothing: without one the XML parser prints its own unnamed "[Fatal Error]" line to standard error.
	 */
	private static void deserialize(InputStream in, CAS cas) throws SAXException, IOException {
		XMLReader reader = XMLUtils.createXMLReader();
		reader.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, false));
		reader.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
				// a warning does not stop the import
			}

			@Override
			public void error(SAXParseException e) throws SAXException {
				throw e;
			}

			@Override
			public void fatalError(SAXParseException e) throws SAXException {
				throw e;
			}
		});
		reader.parse(new InputSource(in));
	}

	private static CAS cas(Path typeSystem) throws FormatException {
		try {
			TypeSystemDescription tsd = UIMAFramework.getXMLParser()
					.parseTypeSystemDescription(new XMLInputSource(typeSystem.toFile()));
			return CasCreationUtils.createCas(tsd, null, null);
		} catch (InvalidXMLException | IOException | ResourceInitializationException e) {
			throw new FormatException(typeSystem, -1, "not a UIMA type system: " + e.getMessage(), e);
		}
	}

	private static ImportedDocument document(CAS cas, Path file) throws FormatException {
		String text = cas.getDocumentText();
		if (text == null) {
			throw new FormatException(file, -1, "the CAS has no document text");
		}
		String id = file.getFileName().toString().replaceFirst("\\.xmi$", "");
		Type span = cas.getTypeSystem().getType(AssayTypes.SPAN);
		Type documentLabel = cas.getTypeSystem().getType(AssayTypes.DOCUMENT_LABEL);
		Type fragment = cas.getTypeSystem().getType(AssayTypes.FRAGMENT);
		Type link = cas.getTypeSystem().getType(AssayTypes.LINK);
		Type docAnnotation = cas.getTypeSystem().getType(CAS.TYPE_NAME_DOCUMENT_ANNOTATION);
		List<ImportedDocument.Span> spans = new ArrayList<>();
		Map<FeatureStructure, String> ids = new HashMap<>();
		int n = 0;
		for (AnnotationFS a : cas.getAnnotationIndex()) {
			Type t = a.getType();
			if (t.equals(docAnnotation) || t.equals(fragment) || t.getName().equals(AssayTypes.TOKEN)
					|| t.getName().equals(AssayTypes.SENTENCE)) {
				continue;
			}
			String annotationId = null;
			String layer = null;
			String label;
			AnnotationStatus status = AnnotationStatus.ACCEPTED;
			Map<String, String> features = new LinkedHashMap<>();
			List<int[]> fragments = new ArrayList<>();
			boolean whole = t.equals(documentLabel);
			if (t.equals(span) || whole) {
				annotationId = a.getStringValue(XmiWriter.feature(t, "assayId"));
				layer = a.getStringValue(XmiWriter.feature(t, "layer"));
				label = a.getStringValue(XmiWriter.feature(t, "label"));
				String s = a.getStringValue(XmiWriter.feature(t, "status"));
				status = s == null ? AnnotationStatus.ACCEPTED : AnnotationStatus.get(s);
				if (status == null) {
					throw new FormatException(file, -1, "unknown status '" + s + "'");
				}
				if (a.getFeatureValue(XmiWriter.feature(t, "features")) instanceof StringArray values) {
					for (String kv : values.toArray()) {
						int eq = kv.indexOf('=');
						features.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
					}
				}
				if (!whole && a.getFeatureValue(XmiWriter.feature(t, "fragments")) instanceof FSArray<?> parts) {
					for (int i = 0; i < parts.size(); i++) {
						if (!(parts.get(i) instanceof AnnotationFS part)) { // a null reference, or no annotation
							throw new FormatException(file, -1, "span " + (annotationId == null ? "" : "'" + annotationId
									+ "' ") + "has a fragment that is no annotation (" + (i + 1) + " of " + parts.size() + ")");
						}
						fragments.add(new int[] { part.getBegin(), part.getEnd() });
					}
				}
			} else {
				var value = t.getFeatureByBaseName("value");
				String v = value != null && value.getRange().getName().equals(CAS.TYPE_NAME_STRING) ? a.getStringValue(value) : null;
				label = v != null ? v : t.getShortName();
			}
			if (label == null) {
				throw new FormatException(file, -1, "an annotation of type " + t.getName() + " has no label");
			}
			if (!whole && fragments.isEmpty()) {
				fragments.add(new int[] { a.getBegin(), a.getEnd() });
			}
			if (annotationId == null) {
				annotationId = "x" + (++n);
			}
			ids.put(a, annotationId);
			spans.add(new ImportedDocument.Span(annotationId, layer, label, whole ? List.of() : fragments, status,
					features, -1));
		}
		List<ImportedDocument.Link> links = new ArrayList<>();
		if (link != null) {
			for (var it = cas.getIndexRepository().getAllIndexedFS(link); it.hasNext();) {
				FeatureStructure l = it.next();
				String from = ids.get(l.getFeatureValue(XmiWriter.feature(link, "source")));
				String to = ids.get(l.getFeatureValue(XmiWriter.feature(link, "target")));
				String role = l.getStringValue(XmiWriter.feature(link, "role"));
				if (from == null || to == null || role == null) {
					throw new FormatException(file, -1, "a link without its role, source or target");
				}
				links.add(new ImportedDocument.Link(l.getStringValue(XmiWriter.feature(link, "assayId")), role, from, to, -1));
			}
		}
		String title = text.strip().lines().findFirst().orElse(id);
		return new ImportedDocument(id, title.length() > 120 ? id : title, text, Map.of(), spans, links, file, null,
				tokens(cas, file));
	}

	/**
	 * The tokens and sentences of Assay's own types (as its writer gives a document's tokens), with their POS and
	 * chunk tags if every token has them; null if there are none.
	 */
	private static TokenTable tokens(CAS cas, Path file) throws FormatException {
		Type token = cas.getTypeSystem().getType(AssayTypes.TOKEN);
		Type sentence = cas.getTypeSystem().getType(AssayTypes.SENTENCE);
		if (token == null || cas.getAnnotationIndex(token).size() == 0) {
			return null;
		}
		Feature pos = token.getFeatureByBaseName(AssayTypes.F_POS);
		Feature chunk = token.getFeatureByBaseName(AssayTypes.F_CHUNK);
		List<AnnotationFS> found = new ArrayList<>();
		cas.getAnnotationIndex(token).forEach(found::add);
		boolean tagged = pos != null && chunk != null
				&& found.stream().allMatch(t -> t.getStringValue(pos) != null && t.getStringValue(chunk) != null);
		List<Integer> sentenceBegins = new ArrayList<>();
		if (sentence != null) {
			cas.getAnnotationIndex(sentence).forEach(s -> sentenceBegins.add(s.getBegin()));
		}
		TokenTable.Builder b = tagged ? TokenTable.builder(AssayTypes.F_POS, AssayTypes.F_CHUNK) : TokenTable.builder();
		int nextSentence = 0;
		try {
			for (AnnotationFS t : found) {
				boolean starts = false;
				while (nextSentence < sentenceBegins.size() && sentenceBegins.get(nextSentence) <= t.getBegin()) {
					nextSentence++;
					starts = true;
				}
				if (starts) {
					b.endSentence();
				}
				if (tagged) {
					b.add(t.getBegin(), t.getEnd(), t.getStringValue(pos), t.getStringValue(chunk));
				} else {
					b.add(t.getBegin(), t.getEnd());
				}
			}
			return b.build();
		} catch (IllegalArgumentException e) {
			throw new FormatException(file, -1, "its tokens cannot be kept: " + e.getMessage(), e);
		}
	}
}
