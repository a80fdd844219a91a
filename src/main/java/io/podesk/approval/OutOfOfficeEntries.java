package io.podesk.approval;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutOfOfficeEntries extends JpaRepository<OutOfOffice, String> {}
