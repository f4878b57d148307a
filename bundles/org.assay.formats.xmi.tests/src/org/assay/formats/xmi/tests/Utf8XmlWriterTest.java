/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.cas.StringArray;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.assay.formats.xmi.internal.Utf8XmlWriter;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * Assay's XMI writer hands UIMA's serialiser its own XML writer instead of the JDK's; what it writes must be what the
 * JDK's writes, byte for byte, for every kind of character a text or a feature can hold.
 */
class Utf8XmlWriterTest {

	/** Every kind of character XML 1.0 allows, with each one the writer escapes. */
	private static final String EVERY_KIND = "plain & <tag> \"double\" 'single' a>b\ttab\nline\r\nwindows \rcr"
			+ " \u007F\u0080\u0085\u009F\u00A0\u00E9\u00FF\u0100\u07FF\u0800\u20AC\u2028\u2029\uD7FF\uE000\uFFFD"
			+ " \uD83D\uDE00 \uD800\uDC00 \uDBFF\uDFFF \u4E2D\u6587 ]]> &amp; end";

	@Test
	void writesWhatTheJdksSerializerWritesByteForByte() throws Exception {
		CAS cas = casHolding(EVERY_KIND);
		assertEquals(new String(jdk(cas), StandardCharsets.UTF_8), new String(assay(cas, new Utf8XmlWriter()), StandardCharsets.UTF_8));
		assertArrayEquals(jdk(cas), assay(cas, new Utf8XmlWriter()));
	}

	@Test
	void eachCharacterAloneIsWrittenAsTheJdkWritesIt() throws Exception {
		Utf8XmlWriter writer = new Utf8XmlWriter();
		for (int cp : EVERY_KIND.codePoints().distinct().toArray()) {
			CAS cas = casHolding(new String(Character.toChars(cp)));
			assertArrayEquals(jdk(cas), assay(cas, writer), () -> "U+" + Integer.toHexString(cp));
		}
	}

	@Test
	void oneWriterServesDocumentAfterDocument() throws Exception {
		Utf8XmlWriter writer = new Utf8XmlWriter();
		XmiCasSerializer serializer = null;
		for (String text : new String[] { EVERY_KIND, "a second, shorter text", "" }) {
			CAS cas = casHolding(text);
			serializer = serializer == null ? new XmiCasSerializer(cas.getTypeSystem()) : serializer;
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			serializer.serialize(cas, writer.to(out));
			assertArrayEquals(jdk(cas), out.toByteArray(), text);
		}
	}

	@Test
	void aTextLargerThanTheBufferIsWrittenWhole() throws Exception {
		CAS cas = casHolding(EVERY_KIND.repeat(2_000)); // about 250 KB of UTF-8, several buffers
		assertArrayEquals(jdk(cas), assay(cas, new Utf8XmlWriter()));
	}

	@Test
	void aFailingStreamStopsTheDocumentWithItsError() throws Exception {
		CAS cas = casHolding(EVERY_KIND.repeat(2_000));
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		SAXException e = assertThrows(SAXException.class,
				() -> new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, new Utf8XmlWriter().to(full)));
		assertTrue(e.getException() instanceof IOException, e::toString);
		assertEquals("No space left on device", e.getException().getMessage());
	}

	private static byte[] jdk(CAS cas) throws SAXException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XmiCasSerializer.serialize(cas, out);
		return out.toByteArray();
	}

	private static byte[] assay(CAS cas, Utf8XmlWriter writer) throws SAXException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XmiCasSerializer(cas.getTypeSystem()).serialize(cas, writer.to(out));
		return out.toByteArray();
	}

	/** A CAS whose text is {@code text}, with an annotation holding it in a string, a string array and a number. */
	private static CAS casHolding(String text) throws Exception {
		TypeSystemDescription tsd = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		TypeDescription thing = tsd.addType("test.Thing", "", CAS.TYPE_NAME_ANNOTATION);
		thing.addFeature("name", "", CAS.TYPE_NAME_STRING);
		thing.addFeature("names", "", CAS.TYPE_NAME_STRING_ARRAY, CAS.TYPE_NAME_STRING, false);
		thing.addFeature("score", "", CAS.TYPE_NAME_DOUBLE);
		CAS cas = CasCreationUtils.createCas(tsd, null, null);
		cas.setDocumentText(text);
		cas.setDocumentLanguage("en");
		Type type = cas.getTypeSystem().getType("test.Thing");
		Feature name = type.getFeatureByBaseName("name");
		AnnotationFS a = cas.createAnnotation(type, 0, text.length());
		a.setStringValue(name, text);
		StringArray names = new StringArray(cas.getJCas(), 3);
		names.set(0, text);
		names.set(1, "<" + text + ">");
		names.set(2, "");
		a.setFeatureValue(type.getFeatureByBaseName("names"), names);
		a.setDoubleValue(type.getFeatureByBaseName("score"), Double.NaN);
		cas.addFsToIndexes(a);
		AnnotationFS b = cas.createAnnotation(type, 0, 0);
		b.setDoubleValue(type.getFeatureByBaseName("score"), 1e-300);
		cas.addFsToIndexes(b);
		return cas;
	}
}
