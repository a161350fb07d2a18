package dev.pyprep.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    @Query("select a from Account a where lower(a.email) = lower(?1)")
    Optional<Account> findByEmail(String email);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByCreatedAtDesc();

    @Query("""
            select a from Account a
            where (?1 is null or lower(a.email) like ?1 escape '!' or lower(a.displayName) like ?1 escape '!')
              and (?2 is null or a.role = ?2)
            order by a.createdAt desc, a.id desc""")
    Page<Account> search(String like, Role role, Pageable pageable);

    @Query("select count(a) from Account a where a.role = dev.pyprep.account.Role.ADMIN and a.disabledAt is null")
    long countActiveAdmins();
}
