/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A claim's content and cue drawn as Assay's guidelines draw them, for the proposals annotators confirm. The
 * content: the words of a quotation without its quotation marks (and without the comma that hands over to the
 * attribution), a quotation interrupted by its attribution as one content in two parts, and reported speech
 * without the "that" that introduces it or what stands between the cue and that "that" ("said on Monday that",
 * "told employees in a memo that"). The cue: the words that report the claim, its auxiliary ("had argued"), its
 * hearer ("told reporters") and the medium it was said in ("estimated in a report"; {@link ProposedCue}). A
 * described claimant is linked through its name ({@link ClaimantNames}). {@link ClaimFinder} draws
 * contents as PolNeAR does, marks, attribution and all, and cues as a verb, which {@link ClaimEvaluation}
 * scores; an annotator would have to correct each such extent by hand.
 */
public final class ProposedExtents {

	/**
	 * A claim as proposed.
	 *
	 * @param content the content's parts in text order, each a {begin, end} pair; never empty
	 * @param cue     the cue's {begin, end}
	 */
	public record Proposed(List<int[]> content, int[] cue) {
	}

	/** Most words between a cue and the "that" of its reported speech that are taken for the cue's setting. */
	private static final int MAX_SETTING_WORDS = 6;

	/** Words that open the setting of a cue (when, where, how it was said) before a "that". */
	static final Set<String> SETTING_WORDS = Set.of("on", "in", "at", "during", "after", "before", "last",
			"this", "earlier", "later", "late", "yesterday", "today", "tonight", "also", "again", "to", "with", "by",
			"from", "over", "via", "through", "privately", "publicly", "repeatedly", "recently", "previously",
			"separately", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

	/** Days, said right after a cue with no "that" ("said Monday it would", "said on Friday", "said last Friday"). */
	static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "yesterday", "today", "tonight");

	/** Words after "that" that make it a determiner ("that same day"), not the start of reported speech. */
	private static final Set<String> NOT_SPEECH_AFTER_THAT = Set.of("same", "day", "week", "month", "year", "time",
			"night", "morning", "afternoon", "evening", "moment", "point", "one", "way", "is", "was", "would", "will");

