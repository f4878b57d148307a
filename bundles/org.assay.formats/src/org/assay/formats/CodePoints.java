/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats;

/**
 * Offsets in Unicode code points, as brat and Python-based tools count them, against Java's UTF-16 chars.
 * They differ only after a character outside the Basic Multilingual Plane (an emoji, say).
 */
public final class CodePoints {

	private final int length;
	private final int[] toChar;
	private final int[] toCodePoint;

	public CodePoints(String text) {
		length = text.length();
		int n = text.codePointCount(0, length);
		if (n == length) {
			toChar = null;
			toCodePoint = null;
			return;
		}
		toChar = new int[n + 1];
		toCodePoint = new int[length + 1];
		int c = 0;
		for (int i = 0; i < n; i++) {
			toChar[i] = c;
			int width = Character.charCount(text.codePointAt(c));
			for (int k = 0; k < width; k++) {
				toCodePoint[c + k] = i;
			}
			c += width;
		}
		toChar[n] = length;
		toCodePoint[length] = n;
	}

	/** The char offset of a code point offset, or -1 if it is outside the text. */
	public int toChar(int codePoint) {
		if (toChar == null) {
			return codePoint >= 0 && codePoint <= length ? codePoint : -1;
		}
		return codePoint >= 0 && codePoint < toChar.length ? toChar[codePoint] : -1;
	}

	/** The code point offset of a char offset. */
	public int toCodePoint(int charOffset) {
		return toCodePoint == null ? charOffset : toCodePoint[charOffset];
	}
}
