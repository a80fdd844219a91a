package io.podesk.approval;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupAuthorityLimits extends JpaRepository<GroupAuthorityLimit, String> {}
