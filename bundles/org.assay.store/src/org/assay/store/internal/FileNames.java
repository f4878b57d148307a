/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.store.internal;

import java.nio.charset.StandardCharsets;

/**
 * Turns set names and document ids into file names that are safe on every file system and readable:
 * letters, digits, '.', '-' and '_' stay, anything else becomes %XX of its UTF-8 bytes
 * ({@code engine:entities} is {@code engine%3Aentities}).
 */
public final class FileNames {

	private FileNames() {
	}

	public static String encode(String name) {
		StringBuilder sb = new StringBuilder(name.length() + 8);
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || (c == '.' && sb.length() > 0))) {
				sb.append((char) c);
			} else {
				sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return sb.toString();
	}

	/**
	 * A document id made from a file name or title: ASCII letters, digits, '-', '_' and '.' (not leading) stay
	 * as they are; a run of anything else becomes one '-' (none at the start or end); at most 100 characters.
	 */
	public static String slug(String s) {
		StringBuilder sb = new StringBuilder();
		boolean replaced = false;
		for (int i = 0; i < s.length() && sb.length() < 100; i++) {
			char c = s.charAt(i);
			boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
					|| c == '-' || (c == '.' && sb.length() > 0);
			if (keep) {
				sb.append(c);
				replaced = false;
			} else if (sb.length() > 0 && !replaced) {
				sb.append('-');
				replaced = true;
			}
		}
		if (replaced) {
			sb.setLength(sb.length() - 1);
		}
		return sb.length() == 0 ? "document" : sb.toString();
	}
}
