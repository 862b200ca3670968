/** CSV reading and the tidy release format, shared by the bundled files and imports. */
package org.burdenshare.store.formats;
