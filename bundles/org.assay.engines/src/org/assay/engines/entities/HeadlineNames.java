/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.entities;

import java.util.List;

/**
 * Names in headlines written in capitals or title case, where capitals mark nothing: only names the
 * document used elsewhere and listed names of four letters or more are taken, in any case, plus a listed
 * given name followed by another word ("PHIL SIMMONS"), unless the given name is a common word too ("Will Say").
 */
final class HeadlineNames {

	private final Lexicon lexicon;

	HeadlineNames(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	void find(Tokens t, DocumentMemory memory, List<Candidate> out) {
		int i = 0;
		while (i < t.size()) {
			if (!t.inHeadline(i) || !Character.isLetter(t.word[i].charAt(0))) {
				i++;
				continue;
			}
			int stop = t.sentenceEnd(i);
			int found = 0;
			for (int len = Math.min(Math.max(lexicon.longestName(), 4), stop - i); len >= 1 && found == 0; len--) {
				String key = NameRules.join(t, i, i + len);
				Candidate known = memory.name(key);
				String listed = lexicon.nameIgnoringCase(key);
				if (known != null) {
					out.add(new Candidate(i, i + len, known.label(), Math.min(0.85, known.confidence())));
					found = len;
				} else if (listed != null && !listed.isEmpty()) {
					out.add(new Candidate(i, i + len, listed, 0.8));
					found = len;
				}
			}
			if (found == 0) {
				String word = Shapes.titleCase(t.word[i]);
				String remembered = memory.word(word);
				if (remembered != null) {
					out.add(new Candidate(i, i + 1, remembered, 0.7));
					found = 1;
				} else if (lexicon.firstNames.contains(word) && !lexicon.commonWords.contains(word) && i + 1 < stop
						&& isNameLike(t.word[i + 1])) {
					out.add(new Candidate(i, i + 2, Labels.PERSON, 0.6));
					found = 2;
				}
			}
			i += Math.max(found, 1);
		}
	}

	private boolean isNameLike(String w) {
		return Character.isLetter(w.charAt(0)) && Character.isUpperCase(w.charAt(0))
				&& !lexicon.commonWords.contains(Shapes.titleCase(w)) && lexicon.nameIgnoringCase(w) == null;
	}
}
