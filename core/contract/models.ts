import { z } from 'zod';

export const regionSchema = z.object({ code: z.string(), name: z.string() });

export const workspaceInfoSchema = z.object({
  path: z.string(),
  name: z.string(),
  kabupatenCode: z.string(),
  kabupatenName: z.string(),
  isDemo: z.boolean(),
  /** A practice (Bimtek) workspace: shown with the MODE LATIHAN banner. */
  isPractice: z.boolean(),
  families: z.number().int(),
  members: z.number().int(),
  schemaVersion: z.number().int(),
});

export const recentWorkspaceSchema = z.object({
  path: z.string(),
  name: z.string(),
  kabupatenName: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});

export const familyRowSchema = z.object({
  id: z.number().int(),
  noKk: z.string(),
  idDtks: z.string().nullable(),
  headName: z.string(),
  address: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  desaCode: z.string(),
  desaName: z.string(),
  kecamatanCode: z.string(),
  kecamatanName: z.string(),
  memberCount: z.number().int(),
  status: z.string(),
  version: z.number().int(),
});

export const memberRowSchema = z.object({
  id: z.number().int(),
  familyId: z.number().int(),
  nik: z.string(),
  name: z.string(),
  sex: z.number().int().nullable(),
  birthPlace: z.string().nullable(),
  birthDate: z.string().nullable(),
  relationship: z.number().int().nullable(),
  presence: z.number().int(),
  version: z.number().int(),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int(),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  /** The imported file the change came from, when it came from an import. */
  importFile: z.string().nullable(),
});

export type RegionRef = z.infer<typeof regionSchema>;
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;
export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;
export type FamilyRow = z.infer<typeof familyRowSchema>;
export type MemberRow = z.infer<typeof memberRowSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
