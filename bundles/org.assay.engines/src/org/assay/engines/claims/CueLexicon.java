/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.claims;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words that attribute a statement to someone, written out by hand as verb lemmas and expanded to their
 * inflected forms. Verbs are grouped by how much context they need before they count as cues: speech verbs
 * nearly always attribute, thought and attitude verbs only after a subject, and some verbs only next to a
 * quotation ("he continued").
 */
final class CueLexicon {

	/** How reliable a cue word is on its own. */
	enum Kind {
		/** Verbs of saying: a cue wherever they head a clause outside quotations. */
		SPEECH,
		/** Belief, intention, evaluation: a cue only after a subject. */
		THOUGHT,
		/** Cues only when attached to a quotation. */
		QUOTE_ONLY
	}

	private static final String SPEECH = "say tell add write note announce argue explain acknowledge insist warn urge "
			+ "declare stress emphasize contend assert allege admit concede reply respond recall predict vow "
			+ "tweet testify complain boast joke quip deny confirm reveal suggest ask describe accuse criticize "
			+ "criticise praise defend reject dismiss mock blame slam blast demand propose endorse observe reiterate "
			+ "remark mention disclose conclude estimate speculate caution lament proclaim retort scoff shout tout "
			+ "recount charge claim call threaten agree disagree refuse decline point answer assure remind hint imply "
			+ "report promise state question condemn applaud thank lash complain characterize label brand "
			+ "dub concede pressure cite refer talk express decide order discuss denounce echo compare decry "
			+ "request repeat highlight portray challenge assail recommend invoke downplay reaffirm retweet bemoan "
			+ "congratulate rebuke rail seek identify explain indicate signal acknowledge welcome encourage advise inform "
			+ "pledge attack chant concur affirm rebut refute object grumble gripe plead implore instruct forecast "
			+ "swear chide scold berate apologize hail laud commend brag gloat vent opine posit theorize surmise "
			+ "hypothesize reassure confide divulge convey specify stipulate deplore lambaste excoriate castigate vouch "
			+ "attest profess trumpet extol interject whine wail moan bellow";

	private static final String THOUGHT = "think believe feel know hope fear worry want expect doubt suspect wonder "
			+ "seem appear plan intend wish prefer consider regard view realize understand assume guess support "
			+ "oppose favor trust show find see seek offer back reckon imagine deem recognize remember learn "
			+ "perceive anticipate foresee envision";

	private static final String QUOTE_ONLY = "continue begin go read speak exclaim yell scream whisper laugh sigh sneer "
			+ "snap muse wonder post text email";

	/** Lemmas whose base and -s forms are usually nouns ("the report", "his claims"). */
	static final Set<String> NOUNISH = Set.of("report", "claim", "call", "attack", "question", "hope", "fear", "promise",
			"charge", "note", "state", "tweet", "support", "show", "want", "plan", "view", "doubt", "pledge", "demand",
			"answer", "reply", "vow", "remark", "estimate", "warn", "comment", "signal", "point", "welcome", "label",
			"brand", "press", "mean", "like", "love", "find", "wish", "order", "echo", "request", "rail", "challenge", "highlight", "repeat",
			"decry", "speak", "seek", "regard", "trust", "favor", "post", "text",
			"email", "read", "go", "begin", "mock", "guess", "blast", "slam", "caution", "advise", "pressure", "thank",
			"worry", "respond", "shout", "boast", "joke", "lament", "condemn", "applaud", "cite", "indicate",
			"understand", "consider");

