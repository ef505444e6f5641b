import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_SEARCH_INDEX, type CatalogSearchDocument } from "../../../lib/search/documents"
import { documentsByIds, invalidateSearchVocabulary, searchModule } from "../../../lib/search/module"
import type { BuiltDocuments } from "../../../lib/search/source"

export const writeSearchDocumentsStepId = "write-search-documents"

type Undo = { previous: CatalogSearchDocument[]; touched: string[] }

/** Writes documents to the catalog index and removes those of products no longer on sale; undone by restoring what the index held. */
export const writeSearchDocumentsStep = createStep(
  writeSearchDocumentsStepId,
  async (input: BuiltDocuments, { container }) => {
    const search = searchModule(container)
    const touched = [...input.documents.map((d) => d.id), ...input.removed]
    const previous = touched.length ? await documentsByIds(search, touched) : []
    if (input.documents.length) await search.upsertDocuments({ index: CATALOG_SEARCH_INDEX, documents: input.documents })
    if (input.removed.length) await search.deleteDocuments({ index: CATALOG_SEARCH_INDEX, filters: { id: input.removed } })
    invalidateSearchVocabulary()
    return new StepResponse({ written: input.documents.length, removed: input.removed.length }, { previous, touched } satisfies Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo?.touched.length) return
    const search = searchModule(container)
    const kept = new Set(undo.previous.map((d) => d.id))
    const added = undo.touched.filter((id) => !kept.has(id))
    if (undo.previous.length) await search.upsertDocuments({ index: CATALOG_SEARCH_INDEX, documents: undo.previous })
    if (added.length) await search.deleteDocuments({ index: CATALOG_SEARCH_INDEX, filters: { id: added } })
    invalidateSearchVocabulary()
  }
)
