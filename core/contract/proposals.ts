import { z } from 'zod';
import { questionnaireVersionSchema } from './import';
import { auditEntrySchema } from './models';

/**
 * Usulan (proposals) from desa to district: baru, perbaikan, nonaktif, reaktivasi, with the status
 * flow draft → diajukan → diverifikasi | dikembalikan | ditolak → disahkan, and their evidence files.
 * Every transition is checked in the backend (role, desa, evidence, blocking findings, version).
 */

const id = z.number().int().positive();
const version = z.number().int().positive();
const desaCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode desa Kemendagri tidak valid (contoh: 33.28.01.2001).');
const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Periode harus berbentuk YYYY-MM (contoh: 2026-03).');
const note = z.string().trim().max(1000).optional();
/** Catalogue key → value as typed (parsed with the field's rules, like an edit). */
const fieldValues = z.record(z.string().min(1).max(64), z.string().max(1000).nullable());

export const PROPOSAL_TYPES = ['baru', 'perbaikan', 'nonaktif', 'reaktivasi'] as const;
export const PROPOSAL_STATUSES = ['draft', 'diajukan', 'diverifikasi', 'dikembalikan', 'ditolak', 'disahkan'] as const;
export const NONAKTIF_REASONS = ['meninggal', 'pindah', 'mampu', 'tidak_ditemukan', 'ganda', 'menolak'] as const;
export const EVIDENCE_KINDS = ['ba_musdes', 'ba_muskel', 'sptjm', 'foto_depan', 'foto_dalam', 'kk', 'akta_kematian', 'surat_pindah', 'lainnya'] as const;

export const proposalTypeSchema = z.enum(PROPOSAL_TYPES);
export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);
export const nonaktifReasonSchema = z.enum(NONAKTIF_REASONS);
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);

/** Documents of the desa and period (any one of them), always required; the rest are per proposal. */
export const DESA_EVIDENCE = ['ba_musdes', 'ba_muskel', 'sptjm'] as const;
export const proposalEvidenceKindSchema = evidenceKindSchema.exclude(DESA_EVIDENCE);
/** Keys of the required documents setting: a proposal type, or "nonaktif:<reason>". */
export const EVIDENCE_RULE_KEYS = ['baru', 'perbaikan', 'reaktivasi', ...NONAKTIF_REASONS.map((r) => `nonaktif:${r}` as const)] as const;
/**
 * usulan.buktiWajib: per key, the documents a proposal needs; each requirement is a list of alternatives
 * (any one satisfies it). A key left out needs none.
 */
export const evidenceRulesSchema = z.partialRecord(
  z.enum(EVIDENCE_RULE_KEYS),
  z.array(z.array(proposalEvidenceKindSchema).min(1, 'Setiap syarat harus berisi sedikitnya satu jenis dokumen.').max(6)).max(6),
);
const evidenceSettingSchema = z.object({ rules: evidenceRulesSchema, isDefault: z.boolean() });

const changeInput = z.object({
  entity: z.enum(['family', 'member']),
  id,
  field: z.string().min(1).max(64),
  value: z.string().max(1000).nullable(),
}).strict();

const createInput = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('baru'),
    /** A new member of this family; without it, a new family in `desaCode` with `family` and `members`. */
    familyId: id.optional(),
    desaCode: desaCode.optional(),
    family: fieldValues.optional(),
    members: z.array(fieldValues).min(1).max(30),
    note,
  }).strict(),
  z.object({ type: z.literal('perbaikan'), familyId: id, changes: z.array(changeInput).min(1).max(500), note }).strict(),
  z.object({
    type: z.literal('nonaktif'),
    familyId: id,
    /** One member; the whole family when omitted. */
    memberId: id.optional(),
    reason: nonaktifReasonSchema,
    duplicateOfMemberId: id.optional(),
    duplicateOfFamilyId: id.optional(),
    /** Date of the event (death, move), dd/mm/yyyy. */
    date: z.string().max(30).optional(),
    note,
  }).strict(),
  z.object({ type: z.literal('reaktivasi'), familyId: id, memberId: id.optional(), note }).strict(),
]);

export const proposalSchema = z.object({
  id: z.number().int(),
  type: proposalTypeSchema,
  status: proposalStatusSchema,
  desaCode: z.string(),
  desaName: z.string(),
  period: z.string(),
  familyId: z.number().int().nullable(),
  memberId: z.number().int().nullable(),
  noKk: z.string().nullable(),
  headName: z.string().nullable(),
  memberName: z.string().nullable(),
  reason: nonaktifReasonSchema.nullable(),
  duplicateOfMemberId: z.number().int().nullable(),
  duplicateOfFamilyId: z.number().int().nullable(),
  note: z.string().nullable(),
  decisionReason: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  version: z.number().int(),
});

export const evidenceInfoSchema = z.object({
  id: z.number().int(),
  proposalId: z.number().int().nullable(),
  desaCode: z.string().nullable(),
  period: z.string().nullable(),
  kind: evidenceKindSchema,
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});

export const diffRowSchema = z.object({
  entity: z.enum(['family', 'member']),
  /** Null for a record the proposal creates. */
  entityId: z.number().int().nullable(),
  field: z.string(),
  label: z.string(),
  current: z.string(),
  proposed: z.string(),
  /** The value the last import stipulated; null when the record never came from an import. */
  lastImport: z.string().nullable(),
});

