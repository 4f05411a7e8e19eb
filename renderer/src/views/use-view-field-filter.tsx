import { useMemo, useState, type ReactNode } from 'react'
import type { DocumentFieldDefinition, DocumentFieldFilter } from '@core/shared/model/document-fields'
import { FieldFilterControl } from '../documents/FieldFilterControl'
import type { FieldFilter } from '../documents/document-view'
import { useProjectState } from '../store/context'
import { useT } from '../i18n/I18nProvider'

const NO_FIELDS: readonly DocumentFieldDefinition[] = []

/**
 * A corpus view's filter by a whole-article label: the control (nothing when the project defines no
 * field) and the `documentField` the view's core call takes (undefined until a value is chosen).
 */
export function useViewFieldFilter(): { documentField: DocumentFieldFilter | undefined; control: ReactNode } {
  const { t } = useT()
  const definitions = useProjectState((state) => state.project?.documentFields ?? NO_FIELDS)
  const [filter, setFilter] = useState<FieldFilter | null>(null)
  const current = filter && definitions.some((d) => d.id === filter.definition.id) && filter.value.trim() !== '' ? filter : null
  const fieldId = current?.definition.id
  const value = current?.value
  const documentField = useMemo(() => (fieldId !== undefined && value !== undefined ? { fieldId, value } : undefined), [fieldId, value])
  const control =
    definitions.length === 0 ? null : (
      <div className="view-field-filter" role="group" aria-label={t('views.fieldFilter')}>
        <FieldFilterControl definitions={definitions} filter={filter} onChange={setFilter} />
      </div>
    )
  return { documentField, control }
}
