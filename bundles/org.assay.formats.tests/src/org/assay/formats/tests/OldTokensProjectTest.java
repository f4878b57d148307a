/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.assay.formats.ExportReport;
import org.assay.formats.conll.Conll2003Format;
import org.assay.model.AnnotationSet;
import org.assay.model.Document;
import org.assay.model.support.SetNames;
import org.assay.store.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that an Assay before compact tokens made from a CoNLL file (each token a span of the layer
 * {@code token} in the gold set, its POS and chunk as features) still opens, exports the same CoNLL file byte for
 * byte, and is written in the new form when saved: the tokens in the document's metadata file, the set without
 * them. The files are what that Assay's {@code assay import conll2003} wrote for {@link ConllTest#IOB1}.
 */
class OldTokensProjectTest {

	static final Map<String, String> OLD_PROJECT = Map.of(
			"assay-project.json", """
{
"format":"assay-project",
"version":1,
"name":"p"
}
""",
			"schema.json", """
{
"format":"assay-schema",
"version":1,
"layers":[
{"name":"entity","title":"Entities","kind":"span","description":"Names of people, organisations and places, and dates, times, sums of money and percentages.","allowOverlap":true,"labels":[{"name":"PERSON","colour":"#e6194b","key":"p","description":"People, including fictional ones."},{"name":"ORGANIZATION","colour":"#4363d8","key":"o","description":"Companies, agencies, institutions, parties, teams."},{"name":"LOCATION","colour":"#3cb44b","key":"l","description":"Countries, cities, states (geopolitical) and other places."},{"name":"NORP","colour":"#911eb4","key":"n","description":"Nationalities, religious and political groups."},{"name":"DATE","colour":"#f58231","key":"d","description":"Absolute or relative dates and periods."},{"name":"TIME","colour":"#9a6324","key":"t","description":"Times smaller than a day."},{"name":"MONEY","colour":"#008080","key":"m","description":"Monetary values, with their unit."},{"name":"PERCENT","colour":"#808000","key":"c","description":"Percentages."},{"name":"ORG","colour":"#f032e6"},{"name":"MISC","colour":"#e6194b"},{"name":"PER","colour":"#3cb44b"},{"name":"LOC","colour":"#469990"}]},
{"name":"claim","title":"Claims","kind":"span","description":"Attributed statements: the content of a claim, who made it, and the cue that reports it.","allowOverlap":true,"labels":[{"name":"CLAIM","colour":"#f032e6","key":"a","description":"What is claimed: the content of the attribution."},{"name":"SOURCE","colour":"#42d4f4","key":"s","description":"Who made the claim when it is not an entity mention (\\"U.S. officials\\", \\"he\\")."},{"name":"CUE","colour":"#bfef45","key":"u","description":"The words that report the claim: \\"said\\", \\"told reporters\\", \\"according to\\"."}],"features":[{"name":"type","type":"choice","description":"Direct quote, reported speech, or both.","choices":["direct","indirect","mixed"]},{"name":"claimant","type":"link","description":"Who made the claim.","targets":["entity","claim"]},{"name":"cue","type":"link","description":"The cue that reports the claim.","targets":["claim"]},{"name":"refersTo","type":"link","description":"For a SOURCE that is a pronoun or a description: the entity mention it refers to.","targets":["entity"]}]},
{"name":"document","title":"Document labels","kind":"document","description":"Labels of a whole document.","allowOverlap":true,"labels":[{"name":"NEWS","colour":"#a9a9a9","key":"1","description":"A news report."},{"name":"OPINION","colour":"#ffe119","key":"2","description":"An opinion piece or editorial."}]},
{"name":"token","title":"token","kind":"span","allowOverlap":true,"labels":[{"name":"TOKEN","colour":"#a9a9a9"}]}
]
}
""",
			"documents/tiny-0001.json", """
{
"format":"assay-document",
"version":1,
"id":"tiny-0001",
"title":"EU rejects German call .",
"language":"en",
"properties":{"conll.docstart":"-X- O O"}
}
""",
			"documents/tiny-0001.txt", """
EU rejects German call .
Peter Blackburn Paul Smith""",
			"documents/tiny-0002.json", """
{
"format":"assay-document",
"version":1,
"id":"tiny-0002",
"title":"In Zürich .",
"language":"en",
"properties":{"conll.docstart":"-X- O O"}
}
""",
			"documents/tiny-0002.txt", """
In Zürich .""",
			"annotations/tiny-0001/gold.json", """
{
"format":"assay-annotations",
"version":1,
"document":"tiny-0001",
"set":"gold",
"kind":"gold",
"owner":"",
"state":"new",
"annotations":[
{"id":"t1","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[0,2]],"text":"EU","features":{"pos":"NNP","chunk":"I-NP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t2","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[3,10]],"text":"rejects","features":{"pos":"VBZ","chunk":"I-VP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"e1","type":"span","layer":"entity","label":"ORG","status":"accepted","spans":[[0,2]],"text":"EU","provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t3","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[11,17]],"text":"German","features":{"pos":"JJ","chunk":"I-NP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t4","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[18,22]],"text":"call","features":{"pos":"NN","chunk":"I-NP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"e2","type":"span","layer":"entity","label":"MISC","status":"accepted","spans":[[11,17]],"text":"German","provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t5","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[23,24]],"text":".","features":{"pos":".","chunk":"O"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t6","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[25,30]],"text":"Peter","features":{"pos":"NNP","chunk":"I-NP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t7","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[31,40]],"text":"Blackburn","features":{"pos":"NNP","chunk":"I-NP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t8","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[41,45]],"text":"Paul","features":{"pos":"NNP","chunk":"I-NP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"e3","type":"span","layer":"entity","label":"PER","status":"accepted","spans":[[25,40]],"text":"Peter Blackburn","provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t9","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[46,51]],"text":"Smith","features":{"pos":"NNP","chunk":"I-NP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"e4","type":"span","layer":"entity","label":"PER","status":"accepted","spans":[[41,51]],"text":"Paul Smith","provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}}
]
}
""",
			"annotations/tiny-0002/gold.json", """
{
"format":"assay-annotations",
"version":1,
"document":"tiny-0002",
"set":"gold",
"kind":"gold",
"owner":"",
"state":"new",
"annotations":[
{"id":"t1","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[0,2]],"text":"In","features":{"pos":"IN","chunk":"I-PP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t2","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[3,9]],"text":"Zürich","features":{"pos":"NNP","chunk":"I-NP"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"t3","type":"span","layer":"token","label":"TOKEN","status":"accepted","spans":[[10,11]],"text":".","features":{"pos":".","chunk":"O"},"provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}},
{"id":"e1","type":"span","layer":"entity","label":"LOC","status":"accepted","spans":[[3,9]],"text":"Zürich","provenance":{"origin":"import","author":"tiny.conll","created":"2026-11-30T07:36:56.770Z"}}
]
}
""");

