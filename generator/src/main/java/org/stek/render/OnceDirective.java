package org.stek.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code <@once key="...">...</@once>}: the nested output is rendered the first time a key is seen
 * in a build and written as it was every later time. A practice's teaser appears on many pages (its
 * listings, and the pages it is related to); it is rendered once for each heading level and root it
 * appears with. The key must name everything the output depends on. The kept fragments have a byte
 * budget, so a very large site keeps the first ones and renders the rest every time.
 */
final class OnceDirective implements TemplateDirectiveModel {
  private static final long BUDGET = 48L << 20;

  private final Map<String, byte[]> renderedByKey = new ConcurrentHashMap<>();
  private final AtomicLong keptBytes = new AtomicLong();

  @Override
  @SuppressWarnings("rawtypes")
  public void execute(
      Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws TemplateException, IOException {
    if (!(params.get("key") instanceof TemplateScalarModel key) || params.size() != 1)
      throw new TemplateModelException("<@once> takes one parameter, key, a string");
    String k = key.getAsString();
    Writer out = env.getOut();
    byte[] hit = renderedByKey.get(k);
    if (hit == null) {
      PageWriter w = new PageWriter(1024);
      body.render(w);
      hit = w.bytes();
      if (keptBytes.get() < BUDGET && renderedByKey.putIfAbsent(k, hit) == null)
        keptBytes.addAndGet(hit.length);
    }
    if (out instanceof PageWriter page) page.writeBytes(hit);
    else out.write(new String(hit, StandardCharsets.UTF_8));
  }
}
