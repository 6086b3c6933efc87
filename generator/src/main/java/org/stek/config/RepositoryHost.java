package org.stek.config;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The knowledge base's repository on a code host, for the contribute form's "Propose" button: the
 * host's own page for a new file in a card type's folder, where the author signs in and opens the
 * pull (or merge) request. Nothing is sent from the site.
 *
 * <p>Prefilled name and text: Gitea documents {@code _new/<branch>/<folder>/?filename=&value=}
 * (docs.gitea.com, "Integrations": "Pre-Fill New File name and contents"), which Forgejo, its fork,
 * keeps. GitHub accepts the same {@code filename} and {@code value} on {@code
 * new/<branch>/<folder>}, which Gitea's change copied and tools such as docfx rely on, but does not
 * document it (github/docs#30967 was closed as too narrow). GitLab does not prefill a new file from
 * the URL (gitlab-org/gitlab#337038 is an open request), so for GitLab the button opens the
 * new-file page in the folder and the form gives the name and the text to paste.
 *
 * @param kind {@code github}, {@code gitlab}, {@code forgejo} or {@code gitea}
 * @param url the repository, e.g. https://github.com/org/kennisbank
 * @param branch the branch proposals go to
 * @param cards the folder of one card type in the repository, e.g. content/practices
 */
public record RepositoryHost(String kind, String url, String branch, String cards) {
  public static final java.util.List<String> KINDS =
      java.util.List.of("github", "gitlab", "forgejo", "gitea");

  public RepositoryHost {
    url = url.replaceAll("/+$", "").replaceAll("\\.git$", "");
  }

  /**
   * The same repository, for cards in {@code folder} (beside this one's): content/organisations.
   */
  public RepositoryHost in(String folder) {
    int slash = cards.lastIndexOf('/');
    return new RepositoryHost(kind, url, branch, cards.substring(0, slash + 1) + folder);
  }

  /** The host's name as people know it: GitHub, GitLab, Forgejo, Gitea. */
  public String name() {
    return switch (kind) {
      case "github" -> "GitHub";
      case "gitlab" -> "GitLab";
      case "gitea" -> "Gitea";
      default -> "Forgejo";
    };
  }

  /**
   * The new-file page; with {@code {name}} and {@code {text}} where the host prefills (the form
   * puts the URL-encoded file name and card there).
   */
  public String newFile() {
    String b = segments(branch);
    String p = segments(cards);
    return switch (kind) {
      case "github" -> url + "/new/" + b + "/" + p + "?filename={name}&value={text}";
      case "gitlab" -> url + "/-/new/" + b + "/" + p;
      default -> url + "/_new/" + b + "/" + p + "/?filename={name}&value={text}";
    };
  }

  /** The cards folder's page, for uploading a file too long for a link. */
  public String folder() {
    String b = segments(branch);
    String p = segments(cards);
    return switch (kind) {
      case "github" -> url + "/tree/" + b + "/" + p;
      case "gitlab" -> url + "/-/tree/" + b + "/" + p;
      default -> url + "/src/branch/" + b + "/" + p;
    };
  }

  /** Whether the host fills in the file's name and text from the link. */
  public boolean prefills() {
    return newFile().contains("{text}");
  }

  /** The kind a repository URL's host tells, or "" when it does not. */
  public static String kindOf(String url) {
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return "";
    }
    if (host == null) return "";
    host = host.toLowerCase(Locale.ROOT);
    if (host.equals("github.com")) return "github";
    if (host.equals("gitlab.com") || host.startsWith("gitlab.")) return "gitlab";
    if (host.equals("codeberg.org") || host.startsWith("forgejo.")) return "forgejo";
    if (host.equals("gitea.com") || host.startsWith("gitea.")) return "gitea";
    return "";
  }

  /** A path's segments, each URL-encoded, joined by '/'. */
  private static String segments(String path) {
    return Arrays.stream(path.split("/"))
        .filter(s -> !s.isEmpty())
        .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
  }
}
