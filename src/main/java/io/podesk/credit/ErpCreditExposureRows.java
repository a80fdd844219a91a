package io.podesk.credit;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErpCreditExposureRows extends JpaRepository<ErpCreditExposureRow, String> {}
