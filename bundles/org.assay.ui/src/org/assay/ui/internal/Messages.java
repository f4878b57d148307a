/*
 * Copyright (c) 2026 the Assay authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.assay.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the workbench that a user reads. */
public final class Messages extends NLS {

	public static String annotate_job;
	public static String annotate_title;
	public static String annotate_message;
	public static String annotate_engine;
	public static String annotate_version;
	public static String annotate_does;
	public static String annotate_selected;
	public static String annotate_project;
	public static String annotate_offer;
	public static String annotate_chooseEngine;
	public static String annotate_needsModel;
	public static String annotate_starting;
	public static String annotate_failed;
	public static String annotate_run;
	public static String annotate_done;
	public static String annotate_offered;
	public static String annotate_canceled;
	public static String annotate_saveFirst;
	public static String engines_noProject;
	public static String train_job;
	public static String train_noGold;
	public static String train_done;
	public static String evaluation_project;
	public static String evaluation_predicted;
	public static String evaluation_reference;
	public static String evaluation_compare;
	public static String evaluation_layer;
	public static String evaluation_label;
	public static String evaluation_summary;
	public static String evaluation_withProposals;
	public static String evaluation_withProposalsTip;

	public static String windowTitle;
	public static String menuFile;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuHelp;

	public static String openProject_title;
	public static String openProject_message;
	public static String openProject_notAProject;
	public static String openProject_failed;
	public static String openProject_problems;
	public static String newProject_title;
	public static String newProject_description;
	public static String newProject_folder;
	public static String newProject_name;
	public static String newProject_texts;
	public static String newProject_schema;
	public static String newProject_standardSchema;
	public static String newProject_browse;
	public static String newProject_badFolder;
	public static String newProject_notEmpty;
	public static String newProject_noName;
	public static String newProject_noTexts;
	public static String newProject_reading;
	public static String newProject_creating;
	public static String sample_failed;

	public static String navigator_projectLabel;
	public static String navigator_documentLabel;
	public static String navigator_setLabel;
	public static String navigator_closeProject;

	public static String editor_set;
	public static String editor_noSets;
	public static String editor_documentLabel;
	public static String editor_rejectClaim;
	public static String editor_rejectClaimQuestion;
	public static String editor_markDone;
	public static String editor_markDoneOpen;
	public static String editor_engineSetBanner;
	public static String editor_emptySetBanner;
	public static String editor_status;
	public static String editor_hover;
	public static String editor_provenance;
	public static String editor_acceptAll;
	public static String editor_claimLinking;
	public static String editor_acceptAllQuestion;
	public static String navigator_markDone;
	public static String preferences_description;
	public static String preferences_annotator;
	public static String preferences_acceptMovesOn;
	public static String keys_title;
	public static String keys_label;
	public static String guidelines_noProject;
	public static String guidelines_none;
	public static String palette_guidelines;
	public static String keys_documentLabel;
	public static String keys_rebind;
	public static String keys_key;
	public static String keys_action;
	public static String keys_unbound;
	public static String annotations_filter;
	public static String annotations_label;
	public static String annotations_text;
	public static String annotations_status;
	public static String annotations_engine;
	public static String annotations_confidence;
	public static String annotations_decidedBy;

	public static String claims_filter;
	public static String claims_claim;
	public static String claims_claimant;
	public static String claims_cue;
	public static String claims_type;
	public static String claims_status;
	public static String palette_label;
	public static String palette_key;
	public static String palette_proposed;
	public static String palette_decided;
	public static String palette_proposedTip;
	public static String palette_decidedTip;
	public static String find_title;
	public static String find_message;
	public static String find_text;
	public static String find_regex;
	public static String find_matchCase;
	public static String find_label;
	public static String find_anyLabel;
	public static String find_scope;
	public static String find_thisDocument;
	public static String find_thisDocumentNamed;
	public static String find_project;
	public static String find_find;
	public static String find_document;
	public static String find_offset;
	public static String find_context;
	public static String find_set;
	public static String find_inLabel;
	public static String find_empty;
	public static String find_badRegex;
	public static String find_searching;
	public static String find_found;
	public static String find_truncated;

	public static String transfer_format;
	public static String transfer_project;
	public static String transfer_set;
	public static String transfer_browse;
	public static String transfer_noProject;
	public static String import_title;
	public static String import_description;
	public static String import_source;
	public static String import_layer;
	public static String import_replace;
	public static String import_chooseSource;
	public static String import_running;
	public static String import_done;
	public static String export_title;
	public static String export_description;
	public static String export_out;
	public static String export_layers;
	public static String export_acceptedOnly;
	public static String export_split;
	public static String export_seed;
	public static String export_scheme;
	public static String export_chooseOut;
	public static String export_running;
	public static String export_report;
	public static String transfer_failed;

	public static String properties_property;
	public static String properties_value;
	public static String properties_annotation;
	public static String properties_layer;
	public static String properties_label;
	public static String properties_status;
	public static String properties_text;
	public static String properties_extent;
	public static String properties_fragments;
	public static String properties_features;
	public static String properties_target;
	public static String properties_provenance;
	public static String properties_origin;
	public static String properties_unknown;
	public static String properties_engine;
	public static String properties_version;
	public static String properties_confidence;
	public static String properties_author;
	public static String properties_created;
	public static String properties_decidedBy;
	public static String properties_decided;
	public static String properties_corrected;
	public static String properties_decidedFrom;
	public static String properties_sourceAnnotation;
	public static String properties_notInteger;
	public static String properties_noEditor;
	public static String properties_noAnnotation;
	public static String properties_description;
	public static String colours_description;
	public static String colours_noProject;
	public static String colours_choose;
	public static String colours_schema;
	public static String colours_chosen;

	static {
		NLS.initializeMessages("org.assay.ui.internal.messages", Messages.class);
	}

	private Messages() {
	}
}
