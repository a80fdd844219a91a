package io.podesk.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far the pull of one kind of master data got: the last record applied, by its write date and id. */
@Entity
@Table(name = "erp_sync_cursors")
class ErpSyncCursor {

  @Id private String source;

  @Column(name = "write_date", nullable = false)
  private String writeDate;

  @Column(name = "last_id", nullable = false)
  private int lastId;

  @Column(nullable = false)
  private long records;

  @Column(name = "synced_at", nullable = false)
  private Instant syncedAt;

  protected ErpSyncCursor() {}

  ErpSyncCursor(String source) {
    this.source = source;
    this.writeDate = "";
    this.lastId = 0;
    this.syncedAt = Instant.EPOCH;
  }

  String writeDate() {
    return writeDate;
  }

  int lastId() {
    return lastId;
  }

  long records() {
    return records;
  }

  /** Whether a record comes after this cursor: a later write date, or the same one and a higher id. */
  boolean isBefore(String recordWriteDate, int recordId) {
    int byDate = recordWriteDate.compareTo(writeDate);
    return byDate > 0 || byDate == 0 && recordId > lastId;
  }

  void advance(String recordWriteDate, int recordId, Instant now) {
    this.writeDate = recordWriteDate;
    this.lastId = recordId;
    this.records++;
    this.syncedAt = now;
  }
}
