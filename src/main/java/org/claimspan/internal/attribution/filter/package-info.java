/** The trained filter that keeps or drops candidate attributions, and the features it reads. */
package org.claimspan.internal.attribution.filter;
