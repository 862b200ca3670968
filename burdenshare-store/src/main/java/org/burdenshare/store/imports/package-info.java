/**
 * Reading a publisher's file into a release (NATO's and SIPRI's workbooks, the tidy CSV format),
 * and the validation every import passes before anything is written.
 */
package org.burdenshare.store.imports;
