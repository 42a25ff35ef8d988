/**
 * Attribution finding: from cues to candidate attributions (source, cue, content), filtered and
 * bounded. The subpackages hold each concern; this package holds the orchestration.
 */
package org.claimspan.internal.attribution;
