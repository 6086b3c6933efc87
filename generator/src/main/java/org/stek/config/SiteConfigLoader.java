package org.stek.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.stek.report.Problems;
import org.stek.yaml.MappingReader;
import org.stek.yaml.YamlException;
import org.stek.yaml.YamlNode;
import org.stek.yaml.YamlReader;

/** Reads and checks {@code site.yaml}, reporting every problem at its position. */
public final class SiteConfigLoader {
  public static final String FILE_NAME = "site.yaml";
  static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  /** Keys name files ({@code themes/<key>.html}, its feed): well under any file system's limit. */
  static final int MAX_KEY = 64;

  private static final Set<String> LANGUAGES = Set.of("nl", "en");

  /** Folders of the site's own pages: a taxonomy of that key would write over them. */
  static final Set<String> RESERVED_KEYS =
      Set.of("organisations", "municipalities", "events", "matching", "profiles");

  private SiteConfigLoader() {}

  /** Returns the configuration, or null when it has errors (all of them reported). */
  public static SiteConfig load(Path contentDir, Problems problems) {
    Path file = contentDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      problems.error(
          file,
          0,
          0,
          "site.yaml is missing",
          "every content folder needs a site.yaml: see README, 'The site'");
      return null;
    }
    YamlNode root;
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (text.startsWith("\uFEFF")) text = text.substring(1);
      root = YamlReader.read(text, 0);
    } catch (YamlException e) {
      problems.error(file, e.line(), e.column(), e.getMessage(), e.hint());
      return null;
    } catch (IOException e) {
      problems.error(file, 0, 0, "cannot read site.yaml: " + e.getMessage(), "save it as UTF-8");
      return null;
    }
    if (!(root instanceof YamlNode.Mapping m)) {
      problems.error(
          file, 1, 1, "site.yaml must be a mapping of settings", "start with 'title: ...'");
      return null;
    }
    boolean errorsBefore = problems.hasErrors();
    SiteConfig config =
        new Parser(file, problems).site(new MappingReader(m, file, problems, "site.yaml"));
    return problems.hasErrors() && !errorsBefore ? null : config;
  }

  record Parser(Path file, Problems problems) {
    SiteConfig site(MappingReader r) {
      r.rejectUnknown(
          List.of(
              "title",
              "limits",
              "tagline",
              "description",
              "language",
              "base_url",
              "countries",
              "taxonomies",
              "ratings",
              "contribute",
              "organisations",
              "sections",
              "rating_provenance",
              "search",
              "time_zone"));
      String title = r.requiredText("title");
      String language = r.text("language");
      if (language == null) language = "nl";
      else if (!LANGUAGES.contains(language)) {
        YamlNode n = r.node("language");
        problems.error(
            file, n.line(), n.column(), "unsupported language '" + language + "'", "use nl or en");
        language = "nl";
      }
      String baseUrl = r.text("base_url");
      if (baseUrl == null) baseUrl = "";
      else if (!baseUrl.matches("https?://[^\\s]+")) {
        YamlNode n = r.node("base_url");
        problems.error(
            file,
            n.line(),
            n.column(),
            "base_url must be an absolute http(s) URL",
            "e.g. https://stek.example.org/");
      } else if (!baseUrl.endsWith("/")) baseUrl += "/";
      Map<String, Label> countries = new LinkedHashMap<>();
      YamlNode.Mapping cm = r.mappingField("countries");
      if (cm != null) {
        for (YamlNode.Field f : cm.fields().values())
          countries.put(f.key(), label(f.value(), f.key()));
      }
      List<Taxonomy> taxonomies = new ArrayList<>();
      YamlNode.Mapping tm = r.mappingField("taxonomies");
      if (tm == null) {
        r.missing("taxonomies");
      } else {
        for (YamlNode.Field f : tm.fields().values()) {
          Taxonomy t = taxonomy(f);
          if (t != null) taxonomies.add(t);
        }
      }
      List<RatingScale> ratings = new ArrayList<>();
      YamlNode.Mapping rm = r.mappingField("ratings");
      if (rm != null) {
        for (YamlNode.Field f : rm.fields().values()) {
          RatingScale s = rating(f);
          if (s != null) ratings.add(s);
        }
      }
      return new SiteConfig(
          title == null ? "" : title,
          textOr(r.text("tagline"), ""),
          textOr(r.text("description"), ""),
          language,
          baseUrl,
          countries,
          taxonomies,
          ratings,
          limits(r),
          submission(r),
          profiles(r, taxonomies),
          new SectionsParser(this).sections(r.mappingField("sections")),
          ratingRules(r),
          synonyms(r),
          timeZone(r, "time_zone"));
    }

    /** An IANA time zone id ({@code Europe/Brussels}), or null when not given or unknown. */
    java.time.ZoneId timeZone(MappingReader r, String key) {
      return TimeZones.of(r, key, file, problems);
    }

    /**
     * {@code search: {synonyms: [[a, b, ...], ...]}}: each group a list of words or phrases (the
     * search stage, which analyses them, reports a group that is too small).
     */
    Synonyms synonyms(MappingReader r) {
      YamlNode.Mapping m = r.mappingField("search");
      if (m == null) return Synonyms.NONE;
      MappingReader s = new MappingReader(m, file, problems, "search");
      s.rejectUnknown(List.of("synonyms"));
      List<Synonyms.Group> groups = new ArrayList<>();
      for (YamlNode g : s.list("synonyms")) {
        if (!(g instanceof YamlNode.Sequence seq)) {
          problems.error(
              file,
              g.line(),
              g.column(),
              "a synonym group must be a list, found " + g.kindName(),
              "write it as [leerkracht, leraar, docent]");
          continue;
        }
        List<Synonyms.Entry> entries = new ArrayList<>();
        for (YamlNode e : seq.items()) {
          if (e instanceof YamlNode.Scalar sc && !sc.isNull() && !sc.text().isBlank()) {
            entries.add(new Synonyms.Entry(sc.text().strip(), sc.line(), sc.column()));
          } else {
            problems.error(
                file,
                e.line(),
                e.column(),
                "a synonym must be a word or phrase, found " + e.kindName(),
                null);
          }
        }
        groups.add(new Synonyms.Group(entries, g.line(), g.column()));
      }
      return new Synonyms(groups);
    }

    /** Card size limits in KiB: above the first a warning, above the second an error. */
    Limits limits(MappingReader r) {
      YamlNode.Mapping m = r.mappingField("limits");
      if (m == null) return Limits.DEFAULT;
      MappingReader l = new MappingReader(m, file, problems, "limits");
      l.rejectUnknown(List.of("card_warning_kb", "card_error_kb", "attachment_warning_kb"));
      Integer warn = l.integer("card_warning_kb");
      Integer error = l.integer("card_error_kb");
      Integer attachment = l.integer("attachment_warning_kb");
      return new Limits(
          warn == null ? Limits.DEFAULT.cardWarningKb() : warn,
          error == null ? Limits.DEFAULT.cardErrorKb() : error,
          attachment == null ? Limits.DEFAULT.attachmentWarningKb() : attachment);
    }

    /** {@code rating_provenance: {required: true, raters: [...]}}, both optional. */
    RatingRules ratingRules(MappingReader r) {
      YamlNode.Mapping m = r.mappingField("rating_provenance");
      if (m == null) return RatingRules.NONE;
      MappingReader p = new MappingReader(m, file, problems, "rating_provenance");
      p.rejectUnknown(List.of("required", "raters"));
      Boolean required = p.bool("required");
      List<String> raters = p.textList("raters").stream().map(YamlNode.Scalar::text).toList();
      return new RatingRules(Boolean.TRUE.equals(required), raters);
    }

    /** {@code organisations: {offers: <taxonomy>, seeks: <taxonomy>}}, both optional. */
    Profiles profiles(MappingReader r, List<Taxonomy> taxonomies) {
      YamlNode.Mapping m = r.mappingField("organisations");
      if (m == null) return Profiles.NONE;
      MappingReader o = new MappingReader(m, file, problems, "organisations");
      o.rejectUnknown(List.of("offers", "seeks"));
      List<String> keys = taxonomies.stream().map(Taxonomy::key).toList();
      String[] named = new String[2];
      List<String> fields = List.of("offers", "seeks");
      for (int i = 0; i < 2; i++) {
        String key = o.text(fields.get(i));
        if (key != null && !keys.contains(key)) {
          YamlNode n = o.node(fields.get(i));
          problems.error(
              file,
              n.line(),
              n.column(),
              "no taxonomy '" + key + "' for what organisations " + fields.get(i),
              org.stek.report.Suggestions.didYouMean(key, keys));
          key = null;
        }
        named[i] = key;
      }
      return new Profiles(named[0], named[1]);
    }

    /**
     * {@code contribute: {email: ..., repository: https://...}}, both optional; the repository may
     * also be {@code {url, host, branch, folder}} (host: github, gitlab, forgejo or gitea, else
     * known from the URL; branch default main; folder, where site.yaml is, default content).
     */
    Submission submission(MappingReader r) {
      YamlNode.Mapping m = r.mappingField("contribute");
      if (m == null) return Submission.NONE;
      MappingReader c = new MappingReader(m, file, problems, "contribute");
      c.rejectUnknown(List.of("email", "repository"));
      String email = textOr(c.text("email"), "");
      if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        YamlNode n = c.node("email");
        problems.error(
            file, n.line(), n.column(), "'" + email + "' is not an e-mail address", null);
        email = "";
      }
      MappingReader repoFields =
          c.node("repository") instanceof YamlNode.Mapping rm
              ? new MappingReader(rm, file, problems, "contribute.repository")
              : null;
      if (repoFields != null) repoFields.rejectUnknown(List.of("url", "host", "branch", "folder"));
      String key = repoFields == null ? "repository" : "url";
      MappingReader urlReader = repoFields == null ? c : repoFields;
      String repo = textOr(urlReader.text(key), "");
      if (!repo.isEmpty() && !repo.matches("https?://[^\\s]+")) {
        YamlNode n = urlReader.node(key);
        problems.error(
            file,
            n.line(),
            n.column(),
            "the repository must be a web address",
            "e.g. https://github.com/org/kennisbank");
        return new Submission(email, "");
      }
      if (repo.isEmpty()) return new Submission(email, "");
      String kind = RepositoryHost.kindOf(repo);
      String branch = "main";
      String folder = "content";
      if (repoFields != null) {
        String asked = repoFields.text("host");
        if (asked != null && !RepositoryHost.KINDS.contains(asked)) {
          YamlNode n = repoFields.node("host");
          problems.error(
              file,
              n.line(),
              n.column(),
              "unknown host '" + asked + "'",
              "use " + String.join(", ", RepositoryHost.KINDS));
        } else if (asked != null) kind = asked;
        branch = textOr(repoFields.text("branch"), branch);
        folder = textOr(repoFields.text("folder"), folder).replaceAll("^/+|/+$", "");
        if (kind.isEmpty() && asked == null) {
          YamlNode n = repoFields.node("url");
          problems.warning(
              file,
              n.line(),
              n.column(),
              "the form cannot tell which code host " + repo + " is, so it has no Propose button",
              "add host: github, gitlab, forgejo or gitea");
        }
      }
      RepositoryHost host =
          kind.isEmpty()
              ? null
              : new RepositoryHost(
                  kind,
                  repo,
                  branch,
                  (folder.isEmpty() ? "" : folder + "/") + CardType.PRACTICE.folder());
      return new Submission(email, repo, host);
    }

    Taxonomy taxonomy(YamlNode.Field f) {
      checkKey(f.key(), f.line(), f.column());
      if (RESERVED_KEYS.contains(f.key())) {
        problems.error(
            file,
            f.line(),
            f.column(),
            "a taxonomy may not be called '" + f.key() + "': the site's own pages are there",
            "give it another key, e.g. '" + f.key() + "_list', and keep its field with 'field:'");
      }
      if (!(f.value() instanceof YamlNode.Mapping m)) {
        problems.error(
            file,
            f.value().line(),
            f.value().column(),
            "taxonomy '" + f.key() + "' must be a mapping",
            "give it label, singular and values");
        return null;
      }
      MappingReader r = new MappingReader(m, file, problems, "taxonomy '" + f.key() + "'");
      r.rejectUnknown(List.of("label", "singular", "field", "multiple", "values"));
      Label label =
          r.has("label") ? label(r.node("label"), f.key()) : new Label(Map.of("nl", f.key()));
      Label singular = r.has("singular") ? label(r.node("singular"), f.key()) : label;
      String field = textOr(r.text("field"), f.key());
      Boolean multiple = r.bool("multiple");
      List<TaxonomyValue> values = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (YamlNode v : r.list("values")) {
        if (!(v instanceof YamlNode.Mapping vm)) {
          problems.error(
              file,
              v.line(),
              v.column(),
              "a taxonomy value must be a mapping with key, label and description",
              null);
          continue;
        }
        MappingReader vr = new MappingReader(vm, file, problems, "a value of '" + f.key() + "'");
        vr.rejectUnknown(List.of("key", "label", "description"));
        String key = vr.requiredText("key");
        if (key == null) continue;
        checkKey(key, vm.get("key").line(), vm.get("key").column());
        if (!seen.add(key)) {
          problems.error(
              file,
              vm.get("key").line(),
              vm.get("key").column(),
              "value '" + key + "' is defined twice in '" + f.key() + "'",
              null);
        }
        Label vl = vr.has("label") ? label(vr.node("label"), key) : new Label(Map.of("nl", key));
        values.add(new TaxonomyValue(key, vl, textOr(vr.text("description"), "")));
      }
      if (values.isEmpty()) r.missing("values");
      return new Taxonomy(f.key(), label, singular, field, multiple == null || multiple, values);
    }

    RatingScale rating(YamlNode.Field f) {
      checkKey(f.key(), f.line(), f.column());
      if (!(f.value() instanceof YamlNode.Mapping m)) {
        problems.error(
            file,
            f.value().line(),
            f.value().column(),
            "rating '" + f.key() + "' must be a mapping",
            null);
        return null;
      }
      MappingReader r = new MappingReader(m, file, problems, "rating '" + f.key() + "'");
      r.rejectUnknown(List.of("label", "description", "levels"));
      Label label =
          r.has("label") ? label(r.node("label"), f.key()) : new Label(Map.of("nl", f.key()));
      List<RatingLevel> levels = new ArrayList<>();
      for (YamlNode v : r.list("levels")) {
        if (!(v instanceof YamlNode.Mapping vm)) {
          problems.error(
              file,
              v.line(),
              v.column(),
              "a rating level must be a mapping with level, label and description",
              null);
          continue;
        }
        MappingReader vr = new MappingReader(vm, file, problems, "a level of '" + f.key() + "'");
        vr.rejectUnknown(List.of("level", "label", "description"));
        Integer n = vr.integer("level");
        if (n == null || n != levels.size() + 1) {
          problems.error(
              file,
              vm.line(),
              vm.column(),
              "levels of '" + f.key() + "' must be numbered 1, 2, 3, ... in order",
              "expected level " + (levels.size() + 1));
          continue;
        }
        Label vl =
            vr.has("label") ? label(vr.node("label"), "" + n) : new Label(Map.of("nl", "" + n));
        levels.add(new RatingLevel(n, vl, textOr(vr.text("description"), "")));
      }
      if (levels.isEmpty()) r.missing("levels");
      return new RatingScale(f.key(), label, textOr(r.text("description"), ""), levels);
    }

    /** A label is either plain text or a mapping {nl: ..., en: ...}. */
    Label label(YamlNode n, String fallback) {
      if (n instanceof YamlNode.Scalar s && !s.isNull()) return new Label(Map.of("nl", s.text()));
      if (n instanceof YamlNode.Mapping m) {
        Map<String, String> by = new LinkedHashMap<>();
        for (YamlNode.Field f : m.fields().values()) {
          if (f.value() instanceof YamlNode.Scalar s && !s.isNull()) by.put(f.key(), s.text());
          else
            problems.error(
                file, f.line(), f.column(), "a label in '" + f.key() + "' must be text", null);
        }
        if (!by.isEmpty()) return new Label(by);
      }
      problems.error(
          file, n.line(), n.column(), "a label must be text or {nl: ..., en: ...}", null);
      return new Label(Map.of("nl", fallback));
    }

    void checkKey(String key, int line, int col) {
      if (!KEY.matcher(key).matches()) {
        problems.error(
            file,
            line,
            col,
            "key '" + key + "' may only use a-z, 0-9, '-' and '_'",
            "keys appear in URLs");
      } else if (key.length() > MAX_KEY) {
        problems.error(
            file,
            line,
            col,
            "key '" + key.substring(0, 20) + "…' is " + key.length() + " characters long",
            "keys name files and appear in URLs: keep them under " + MAX_KEY + " characters");
      }
    }

    static String textOr(String s, String fallback) {
      return s == null ? fallback : s;
    }
  }
}
