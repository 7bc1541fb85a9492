import { z } from 'zod';
import { checkProvenance, provenanceShape, recordId } from './schema-common';

// CTCAE v5.0: the full term list (ctcae-v5-terms.tsv, 837 rows) and grade text for the terms the library
// transcribes (ctcae-grades.json). Terms without grade text ("... - Other, specify") allow every grade 1–5.

export const meddraCodeSchema = z.string().regex(/^\d{8}$/, 'Expected an 8-digit MedDRA code');

export const ctcaeTermSchema = z
  .object({
    meddraCode: meddraCodeSchema,
    term: z.string().min(1),
    soc: z.string().min(1),
    definition: z.string(),
  })
  .strict();

/** Grade text, or null where CTCAE prints "–" (that grade is not available for the term). */
const gradeTextSchema = z.string().min(1).nullable();

export const ctcaeGradeDefinitionSchema = z
  .object({
    id: recordId,
    meddraCode: meddraCodeSchema,
    term: z.string().min(1),
    soc: z.string().min(1),
    ctcaeVersion: z.literal('5.0'),
    grades: z
      .object({ 1: gradeTextSchema, 2: gradeTextSchema, 3: gradeTextSchema, 4: gradeTextSchema, 5: gradeTextSchema })
      .strict(),
    navigationalNote: z.string().min(1).optional(),
    notes: z.array(z.string().min(1)),
    /** Status of the grade text: V matched in an independent v5.0 source, P partly matched, U transcription only. */
    referenceStatus: z.enum(['V', 'P', 'U']),
    ...provenanceShape,
  })
  .strict()
  .superRefine((definition, ctx) => {
    checkProvenance(definition, ctx);
    if (definition.referenceStatus !== 'V' && definition.verification === 'verified') {
      ctx.addIssue({
        code: 'custom',
        path: ['verification'],
        message: `Grade-text status ${definition.referenceStatus} cannot be "verified"`,
      });
    }
    if (Object.values(definition.grades).every((text) => text === null)) {
      ctx.addIssue({ code: 'custom', path: ['grades'], message: 'At least one grade must have text' });
    }
  });

export type CtcaeTerm = z.infer<typeof ctcaeTermSchema>;
export type CtcaeGradeDefinition = z.infer<typeof ctcaeGradeDefinitionSchema>;
export type CtcaeGrade = 1 | 2 | 3 | 4 | 5;
