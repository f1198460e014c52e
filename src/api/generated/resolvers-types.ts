import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Candidate } from '../../graph/resolution/candidates';
import type { DuplicatePair } from '../../graph/resolution/duplicates';
import type { GraphNode as GraphNodeRecord } from '../../graph/records';
import type { Connection } from '../paging/cursor';
import type { MentionRow, LinkRow, ClaimRelationRow } from '../loaders';
import type { DisputeParent, ProvenanceParent, ProvenanceEntryParent, CorroborationParent, QuoteDriftParent, QuoteVariantParent, ImpactParent, AffectedDisputeParent } from '../parents';
import type { OriginGroup } from '../../domain/analysis/origins';
import type { Mismatch, SourceVersionRow } from '../../graph/repositories/AnalysisReader';
import type { MutationResult } from '../../graph/writes/WriteService';
import type { ClaimMatchParent, NewReportParent } from '../matching-parents';
import type { DeskSourceParent, SaveArticleParent, UndoParent } from '../../desk/parents';
import type { LookupHit } from '../../desk/lookup-actors';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date-time in UTC, e.g. 2026-11-23T10:15:00.000Z. */
  DateTime: { input: Date; output: string | Date; }
  /** Any JSON value. */
  JSON: { input: unknown; output: unknown; }
  /** Any JSON object (a JSON-LD document). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An integer ≥ 0. */
  NonNegativeInt: { input: number; output: number; }
  /**
   * A calendar date at the precision the evidence gives: a year (2023), a month (2023-04)
   * or a day (2023-04-11). Filters treat a partial date as the whole period it names.
   */
  PartialDate: { input: string; output: string; }
  /** An absolute http(s) URL. */
  URL: { input: string; output: string; }
};

