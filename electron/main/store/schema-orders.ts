import type { Generated } from 'kysely';

// Row types of plan orders (0410) and the plan's status history (0420), snake_case like the columns. The
// domain types are in shared/ipc/contract/{orders,plans}.ts; the mapping is in repositories/orders.ts and
// repositories/plan-events.ts.

export interface PlanOrderRow {
  id: string;
  plan_id: string;
  first_dose: number;
  last_dose: number;
  source: 'prescriber' | 'external';
  prescriber_id: string | null;
  prescriber_name: string;
  external_reference: string | null;
  read_back_by: string | null;
  entered_by: string;
  entered_at: string;
  status: 'awaiting-verification' | 'verified' | 'rejected' | 'replaced';
  verified_by: string | null;
  verified_at: string | null;
  closed_by: string | null;
  closed_at: string | null;
  closed_reason: string | null;
  replaced_by: string | null;
}

export interface PlanOrderLineRow {
  order_id: string;
  line_number: number;
  drug_id: string;
  drug_name: string;
  dose_mg: number | null;
  dose_mg_per_kg: number | null;
  dose_text: string;
  route: 'IV' | 'SC';
  diluent: string | null;
  volume_ml: number | null;
  infusion_minutes: number | null;
  rate_ml_per_hour: number | null;
}

export interface PlanStatusEventRow {
  id: Generated<number>;
  plan_id: string;
  at_utc: string;
  user_id: string | null;
  workstation: string;
  action: 'hold' | 'resume' | 'discontinue';
  from_status: string;
  to_status: 'active' | 'on-hold' | 'discontinued';
  reason: string;
  /** 1000: the code and values of a reason the app wrote itself (shared/reasons); null for a typed one. */
  reason_code?: string | null;
  reason_params_json?: string | null;
  ordered_by: string | null;
  source: string;
  chart_entry_id: string | null;
  detail: string | null;
}

export interface OrderTables {
  plan_order: PlanOrderRow;
  plan_order_line: PlanOrderLineRow;
  plan_status_event: PlanStatusEventRow;
}
