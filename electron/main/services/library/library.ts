import type { CarTProduct, Drug, PlannedDose, Regimen } from '../../../../shared/clinical';
import {
  allowedGrades,
  CarTCalendarError,
  carTCalendar,
  DoseCalculationError,
  expandRegimenWithEnd,
  formatDose,
  indexById,
  regimenDrugIds,
  RegimenExpansionError,
} from '../../../../shared/clinical';
import type {
  CarTDetail,
  CtcaeTermDetail,
  DrugDetail,
  LibraryInfo,
  PreviewVisit,
  RegimenDetail,
} from '../../../../shared/ipc/contract/library';
import { CENTER_REGIMEN_PREFIX } from '../../../../shared/ipc/contract/library-overrides';
import type { IpcParsedInput } from '../../../../shared/ipc/contract';
import { notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import { clinicToday } from '../center/clinic-clock';
import { effectiveLibrary, recordTitle, type EffectiveLibrary } from './effective-library';
import { searchLibrary } from './library-search';

// The library screen's read side: every answer comes from the effective library (shipped data plus the
// center's values), and each record comes with the overrides that changed it.

const overridesOf = (library: EffectiveLibrary, kind: 'drug' | 'regimen' | 'car-t', id: string) =>
  library.overrides.filter((o) => o.recordKind === kind && o.recordId === id);

function previewVisits(regimen: Regimen, drugs: Record<string, Drug>, visits: PlannedDose[]): PreviewVisit[] {
  const phases = new Map(regimen.phases.map((p) => [p.id, p.label]));
  return visits.map((visit) => ({
    doseNumber: visit.doseNumber,
    phaseId: visit.phaseId,
    phaseLabel: phases.get(visit.phaseId) ?? visit.phaseId,
    phaseDoseNumber: visit.phaseDoseNumber,
    date: visit.date,
    items: visit.items.map((item) => ({
      drugId: item.drugId,
      drugName: drugs[item.drugId] ? recordTitle(drugs[item.drugId]!) : item.drugId,
      route: item.route,
      doseMg: item.doseMg,
      doseText: formatDose(item.doseMg, 'mg'),
      basis: item.basis,
      infusionMinutes: item.infusionMinutes,
      ...(item.infusionCondition ? { infusionCondition: item.infusionCondition } : {}),
      isFirstDoseOfDrug: item.isFirstDoseOfDrug,
    })),
    infusionMinutesTotal: visit.infusionMinutesTotal,
    premedication: visit.premedication,
    unverified: visit.unverified,
  }));
}

function regimenPreview(
  regimen: Regimen,
  drugs: Record<string, Drug>,
  options: { startDate: string; weightKg?: number; visits: number },
): RegimenDetail['preview'] {
  const base = { startDate: options.startDate, weightKg: options.weightKg ?? null };
  try {
    const { doses, end } = expandRegimenWithEnd(regimen, drugs, {
      startDate: options.startDate,
      maxDoses: options.visits,
      ...(options.weightKg !== undefined ? { weightKg: options.weightKg } : {}),
    });
    // A preview cut at its number of visits says nothing about the regimen; every other end does.
    return {
      ...base,
      visits: previewVisits(regimen, drugs, doses),
      problem: null,
      end: end.reason === 'plan-limit' ? null : end,
    };
  } catch (error) {
    if (error instanceof DoseCalculationError || error instanceof RegimenExpansionError) {
      return { ...base, visits: [], problem: error.message, end: null };
    }
    throw error;
  }
}

function calendarPreview(product: CarTProduct, input: IpcParsedInput<'library:get-car-t'>, today: string) {
  const indicationId = input.indicationId ?? product.indications[0]?.id ?? '';
  try {
    const calendar = carTCalendar(product, indicationId, input.day0 ?? today, {
      ...(input.ldRegimenId ? { ldRegimenId: input.ldRegimenId } : {}),
      ...(input.daysAfterLdCompletion !== undefined ? { daysAfterLdCompletion: input.daysAfterLdCompletion } : {}),
    });
    const { productId: _product, basis: _basis, ...rest } = calendar;
    return { calendar: rest, calendarProblem: null };
  } catch (error) {
    if (error instanceof CarTCalendarError) return { calendar: null, calendarProblem: error.message };
    throw error;
  }
}

const CTCAE_STATUS = { V: 'verified', P: 'partly-verified', U: 'unverified' } as const;

export function createLibraryService(deps: CoreDeps) {
  const load = () => effectiveLibrary(deps);

  async function info(): Promise<LibraryInfo> {
    const library = await load();
    const { manifest } = library;
    return {
      libraryVersion: manifest.libraryVersion,
      date: manifest.date,
      title: manifest.title,
      reviewStatus: manifest.reviewStatus,
      compiledFrom: manifest.compiledFrom,
      ctcaeVersion: manifest.ctcaeVersion,
      counts: {
        drugs: library.drugs.length,
        regimens: library.regimens.filter((r) => !r.id.startsWith(CENTER_REGIMEN_PREFIX)).length,
        centerRegimens: library.centerRegimens.length,
        carTProducts: library.carTProducts.length,
        ctcaeTerms: library.ctcaeTerms.length,
        ctcaeGradeTexts: library.ctcaeGrades.length,
        overrides: library.overrides.length,
        overridesToReview: library.overrides.filter((o) => o.status !== 'applied').length,
      },
    };
  }

  async function search(input: IpcParsedInput<'library:search'>) {
    return { query: input.query, results: searchLibrary(await load(), input.query, input.limit) };
  }

  async function getDrug(id: string): Promise<DrugDetail> {
    const library = await load();
    const drug = library.drugs.find((d) => d.id === id);
    if (!drug) throw notFound('drug-not-found', 'Drug');
    const regimens = library.regimens
      .filter((r) => regimenDrugIds(r).includes(id))
      .map((r) => ({ id: r.id, name: r.name }));
    return { drug, overrides: overridesOf(library, 'drug', id), regimens };
  }

  async function getRegimen(input: IpcParsedInput<'library:get-regimen'>): Promise<RegimenDetail> {
    const library = await load();
    const regimen = library.regimens.find((r) => r.id === input.id);
    if (!regimen) throw notFound('regimen-not-found', 'Regimen');
    const drugs = indexById(library.drugs);
    const used = regimenDrugIds(regimen).flatMap((drugId) => drugs[drugId] ?? []);
    return {
      regimen,
      origin: regimen.id.startsWith(CENTER_REGIMEN_PREFIX) ? 'center' : 'shipped',
      drugs: used.map((d) => ({
        id: d.id,
        genericName: d.genericName,
        brandName: d.brandName,
        route: d.route,
        infusionMinutes: d.infusionMinutes,
        ...(d.lookAlikeWarning ? { lookAlikeWarning: d.lookAlikeWarning } : {}),
        verification: d.verification,
      })),
      overrides: overridesOf(library, 'regimen', regimen.id),
      preview: regimenPreview(regimen, drugs, {
        startDate: input.startDate ?? clinicToday(deps),
        visits: input.visits,
        ...(input.weightKg !== undefined ? { weightKg: input.weightKg } : {}),
      }),
    };
  }

  async function getCarT(input: IpcParsedInput<'library:get-car-t'>): Promise<CarTDetail> {
    const library = await load();
    const product = library.carTProducts.find((p) => p.id === input.id);
    if (!product) throw notFound('product-not-found', 'CAR T product');
    return {
      product,
      overrides: overridesOf(library, 'car-t', product.id),
      ...calendarPreview(product, input, clinicToday(deps)),
    };
  }

  function getCtcaeTerm(meddraCode: string): CtcaeTermDetail {
    const library = deps.library;
    const term = library.ctcaeTerms.find((t) => t.meddraCode === meddraCode);
    if (!term) throw notFound('ctcae-term-not-found', 'CTCAE term');
    const gradeText = library.ctcaeGrades.find((g) => g.meddraCode === meddraCode) ?? null;
    return {
      term,
      ctcaeVersion: library.manifest.ctcaeVersion,
      gradeText,
      allowedGrades: allowedGrades(gradeText ?? undefined),
      status: gradeText ? CTCAE_STATUS[gradeText.referenceStatus] : 'no-grade-text',
    };
  }

  return { info, search, getDrug, getRegimen, getCarT, getCtcaeTerm };
}
