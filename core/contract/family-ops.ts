import { z } from 'zod';
import { questionnaireVersionSchema } from './import';

/**
 * The family editor: the whole family card (every catalogue value of the family and its members)
 * and the member operations of the domain (tambah anggota, ganti kepala keluarga, keberadaan,
 * pindah KK, pecah KK, gabung data ganda). Each operation is one audited transaction that checks
 * the versions the user saw and answers with the family card as it is afterwards.
 */

const id = z.number().int().positive();
const version = z.number().int().positive();
const code = z.number().int().min(0).max(99);
const storedValue = z.union([z.string(), z.number(), z.null()]);
/** Catalogue key → stored value (codes as numbers, dates yyyy-mm-dd, IDs as text). */
const valuesSchema = z.record(z.string(), storedValue);
const noKk = z.string().trim().regex(/^\d{16}$/, 'No KK harus 16 digit angka.');
const desaCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode desa Kemendagri tidak valid (contoh: 33.28.01.2001).');

export const familyCardSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  questionnaireVersion: questionnaireVersionSchema,
  desaName: z.string(),
  kecamatanName: z.string(),
  /** Present members, kept by every operation. */
  memberCount: z.number().int(),
  /** The family this one was split from (pecah KK). */
  splitFromId: z.number().int().nullable(),
  values: valuesSchema,
});

export const memberCardSchema = z.object({
  id: z.number().int(),
  familyId: z.number().int(),
  version: z.number().int(),
  questionnaireVersion: questionnaireVersionSchema,
  presenceDate: z.string().nullable(),
  presenceReason: z.string().nullable(),
  /** Set when this record was merged into another as its duplicate. */
  duplicateOfId: z.number().int().nullable(),
  values: valuesSchema,
});

export const cardSchema = z.object({ family: familyCardSchema, members: z.array(memberCardSchema) });

/** The card of the family the operation started from, and the record it created (new member, new family). */
const operationResult = z.object({ card: cardSchema, createdId: z.number().int().nullable() });

const memberRef = z.object({ id, version }).strict();

export const familyOperations = {
  'families.card': { input: z.object({ id }).strict(), output: cardSchema },
  'members.add': {
    input: z.object({
      familyId: id,
      familyVersion: version,
      /** Raw values as typed (dd/mm/yyyy dates, codes or labels) by catalogue key; nama, nik and hubunganKeluarga are required. */
      values: z.record(z.string().max(64), z.string().max(1000).nullable()),
    }).strict(),
    output: operationResult,
  },
  'members.changeHead': {
    input: z.object({
      familyId: id,
      familyVersion: version,
      newHead: memberRef,
      /** The relationship the previous head gets (anything but 1 Kepala keluarga); not needed when the family has no present head. */
      previousHeadRelationship: code.optional(),
    }).strict(),
    output: operationResult,
  },
  'members.setPresence': {
    input: z.object({
      member: memberRef,
      presence: code,
      /** dd/mm/yyyy or yyyy-mm-dd; not in the future. */
      date: z.string().trim().min(1, 'Tanggal wajib diisi.').max(20),
      reason: z.string().trim().max(500).default(''),
    }).strict(),
    output: operationResult,
  },
  'members.move': {
    input: z.object({
      member: memberRef,
      targetNoKk: noKk,
      /** Relationship to the head of the target family. */
      relationship: code,
    }).strict(),
    output: operationResult,
  },
  'families.split': {
    input: z.object({
      familyId: id,
      familyVersion: version,
      /** Members that form the new family, each with its relationship there (exactly one 1 Kepala keluarga). */
      members: z.array(memberRef.extend({ relationship: code }).strict()).min(1).max(50),
      newNoKk: noKk,
      /** Desa of the new family; the origin's desa when omitted. */
      desaCode: desaCode.optional(),
      address: z.string().trim().max(512).optional(),
      /** When the origin's head leaves: the remaining member who becomes its head, and their version. */
      originNewHead: memberRef.optional(),
    }).strict(),
    output: operationResult,
  },
  'members.merge': {
    input: z.object({ keep: memberRef, duplicate: memberRef }).strict(),
    output: operationResult,
  },
} as const;

export type FamilyCard = z.infer<typeof familyCardSchema>;
export type MemberCard = z.infer<typeof memberCardSchema>;
export type Card = z.infer<typeof cardSchema>;
