package org.claimspan.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.claimspan.ClaimExtractor;
import org.claimspan.Profile;
import org.claimspan.internal.claim.CheckworthinessScorer;

/**
 * The extractors the service loaded, one per configured profile, loaded once on a background
 * thread so that the server answers {@code /healthz} (and {@code /readyz}: not yet) while models
 * load. Thread-safe.
 */
final class Models {
  private final ServiceConfig config;
  private final CompletableFuture<Map<Profile, ClaimExtractor>> loading = new CompletableFuture<>();
  private volatile double claimReviewThreshold;

  Models(ServiceConfig config) {
    this.config = config;
  }

  /** Starts loading every configured profile on a thread of its own; returns at once. */
  CompletableFuture<Void> loadInBackground() {
    Thread loader = new Thread(this::load, "claimspan-model-loader");
    loader.setDaemon(true);
    loader.start();
    return loading.thenApply(ignored -> null);
  }

  private void load() {
    try {
      Map<Profile, ClaimExtractor> extractors = new LinkedHashMap<>();
      for (Profile profile : config.profiles()) {
        extractors.put(profile, ClaimExtractor.builder()
            .profile(profile)
            .maxDocumentLength(config.maxChars())
            .timeBudget(config.timeBudget())
            .build());
      }
      // The threshold ClaimReview output uses by default, the same as the command line's.
      claimReviewThreshold = CheckworthinessScorer.packagedThreshold();
      loading.complete(Map.copyOf(extractors));
    } catch (RuntimeException | Error e) {
      loading.completeExceptionally(e);
    }
  }

  /** Whether every profile has loaded. */
  boolean isReady() {
    return loading.isDone() && !loading.isCompletedExceptionally();
  }

  /** Why loading failed, if it did. */
  Optional<String> failure() {
    if (!loading.isCompletedExceptionally()) {
      return Optional.empty();
    }
    try {
      loading.join();
      return Optional.empty();
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return Optional.of(String.valueOf(cause.getMessage()));
    }
  }

  /** The configured profiles, the default first. */
  List<Profile> profiles() {
    return config.profiles();
  }

  /** The default check-worthiness threshold for ClaimReview output; valid once ready. */
  double claimReviewThreshold() {
    return claimReviewThreshold;
  }

  /**
   * The extractor for the profile a request names ({@code null}: the default profile).
   *
   * @throws ApiException 503 while loading (or after a failed load), 400 for a profile that is
   *     unknown or not loaded, naming the loaded ones
   */
  ClaimExtractor extractor(String profileId) throws ApiException {
    if (!isReady()) {
      String why = failure().map(f -> "the models failed to load: " + f).orElse("the models are still loading");
      throw new ApiException(503, why + "; see GET /readyz", Map.of("Retry-After", "5"));
    }
    Map<Profile, ClaimExtractor> extractors = loading.join();
    if (profileId == null) {
      return extractors.get(config.profiles().get(0));
    }
    Profile profile;
    try {
      profile = Profile.fromId(profileId);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("unknown profile '" + profileId + "'; this server loaded: " + loadedIds());
    }
    ClaimExtractor extractor = extractors.get(profile);
    if (extractor == null) {
      throw ApiException.badRequest("profile '" + profile.id() + "' is not loaded; this server loaded: " + loadedIds());
    }
    return extractor;
  }

  private String loadedIds() {
    return config.profiles().stream().map(Profile::id).collect(Collectors.joining(", "));
  }
}
