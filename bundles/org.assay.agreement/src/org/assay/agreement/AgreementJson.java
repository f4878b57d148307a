/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.assay.agreement.AgreementReport.Layer;
import org.assay.agreement.AgreementReport.Measures;
import org.assay.agreement.AgreementReport.Pair;
import org.assay.agreement.AgreementReport.PerDocument;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * An agreement report as one JSON object, for scripts ({@code assay agreement --json}), written with the same
 * JSON library as the project files. A figure that is not defined has {@code "value": null} and a note saying
 * why; values are rounded to six decimals.
 */
public final class AgreementJson {

	private static final JsonFactory JSON = new JsonFactory();

	private AgreementJson() {
	}

	public static String format(AgreementReport r) {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = JSON.createGenerator(out)) {
			g.writeStartObject();
			strings(g, "sets", r.sets());
			strings(g, "documents", r.documents());
			strings(g, "skipped", r.skipped());
			g.writeArrayFieldStart("layers");
			for (Layer l : r.layers()) {
				layer(g, l);
			}
			g.writeEndArray();
			g.writeArrayFieldStart("perDocument");
			for (PerDocument d : r.perDocument()) {
				g.writeStartObject();
				g.writeStringField("document", d.document());
				g.writeArrayFieldStart("layers");
				for (Layer l : d.layers()) {
					layer(g, l);
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out + "\n";
	}

	private static void layer(JsonGenerator g, Layer l) throws IOException {
		g.writeStartObject();
		g.writeStringField("layer", l.layer());
		g.writeFieldName("all");
		measures(g, l.all());
		g.writeArrayFieldStart("labels");
		for (Measures m : l.labels()) {
			measures(g, m);
		}
		g.writeEndArray();
		g.writeArrayFieldStart("pairs");
		for (Pair p : l.pairs()) {
			pair(g, p);
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void measures(JsonGenerator g, Measures m) throws IOException {
		g.writeStartObject();
		g.writeStringField("label", m.label());
		g.writeNumberField("units", m.units());
		figure(g, "observed", m.observed());
		figure(g, "fleissKappa", m.fleiss());
		figure(g, "krippendorffAlpha", m.alpha());
		figure(g, "unitizingAlpha", m.unitizing());
		g.writeEndObject();
	}

	private static void pair(JsonGenerator g, Pair p) throws IOException {
		g.writeStartObject();
		g.writeStringField("a", p.a());
		g.writeStringField("b", p.b());
		g.writeNumberField("documents", p.documents());
		figure(g, "cohenKappa", p.kappa());
		g.writeObjectFieldStart("labels");
		for (Map.Entry<String, Figure> e : p.labels().entrySet()) {
			figure(g, e.getKey(), e.getValue());
		}
		g.writeEndObject();
		g.writeEndObject();
	}

	private static void figure(JsonGenerator g, String name, Figure f) throws IOException {
		g.writeObjectFieldStart(name);
		if (f.defined()) {
			g.writeFieldName("value");
			g.writeNumber(sixDecimals(f.value()));
		} else {
			g.writeNullField("value");
		}
		g.writeNumberField("units", f.units());
		if (!f.defined()) {
			g.writeStringField("note", f.note());
		}
		g.writeEndObject();
	}

	/** 0.740216, 0.75 or 1.0: at most six decimals, at least one. */
	private static String sixDecimals(double d) {
		String s = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
		return s.contains(".") ? s : s + ".0";
	}

	private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
		g.writeArrayFieldStart(name);
		for (String v : values) {
			g.writeString(v);
		}
		g.writeEndArray();
	}
}
