-- The command view's slowest statement (ICaseFigures, figures per body) as EF generates it for the joint office, year 2026 to
-- date, parameters as literals: docs/benchmarks.md "The command view at 1,000,000 cases".
EXPLAIN (ANALYZE, BUFFERS)
SELECT c."BodyCode", count(*)::int, COALESCE(sum(CASE
    WHEN c2."Status" <> 'closed' THEN 1
    ELSE 0
END), 0)::int, COALESCE(sum(CASE
    WHEN c2."Status" <> 'closed' AND c2."StepDueAt" < '2026-12-03 18:46:00+00'::timestamptz THEN 1
    ELSE 0
END), 0)::int, COALESCE(sum(CASE
    WHEN c."Role" = c2."LeadRole" AND c2."SignedAt" IS NOT NULL AND c2."SignedAt" <= c2."ReceiveDueAt" THEN 1
    ELSE 0
END), 0)::int, COALESCE(sum(CASE
    WHEN c."Role" = c2."LeadRole" AND CASE
        WHEN c2."SignedAt" IS NOT NULL THEN c2."SignedAt" > c2."ReceiveDueAt"
        ELSE c2."ReceiveDueAt" < '2026-12-03 18:46:00+00'::timestamptz
    END THEN 1
    ELSE 0
END), 0)::int, COALESCE(sum(CASE
    WHEN c."Role" = c2."LeadRole" AND c2."DecidedAt" IS NOT NULL AND c2."DecidedAt" <= c2."AcceptDueAt" THEN 1
    ELSE 0
END), 0)::int, COALESCE(sum(CASE
    WHEN c."Role" = c2."LeadRole" AND CASE
        WHEN c2."DecidedAt" IS NOT NULL THEN c2."DecidedAt" > c2."AcceptDueAt"
        ELSE c2."AcceptDueAt" < '2026-12-03 18:46:00+00'::timestamptz
    END THEN 1
    ELSE 0
END), 0)::int, COALESCE(sum(CASE
    WHEN c."Role" = c2."LeadRole" AND c2."ResolvedAt" IS NOT NULL AND c2."ResolvedAt" <= c2."HandleDueAt" THEN 1
    ELSE 0
END), 0)::int, COALESCE(sum(CASE
    WHEN c."Role" = c2."LeadRole" AND CASE
        WHEN c2."ResolvedAt" IS NOT NULL THEN c2."ResolvedAt" > c2."HandleDueAt"
        ELSE c2."HandleDueAt" < '2026-12-03 18:46:00+00'::timestamptz
    END THEN 1
    ELSE 0
END), 0)::int, COALESCE(sum(c2."ReopenCount"), 0)::int
FROM cases."CaseAssignments" AS c
INNER JOIN (
    SELECT c0."Id", c0."AcceptDueAt", c0."DecidedAt", c0."HandleDueAt", c0."LeadRole", c0."ReceiveDueAt", c0."ReopenCount", c0."ResolvedAt", c0."SignedAt", c0."Status", c0."StepDueAt"
    FROM cases."Cases" AS c0
    WHERE (true OR EXISTS (
        SELECT 1
        FROM cases."CaseAssignments" AS c1
        WHERE c0."Id" = c1."CaseId" AND c1."BodyCode" = ANY ('{}'::text[]))) AND c0."OpenedAt" >= '2025-12-31 16:00:00+00'::timestamptz AND c0."OpenedAt" < '2026-12-03 16:00:00+00'::timestamptz
) AS c2 ON c."CaseId" = c2."Id"
GROUP BY c."BodyCode"
