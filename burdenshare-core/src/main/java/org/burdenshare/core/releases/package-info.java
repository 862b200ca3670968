/**
 * Releases and their provenance: who published what when, what each table measured, partial
 * releases, NATO's catalogue of editions, and how a question chooses its release (newest, as of a
 * date, by id).
 */
package org.burdenshare.core.releases;
