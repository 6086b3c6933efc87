package org.stek.config;

/**
 * Where authors send a new card ({@code contribute:} in site.yaml): an e-mail address, a repository
 * link, both or neither ("" when absent).
 *
 * @param host the repository's code host, for the form's "Propose" button; null when the host is
 *     not known
 */
public record Submission(String email, String repository, RepositoryHost host) {
  public static final Submission NONE = new Submission("", "", null);

  public Submission(String email, String repository) {
    this(email, repository, null);
  }

  public boolean isEmpty() {
    return email.isEmpty() && repository.isEmpty();
  }
}
