/** Direct quotations: quote marks, their pairing into quotes, and where quotes open and close. */
package org.claimspan.internal.quote;
