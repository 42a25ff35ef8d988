/** Who a source is: named entities in the document and the resolution of pronouns, nominals and titles. */
package org.claimspan.internal.speaker;
