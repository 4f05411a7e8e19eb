/**
 * Inter-annotator agreement: pure functions from layers of spans to figures, each naming its method and n.
 * The input shape and the treatment of missing data are in ./types.
 */
export type { AgreementDocument, AgreementSpan, Coverage, Figure, NotDefinedReason, SampleUnit } from './types'
export { NONE } from './types'
export { cohenKappa, fleissKappa } from './kappa'
export { krippendorffAlpha } from './krippendorff-alpha'
export { tokenCohenKappa, tokenFleissKappa, tokenKrippendorffAlpha, type TokenAgreement } from './token-agreement'
export { spanAgreement, type SpanAgreement, type SpanMatch, type SpanScores } from './span-scores'
export { unitizingAlpha, type UnitizingAgreement } from './unitizing-alpha'
export { spanConfusion, tagSwaps, tokenConfusion, type ConfusionTable, type TagSwap } from './confusion'
export { disagreements, type Disagreement, type DisagreementKind } from './disagreements'
export { attributeAgreement, type AttributeAgreement } from './attribute-agreement'
