package org.stek.config;

/**
 * Where authors send a new card ({@code contribute:} in site.yaml): an e-mail address, a repository
 * link, both or neither ("" when absent).
 */
public record Submission(String email, String repository) {
  public static final Submission NONE = new Submission("", "");

  public boolean isEmpty() {
    return email.isEmpty() && repository.isEmpty();
  }
}
