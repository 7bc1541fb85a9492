import type { Appointment, ClinicDay, PlacementRequest, PlacementResult } from '../../shared/scheduling/model';

export type Placer = (day: ClinicDay, existing: readonly Appointment[], request: PlacementRequest) => PlacementResult;

export interface BookedDay {
  appointments: Appointment[];
  refused: {
    request: PlacementRequest;
    result: Extract<PlacementResult, { ok: false }>;
  }[];
}

/**
 * Books requests one after the other, each seeing only the earlier ones, as a clinic books patients in the
 * order they call — the placer never gets to rearrange what is already promised.
 */
export function bookInOrder(
  day: ClinicDay,
  requests: readonly PlacementRequest[],
  place: Placer,
  existing: readonly Appointment[] = [],
): BookedDay {
  const appointments = [...existing];
  const refused: BookedDay['refused'] = [];
  requests.forEach((request, i) => {
    const result = place(day, appointments, request);
    if (result.ok)
      appointments.push({
        id: `A${i + 1}`,
        patientId: request.patientId,
        ...result.slot,
      });
    else refused.push({ request, result });
  });
  return { appointments, refused };
}
