package io.podesk.erp;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErpSyncCursors extends JpaRepository<ErpSyncCursor, String> {}
