package org.stek.config;

import static org.stek.config.SiteConfigLoaderTest.BASE;
import static org.stek.config.SiteConfigLoaderTest.mistake;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rest of {@link SiteConfigLoaderTest}'s table: the optional blocks of site.yaml (contribute,
 * organisations, sections, rating provenance, search), each on line 3 after {@link
 * SiteConfigLoaderTest#BASE}.
 */
final class SiteConfigMistakes {
  private SiteConfigMistakes() {}

  static Stream<Arguments> mistakes() {
    return Stream.of(
        // contribute
        mistake(
            "unknown field of contribute",
            BASE + "contribute: {mail: redactie@example.org}",
            ":3:14: error: unknown field 'mail' in contribute (did you mean 'email'?)"),
        mistake(
            "e-mail address without @",
            BASE + "contribute: {email: redactie.example.org}",
            ":3:21: error: 'redactie.example.org' is not an e-mail address"),
        mistake(
            "repository without scheme",
            BASE + "contribute: {repository: github.com/org/kb}",
            ":3:26: error: the repository must be a web address"
                + " (e.g. https://github.com/org/kennisbank)"),
        mistake(
            "repository url without scheme",
            BASE + "contribute: {repository: {url: github.com/org/kb, host: github}}",
            ":3:32: error: the repository must be a web address"
                + " (e.g. https://github.com/org/kennisbank)"),
        mistake(
            "unknown field of the repository",
            BASE + "contribute: {repository: {url: \"https://github.com/o/kb\", brnach: main}}",
            ":3:59: error: unknown field 'brnach' in contribute.repository"
                + " (did you mean 'branch'?)"),
        mistake(
            "unknown host",
            BASE + "contribute: {repository: {url: \"https://git.example.org/o/kb\", host: bb}}",
            ":3:70: error: unknown host 'bb' (use github, gitlab, forgejo, gitea)"),
        mistake(
            "a host the URL does not tell",
            BASE + "contribute: {repository: {url: \"https://git.example.org/o/kb\"}}",
            ":3:32: warning: the form cannot tell which code host https://git.example.org/o/kb"
                + " is, so it has no Propose button (add host: github, gitlab, forgejo or gitea)"),
        // organisations
        mistake(
            "organisations offer an unknown taxonomy",
            BASE + "organisations: {offers: theme}",
            ":3:25: error: no taxonomy 'theme' for what organisations offers"
                + " (did you mean 'themes'?)"),
        mistake(
            "organisations seek an unknown taxonomy",
            BASE + "organisations: {offers: themes, seeks: onderwerpen}",
            ":3:40: error: no taxonomy 'onderwerpen' for what organisations seeks"
                + " (expected one of: themes)"),
        mistake(
            "unknown field of organisations",
            BASE + "organisations: {biedt: themes}",
            ":3:17: error: unknown field 'biedt' in organisations (expected one of: offers, seeks)"),
        // sections
        mistake(
            "sections of an unknown card type",
            BASE + "sections: {practise: [{key: wat, heading: \"Wat?\"}]}",
            ":3:12: error: no card type 'practise' has sections (did you mean 'practice'?)"),
        mistake(
            "sections a mapping",
            BASE + "sections: {practice: {key: wat}}",
            ":3:22: error: the sections of 'practice' must be a list"
                + " (- key: wat\n    heading: {nl: \"Wat?\", en: \"What?\"})"),
        mistake(
            "a section not a mapping",
            BASE + "sections: {practice: [wat]}",
            ":3:23: error: a section must be a mapping with key, heading, help and required"),
        mistake(
            "a section without heading",
            BASE + "sections: {practice: [{key: wat}]}",
            ":3:23: error: missing required field 'heading' in a section of 'practice'"
                + " (add a line 'heading: ...')"),
        mistake(
            "a section without key",
            BASE + "sections: {practice: [{heading: \"Wat?\"}]}",
            ":3:23: error: missing required field 'key' in a section of 'practice'"
                + " (add a line 'key: ...')"),
        mistake(
            "a section key with capitals",
            BASE + "sections: {practice: [{key: Wat, heading: \"Wat?\"}]}",
            ":3:29: error: key 'Wat' may only use a-z, 0-9, '-' and '_' (keys appear in URLs)"),
        mistake(
            "a section twice",
            BASE
                + "sections: {practice: [{key: wat, heading: \"Wat?\"}, {key: wat, heading: Wie}]}",
            ":3:58: error: section 'wat' is declared twice for 'practice'"),
        mistake(
            "two sections with one heading",
            BASE
                + "sections: {page: [{key: wat, heading: \"Wat?\"}, {key: wie, heading: {en: wat}}]}",
            ":3:68: error: the heading 'wat' is also the heading of section 'wat'"
                + " (a card's headings must tell the sections apart)"),
        mistake(
            "unknown field of a section",
            BASE + "sections: {practice: [{key: wat, heading: \"Wat?\", verplicht: true}]}",
            ":3:51: error: unknown field 'verplicht' in a section of 'practice'"
                + " (expected one of: key, heading, help, required)"),
        // rating_provenance
        mistake(
            "provenance required not true or false",
            BASE + "rating_provenance: {required: ja}",
            ":3:31: error: 'required' must be true or false, found text"),
        mistake(
            "raters not a list",
            BASE + "rating_provenance: {raters: redactie}",
            ":3:29: error: 'raters' must be a list, found text (write it as raters: [redactie])"),
        mistake(
            "unknown field of rating_provenance",
            BASE + "rating_provenance: {requird: true}",
            ":3:21: error: unknown field 'requird' in rating_provenance"
                + " (did you mean 'required'?)"),
        // search
        mistake(
            "unknown field of search",
            BASE + "search: {synonym: [[leraar, docent]]}",
            ":3:10: error: unknown field 'synonym' in search (did you mean 'synonyms'?)"),
        mistake(
            "a synonym group not a list",
            BASE + "search: {synonyms: [leraar]}",
            ":3:21: error: a synonym group must be a list, found text"
                + " (write it as [leerkracht, leraar, docent])"),
        mistake(
            "a synonym a list or blank",
            BASE + "search: {synonyms: [[leraar, [docent], \" \"]]}",
            ":3:30: error: a synonym must be a word or phrase, found a list",
            ":3:40: error: a synonym must be a word or phrase, found text"));
  }
}
