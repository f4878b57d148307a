/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.engines.learn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * The binary model file: an 8-byte magic and a format version, then a deflated body (for the first stage if
 * there is one, then for the tagger itself: settings, word classes, labels, feature names and float weights)
 * and the CRC-32 of the body, so that a wrong, truncated or damaged file is refused with a message rather
 * than giving a tagger that silently mis-tags. Features whose weights are all near zero are left out.
 */
final class ModelFormat {

	private static final byte[] MAGIC = "ASSAYCRF".getBytes(StandardCharsets.US_ASCII);
	static final int VERSION = 4;
	/** The oldest version read: version 3 is version 4 without the flag for the entity rules' features. */
	private static final int OLDEST = 3;
	private static final float DROP_BELOW = 1e-4f;

	private ModelFormat() {
	}

	static void write(SequenceTagger tagger, OutputStream out) throws IOException {
		DataOutputStream head = new DataOutputStream(out);
		head.write(MAGIC);
		head.writeInt(VERSION);
		head.flush();
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		DeflaterOutputStream deflated = new DeflaterOutputStream(out, deflater, 1 << 16);
		CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(deflated, 1 << 16), new CRC32());
		DataOutputStream body = new DataOutputStream(checked);
		writeBody(tagger, body);
		body.writeLong(checked.getChecksum().getValue());
		body.flush();
		deflated.finish();
		deflater.end();
		out.flush();
	}

	private static void writeBody(SequenceTagger tagger, DataOutputStream body) throws IOException {
		body.writeBoolean(tagger.firstStage() != null);
		if (tagger.firstStage() != null) {
			writeBody(tagger.firstStage(), body);
		}
		LabelSet labels = tagger.labels();
		body.writeBoolean(tagger.extractor().documentFeatures());
		body.writeBoolean(tagger.extractor().ruleFeatures());
		WordClusters clusters = tagger.extractor().clusters();
		body.writeBoolean(clusters != null);
		if (clusters != null) {
			int[] sizes = clusters.sizes();
			body.writeInt(sizes.length);
			for (int size : sizes) {
				body.writeInt(size);
			}
			body.writeInt(clusters.table().size());
			for (Map.Entry<String, int[]> e : new TreeMap<>(clusters.table()).entrySet()) {
				body.writeUTF(e.getKey());
				for (int c : e.getValue()) {
					body.writeInt(c);
				}
			}
		}
		body.writeBoolean(labels.bilou());
		body.writeInt(labels.types().size());
		for (String t : labels.types()) {
			body.writeUTF(t);
		}
		Alphabet features = tagger.features();
		float[] w = tagger.weights();
		int nl = labels.size();
		int kept = 0;
		for (int f = 0; f < features.size(); f++) {
			kept += significant(w, f * nl, nl) ? 1 : 0;
		}
		body.writeInt(kept);
		for (int f = 0; f < features.size(); f++) {
			if (significant(w, f * nl, nl)) {
				body.writeUTF(features.name(f));
				for (int y = 0; y < nl; y++) {
					body.writeFloat(w[f * nl + y]);
				}
			}
		}
		int rest = features.size() * nl;
		body.writeInt(w.length - rest);
		for (int i = rest; i < w.length; i++) {
			body.writeFloat(w[i]);
		}
	}

	private static boolean significant(float[] w, int offset, int n) {
		for (int i = 0; i < n; i++) {
			if (Math.abs(w[offset + i]) >= DROP_BELOW) {
				return true;
			}
		}
		return false;
	}

	static SequenceTagger read(InputStream in) throws IOException {
		DataInputStream head = new DataInputStream(in);
		byte[] magic = new byte[MAGIC.length];
		try {
			head.readFully(magic);
		} catch (EOFException e) {
			throw new IOException("not a tagger model: the file is shorter than its header", e);
		}
		if (!Arrays.equals(magic, MAGIC)) {
			throw new IOException("not a tagger model: wrong magic header");
		}
		int version;
		try {
			version = head.readInt();
		} catch (EOFException e) {
			throw new IOException("damaged tagger model: truncated header", e);
		}
		if (version < OLDEST || version > VERSION) {
			throw new IOException("unsupported tagger model version " + version + " (this code reads versions "
					+ OLDEST + " to " + VERSION + ")");
		}
		CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(new InflaterInputStream(in), 1 << 16),
				new CRC32());
		DataInputStream body = new DataInputStream(checked);
		try {
			SequenceTagger tagger = readBody(body, 0, version);
			long expected = checked.getChecksum().getValue();
			long stored = body.readLong();
			if (stored != expected) {
				throw new IOException("damaged tagger model: checksum mismatch");
			}
			return tagger;
		} catch (EOFException e) {
			throw new IOException("damaged tagger model: the file is truncated", e);
		} catch (ZipException | java.io.UTFDataFormatException e) {
			throw new IOException("damaged tagger model: " + e.getMessage(), e);
		}
	}

	private static SequenceTagger readBody(DataInputStream body, int depth, int version) throws IOException {
		SequenceTagger first = null;
		if (body.readBoolean()) {
			if (depth > 0) {
				throw new IOException("damaged tagger model: nested stages");
			}
			first = readBody(body, depth + 1, version);
		}
		boolean documentFeatures = body.readBoolean();
		boolean ruleFeatures = version >= 4 && body.readBoolean();
		WordClusters clusters = null;
		if (body.readBoolean()) {
			int[] sizes = new int[count(body.readInt(), 16, "cluster levels")];
			for (int g = 0; g < sizes.length; g++) {
				sizes[g] = count(body.readInt(), 1 << 20, "clusters");
			}
			int words = count(body.readInt(), 1 << 24, "clustered words");
			Map<String, int[]> table = new HashMap<>();
			for (int i = 0; i < words; i++) {
				String word = body.readUTF();
				int[] c = new int[sizes.length];
				for (int g = 0; g < sizes.length; g++) {
					c[g] = count(body.readInt(), sizes[g] - 1, "clusters");
				}
				table.put(word, c);
			}
			clusters = new WordClusters(table, sizes);
		}
		boolean bilou = body.readBoolean();
		int numTypes = count(body.readInt(), 1 << 16, "types");
		List<String> types = new ArrayList<>();
		for (int i = 0; i < numTypes; i++) {
			types.add(body.readUTF());
		}
		LabelSet labels = new LabelSet(types, bilou);
		int nl = labels.size();
		int numFeatures = count(body.readInt(), Integer.MAX_VALUE / nl - nl * nl, "features");
		Alphabet features = new Alphabet(numFeatures);
		// grown as features arrive, so that a damaged count cannot ask for a huge array up front
		float[] w = new float[Math.min(numFeatures, 1 << 16) * nl + nl * nl + 2 * nl];
		for (int f = 0; f < numFeatures; f++) {
			if (features.add(body.readUTF()) != f) {
				throw new IOException("damaged tagger model: duplicate feature");
			}
			if ((f + 1) * nl > w.length) {
				w = Arrays.copyOf(w, (int) Math.min((long) numFeatures * nl + nl * nl + 2 * nl, 2L * w.length));
			}
			for (int y = 0; y < nl; y++) {
				w[f * nl + y] = body.readFloat();
			}
		}
		w = Arrays.copyOf(w, numFeatures * nl + nl * nl + 2 * nl);
		int rest = body.readInt();
		if (rest != nl * nl + 2 * nl) {
			throw new IOException("damaged tagger model: wrong number of transition weights");
		}
		for (int i = numFeatures * nl; i < w.length; i++) {
			w[i] = body.readFloat();
		}
		return new SequenceTagger(new FeatureExtractor(documentFeatures, clusters, ruleFeatures), labels, features, w,
				first);
	}

	private static int count(int n, int max, String what) throws IOException {
		if (n < 0 || n > max) {
			throw new IOException("damaged tagger model: impossible number of " + what + " (" + n + ")");
		}
		return n;
	}
}
