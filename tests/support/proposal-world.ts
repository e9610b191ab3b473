/** The proposal world without test-runner hooks, so Playwright seeds can use it too (proposals.ts adds the vitest hook). */
import type { ApiClient } from '../../core/contract';
import type { Card } from '../../core/contract/family-ops';
import type { Role } from '../../core/contract/accounts';
import { DEMO_LOGIN } from '../../core/server/services/accounts';
import { startTestBackend, type TestBackend } from './backend';
import { typicalFamilies } from './family-ops';

export const PASSWORD = 'Rahasia-usulan-1';
const FIRST_PASSWORD = 'Sementara-usulan-1';

/** Minimal files whose first bytes are those of a real PDF, JPEG and PNG. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 2)]);

export interface ProposalWorld {
  app: TestBackend;
  api: ApiClient;
  /** A typical family (one head, at least three present members) and one of another desa. */
  family: Card;
  otherFamily: Card;
  desa: string;
  otherDesa: string;
}

export async function signInAs(api: ApiClient, username: string): Promise<void> {
  await api.call('auth.logout', {});
  await api.call('auth.login', { username, password: username === DEMO_LOGIN.username ? DEMO_LOGIN.password : PASSWORD });
}

/**
 * The demo workspace behind a login (it opens as its administrator): an operator desa for the family's desa
 * ("operator"), one for another desa ("operator2"), a verifier ("verifikator") and a head of
 * office ("kepala"). Ends signed in as the administrator.
 */
export async function startProposalWorld(dir: string): Promise<ProposalWorld> {
  const app = startTestBackend(dir, 80, { login: true });
  const { api } = app;
  await api.call('workspace.openDemo', {});
  const families = await typicalFamilies(api, 30);
  const family = families[0]!;
  const desa = String(family.family.values.kodeDesa);
  const otherFamily = families.find((f) => String(f.family.values.kodeDesa) !== desa);
  if (!otherFamily) throw new Error('no family in a second desa');
  const otherDesa = String(otherFamily.family.values.kodeDesa);
  const users: [string, Role, string[]][] = [
    ['operator', 'operator_desa', [desa]],
    ['operator2', 'operator_desa', [otherDesa]],
    ['verifikator', 'verifikator', []],
    ['kepala', 'kepala_opd', []],
  ];
  for (const [username, role, desaCodes] of users) {
    await api.call('users.create', { username, displayName: `Uji ${username}`, role, desaCodes, password: FIRST_PASSWORD });
  }
  for (const [username] of users) {
    await api.call('auth.logout', {});
    const session = await api.call('auth.login', { username, password: FIRST_PASSWORD });
    if (session.mustChangePassword) await api.call('auth.changePassword', { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD });
  }
  await signInAs(api, 'admin');
  return { app, api, family, otherFamily, desa, otherDesa };
}

/** Uploads the Berita Acara musdes of the desa and period (as the desa's operator). */
export async function uploadBeritaAcara(api: ApiClient, desaCode: string, period: string): Promise<void> {
  await api.call('evidence.upload', { desaCode, period, kind: 'ba_musdes', fileName: 'ba-musdes.pdf', contentBase64: PDF.toString('base64') });
}

/** The desa submits the proposal, the verifier accepts it and the head approves it; the approved detail. */
export async function submitVerifyApprove(api: ApiClient, proposal: { id: number; version: number }) {
  const submitted = await api.call('proposals.submit', { id: proposal.id, expectedVersion: proposal.version });
  await signInAs(api, 'verifikator');
  const verified = await api.call('proposals.verify', { id: submitted.proposal.id, expectedVersion: submitted.proposal.version, decision: 'accept' });
  await signInAs(api, 'kepala');
  return api.call('proposals.approve', { id: verified.proposal.id, expectedVersion: verified.proposal.version });
}
