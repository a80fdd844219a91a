package io.podesk.shared;

/**
 * A person lost their access: their login is closed. Their sessions end (identity), their unused mail links stop
 * working (notification) and their open tasks go back to their groups (workflow).
 */
public record PersonDeactivated(String userId, Actor by) {}
