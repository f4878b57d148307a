/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;

import org.assay.cli.CommandException;
import org.assay.cli.Options;
import org.assay.cli.ProjectArgument;
import org.assay.cli.UsageException;
import org.assay.cli.Verb;
import org.assay.model.evaluation.EngineReport;
import org.assay.model.evaluation.EngineReportTable;
import org.assay.store.ProjectFolder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** {@code assay report engines --project DIR [--documents IDS] [--json]}: what engines are worth, read off real work. */
public final class ReportVerb implements Verb {

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String synopsis() {
		return "engines --project DIR [--json]   what annotators made of each engine's proposals";
	}

	@Override
	public String help() {
		return """
				Usage: assay report engines --project DIR [--documents IDS] [--json]

				For each engine and version, per label it proposed: how many of its proposals offered to the
				annotators' sets and gold were accepted, relabelled (and to what), resized, rejected or are
				still open, and the precision that implies (accepted among the decided; "label right" also
				counts a proposal whose extent alone was corrected); and the same by confidence band, to see
				whether a confidence of 0.9 is right nine times in ten. Read off the provenance alone.

				  --documents IDS  only these documents (comma-separated ids)
				  --json           one JSON object instead of the tables
				""";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of(ProjectArgument.OPTION, "documents");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("json");
	}

	@Override
	public boolean changesProject() {
		return false;
	}

	@Override
	public int run(Options options, PrintStream out) throws CommandException {
		String what = options.positional(1, "what to report: engines").get(0);
		if (!what.equals("engines")) {
			throw new UsageException("assay report knows 'engines', not '" + what + "'");
		}
		ProjectFolder folder = ProjectArgument.open(options);
		EngineReport report = EngineReport.of(AnnotateVerb.documents(folder, options.value("documents")));
		out.print(options.has("json") ? json(report) : EngineReportTable.format(report));
		return 0;
	}

	static String json(EngineReport report) {
		StringWriter w = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
			g.writeStartObject();
			g.writeArrayFieldStart("engines");
			for (EngineReport.Engine e : report.engines()) {
				g.writeStartObject();
				g.writeStringField("engine", e.id());
				g.writeStringField("version", e.version());
				tally(g, "all", e.all());
				g.writeObjectFieldStart("labels");
				for (Map.Entry<String, EngineReport.Tally> t : e.labels().entrySet()) {
					tally(g, t.getKey(), t.getValue());
				}
				g.writeEndObject();
				g.writeArrayFieldStart("bands");
				for (int i = 0; i < EngineReport.BANDS.length; i++) {
					g.writeStartObject();
					g.writeNumberField("from", EngineReport.BANDS[i]);
					g.writeNumberField("to", i + 1 < EngineReport.BANDS.length ? EngineReport.BANDS[i + 1] : 1.0);
					tally(g, "proposals", e.bands()[i]);
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringWriter does not fail
		}
		return w + "\n";
	}

	private static void tally(JsonGenerator g, String field, EngineReport.Tally t) throws IOException {
		g.writeObjectFieldStart(field);
		g.writeNumberField("accepted", t.accepted());
		g.writeNumberField("relabelled", t.relabelled());
		g.writeNumberField("resized", t.resized());
		g.writeNumberField("rejected", t.rejected());
		g.writeNumberField("open", t.open());
		if (t.precision() == null) {
			g.writeNullField("precision");
		} else {
			g.writeNumberField("precision", t.precision());
		}
		if (!t.relabelledTo().isEmpty()) {
			g.writeObjectFieldStart("relabelledTo");
			for (Map.Entry<String, Integer> to : t.relabelledTo().entrySet()) {
				g.writeNumberField(to.getKey(), to.getValue());
			}
			g.writeEndObject();
		}
		g.writeEndObject();
	}
}