/** A person or organisation that says things, is spoken for, or is spoken about. */
export type Actor = {
  /** Every other spelling, misspellings included (e.g. ENRI for ENNHRI). */
  aliases: Array<Scalars['String']['output']>;
  /** When this node was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Principal that created this node. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** One sentence on who this is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** How many mentions `mentionedIn` would list without its bound. */
  mentionCount: Scalars['Int']['output'];
  /** Where sources mention this actor, with the spelling each used. At most `first` (default 50, at most 100), by source id then position; mentionCount tells how many there are. */
  mentionedIn: Array<Mention>;
  /** mentionedIn, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  mentionedInPage: MentionPage;
  /** Ids of actors merged into this one; they resolve here. */
  mergedIds: Array<Scalars['ID']['output']>;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** Attributions in which this actor is the speaker, oldest id first; retracted ones, and those of retracted or superseded claims, only when asked. */
  statements: AttributionConnection;
  /** When this node last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Wikidata item id, e.g. Q123, when known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A person or organisation that says things, is spoken for, or is spoken about. */
export type ActorMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or organisation that says things, is spoken for, or is spoken about. */
export type ActorMentionedInPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or organisation that says things, is spoken for, or is spoken about. */
export type ActorStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An existing actor that may be the one named. */
export type ActorCandidate = {
  __typename?: 'ActorCandidate';
  /** The actor. */
  actor: Actor;
  /** The best-matching spellings, best first. */
  reasons: Array<MatchReason>;
  /** 0..1; at or above 0.85 an add or rename is refused with DUPLICATE_SUSPECTED. */
  score: Scalars['Float']['output'];
};

/** A page of actors. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors on this page. */
  edges: Array<ActorEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many actors match in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One actor on a page. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** Person or organisation. */
export type ActorKind =
  /** Any organisation. */
  | 'ORGANISATION'
  /** A named person. */
  | 'PERSON';

/** An actor whose name, alias or acronym starts with what was typed. */
export type ActorLookupHit = {
  __typename?: 'ActorLookupHit';
  /** The actor. */
  actor: Actor;
  /** The spelling that matched: its name, or an alias or acronym. */
  matched: Scalars['String']['output'];
  /** name, alias or acronym. */
  matchedOn: Scalars['String']['output'];
};

/** The result of addActor, updateActor or mergeActors. */
export type ActorPayload = {
  __typename?: 'ActorPayload';
  /** The actor as it now is (the survivor, after a merge). */
  actor: Actor;
  /** The change recorded. */
  change: Change;
};

/** A new person or organisation. */
export type AddActorInput = {
  /** Organisations only: short form. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Other spellings, misspellings included. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisations only: ISO 3166 alpha-2 country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** One sentence on who this is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Which kind of actor. */
  kind: ActorKind;
  /** The canonical name. */
  name: Scalars['String']['input'];
  /** Ids of existing actors this one is NOT (they may look alike): the add goes ahead and each pair is remembered as DIFFERENT_FROM, never suggested again. */
  notDuplicateOf?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Organisations only: what sort (default OTHER). */
  orgKind?: InputMaybe<OrganisationKind>;
  /** Wikidata item id, e.g. Q7747. */
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** A further attribution of an existing claim. */
export type AddAttributionInput = {
  /** Who said it, where, how. */
  attribution: AttributionInput;
  /** The claim said. */
  claimId: Scalars['ID']['input'];
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A new claim together with its first attribution. */
export type AddClaimInput = {
  /** Actors and events it is about. */
  aboutIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Who said it, where, how. */
  attribution: AttributionInput;
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The proposition, worded neutrally. */
  text: Scalars['String']['input'];
};

/** Records a fact-checker's verdict on a claim. */
export type AddReviewInput = {
  /** The best value of the scale. */
  bestRating?: InputMaybe<Scalars['Int']['input']>;
  /** The claim judged. */
  claimId: Scalars['ID']['input'];
  /** Claims and sources the verdict rests on (at most 50). */
  evidenceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** When it was published (YYYY, YYYY-MM or YYYY-MM-DD); today when absent. */
  publishedAt?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The verdict in words, e.g. False or Misleading. */
  ratingLabel: Scalars['String']['input'];
  /** The verdict on a numeric scale; needs bestRating and worstRating. */
  ratingValue?: InputMaybe<Scalars['Int']['input']>;
  /** Why, in the reviewer's words. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** The organisation that published the verdict. */
  reviewerId: Scalars['ID']['input'];
  /** The page that publishes the verdict (absolute http(s) URL). */
  url: Scalars['String']['input'];
  /** The worst value of the scale. */
  worstRating?: InputMaybe<Scalars['Int']['input']>;
};

/** A new source: what we read claims in, or what a document relies on. */
export type AddSourceInput = {
  /** Its authors (people). */
  authorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Sources this one relies on or reports. */
  citesIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Send the same key again to retry safely: the first result is returned and nothing is written twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What sort of document it is. */
  kind: SourceKind;
  /** BCP 47 language tag of the text; default en. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** When it was published. */
  publishedAt?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The organisation that published it. */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** When it was captured. */
  retrievedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The full text exactly as captured (quotes are anchored to it); omit for a source cited but not held. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The document's title. */
  title: Scalars['String']['input'];
  /** Where it was published; must be unique among sources. */
  url?: InputMaybe<Scalars['URL']['input']>;
};

export type AddSourceVersionInput = {
  /** When it was captured. */
  capturedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Client idempotency key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The source whose publisher corrected it. */
  sourceId: Scalars['ID']['input'];
  /** The new text, exactly as captured. */
  text: Scalars['String']['input'];
};

export type AddSourceVersionPayload = {
  __typename?: 'AddSourceVersionPayload';
  /** The Change written. */
  change: Change;
  /** Attributions whose quote no longer appears: they stay anchored to the earlier version. */
  lost: Array<Attribution>;
  /** How many attributions were found again in the new text. */
  reanchored: Scalars['Int']['output'];
  /** The source, now showing the new text. */
  source: Source;
  /** The new version's number. */
  version: Scalars['Int']['output'];
};

/** A dispute a retraction would touch. */
export type AffectedDispute = {
  __typename?: 'AffectedDispute';
  /** The claim the link starts from. */
  claim: Claim;
  /** The claim it contradicts. */
  counterclaim: Claim;
  /** The CONTRADICTS link's id. */
  id: Scalars['ID']['output'];
};

/** A page of a bounded list of AffectedDispute items. */
export type AffectedDisputePage = {
  __typename?: 'AffectedDisputePage';
  /** The items on this page, in the list's order. */
  items: Array<AffectedDispute>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** One act of saying: a speaker, a claim, and the source it was read in, anchored to a span of its text. */
export type Attribution = Node & {
  __typename?: 'Attribution';
  /**
   * Null while start and end count in the source's current text. After a correction
   * (addSourceVersion) dropped this quote, the version of the source text that start and end
   * still count in: read it with `Source.textAt(version)`.
   */
  anchorVersion?: Maybe<Scalars['Int']['output']>;
  /** The quote as a W3C Web Annotation: the source as target, with a TextQuoteSelector and a TextPositionSelector (code points). Null when the source holds no text. */
  annotation?: Maybe<Scalars['JSONObject']['output']>;
  /** What was said. */
  claim: Claim;
  /** When it was recorded. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Principal that recorded it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** End offset, exclusive. */
  end?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** How the source conveys it. */
  mode: AttributionMode;
  /** The office the speaker spoke for. */
  onBehalfOf?: Maybe<Organisation>;
  /** Up to 32 characters before the quote, to re-anchor it. */
  prefix?: Maybe<Scalars['String']['output']>;
  /** The exact span of the source text: source.text[start:end]. */
  quote: Scalars['String']['output'];
  /** When it was said, at the precision known. */
  saidAt?: Maybe<Scalars['PartialDate']['output']>;
  /** The document we read it in. */
  source: Source;
  /** Who said it. */
  speaker: Actor;
  /** Start offset in the source text (UTF-16 code units); null when the source holds no text. */
  start?: Maybe<Scalars['NonNegativeInt']['output']>;
  /** Whether this attribution stands. */
  status: AttributionStatus;
  /** Why it was retracted, when it was. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Up to 32 characters after the quote. */
  suffix?: Maybe<Scalars['String']['output']>;
  /** What that document says it relied on (the reporting chain). At most `first` (default 5: a report relies on a few sources, and the default is priced into every query that lists attributions; at most 100), in id order; viaCount tells how many there are. */
  via: Array<Source>;
  /** How many sources `via` would list without its bound. */
  viaCount: Scalars['Int']['output'];
  /** via, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  viaPage: SourcePage;
};


/** One act of saying: a speaker, a claim, and the source it was read in, anchored to a span of its text. */
export type AttributionViaArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One act of saying: a speaker, a claim, and the source it was read in, anchored to a span of its text. */
export type AttributionViaPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of attributions. */
export type AttributionConnection = {
  __typename?: 'AttributionConnection';
  /** The attributions on this page. */
  edges: Array<AttributionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many match in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One attribution on a page. */
export type AttributionEdge = {
  __typename?: 'AttributionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The attribution. */
  node: Attribution;
};

/** One act of saying, anchored in a source's text. */
export type AttributionInput = {
  /** How the source conveys it. */
  mode: AttributionMode;
  /** Which occurrence (1-based) when the quote occurs more than once in the text. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The office the speaker spoke for. */
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  /** The exact words of the source: the quoted span, or for a paraphrase the span that paraphrases. */
  quote: Scalars['String']['input'];
  /** When it was said. */
  saidAt?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The source we read it in. */
  sourceId: Scalars['ID']['input'];
  /** Who said it. */
  speakerId: Scalars['ID']['input'];
  /** Picks one of several spans the quote matches by its start offset (UTF-16 code units), instead of occurrence; the refusal that lists the spans gives their starts. */
  start?: InputMaybe<Scalars['Int']['input']>;
  /** What the source says it relied on. */
  viaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** How the source conveys what the speaker said. */
export type AttributionMode =
  /** The source quotes the speaker's words. */
  | 'DIRECT_QUOTE'
  /** The source restates the speaker's words in its own; quote is the restating span. */
  | 'PARAPHRASE'
  /** The source relays it second-hand (see via). */
  | 'REPORTED';

/** A page of a bounded list of Attribution items. */
export type AttributionPage = {
  __typename?: 'AttributionPage';
  /** The items on this page, in the list's order. */
  items: Array<Attribution>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** The result of addAttribution or retractAttribution. */
export type AttributionPayload = {
  __typename?: 'AttributionPayload';
  /** The attribution as it now is. */
  attribution: Attribution;
  /** The change recorded. */
  change: Change;
  /** Its claim. */
  claim: Claim;
  /** As on ClaimPayload: what had to be folded to find the quote; null when this write anchored no quote. */
  quoteNormalised?: Maybe<Array<Scalars['String']['output']>>;
};

/** Whether an attribution still stands. */
export type AttributionStatus =
  /** Stands. */
  | 'ACTIVE'
  /** Withdrawn by an editor, with a reason; kept for history. */
  | 'RETRACTED';

/** A quote an extraction found in a text, with its speaker. Nothing is written. */
export type AttributionSuggestion = {
  __typename?: 'AttributionSuggestion';
  /** Known actors the speaker may be, best first, when the match is not confident (then speakerId is null). */
  candidates: Array<SpeakerCandidate>;
  /** How sure the rule is (0..1). */
  confidence: Scalars['Float']['output'];
  /** Up to 60 characters of the text after the quote. */
  contextAfter: Scalars['String']['output'];
  /** Up to 60 characters of the text before the quote. */
  contextBefore: Scalars['String']['output'];
  /** The cue words as written ("said", "told", "according to"); empty for a quote that carries on without one. The rule is `pattern`. */
  cue: Scalars['String']['output'];
  /** End offset, exclusive. */
  end: Scalars['Int']['output'];
  /** True when the text sent was HTML: it was read as text with its tags stripped, and start/end/quote still point into the HTML sent. */
  fromHtml: Scalars['Boolean']['output'];
  /** Direct quote, paraphrase (X said that …) or reported (according to X). */
  mode: AttributionMode;
  /** The pattern that found it: quote-cue-after, quote-cue-before, quote-cue-middle, quote-colon, quote-continued, fragment, indirect-that, indirect-cue-after, present-say, told-object, according-to, reported-chain, credit-line (a pull quote under a credit line), qa-answer (an interview answer), own-voice (a sentence of a statement or opinion piece in the voice given), characterise (a stance given with a characterising verb: described X as Y, found X inaccurate), quote-epigraph (a quotation opening the text or a section, its speaker named just after). */
  pattern: Scalars['String']['output'];
  /** The words, exactly as in the text. */
  quote: Scalars['String']['output'];
  /** The outlet the words came through, for a VIA or CITES link. */
  reportedThrough?: Maybe<ReportedThrough>;
  /** The known actor that name matches, by name or alias. */
  speakerId?: Maybe<Scalars['ID']['output']>;
  /** What the speaker is: named, a group, an unnamed source, or a pronoun resolved. */
  speakerKind: SpeakerKind;
  /** The speaker as the text names them. */
  speakerName?: Maybe<Scalars['String']['output']>;
  /** How the text refers to the speaker at this quote: "He", "Varga", "the ministry". */
  speakerSurface?: Maybe<Scalars['String']['output']>;
  /** Start offset (UTF-16 code units). */
  start: Scalars['Int']['output'];
};

/** A page of a bounded list of AttributionSuggestion items. */
export type AttributionSuggestionPage = {
  __typename?: 'AttributionSuggestionPage';
  /** The items on this page, in the list's order. */
  items: Array<AttributionSuggestion>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** Suggestions for one text, with how the text was read. */
export type AttributionSuggestions = {
  __typename?: 'AttributionSuggestions';
  /** True when the text sent was HTML and was read with its tags stripped (offsets still point into the HTML sent). */
  fromHtml: Scalars['Boolean']['output'];
  /** Why the text was read differently from how it was sent, e.g. that HTML tags were stripped; null when it was read as sent. */
  note?: Maybe<Scalars['String']['output']>;
  /** The suggestions, in text order. */
  suggestions: Array<AttributionSuggestion>;
};

/** One write to the graph: who made it, when, and what it changed. */
export type Change = Node & {
  __typename?: 'Change';
  /** When the write was committed. */
  at: Scalars['DateTime']['output'];
  /** The principal that made it. */
  by: Scalars['String']['output'];
  /** Ids of the nodes it changed. */
  changedIds: Array<Scalars['ID']['output']>;
  /** The changed fields before and after, and anything else the operation records. */
  details?: Maybe<Scalars['JSON']['output']>;
  /** For each changed field of each node, the value before and after; empty for changes recorded before field history existed. */
  fields: Array<FieldChange>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** The mutation, e.g. addClaim. */
  operation: Scalars['String']['output'];
};

/** A page of a bounded list of Change items. */
export type ChangePage = {
  __typename?: 'ChangePage';
  /** The items on this page, in the list's order. */
  items: Array<Change>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** A proposition, worded neutrally, that somebody said. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** Actors and events this claim is about. At most `first` (default 20, at most 100), in id order. */
  about: Array<Node>;
  /** about, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  aboutPage: NodePage;
  /** How many attributions `attributions` would list without its bound (retracted ones only when asked). */
  attributionCount: Scalars['Int']['output'];
  /** Every act of saying it (retracted ones only when asked). At most `first` (default 20, at most 100), oldest id first; attributionCount tells how many there are. */
  attributions: Array<Attribution>;
  /** attributions, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  attributionsPage: AttributionPage;
  /** Claims linked by CONTRADICTS in either direction; hidden ones only when asked. At most `first` (default 20, at most 100), in id order. */
  counterclaims: Array<Claim>;
  /** counterclaims, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  counterclaimsPage: ClaimPage;
  /** When this claim was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Principal that created this claim. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** CONTRADICTS/SUPPORTS links touching this claim, with their basis; links to a retracted or superseded claim only when asked. At most `first` (default 20, at most 100), in link id order. */
  relations: Array<ClaimRelation>;
  /** relations, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  relationsPage: ClaimRelationPage;
  /** Fact-checkers' reviews of this claim, newest first. At most `first` (default 20, at most the page-size cap). */
  reviews: Array<Review>;
  /** reviews, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  reviewsPage: ReviewPage;
  /** Other claims that match this one's text (the claim itself left out), best first. */
  similar: Array<ClaimMatch>;
  /** Whether it stands. */
  status: ClaimStatus;
  /** Why it was retracted or superseded, when it was. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** The claim that replaced this one, when superseded. */
  supersededBy?: Maybe<Claim>;
  /** Claims that corroborate this one (SUPPORTS pointing here); hidden ones only when asked. At most `first` (default 20, at most 100), in id order. */
  supportedBy: Array<Claim>;
  /** supportedBy, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  supportedByPage: ClaimPage;
  /** Claims this one corroborates; hidden ones only when asked. At most `first` (default 20, at most 100), in id order. */
  supports: Array<Claim>;
  /** supports, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  supportsPage: ClaimPage;
  /** The proposition, worded neutrally. */
  text: Scalars['String']['output'];
  /** When this claim last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimAboutPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimAttributionCountArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimAttributionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimAttributionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimCounterclaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimCounterclaimsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimRelationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimRelationsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimReviewsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimSupportedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimSupportedByPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimSupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A proposition, worded neutrally, that somebody said. */
export type ClaimSupportsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims on this page. */
  edges: Array<ClaimEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many claims match in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One claim on a page. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** Narrows a claims listing; all given fields must hold. */
export type ClaimFilter = {
  /** Claims about this actor or event. */
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  /** Include retracted and superseded claims (ignored when status is given). */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Claims said on or after this date (partial dates cover their whole period). */
  saidFrom?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Claims said on or before this date. */
  saidTo?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Claims with an attribution in this source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims with an attribution by this actor. */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims with this status; default ACTIVE unless includeRetracted. */
  status?: InputMaybe<ClaimStatus>;
  /** Claims whose text or any quote matches these words (full-text); at most 500 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The result of linkClaims or unlinkClaims. */
export type ClaimLinkPayload = {
  __typename?: 'ClaimLinkPayload';
  /** The change recorded. */
  change: Change;
  /** The claim the link starts from. */
  from: Claim;
  /** The claim it points to. */
  to: Claim;
};

/** A claim the graph already holds that matches a statement. */
export type ClaimMatch = {
  __typename?: 'ClaimMatch';
  /** The claim. */
  claim: Claim;
  /** How many independent origins already stand behind the claim (the corroboration analysis). */
  corroboration: Corroboration;
  /** Whether a new report of this claim, in source `sourceId` by `speakerId` relying on `viaIds`, would add an independent origin or relay one already held. */
  newReport: NewReportAssessment;
  /** Which signals matched (same normalised text, shared rare terms, close in meaning) and what differs. */
  reasons: Array<Scalars['String']['output']>;
  /** The claim's fact-checks, newest first, at most `first`. */
  reviews: Array<Review>;
  /** reviews, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  reviewsPage: ReviewPage;
  /** How well it matches, 0..1 (see docs/matching.md for the thresholds). */
  score: Scalars['Float']['output'];
  /** NEAR_CERTAIN or SUGGESTED. */
  tier: MatchTier;
  /** One line per fact-check: "already checked: False, by Example Check, on 2024-03-02"; empty when never checked. */
  verdicts: Array<Scalars['String']['output']>;
};


/** A claim the graph already holds that matches a statement. */
export type ClaimMatchNewReportArgs = {
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  viaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** A claim the graph already holds that matches a statement. */
export type ClaimMatchReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A claim the graph already holds that matches a statement. */
export type ClaimMatchReviewsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a bounded list of Claim items. */
export type ClaimPage = {
  __typename?: 'ClaimPage';
  /** The items on this page, in the list's order. */
  items: Array<Claim>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** The result of addClaim, setAbout, retractClaim or supersedeClaim. */
export type ClaimPayload = {
  __typename?: 'ClaimPayload';
  /** The change recorded. */
  change: Change;
  /** The claim as it now is. */
  claim: Claim;
  /** What had to be folded to find the quote in the source text (quotes, dashes, whitespace, soft-hyphens, ellipsis, first-letter-case): the stored quote is the text's own span. Empty when the quote occurred as sent; null when this write anchored no quote. */
  quoteNormalised?: Maybe<Array<Scalars['String']['output']>>;
};

/** A CONTRADICTS or SUPPORTS link between two claims. */
export type ClaimRelation = {
  __typename?: 'ClaimRelation';
  /** Why the two claims relate this way. */
  basis: Scalars['String']['output'];
  /** When they were linked. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who linked them. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The claim the link starts from. */
  from: Claim;
  /** CONTRADICTS or SUPPORTS. */
  kind: ClaimRelationKind;
  /** The claim the link points to. */
  to: Claim;
};

/** How two claims relate. */
export type ClaimRelationKind =
  /** The two cannot both hold. */
  | 'CONTRADICTS'
  /** The first corroborates the second. */
  | 'SUPPORTS';

/** A page of a bounded list of ClaimRelation items. */
export type ClaimRelationPage = {
  __typename?: 'ClaimRelationPage';
  /** The items on this page, in the list's order. */
  items: Array<ClaimRelation>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** Whether a claim still stands. */
export type ClaimStatus =
  /** Stands. */
  | 'ACTIVE'
  /** Withdrawn by an editor, with a reason; kept for history. */
  | 'RETRACTED'
  /** Replaced by a better-worded or corrected claim; kept for history. */
  | 'SUPERSEDED';

/** How many independent origins stand behind a claim and the claims that SUPPORT it. */
export type Corroboration = {
  __typename?: 'Corroboration';
  /** Visible attributions of the claim and of its supporting claims. */
  attributionCount: Scalars['Int']['output'];
  /** The claim. */
  claim: Claim;
  /** Groups left once reports by the same speaker, relays and reports of a common earlier source are joined. */
  independentOriginCount: Scalars['Int']['output'];
  /** The groups, at most `first`. */
  origins: Array<CorroborationOrigin>;
  /** origins, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  originsPage: CorroborationOriginPage;
};


/** How many independent origins stand behind a claim and the claims that SUPPORT it. */
export type CorroborationOriginsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** How many independent origins stand behind a claim and the claims that SUPPORT it. */
export type CorroborationOriginsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A group of reports that are not independent of each other, and the source they go back to. */
export type CorroborationOrigin = {
  __typename?: 'CorroborationOrigin';
  /** The attributions in the group. */
  attributions: Array<Attribution>;
  /** The earliest known source the group goes back to (a chain's end, or the report's own source). */
  origin: Source;
  /** Who spoke in the group. */
  speakers: Array<Actor>;
};

/** A page of a bounded list of CorroborationOrigin items. */
export type CorroborationOriginPage = {
  __typename?: 'CorroborationOriginPage';
  /** The items on this page, in the list's order. */
  items: Array<CorroborationOrigin>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** A new person or organisation created by a desk save; the save's other items name it by ref. */
export type DeskActorInput = {
  /** Organisations only: short form. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Other spellings. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One sentence on who this is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Which kind of actor. */
  kind: ActorKind;
  /** The canonical name. */
  name: Scalars['String']['input'];
  /** Ids of existing actors the curator ruled out as the same one (recorded as DIFFERENT_FROM); a name that looks like another actor not listed here is refused. */
  notDuplicateOf?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A name for this actor inside this save only (e.g. a1); unique among the save's refs. */
  ref: Scalars['String']['input'];
};

/** One act of saying, anchored by exact offsets in the article's stored text. */
export type DeskAttributionInput = {
  /** What was said: an existing claim (attach to it; give claimId or claimRef, not both). */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** What was said: one of this save's new claims. */
  claimRef?: InputMaybe<Scalars['String']['input']>;
  /** End offset, exclusive. */
  end: Scalars['Int']['input'];
  /** How the source conveys it. */
  mode: AttributionMode;
  /** The organisation the speaker spoke for, when in the graph. */
  onBehalfOfId?: InputMaybe<Scalars['ID']['input']>;
  /** Must equal text.slice(start, end) exactly, and neither begin nor end with whitespace. */
  quote: Scalars['String']['input'];
  /** When it was said, as YYYY, YYYY-MM or YYYY-MM-DD. */
  saidAt?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Who said it: an existing actor id (give speakerId or speakerRef, not both). */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who said it: one of this save's new actors. */
  speakerRef?: InputMaybe<Scalars['String']['input']>;
  /** Start offset in the stored text (UTF-16 code units, as JavaScript counts). */
  start: Scalars['Int']['input'];
  /** Relayed from: existing sources the article says it relied on. */
  viaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Relayed from: this save's cited sources (their refs). */
  viaRefs?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A source the article says it relied on (told TASS, according to a ministry statement), cited but not held. */
export type DeskCitedSourceInput = {
  /** What sort of document it is (default OTHER). */
  kind?: InputMaybe<SourceKind>;
  /** Its publisher, when already in the graph. */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** Its publisher, when one of this save's new actors (its ref). */
  publisherRef?: InputMaybe<Scalars['String']['input']>;
  /** A name for this source inside this save only. */
  ref: Scalars['String']['input'];
  /** Its title or a short description (TASS report). */
  title: Scalars['String']['input'];
  /** Where it was published, when known. */
  url?: InputMaybe<Scalars['URL']['input']>;
};

/** A new claim created by a desk save; attributions and links name it by ref. */
export type DeskClaimInput = {
  /** Existing actors or events it is about. */
  aboutIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New actors of this save it is about (their refs). */
  aboutRefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A name for this claim inside this save only (e.g. c1). */
  ref: Scalars['String']['input'];
  /** The proposition, worded neutrally. */
  text: Scalars['String']['input'];
};

/** A claim named in a link: an existing id or a ref of this save (one of the two). */
export type DeskClaimPick = {
  /** An existing claim. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** One of this save's new claims. */
  ref?: InputMaybe<Scalars['String']['input']>;
};

/** A SUPPORTS or CONTRADICTS link saved with the article. */
export type DeskLinkInput = {
  /** Why: required, shown to every reader of the link. */
  basis: Scalars['String']['input'];
  /** The claim the link starts from. */
  from: DeskClaimPick;
  /** CONTRADICTS or SUPPORTS. */
  kind: ClaimRelationKind;
  /** The claim it points to. */
  to: DeskClaimPick;
};

/** A ref of a save and the id it was given. */
export type DeskRefId = {
  __typename?: 'DeskRefId';
  /** The id in the graph. */
  id: Scalars['ID']['output'];
  /** The ref the save named. */
  ref: Scalars['String']['output'];
};

/** An article as the desk shows it: its text, its revision and everything attributed in it. */
export type DeskSource = {
  __typename?: 'DeskSource';
  /** The attributions in this source, retracted ones included (status tells), in text order: the first `first` (at most 100); attributionsPage reads them all. */
  attributions: Array<Attribution>;
  /** attributions, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  attributionsPage: AttributionPage;
  /** Opaque; changes whenever an attribution in this source, or its claim, is added, retracted or changes status. Send it as baseRevision. */
  revision: Scalars['String']['output'];
  /** The source. */
  source: Source;
  /** The stored text (empty for a source cited but not held). */
  text: Scalars['String']['output'];
  /** SHA-256 (hex) of the text in UTF-8. */
  textSha256?: Maybe<Scalars['String']['output']>;
};


/** An article as the desk shows it: its text, its revision and everything attributed in it. */
export type DeskSourceAttributionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An article as the desk shows it: its text, its revision and everything attributed in it. */
export type DeskSourceAttributionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The new article a desk save creates: its exact text becomes the source's stored text. */
export type DeskSourceInput = {
  /** What sort of document it is (default ARTICLE). */
  kind?: InputMaybe<SourceKind>;
  /** BCP 47 language tag of the text; default en. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** When it was published, as YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedAt?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The publishing organisation, when it is already in the graph. */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** The publishing organisation, when it is one of this save's new actors (its ref). */
  publisherRef?: InputMaybe<Scalars['String']['input']>;
  /** The full text exactly as the curator sees it; quotes are offsets into it. */
  text: Scalars['String']['input'];
  /** The document's title. */
  title: Scalars['String']['input'];
  /** Where it was published; must be unique among sources. */
  url?: InputMaybe<Scalars['URL']['input']>;
};

/** One part of a word diff. */
export type DiffOp =
  /** Words only the baseline has. */
  | 'DELETE'
  /** Words both wordings have. */
  | 'EQUAL'
  /** Words only the variant has. */
  | 'INSERT';

/** A run of words in a diff. */
export type DiffPart = {
  __typename?: 'DiffPart';
  /** What happened to the words. */
  op: DiffOp;
  /** The words, with their spacing. */
  text: Scalars['String']['output'];
};

/** A claim and a counterclaim, with both sides' attributions. */
export type Dispute = {
  __typename?: 'Dispute';
  /** Why the two cannot both hold. */
  basis: Scalars['String']['output'];
  /** The claim the CONTRADICTS link starts from. */
  claim: Claim;
  /** Attributions of the first claim: speakers, quotes, sources; retracted ones only when the disputes were asked with includeRetracted. At most `first` (default 20, at most 100), oldest id first. */
  claimAttributions: Array<Attribution>;
  /** claimAttributions, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  claimAttributionsPage: AttributionPage;
  /** The claim it contradicts. */
  counterclaim: Claim;
  /** Attributions of the counterclaim, likewise. At most `first` (default 20, at most 100), oldest id first. */
  counterclaimAttributions: Array<Attribution>;
  /** counterclaimAttributions, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  counterclaimAttributionsPage: AttributionPage;
  /** Stable id of the pair (the CONTRADICTS link). */
  id: Scalars['ID']['output'];
};


/** A claim and a counterclaim, with both sides' attributions. */
export type DisputeClaimAttributionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A claim and a counterclaim, with both sides' attributions. */
export type DisputeClaimAttributionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A claim and a counterclaim, with both sides' attributions. */
export type DisputeCounterclaimAttributionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A claim and a counterclaim, with both sides' attributions. */
export type DisputeCounterclaimAttributionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of disputes. */
export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  /** The disputes on this page. */
  edges: Array<DisputeEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
};

/** One dispute on a page. */
export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The dispute. */
  node: Dispute;
};

/** Two actors already in the graph that are probably one; merge them with mergeActors, or mark them different with updateActor(notDuplicateOf). */
export type DuplicateActorPair = {
  __typename?: 'DuplicateActorPair';
  /** The one with the smaller id. */
  a: Actor;
  /** The other. */
  b: Actor;
  /** The best-matching spellings, best first. */
  reasons: Array<MatchReason>;
  /** 0..1, as for ActorCandidate. */
  score: Scalars['Float']['output'];
};

/** Something that happened and that claims are about. */
export type Event = Node & {
  __typename?: 'Event';
  /** How many claims `claims` would list without its bound. */
  claimCount: Scalars['Int']['output'];
  /** Claims about this event; hidden ones only when asked. At most `first` (default 20, at most 100), in id order; claimCount tells how many there are. */
  claims: Array<Claim>;
  /** claims, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  claimsPage: ClaimPage;
  /** When, at the precision known. */
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  name: Scalars['String']['output'];
  /** Where, when known. */
  place?: Maybe<Scalars['String']['output']>;
};


/** Something that happened and that claims are about. */
export type EventClaimCountArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Something that happened and that claims are about. */
export type EventClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Something that happened and that claims are about. */
export type EventClaimsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One field of one node as a write changed it. Links (aboutIds, contradicts, supports) count as fields of the node they start from. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** Its value after the write; null when the write removed it. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** Its value before the write; null when it had none (or the node is new). Texts of 500 characters or more are given as {length, sha256}. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The field: a property name, labels, or a link such as aboutIds. */
  field: Scalars['String']['output'];
  /** The node changed. */
  nodeId: Scalars['ID']['output'];
};

/** An edge ready to draw. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Id of the start node. */
  from: Scalars['ID']['output'];
  /** Stable id of the edge. */
  id: Scalars['ID']['output'];
  /** A label to show, e.g. the attribution mode on SAID edges. */
  label?: Maybe<Scalars['String']['output']>;
  /** Id of the end node. */
  to: Scalars['ID']['output'];
  /** Relationship type, e.g. CONTRADICTS, SUPPORTS, SAID (speaker → claim), IN, CITES, ABOUT. */
  type: Scalars['String']['output'];
};

/** A node ready to draw. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Its date, when it has one (said, published or happened). */
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: NodeKind;
  /** A short label to show. */
  label: Scalars['String']['output'];
  /** Whether it is retracted or superseded. */
  retracted: Scalars['Boolean']['output'];
};

/** What retracting (or merging away) a node would take with it. A dry run: nothing changes. */
export type Impact = {
  __typename?: 'Impact';
  /** Visible attributions that would be hidden. */
  attributionsAffected: Scalars['Int']['output'];
  /** Claims whose every visible attribution would be hidden. */
  claimsLeftWithoutActiveAttribution: Array<Claim>;
  /** claimsLeftWithoutActiveAttribution, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  claimsLeftWithoutActiveAttributionPage: ClaimPage;
  /** Claims that a claim left unsaid (or retracted) SUPPORTS. */
  claimsLosingSupport: Array<Claim>;
  /** claimsLosingSupport, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  claimsLosingSupportPage: ClaimPage;
  /** Disputes with a claim left unsaid (or retracted) on either side. */
  disputesAffected: Array<AffectedDispute>;
  /** disputesAffected, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  disputesAffectedPage: AffectedDisputePage;
  /** The node asked about. */
  node: Node;
};


/** What retracting (or merging away) a node would take with it. A dry run: nothing changes. */
export type ImpactClaimsLeftWithoutActiveAttributionArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What retracting (or merging away) a node would take with it. A dry run: nothing changes. */
export type ImpactClaimsLeftWithoutActiveAttributionPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What retracting (or merging away) a node would take with it. A dry run: nothing changes. */
export type ImpactClaimsLosingSupportArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What retracting (or merging away) a node would take with it. A dry run: nothing changes. */
export type ImpactClaimsLosingSupportPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What retracting (or merging away) a node would take with it. A dry run: nothing changes. */
export type ImpactDisputesAffectedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What retracting (or merging away) a node would take with it. A dry run: nothing changes. */
export type ImpactDisputesAffectedPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A span or hash that does not check out. */
export type IntegrityMismatch = {
  __typename?: 'IntegrityMismatch';
  /** The attribution whose span is off (null for a text whose hash is off). */
  attribution?: Maybe<Attribution>;
  /** What is wrong. */
  reason: Scalars['String']['output'];
  /** The source concerned. */
  source: Source;
};

/** The result of re-hashing texts and re-checking spans. */
export type IntegrityReport = {
  __typename?: 'IntegrityReport';
  /** What did not check out. */
  mismatches: Array<IntegrityMismatch>;
  /** Sources checked. */
  sourcesChecked: Scalars['Int']['output'];
  /** Attribution spans checked. */
  spansChecked: Scalars['Int']['output'];
};

/** Links two claims. */
export type LinkClaimsInput = {
  /** Why: required, shown to every reader of the link. */
  basis: Scalars['String']['input'];
  /** The claim the link starts from. */
  fromId: Scalars['ID']['input'];
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** CONTRADICTS or SUPPORTS. */
  kind: ClaimRelationKind;
  /** The claim it points to. */
  toId: Scalars['ID']['input'];
};

/** How a spelling was found to match an actor's name or alias. */
export type MatchMethod =
  /** An initialism against the words it stands for (UN Human Rights Council, UNHRC), or an acronym missing letters (ENRI for ENNHRI). */
  | 'ACRONYM'
  /** The very same string. */
  | 'EXACT'
  /** Initials against given names (T. Moskalkova). */
  | 'INITIALS'
  /** The same after Unicode NFKC, case and diacritics folding, punctuation, '&' = 'and', U.N. = UN, titles (persons) or stopwords (organisations) dropped. */
  | 'NORMALISED'
  /** Words that sound the same (Double Metaphone). */
  | 'PHONETIC'
  /** Only similar (token-sort ratio, discounted). */
  | 'SIMILAR'
  /** A lone surname against a full name (Moskalkova). */
  | 'SURNAME'
  /** Another romanisation of the same Cyrillic name (Tatiana/Tatyana/Tatjana, -ova/-owa, ts/tz, ks/x, ye/e). */
  | 'TRANSLITERATION'
  /** The last word cut short (SOPA Ima). */
  | 'TRUNCATED'
  /** A letter or two wrong in otherwise the same words (edit distance). */
  | 'TYPO'
  /** The same words in another order (Moskalkova, Tatyana). */
  | 'WORD_ORDER';

/** Why a candidate was proposed: which spelling matched which of its names, and how. */
export type MatchReason = {
  __typename?: 'MatchReason';
  /** The candidate's name or alias (or mention spelling) that matched. */
  matched: Scalars['String']['output'];
  /** How they matched. */
  method: MatchMethod;
  /** The spelling asked about. */
  query: Scalars['String']['output'];
  /** How strongly, 0..1. */
  score: Scalars['Float']['output'];
};

/** How sure a match is. */
export type MatchTier =
  /** The same claim: a high score, no differing number, date, name or negation, and at least 8 words. */
  | 'NEAR_CERTAIN'
  /** Worth a look: at or above the suggestion threshold (or below it, when minScore asked that low). */
  | 'SUGGESTED';

/** Membership of one organisation in another over a period. */
export type Membership = {
  __typename?: 'Membership';
  /** Start of membership, when known. */
  from?: Maybe<Scalars['PartialDate']['output']>;
  /** The member. */
  member: Organisation;
  /** The organisation joined. */
  organisation: Organisation;
  /** End of membership, when known. */
  to?: Maybe<Scalars['PartialDate']['output']>;
};

/** A membership to record for an organisation. */
export type MembershipInput = {
  /** Start, when known. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** The organisation joined. */
  organisationId: Scalars['ID']['input'];
  /** End, when known. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A page of a bounded list of Membership items. */
export type MembershipPage = {
  __typename?: 'MembershipPage';
  /** The items on this page, in the list's order. */
  items: Array<Membership>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** How one source spelled an actor's name, and where in its text. */
export type Mention = {
  __typename?: 'Mention';
  /** The actor meant. */
  actor: Actor;
  /** End offset, exclusive. */
  end: Scalars['NonNegativeInt']['output'];
  /** The source that mentions it. */
  source: Source;
  /** Start offset in the source text (UTF-16 code units). */
  start: Scalars['NonNegativeInt']['output'];
  /** The spelling used, exactly as in the text (e.g. ENRI). */
  surface: Scalars['String']['output'];
};

/** A page of a bounded list of Mention items. */
export type MentionPage = {
  __typename?: 'MentionPage';
  /** The items on this page, in the list's order. */
  items: Array<Mention>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** Merges a duplicate actor into another. */
export type MergeActorsInput = {
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The duplicate: its aliases, mentions and relationships move to the survivor; its id keeps resolving there. */
  mergedId: Scalars['ID']['input'];
  /** The actor that remains. */
  survivorId: Scalars['ID']['input'];
};

/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a person or organisation. */
  addActor: ActorPayload;
  /** Adds another attribution to a claim. */
  addAttribution: AttributionPayload;
  /** Adds a claim together with its first attribution; the quote must be found in the source text. */
  addClaim: ClaimPayload;
  /** Records a review of a claim (editor). */
  addReview: ReviewPayload;
  /** Adds a source; the server computes the text's SHA-256 and refuses a duplicate URL or text. */
  addSource: SourcePayload;
  /** A publisher's correction: keeps every earlier text and hash, re-anchors each attribution from its quote and context (small edits tolerated) and lists the quotes lost. Editor role. */
  addSourceVersion: AddSourceVersionPayload;
  /** Links two claims by CONTRADICTS or SUPPORTS, with a basis. */
  linkClaims: ClaimLinkPayload;
  /** Merges a duplicate actor into a survivor (admin). */
  mergeActors: ActorPayload;
  /** Retracts one attribution (admin); the last active attribution of an active claim cannot be retracted. */
  retractAttribution: AttributionPayload;
  /** Retracts a claim (admin). */
  retractClaim: ClaimPayload;
  /** Retracts a review: it stays, hidden from Claim.reviews by default (admin). */
  retractReview: ReviewPayload;
  /**
   * Writes a whole article from the curation desk in one transaction: the source (new, or
   * existing at baseRevision), new actors, cited sources, claims, attributions and links,
   * recorded as one Change. Bad items: BAD_USER_INPUT with extensions.items listing every
   * problem by path (attributions.2.quote), nothing written. A stale baseRevision: CONFLICT
   * with the current revision and the other editors' attributions. Needs an editor key.
   */
  saveArticle: SaveArticlePayload;
  /** Sets what a claim is about. */
  setAbout: ClaimPayload;
  /** Marks a claim superseded by another (admin). */
  supersedeClaim: ClaimPayload;
  /**
   * The desk's undo: retracts an attribution with a reason (it stays in the graph and in
   * history). An editor may undo attributions recorded under their own key; an admin any.
   * When it is its claim's last active attribution, the claim is retracted with it (only
   * when the same principal created the claim, or an admin undoes), since no claim stands
   * without provenance.
   */
  undoDeskAttribution: UndoAttributionPayload;
  /** Removes a link between two claims (the Change keeps what it was). */
  unlinkClaims: ClaimLinkPayload;
  /** Changes an actor: names, aliases, positions, memberships. */
  updateActor: ActorPayload;
  /** Changes a source's metadata, or adds text to a source that had none. */
  updateSource: SourcePayload;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationAddActorArgs = {
  input: AddActorInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationAddAttributionArgs = {
  input: AddAttributionInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationAddClaimArgs = {
  input: AddClaimInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationAddReviewArgs = {
  input: AddReviewInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationAddSourceArgs = {
  input: AddSourceInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationAddSourceVersionArgs = {
  input: AddSourceVersionInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationLinkClaimsArgs = {
  input: LinkClaimsInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationMergeActorsArgs = {
  input: MergeActorsInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationRetractAttributionArgs = {
  input: RetractInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationRetractClaimArgs = {
  input: RetractInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationRetractReviewArgs = {
  input: RetractInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationSaveArticleArgs = {
  input: SaveArticleInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationSetAboutArgs = {
  input: SetAboutInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationSupersedeClaimArgs = {
  input: SupersedeClaimInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationUndoDeskAttributionArgs = {
  input: RetractInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationUnlinkClaimsArgs = {
  input: UnlinkClaimsInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationUpdateActorArgs = {
  input: UpdateActorInput;
};


/** Writes. Each needs Authorization: Bearer <key> (retractions, supersessions and merges need an admin key), runs in one transaction and records a Change. */
export type MutationUpdateSourceArgs = {
  input: UpdateSourceInput;
};

/** What a new report of a matched claim would add, by the corroboration rules. */
export type NewReportAssessment = {
  __typename?: 'NewReportAssessment';
  /** True when the new report would be an origin of its own: no shared speaker, no relay, no common earlier source. */
  independent: Scalars['Boolean']['output'];
  /** The origin group it would join, when it is not independent. */
  joins?: Maybe<CorroborationOrigin>;
  /** Why, in words. */
  reason: Scalars['String']['output'];
};

/** Anything in the graph with a globally unique, stable id. */
export type Node = {
  /** Globally unique across all kinds; stable; resolvable with Query.node. */
  id: Scalars['ID']['output'];
};

/** The kinds of node a client can ask for. */
export type NodeKind =
  /** One act of saying: a speaker, a claim and the source it was read in. */
  | 'ATTRIBUTION'
  /** A proposition, worded neutrally. */
  | 'CLAIM'
  /** Something that happened and that claims are about. */
  | 'EVENT'
  /** Any organisation: NGO, NHRI, court, government body, network, media outlet. */
  | 'ORGANISATION'
  /** A named person. */
  | 'PERSON'
  /** A document: article, statement, social post, report, judgment. */
  | 'SOURCE';

/** A page of a bounded list of Node items. */
export type NodePage = {
  __typename?: 'NodePage';
  /** The items on this page, in the list's order. */
  items: Array<Node>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** How many nodes of one kind were left out of a subgraph by its limits. */
export type OmittedCount = {
  __typename?: 'OmittedCount';
  /** True when the expansion stopped counting early (a very connected node): at least count were left out. */
  atLeast: Scalars['Boolean']['output'];
  /** How many were left out. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: NodeKind;
};

/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type Organisation = Actor & Node & {
  __typename?: 'Organisation';
  /** Short form, e.g. ENNHRI. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Every other spelling, misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166 alpha-2 country code, when it belongs to one country. */
  country?: Maybe<Scalars['String']['output']>;
  /** When this node was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Principal that created this node. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** One sentence on what this is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** What sort of organisation. */
  kind: OrganisationKind;
  /** Organisations that are or were members of this one. At most `first` (default 20, at most 100), by member id. */
  members: Array<Membership>;
  /** members, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  membersPage: MembershipPage;
  /** Organisations this one is or was a member of. At most `first` (default 20, at most 100), by organisation id. */
  memberships: Array<Membership>;
  /** memberships, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  membershipsPage: MembershipPage;
  /** How many mentions `mentionedIn` would list without its bound. */
  mentionCount: Scalars['Int']['output'];
  /** Where sources mention this organisation, with the spelling each used. At most `first` (default 50, at most 100), by source id then position; mentionCount tells how many there are. */
  mentionedIn: Array<Mention>;
  /** mentionedIn, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  mentionedInPage: MentionPage;
  /** Ids of actors merged into this one. */
  mergedIds: Array<Scalars['ID']['output']>;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** People who hold or held a position here. At most `first` (default 20, at most 100), by person id. */
  positionHolders: Array<Position>;
  /** positionHolders, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  positionHoldersPage: PositionPage;
  /** Sources this organisation published. At most `first` (default 20, at most 100), by source id; publishedCount tells how many there are. */
  published: Array<Source>;
  /** How many sources `published` would list without its bound. */
  publishedCount: Scalars['Int']['output'];
  /** published, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  publishedPage: SourcePage;
  /** Attributions in which this organisation is the speaker. */
  statements: AttributionConnection;
  /** When this node last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Wikidata item id, when known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationMembersPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationMembershipsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationMembershipsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationMentionedInPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationPositionHoldersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationPositionHoldersPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationPublishedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationPublishedPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Any organisation: NGO, national human-rights institution, court, government body, network, media outlet. */
export type OrganisationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What sort of organisation an actor is. */
export type OrganisationKind =
  /** A company. */
  | 'COMPANY'
  /** A court or tribunal. */
  | 'COURT'
  /** A government, ministry or state body. */
  | 'GOVERNMENT'
  /** An intergovernmental organisation. */
  | 'IGO'
  /** A media outlet. */
  | 'MEDIA'
  /** A network or association of organisations. */
  | 'NETWORK'
  /** A non-governmental organisation. */
  | 'NGO'
  /** A national human-rights institution (ombudsman, commissioner). */
  | 'NHRI'
  /** Anything else. */
  | 'OTHER';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether a further page exists after endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page started after a cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A named person. */
export type Person = Actor & Node & {
  __typename?: 'Person';
  /** Every other spelling, misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  /** When this node was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Principal that created this node. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** One sentence on who this is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** How many mentions `mentionedIn` would list without its bound. */
  mentionCount: Scalars['Int']['output'];
  /** Where sources mention this person, with the spelling each used. At most `first` (default 50, at most 100), by source id then position; mentionCount tells how many there are. */
  mentionedIn: Array<Mention>;
  /** mentionedIn, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  mentionedInPage: MentionPage;
  /** Ids of actors merged into this one. */
  mergedIds: Array<Scalars['ID']['output']>;
  /** The canonical name. */
  name: Scalars['String']['output'];
  /** Positions this person holds or held. At most `first` (default 20, at most 100), by organisation id. */
  positions: Array<Position>;
  /** positions, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  positionsPage: PositionPage;
  /** Attributions in which this person is the speaker. */
  statements: AttributionConnection;
  /** When this node last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Wikidata item id, when known. */
  wikidataId?: Maybe<Scalars['String']['output']>;
};


/** A named person. */
export type PersonMentionedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonMentionedInPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonPositionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonPositionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of a bounded list of Person items. */
export type PersonPage = {
  __typename?: 'PersonPage';
  /** The items on this page, in the list's order. */
  items: Array<Person>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** A role a person holds at an organisation over a period. */
export type Position = {
  __typename?: 'Position';
  /** Start of the role, when known. */
  from?: Maybe<Scalars['PartialDate']['output']>;
  /** Where the role is held. */
  organisation: Organisation;
  /** The person holding the role. */
  person: Person;
  /** The role's title as the sources give it. */
  title: Scalars['String']['output'];
  /** End of the role, when known; null while it lasts or when unknown. */
  to?: Maybe<Scalars['PartialDate']['output']>;
};

/** A role to record for a person. */
export type PositionInput = {
  /** Start, when known. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Where the role is held. */
  organisationId: Scalars['ID']['input'];
  /** The role's title. */
  title: Scalars['String']['input'];
  /** End, when known. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A page of a bounded list of Position items. */
export type PositionPage = {
  __typename?: 'PositionPage';
  /** The items on this page, in the list's order. */
  items: Array<Position>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** Who said a claim, where, and on whose authority. */
export type Provenance = {
  __typename?: 'Provenance';
  /** The claim. */
  claim: Claim;
  /** One entry per attribution (retracted ones only when asked). At most `first` (default 20, at most 100), earliest said first; entryCount tells how many there are. */
  entries: Array<ProvenanceEntry>;
  /** entries, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  entriesPage: ProvenanceEntryPage;
  /** How many entries `entries` would list without its bound. */
  entryCount: Scalars['Int']['output'];
};


/** Who said a claim, where, and on whose authority. */
export type ProvenanceEntriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Who said a claim, where, and on whose authority. */
export type ProvenanceEntriesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One attribution of a claim and the chain of sources behind it. */
export type ProvenanceEntry = {
  __typename?: 'ProvenanceEntry';
  /** The attribution. */
  attribution: Attribution;
  /**
   * Each reporting chain from that document back to its earliest known origin, through
   * VIA and CITES links: [source, relied-on source, …, origin].
   */
  chains: Array<Array<Source>>;
  /** The sources at the ends of the chains: the earliest known origins. */
  origins: Array<Source>;
  /** The document we read it in. */
  source: Source;
};

/** A page of a bounded list of ProvenanceEntry items. */
export type ProvenanceEntryPage = {
  __typename?: 'ProvenanceEntryPage';
  /** The items on this page, in the list's order. */
  items: Array<ProvenanceEntry>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** The read entry points. */
export type Query = {
  __typename?: 'Query';
  /** A person or organisation by id (merged ids resolve to the survivor); null when unknown. */
  actor?: Maybe<Actor>;
  /** Existing actors that may be the one named, best first (score at least 0.5). With kind, only actors of that kind: a person is never proposed for an organisation. first: at most 50. */
  actorCandidates: Array<ActorCandidate>;
  /** Actors in id order, optionally only persons or only organisations. */
  actors: ActorConnection;
  /** An attribution by id; null when unknown. */
  attribution?: Maybe<Attribution>;
  /** A claim by id; null when unknown. */
  claim?: Maybe<Claim>;
  /** Claims matching a filter, in id order, with keyset cursors. */
  claims: ClaimConnection;
  /** Reports of a claim and its supporting claims, grouped into independent origins. Null for an unknown (or hidden, unless asked) claim. */
  corroboration?: Maybe<Corroboration>;
  /** An article for the desk; null when unknown. Readable without a key. */
  deskSource?: Maybe<DeskSource>;
  /** Claim/counterclaim pairs, optionally only those about an actor or event, in link id order. A pair with a retracted or superseded side only when asked. */
  disputes: DisputeConnection;
  /** Likely duplicate pairs already in the graph (score at least 0.85), best first, leaving out pairs marked different. first: at most 100. */
  duplicateActors: Array<DuplicateActorPair>;
  /** An event by id; null when unknown. */
  event?: Maybe<Event>;
  /** The changes to a node, oldest first. At most `first` (default 50, at most 100); historyCount tells how many there are. */
  history: Array<Change>;
  /** How many changes `history` would list without its bound. */
  historyCount: Scalars['Int']['output'];
  /** history, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  historyPage: ChangePage;
  /** What retracting a source, claim, attribution or actor would take with it. Changes nothing. Null for an unknown id. */
  impact?: Maybe<Impact>;
  /** Search-as-you-type over actors' names, aliases and acronyms: every typed word must start a word of one spelling. Empty below 2 characters. first: at most 50. */
  lookupActors: Array<ActorLookupHit>;
  /**
   * The nodes within depth hops of a node (depth 1–3), optionally only of some kinds,
   * at most first nodes besides the centre. Attributions are drawn as speaker → claim
   * edges labelled with their mode. Retracted and superseded claims and retracted
   * attributions (and the edges through them) only when includeRetracted.
   */
  neighbourhood: Subgraph;
  /** Any node by id. An id merged into another actor resolves to the survivor. Null when unknown. */
  node?: Maybe<Node>;
  /** Several nodes by id, in the order asked; null for each unknown id. At most 100 ids (MAX_PAGE_SIZE). */
  nodes: Array<Maybe<Node>>;
  /**
   * The shortest paths of at most maxHops hops (1–6) between two nodes, at most `first`
   * (1–100) of them. No path steps through a retracted or superseded claim, a retracted
   * attribution or an attribution of a hidden claim unless includeRetracted.
   */
  paths: Subgraph;
  /** Every attribution of a claim (retracted ones only when asked) with its source and the full CITES/VIA chain back to the earliest known origin. Null when the claim is unknown. */
  provenance?: Maybe<Provenance>;
  /** The claim's provenance as W3C PROV-O JSON-LD: sources and quotes as entities, speakers and publishers as agents, saying and reporting as activities. */
  provenanceDocument?: Maybe<Scalars['JSONObject']['output']>;
  /** Every wording of a claim and its supporting claims against the earliest origin's, word by word. Null for an unknown (or hidden, unless asked) claim. */
  quoteDrift?: Maybe<QuoteDrift>;
  /** A review by id. */
  review?: Maybe<Review>;
  /**
   * Full-text search across actors (by name, any alias or mention spelling), claims (by
   * text or any quote), sources (by title or text) and events. Words are matched exactly
   * and as prefixes; "double quotes" search a phrase and a trailing * a prefix. Any other
   * Lucene syntax in the query is treated as plain text.
   *
   * Pages follow one ranked order (score, best first; equal scores by node id), so the pages
   * walked with `after: endCursor` together equal one long page. Paging reaches at most
   * 1000 hits deep (a cursor past that is refused; refine the query instead). A cursor is
   * refused with BAD_USER_INPUT, never silently shifted, when it came from another query or
   * kinds, or when the results changed since it was given: then start again without `after`.
   */
  search: SearchConnection;
  /** Claims the graph already holds for this statement: exact normalised text, BM25 and sentence embeddings, fused. Only matches at or above the suggestion threshold unless `minScore` lowers it; `extensions.matching` says "hybrid" or "lexical-only" (no model loaded). */
  similarClaims: Array<ClaimMatch>;
  /** A source by id; null when unknown. */
  source?: Maybe<Source>;
  /** Sources in id order. */
  sources: SourceConnection;
  /** Who said what in a new article's text (plain text or HTML; offsets count in the text as sent), speakers matched to known actors. `voiceId`: the author (or a statement's publisher), whom "we" and "I" stand for. Empty text gives an empty list; text over 200,000 characters or binary data is BAD_USER_INPUT. Writes nothing. */
  suggestAttributions: Array<AttributionSuggestion>;
  /** suggestAttributions, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  suggestAttributionsPage: AttributionSuggestionPage;
  /** Like suggestAttributions, and says whether the text was read as HTML. Writes nothing. */
  suggestAttributionsResult: AttributionSuggestions;
  /** Events, attributions and source publications about an actor or event, oldest first, at most `first` (default 100, at most 100). Retracted attributions and those of retracted or superseded claims only when asked. */
  timeline: Array<TimelineEntry>;
  /** timeline, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  timelinePage: TimelineEntryPage;
  /** Re-hashes the stored texts of the given sources (at most 100) and re-checks every attribution span in them. */
  verifyIntegrity: IntegrityReport;
};


/** The read entry points. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryActorCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
  name: Scalars['String']['input'];
};


/** The read entry points. */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
};


/** The read entry points. */
export type QueryAttributionArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read entry points. */
export type QueryCorroborationArgs = {
  claimId: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The read entry points. */
export type QueryDeskSourceArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryDisputesArgs = {
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The read entry points. */
export type QueryDuplicateActorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read entry points. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryHistoryCountArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryHistoryPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryImpactArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryLookupActorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
  query: Scalars['String']['input'];
};


/** The read entry points. */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
};


/** The read entry points. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The read entry points. */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryProvenanceArgs = {
  claimId: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The read entry points. */
export type QueryProvenanceDocumentArgs = {
  claimId: Scalars['ID']['input'];
};


/** The read entry points. */
export type QueryQuoteDriftArgs = {
  claimId: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The read entry points. */
export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  query: Scalars['String']['input'];
};


/** The read entry points. */
export type QuerySimilarClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  text: Scalars['String']['input'];
};


/** The read entry points. */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read entry points. */
export type QuerySuggestAttributionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  voiceId?: InputMaybe<Scalars['ID']['input']>;
};


/** The read entry points. */
export type QuerySuggestAttributionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  voiceId?: InputMaybe<Scalars['ID']['input']>;
};


/** The read entry points. */
export type QuerySuggestAttributionsResultArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  voiceId?: InputMaybe<Scalars['ID']['input']>;
};


/** The read entry points. */
export type QueryTimelineArgs = {
  aboutId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/** The read entry points. */
export type QueryTimelinePageArgs = {
  aboutId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/** The read entry points. */
export type QueryVerifyIntegrityArgs = {
  sourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Every wording of a claim, compared word by word with the earliest origin's. */
export type QuoteDrift = {
  __typename?: 'QuoteDrift';
  /** The attribution closest to the origin (not relayed, then earliest). */
  baseline?: Maybe<Attribution>;
  /** How the baseline's source spelled the actors. */
  baselineSpellings: Array<Scalars['String']['output']>;
  /** The claim. */
  claim: Claim;
  /** The other wordings, least similar first, at most `first`. */
  variants: Array<QuoteVariant>;
  /** variants, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  variantsPage: QuoteVariantPage;
};


/** Every wording of a claim, compared word by word with the earliest origin's. */
export type QuoteDriftVariantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every wording of a claim, compared word by word with the earliest origin's. */
export type QuoteDriftVariantsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One wording of a claim compared with the baseline. */
export type QuoteVariant = {
  __typename?: 'QuoteVariant';
  /** The attribution with this wording. */
  attribution: Attribution;
  /** Word diff from the baseline to this wording (jsdiff diffWords). */
  diff: Array<DiffPart>;
  /** Share of words the two wordings have in common (0..1). */
  similarity: Scalars['Float']['output'];
  /** How this attribution's source spelled the speaker and the claim's actors: "ENRI → ENNHRI". */
  spellings: Array<Scalars['String']['output']>;
};

/** A page of a bounded list of QuoteVariant items. */
export type QuoteVariantPage = {
  __typename?: 'QuoteVariantPage';
  /** The items on this page, in the list's order. */
  items: Array<QuoteVariant>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** How an outlet stands between the speaker and this text. */
export type ReportRelation =
  /** The outlet's own report is the statement ("Interfax reported", "according to Izvestia"): suggest that this source CITES it. */
  | 'CITES'
  /** The words reached this text through the outlet ("X told Reuters", "a newspaper, citing officials, reported"): suggest VIA its report. */
  | 'VIA';

/** An outlet a suggestion's words came through. */
export type ReportedThrough = {
  __typename?: 'ReportedThrough';
  /** The outlet as the text names it. */
  outlet: Scalars['String']['output'];
  /** VIA or CITES. */
  relation: ReportRelation;
};

/** Retracts a claim or an attribution; it stays in the graph, hidden from reads by default. */
export type RetractInput = {
  /** The claim or attribution. */
  id: Scalars['ID']['input'];
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why: required. */
  reason: Scalars['String']['input'];
};

/** A fact-checker's verdict on a claim, as schema.org ClaimReview carries it. */
export type Review = Node & {
  __typename?: 'Review';
  /** The best value of that scale. */
  bestRating?: Maybe<Scalars['Int']['output']>;
  /** The claim judged. */
  claim: Claim;
  /** The review as schema.org ClaimReview JSON-LD (also at GET /claimreview/{id}). */
  claimReview: Scalars['JSONObject']['output'];
  /** When it was recorded. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The claims and sources the verdict rests on, at most `first` (default 20). */
  evidence: Array<Node>;
  /** evidence, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  evidencePage: NodePage;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** When the verdict was published. */
  publishedAt?: Maybe<Scalars['PartialDate']['output']>;
  /** The verdict in words, e.g. False or Misleading. */
  ratingLabel: Scalars['String']['output'];
  /** The verdict on the reviewer's numeric scale, when it has one. */
  ratingValue?: Maybe<Scalars['Int']['output']>;
  /** Why, in the reviewer's words. */
  rationale?: Maybe<Scalars['String']['output']>;
  /** The organisation that published the verdict. */
  reviewer?: Maybe<Organisation>;
  /** ACTIVE, or RETRACTED (kept, hidden from Claim.reviews by default). */
  status: ClaimStatus;
  /** Why it was retracted. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** The page that publishes the verdict. */
  url: Scalars['URL']['output'];
  /** The worst value of that scale. */
  worstRating?: Maybe<Scalars['Int']['output']>;
};


/** A fact-checker's verdict on a claim, as schema.org ClaimReview carries it. */
export type ReviewEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A fact-checker's verdict on a claim, as schema.org ClaimReview carries it. */
export type ReviewEvidencePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a bounded list of Review items. */
export type ReviewPage = {
  __typename?: 'ReviewPage';
  /** The items on this page, in the list's order. */
  items: Array<Review>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** The result of addReview or retractReview. */
export type ReviewPayload = {
  __typename?: 'ReviewPayload';
  /** The change recorded. */
  change: Change;
  /** The claim it judges. */
  claim: Claim;
  /** The review as it now is. */
  review: Review;
};

/** A whole article from the curation desk: written in one transaction, or not at all. */
export type SaveArticleInput = {
  /** New people and organisations. */
  actors?: InputMaybe<Array<DeskActorInput>>;
  /** The attributions, at least one unless only links are added. */
  attributions?: InputMaybe<Array<DeskAttributionInput>>;
  /** With sourceId: the revision deskSource gave when the article was opened; a save over newer work is refused with CONFLICT. */
  baseRevision?: InputMaybe<Scalars['String']['input']>;
  /** New cited (relayed-from) sources. */
  citedSources?: InputMaybe<Array<DeskCitedSourceInput>>;
  /** New claims. */
  claims?: InputMaybe<Array<DeskClaimInput>>;
  /** Send the same key again to retry safely: the first result is returned and nothing is written twice. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Claim links. */
  links?: InputMaybe<Array<DeskLinkInput>>;
  /** A new article (give source or sourceId, not both). */
  source?: InputMaybe<DeskSourceInput>;
  /** An article already in the graph (opened at /desk/source/<id>). */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a desk save wrote. */
export type SaveArticlePayload = {
  __typename?: 'SaveArticlePayload';
  /** Each new actor's ref and id, in input order. */
  actors: Array<DeskRefId>;
  /** The attributions written, in input order. */
  attributions: Array<Attribution>;
  /** The one change recorded for the whole save. */
  change: Change;
  /** Each new cited source's ref and id, in input order. */
  citedSources: Array<DeskRefId>;
  /** Each new claim's ref and id, in input order. */
  claims: Array<DeskRefId>;
  /** True when the idempotency key matched an earlier save: nothing new was written. */
  replayed: Scalars['Boolean']['output'];
  /** The article's revision after the save: send it as baseRevision with the next save. */
  revision: Scalars['String']['output'];
  /** The article, as stored. */
  source: Source;
};

/** A ranked page of search hits. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits, best first. */
  edges: Array<SearchEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
};

/** One search hit. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque cursor of this hit. */
  cursor: Scalars['String']['output'];
  /** What matched: name, alias, mention, text, quote or title. */
  matchedOn: Scalars['String']['output'];
  /** The node found. */
  node: Node;
  /** Relevance; higher is better. Comparable within one result list. */
  score: Scalars['Float']['output'];
};

/** Sets what a claim is about. */
export type SetAboutInput = {
  /** The complete new set of actors and events it is about. */
  aboutIds: Array<Scalars['ID']['input']>;
  /** The claim. */
  claimId: Scalars['ID']['input'];
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A document: what we read claims in, or what a document says it relied on. */
export type Source = Node & {
  __typename?: 'Source';
  /** Attributions read in this source, in text order; retracted ones, and those of retracted or superseded claims, only when asked. */
  attributions: AttributionConnection;
  /** Its authors. At most `first` (default 20, at most 100), in id order. */
  authors: Array<Person>;
  /** authors, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  authorsPage: PersonPage;
  /** Sources that rely on or report this one. At most `first` (default 20, at most 100), in id order. */
  citedBy: Array<Source>;
  /** citedBy, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  citedByPage: SourcePage;
  /** Sources this one relies on or reports. At most `first` (default 20, at most 100), in id order. */
  cites: Array<Source>;
  /** cites, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  citesPage: SourcePage;
  /** When this node was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Principal that created this node. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Globally unique id. */
  id: Scalars['ID']['output'];
  /** What sort of document it is. */
  kind: SourceKind;
  /** BCP 47 language tag of the text, e.g. en. */
  language?: Maybe<Scalars['String']['output']>;
  /** How many mentions `mentions` would list without its bound. */
  mentionCount: Scalars['Int']['output'];
  /** Actor mentions in this source. At most `first` (default 50, at most 100), in text order; mentionCount tells how many there are. */
  mentions: Array<Mention>;
  /** mentions, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  mentionsPage: MentionPage;
  /** When it was published, at the precision known. */
  publishedAt?: Maybe<Scalars['PartialDate']['output']>;
  /** The organisation that published it. */
  publisher?: Maybe<Organisation>;
  /** When it was captured. */
  retrievedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The full text exactly as captured; null for a source that is cited but not held. */
  text?: Maybe<Scalars['String']['output']>;
  /** The text of one version; the current text when no version is asked. */
  textAt?: Maybe<Scalars['String']['output']>;
  /** SHA-256 (hex) of text in UTF-8. */
  textSha256?: Maybe<Scalars['String']['output']>;
  /** The document's title. */
  title: Scalars['String']['output'];
  /** When this node last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it was published, when known. */
  url?: Maybe<Scalars['URL']['output']>;
  /** Which version `text` is (1 until a correction is added). */
  version: Scalars['Int']['output'];
  /** Every kept text of the source, oldest first (empty until a correction is added). */
  versions: Array<SourceVersion>;
  /** versions, a page at a time: the same items in the same order, `first` (at most 100) after the cursor `after` (pageInfo.endCursor of the previous page). */
  versionsPage: SourceVersionPage;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceAttributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceAuthorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceAuthorsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceCitedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceCitedByPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceCitesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceCitesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceMentionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceTextAtArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceVersionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A document: what we read claims in, or what a document says it relied on. */
export type SourceVersionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The sources on this page. */
  edges: Array<SourceEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many sources there are in all (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** One source on a page. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: Source;
};

/** What sort of document a source is. */
export type SourceKind =
  /** A news or opinion article. */
  | 'ARTICLE'
  /** A decision or resolution of a body. */
  | 'DECISION'
  /** A court judgment. */
  | 'JUDGMENT'
  /** A newspaper as a whole, cited without a specific article. */
  | 'NEWSPAPER'
  /** Anything else. */
  | 'OTHER'
  /** A press release. */
  | 'PRESS_RELEASE'
  /** Spoken remarks: a press conference, interview or speech. */
  | 'REMARKS'
  /** A report. */
  | 'REPORT'
  /** A post on a social network or messaging channel (Telegram, X, …). */
  | 'SOCIAL_POST'
  /** An official statement. */
  | 'STATEMENT'
  /** A web page. */
  | 'WEBPAGE';

/** A page of a bounded list of Source items. */
export type SourcePage = {
  __typename?: 'SourcePage';
  /** The items on this page, in the list's order. */
  items: Array<Source>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** The result of addSource or updateSource. */
export type SourcePayload = {
  __typename?: 'SourcePayload';
  /** The change recorded. */
  change: Change;
  /** The source as it now is. */
  source: Source;
};

/** One kept text of a source. */
export type SourceVersion = {
  __typename?: 'SourceVersion';
  /** When this text was captured. */
  capturedAt?: Maybe<Scalars['String']['output']>;
  /** Who added it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Length in UTF-16 code units. */
  length: Scalars['Int']['output'];
  /** The text itself, exactly as captured. */
  text: Scalars['String']['output'];
  /** SHA-256 of the text. */
  textSha256: Scalars['String']['output'];
  /** Version number, 1 for the first text. */
  version: Scalars['Int']['output'];
};

/** A page of a bounded list of SourceVersion items. */
export type SourceVersionPage = {
  __typename?: 'SourceVersionPage';
  /** The items on this page, in the list's order. */
  items: Array<SourceVersion>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** A known actor a suggested speaker may be. */
export type SpeakerCandidate = {
  __typename?: 'SpeakerCandidate';
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** The actor's name. */
  name: Scalars['String']['output'];
  /** How well the name fits (0..1). */
  score: Scalars['Float']['output'];
};

/** What a suggested speaker is, as the text gives them. */
export type SpeakerKind =
  /** An unnamed source: "a senior official", "people familiar with the matter". */
  | 'ANONYMOUS'
  /** A group speaking as one: "campaigners", "opposition parties". */
  | 'GROUP'
  /** A person or organisation the text names (a surname, or a metonym such as "the Kremlin", resolved to the name given earlier). */
  | 'NAMED'
  /** A pronoun or description ("he", "the minister") resolved to the person named before. */
  | 'PRONOUN_RESOLVED'
  /** A pronoun the text gives no one for. */
  | 'UNRESOLVED';

/** A drawable subgraph. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Its edges. */
  edges: Array<GraphEdge>;
  /** Its nodes. */
  nodes: Array<GraphNode>;
  /** Per kind, how many reachable nodes the limits left out. */
  omitted: Array<OmittedCount>;
};

/** Replaces a claim by a better one. */
export type SupersedeClaimInput = {
  /** The claim replaced. */
  id: Scalars['ID']['input'];
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Why: required. */
  reason: Scalars['String']['input'];
  /** The claim that replaces it. */
  supersededById: Scalars['ID']['input'];
};

/** One dated thing on a timeline. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** When, at the precision known. */
  date: Scalars['PartialDate']['output'];
  /** What sort of entry this is. */
  kind: TimelineEntryKind;
  /** A one-line label to show. */
  label: Scalars['String']['output'];
  /** The event, attribution or source. */
  node: Node;
};

/** What a timeline entry is. */
export type TimelineEntryKind =
  /** Somebody said something. */
  | 'ATTRIBUTION'
  /** An event took place. */
  | 'EVENT'
  /** A source was published. */
  | 'SOURCE';

/** A page of a bounded list of TimelineEntry items. */
export type TimelineEntryPage = {
  __typename?: 'TimelineEntryPage';
  /** The items on this page, in the list's order. */
  items: Array<TimelineEntry>;
  /** Paging information: pass endCursor as after for the next page. */
  pageInfo: PageInfo;
};

/** The result of undoDeskAttribution. */
export type UndoAttributionPayload = {
  __typename?: 'UndoAttributionPayload';
  /** The attribution, now RETRACTED. */
  attribution: Attribution;
  /** The change recorded. */
  change: Change;
  /** Its claim: RETRACTED too when this was its last active attribution. */
  claim: Claim;
  /** True when the claim was retracted with it. */
  claimRetracted: Scalars['Boolean']['output'];
};

/** Removes a link between two claims; the history keeps it. */
export type UnlinkClaimsInput = {
  /** The claim the link starts from. */
  fromId: Scalars['ID']['input'];
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** CONTRADICTS or SUPPORTS. */
  kind: ClaimRelationKind;
  /** Why the link was wrong. */
  reason: Scalars['String']['input'];
  /** The claim it points to. */
  toId: Scalars['ID']['input'];
};

/** Changes to an actor; aliases are added, never silently dropped. */
export type UpdateActorInput = {
  /** Organisations only: new acronym. */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** Spellings to add. */
  addAliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisations only: memberships to add. */
  addMemberships?: InputMaybe<Array<MembershipInput>>;
  /** Persons only: positions to add. */
  addPositions?: InputMaybe<Array<PositionInput>>;
  /** Organisations only: new country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The actor to change. */
  id: Scalars['ID']['input'];
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** New canonical name (the old one becomes an alias). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Ids of actors this one is NOT: a rename that looks like them goes ahead, and each pair is remembered as DIFFERENT_FROM (also without a rename, to dismiss a duplicateActors pair). */
  notDuplicateOf?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Organisations only: new kind. */
  orgKind?: InputMaybe<OrganisationKind>;
  /** Spellings to remove. */
  removeAliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New Wikidata id. */
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a source. Text can be added to a source that had none, never replaced. */
export type UpdateSourceInput = {
  /** Sources to add to what this one cites. */
  addCitesIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The source to change. */
  id: Scalars['ID']['input'];
  /** Retry key, as in addSource. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  kind?: InputMaybe<SourceKind>;
  /** New language tag. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** New publication date. */
  publishedAt?: InputMaybe<Scalars['PartialDate']['input']>;
  /** New publisher. */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** Text for a source that was cited but not held until now. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New URL. */
  url?: InputMaybe<Scalars['URL']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<GraphNodeRecord>;
  ActorCandidate: ResolverTypeWrapper<Candidate>;
  ActorConnection: ResolverTypeWrapper<Connection<GraphNodeRecord>>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorKind: ActorKind;
  ActorLookupHit: ResolverTypeWrapper<LookupHit>;
  ActorPayload: ResolverTypeWrapper<MutationResult<{ actorId: string }>>;
  AddActorInput: AddActorInput;
  AddAttributionInput: AddAttributionInput;
  AddClaimInput: AddClaimInput;
  AddReviewInput: AddReviewInput;
  AddSourceInput: AddSourceInput;
  AddSourceVersionInput: AddSourceVersionInput;
  AddSourceVersionPayload: ResolverTypeWrapper<MutationResult<{ sourceId: string; version: string; lost: string; reanchored: string }>>;
  AffectedDispute: ResolverTypeWrapper<AffectedDisputeParent>;
  AffectedDisputePage: ResolverTypeWrapper<Omit<AffectedDisputePage, 'items'> & { items: Array<ResolversTypes['AffectedDispute']> }>;
  Attribution: ResolverTypeWrapper<GraphNodeRecord>;
  AttributionConnection: ResolverTypeWrapper<Connection<GraphNodeRecord>>;
  AttributionEdge: ResolverTypeWrapper<Omit<AttributionEdge, 'node'> & { node: ResolversTypes['Attribution'] }>;
  AttributionInput: AttributionInput;
  AttributionMode: AttributionMode;
  AttributionPage: ResolverTypeWrapper<Omit<AttributionPage, 'items'> & { items: Array<ResolversTypes['Attribution']> }>;
  AttributionPayload: ResolverTypeWrapper<MutationResult<{ attributionId: string; claimId: string }>>;
  AttributionStatus: AttributionStatus;
  AttributionSuggestion: ResolverTypeWrapper<AttributionSuggestion>;
  AttributionSuggestionPage: ResolverTypeWrapper<AttributionSuggestionPage>;
  AttributionSuggestions: ResolverTypeWrapper<AttributionSuggestions>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<GraphNodeRecord>;
  ChangePage: ResolverTypeWrapper<Omit<ChangePage, 'items'> & { items: Array<ResolversTypes['Change']> }>;
  Claim: ResolverTypeWrapper<GraphNodeRecord>;
  ClaimConnection: ResolverTypeWrapper<Connection<GraphNodeRecord>>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimLinkPayload: ResolverTypeWrapper<MutationResult<{ fromId: string; toId: string }>>;
  ClaimMatch: ResolverTypeWrapper<ClaimMatchParent>;
  ClaimPage: ResolverTypeWrapper<Omit<ClaimPage, 'items'> & { items: Array<ResolversTypes['Claim']> }>;
  ClaimPayload: ResolverTypeWrapper<MutationResult<{ claimId: string }>>;
  ClaimRelation: ResolverTypeWrapper<ClaimRelationRow>;
  ClaimRelationKind: ClaimRelationKind;
  ClaimRelationPage: ResolverTypeWrapper<Omit<ClaimRelationPage, 'items'> & { items: Array<ResolversTypes['ClaimRelation']> }>;
  ClaimStatus: ClaimStatus;
  Corroboration: ResolverTypeWrapper<CorroborationParent>;
  CorroborationOrigin: ResolverTypeWrapper<OriginGroup>;
  CorroborationOriginPage: ResolverTypeWrapper<Omit<CorroborationOriginPage, 'items'> & { items: Array<ResolversTypes['CorroborationOrigin']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeskActorInput: DeskActorInput;
  DeskAttributionInput: DeskAttributionInput;
  DeskCitedSourceInput: DeskCitedSourceInput;
  DeskClaimInput: DeskClaimInput;
  DeskClaimPick: DeskClaimPick;
  DeskLinkInput: DeskLinkInput;
  DeskRefId: ResolverTypeWrapper<DeskRefId>;
  DeskSource: ResolverTypeWrapper<DeskSourceParent>;
  DeskSourceInput: DeskSourceInput;
  DiffOp: DiffOp;
  DiffPart: ResolverTypeWrapper<DiffPart>;
  Dispute: ResolverTypeWrapper<DisputeParent>;
  DisputeConnection: ResolverTypeWrapper<Connection<DisputeParent>>;
  DisputeEdge: ResolverTypeWrapper<Omit<DisputeEdge, 'node'> & { node: ResolversTypes['Dispute'] }>;
  DuplicateActorPair: ResolverTypeWrapper<DuplicatePair>;
  Event: ResolverTypeWrapper<GraphNodeRecord>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Impact: ResolverTypeWrapper<ImpactParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntegrityMismatch: ResolverTypeWrapper<Mismatch>;
  IntegrityReport: ResolverTypeWrapper<Omit<IntegrityReport, 'mismatches'> & { mismatches: Array<ResolversTypes['IntegrityMismatch']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  LinkClaimsInput: LinkClaimsInput;
  MatchMethod: MatchMethod;
  MatchReason: ResolverTypeWrapper<MatchReason>;
  MatchTier: MatchTier;
  Membership: ResolverTypeWrapper<LinkRow>;
  MembershipInput: MembershipInput;
  MembershipPage: ResolverTypeWrapper<Omit<MembershipPage, 'items'> & { items: Array<ResolversTypes['Membership']> }>;
  Mention: ResolverTypeWrapper<MentionRow>;
  MentionPage: ResolverTypeWrapper<Omit<MentionPage, 'items'> & { items: Array<ResolversTypes['Mention']> }>;
  MergeActorsInput: MergeActorsInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewReportAssessment: ResolverTypeWrapper<NewReportParent>;
  Node: ResolverTypeWrapper<GraphNodeRecord>;
  NodeKind: NodeKind;
  NodePage: ResolverTypeWrapper<Omit<NodePage, 'items'> & { items: Array<ResolversTypes['Node']> }>;
  NonNegativeInt: ResolverTypeWrapper<Scalars['NonNegativeInt']['output']>;
  OmittedCount: ResolverTypeWrapper<OmittedCount>;
  Organisation: ResolverTypeWrapper<GraphNodeRecord>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Person: ResolverTypeWrapper<GraphNodeRecord>;
  PersonPage: ResolverTypeWrapper<Omit<PersonPage, 'items'> & { items: Array<ResolversTypes['Person']> }>;
  Position: ResolverTypeWrapper<LinkRow>;
  PositionInput: PositionInput;
  PositionPage: ResolverTypeWrapper<Omit<PositionPage, 'items'> & { items: Array<ResolversTypes['Position']> }>;
  Provenance: ResolverTypeWrapper<ProvenanceParent>;
  ProvenanceEntry: ResolverTypeWrapper<ProvenanceEntryParent>;
  ProvenanceEntryPage: ResolverTypeWrapper<Omit<ProvenanceEntryPage, 'items'> & { items: Array<ResolversTypes['ProvenanceEntry']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteDrift: ResolverTypeWrapper<QuoteDriftParent>;
  QuoteVariant: ResolverTypeWrapper<QuoteVariantParent>;
  QuoteVariantPage: ResolverTypeWrapper<Omit<QuoteVariantPage, 'items'> & { items: Array<ResolversTypes['QuoteVariant']> }>;
  ReportRelation: ReportRelation;
  ReportedThrough: ResolverTypeWrapper<ReportedThrough>;
  RetractInput: RetractInput;
  Review: ResolverTypeWrapper<GraphNodeRecord>;
  ReviewPage: ResolverTypeWrapper<Omit<ReviewPage, 'items'> & { items: Array<ResolversTypes['Review']> }>;
  ReviewPayload: ResolverTypeWrapper<MutationResult<{ reviewId: string; claimId: string }>>;
  SaveArticleInput: SaveArticleInput;
  SaveArticlePayload: ResolverTypeWrapper<SaveArticleParent>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Node'] }>;
  SetAboutInput: SetAboutInput;
  Source: ResolverTypeWrapper<GraphNodeRecord>;
  SourceConnection: ResolverTypeWrapper<Connection<GraphNodeRecord>>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceKind: SourceKind;
  SourcePage: ResolverTypeWrapper<Omit<SourcePage, 'items'> & { items: Array<ResolversTypes['Source']> }>;
  SourcePayload: ResolverTypeWrapper<MutationResult<{ sourceId: string }>>;
  SourceVersion: ResolverTypeWrapper<SourceVersionRow>;
  SourceVersionPage: ResolverTypeWrapper<Omit<SourceVersionPage, 'items'> & { items: Array<ResolversTypes['SourceVersion']> }>;
  SpeakerCandidate: ResolverTypeWrapper<SpeakerCandidate>;
  SpeakerKind: SpeakerKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  SupersedeClaimInput: SupersedeClaimInput;
  TimelineEntry: ResolverTypeWrapper<Omit<TimelineEntry, 'node'> & { node: ResolversTypes['Node'] }>;
  TimelineEntryKind: TimelineEntryKind;
  TimelineEntryPage: ResolverTypeWrapper<Omit<TimelineEntryPage, 'items'> & { items: Array<ResolversTypes['TimelineEntry']> }>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UndoAttributionPayload: ResolverTypeWrapper<UndoParent>;
  UnlinkClaimsInput: UnlinkClaimsInput;
  UpdateActorInput: UpdateActorInput;
  UpdateSourceInput: UpdateSourceInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: GraphNodeRecord;
  ActorCandidate: Candidate;
  ActorConnection: Connection<GraphNodeRecord>;
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorLookupHit: LookupHit;
  ActorPayload: MutationResult<{ actorId: string }>;
  AddActorInput: AddActorInput;
  AddAttributionInput: AddAttributionInput;
  AddClaimInput: AddClaimInput;
  AddReviewInput: AddReviewInput;
  AddSourceInput: AddSourceInput;
  AddSourceVersionInput: AddSourceVersionInput;
  AddSourceVersionPayload: MutationResult<{ sourceId: string; version: string; lost: string; reanchored: string }>;
  AffectedDispute: AffectedDisputeParent;
  AffectedDisputePage: Omit<AffectedDisputePage, 'items'> & { items: Array<ResolversParentTypes['AffectedDispute']> };
  Attribution: GraphNodeRecord;
  AttributionConnection: Connection<GraphNodeRecord>;
  AttributionEdge: Omit<AttributionEdge, 'node'> & { node: ResolversParentTypes['Attribution'] };
  AttributionInput: AttributionInput;
  AttributionPage: Omit<AttributionPage, 'items'> & { items: Array<ResolversParentTypes['Attribution']> };
  AttributionPayload: MutationResult<{ attributionId: string; claimId: string }>;
  AttributionSuggestion: AttributionSuggestion;
  AttributionSuggestionPage: AttributionSuggestionPage;
  AttributionSuggestions: AttributionSuggestions;
  Boolean: Scalars['Boolean']['output'];
  Change: GraphNodeRecord;
  ChangePage: Omit<ChangePage, 'items'> & { items: Array<ResolversParentTypes['Change']> };
  Claim: GraphNodeRecord;
  ClaimConnection: Connection<GraphNodeRecord>;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimLinkPayload: MutationResult<{ fromId: string; toId: string }>;
  ClaimMatch: ClaimMatchParent;
  ClaimPage: Omit<ClaimPage, 'items'> & { items: Array<ResolversParentTypes['Claim']> };
  ClaimPayload: MutationResult<{ claimId: string }>;
  ClaimRelation: ClaimRelationRow;
  ClaimRelationPage: Omit<ClaimRelationPage, 'items'> & { items: Array<ResolversParentTypes['ClaimRelation']> };
  Corroboration: CorroborationParent;
  CorroborationOrigin: OriginGroup;
  CorroborationOriginPage: Omit<CorroborationOriginPage, 'items'> & { items: Array<ResolversParentTypes['CorroborationOrigin']> };
  DateTime: Scalars['DateTime']['output'];
  DeskActorInput: DeskActorInput;
  DeskAttributionInput: DeskAttributionInput;
  DeskCitedSourceInput: DeskCitedSourceInput;
  DeskClaimInput: DeskClaimInput;
  DeskClaimPick: DeskClaimPick;
  DeskLinkInput: DeskLinkInput;
  DeskRefId: DeskRefId;
  DeskSource: DeskSourceParent;
  DeskSourceInput: DeskSourceInput;
  DiffPart: DiffPart;
  Dispute: DisputeParent;
  DisputeConnection: Connection<DisputeParent>;
  DisputeEdge: Omit<DisputeEdge, 'node'> & { node: ResolversParentTypes['Dispute'] };
  DuplicateActorPair: DuplicatePair;
  Event: GraphNodeRecord;
  FieldChange: FieldChange;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  ID: Scalars['ID']['output'];
  Impact: ImpactParent;
  Int: Scalars['Int']['output'];
  IntegrityMismatch: Mismatch;
  IntegrityReport: Omit<IntegrityReport, 'mismatches'> & { mismatches: Array<ResolversParentTypes['IntegrityMismatch']> };
  JSON: Scalars['JSON']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  LinkClaimsInput: LinkClaimsInput;
  MatchReason: MatchReason;
  Membership: LinkRow;
  MembershipInput: MembershipInput;
  MembershipPage: Omit<MembershipPage, 'items'> & { items: Array<ResolversParentTypes['Membership']> };
  Mention: MentionRow;
  MentionPage: Omit<MentionPage, 'items'> & { items: Array<ResolversParentTypes['Mention']> };
  MergeActorsInput: MergeActorsInput;
  Mutation: Record<PropertyKey, never>;
  NewReportAssessment: NewReportParent;
  Node: GraphNodeRecord;
  NodePage: Omit<NodePage, 'items'> & { items: Array<ResolversParentTypes['Node']> };
  NonNegativeInt: Scalars['NonNegativeInt']['output'];
  OmittedCount: OmittedCount;
  Organisation: GraphNodeRecord;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Person: GraphNodeRecord;
  PersonPage: Omit<PersonPage, 'items'> & { items: Array<ResolversParentTypes['Person']> };
  Position: LinkRow;
  PositionInput: PositionInput;
  PositionPage: Omit<PositionPage, 'items'> & { items: Array<ResolversParentTypes['Position']> };
  Provenance: ProvenanceParent;
  ProvenanceEntry: ProvenanceEntryParent;
  ProvenanceEntryPage: Omit<ProvenanceEntryPage, 'items'> & { items: Array<ResolversParentTypes['ProvenanceEntry']> };
  Query: Record<PropertyKey, never>;
  QuoteDrift: QuoteDriftParent;
  QuoteVariant: QuoteVariantParent;
  QuoteVariantPage: Omit<QuoteVariantPage, 'items'> & { items: Array<ResolversParentTypes['QuoteVariant']> };
  ReportedThrough: ReportedThrough;
  RetractInput: RetractInput;
  Review: GraphNodeRecord;
  ReviewPage: Omit<ReviewPage, 'items'> & { items: Array<ResolversParentTypes['Review']> };
  ReviewPayload: MutationResult<{ reviewId: string; claimId: string }>;
  SaveArticleInput: SaveArticleInput;
  SaveArticlePayload: SaveArticleParent;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Node'] };
  SetAboutInput: SetAboutInput;
  Source: GraphNodeRecord;
  SourceConnection: Connection<GraphNodeRecord>;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourcePage: Omit<SourcePage, 'items'> & { items: Array<ResolversParentTypes['Source']> };
  SourcePayload: MutationResult<{ sourceId: string }>;
  SourceVersion: SourceVersionRow;
  SourceVersionPage: Omit<SourceVersionPage, 'items'> & { items: Array<ResolversParentTypes['SourceVersion']> };
  SpeakerCandidate: SpeakerCandidate;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
  SupersedeClaimInput: SupersedeClaimInput;
  TimelineEntry: Omit<TimelineEntry, 'node'> & { node: ResolversParentTypes['Node'] };
  TimelineEntryPage: Omit<TimelineEntryPage, 'items'> & { items: Array<ResolversParentTypes['TimelineEntry']> };
  URL: Scalars['URL']['output'];
  UndoAttributionPayload: UndoParent;
  UnlinkClaimsInput: UnlinkClaimsInput;
  UpdateActorInput: UpdateActorInput;
  UpdateSourceInput: UpdateSourceInput;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Organisation' | 'Person', ParentType, ContextType>;
};

export type ActorCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorCandidate'] = ResolversParentTypes['ActorCandidate']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorLookupHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorLookupHit'] = ResolversParentTypes['ActorLookupHit']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ActorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorPayload'] = ResolversParentTypes['ActorPayload']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type AddSourceVersionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AddSourceVersionPayload'] = ResolversParentTypes['AddSourceVersionPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  lost?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  reanchored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AffectedDisputeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffectedDispute'] = ResolversParentTypes['AffectedDispute']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  counterclaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AffectedDisputePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AffectedDisputePage'] = ResolversParentTypes['AffectedDisputePage']> = {
  items?: Resolver<Array<ResolversTypes['AffectedDispute']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AttributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attribution'] = ResolversParentTypes['Attribution']> = {
  anchorVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  annotation?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AttributionMode'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  prefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  saidAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['NonNegativeInt']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttributionStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suffix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<AttributionViaArgs, 'first'>>;
  viaCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viaPage?: Resolver<ResolversTypes['SourcePage'], ParentType, ContextType, RequireFields<AttributionViaPageArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttributionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributionConnection'] = ResolversParentTypes['AttributionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AttributionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttributionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributionEdge'] = ResolversParentTypes['AttributionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
};

export type AttributionPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributionPage'] = ResolversParentTypes['AttributionPage']> = {
  items?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AttributionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributionPayload'] = ResolversParentTypes['AttributionPayload']> = {
  attribution?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  quoteNormalised?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type AttributionSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributionSuggestion'] = ResolversParentTypes['AttributionSuggestion']> = {
  candidates?: Resolver<Array<ResolversTypes['SpeakerCandidate']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contextAfter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contextBefore?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromHtml?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AttributionMode'], ParentType, ContextType>;
  pattern?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedThrough?: Resolver<Maybe<ResolversTypes['ReportedThrough']>, ParentType, ContextType>;
  speakerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  speakerKind?: Resolver<ResolversTypes['SpeakerKind'], ParentType, ContextType>;
  speakerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  speakerSurface?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttributionSuggestionPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributionSuggestionPage'] = ResolversParentTypes['AttributionSuggestionPage']> = {
  items?: Resolver<Array<ResolversTypes['AttributionSuggestion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AttributionSuggestionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributionSuggestions'] = ResolversParentTypes['AttributionSuggestions']> = {
  fromHtml?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['AttributionSuggestion']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangePage'] = ResolversParentTypes['ChangePage']> = {
  items?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<ClaimAboutArgs, 'first'>>;
  aboutPage?: Resolver<ResolversTypes['NodePage'], ParentType, ContextType, RequireFields<ClaimAboutPageArgs, 'first'>>;
  attributionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<ClaimAttributionCountArgs, 'includeRetracted'>>;
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType, RequireFields<ClaimAttributionsArgs, 'first' | 'includeRetracted'>>;
  attributionsPage?: Resolver<ResolversTypes['AttributionPage'], ParentType, ContextType, RequireFields<ClaimAttributionsPageArgs, 'first' | 'includeRetracted'>>;
  counterclaims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ClaimCounterclaimsArgs, 'first' | 'includeRetracted'>>;
  counterclaimsPage?: Resolver<ResolversTypes['ClaimPage'], ParentType, ContextType, RequireFields<ClaimCounterclaimsPageArgs, 'first' | 'includeRetracted'>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType, RequireFields<ClaimRelationsArgs, 'first' | 'includeRetracted'>>;
  relationsPage?: Resolver<ResolversTypes['ClaimRelationPage'], ParentType, ContextType, RequireFields<ClaimRelationsPageArgs, 'first' | 'includeRetracted'>>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<ClaimReviewsArgs, 'first' | 'includeRetracted'>>;
  reviewsPage?: Resolver<ResolversTypes['ReviewPage'], ParentType, ContextType, RequireFields<ClaimReviewsPageArgs, 'first' | 'includeRetracted'>>;
  similar?: Resolver<Array<ResolversTypes['ClaimMatch']>, ParentType, ContextType, RequireFields<ClaimSimilarArgs, 'first'>>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ClaimSupportedByArgs, 'first' | 'includeRetracted'>>;
  supportedByPage?: Resolver<ResolversTypes['ClaimPage'], ParentType, ContextType, RequireFields<ClaimSupportedByPageArgs, 'first' | 'includeRetracted'>>;
  supports?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ClaimSupportsArgs, 'first' | 'includeRetracted'>>;
  supportsPage?: Resolver<ResolversTypes['ClaimPage'], ParentType, ContextType, RequireFields<ClaimSupportsPageArgs, 'first' | 'includeRetracted'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimLinkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimLinkPayload'] = ResolversParentTypes['ClaimLinkPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimMatch'] = ResolversParentTypes['ClaimMatch']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  newReport?: Resolver<ResolversTypes['NewReportAssessment'], ParentType, ContextType, Partial<ClaimMatchNewReportArgs>>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<ClaimMatchReviewsArgs, 'first'>>;
  reviewsPage?: Resolver<ResolversTypes['ReviewPage'], ParentType, ContextType, RequireFields<ClaimMatchReviewsPageArgs, 'first'>>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['MatchTier'], ParentType, ContextType>;
  verdicts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimPage'] = ResolversParentTypes['ClaimPage']> = {
  items?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimPayload'] = ResolversParentTypes['ClaimPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  quoteNormalised?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type ClaimRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimRelation'] = ResolversParentTypes['ClaimRelation']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimRelationKind'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimRelationPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimRelationPage'] = ResolversParentTypes['ClaimRelationPage']> = {
  items?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CorroborationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Corroboration'] = ResolversParentTypes['Corroboration']> = {
  attributionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  independentOriginCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['CorroborationOrigin']>, ParentType, ContextType, RequireFields<CorroborationOriginsArgs, 'first'>>;
  originsPage?: Resolver<ResolversTypes['CorroborationOriginPage'], ParentType, ContextType, RequireFields<CorroborationOriginsPageArgs, 'first'>>;
};

export type CorroborationOriginResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorroborationOrigin'] = ResolversParentTypes['CorroborationOrigin']> = {
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type CorroborationOriginPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorroborationOriginPage'] = ResolversParentTypes['CorroborationOriginPage']> = {
  items?: Resolver<Array<ResolversTypes['CorroborationOrigin']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeskRefIdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeskRefId'] = ResolversParentTypes['DeskRefId']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeskSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeskSource'] = ResolversParentTypes['DeskSource']> = {
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType, RequireFields<DeskSourceAttributionsArgs, 'first'>>;
  attributionsPage?: Resolver<ResolversTypes['AttributionPage'], ParentType, ContextType, RequireFields<DeskSourceAttributionsPageArgs, 'first'>>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textSha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DiffPartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiffPart'] = ResolversParentTypes['DiffPart']> = {
  op?: Resolver<ResolversTypes['DiffOp'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisputeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  claimAttributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType, RequireFields<DisputeClaimAttributionsArgs, 'first'>>;
  claimAttributionsPage?: Resolver<ResolversTypes['AttributionPage'], ParentType, ContextType, RequireFields<DisputeClaimAttributionsPageArgs, 'first'>>;
  counterclaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  counterclaimAttributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType, RequireFields<DisputeCounterclaimAttributionsArgs, 'first'>>;
  counterclaimAttributionsPage?: Resolver<ResolversTypes['AttributionPage'], ParentType, ContextType, RequireFields<DisputeCounterclaimAttributionsPageArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DisputeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisputeConnection'] = ResolversParentTypes['DisputeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisputeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DisputeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisputeEdge'] = ResolversParentTypes['DisputeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType>;
};

export type DuplicateActorPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateActorPair'] = ResolversParentTypes['DuplicateActorPair']> = {
  a?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<EventClaimCountArgs, 'includeRetracted'>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<EventClaimsArgs, 'first' | 'includeRetracted'>>;
  claimsPage?: Resolver<ResolversTypes['ClaimPage'], ParentType, ContextType, RequireFields<EventClaimsPageArgs, 'first' | 'includeRetracted'>>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact']> = {
  attributionsAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsLeftWithoutActiveAttribution?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ImpactClaimsLeftWithoutActiveAttributionArgs, 'first'>>;
  claimsLeftWithoutActiveAttributionPage?: Resolver<ResolversTypes['ClaimPage'], ParentType, ContextType, RequireFields<ImpactClaimsLeftWithoutActiveAttributionPageArgs, 'first'>>;
  claimsLosingSupport?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<ImpactClaimsLosingSupportArgs, 'first'>>;
  claimsLosingSupportPage?: Resolver<ResolversTypes['ClaimPage'], ParentType, ContextType, RequireFields<ImpactClaimsLosingSupportPageArgs, 'first'>>;
  disputesAffected?: Resolver<Array<ResolversTypes['AffectedDispute']>, ParentType, ContextType, RequireFields<ImpactDisputesAffectedArgs, 'first'>>;
  disputesAffectedPage?: Resolver<ResolversTypes['AffectedDisputePage'], ParentType, ContextType, RequireFields<ImpactDisputesAffectedPageArgs, 'first'>>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type IntegrityMismatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrityMismatch'] = ResolversParentTypes['IntegrityMismatch']> = {
  attribution?: Resolver<Maybe<ResolversTypes['Attribution']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type IntegrityReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntegrityReport'] = ResolversParentTypes['IntegrityReport']> = {
  mismatches?: Resolver<Array<ResolversTypes['IntegrityMismatch']>, ParentType, ContextType>;
  sourcesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spansChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MatchReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = {
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['MatchMethod'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  from?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type MembershipPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipPage'] = ResolversParentTypes['MembershipPage']> = {
  items?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['NonNegativeInt'], ParentType, ContextType>;
  surface?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionPage'] = ResolversParentTypes['MentionPage']> = {
  items?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addActor?: Resolver<ResolversTypes['ActorPayload'], ParentType, ContextType, RequireFields<MutationAddActorArgs, 'input'>>;
  addAttribution?: Resolver<ResolversTypes['AttributionPayload'], ParentType, ContextType, RequireFields<MutationAddAttributionArgs, 'input'>>;
  addClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationAddClaimArgs, 'input'>>;
  addReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationAddReviewArgs, 'input'>>;
  addSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationAddSourceArgs, 'input'>>;
  addSourceVersion?: Resolver<ResolversTypes['AddSourceVersionPayload'], ParentType, ContextType, RequireFields<MutationAddSourceVersionArgs, 'input'>>;
  linkClaims?: Resolver<ResolversTypes['ClaimLinkPayload'], ParentType, ContextType, RequireFields<MutationLinkClaimsArgs, 'input'>>;
  mergeActors?: Resolver<ResolversTypes['ActorPayload'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'input'>>;
  retractAttribution?: Resolver<ResolversTypes['AttributionPayload'], ParentType, ContextType, RequireFields<MutationRetractAttributionArgs, 'input'>>;
  retractClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationRetractClaimArgs, 'input'>>;
  retractReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationRetractReviewArgs, 'input'>>;
  saveArticle?: Resolver<ResolversTypes['SaveArticlePayload'], ParentType, ContextType, RequireFields<MutationSaveArticleArgs, 'input'>>;
  setAbout?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationSetAboutArgs, 'input'>>;
  supersedeClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationSupersedeClaimArgs, 'input'>>;
  undoDeskAttribution?: Resolver<ResolversTypes['UndoAttributionPayload'], ParentType, ContextType, RequireFields<MutationUndoDeskAttributionArgs, 'input'>>;
  unlinkClaims?: Resolver<ResolversTypes['ClaimLinkPayload'], ParentType, ContextType, RequireFields<MutationUnlinkClaimsArgs, 'input'>>;
  updateActor?: Resolver<ResolversTypes['ActorPayload'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'input'>>;
  updateSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationUpdateSourceArgs, 'input'>>;
};

export type NewReportAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewReportAssessment'] = ResolversParentTypes['NewReportAssessment']> = {
  independent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  joins?: Resolver<Maybe<ResolversTypes['CorroborationOrigin']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Attribution' | 'Change' | 'Claim' | 'Event' | 'Organisation' | 'Person' | 'Review' | 'Source', ParentType, ContextType>;
};

export type NodePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NodePage'] = ResolversParentTypes['NodePage']> = {
  items?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export interface NonNegativeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['NonNegativeInt'], any> {
  name: 'NonNegativeInt';
}

export type OmittedCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OmittedCount'] = ResolversParentTypes['OmittedCount']> = {
  atLeast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<OrganisationMembersArgs, 'first'>>;
  membersPage?: Resolver<ResolversTypes['MembershipPage'], ParentType, ContextType, RequireFields<OrganisationMembersPageArgs, 'first'>>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<OrganisationMembershipsArgs, 'first'>>;
  membershipsPage?: Resolver<ResolversTypes['MembershipPage'], ParentType, ContextType, RequireFields<OrganisationMembershipsPageArgs, 'first'>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<OrganisationMentionedInArgs, 'first'>>;
  mentionedInPage?: Resolver<ResolversTypes['MentionPage'], ParentType, ContextType, RequireFields<OrganisationMentionedInPageArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positionHolders?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<OrganisationPositionHoldersArgs, 'first'>>;
  positionHoldersPage?: Resolver<ResolversTypes['PositionPage'], ParentType, ContextType, RequireFields<OrganisationPositionHoldersPageArgs, 'first'>>;
  published?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<OrganisationPublishedArgs, 'first'>>;
  publishedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedPage?: Resolver<ResolversTypes['SourcePage'], ParentType, ContextType, RequireFields<OrganisationPublishedPageArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['AttributionConnection'], ParentType, ContextType, RequireFields<OrganisationStatementsArgs, 'first' | 'includeRetracted'>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<PersonMentionedInArgs, 'first'>>;
  mentionedInPage?: Resolver<ResolversTypes['MentionPage'], ParentType, ContextType, RequireFields<PersonMentionedInPageArgs, 'first'>>;
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<PersonPositionsArgs, 'first'>>;
  positionsPage?: Resolver<ResolversTypes['PositionPage'], ParentType, ContextType, RequireFields<PersonPositionsPageArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['AttributionConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first' | 'includeRetracted'>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonPage'] = ResolversParentTypes['PersonPage']> = {
  items?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  from?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type PositionPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionPage'] = ResolversParentTypes['PositionPage']> = {
  items?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['ProvenanceEntry']>, ParentType, ContextType, RequireFields<ProvenanceEntriesArgs, 'first'>>;
  entriesPage?: Resolver<ResolversTypes['ProvenanceEntryPage'], ParentType, ContextType, RequireFields<ProvenanceEntriesPageArgs, 'first'>>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvenanceEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvenanceEntry'] = ResolversParentTypes['ProvenanceEntry']> = {
  attribution?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
  chains?: Resolver<Array<Array<ResolversTypes['Source']>>, ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type ProvenanceEntryPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProvenanceEntryPage'] = ResolversParentTypes['ProvenanceEntryPage']> = {
  items?: Resolver<Array<ResolversTypes['ProvenanceEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actorCandidates?: Resolver<Array<ResolversTypes['ActorCandidate']>, ParentType, ContextType, RequireFields<QueryActorCandidatesArgs, 'first' | 'name'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  attribution?: Resolver<Maybe<ResolversTypes['Attribution']>, ParentType, ContextType, RequireFields<QueryAttributionArgs, 'id'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  corroboration?: Resolver<Maybe<ResolversTypes['Corroboration']>, ParentType, ContextType, RequireFields<QueryCorroborationArgs, 'claimId' | 'includeRetracted'>>;
  deskSource?: Resolver<Maybe<ResolversTypes['DeskSource']>, ParentType, ContextType, RequireFields<QueryDeskSourceArgs, 'id'>>;
  disputes?: Resolver<ResolversTypes['DisputeConnection'], ParentType, ContextType, RequireFields<QueryDisputesArgs, 'first' | 'includeRetracted'>>;
  duplicateActors?: Resolver<Array<ResolversTypes['DuplicateActorPair']>, ParentType, ContextType, RequireFields<QueryDuplicateActorsArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  history?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id'>>;
  historyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<QueryHistoryCountArgs, 'id'>>;
  historyPage?: Resolver<ResolversTypes['ChangePage'], ParentType, ContextType, RequireFields<QueryHistoryPageArgs, 'first' | 'id'>>;
  impact?: Resolver<Maybe<ResolversTypes['Impact']>, ParentType, ContextType, RequireFields<QueryImpactArgs, 'id'>>;
  lookupActors?: Resolver<Array<ResolversTypes['ActorLookupHit']>, ParentType, ContextType, RequireFields<QueryLookupActorsArgs, 'first' | 'query'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'first' | 'id' | 'includeRetracted'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  paths?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'fromId' | 'includeRetracted' | 'maxHops' | 'toId'>>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType, RequireFields<QueryProvenanceArgs, 'claimId' | 'includeRetracted'>>;
  provenanceDocument?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType, RequireFields<QueryProvenanceDocumentArgs, 'claimId'>>;
  quoteDrift?: Resolver<Maybe<ResolversTypes['QuoteDrift']>, ParentType, ContextType, RequireFields<QueryQuoteDriftArgs, 'claimId' | 'includeRetracted'>>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'includeRetracted' | 'query'>>;
  similarClaims?: Resolver<Array<ResolversTypes['ClaimMatch']>, ParentType, ContextType, RequireFields<QuerySimilarClaimsArgs, 'first' | 'includeRetracted' | 'text'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  suggestAttributions?: Resolver<Array<ResolversTypes['AttributionSuggestion']>, ParentType, ContextType, RequireFields<QuerySuggestAttributionsArgs, 'first' | 'text'>>;
  suggestAttributionsPage?: Resolver<ResolversTypes['AttributionSuggestionPage'], ParentType, ContextType, RequireFields<QuerySuggestAttributionsPageArgs, 'first' | 'text'>>;
  suggestAttributionsResult?: Resolver<ResolversTypes['AttributionSuggestions'], ParentType, ContextType, RequireFields<QuerySuggestAttributionsResultArgs, 'first' | 'text'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'aboutId' | 'first' | 'includeRetracted'>>;
  timelinePage?: Resolver<ResolversTypes['TimelineEntryPage'], ParentType, ContextType, RequireFields<QueryTimelinePageArgs, 'aboutId' | 'first' | 'includeRetracted'>>;
  verifyIntegrity?: Resolver<ResolversTypes['IntegrityReport'], ParentType, ContextType, Partial<QueryVerifyIntegrityArgs>>;
};

export type QuoteDriftResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteDrift'] = ResolversParentTypes['QuoteDrift']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Attribution']>, ParentType, ContextType>;
  baselineSpellings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['QuoteVariant']>, ParentType, ContextType, RequireFields<QuoteDriftVariantsArgs, 'first'>>;
  variantsPage?: Resolver<ResolversTypes['QuoteVariantPage'], ParentType, ContextType, RequireFields<QuoteDriftVariantsPageArgs, 'first'>>;
};

export type QuoteVariantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteVariant'] = ResolversParentTypes['QuoteVariant']> = {
  attribution?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
  diff?: Resolver<Array<ResolversTypes['DiffPart']>, ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  spellings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QuoteVariantPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteVariantPage'] = ResolversParentTypes['QuoteVariantPage']> = {
  items?: Resolver<Array<ResolversTypes['QuoteVariant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReportedThroughResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportedThrough'] = ResolversParentTypes['ReportedThrough']> = {
  outlet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ReportRelation'], ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  bestRating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  claimReview?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<ReviewEvidenceArgs, 'first'>>;
  evidencePage?: Resolver<ResolversTypes['NodePage'], ParentType, ContextType, RequireFields<ReviewEvidencePageArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  ratingLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratingValue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rationale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  worstRating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewPage'] = ResolversParentTypes['ReviewPage']> = {
  items?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReviewPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewPayload'] = ResolversParentTypes['ReviewPayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
};

export type SaveArticlePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SaveArticlePayload'] = ResolversParentTypes['SaveArticlePayload']> = {
  actors?: Resolver<Array<ResolversTypes['DeskRefId']>, ParentType, ContextType>;
  attributions?: Resolver<Array<ResolversTypes['Attribution']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  citedSources?: Resolver<Array<ResolversTypes['DeskRefId']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['DeskRefId']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  attributions?: Resolver<ResolversTypes['AttributionConnection'], ParentType, ContextType, RequireFields<SourceAttributionsArgs, 'first' | 'includeRetracted'>>;
  authors?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<SourceAuthorsArgs, 'first'>>;
  authorsPage?: Resolver<ResolversTypes['PersonPage'], ParentType, ContextType, RequireFields<SourceAuthorsPageArgs, 'first'>>;
  citedBy?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<SourceCitedByArgs, 'first'>>;
  citedByPage?: Resolver<ResolversTypes['SourcePage'], ParentType, ContextType, RequireFields<SourceCitedByPageArgs, 'first'>>;
  cites?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<SourceCitesArgs, 'first'>>;
  citesPage?: Resolver<ResolversTypes['SourcePage'], ParentType, ContextType, RequireFields<SourceCitesPageArgs, 'first'>>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<SourceMentionsArgs, 'first'>>;
  mentionsPage?: Resolver<ResolversTypes['MentionPage'], ParentType, ContextType, RequireFields<SourceMentionsPageArgs, 'first'>>;
  publishedAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  retrievedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<SourceTextAtArgs>>;
  textSha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['SourceVersion']>, ParentType, ContextType, RequireFields<SourceVersionsArgs, 'first'>>;
  versionsPage?: Resolver<ResolversTypes['SourceVersionPage'], ParentType, ContextType, RequireFields<SourceVersionsPageArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourcePageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourcePage'] = ResolversParentTypes['SourcePage']> = {
  items?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SourcePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourcePayload'] = ResolversParentTypes['SourcePayload']> = {
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceVersion'] = ResolversParentTypes['SourceVersion']> = {
  capturedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textSha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceVersionPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceVersionPage'] = ResolversParentTypes['SourceVersionPage']> = {
  items?: Resolver<Array<ResolversTypes['SourceVersion']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SpeakerCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpeakerCandidate'] = ResolversParentTypes['SpeakerCandidate']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  omitted?: Resolver<Array<ResolversTypes['OmittedCount']>, ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEntryKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type TimelineEntryPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEntryPage'] = ResolversParentTypes['TimelineEntryPage']> = {
  items?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type UndoAttributionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UndoAttributionPayload'] = ResolversParentTypes['UndoAttributionPayload']> = {
  attribution?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  claimRetracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorCandidate?: ActorCandidateResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorLookupHit?: ActorLookupHitResolvers<ContextType>;
  ActorPayload?: ActorPayloadResolvers<ContextType>;
  AddSourceVersionPayload?: AddSourceVersionPayloadResolvers<ContextType>;
  AffectedDispute?: AffectedDisputeResolvers<ContextType>;
  AffectedDisputePage?: AffectedDisputePageResolvers<ContextType>;
  Attribution?: AttributionResolvers<ContextType>;
  AttributionConnection?: AttributionConnectionResolvers<ContextType>;
  AttributionEdge?: AttributionEdgeResolvers<ContextType>;
  AttributionPage?: AttributionPageResolvers<ContextType>;
  AttributionPayload?: AttributionPayloadResolvers<ContextType>;
  AttributionSuggestion?: AttributionSuggestionResolvers<ContextType>;
  AttributionSuggestionPage?: AttributionSuggestionPageResolvers<ContextType>;
  AttributionSuggestions?: AttributionSuggestionsResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangePage?: ChangePageResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimLinkPayload?: ClaimLinkPayloadResolvers<ContextType>;
  ClaimMatch?: ClaimMatchResolvers<ContextType>;
  ClaimPage?: ClaimPageResolvers<ContextType>;
  ClaimPayload?: ClaimPayloadResolvers<ContextType>;
  ClaimRelation?: ClaimRelationResolvers<ContextType>;
  ClaimRelationPage?: ClaimRelationPageResolvers<ContextType>;
  Corroboration?: CorroborationResolvers<ContextType>;
  CorroborationOrigin?: CorroborationOriginResolvers<ContextType>;
  CorroborationOriginPage?: CorroborationOriginPageResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeskRefId?: DeskRefIdResolvers<ContextType>;
  DeskSource?: DeskSourceResolvers<ContextType>;
  DiffPart?: DiffPartResolvers<ContextType>;
  Dispute?: DisputeResolvers<ContextType>;
  DisputeConnection?: DisputeConnectionResolvers<ContextType>;
  DisputeEdge?: DisputeEdgeResolvers<ContextType>;
  DuplicateActorPair?: DuplicateActorPairResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  IntegrityMismatch?: IntegrityMismatchResolvers<ContextType>;
  IntegrityReport?: IntegrityReportResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  MatchReason?: MatchReasonResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipPage?: MembershipPageResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionPage?: MentionPageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewReportAssessment?: NewReportAssessmentResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  NodePage?: NodePageResolvers<ContextType>;
  NonNegativeInt?: GraphQLScalarType;
  OmittedCount?: OmittedCountResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  PersonPage?: PersonPageResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionPage?: PositionPageResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  ProvenanceEntry?: ProvenanceEntryResolvers<ContextType>;
  ProvenanceEntryPage?: ProvenanceEntryPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteDrift?: QuoteDriftResolvers<ContextType>;
  QuoteVariant?: QuoteVariantResolvers<ContextType>;
  QuoteVariantPage?: QuoteVariantPageResolvers<ContextType>;
  ReportedThrough?: ReportedThroughResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewPage?: ReviewPageResolvers<ContextType>;
  ReviewPayload?: ReviewPayloadResolvers<ContextType>;
  SaveArticlePayload?: SaveArticlePayloadResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourcePage?: SourcePageResolvers<ContextType>;
  SourcePayload?: SourcePayloadResolvers<ContextType>;
  SourceVersion?: SourceVersionResolvers<ContextType>;
  SourceVersionPage?: SourceVersionPageResolvers<ContextType>;
  SpeakerCandidate?: SpeakerCandidateResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TimelineEntryPage?: TimelineEntryPageResolvers<ContextType>;
  URL?: GraphQLScalarType;
  UndoAttributionPayload?: UndoAttributionPayloadResolvers<ContextType>;
};

