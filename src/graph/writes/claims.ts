import { anchoredAttribution } from '../../domain/attribution';
import { checkCanAttribute, checkCanRetractAttribution, checkCanRetractClaim, checkClaimLink, checkSupersede, readsBothWays } from '../../domain/claim-rules';
import { DomainError, conflict } from '../../domain/errors';
import type {
  AddAttributionInput, AddClaimInput, AttributionInput, LinkClaimsInput, RetractInput, SetAboutInput, SupersedeClaimInput, UnlinkClaimsInput,
} from '../../domain/inputs';
import { newId } from '../../domain/kinds';
import { defineQuery } from '../query';
import { LINKS } from '../repositories/bulk-queries';
import type { WorkResult } from './WriteService';
import type { WriteTx } from './WriteTx';
import { UPDATE_PROPS, createNode, current } from './common';

const CREATE_CLAIM = createNode('write/createClaim');
const CREATE_ATTRIBUTION = createNode('write/createAttribution');
type ClaimPair = { fromId: string; toId: string; kind: string };
/** The link of one kind between two claims, if any. */
export const CLAIM_LINK = defineQuery<ClaimPair, { props: { basis?: unknown } & Record<string, unknown> }>('write/claimLink', ['fromId', 'toId', 'kind']);
const UNLINK_CLAIMS = defineQuery<ClaimPair, { removed: number }>('write/unlinkClaims', ['fromId', 'toId', 'kind']);
/** Replaces what a claim is about; answers what it was about before. */
const SET_ABOUT = defineQuery<{ claimId: string; aboutIds: string[]; at: string }, { before: string[] }>('write/setAbout', ['claimId', 'aboutIds', 'at']);
export const ACTIVE_ATTRIBUTION_COUNT = defineQuery<{ claimId: string }, { count: number }>('write/activeAttributionCount', ['claimId']);
const SUPERSEDE = defineQuery<{ id: string; supersededById: string; reason: string; at: string; by: string }, { id: string }>('write/supersede', [
  'id',
  'supersededById',
  'reason',
  'at',
  'by',
]);

/** Checks an attribution's references and anchors its quote; writes it and its links. */
async function writeAttribution(w: WriteTx, claimId: string, a: AttributionInput): Promise<Record<string, unknown>> {
  // A merge of the speaker committing between the check and the links would leave the attribution
  // without its BY. Only actors merge, so sources are not locked: writers citing one source stay parallel.
  await w.lockRefs([a.speakerId, a.onBehalfOfId]);
  const found = await w.refs([
    { entity: 'attribution', field: 'speakerId', ids: [a.speakerId], kinds: ['PERSON', 'ORGANISATION'] },
    { entity: 'attribution', field: 'sourceId', ids: [a.sourceId], kinds: ['SOURCE'] },
    { entity: 'attribution', field: 'onBehalfOfId', ids: [a.onBehalfOfId], kinds: ['ORGANISATION'] },
    { entity: 'attribution', field: 'viaIds', ids: a.viaIds ?? [], kinds: ['SOURCE'] },
  ]);
  const source = found.get(a.sourceId)!;
  const id = newId('ATTRIBUTION');
  const anchored = anchoredAttribution(a, { id: source.id, text: typeof source.text === 'string' ? source.text : null });
  const props = { id, ...anchored.props, ...w.audit() };
  await w.run(CREATE_ATTRIBUTION, { props });
  await w.run(LINKS.of, { rows: [{ from: id, to: claimId }] });
  await w.run(LINKS.by, { rows: [{ from: id, to: current(found, a.speakerId) }] });
  await w.run(LINKS.in, { rows: [{ from: id, to: source.id }] });
  if (a.onBehalfOfId) await w.run(LINKS.onBehalfOf, { rows: [{ from: id, to: current(found, a.onBehalfOfId) }] });
  if (a.viaIds?.length) await w.run(LINKS.via, { rows: a.viaIds.map((v) => ({ from: id, to: current(found, v) })) });
  return {
    ...props, speakerId: current(found, a.speakerId), sourceId: source.id, onBehalfOfId: a.onBehalfOfId ?? null, viaIds: a.viaIds ?? [],
    quoteNormalised: anchored.normalised,
  };
}

