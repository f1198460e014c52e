/** Variables that make each operation the explorer sends do real work on the seed graph. */
export const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  ExplorerSearch: { q: 'human rights' },
  ExplorerNeighbourhood: { id: 'org-ennhri', depth: 3, inc: true },
  ExplorerPaths: { from: 'person-tanya-lokshina', to: 'org-amnesty', hops: 6 },
  ExplorerClaim: { id: 'claim-ennhri-board-hostility-violations' },
  ExplorerActor: { id: 'org-ennhri' },
  ExplorerSource: { id: 'src-000-moskalkova-leaves-ennhri' },
  ExplorerSourceAttributions: { id: 'src-000-moskalkova-leaves-ennhri', after: null },
  ExplorerEvent: { id: 'event-ennhri-vote-2023-04-11' },
  ExplorerAttribution: { id: 'x' },
  ExplorerTimeline: { id: 'org-ennhri' },
  ExplorerClaimTimeline: { id: 'claim-ennhri-board-hostility-violations' },
  ExplorerInsights: { id: 'claim-coe-crackdown-key-feature' },
  ExplorerImpact: { id: 'src-000-moskalkova-leaves-ennhri' },
  ExplorerSimilar: { id: 'claim-ennhri-board-hostility-violations' },
};
