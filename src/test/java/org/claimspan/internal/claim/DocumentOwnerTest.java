package org.claimspan.internal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The organisation behind a study, report or poll, read from its description. */
class DocumentOwnerTest {

  @Test
  void aDocumentIsOwnedByTheOrganisationItsDescriptionNames() {
    assertThat(DocumentOwner.namedIn("A new study published in The Lancet")).contains("The Lancet");
    assertThat(DocumentOwner.namedIn("the Pew Research Center\u2019s survey")).contains("Pew Research Center");
    assertThat(DocumentOwner.namedIn("The poll, conducted by Quinnipiac University,")).contains("Quinnipiac University");
    assertThat(DocumentOwner.namedIn("a Gallup Poll")).contains("Gallup");
    assertThat(DocumentOwner.namedIn("a report from the Bureau of Labor Statistics")).contains("Bureau of Labor Statistics");
    assertThat(DocumentOwner.namedIn("Tuesday's report by the Congressional Budget Office"))
        .contains("Congressional Budget Office");
  }

  @Test
  void aDescriptionThatNamesNobodyGivesNoOwner() {
    assertThat(DocumentOwner.namedIn("A new study")).isEmpty();
    assertThat(DocumentOwner.namedIn("The report")).isEmpty();
    assertThat(DocumentOwner.namedIn("a British study of 4,000 adults")).isEmpty();
    assertThat(DocumentOwner.namedIn("a September poll")).isEmpty();
    assertThat(DocumentOwner.namedIn("")).isEmpty();
  }

  @Test
  void documentsAreToldByTheirNouns() {
    assertThat(DocumentOwner.isDocument("A new study published in The Lancet")).isTrue();
    assertThat(DocumentOwner.isDocument("the agency's report,")).isTrue();
    assertThat(DocumentOwner.isDocument("the mayor")).isFalse();
  }
}
