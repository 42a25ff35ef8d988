/** Reading and writing results as JSON (schema {@code claimspan/1}) and as ClaimReview markup. */
package org.claimspan.json;
