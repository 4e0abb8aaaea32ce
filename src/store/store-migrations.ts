/**
 * One step of the store's database schema. Steps are applied in order, once, and never edited after release: a
 * change is a new step. `{{schema}}` stands for the store's (quoted) schema name.
 */
export interface StoreMigration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Rejects changes to rows that are history: a decision revision, an audit entry, an idempotency key once written. */
const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON {{schema}}.${table} FOR EACH ROW EXECUTE FUNCTION {{schema}}.refuse_change()`,
];

/** The migrations shipped with this version of the package, oldest first. */
export const STORE_MIGRATIONS: readonly StoreMigration[] = [
  {
    version: 1,
    name: "ledgers, claims, decision revisions, idempotency keys, audit entries",
    statements: [
      // One row per policy: the policy's ledger as one JSON document, locked (FOR UPDATE) by every transaction that
      // records a claim of the policy. `version` counts the revisions recorded against it.
      `CREATE TABLE {{schema}}.ledgers (
        policy_id text PRIMARY KEY,
        ledger jsonb,
        version bigint NOT NULL DEFAULT 0 CHECK (version >= 0),
        updated_at timestamptz
      )`,
      `CREATE TABLE {{schema}}.claims (
        claim_id text PRIMARY KEY,
        policy_id text NOT NULL REFERENCES {{schema}}.ledgers (policy_id),
        latest_revision integer NOT NULL CHECK (latest_revision >= 1),
        audit_head_sequence integer NOT NULL CHECK (audit_head_sequence >= 0),
        audit_head_hash text NOT NULL
      )`,
      // Each decision revision once: (claim, revision) and (claim, content) are unique, and so is the ledger
      // version a revision produced, so two revisions can never both have started from the same ledger.
      `CREATE TABLE {{schema}}.claim_revisions (
        claim_id text NOT NULL REFERENCES {{schema}}.claims (claim_id),
        revision integer NOT NULL CHECK (revision >= 1),
        policy_id text NOT NULL REFERENCES {{schema}}.ledgers (policy_id),
        claim_hash text NOT NULL,
        as_of date NOT NULL,
        claim jsonb NOT NULL,
        decision jsonb NOT NULL,
        decision_id text NOT NULL,
        outcome text NOT NULL,
        payable numeric NOT NULL CHECK (payable >= 0),
        currency text NOT NULL,
        ledger_version bigint NOT NULL CHECK (ledger_version >= 1),
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (claim_id, revision),
        UNIQUE (claim_id, claim_hash),
        UNIQUE (policy_id, ledger_version)
      )`,
      `CREATE TABLE {{schema}}.idempotency_keys (
        idempotency_key text PRIMARY KEY,
        claim_id text NOT NULL,
        revision integer NOT NULL,
        claim_hash text NOT NULL,
        first_used_at timestamptz NOT NULL,
        FOREIGN KEY (claim_id, revision) REFERENCES {{schema}}.claim_revisions (claim_id, revision)
      )`,
      // The hash chain of each claim (src/audit): every field of the entry but the decision, which is the
      // revision's; the head is kept apart, in claims, so entries cut off the end are detected too.
      `CREATE TABLE {{schema}}.audit_entries (
        claim_id text NOT NULL REFERENCES {{schema}}.claims (claim_id),
        sequence integer NOT NULL CHECK (sequence >= 0),
        revision integer NOT NULL,
        format text NOT NULL,
        recorded_at text NOT NULL,
        decision_hash text NOT NULL,
        previous_hash text,
        entry_hash text NOT NULL,
        PRIMARY KEY (claim_id, sequence),
        FOREIGN KEY (claim_id, revision) REFERENCES {{schema}}.claim_revisions (claim_id, revision)
      )`,
      `CREATE FUNCTION {{schema}}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'claim store: % of %.% is refused: recorded history is append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
            USING ERRCODE = 'restrict_violation';
        END
      $$`,
      ...appendOnly("claim_revisions"),
      ...appendOnly("audit_entries"),
      ...appendOnly("idempotency_keys"),
    ],
  },
  {
    version: 2,
    name: "batches: adjudicator configurations, batches and their items",
    statements: [
      // Workers on other machines compile the policies and rule set from here, by the hash a job names.
      `CREATE TABLE {{schema}}.adjudicator_configs (
        config_hash text PRIMARY KEY,
        config jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE {{schema}}.batches (
        batch_id text PRIMARY KEY,
        config_hash text NOT NULL REFERENCES {{schema}}.adjudicator_configs (config_hash),
        source text NOT NULL,
        item_count integer NOT NULL CHECK (item_count >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE {{schema}}.batch_items (
        batch_id text NOT NULL REFERENCES {{schema}}.batches (batch_id),
        item integer NOT NULL CHECK (item >= 0),
        label text NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'recorded', 'replayed', 'rejected', 'failed')),
        claim_id text,
        revision integer,
        outcome text,
        payable numeric,
        problem jsonb,
        finished_at timestamptz,
        PRIMARY KEY (batch_id, item)
      )`,
      `CREATE INDEX batch_items_open ON {{schema}}.batch_items (batch_id) WHERE status = 'queued'`,
    ],
  },
];
