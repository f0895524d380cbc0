package com.weibao.quality;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintPolicyRepository extends JpaRepository<ComplaintPolicy, String> {
}
