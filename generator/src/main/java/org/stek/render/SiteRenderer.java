package org.stek.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import org.stek.content.KnowledgeBase;
import org.stek.files.PageSink;
import org.stek.markdown.RenderedBody;

/**
 * Renders every page of the site with the theme's FreeMarker templates. One configuration (and its
 * template cache) serves all pages; pages render in parallel and each goes to the sink.
 */
public final class SiteRenderer {
  static {
    // Template problems reach the author as a Problem; FreeMarker's own log (picked up by
    // whatever logging library a host puts on the classpath) would only repeat them, or worse,
    // print its template cache at debug level.
    if (System.getProperty("org.freemarker.loggerLibrary") == null) {
      System.setProperty("org.freemarker.loggerLibrary", "none");
    }
  }

  private final Configuration freemarker;
  private final Messages messages;
  private final KnowledgeBase kb;
  private final java.time.LocalDate today;

  /**
   * @param today the build's date, which decides which events are past
   */
  public SiteRenderer(Path themeDir, KnowledgeBase kb, java.time.LocalDate today)
      throws IOException {
    this.kb = kb;
    this.today = today;
    this.messages = new Messages(themeDir, kb.config().language());
    this.freemarker = configuration(themeDir.resolve("templates"), kb.config().language());
  }

  /** The theme's words in the site's language, for files made beside the pages. */
  public Messages messages() {
    return messages;
  }

  /**
   * One configuration per theme version and language, kept between builds: its template cache saves
   * parsing every template again on each rebuild of the preview. A changed template file changes
   * the key (its name, size and modification time are part of it).
   */
  private static final Map<String, Configuration> CONFIGURATIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Configuration configuration(Path templates, String language) throws IOException {
    StringBuilder key = new StringBuilder(templates.toUri() + "|" + language);
    if (java.nio.file.Files.isDirectory(templates)) {
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(templates)) {
        for (Path f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
          key.append('|')
              .append(templates.relativize(f))
              .append(':')
              .append(java.nio.file.Files.size(f))
              .append(':')
              .append(java.nio.file.Files.getLastModifiedTime(f).toMillis());
        }
      }
    }
    if (CONFIGURATIONS.size() > 8) CONFIGURATIONS.clear(); // old theme versions of a long preview
    return CONFIGURATIONS.computeIfAbsent(
        key.toString(), k -> newConfiguration(templates, language));
  }

  private static Configuration newConfiguration(Path templates, String language) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    cfg.setTemplateLoader(new PathTemplateLoader(templates));
    // Templates change only with the key above: no need to look at the files again.
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true); // .ftlh: HTML auto-escaping on
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
    cfg.setLocale(java.util.Locale.forLanguageTag(language));
    cfg.setNumberFormat("computer");
    return cfg;
  }

  /**
   * Renders the pages {@code needed} asks for: it gets each page's URL and what the page is made
   * from, a value whose {@code equals} holds between two builds only if the page's bytes are the
   * same (a build asks for every page, the preview for those whose model changed).
   *
   * @param bodies rendered bodies by content path of the card
   * @param related related practice slugs by slug
   * @return the URL of every page of the site, rendered or not
   */
  public List<String> render(
      Map<String, RenderedBody> bodies,
      Map<String, List<String>> related,
      PageSink sink,
      BiPredicate<String, Object> needed) {
    ViewBuilder views = new ViewBuilder(kb, bodies, related, messages);
    SitePages pages = new SitePages(kb, views, messages, bodies, today);
    List<SitePages.Entry> all = pages.all();
    PageModels.Globals globals = pages.globals();
    // What pages share within this build only; not part of what a page is made from.
    Map<String, Object> shared = new HashMap<>();
    putComponents(globals, shared);
    shared.put("once", new OnceDirective());
    this.lastPages = pages;
    this.lastShared = shared;
    // A failing page must not end the stream early: other threads would go on writing into a
    // staging folder that is being removed. Every page runs; the first failure is thrown after.
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    all.parallelStream()
        .forEach(
            p -> {
              if (failure.get() != null) return;
              try {
                if (needed.test(p.meta().url(), List.of(globals, p, pages.nav(p.section()))))
                  sink.write(p.meta().url(), render(p, shared, pages));
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
              }
            });
    if (failure.get() != null) throw failure.get();
    return all.stream().map(p -> p.meta().url()).toList();
  }

  /** The pages and globals of the last {@link #render}, for {@link #download}. */
  private volatile SitePages lastPages;

  private volatile Map<String, Object> lastShared;

  /**
   * Renders the download page ({@code download/index.html}), the one page not in the offline
   * archive, once the zip is written: after {@link #render}, with its globals.
   */
  public void download(ViewModel.Archive archive, PageSink sink) {
    if (lastPages == null) throw new IllegalStateException("the site is not rendered yet");
    SitePages.Entry page = lastPages.download(archive);
    sink.write(page.meta().url(), render(page, lastShared, lastPages));
  }

  private byte[] render(SitePages.Entry page, Map<String, Object> globals, SitePages pages) {
    Map<String, Object> model = new HashMap<>(globals);
    putComponents(page.model(), model);
    model.put("page", page.meta());
    model.put(
        "root",
        page.kind() == PageKind.NOT_FOUND && kb.config().hasBaseUrl()
            ? kb.config().baseUrl()
            : page.root());
    model.put("nav", pages.nav(page.section()));
    try {
      Template t = freemarker.getTemplate(page.kind().template() + ".ftlh");
      PageWriter out = new PageWriter(16 * 1024);
      t.process(model, out);
      return out.bytes();
    } catch (TemplateException e) {
      throw new ThemeException(
          page.kind().template() + ".ftlh: " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each component of a page's model record under its name; null ones are left out. */
  private static void putComponents(Record pageModel, Map<String, Object> model) {
    try {
      for (RecordComponent c : pageModel.getClass().getRecordComponents()) {
        Object value = c.getAccessor().invoke(pageModel);
        if (value != null) model.put(c.getName(), value);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A theme bug (a template error), reported with the template's name and position. */
  public static final class ThemeException extends RuntimeException {
    ThemeException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
