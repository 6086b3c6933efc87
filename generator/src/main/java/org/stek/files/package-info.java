/**
 * What every stage that writes files shares, below the pipeline: {@link org.stek.files.PageSink}
 * (where a file goes: a root-relative URL and its bytes; the output stage's staging folder is one),
 * {@link org.stek.files.ScriptJson} (JSON that stays inert inside the site's classic scripts) and
 * {@link org.stek.files.FileTrees} (whole folders copied or removed).
 */
package org.stek.files;
