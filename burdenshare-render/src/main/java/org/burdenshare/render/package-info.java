/** Answers presented as text tables, CSV or JSON, used by the CLI and the server alike. */
package org.burdenshare.render;