	@TempDir
	Path dir;

	private Path oldProject() throws Exception {
		Path p = dir.resolve("old");
		for (Map.Entry<String, String> f : OLD_PROJECT.entrySet()) {
			Path file = p.resolve(f.getKey());
			Files.createDirectories(file.getParent());
			Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
		}
		return p;
	}

	@Test
	void anOldProjectOpensWithItsTokensAndExportsTheSameFile() throws Exception {
		ProjectFolder folder = ProjectFolder.open(oldProject());
		Document first = folder.document("tiny-0001");
		assertEquals(9, first.getTokens().size());
		assertEquals(2, first.getTokens().sentenceCount());
		assertEquals("VBZ", first.getTokens().value(Conll2003Format.POS, 1));
		AnnotationSet gold = SetNames.find(first, "gold");
		assertEquals(4, gold.getAnnotations().size(), "the entities stay; the 9 token spans left the set");
		Path out = dir.resolve("out.conll");
		ExportReport report = Projects.export(new Conll2003Format(), folder, "gold", out, "iob1");
		assertEquals(ConllTest.IOB1, Files.readString(out));
		assertTrue(report.isLossless(), () -> report.entries().get(0).what());
	}

	@Test
	void savingASetWritesTheNewFormTokensFirst() throws Exception {
		Path p = oldProject();
		ProjectFolder folder = ProjectFolder.open(p);
		Document first = folder.document("tiny-0001");
		assertTrue(Files.readString(p.resolve("documents/tiny-0001.json")).contains("\"version\":1"));
		folder.save(SetNames.find(first, "gold"));
		String meta = Files.readString(p.resolve("documents/tiny-0001.json"));
		assertTrue(meta.contains("\"version\":2") && meta.contains("\"sentences\""), meta);
		String set = Files.readString(p.resolve("annotations/tiny-0001/gold.json"));
		assertFalse(set.contains("\"layer\":\"token\""), set);
		// the other document, not saved, is still in the old form and still reads the same
		assertTrue(Files.readString(p.resolve("annotations/tiny-0002/gold.json")).contains("\"layer\":\"token\""));
		ProjectFolder again = ProjectFolder.open(p);
		assertEquals(first.getTokens(), again.document("tiny-0001").getTokens());
		assertEquals(4, SetNames.find(again.document("tiny-0001"), "gold").getAnnotations().size());
		Path out = dir.resolve("out.conll");
		Projects.export(new Conll2003Format(), again, "gold", out, "iob1");
		assertEquals(ConllTest.IOB1, Files.readString(out));
		again.saveAll();
		assertFalse(Files.readString(p.resolve("annotations/tiny-0002/gold.json")).contains("\"layer\":\"token\""));
		Projects.export(new Conll2003Format(), ProjectFolder.open(p), "gold", out, "iob1");
		assertEquals(ConllTest.IOB1, Files.readString(out));
	}
}
