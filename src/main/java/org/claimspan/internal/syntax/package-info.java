/** Reading a sentence's dependency parse: heads, subtrees, passives and token ranges. */
package org.claimspan.internal.syntax;
