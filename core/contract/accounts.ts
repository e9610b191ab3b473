import { z } from 'zod';

export const ROLES = ['operator_desa', 'verifikator', 'kepala_opd', 'admin', 'pelatih'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** The demo (training) workspace's administrator: published on the login screen, synthetic data only. */
export const DEMO_LOGIN = { username: 'admin', password: 'demo1234' } as const;

const id = z.number().int().positive();
const desaCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode desa Kemendagri tidak valid (contoh: 33.28.01.2001).');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berbentuk yyyy-mm-dd.');
export const usernameSchema = z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,40}$/, 'Nama pengguna 3–40 karakter: huruf, angka, titik, garis bawah atau tanda hubung.');
export const passwordSchema = z.string().min(8, 'Kata sandi minimal 8 karakter.').max(200);
const displayName = z.string().trim().min(1, 'Nama lengkap wajib diisi.').max(120);

/** Who is logged in; an operator desa acts only within `desaCodes`. */
export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  role: roleSchema,
  desaCodes: z.array(z.string()),
  mustChangePassword: z.boolean(),
});

export const accountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  desaCodes: z.array(z.string()),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
});

export const chainVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBroken: z.object({ id: z.number().int(), at: z.string(), reason: z.enum(['hash', 'link', 'missing']) }).nullable(),
});

/** Login, first-run administrator, password changes, screen lock; user accounts (admin); the audit chain. */
export const accountMethods = {
  'auth.status': {
    input: z.object({}).strict(),
    output: z.object({
      workspaceOpen: z.boolean(),
      /** No account of this workspace has a password yet: the first administrator must set one. */
      needsSetup: z.boolean(),
      /** The session is locked after inactivity: the same user must enter the password again. */
      locked: z.boolean(),
      user: sessionUserSchema.nullable(),
    }),
  },
  'auth.setup': {
    input: z.object({ username: usernameSchema.default('admin'), displayName: displayName.default('Administrator'), password: passwordSchema }).strict(),
    output: z.object({ username: z.string() }),
  },
  'auth.login': { input: z.object({ username: z.string().trim().toLowerCase().max(80), password: z.string().max(200) }).strict(), output: sessionUserSchema },
  'auth.logout': { input: z.object({}).strict(), output: z.object({ loggedOut: z.boolean() }) },
  'auth.lock': { input: z.object({}).strict(), output: z.object({ locked: z.boolean() }) },
  'auth.unlock': { input: z.object({ password: z.string().max(200) }).strict(), output: sessionUserSchema },
  'auth.changePassword': { input: z.object({ currentPassword: z.string().max(200), newPassword: passwordSchema }).strict(), output: sessionUserSchema },
  'users.list': { input: z.object({}).strict(), output: z.array(accountSchema) },
  'users.create': {
    input: z.object({ username: usernameSchema, displayName, role: roleSchema, desaCodes: z.array(desaCode).max(200).default([]), password: passwordSchema }).strict(),
    output: accountSchema,
  },
  'users.update': {
    input: z.object({ id, displayName: displayName.optional(), role: roleSchema.optional(), desaCodes: z.array(desaCode).max(200).optional(), active: z.boolean().optional() }).strict(),
    output: accountSchema,
  },
  'users.deactivate': { input: z.object({ id }).strict(), output: accountSchema },
  'users.resetPassword': { input: z.object({ id, password: passwordSchema }).strict(), output: accountSchema },
  'audit.verify': { input: z.object({}).strict(), output: chainVerificationSchema },
  'audit.export': {
    input: z.object({
      path: z.string().min(1).max(4096),
      userId: id.optional(),
      from: day.optional(),
      to: day.optional(),
      desaCode: desaCode.optional(),
    }).strict(),
    output: z.object({ path: z.string(), rows: z.number().int() }),
  },
} as const;

export type SessionUserInfo = z.infer<typeof sessionUserSchema>;
export type Account = z.infer<typeof accountSchema>;
export type ChainVerificationResult = z.infer<typeof chainVerificationSchema>;
