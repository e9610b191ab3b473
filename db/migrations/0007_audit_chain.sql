-- Audit trail hash chain (issue 6): every entry carries the previous entry's hash and its own,
-- sha256 over the previous hash and its columns (audit_hash() is registered by db/open.ts, the same
-- code verification uses: db/audit-hash.ts). Entries are append-only: updates and deletes abort,
-- except the chain trigger's own one-time fill of a row that has no hash yet.
-- Existing entries get the role of their user and are chained in id order.
WITH RECURSIVE
  chain(id, prev_hash, hash) AS (
    SELECT a.id, NULL, audit_hash(NULL, a.id, a.at, a.user_id, coalesce(a.role, u.role), a.action, a.entity, a.entity_id, a.field, a.old_value, a.new_value, a.import_id, a.proposal_id)
      FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.id = (SELECT min(id) FROM audit_log)
    UNION ALL
    SELECT a.id, c.hash, audit_hash(c.hash, a.id, a.at, a.user_id, coalesce(a.role, u.role), a.action, a.entity, a.entity_id, a.field, a.old_value, a.new_value, a.import_id, a.proposal_id)
      FROM chain c JOIN audit_log a ON a.id = (SELECT min(id) FROM audit_log WHERE id > c.id) LEFT JOIN users u ON u.id = a.user_id
  )
UPDATE audit_log SET role = coalesce(audit_log.role, (SELECT role FROM users WHERE id = audit_log.user_id)), prev_hash = chain.prev_hash, hash = chain.hash
  FROM chain WHERE chain.id = audit_log.id;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain AFTER INSERT ON audit_log
BEGIN
  UPDATE audit_log SET
    role = coalesce(new.role, (SELECT role FROM users WHERE id = new.user_id)),
    prev_hash = (SELECT hash FROM audit_log WHERE id < new.id ORDER BY id DESC LIMIT 1),
    hash = audit_hash((SELECT hash FROM audit_log WHERE id < new.id ORDER BY id DESC LIMIT 1), new.id, new.at, new.user_id, coalesce(new.role, (SELECT role FROM users WHERE id = new.user_id)), new.action, new.entity, new.entity_id, new.field, new.old_value, new.new_value, new.import_id, new.proposal_id)
  WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN old.hash IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'Riwayat perubahan (audit) hanya dapat ditambah; entri yang sudah tercatat tidak boleh diubah.');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'Riwayat perubahan (audit) hanya dapat ditambah; entri yang sudah tercatat tidak boleh dihapus.');
END;
