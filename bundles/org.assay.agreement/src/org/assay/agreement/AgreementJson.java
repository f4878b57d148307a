/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.agreement;

import static org.assay.agreement.internal.Json.number;
import static org.assay.agreement.internal.Json.string;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assay.agreement.AgreementReport.Layer;
import org.assay.agreement.AgreementReport.Measures;
import org.assay.agreement.AgreementReport.Pair;
import org.assay.agreement.AgreementReport.PerDocument;

/**
 * An {@link AgreementReport} as one JSON object. A figure is {@code {"value": 0.712, "units": 45}}, or
 * {@code {"value": null, "units": 0, "note": "no units"}} when there is none.
 */
public final class AgreementJson {

	private AgreementJson() {
	}

	public static String format(AgreementReport r) {
		return "{\"sets\":" + strings(r.sets()) + ",\"documents\":" + strings(r.documents()) + ",\"skipped\":"
				+ strings(r.skipped()) + ",\"layers\":" + list(r.layers(), AgreementJson::layer)
				+ ",\"perDocument\":" + list(r.perDocument(), AgreementJson::document) + "}\n";
	}

	private static String document(PerDocument d) {
		return "{\"document\":" + string(d.document()) + ",\"layers\":" + list(d.layers(), AgreementJson::layer) + "}";
	}

	private static String layer(Layer l) {
		return "{\"layer\":" + string(l.layer()) + ",\"all\":" + measures(l.all()) + ",\"labels\":"
				+ list(l.labels(), AgreementJson::measures) + ",\"pairs\":" + list(l.pairs(), AgreementJson::pair) + "}";
	}

	private static String measures(Measures m) {
		return "{\"label\":" + string(m.label()) + ",\"units\":" + m.units() + ",\"observed\":" + figure(m.observed())
				+ ",\"fleissKappa\":" + figure(m.fleiss()) + ",\"krippendorffAlpha\":" + figure(m.alpha())
				+ ",\"unitizingAlpha\":" + figure(m.unitizing()) + "}";
	}

	private static String pair(Pair p) {
		return "{\"a\":" + string(p.a()) + ",\"b\":" + string(p.b()) + ",\"documents\":" + p.documents()
				+ ",\"cohenKappa\":" + figure(p.kappa()) + ",\"labels\":" + map(p.labels()) + "}";
	}

	private static String figure(Figure f) {
		return "{\"value\":" + (f.defined() ? number(f.value()) : "null") + ",\"units\":" + f.units()
				+ (f.defined() ? "" : ",\"note\":" + string(f.note())) + "}";
	}

	private static String map(Map<String, Figure> figures) {
		return figures.entrySet().stream().map(e -> string(e.getKey()) + ":" + figure(e.getValue()))
				.collect(Collectors.joining(",", "{", "}"));
	}

	private static String strings(List<String> values) {
		return list(values, org.assay.agreement.internal.Json::string);
	}

	private static <T> String list(List<T> values, Function<T, String> each) {
		return values.stream().map(each).collect(Collectors.joining(",", "[", "]"));
	}
}
