package org.stek.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * The new site is written into a staging folder beside the output and swapped in by renames only
 * when it is complete; until {@link #commit()} the previous site is untouched. A file whose bytes
 * are those of the same file in the previous site is staged as a hard link to it, not written: a
 * rebuild then creates (and the swap deletes) only the files that changed, and creating files is
 * most of what writing a large site costs the file system. Staged files are therefore never changed
 * in place.
 */
public final class StagedOutput implements AutoCloseable, org.stek.files.SiteOutput {
  private final Path out;
  private final Path staging;
  private boolean committed;

  public StagedOutput(Path out) throws IOException {
    this.out = out.toAbsolutePath().normalize();
    Path parent = this.out.getParent();
    Files.createDirectories(parent);
    this.staging = Files.createTempDirectory(parent, "." + this.out.getFileName() + ".staging-");
    // A temp folder is private (rwx------); a published site must be readable by a web server.
    try {
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its default permissions apply
    }
    Files.writeString(
        staging.resolve(OutputGuard.MARKER),
        "This folder is written by Stek and replaced on every build.\n");
  }

  /** The folder the new site is staged in. */
  public Path staging() {
    return staging;
  }

  /** The output folder: the previous site until {@link #commit()}. */
  public Path out() {
    return out;
  }

  /** A file of the site written as a stream (a big one), straight to the staging folder. */
  @Override
  public OutputStream open(String url) {
    Path target = resolve(url);
    try {
      Files.createDirectories(target.getParent());
      Files.deleteIfExists(target);
      return new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a file of the site; {@code url} is root-relative. Safe to call from many threads. Linked
   * to the previous site's file when the bytes are its bytes.
   */
  @Override
  public void write(String url, byte[] bytes) {
    Path target = resolve(url);
    try {
      Files.createDirectories(target.getParent());
      Path previous = previousFile(url, bytes.length);
      if (previous == null
          || !Arrays.equals(Files.readAllBytes(previous), bytes)
          || !link(target, previous)) {
        Files.deleteIfExists(target); // never write through a link into the previous site
        Files.write(target, bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a file as it is into the site, linked as {@link #write} links. */
  public void copy(Path source, String url) {
    Path target = resolve(url);
    try {
      Files.createDirectories(target.getParent());
      Path previous = previousFile(url, Files.size(source));
      if (previous == null || Files.mismatch(previous, source) >= 0 || !link(target, previous)) {
        Files.deleteIfExists(target);
        Files.copy(source, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The previous site's file at {@code url}, if it is a plain file of that length. */
  private Path previousFile(String url, long length) {
    Path f = out.resolve(url).normalize();
    if (!f.startsWith(out)) return null;
    try {
      BasicFileAttributes a =
          Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() && a.size() == length ? f : null;
    } catch (IOException e) {
      return null; // not there: written anew
    }
  }

  private static boolean link(Path target, Path previous) {
    try {
      Files.createLink(target, previous);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false; // a file system without hard links: the file is written
    }
  }

  private Path resolve(String url) {
    Path target = staging.resolve(url).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      throw new IllegalArgumentException("refusing to write outside the output folder: " + url);
    }
    return target;
  }

  /** Puts the new site in place of the old one. */
  public void commit() throws IOException {
    Path old = null;
    if (Files.exists(out)) {
      old =
          out.resolveSibling(
              "." + out.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
      move(out, old);
    }
    try {
      move(staging, out);
    } catch (IOException e) {
      if (old != null) move(old, out); // put the previous site back
      throw e;
    }
    committed = true;
    if (old != null) delete(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Removes the staging folder if the build did not complete. */
  @Override
  public void close() throws IOException {
    if (!committed) delete(staging);
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
