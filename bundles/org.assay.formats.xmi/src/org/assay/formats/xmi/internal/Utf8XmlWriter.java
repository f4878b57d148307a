/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.xmi.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes the SAX events of UIMA's {@code XmiCasSerializer} as UTF-8 XML, byte for byte as the JDK's serializer (the
 * one UIMA's {@code XMLSerializer} sets up) writes them, without its per-file set-up and per-element attribute
 * tables: names are encoded once, and values are escaped while they are encoded, into one buffer. One writer serves
 * any number of documents in turn ({@link #to}); it is not safe for use by two threads.
 */
public final class Utf8XmlWriter extends DefaultHandler {

	private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);
	/** The most bytes one character can become: {@code &quot;}, or half of {@code &#1114111;}. */
	private static final int MOST_BYTES_A_CHAR = 6;
	private static final int CHUNK = 4096;
	/** ASCII characters written as they are: in an attribute's value, and in an element's text. */
	private static final boolean[] PLAIN_IN_ATTRIBUTE = new boolean[128];
	private static final boolean[] PLAIN_IN_TEXT = new boolean[128];

	static {
		for (char c = 0x20; c < 0x7F; c++) {
			PLAIN_IN_ATTRIBUTE[c] = c != '&' && c != '<' && c != '>' && c != '"';
			PLAIN_IN_TEXT[c] = c != '&' && c != '<' && c != '>';
		}
		PLAIN_IN_ATTRIBUTE[0x7F] = true;
		PLAIN_IN_TEXT['"'] = true;
		PLAIN_IN_TEXT['\n'] = true;
		PLAIN_IN_TEXT['\t'] = true;
	}

	private final byte[] buffer = new byte[1 << 16];
	/** {@code <name}, {@code </name>} and {@code  name="}, each encoded once. */
	private final Map<String, byte[]> startTags = new HashMap<>();
	private final Map<String, byte[]> endTags = new HashMap<>();
	private final Map<String, byte[]> attributeNames = new HashMap<>();
	private OutputStream out;
	private int used;
	private boolean startTagOpen;
	private boolean atRoot;

	/** Sends the next document to {@code stream}; {@link #endDocument} flushes it there, without closing it. */
	public Utf8XmlWriter to(OutputStream stream) {
		out = stream;
		used = 0;
		startTagOpen = false;
		atRoot = true;
		return this;
	}

	@Override
	public void startDocument() throws SAXException {
		bytes(DECLARATION);
	}

	@Override
	public void endDocument() throws SAXException {
		closeStartTag();
		flush();
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		closeStartTag();
		bytes(startTags.computeIfAbsent(qName, n -> encoded("<" + n)));
		int first = -1;
		if (atRoot) {
			// UIMA declares its namespaces as attributes of the root (its prefix mappings add nothing to them), and
			// the JDK's serializer writes the declaration of the element's own prefix first
			atRoot = false;
			int colon = qName.indexOf(':');
			first = colon < 0 ? -1 : attributes.getIndex("xmlns:" + qName.substring(0, colon));
			if (first >= 0) {
				attribute(attributes.getQName(first), attributes.getValue(first));
			}
		}
		for (int i = 0, n = attributes.getLength(); i < n; i++) {
			if (i != first) {
				attribute(attributes.getQName(i), attributes.getValue(i));
			}
		}
		startTagOpen = true;
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (startTagOpen) {
			startTagOpen = false;
			room(2);
			buffer[used++] = '/';
			buffer[used++] = '>';
		} else {
			bytes(endTags.computeIfAbsent(qName, n -> encoded("</" + n + ">")));
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (length == 0) {
			return; // an element with only empty text stays an empty element, as the JDK writes it
		}
		closeStartTag();
		escaped(new String(ch, start, length), PLAIN_IN_TEXT, false);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		characters(ch, start, length);
	}

	private void attribute(String name, String value) throws SAXException {
		bytes(attributeNames.computeIfAbsent(name, n -> encoded(" " + n + "=\"")));
		escaped(value, PLAIN_IN_ATTRIBUTE, true);
		room(1);
		buffer[used++] = '"';
	}

	private void closeStartTag() throws SAXException {
		if (startTagOpen) {
			startTagOpen = false;
			room(1);
			buffer[used++] = '>';
		}
	}

	/** Markup and a name, in UTF-8 (an XML name holds nothing to escape). */
	private static byte[] encoded(String markup) {
		return markup.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Writes {@code s}, escaped as the JDK's serializer escapes it: markup characters and line ends by entity or
	 * number; C1 controls by number in text and as they are in attributes; characters beyond the BMP by number.
	 */
	private void escaped(String s, boolean[] plain, boolean inAttribute) throws SAXException {
		int n = s.length();
		for (int i = 0; i < n;) {
			int end = Math.min(n, i + CHUNK);
			if (end < n && Character.isHighSurrogate(s.charAt(end - 1))) {
				end++; // a pair is never split between chunks
			}
			room((end - i) * MOST_BYTES_A_CHAR);
			byte[] b = buffer;
			int u = used;
			for (; i < end; i++) {
				char c = s.charAt(i);
				if (c < 0x80) {
					if (plain[c]) {
						b[u++] = (byte) c;
					} else {
						u = put(entity(c), u);
					}
				} else if (c < 0x800) {
					if (c <= 0x9F && !inAttribute) {
						u = put(numbered(c), u);
					} else {
						b[u++] = (byte) (0xC0 | c >> 6);
						b[u++] = (byte) (0x80 | c & 0x3F);
					}
				} else if (!Character.isSurrogate(c)) {
					b[u++] = (byte) (0xE0 | c >> 12);
					b[u++] = (byte) (0x80 | c >> 6 & 0x3F);
					b[u++] = (byte) (0x80 | c & 0x3F);
				} else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
					u = put(numbered(Character.toCodePoint(c, s.charAt(++i))), u);
				} else {
					used = u;
					throw new SAXException("a lone surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
							+ " cannot be written as XML");
				}
			}
			used = u;
		}
	}

	private static String entity(char c) {
		return switch (c) {
		case '&' -> "&amp;";
		case '<' -> "&lt;";
		case '>' -> "&gt;";
		case '"' -> "&quot;";
		case '\n' -> "&#10;";
		case '\r' -> "&#13;";
		case '\t' -> "&#9;";
		default -> numbered(c); // a control character (which UIMA refuses before it comes here), or DEL in text
		};
	}

	private static String numbered(int codePoint) {
		return "&#" + codePoint + ";";
	}

	/** Puts an ASCII string at {@code at}, which has room for it; returns the index after it. */
	private int put(String ascii, int at) {
		for (int k = 0; k < ascii.length(); k++) {
			buffer[at++] = (byte) ascii.charAt(k);
		}
		return at;
	}

	private void bytes(byte[] bytes) throws SAXException {
		room(bytes.length);
		System.arraycopy(bytes, 0, buffer, used, bytes.length);
		used += bytes.length;
	}

	/** Makes room for {@code n} bytes (at most the buffer's size). */
	private void room(int n) throws SAXException {
		if (buffer.length - used < n) {
			flush();
		}
	}

	private void flush() throws SAXException {
		try {
			out.write(buffer, 0, used);
		} catch (IOException e) {
			throw new SAXException(e);
		}
		used = 0;
	}
}
