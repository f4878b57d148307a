/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * Precision, recall and F1 from counts of matched spans, shared by the model's evaluation and the engines'
 * scores so that every figure Assay prints is computed the same way.
 */
package org.assay.text.scoring;
