/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugintests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assay.plugintests.Installed.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay plugins} on an unpacked product: the example plug-in (engine, format, schema, verb) installed from
 * its repository zip, used, and removed, with nothing of it left; the installation writable (plug-ins inside it)
 * and read-only (p2's shared-install mode, plug-ins in the user's area); clear errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadlessInstallTest {

	private Path dir;
	private Installed assay;
	private Path repository;

	@BeforeAll
	void build() throws Exception {
		repository = ExamplePlugin.repositoryZip();
	}

	/** A fresh installation for each test: what one test installs and removes must not be seen by another. */
	@BeforeEach
	void unpack(@TempDir Path tmp) throws Exception {
		dir = tmp;
		assay = Installed.unpack(dir);
	}

	@Test
	void installsUsesAndRemovesTheExamplePlugin() throws Exception {
		assertTrue(assay.run("plugins", "list").ok().out().contains("plug-ins: none"));
		assertFalse(assay.run("annotate", "--help").ok().out().contains("commodities"));

		Run installed = assay.run("plugins", "install", repository.toString()).ok();
		assertTrue(installed.out().contains("installed " + ExamplePlugin.FEATURE + ".feature.group 1.0.0"), installed.out());
		String list = assay.run("plugins", "list").ok().out();
		assertTrue(list.contains(ExamplePlugin.FEATURE + ".feature.group"), list);
		assertTrue(list.contains("plug-ins in   " + assay.root), "writable: plug-ins inside the installation\n" + list);
		assertTrue(jars(assay.root.resolve("plugins")).stream().anyMatch(j -> j.startsWith("org.example.assay.commodities_")));

		// the engine, the format, the schema and the verb, each where a user looks for it
		assertTrue(assay.run("annotate", "--help").ok().out().contains("commodities"));
		assertTrue(assay.run("export", "--help").ok().out().contains("conllu"));
		assertTrue(assay.run("new", "--help").ok().out().contains("commodities"));
		assertTrue(assay.run("--help").ok().out().contains("commodities"));

		// the engine on the sample: its schema has no COMMODITY, so the proposals are counted and left out
		Path sample = dir.resolve("sample");
		assay.run("new", sample.toString(), "--sample").ok();
		Run onSample = assay.run("annotate", "--project", sample.toString(), "--engine", "commodities").ok();
		Matcher leftOut = Pattern.compile("COMMODITY[^0-9]*([0-9]+)").matcher(onSample.out());
		assertTrue(leftOut.find() && Integer.parseInt(leftOut.group(1)) > 0, onSample.out());

		// a project with the plug-in's schema keeps them: the sample's texts, annotated, listed by the plug-in's verb
		Path texts = Files.createDirectories(dir.resolve("texts"));
		Path sampleTexts = Path.of(System.getProperty("assay.checkout"), "bundles/org.assay.sample/sample");
		try (Stream<Path> s = Files.list(sampleTexts)) {
			for (Path t : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
				Files.copy(t, texts.resolve(t.getFileName()));
			}
		}
		Path news = dir.resolve("news");
		assertTrue(assay.run("new", news.toString(), "--from", texts.toString(), "--schema", "commodities").ok().out()
				.contains("commodities label schema"));
		assay.run("annotate", "--project", news.toString(), "--engine", "commodities").ok();
		String found = assay.run("commodities", "--project", news.toString()).ok().out();
		assertTrue(found.lines().anyMatch(l -> l.matches("wheat\\s+[0-9]+\\s+[0-9]+")), found);

		// the format, out and back in: the same commodities
		Path conllu = dir.resolve("news.conllu");
		assay.run("export", "conllu", "--project", news.toString(), "--set", "engine:commodities", "--out",
				conllu.toString()).ok();
		assertTrue(Files.readString(conllu).contains("\tEntity=B-COMMODITY"));
		Path back = dir.resolve("back");
		assay.run("new", back.toString(), "--schema", "commodities").ok();
		assay.run("import", "conllu", conllu.toString(), "--project", back.toString(), "--set", "reread").ok();
		String reread = assay.run("commodities", "--project", back.toString(), "--set", "reread").ok().out();
		assertEquals(last(found), last(reread).replace("set reread", "set engine:commodities"));

		// removed: all of it gone
		Run removed = assay.run("plugins", "remove", ExamplePlugin.FEATURE).ok();
		assertTrue(removed.out().contains("removed " + ExamplePlugin.FEATURE + ".feature.group"), removed.out());
		assertTrue(assay.run("plugins", "list").ok().out().contains("plug-ins: none"));
		assertFalse(assay.run("annotate", "--help").ok().out().contains("commodities"));
		assertFalse(assay.run("export", "--help").ok().out().contains("conllu"));
		assertFalse(assay.run("new", "--help").ok().out().contains("commodities"));
		assay.run("new", dir.resolve("none").toString(), "--schema", "commodities").fails(2, "no label schema 'commodities'");
		assay.run("commodities", "--project", news.toString()).fails(2, "commodities");
		assay.run("annotate", "--project", sample.toString(), "--engine", "commodities").fails(2, "commodities");
		assertFalse(Installed.bundlesInfo(assay.root.resolve("configuration")).contains("org.example.assay"));
		// the jar itself stays in plugins/ (p2's garbage collector does not run in a command line), listed nowhere
	}

	@Test
	void aReadOnlyInstallationPutsPluginsInTheUsersArea() throws Exception {
		Map<String, String> shared = Map.of("ASSAY_SHARED_INSTALL", "1");
		List<String> before = jars(assay.root.resolve("plugins"));
		Run installed = assay.run(shared, "plugins", "install", repository.toString(), ExamplePlugin.FEATURE).ok();
		assertTrue(installed.out().contains("into " + assay.state), installed.out());
		assertEquals(before, jars(assay.root.resolve("plugins")), "the installation is not touched");
		assertTrue(jars(assay.state.resolve("plugins")).stream().anyMatch(j -> j.startsWith("org.example.assay.commodities_")));
		assertTrue(assay.run(shared, "plugins", "list").ok().out().contains("the user's area"));
		assertTrue(assay.run(shared, "export", "--help").ok().out().contains("conllu"));
		// the same installation run writable does not see the user's plug-ins
		assertFalse(assay.run("export", "--help").ok().out().contains("conllu"));
		assay.run(shared, "plugins", "remove", ExamplePlugin.FEATURE).ok();
		assertFalse(assay.run(shared, "export", "--help").ok().out().contains("conllu"));
	}

	@Test
	void errorsSayWhatIsWrongAndExitNonZero() throws Exception {
		assay.run("plugins", "install", dir.resolve("nowhere").toString()).fails(1, "no such repository: " + dir.resolve("nowhere"));
		Path notRepository = Files.createDirectories(dir.resolve("empty"));
		assay.run("plugins", "install", notRepository.toString()).fails(1, "not a p2 repository: " + notRepository);
		assay.run("plugins", "install", repository.toString(), "org.example.nothing")
				.fails(1, "no installable unit 'org.example.nothing'").fails(1, ExamplePlugin.FEATURE);
		assay.run("plugins", "remove", "org.example.nothing").fails(1, "no plug-in 'org.example.nothing' is installed");
		assay.run("plugins", "remove", "org.assay.feature").fails(1, "part of Assay itself");
		assay.run("plugins").fails(2, "list, install or remove");
		assay.run("plugins", "install").fails(2, "needs a REPOSITORY");
	}

	private static List<String> jars(Path plugins) throws Exception {
		if (!Files.isDirectory(plugins)) {
			return List.of();
		}
		try (Stream<Path> s = Files.list(plugins)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static String last(String out) {
		List<String> lines = out.strip().lines().toList();
		return lines.get(lines.size() - 1);
	}
}
