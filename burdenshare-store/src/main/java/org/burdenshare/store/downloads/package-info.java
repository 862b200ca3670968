/**
 * Fetching publishers' files and pages over HTTP(S) with limits (size, time, redirects), the
 * environment's proxy settings, and one clear message for every way a download fails; keeping a
 * downloaded file beside the database; finding the workbook links on a publisher's page.
 */
package org.burdenshare.store.downloads;
