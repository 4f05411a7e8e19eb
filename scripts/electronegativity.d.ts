export interface ElectronegativityIssue {
  id: string
  severity: { name: string }
  confidence: { name: string }
  file: string
  location: { line: number; column: number }
  manualReview?: boolean
}
export interface ElectronegativityError {
  file: string
  message: string
  tolerable?: boolean
}
export const FAILING_SEVERITIES: string[]
export const DISABLED_CHECKS: Record<string, string>
export function judge(
  issues: ElectronegativityIssue[],
  errors: ElectronegativityError[]
): { ok: boolean; failing: ElectronegativityIssue[]; unparsed: ElectronegativityError[] }
export function describeIssue(issue: ElectronegativityIssue): string
export function scan(rootDir: string): Promise<{ globalChecks: number; atomicChecks: number; issues: ElectronegativityIssue[]; errors: ElectronegativityError[] }>
