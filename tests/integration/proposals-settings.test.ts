import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceRules } from '../../core/contract/proposals';
import { DEMO_LOGIN } from '../../core/server/services/accounts';
import { openDatabase } from '../../db/open';
import { makeTempDir } from '../support/backend';
import { signInAs, startProposalWorld, type ProposalWorld } from '../support/proposals';

let temp: ReturnType<typeof makeTempDir>;
let world: ProposalWorld;
beforeAll(async () => {
  temp = makeTempDir();
  world = await startProposalWorld(temp.dir);
}, 120_000);
afterAll(() => {
  world.app.close();
  temp.cleanup();
});

describe('required documents setting (usulan.buktiWajib)', () => {
  it('shows the defaults to the admin and refuses every other role', async () => {
    const { api } = world;
    expect(await api.call('proposals.evidenceRules', {})).toEqual({
      isDefault: true,
      rules: { baru: [['foto_depan'], ['foto_dalam'], ['kk']], 'nonaktif:meninggal': [['akta_kematian']], 'nonaktif:pindah': [['surat_pindah']] },
    });
    for (const user of ['operator', 'verifikator', 'kepala']) {
      await signInAs(api, user);
      await expect(api.call('proposals.evidenceRules', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(api.call('proposals.setEvidenceRules', { rules: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await signInAs(api, DEMO_LOGIN.username);
  });

  it('refuses an unknown key, a document of the desa and an empty requirement, and changes nothing', async () => {
    const { api } = world;
    const set = (rules: unknown) => api.call('proposals.setEvidenceRules', { rules } as never);
    await expect(set({ hapus: [['kk']] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(set({ baru: [['sptjm']] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(set({ baru: [[]] })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('sedikitnya satu jenis dokumen') });
    expect((await api.call('proposals.evidenceRules', {})).isDefault).toBe(true);
  });

  it('stores a new setting that the proposals then require, audits it, and goes back to the defaults', async () => {
    const { api } = world;
    const rules: EvidenceRules = { baru: [['kk']], 'nonaktif:mampu': [['foto_depan', 'foto_dalam']] };
    expect(await api.call('proposals.setEvidenceRules', { rules })).toEqual({ isDefault: false, rules });

    await signInAs(api, 'operator');
    const { requirements } = await api.call('proposals.create', { type: 'nonaktif', familyId: world.family.family.id, reason: 'mampu' });
    expect(requirements.filter((r) => r.scope === 'proposal').map((r) => r.kinds)).toEqual([['foto_depan', 'foto_dalam']]);
    const meninggal = await api.call('proposals.create', { type: 'nonaktif', familyId: world.family.family.id, memberId: world.family.members[1]!.id, reason: 'meninggal' });
    expect(meninggal.requirements.filter((r) => r.scope === 'proposal')).toEqual([]);

    await signInAs(api, DEMO_LOGIN.username);
    expect(await api.call('proposals.setEvidenceRules', { rules: null })).toMatchObject({ isDefault: true });
    expect((await api.call('audit.verify', {})).ok).toBe(true);
    const { path } = (await api.call('workspace.info', {}))!;
    await api.call('workspace.close', {});
    const db = openDatabase(path);
    const entries = db.prepare("SELECT role, action, entity, old_value, new_value FROM audit_log WHERE field = 'usulan.buktiWajib' ORDER BY id").all();
    db.close();
    expect(entries).toEqual([
      { role: 'admin', action: 'setting-update', entity: 'workspace', old_value: null, new_value: JSON.stringify(rules) },
      { role: 'admin', action: 'setting-update', entity: 'workspace', old_value: JSON.stringify(rules), new_value: null },
    ]);
  });
});
