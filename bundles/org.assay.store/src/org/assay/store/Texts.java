/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;


/** Reads text files as strict UTF-8, naming the line of the first byte that is not. */
public final class Texts {

	private Texts() {
	}

	public static String readUtf8(Path file) throws StoreException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new StoreException(file, "cannot read: " + IoReasons.of(e), e);
		}
		return decodeUtf8(file, bytes);
	}

	public static String decodeUtf8(Path file, byte[] bytes) throws StoreException {
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
				&& (bytes[2] & 0xff) == 0xBF ? 3 : 0; // a byte-order mark is not part of the text
		// the JDK's own decoding is several times faster than a decoder's; it replaces a malformed sequence by
		// U+FFFD, so a text without one was well formed, and only one with one is decoded again strictly
		String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
		if (fast.indexOf('\uFFFD') < 0) {
			return fast;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			CharBuffer out = decoder.decode(in);
			return out.toString();
		} catch (CharacterCodingException e) {
			int bad = firstMalformed(bytes, start);
			int line = 1;
			for (int i = 0; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new StoreException(file, line, "not UTF-8 text (byte 0x"
					+ Integer.toHexString(bytes[bad] & 0xff) + " at offset " + bad + "); convert it to UTF-8 first", e);
		}
	}

	private static int firstMalformed(byte[] bytes, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
		decoder.decode(in, out, true);
		return Math.min(in.position(), bytes.length - 1);
	}
}
