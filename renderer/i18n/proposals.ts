/** Proposal (usulan) and notice texts, merged into the messages by index.ts (id.ts and en.ts are full). */
export const proposalsId = {
  'nav.proposals': 'Usulan',
  'nav.batches': 'Penetapan',
  'notice.openProposals': 'Buka Usulan',
  'proposal.nonaktif.created': 'Usulan nonaktif #{id} dibuat sebagai draf. Lengkapi buktinya lalu ajukan di layar Usulan.',
  'proposal.baru.created': 'Usulan anggota baru #{id} dibuat sebagai draf. Lengkapi buktinya lalu ajukan di layar Usulan.',
  'proposal.reaktivasi.created': 'Usulan reaktivasi #{id} dibuat sebagai draf. Ajukan di layar Usulan.',
} as const;

export type ProposalMessageKey = keyof typeof proposalsId;

export const proposalsEn: Record<ProposalMessageKey, string> = {
  'nav.proposals': 'Proposals',
  'nav.batches': 'Stipulation',
  'notice.openProposals': 'Open proposals',
  'proposal.nonaktif.created': 'Deactivation proposal #{id} was created as a draft. Add its evidence, then submit it on the Proposals screen.',
  'proposal.baru.created': 'New member proposal #{id} was created as a draft. Add its evidence, then submit it on the Proposals screen.',
  'proposal.reaktivasi.created': 'Reactivation proposal #{id} was created as a draft. Submit it on the Proposals screen.',
};
