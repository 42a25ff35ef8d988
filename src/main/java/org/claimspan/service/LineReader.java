package org.claimspan.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines ({@code \n}, with an optional {@code \r} before it) without ever
 * holding more than {@code maxLineBytes} of one line: a longer line is skipped to its end and
 * reported as too long, so one huge record cannot exhaust memory. Not thread-safe.
 */
final class LineReader {
  /** One line: its bytes, or the mark of a line that was too long (its bytes are dropped). */
  record Line(byte[] bytes, boolean tooLong) {
    boolean isBlank() {
      if (tooLong) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private boolean ended;

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream; blocks until it is complete. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (ended || !fill()) {
          if (!any) {
            return null;
          }
          return finish(line, tooLong); // a last line without a newline
        }
      }
      any = true;
      int newline = indexOf((byte) '\n');
      int end = newline < 0 ? limit : newline;
      int length = end - position;
      if (!tooLong) {
        if (line.size() + (long) length > maxLineBytes) {
          tooLong = true;
          line.reset();
        } else {
          line.write(buffer, position, length);
        }
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        return finish(line, tooLong);
      }
    }
  }

  private static Line finish(ByteArrayOutputStream line, boolean tooLong) {
    if (tooLong) {
      return new Line(new byte[0], true);
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, length - 1);
    }
    return new Line(bytes, false);
  }

  private int indexOf(byte wanted) {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read < 0) {
      ended = true;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
