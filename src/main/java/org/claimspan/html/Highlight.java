package org.claimspan.html;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * One marked span of the article, rendered as one or more elements (more when it crosses another
 * highlight). Immutable.
 *
 * @param group identifies the highlight; every element it is split into carries it as {@code
 *     data-hl}, so the pieces can be put back together
 * @param begin first offset, inclusive
 * @param end last offset, exclusive, {@code > begin}
 * @param role what it marks
 * @param anchor an element id for the first piece, so links can jump to it; empty for none
 * @param data further {@code data-*} name-value pairs, such as {@code data-attribution}, {@code a3}
 * @param title a tooltip; empty for none
 */
record Highlight(String group, int begin, int end, Role role, Optional<String> anchor, List<String> data, String title) {
  Highlight {
    checkNotNull(group, "group");
    checkNotNull(role, "role");
    checkNotNull(anchor, "anchor");
    checkNotNull(title, "title");
    checkArgument(0 <= begin && begin < end, "highlight %s has an empty or invalid span [%s, %s)", group, begin, end);
    data = ImmutableList.copyOf(data);
    checkArgument(data.size() % 2 == 0, "highlight %s has an odd list of data attributes", group);
  }
}
