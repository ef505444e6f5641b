export { BUDGETS, budgetsFromEnv, parseBudget, waitInWords, type Budget, type BudgetName } from "./limits"
export { MemoryWindowCounters, RedisWindowCounters, type WindowCounters } from "./counters"
export { clientAddress, closeRateLimitCounters, rateLimit, refuse, spendBudget, type Spent } from "./middleware"
