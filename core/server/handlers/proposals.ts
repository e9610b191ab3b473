import type { BackendContext } from '../context';
import type { Handlers } from '../router';
import { getEvidence, listEvidence, removeEvidence, uploadEvidence } from '../services/evidence';
import { createProposal, listInbox, updateDraft } from '../services/proposals';
import { proposalDetail } from '../services/proposals-detail';
import { evidenceRules } from '../services/proposals-rules';
import { setEvidenceRules } from '../services/proposals-settings';
import { approveProposal, submitProposal, verifyMany, verifyProposal } from '../services/proposals-flow';

type ProposalHandlers = Pick<
  Handlers<BackendContext>,
  | 'proposals.create' | 'proposals.update' | 'proposals.list' | 'proposals.get' | 'proposals.submit' | 'proposals.verify'
  | 'proposals.verifyMany' | 'proposals.approve' | 'proposals.evidenceRules' | 'proposals.setEvidenceRules' | 'evidence.upload' | 'evidence.list' | 'evidence.get' | 'evidence.delete'
>;

const db = (ctx: BackendContext) => ctx.requireWorkspace().db;

/** Usulan and their evidence; every rule (role, desa, status, evidence, findings, version) is in the services. */
export const proposalHandlers: ProposalHandlers = {
  'proposals.create': (input, ctx) => createProposal(db(ctx), ctx.user, input),
  'proposals.update': (input, ctx) => updateDraft(db(ctx), ctx.user, input),
  'proposals.list': (input, ctx) => listInbox(db(ctx), ctx.user, input),
  'proposals.get': (input, ctx) => proposalDetail(db(ctx), ctx.user, input.id),
  'proposals.submit': (input, ctx) => submitProposal(db(ctx), ctx.user, input),
  'proposals.verify': (input, ctx) => verifyProposal(db(ctx), ctx.user, input),
  'proposals.verifyMany': (input, ctx) => verifyMany(db(ctx), ctx.user, input),
  'proposals.approve': (input, ctx) => approveProposal(db(ctx), ctx.user, input),
  'proposals.evidenceRules': (_input, ctx) => evidenceRules(db(ctx)),
  'proposals.setEvidenceRules': (input, ctx) => setEvidenceRules(db(ctx), ctx.user, input.rules),
  'evidence.upload': (input, ctx) => uploadEvidence(db(ctx), ctx.user, input),
  'evidence.list': (input, ctx) => listEvidence(db(ctx), ctx.user, input),
  'evidence.get': (input, ctx) => getEvidence(db(ctx), ctx.user, input.id),
  'evidence.delete': (input, ctx) => removeEvidence(db(ctx), ctx.user, input.id),
};
