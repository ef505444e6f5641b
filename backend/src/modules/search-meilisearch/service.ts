/**
 * Search provider for Meilisearch, against the Search Module's provider
 * contract (`AbstractSearchProviderService`), with the official `meilisearch`
 * client. Selected by medusa-config.ts when MEILISEARCH_HOST is set; the index
 * definitions and the store search do not change.
 *
 * - `upsertIndex` creates the index and applies settings derived from the
 *   definition (searchable attributes by weight, filterable, sortable, typo
 *   tolerance) merged with `settings.provider_options["search-meilisearch"]`
 *   (ranking rules, synonyms, pagination, faceting), and waits for them.
 * - writes are Meilisearch tasks: they return `enqueued` with the task uid and
 *   the module waits through `waitForTask` before it swaps versions.
 * - filters compile to Meilisearch's filter language (lib/filters.ts); value
 *   and stats facets map to `facetDistribution` / `facetStats`.
 *
 * Refused rather than approximated: range facets, vector and geo fields,
 * `$prefix`/`$like` filters, match_strategy "any", cursor pagination, sorting
 * by relevance before a field. Typo tolerance is an index setting in
 * Meilisearch, so a query cannot switch it off; exact matches still rank first
 * (its "typo" ranking rule).
 */
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError, extractPrimaryKeyFilter } from "@medusajs/framework/utils"
import { Meilisearch } from "meilisearch"
import { encodeDocument } from "./lib/documents"
import { assertSupported, datePaths, meilisearchSettings } from "./lib/fields"
import { compileFilter } from "./lib/filters"
import { toSearchParams, toSearchResult, type MeilisearchResponse } from "./lib/query"

export type MeilisearchProviderOptions = {
  /** e.g. http://127.0.0.1:7700 */
  host: string
  /** A key allowed to manage indexes, documents, settings and tasks. */
  api_key?: string
  /** How long to wait for a settings or document task, in milliseconds (default 60 s). */
  task_timeout_ms?: number
}

type Client = Pick<Meilisearch, "index" | "getIndexes" | "createIndex" | "multiSearch" | "tasks">

export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "search-meilisearch"

  protected readonly client_: Client
  protected readonly logger_?: Logger
  protected readonly taskTimeout_: number
  /** Date fields and primary keys per physical index, learnt from the definitions the module hands over. */
  protected readonly dates_ = new Map<string, Set<string>>()
  protected readonly primaryKeys_ = new Map<string, string>()

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions, client?: Client) {
    super()
    if (!options?.host && !client) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Meilisearch search provider needs a host (MEILISEARCH_HOST)")
    }
    this.logger_ = logger
    this.taskTimeout_ = options?.task_timeout_ms ?? 60_000
    this.client_ = client ?? new Meilisearch({ host: options.host, apiKey: options.api_key })
  }

  private datesOf(index: SearchTypes.ResolvedSearchIndexDefinition, physical = index.physical_name) {
    const dates = datePaths(index)
    this.primaryKeys_.set(physical, index.primary_key)
    this.dates_.set(physical, dates)
    return dates
  }

  private async wait(taskUid: number) {
    const task = await this.client_.tasks.waitForTask(taskUid, { timeout: this.taskTimeout_ })
    if (task.status !== "succeeded") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? "no error given"}`)
    }
    return task
  }

  private enqueued(index: string, taskUid: number): SearchTypes.SearchTask {
    return { id: String(taskUid), index, status: "enqueued" }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    assertSupported(index)
    this.datesOf(index)
    const uid = index.physical_name
    const existing = await this.client_.index(uid).getRawInfo().catch((error: any) => {
      if (error?.cause?.code === "index_not_found" || error?.response?.status === 404) return null
      throw error
    })
    if (!existing) await this.wait((await this.client_.createIndex(uid, { primaryKey: index.primary_key })).taskUid)
    const settings = await this.client_.index(uid).updateSettings(meilisearchSettings(index, MeilisearchSearchService.identifier) as any)
    await this.wait(settings.taskUid)
    return { index: uid, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const enqueued = await this.client_.index(index).delete()
    const task = await this.client_.tasks.waitForTask(enqueued.taskUid, { timeout: this.taskTimeout_ })
    this.dates_.delete(index)
    // Deleting an index that is already gone leaves nothing to do.
    if (task.status !== "succeeded" && task.error?.code !== "index_not_found") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch could not delete index "${index}": ${task.error?.message ?? task.status}`)
    }
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const out: SearchTypes.SearchIndexInfo[] = []
    for (let offset = 0; ; offset += 100) {
      const page = await this.client_.getIndexes({ offset, limit: 100 })
      for (const index of page.results) {
        const stats = await index.getStats()
        out.push({
          name: index.uid,
          provider: MeilisearchSearchService.identifier,
          document_count: stats.numberOfDocuments,
          created_at: index.createdAt ? new Date(index.createdAt) : undefined,
          updated_at: index.updatedAt ? new Date(index.updatedAt) : undefined,
        })
      }
      if (page.results.length < 100) return out
    }
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const dates = this.datesOf(input.definition, input.index)
    const documents = input.documents.map((d) => encodeDocument(d, dates))
    const task = await this.client_.index(input.index).addDocuments(documents, { primaryKey: input.definition.primary_key })
    return this.enqueued(input.index, task.taskUid)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    // The module deletes by id as a filter on the primary key; Meilisearch has a faster call for that.
    const primaryKey = this.primaryKeys_.get(index) ?? "id"
    const ids = extractPrimaryKeyFilter(filters, { primary_key: primaryKey } as Parameters<typeof extractPrimaryKeyFilter>[1])
    if (ids) {
      const task = await this.client_.index(index).deleteDocuments(ids)
      return this.enqueued(index, task.taskUid)
    }
    const filter = compileFilter(filters, this.dates_.get(index))
    if (!filter) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Deleting documents needs a filter")
    const task = await this.client_.index(index).deleteDocuments({ filter })
    return this.enqueued(index, task.taskUid)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await this.client_.index(index).deleteAllDocuments()
    return this.enqueued(index, task.taskUid)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query in one `multiSearch` request. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const dates = inputs.map((input) => this.dates_.get(input.index.physical_name) ?? this.datesOf(input.index))
    const queries = inputs.map((input, i) => ({ indexUid: input.index.physical_name, ...toSearchParams(input, dates[i]) }))
    const { results } = (await this.client_.multiSearch({ queries } as any)) as unknown as { results: MeilisearchResponse[] }
    return results.map((response, i) => toSearchResult(inputs[i], response, dates[i]))
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (!task.id) return task
    const done = await this.client_.tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? this.taskTimeout_ })
    return {
      ...task,
      status: done.status === "succeeded" ? "succeeded" : done.status === "failed" || done.status === "canceled" ? "failed" : "processing",
      ...(done.error ? { error: { message: done.error.message, code: done.error.code } } : {}),
    }
  }
}

export default MeilisearchSearchService