	private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("say", "said"),
			Map.entry("tell", "told"), Map.entry("write", "wrote written"), Map.entry("think", "thought"),
			Map.entry("feel", "felt"), Map.entry("know", "knew known"), Map.entry("show", "showed shown"),
			Map.entry("find", "found"), Map.entry("begin", "began begun"), Map.entry("go", "went gone"),
			Map.entry("read", "read"), Map.entry("understand", "understood"), Map.entry("mean", "meant"),
			Map.entry("lash", "lashed"), Map.entry("seek", "sought"), Map.entry("speak", "spoke spoken"),
			Map.entry("swear", "swore sworn"), Map.entry("learn", "learned learnt"));

	private static final Set<String> DOUBLING = Set.of("quip", "slam", "snap", "dub", "plan", "admit", "prefer", "refer", "rebut",
			"regret", "commit");

	private static final Map<String, Entry> FORMS = new HashMap<>();

	/** What a word form is: its lemma and kind, and whether it may be a noun. */
	record Entry(String lemma, Kind kind, boolean nounish) {
	}

	static {
		add(QUOTE_ONLY, Kind.QUOTE_ONLY);
		add(THOUGHT, Kind.THOUGHT);
		add(SPEECH, Kind.SPEECH);
	}

	private CueLexicon() {
	}

	/**
	 * Forms that are nouns, adjectives or instructions far more often than cues ("the states", "support for",
	 * "compared with"): checked on the training part of a news corpus, they hurt more than they help.
	 */
	private static final Set<String> BLOCKED = Set.of("state", "states", "support", "plan", "report",
			"remark", "remarks", "back", "view", "views", "call", "add", "advise", "advised", "answer", "brand",
			"challenge", "challenges", "compare", "compared", "decline", "defend", "deny", "felt", "find", "note",
			"order", "pressure", "question", "questions", "request", "responding", "seeing", "seek", "tweet", "write",
			"advising", "challenging", "comparing", "decide", "encouraging", "reject", "reporting", "attack", "attacks", "charges",
			"thanks", "denying", "declining", "identifying", "requests", "trust");

	/** Lemmas that are cues only with their particle ("pointed out", "referring to", "talked about"). */
	static final Set<String> NEEDS_PARTICLE = Set.of("point", "refer", "talk", "rail");

	/** The entry for a lower-case word form, or null when it is no cue. */
	static Entry lookup(String lowerWord) {
		return BLOCKED.contains(lowerWord) ? null : FORMS.get(lowerWord);
	}

	/** The lemma of a cue word form, or the form itself when it is no cue. */
	static String lemmaOf(String lowerWord) {
		Entry entry = FORMS.get(lowerWord);
		return entry == null ? lowerWord : entry.lemma();
	}

	private static void add(String lemmas, Kind kind) {
		for (String lemma : lemmas.split(" +")) {
			boolean nounish = NOUNISH.contains(lemma);
			put(lemma, new Entry(lemma, kind, nounish));
			put(thirdPerson(lemma), new Entry(lemma, kind, nounish));
			put(gerund(lemma), new Entry(lemma, kind, false));
			String irregular = IRREGULAR.get(lemma);
			if (irregular != null) {
				for (String form : irregular.split(" ")) {
					put(form, new Entry(lemma, kind, false));
				}
			} else {
				put(past(lemma), new Entry(lemma, kind, false));
			}
		}
	}

	private static void put(String form, Entry entry) {
		FORMS.put(form, entry);
	}

	static String thirdPerson(String lemma) {
		if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
				|| lemma.equals("go")) {
			return lemma + "es";
		}
		if (lemma.endsWith("y") && !isVowel(lemma.charAt(lemma.length() - 2))) {
			return lemma.substring(0, lemma.length() - 1) + "ies";
		}
		return lemma + "s";
	}

	static String past(String lemma) {
		if (lemma.endsWith("e")) {
			return lemma + "d";
		}
		if (lemma.endsWith("y") && !isVowel(lemma.charAt(lemma.length() - 2))) {
			return lemma.substring(0, lemma.length() - 1) + "ied";
		}
		if (doubles(lemma)) {
			return lemma + lemma.charAt(lemma.length() - 1) + "ed";
		}
		return lemma + "ed";
	}

	static String gerund(String lemma) {
		if (lemma.endsWith("ee")) {
			return lemma + "ing";
		}
		if (lemma.endsWith("ie")) {
			return lemma.substring(0, lemma.length() - 2) + "ying";
		}
		if (lemma.endsWith("e")) {
			return lemma.substring(0, lemma.length() - 1) + "ing";
		}
		if (doubles(lemma)) {
			return lemma + lemma.charAt(lemma.length() - 1) + "ing";
		}
		return lemma + "ing";
	}

	/** Short verbs ending consonant-vowel-consonant double it: "quip" → "quipped", "slam" → "slammed". */
	private static boolean doubles(String lemma) {
		return DOUBLING.contains(lemma);
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}
}