export async function addClaim(w: WriteTx, input: AddClaimInput): Promise<WorkResult<{ claimId: string }>> {
  await w.lockRefs(input.aboutIds ?? []);
  const found = await w.refs([{ entity: 'claim', field: 'aboutIds', ids: input.aboutIds ?? [], kinds: ['PERSON', 'ORGANISATION', 'EVENT'] }]);
  const id = newId('CLAIM');
  const props = { id, text: input.text, status: 'ACTIVE', ...w.audit() };
  await w.run(CREATE_CLAIM, { props });
  const attribution = await writeAttribution(w, id, input.attribution);
  if (input.aboutIds?.length) await w.run(LINKS.about, { rows: input.aboutIds.map((x) => ({ from: id, to: current(found, x) })) });
  const aboutIds = (input.aboutIds ?? []).map((x) => current(found, x));
  return {
    ids: { claimId: id },
    changedIds: [id, String(attribution.id)],
    details: { after: { claim: props, attribution, aboutIds }, quoteNormalised: attribution.quoteNormalised },
    fields: aboutIds.length ? [{ nodeId: id, field: 'aboutIds', before: null, after: aboutIds }] : [],
  };
}

export async function addAttribution(w: WriteTx, input: AddAttributionInput): Promise<WorkResult<{ attributionId: string; claimId: string }>> {
  await w.lock([input.claimId]);
  const claim = await w.target(input.claimId, ['CLAIM']);
  checkCanAttribute({ id: claim.id, status: String(claim.status) });
  const attribution = await writeAttribution(w, claim.id, input.attribution);
  await w.run(UPDATE_PROPS, { id: claim.id, props: { updatedAt: w.at } });
  return {
    ids: { attributionId: String(attribution.id), claimId: claim.id },
    changedIds: [String(attribution.id), claim.id],
    details: { after: attribution, quoteNormalised: attribution.quoteNormalised },
  };
}

export async function linkClaims(w: WriteTx, input: LinkClaimsInput): Promise<WorkResult<{ fromId: string; toId: string }>> {
  checkClaimLink(input.fromId, input.toId);
  await w.lock([input.fromId, input.toId]);
  await w.refs([
    { entity: 'link', field: 'fromId', ids: [input.fromId], kinds: ['CLAIM'] },
    { entity: 'link', field: 'toId', ids: [input.toId], kinds: ['CLAIM'] },
  ]);
  const existing = await w.run(CLAIM_LINK, { fromId: input.fromId, toId: input.toId, kind: input.kind });
  const reverse = readsBothWays(input.kind) ? await w.run(CLAIM_LINK, { fromId: input.toId, toId: input.fromId, kind: input.kind }) : [];
  if (existing.length + reverse.length > 0) {
    throw conflict(`These claims are already linked by ${input.kind}`, { basis: (existing[0] ?? reverse[0]).props }, { entity: 'link', field: 'kind' });
  }
  const props = { id: `${input.kind.toLowerCase()}-${input.fromId}-${input.toId}`, basis: input.basis, createdBy: w.by, createdAt: w.at };
  await w.run(input.kind === 'CONTRADICTS' ? LINKS.contradicts : LINKS.supports, { rows: [{ from: input.fromId, to: input.toId, props }] });
  return {
    ids: { fromId: input.fromId, toId: input.toId },
    changedIds: [input.fromId, input.toId],
    details: { after: { kind: input.kind, ...props } },
    fields: [{ nodeId: input.fromId, field: input.kind.toLowerCase(), before: null, after: { toId: input.toId, basis: input.basis } }],
  };
}

export async function unlinkClaims(w: WriteTx, input: UnlinkClaimsInput): Promise<WorkResult<{ fromId: string; toId: string }>> {
  await w.lock([input.fromId, input.toId]);
  let [fromId, toId] = [input.fromId, input.toId];
  let [link] = await w.run(CLAIM_LINK, { fromId, toId, kind: input.kind });
  // Unlinking B→A removes a stored A→B when the link reads both ways.
  if (!link && readsBothWays(input.kind)) {
    [fromId, toId] = [toId, fromId];
    [link] = await w.run(CLAIM_LINK, { fromId, toId, kind: input.kind });
  }
  if (!link) throw new DomainError('NOT_FOUND', `No ${input.kind} link from "${input.fromId}" to "${input.toId}"`, {}, { entity: 'link', field: null });
  await w.run(UNLINK_CLAIMS, { fromId, toId, kind: input.kind });
  return {
    ids: { fromId: input.fromId, toId: input.toId },
    changedIds: [input.fromId, input.toId],
    details: { before: { kind: input.kind, ...link.props }, after: null, reason: input.reason },
    fields: [{ nodeId: fromId, field: input.kind.toLowerCase(), before: { toId, basis: link.props.basis ?? null }, after: null }],
  };
}

