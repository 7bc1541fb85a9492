import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect';
import { refuseTrigger, runAll } from './postgres';

// The order a plan's doses are given under. An order covers a run of the plan's doses (one dose by default)
// and lists one line per drug. It is signed by a prescriber's own account, or entered as an external order by
// a nurse who records the prescriber, the order's reference and that she read it back. A pharmacist other
// than the one who entered or signed it verifies it; only then are its doses released.
// An order is never edited: its content is frozen from the start (triggers below), and a change is a new
// order that replaces it, with a reason. At most one current (awaiting or verified) order covers a dose.

const CURRENT = sql.raw(`('awaiting-verification', 'verified')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db);
  await sql`
    CREATE TABLE plan_order (
      id TEXT PRIMARY KEY NOT NULL,
      plan_id TEXT NOT NULL REFERENCES treatment_plan (id),
      first_dose INTEGER NOT NULL CHECK (first_dose > 0),
      last_dose INTEGER NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('prescriber', 'external')),
      prescriber_id TEXT REFERENCES user_account (id),
      prescriber_name TEXT NOT NULL CHECK (length(trim(prescriber_name)) BETWEEN 1 AND 120),
      external_reference TEXT CHECK (external_reference IS NULL OR length(trim(external_reference)) BETWEEN 1 AND 80),
      read_back_by TEXT REFERENCES user_account (id),
      entered_by TEXT NOT NULL REFERENCES user_account (id),
      entered_at TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('awaiting-verification', 'verified', 'rejected', 'replaced')),
      verified_by TEXT REFERENCES user_account (id),
      verified_at TEXT,
      closed_by TEXT REFERENCES user_account (id),
      closed_at TEXT,
      closed_reason TEXT CHECK (closed_reason IS NULL OR length(trim(closed_reason)) BETWEEN 3 AND 500),
      replaced_by TEXT REFERENCES plan_order (id) DEFERRABLE INITIALLY DEFERRED,
      CHECK (last_dose >= first_dose),
      -- A prescriber's own order is signed by her account; an external one names her and is read back.
      -- (IS, not =: a NULL must fail these checks, and NULL = x is NULL, which a CHECK lets through.)
      CHECK (source <> 'prescriber' OR (prescriber_id IS entered_by AND external_reference IS NULL AND read_back_by IS NULL)),
      CHECK (source <> 'external' OR (prescriber_id IS NULL AND external_reference IS NOT NULL AND read_back_by IS entered_by)),
      CHECK ((verified_by IS NULL) = (verified_at IS NULL)),
      CHECK (verified_by IS NULL OR (verified_by <> entered_by AND verified_by IS NOT prescriber_id)),
      CHECK ((status = 'verified') <= (verified_by IS NOT NULL)),
      CHECK ((status IN ('rejected', 'replaced')) = (closed_at IS NOT NULL AND closed_by IS NOT NULL AND closed_reason IS NOT NULL)),
      CHECK ((status = 'replaced') = (replaced_by IS NOT NULL))
    ) STRICT
  `.execute(db);
  await db.schema.createIndex('plan_order_plan').on('plan_order').columns(['plan_id', 'first_dose']).execute();

  await sql`
    CREATE TABLE plan_order_line (
      order_id TEXT NOT NULL REFERENCES plan_order (id),
      line_number INTEGER NOT NULL CHECK (line_number > 0),
      drug_id TEXT NOT NULL CHECK (length(drug_id) BETWEEN 1 AND 80),
      drug_name TEXT NOT NULL,
      dose_mg REAL CHECK (dose_mg IS NULL OR dose_mg > 0),
      dose_mg_per_kg REAL CHECK (dose_mg_per_kg IS NULL OR dose_mg_per_kg > 0),
      dose_text TEXT NOT NULL,
      route TEXT NOT NULL CHECK (route IN ('IV', 'SC')),
      diluent TEXT CHECK (diluent IS NULL OR length(trim(diluent)) BETWEEN 1 AND 120),
      volume_ml REAL CHECK (volume_ml IS NULL OR volume_ml > 0),
      infusion_minutes INTEGER CHECK (infusion_minutes IS NULL OR infusion_minutes > 0),
      rate_ml_per_hour REAL CHECK (rate_ml_per_hour IS NULL OR rate_ml_per_hour > 0),
      PRIMARY KEY (order_id, line_number),
      UNIQUE (order_id, drug_id)
    ) STRICT
  `.execute(db);

  await sql`CREATE TRIGGER plan_order_one_current BEFORE INSERT ON plan_order
    WHEN NEW.status IN ${CURRENT}
    BEGIN
      SELECT RAISE(ABORT, 'order-overlap') WHERE EXISTS (
        SELECT 1 FROM plan_order AS o
        WHERE o.plan_id = NEW.plan_id AND o.status IN ${CURRENT}
          AND o.first_dose <= NEW.last_dose AND NEW.first_dose <= o.last_dose
      );
    END`.execute(db);
  await sql`CREATE TRIGGER plan_order_frozen BEFORE UPDATE ON plan_order
    WHEN NEW.id IS NOT OLD.id OR NEW.plan_id IS NOT OLD.plan_id OR NEW.first_dose IS NOT OLD.first_dose
      OR NEW.last_dose IS NOT OLD.last_dose OR NEW.source IS NOT OLD.source OR NEW.prescriber_id IS NOT OLD.prescriber_id
      OR NEW.prescriber_name IS NOT OLD.prescriber_name OR NEW.external_reference IS NOT OLD.external_reference
      OR NEW.read_back_by IS NOT OLD.read_back_by OR NEW.entered_by IS NOT OLD.entered_by
      OR NEW.entered_at IS NOT OLD.entered_at
      OR (OLD.verified_by IS NOT NULL AND (NEW.verified_by IS NOT OLD.verified_by OR NEW.verified_at IS NOT OLD.verified_at))
    BEGIN SELECT RAISE(ABORT, 'orders are never edited: replace the order instead'); END`.execute(db);
  // Awaiting → verified, rejected or replaced; verified → replaced; rejected and replaced are final.
  await sql`CREATE TRIGGER plan_order_status_moves BEFORE UPDATE OF status ON plan_order
    WHEN NEW.status IS NOT OLD.status AND NOT (
      (OLD.status = 'awaiting-verification' AND NEW.status IN ('verified', 'rejected', 'replaced'))
      OR (OLD.status = 'verified' AND NEW.status = 'replaced'))
    BEGIN SELECT RAISE(ABORT, 'this order can no longer change status'); END`.execute(db);
  await sql`CREATE TRIGGER plan_order_closed_final BEFORE UPDATE ON plan_order
    WHEN OLD.status IN ('rejected', 'replaced')
    BEGIN SELECT RAISE(ABORT, 'this order can no longer change status'); END`.execute(db);
  await sql`CREATE TRIGGER plan_order_no_delete BEFORE DELETE ON plan_order
    BEGIN SELECT RAISE(ABORT, 'orders are kept: replace the order instead'); END`.execute(db);
  await sql`CREATE TRIGGER plan_order_line_no_update BEFORE UPDATE ON plan_order_line
    BEGIN SELECT RAISE(ABORT, 'orders are never edited: replace the order instead'); END`.execute(db);
  await sql`CREATE TRIGGER plan_order_line_no_delete BEFORE DELETE ON plan_order_line
    BEGIN SELECT RAISE(ABORT, 'orders are kept: replace the order instead'); END`.execute(db);
  // Lines are written with their order, before anyone can verify it.
  await sql`CREATE TRIGGER plan_order_line_while_awaiting BEFORE INSERT ON plan_order_line
    WHEN (SELECT status FROM plan_order WHERE id = NEW.order_id) IS NOT 'awaiting-verification'
    BEGIN SELECT RAISE(ABORT, 'orders are never edited: replace the order instead'); END`.execute(db);
}

// PostgreSQL: the same tables and rules; IS/IS NOT become IS NOT DISTINCT FROM/IS DISTINCT FROM, and the
// triggers that look at other rows are PL/pgSQL functions.
const PG_TABLES = [
  `CREATE TABLE plan_order (
    id text PRIMARY KEY,
    plan_id text NOT NULL REFERENCES treatment_plan (id),
    first_dose integer NOT NULL CHECK (first_dose > 0),
    last_dose integer NOT NULL,
    source text NOT NULL CHECK (source IN ('prescriber', 'external')),
    prescriber_id text REFERENCES user_account (id),
    prescriber_name text NOT NULL CHECK (length(trim(prescriber_name)) BETWEEN 1 AND 120),
    external_reference text CHECK (external_reference IS NULL OR length(trim(external_reference)) BETWEEN 1 AND 80),
    read_back_by text REFERENCES user_account (id),
    entered_by text NOT NULL REFERENCES user_account (id),
    entered_at text NOT NULL,
    status text NOT NULL CHECK (status IN ('awaiting-verification', 'verified', 'rejected', 'replaced')),
    verified_by text REFERENCES user_account (id),
    verified_at text,
    closed_by text REFERENCES user_account (id),
    closed_at text,
    closed_reason text CHECK (closed_reason IS NULL OR length(trim(closed_reason)) BETWEEN 3 AND 500),
    replaced_by text REFERENCES plan_order (id) DEFERRABLE INITIALLY DEFERRED,
    CHECK (last_dose >= first_dose),
    CHECK (source <> 'prescriber' OR (prescriber_id IS NOT DISTINCT FROM entered_by AND external_reference IS NULL AND read_back_by IS NULL)),
    CHECK (source <> 'external' OR (prescriber_id IS NULL AND external_reference IS NOT NULL AND read_back_by IS NOT DISTINCT FROM entered_by)),
    CHECK ((verified_by IS NULL) = (verified_at IS NULL)),
    CHECK (verified_by IS NULL OR (verified_by <> entered_by AND verified_by IS DISTINCT FROM prescriber_id)),
    CHECK ((status = 'verified') <= (verified_by IS NOT NULL)),
    CHECK ((status IN ('rejected', 'replaced')) = (closed_at IS NOT NULL AND closed_by IS NOT NULL AND closed_reason IS NOT NULL)),
    CHECK ((status = 'replaced') = (replaced_by IS NOT NULL))
  )`,
  'CREATE INDEX plan_order_plan ON plan_order (plan_id, first_dose)',
  `CREATE TABLE plan_order_line (
    order_id text NOT NULL REFERENCES plan_order (id),
    line_number integer NOT NULL CHECK (line_number > 0),
    drug_id text NOT NULL CHECK (length(drug_id) BETWEEN 1 AND 80),
    drug_name text NOT NULL,
    dose_mg double precision CHECK (dose_mg IS NULL OR dose_mg > 0),
    dose_mg_per_kg double precision CHECK (dose_mg_per_kg IS NULL OR dose_mg_per_kg > 0),
    dose_text text NOT NULL,
    route text NOT NULL CHECK (route IN ('IV', 'SC')),
    diluent text CHECK (diluent IS NULL OR length(trim(diluent)) BETWEEN 1 AND 120),
    volume_ml double precision CHECK (volume_ml IS NULL OR volume_ml > 0),
    infusion_minutes integer CHECK (infusion_minutes IS NULL OR infusion_minutes > 0),
    rate_ml_per_hour double precision CHECK (rate_ml_per_hour IS NULL OR rate_ml_per_hour > 0),
    PRIMARY KEY (order_id, line_number),
    UNIQUE (order_id, drug_id)
  )`,
];

const NEVER_EDITED = 'orders are never edited: replace the order instead';

const PG_TRIGGERS = [
  // Two workstations entering orders for the same plan at once: the plan row lock makes the second wait
  // and then see the first's order.
  `CREATE FUNCTION plan_order_one_current() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM 1 FROM treatment_plan WHERE id = NEW.plan_id FOR UPDATE;
      IF EXISTS (SELECT 1 FROM plan_order AS o WHERE o.plan_id = NEW.plan_id
          AND o.status IN ('awaiting-verification', 'verified')
          AND o.first_dose <= NEW.last_dose AND NEW.first_dose <= o.last_dose) THEN
        RAISE EXCEPTION 'order-overlap';
      END IF;
      RETURN NEW;
    END $$`,
  `CREATE TRIGGER plan_order_one_current BEFORE INSERT ON plan_order FOR EACH ROW
    WHEN (NEW.status IN ('awaiting-verification', 'verified')) EXECUTE FUNCTION plan_order_one_current()`,
  refuseTrigger(
    'plan_order_frozen',
    'BEFORE UPDATE',
    'plan_order',
    NEVER_EDITED,
    `NEW.id IS DISTINCT FROM OLD.id OR NEW.plan_id IS DISTINCT FROM OLD.plan_id
      OR NEW.first_dose IS DISTINCT FROM OLD.first_dose OR NEW.last_dose IS DISTINCT FROM OLD.last_dose
      OR NEW.source IS DISTINCT FROM OLD.source OR NEW.prescriber_id IS DISTINCT FROM OLD.prescriber_id
      OR NEW.prescriber_name IS DISTINCT FROM OLD.prescriber_name
      OR NEW.external_reference IS DISTINCT FROM OLD.external_reference
      OR NEW.read_back_by IS DISTINCT FROM OLD.read_back_by OR NEW.entered_by IS DISTINCT FROM OLD.entered_by
      OR NEW.entered_at IS DISTINCT FROM OLD.entered_at
      OR (OLD.verified_by IS NOT NULL AND (NEW.verified_by IS DISTINCT FROM OLD.verified_by
        OR NEW.verified_at IS DISTINCT FROM OLD.verified_at))`,
  ),
  refuseTrigger(
    'plan_order_status_moves',
    'BEFORE UPDATE OF status',
    'plan_order',
    'this order can no longer change status',
    `NEW.status IS DISTINCT FROM OLD.status AND NOT (
      (OLD.status = 'awaiting-verification' AND NEW.status IN ('verified', 'rejected', 'replaced'))
      OR (OLD.status = 'verified' AND NEW.status = 'replaced'))`,
  ),
  refuseTrigger(
    'plan_order_closed_final',
    'BEFORE UPDATE',
    'plan_order',
    'this order can no longer change status',
    `OLD.status IN ('rejected', 'replaced')`,
  ),
  refuseTrigger('plan_order_no_delete', 'BEFORE DELETE', 'plan_order', 'orders are kept: replace the order instead'),
  refuseTrigger('plan_order_line_no_update', 'BEFORE UPDATE', 'plan_order_line', NEVER_EDITED),
  refuseTrigger(
    'plan_order_line_no_delete',
    'BEFORE DELETE',
    'plan_order_line',
    'orders are kept: replace the order instead',
  ),
  `CREATE FUNCTION plan_order_line_while_awaiting() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT status FROM plan_order WHERE id = NEW.order_id) IS DISTINCT FROM 'awaiting-verification' THEN
        RAISE EXCEPTION '${NEVER_EDITED}';
      END IF;
      RETURN NEW;
    END $$`,
  `CREATE TRIGGER plan_order_line_while_awaiting BEFORE INSERT ON plan_order_line FOR EACH ROW
    EXECUTE FUNCTION plan_order_line_while_awaiting()`,
];

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await runAll(db, [...PG_TABLES, ...PG_TRIGGERS]);
}