export const requirementSchema = z.object({
  /** Any one of these kinds satisfies the requirement. */
  kinds: z.array(evidenceKindSchema),
  label: z.string(),
  scope: z.enum(['desa', 'proposal']),
  satisfied: z.boolean(),
});

export const proposalDetailSchema = z.object({
  proposal: proposalSchema,
  diff: z.array(diffRowSchema),
  evidence: z.array(evidenceInfoSchema),
  requirements: z.array(requirementSchema),
  /** Open blocking findings (errors not acknowledged) of the records concerned. */
  blockingFindings: z.array(z.string()),
  /** Nonaktif ganda: the other record as people know it (name, NIK or No KK, desa). */
  duplicateOf: z.string().nullable(),
  history: z.array(auditEntrySchema.extend({ role: z.string().nullable() })),
  /**
   * Usulan baru: the proposed data as the form shows it (catalogue key → text; codes as their number), to
   * correct a draft or returned one with proposals.update; null for the other types.
   */
  baru: z.object({
    questionnaireVersion: questionnaireVersionSchema,
    family: z.record(z.string(), z.string()).nullable(),
    members: z.array(z.record(z.string(), z.string())),
  }).nullable(),
});

const transition = { id, expectedVersion: version };
const evidenceTarget = z.object({ proposalId: id.optional(), desaCode: desaCode.optional(), period: period.optional() }).strict();

export const proposalMethods = {
  'proposals.create': { input: createInput, output: proposalDetailSchema },
  'proposals.update': {
    input: z.object({
      ...transition,
      note,
      reason: nonaktifReasonSchema.optional(),
      duplicateOfMemberId: id.nullable().optional(),
      duplicateOfFamilyId: id.nullable().optional(),
      date: z.string().max(30).optional(),
      /** perbaikan: changed fields (a value equal to the current one drops the change). */
      changes: z.array(changeInput).max(500).optional(),
      /** baru: the whole new data again. */
      family: fieldValues.optional(),
      members: z.array(fieldValues).min(1).max(30).optional(),
    }).strict(),
    output: proposalDetailSchema,
  },
  'proposals.list': {
    input: z.object({
      status: proposalStatusSchema.optional(),
      desaCode: desaCode.optional(),
      type: proposalTypeSchema.optional(),
      startRow: z.number().int().min(0).default(0),
      endRow: z.number().int().min(1).max(5000).default(200),
    }).strict(),
    output: z.object({
      rows: z.array(proposalSchema),
      rowCount: z.number().int(),
      /** The inbox: proposals the user may see, per desa and status (ignoring the filters). */
      counts: z.array(z.object({ desaCode: z.string(), desaName: z.string(), status: proposalStatusSchema, count: z.number().int() })),
    }),
  },
  'proposals.get': { input: z.object({ id }).strict(), output: proposalDetailSchema },
  'proposals.submit': { input: z.object(transition).strict(), output: proposalDetailSchema },
  'proposals.verify': {
    input: z.object({ ...transition, decision: z.enum(['accept', 'reject', 'return']), reason: z.string().trim().max(1000).optional() }).strict(),
    output: proposalDetailSchema,
  },
  'proposals.verifyMany': {
    input: z.object({
      items: z.array(z.object(transition).strict()).min(1).max(1000),
      decision: z.enum(['accept', 'reject', 'return']),
      reason: z.string().trim().max(1000).optional(),
    }).strict(),
    output: z.object({ updated: z.number().int() }),
  },
  'proposals.approve': { input: z.object(transition).strict(), output: proposalDetailSchema },
  'proposals.evidenceRules': { input: z.object({}).strict(), output: evidenceSettingSchema },
  /** Admin: replaces the required documents; null goes back to the defaults of the application. */
  'proposals.setEvidenceRules': { input: z.object({ rules: evidenceRulesSchema.nullable() }).strict(), output: evidenceSettingSchema },
  'evidence.upload': {
    input: evidenceTarget.extend({
      kind: evidenceKindSchema,
      /** A file on this computer (the web mode has no file dialog), or the content itself. */
      path: z.string().min(1).max(4096).optional(),
      contentBase64: z.string().max(15_000_000).optional(),
      fileName: z.string().trim().min(1).max(255).optional(),
    }).strict(),
    output: evidenceInfoSchema,
  },
  'evidence.list': { input: evidenceTarget, output: z.array(evidenceInfoSchema) },
  'evidence.get': { input: z.object({ id }).strict(), output: evidenceInfoSchema.extend({ contentBase64: z.string() }) },
  'evidence.delete': { input: z.object({ id }).strict(), output: z.object({ deleted: z.boolean() }) },
} as const;

/** What an operator desa's edit became: the perbaikan proposals that now hold the changes. */
export const proposalNoticeSchema = z.object({ proposalIds: z.array(z.number().int()), message: z.string() });

export type ProposalType = z.infer<typeof proposalTypeSchema>;
export type ProposalStatus = z.infer<typeof proposalStatusSchema>;
export type NonaktifReason = z.infer<typeof nonaktifReasonSchema>;
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;
export type EvidenceRules = z.infer<typeof evidenceRulesSchema>;
export type EvidenceRuleKey = (typeof EVIDENCE_RULE_KEYS)[number];
export type Proposal = z.infer<typeof proposalSchema>;
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;
export type EvidenceInfo = z.infer<typeof evidenceInfoSchema>;
export type DiffRow = z.infer<typeof diffRowSchema>;
export type BaruForm = NonNullable<ProposalDetail['baru']>;
export type ProposalNotice = z.infer<typeof proposalNoticeSchema>;