	/** Words that open a description of the claimant after its name ("said Omar Hale, a tenants' advocate,"). */
	private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "its", "his", "her", "their",
			"one");

	/** Cues whose hearer may stand between them and the "that" ("told reporters that"). */
	static final Set<String> HEARER_CUES = Set.of("tell", "inform", "assure", "warn", "remind", "notify",
			"brief", "persuade", "convince", "advise", "promise");

	private ProposedExtents() {
	}

	/** The claim as the engine proposes it. */
	public static Proposed of(String text, Claim claim) {
		List<int[]> content = content(text, claim);
		return new Proposed(content, ProposedCue.cue(text, claim, content));
	}

	/** The parts of the claim's content, in text order, each a {begin, end} pair; never empty. */
	public static List<int[]> content(String text, Claim claim) {
		List<int[]> parts = new ArrayList<>();
		for (int[] part : split(text, claim)) {
			int[] trimmed = trim(text, part[0], part[1]);
			if (parts.isEmpty() && trimmed[1] > trimmed[0]) {
				trimmed = withoutSetting(text, claim, trimmed);
			}
			if (trimmed[1] > trimmed[0]) {
				parts.add(trimmed);
			}
		}
		if (parts.isEmpty()) {
			parts.add(new int[] { claim.contentBegin(), claim.contentEnd() });
		}
		return parts;
	}

	/**
	 * The content around an attribution that interrupts it ("…," said X, the chair. "…"): the part before the
	 * cue and claimant, and the part from the quotation that reopens after them (or, unquoted, from after the
	 * comma that closes the attribution). A content the attribution does not interrupt stays whole.
	 */
	private static List<int[]> split(String text, Claim c) {
		int begin = c.contentBegin();
		int end = c.contentEnd();
		int attributionBegin = c.cueBegin();
		int attributionEnd = c.cueEnd();
		if (c.hasSource()) {
			attributionBegin = Math.min(attributionBegin, c.sourceBegin());
			attributionEnd = Math.max(attributionEnd, c.sourceEnd());
		}
		if (attributionBegin <= begin || attributionEnd >= end) {
			return List.of(new int[] { begin, end });
		}
		if (!c.hasSource() && ContentRules.RAISING.contains(CueLexicon.lemmaOf(cueWord(text, c)))) {
			// "X | to be Y", and "his side had | certain to lose" without the auxiliary, which goes with the cue
			return List.of(new int[] { begin, beforeAuxiliaries(text, begin, attributionBegin) },
					new int[] { attributionEnd, end });
		}
		int resume = -1;
		if (endsWithQuotation(text, begin, attributionBegin)) {
			for (int i = attributionEnd; i < end && resume < 0; i++) {
				if (Quotes.isQuoteMark(text, i)) {
					resume = i;
				}
			}
		} else if (parenthetical(text, c, begin)) {
			resume = afterComma(text, attributionEnd, end);
			if (resume > 0 && appositionAt(text, resume, end)) {
				resume = afterComma(text, resume, end); // ", said Omar Hale, a tenants' advocate, and …"
			}
		}
		if (resume < 0) {
			return List.of(new int[] { begin, end });
		}
		return List.of(new int[] { begin, attributionBegin }, new int[] { resume, end });
	}

	/**
	 * The end of a subject without the auxiliaries, negation and adverbs between it and its verb
	 * ({@link Sources#BETWEEN}, the words the rules passed over to find that subject).
	 */
	private static int beforeAuxiliaries(String text, int begin, int end) {
		int stop = end;
		while (true) {
			int wordEnd = stop;
			while (wordEnd > begin && Quotes.isSpace(text.charAt(wordEnd - 1))) {
				wordEnd--;
			}
			int wordBegin = wordEnd;
			while (wordBegin > begin && !Quotes.isSpace(text.charAt(wordBegin - 1))) {
				wordBegin--;
			}
			String word = text.substring(wordBegin, wordEnd).toLowerCase(Locale.ROOT);
			if (wordBegin == wordEnd || !Sources.BETWEEN.contains(word) && !word.endsWith("n't") && !word.endsWith("n\u2019t")) {
				return wordEnd;
			}
			stop = wordBegin;
		}
	}

	/**
	 * Whether an attribution inside unquoted content is set off as an aside: ", said Helen Cho," or ", Cho said,",
	 * a verb of saying and its claimant side by side after a comma. A passive cue inside a sentence ("was
	 * criticized for") is not: that content stays whole.
	 */
	private static boolean parenthetical(String text, Claim c, int begin) {
		if (!c.hasSource() || !isSpeech(text, c)) {
			return false;
		}
		int first = Math.min(c.cueBegin(), c.sourceBegin());
		int gapFrom = Math.min(c.cueEnd(), c.sourceEnd());
		int gapTo = Math.max(c.cueBegin(), c.sourceBegin());
		for (int i = gapFrom; i < gapTo; i++) {
			if (!Quotes.isSpace(text.charAt(i))) {
				return false;
			}
		}
		int i = first - 1;
		while (i >= begin && Quotes.isSpace(text.charAt(i))) {
			i--;
		}
		return i >= begin && text.charAt(i) == ',';
	}

	private static boolean isSpeech(String text, Claim c) {
		CueLexicon.Entry entry = CueLexicon.lookup(cueWord(text, c));
		return entry != null && entry.kind() == CueLexicon.Kind.SPEECH;
	}

	/** The offset after the next comma, or -1 when a sentence, line or quotation ends first. */
	private static int afterComma(String text, int from, int end) {
		for (int i = from; i < end; i++) {
			char ch = text.charAt(i);
			if (ch == ',') {
				return i + 1;
			}
			if (ch == '.' || ch == '\n' || Quotes.isQuoteMark(text, i)) {
				return -1; // the attribution runs into another sentence: no clean cut
			}
		}
		return -1;
	}

	/** Whether a few words opening with a determiner and closed by a comma describe the claimant. */
	private static boolean appositionAt(String text, int at, int end) {
		int i = Quotes.skipSpaces(text, at, end);
		if (!APPOSITION_OPENERS.contains(wordAt(text, i, end))) {
			return false;
		}
		int comma = afterComma(text, i, end);
		return comma > 0 && Quotes.words(text, i, comma) <= 6;
	}

	/** Whether the text before the attribution ends with a closing quotation mark (a comma may follow it). */
	private static boolean endsWithQuotation(String text, int begin, int end) {
		int i = end - 1;
		while (i >= begin && (Quotes.isSpace(text.charAt(i)) || text.charAt(i) == ',')) {
			i--;
		}
		return i >= begin && Quotes.isQuoteMark(text, i);
	}

	/**
	 * A part without surrounding spaces, without the quotation marks that enclose it (one mark alone when a
	 * quotation runs on past the part), and without a trailing comma, semicolon or colon; a full stop, question
	 * or exclamation mark stays.
	 */
	private static int[] trim(String text, int begin, int end) {
		int[] p = { begin, end };
		strip(text, p);
		int marks = 0;
		for (int i = p[0]; i < p[1]; i++) {
			if (Quotes.isQuoteMark(text, i)) {
				marks++;
			}
		}
		int opening = markAt(text, p[0], p[1]);
		int closing = markBefore(text, p[0], p[1]);
		if (opening > 0 && closing > 0 && opening + closing == marks && p[1] - p[0] > opening + closing) {
			p[0] += opening;
			p[1] -= closing;
		} else if (opening > 0 && opening == marks) {
			p[0] += opening;
		} else if (closing > 0 && closing == marks) {
			p[1] -= closing;
		}
		strip(text, p);
		return p;
	}

	/** Spaces off both ends, and trailing commas, semicolons and colons. */
	private static void strip(String text, int[] p) {
		p[0] = Quotes.skipSpaces(text, p[0], p[1]);
		while (p[1] > p[0] && (Quotes.isSpace(text.charAt(p[1] - 1)) || ",;:".indexOf(text.charAt(p[1] - 1)) >= 0)) {
			p[1]--;
		}
	}

	/** The length of the quotation mark that starts at an offset (2 for '' and ``), or 0. */
	private static int markAt(String text, int i, int end) {
		if (i >= end || !Quotes.isQuoteMark(text, i)) {
			return 0;
		}
		return i + 1 < end && (text.charAt(i) == '\'' || text.charAt(i) == '`') && text.charAt(i + 1) == text.charAt(i)
				? 2 : 1;
	}

	/** The length of the quotation mark that ends just before an offset, or 0. */
	private static int markBefore(String text, int begin, int end) {
		int i = end - 1;
		if (i < begin || !Quotes.isQuoteMark(text, i)) {
			return 0;
		}
		return i - 1 >= begin && text.charAt(i) == '\'' && text.charAt(i - 1) == '\'' ? 2 : 1;
	}

	/**
	 * Reported speech without its "that" and the setting of the cue before it: "on Monday that it saw no need"
	 * is "it saw no need". The words before "that" are taken for a setting when they are few, hold no comma and
	 * open with a word of time, place or manner, or, after a cue such as "told", name the hearer.
	 */
	private static int[] withoutSetting(String text, Claim c, int[] p) {
		if (c.type() == ClaimType.DIRECT || c.cueEnd() > p[0] || Quotes.isQuoteMark(text, p[0]) || !isSpeech(text, c)) {
			return p;
		}
		int words = 0;
		int i = p[0];
		String first = null;
		while (i < p[1] && words <= MAX_SETTING_WORDS) {
			int wordEnd = i;
			while (wordEnd < p[1] && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '\''
					|| text.charAt(wordEnd) == '\u2019' || text.charAt(wordEnd) == '-')) {
				wordEnd++;
			}
			if (wordEnd == i) {
				return p; // a comma, a quotation mark or other punctuation: no setting
			}
			String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
			int next = Quotes.skipSpaces(text, wordEnd, p[1]);
			if (words == 0 && next > wordEnd && next < p[1]) {
				int day = dayAt(text, word, next, p[1]);
				if (day > 0 && !wordAt(text, day, p[1]).equals("that")) {
					return new int[] { day, p[1] }; // "said on Monday it would": the day goes with the cue
				}
			}
			if (words > 0 && word.equals("to")) {
				return p; // "agreed on Friday to reopen talks that…": a clause of its own, not a setting
			}
			if (word.equals("that") && next > wordEnd && next < p[1]) {
				if (NOT_SPEECH_AFTER_THAT.contains(wordAt(text, next, p[1]))) {
					return p;
				}
				boolean setting = first == null || SETTING_WORDS.contains(first)
						|| HEARER_CUES.contains(CueLexicon.lemmaOf(cueWord(text, c)));
				return setting ? new int[] { next, p[1] } : p;
			}
			if (first == null) {
				first = word;
			}
			words++;
			if (next == wordEnd) {
				return p; // punctuation right after the word
			}
			i = next;
		}
		return p;
	}

	/**
	 * Where the words after a leading day end ("on Monday ", "yesterday ", "last Friday "), or 0 when the content
	 * does not open with one.
	 */
	private static int dayAt(String text, String first, int next, int end) {
		if (DAYS.contains(first)) {
			return next;
		}
		if (!first.equals("on") && !first.equals("last")) {
			return 0;
		}
		String day = wordAt(text, next, end);
		int wordEnd = next + day.length();
		if (day.isEmpty() || wordEnd >= end || !Quotes.isSpace(text.charAt(wordEnd)) || !DAYS.contains(day)) {
			return 0;
		}
		return Quotes.skipSpaces(text, wordEnd, end);
	}

	/** The word that starts at an offset, in lower case. */
	static String wordAt(String text, int at, int end) {
		int wordEnd = at;
		while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
			wordEnd++;
		}
		return text.substring(at, wordEnd).toLowerCase(Locale.ROOT);
	}

	/** The cue's first word, in lower case. */
	static String cueWord(String text, Claim c) {
		int end = c.cueBegin();
		while (end < c.cueEnd() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(c.cueBegin(), end).toLowerCase(Locale.ROOT);
	}
}
