package io.podesk.documents;

/** Turns a client's file name into a harmless label: no directories, no control characters, bounded length. */
final class FileNames {

  private static final int MAX = 200;

  private FileNames() {}

  static String label(String clientFileName) {
    if (clientFileName == null) {
      return "document.pdf";
    }
    String name = clientFileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "document.pdf";
    }
    return name.length() <= MAX ? name : name.substring(name.length() - MAX);
  }
}
