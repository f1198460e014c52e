import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types come from the SDL (`npm run codegen`); `npm run codegen:check` fails when they are stale.
// Parents are what the resolvers really hand on: graph-layer records and rows, not the SDL's object shapes.
const NODE = '../../graph/records#GraphNode as GraphNodeRecord';
const CONNECTION = '../paging/cursor#Connection<GraphNodeRecord>';
const WRITTEN = '../../graph/writes/WriteService#MutationResult';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/*.graphql',
  generates: {
    'src/api/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        // Values as stored and as our scalars hand them over (src/api/scalars.ts).
        scalars: {
          DateTime: { input: 'Date', output: 'string | Date' },
          URL: 'string',
          NonNegativeInt: 'number',
          PartialDate: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
        },
        mappers: {
          ActorCandidate: '../../graph/resolution/candidates#Candidate',
          DuplicateActorPair: '../../graph/resolution/duplicates#DuplicatePair',
          Node: NODE,
          Actor: NODE,
          Person: NODE,
          Organisation: NODE,
          Source: NODE,
          Claim: NODE,
          Attribution: NODE,
          Event: NODE,
          Change: NODE,
          Review: NODE,
          ClaimConnection: CONNECTION,
          AttributionConnection: CONNECTION,
          SourceConnection: CONNECTION,
          ActorConnection: CONNECTION,
          Mention: '../loaders#MentionRow',
          Position: '../loaders#LinkRow',
          Membership: '../loaders#LinkRow',
          ClaimRelation: '../loaders#ClaimRelationRow',
          DisputeConnection: '../paging/cursor#Connection<DisputeParent>',
          Dispute: '../parents#DisputeParent',
          Provenance: '../parents#ProvenanceParent',
          ProvenanceEntry: '../parents#ProvenanceEntryParent',
          Corroboration: '../parents#CorroborationParent',
          CorroborationOrigin: '../../domain/analysis/origins#OriginGroup',
          QuoteDrift: '../parents#QuoteDriftParent',
          QuoteVariant: '../parents#QuoteVariantParent',
          Impact: '../parents#ImpactParent',
          AffectedDispute: '../parents#AffectedDisputeParent',
          IntegrityMismatch: '../../graph/repositories/AnalysisReader#Mismatch',
          SourceVersion: '../../graph/repositories/AnalysisReader#SourceVersionRow',
          // A mutation's payload is its write's result; the payload's fields load what the ids name.
          SourcePayload: `${WRITTEN}<{ sourceId: string }>`,
          ActorPayload: `${WRITTEN}<{ actorId: string }>`,
          ClaimPayload: `${WRITTEN}<{ claimId: string }>`,
          AttributionPayload: `${WRITTEN}<{ attributionId: string; claimId: string }>`,
          ClaimLinkPayload: `${WRITTEN}<{ fromId: string; toId: string }>`,
          ReviewPayload: `${WRITTEN}<{ reviewId: string; claimId: string }>`,
          ClaimMatch: '../matching-parents#ClaimMatchParent',
          NewReportAssessment: '../matching-parents#NewReportParent',
          DeskSource: '../../desk/parents#DeskSourceParent',
          SaveArticlePayload: '../../desk/parents#SaveArticleParent',
          UndoAttributionPayload: '../../desk/parents#UndoParent',
          ActorLookupHit: '../../desk/lookup-actors#LookupHit',
          AddSourceVersionPayload: `${WRITTEN}<{ sourceId: string; version: string; lost: string; reanchored: string }>`,
        },
      },
    },
  },
};

export default config;
