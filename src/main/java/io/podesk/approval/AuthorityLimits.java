package io.podesk.approval;

import org.springframework.data.jpa.repository.JpaRepository;

/** Authority limits of the seller's staff; someone without one has no authority to approve. */
public interface AuthorityLimits extends JpaRepository<AuthorityLimit, String> {}
