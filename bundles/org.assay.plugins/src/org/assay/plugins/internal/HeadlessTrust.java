/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.plugins.internal;

import java.security.cert.Certificate;
import java.util.Arrays;

import org.eclipse.equinox.p2.core.UIServices;

/**
 * The trust a headless install gives: the user named the repository on the command line, so its content is
 * trusted for this install (signed or not) without asking, and nothing is remembered. No credentials are
 * asked for.
 */
final class HeadlessTrust extends UIServices {

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		return new TrustInfo(firsts(untrustedChains), false, true);
	}

	private static Certificate[] firsts(Certificate[][] chains) {
		if (chains == null) {
			return new Certificate[0];
		}
		return Arrays.stream(chains).filter(c -> c != null && c.length > 0).map(c -> c[0]).toArray(Certificate[]::new);
	}
}