export async function setAbout(w: WriteTx, input: SetAboutInput): Promise<WorkResult<{ claimId: string }>> {
  await w.lock([input.claimId]);
  const claim = await w.target(input.claimId, ['CLAIM']);
  await w.lockRefs(input.aboutIds);
  const found = await w.refs([{ entity: 'claim', field: 'aboutIds', ids: input.aboutIds, kinds: ['PERSON', 'ORGANISATION', 'EVENT'] }]);
  const aboutIds = [...new Set(input.aboutIds.map((x) => current(found, x)))];
  const [row] = await w.run(SET_ABOUT, { claimId: claim.id, aboutIds, at: w.at });
  const before = row?.before ?? [];
  return {
    ids: { claimId: claim.id },
    changedIds: [claim.id],
    details: { before: { aboutIds: before }, after: { aboutIds } },
    fields: [{ nodeId: claim.id, field: 'aboutIds', before, after: aboutIds }],
  };
}

export async function retractClaim(w: WriteTx, input: RetractInput): Promise<WorkResult<{ claimId: string }>> {
  await w.lock([input.id]);
  const claim = await w.target(input.id, ['CLAIM']);
  checkCanRetractClaim({ id: claim.id, status: String(claim.status) });
  const after = { status: 'RETRACTED', statusReason: input.reason, statusChangedAt: w.at, statusChangedBy: w.by };
  await w.run(UPDATE_PROPS, { id: claim.id, props: { ...after, updatedAt: w.at } });
  return { ids: { claimId: claim.id }, changedIds: [claim.id], details: { before: { status: claim.status }, after } };
}

export async function retractAttribution(w: WriteTx, input: RetractInput): Promise<WorkResult<{ attributionId: string; claimId: string }>> {
  const attribution = await w.target(input.id, ['ATTRIBUTION']);
  const claimId = String(attribution.claimId);
  await w.lock([claimId, attribution.id]);
  const fresh = await w.target(input.id, ['ATTRIBUTION']);
  const claim = await w.target(claimId, ['CLAIM']);
  const [count] = await w.run(ACTIVE_ATTRIBUTION_COUNT, { claimId });
  checkCanRetractAttribution({ id: fresh.id, status: String(fresh.status) }, { id: claimId, status: String(claim.status), activeAttributions: count?.count ?? 0 });
  const after = { status: 'RETRACTED', statusReason: input.reason, statusChangedAt: w.at, statusChangedBy: w.by };
  await w.run(UPDATE_PROPS, { id: fresh.id, props: { ...after, updatedAt: w.at } });
  return { ids: { attributionId: fresh.id, claimId }, changedIds: [fresh.id, claimId], details: { before: { status: 'ACTIVE' }, after } };
}

export async function supersedeClaim(w: WriteTx, input: SupersedeClaimInput): Promise<WorkResult<{ claimId: string }>> {
  await w.lock([input.id, input.supersededById]);
  const old = await w.target(input.id, ['CLAIM']);
  const found = await w.refs([{ entity: 'claim', field: 'supersededById', ids: [input.supersededById], kinds: ['CLAIM'] }]);
  const replacement = found.get(input.supersededById)!;
  checkSupersede({ id: old.id, status: String(old.status) }, { id: replacement.id, status: String(replacement.status) });
  await w.run(SUPERSEDE, { id: old.id, supersededById: replacement.id, reason: input.reason, at: w.at, by: w.by });
  return {
    ids: { claimId: old.id },
    changedIds: [old.id, replacement.id],
    details: { before: { status: 'ACTIVE' }, after: { status: 'SUPERSEDED', supersededById: replacement.id, reason: input.reason } },
  };
}

