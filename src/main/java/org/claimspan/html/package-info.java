/** A self-contained HTML page that shows a result over its text, each role highlighted. */
package org.claimspan.html;
