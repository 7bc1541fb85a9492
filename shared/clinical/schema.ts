import { z } from 'zod';
import { carTProductSchema } from './schema-car-t';
import { isoDateSchema } from './schema-common';
import { ctcaeGradeDefinitionSchema, ctcaeTermSchema } from './schema-ctcae';
import { drugSchema } from './schema-drug';
import { regimenSchema } from './schema-regimen';

// The clinical library: zod schemas for every resources/clinical file, and the inferred types. The library is
// plain JSON (arrays, no Map/Set), so it can cross IPC unchanged (structured clone and the JSON bridge of the tests).

export * from './schema-common';
export * from './schema-dose';
export * from './schema-drug';
export * from './schema-regimen';
export * from './schema-car-t';
export * from './schema-ctcae';

export const libraryFileKindSchema = z.enum(['drugs', 'regimens', 'carTProducts', 'ctcaeGrades', 'ctcaeTerms']);

export const libraryManifestSchema = z
  .object({
    libraryVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, 'Expected YYYY.M.N'),
    date: isoDateSchema,
    title: z.string().min(1),
    compiledFrom: z.string().min(1),
    /** Where a clinician stands on the content; shown in the UI until a pharmacist signs it off. */
    reviewStatus: z.string().min(1),
    ctcaeVersion: z.literal('5.0'),
    files: z
      .array(
        z
          .object({
            kind: libraryFileKindSchema,
            path: z.string().regex(/^[a-z0-9-]+\.(json|tsv)$/, 'Expected a plain file name in the library folder'),
            expectedRecords: z.number().int().positive().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((manifest, ctx) => {
    for (const kind of libraryFileKindSchema.options) {
      const count = manifest.files.filter((file) => file.kind === kind).length;
      if (count !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['files'],
          message: `Expected exactly one "${kind}" file, found ${count}`,
        });
    }
  });

export const clinicalLibrarySchema = z
  .object({
    manifest: libraryManifestSchema,
    drugs: z.array(drugSchema),
    regimens: z.array(regimenSchema),
    carTProducts: z.array(carTProductSchema),
    ctcaeGrades: z.array(ctcaeGradeDefinitionSchema),
    ctcaeTerms: z.array(ctcaeTermSchema),
  })
  .strict();

export type LibraryFileKind = z.infer<typeof libraryFileKindSchema>;
export type LibraryManifest = z.infer<typeof libraryManifestSchema>;
export type ClinicalLibrary = z.infer<typeof clinicalLibrarySchema>;
