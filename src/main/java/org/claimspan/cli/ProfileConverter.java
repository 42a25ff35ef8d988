package org.claimspan.cli;

import org.claimspan.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a profile name such as {@code accurate} from the command line. */
final class ProfileConverter implements ITypeConverter<Profile> {
  @Override
  public Profile convert(String value) {
    try {
      return Profile.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
