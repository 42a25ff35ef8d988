/** Where an attribution's content lies, for each shape of report (clause, object, quotation, ...). */
package org.claimspan.internal.attribution.content;
