package org.burdenshare.store;

/**
 * Something in the user's environment keeps the store from working: an unwritable data directory, a
 * corrupted or foreign database file, a broken release file. The message says where and what was
 * expected; callers show it without a stack trace.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
