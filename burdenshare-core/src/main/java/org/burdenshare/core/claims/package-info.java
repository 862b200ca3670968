/**
 * The claim reader: a sentence of news text tokenized, read into claims by the cues of its language
 * (the language files are data), and each claim judged against the figures with its evidence.
 * Depends on {@code measures} and {@code dataset}, never on how the figures were stored.
 */
package org.burdenshare.core.claims;
