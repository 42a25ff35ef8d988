package org.claimspan.internal.speaker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimspan.internal.syntax.DependencyTree;
import org.claimspan.model.Entity;
import org.claimspan.model.SpeakerType;
import org.claimspan.model.TextSpan;
import org.claimspan.spi.EntityMention;

/**
 * The document's named people, organisations and places, with mentions of one referent grouped:
 * "Pompeo" joins "Mike Pompeo" by surname (also when the tagger took the surname alone for an
 * organisation); "the US" and "US" are one place. Not thread-safe; built
 * per document.
 */
public final class EntityIndex {

  /** One referent and its mentions. */
  static final class Cluster {
    final SpeakerType type;
    final List<EntityMention> mentions = new ArrayList<>();
    String name;
    String id;

    Cluster(SpeakerType type, String name) {
      this.type = type;
      this.name = name;
    }
  }

  private final DependencyTree tree;
  private final Map<String, Cluster> clusters = new LinkedHashMap<>();
  private final Map<EntityMention, Cluster> byMention = new LinkedHashMap<>();
  /** The mention covering each token, for {@link #mentionAt}; built on first use. */
  private EntityMention[] mentionByToken;

  public EntityIndex(DependencyTree tree) {
    this.tree = tree;
    for (EntityMention mention : tree.analysis().entities()) {
      SpeakerType type = typeOf(mention.type());
      if (type != null) {
        add(mention, type);
      }
    }
    int next = 1;
    for (Cluster cluster : clusters.values()) {
      cluster.id = "e" + next++;
    }
  }

  private void add(EntityMention mention, SpeakerType type) {
    String text = stripArticle(tree.text().substring(mention.begin(), mention.end()));
    // "Vale" after "Chief Executive Raymond Vale": the tagger often calls a surname alone an
    // organisation; after the person's full name it is the person
    boolean maybeSurname = type == SpeakerType.PERSON || type == SpeakerType.ORGANIZATION;
    Cluster cluster = maybeSurname && !text.contains(" ") ? personBySurname(text) : null;
    if (cluster == null) {
      String key = type + "|" + text.toLowerCase(Locale.ROOT);
      cluster = clusters.computeIfAbsent(key, k -> new Cluster(type, text));
    }
    cluster.mentions.add(mention);
    if (text.length() > cluster.name.length()) {
      cluster.name = text;
    }
    byMention.put(mention, cluster);
  }

  /**
   * The person most recently mentioned by a full name ending in {@code surname}: "Clinton" after
   * "Hillary Clinton" and "Bill Clinton" is the later of the two. Null when there is none.
   */
  private Cluster personBySurname(String surname) {
    Cluster found = null;
    int latest = -1;
    for (Cluster cluster : clusters.values()) {
      boolean matches = cluster.type == SpeakerType.PERSON
          && cluster.name.contains(" ")
          && lastWord(cluster.name).equalsIgnoreCase(surname);
      int lastMention = cluster.mentions.get(cluster.mentions.size() - 1).begin();
      if (matches && lastMention > latest) {
        found = cluster;
        latest = lastMention;
      }
    }
    return found;
  }

  /** The speaker type of a CoreNLP entity tag, or null for tags that are not speakers. */
  static SpeakerType typeOf(String nerTag) {
    return switch (nerTag) {
      case "PERSON" -> SpeakerType.PERSON;
      case "ORGANIZATION" -> SpeakerType.ORGANIZATION;
      case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> SpeakerType.LOCATION;
      default -> null;
    };
  }

  /** The mention containing the token, if any. */
  Optional<EntityMention> mentionAt(int tokenIndex) {
    // An array lookup: scanning every mention per token (pronoun resolution walks back token by
    // token) grew with the square of a long document's size.
    if (mentionByToken == null) {
      mentionByToken = new EntityMention[tree.size()];
      for (EntityMention mention : byMention.keySet()) {
        for (int i = Math.max(0, mention.firstToken()); i < Math.min(mention.endToken(), tree.size()); i++) {
          if (mentionByToken[i] == null) { // the first mention in order wins, as the scan did
            mentionByToken[i] = mention;
          }
        }
      }
    }
    return tokenIndex >= 0 && tokenIndex < mentionByToken.length
        ? Optional.ofNullable(mentionByToken[tokenIndex])
        : Optional.empty();
  }

  /** Mentions lying inside the span, in order. */
  List<EntityMention> mentionsIn(TextSpan span) {
    List<EntityMention> inside = new ArrayList<>();
    for (EntityMention mention : byMention.keySet()) {
      if (mention.begin() >= span.begin() && mention.end() <= span.end()) {
        inside.add(mention);
      }
    }
    return inside;
  }

  Cluster clusterOf(EntityMention mention) {
    return byMention.get(mention);
  }

  /** All entities, for the result, in order of first mention. */
  public List<Entity> entities() {
    List<Entity> entities = new ArrayList<>();
    for (Cluster cluster : clusters.values()) {
      List<TextSpan> spans = new ArrayList<>();
      for (EntityMention mention : cluster.mentions) {
        spans.add(TextSpan.of(tree.text(), mention.begin(), mention.end()));
      }
      entities.add(new Entity(cluster.id, cluster.name, cluster.type, spans));
    }
    return entities;
  }

  static String stripArticle(String text) {
    String trimmed = text.strip();
    if (trimmed.regionMatches(true, 0, "the ", 0, 4)) {
      return trimmed.substring(4).strip();
    }
    return trimmed;
  }

  private static String lastWord(String text) {
    String[] words = text.split("\\s+");
    return words[words.length - 1];
  }
}
