/** Text preparation: boilerplate lines, analysis regions and the prepared view of a document. */
package org.claimspan.internal.text;
