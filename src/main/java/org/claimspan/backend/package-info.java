/** The linguistic backends behind the profiles, and what they share. Not exported. */
package org.claimspan.backend;
