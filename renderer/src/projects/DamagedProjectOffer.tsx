import type { DamagedProjectInfo } from '@core/shared/workspace/types'

interface DamagedProjectOfferProps {
  damaged: DamagedProjectInfo
  busy: boolean
  /** Restores project.json from `backup`, or rebuilds it from the documents (null). */
  onRecover(backup: string | null): void
}

/** A project whose project.json is damaged: what is wrong, and one button that brings it back (its documents stay as they are). */
export function DamagedProjectOffer({ damaged, busy, onRecover }: DamagedProjectOfferProps) {
  return (
    <section className="start-damaged" aria-labelledby="damaged-title">
      <h2 id="damaged-title">A project needs repair</h2>
      <p>{damaged.message}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => onRecover(damaged.backup)}>
        {damaged.backup ? `Restore project.json from the backup ${damaged.backup}` : 'Rebuild project.json from the documents'}
      </button>
    </section>
  )
}
