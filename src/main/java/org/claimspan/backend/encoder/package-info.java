/**
 * The accurate profile's contextual encoder: a fine-tuned transformer that tags wordpieces as
 * source, cue or content of an attribution, run through ONNX Runtime.
 *
 * <p>The pieces, in the order text flows through them: {@link
 * org.claimspan.backend.encoder.WordpieceTokenizer} cuts text into wordpieces with UTF-16 offsets;
 * {@link org.claimspan.backend.encoder.WindowPlan} lays overlapping windows over them so no text is
 * cut off; {@link org.claimspan.backend.encoder.AttributionTagger} runs the model window by window
 * and keeps each wordpiece's label probabilities from the window where it is most central; {@link
 * org.claimspan.backend.encoder.TokenRoleProbabilities} carries them over to the backend's tokens;
 * {@link org.claimspan.backend.encoder.BioDecoder} turns them into spans. Not an exported API.
 */
package org.claimspan.backend.encoder;
